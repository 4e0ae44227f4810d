//! Builds the bundle from `data/` and writes it: `index.json`, `force/<slug>.json`,
//! `places.json` ([`peel_model::bundle::Layout`]), the downloads of `/data/` (`downloads/`) and
//! the JSON Schemas of both (`schema/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use peel_model::bundle::{BundleFile, FORCE_DIR, ForceRound, RoundInfo, SCHEMA_DIR};
use peel_model::downloads::DOWNLOADS_DIR;
use peel_model::pages::Sources;
use peel_model::{
    Area, BUNDLE_VERSION, Date, Force, ForceFile, GradeRecord, HeadlineGrade, Index, PlacesFile, Report,
    Round, Tile,
};

use peel_model::questions::QuestionSets;

use crate::diagnostic::Diagnostic;
use crate::downloads::{self, Download};
use crate::grades::{GradeRow, read_grades};
use crate::publishers::{SourceUse, check_sources_named};
use crate::report_page::parse_report_page;
use crate::reports::{ReportLink, read_reports};
use crate::{forces, grades, monitoring, places, publishers, questions, reports, tiles};

pub const SOURCES_DIR: &str = "sources";

/// ONS region order, Wales last; a region not listed here sorts after them by name.
const REGION_ORDER: [&str; 10] = [
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
    "Wales",
];

pub struct Bundle {
    pub index: Index,
    pub forces: Vec<ForceFile>,
    /// Place names for search; written apart from the index, which every page loads.
    pub places: PlacesFile,
    /// The files of `/data/`, listed in the index too.
    pub downloads: Vec<Download>,
    /// Lines of source pages that were kept but could not be placed.
    pub warnings: Vec<Diagnostic>,
}

impl Bundle {
    /// Everything pages are built from: the index, every force file and the place names.
    pub fn sources(&self) -> Sources<'_> {
        Sources::new(&self.index, &self.forces, Some(&self.places))
    }
}

/// The project's own `data/`, wherever the caller is built from.
pub fn project_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// The bundle of the project's own `data/`, for tests that run on the real data: a data error
/// fails the test with every diagnostic.
pub fn project_bundle() -> Bundle {
    build(&project_data_dir(), &Options::default()).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the project data does not build:\n{}", list.join("\n"))
    })
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Warnings from source pages become errors.
    pub strict: bool,
    pub data_date: Option<Date>,
    /// When each file of `data/` last changed (by its name there), where known: the downloads'
    /// dates.
    pub file_dates: BTreeMap<String, Date>,
}

/// Reads and checks everything in `data_dir`; on failure returns every problem found.
pub fn build(data_dir: &Path, options: &Options) -> Result<Bundle, Vec<Diagnostic>> {
    let label = |file: &str| data_dir.join(file).display().to_string();
    let mut errors = Vec::new();
    let mut forces = forces::read_forces(data_dir, &label(forces::FILE))?;
    let questions = questions::read_questions(data_dir, &label(questions::FILE)).map_err(|e| vec![e])?;
    // Every file is checked before any fails, so one run lists the problems of each.
    let grade_rows = read_grades(data_dir, &label(grades::FILE), &forces, &questions);
    let report_links = read_reports(data_dir, &label(reports::FILE), &forces, &questions);
    let place_list = places::read_places(data_dir, &label(places::FILE), &forces);
    let tile_list = tiles::read_tiles(data_dir, &label(tiles::FILE), &forces);
    let publisher_list = publishers::read_publishers(data_dir, &label(publishers::FILE));
    let spell_rows = monitoring::read_spells(data_dir, &label(monitoring::FILE), &forces);
    let sources_up_to =
        monitoring::read_sources_up_to(data_dir, &label(monitoring::DATASET_FILE)).map_err(|e| vec![e]);
    let (mut grade_rows, report_links, place_list, tile_list, publisher_list, spell_rows, sources_up_to) =
        match (
            grade_rows,
            report_links,
            place_list,
            tile_list,
            publisher_list,
            spell_rows,
            sources_up_to,
        ) {
            (Ok(grades), Ok(links), Ok(places), Ok(tiles), Ok(publishers), Ok(spells), Ok(up_to)) => {
                (grades, links, places, tiles, publishers, spells, up_to)
            }
            (grades, links, places, tiles, publishers, spells, up_to) => {
                return Err(grades
                    .err()
                    .into_iter()
                    .chain(links.err())
                    .chain(places.err())
                    .chain(tiles.err())
                    .chain(publishers.err())
                    .chain(spells.err())
                    .chain(up_to.err())
                    .flatten()
                    .collect());
            }
        };
    // Every source shown is named by its publisher.
    let sources = grade_rows
        .iter()
        .map(|g| SourceUse {
            url: &g.record.source_url,
            file: label(grades::FILE),
            line: g.line,
        })
        .chain(report_links.iter().map(|r| SourceUse {
            url: &r.url,
            file: label(reports::FILE),
            line: r.line,
        }))
        .chain(spell_rows.iter().map(|s| SourceUse {
            url: &s.spell.source_url,
            file: label(monitoring::FILE),
            line: s.line,
        }));
    errors.extend(check_sources_named(
        &publisher_list,
        sources,
        &label(publishers::FILE),
    ));
    let monitoring = match monitoring::monitoring(
        spell_rows,
        sources_up_to,
        &label(monitoring::FILE),
        &label(monitoring::DATASET_FILE),
    ) {
        Ok(monitoring) => monitoring,
        Err(found) => {
            errors.extend(found);
            Default::default()
        }
    };

    let (reports, warnings) = read_sources(&data_dir.join(SOURCES_DIR), &forces, &questions, &mut errors);
    if options.strict {
        errors.extend(warnings.iter().cloned());
    }
    for report in &reports {
        cross_check(report, &mut grade_rows, &label(grades::FILE), &mut errors);
        if let Some(force) = forces.iter_mut().find(|f| f.slug == report.force) {
            for town in towns_named_in(report) {
                if !force.towns.contains(&town) {
                    force.towns.push(town);
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let index = build_index(
        &forces,
        &grade_rows,
        &reports,
        &report_links,
        questions,
        options.data_date,
        tile_list,
    );
    let index = Index {
        publishers: publisher_list,
        monitoring,
        ..index
    };
    let force_files: Vec<ForceFile> = forces
        .iter()
        .map(|force| ForceFile {
            version: BUNDLE_VERSION,
            force: force.clone(),
            grades: grade_rows
                .iter()
                .filter(|g| g.force == force.slug)
                .map(|g| g.record.clone())
                .collect(),
            reports: reports
                .iter()
                .filter(|r| r.force == force.slug)
                .cloned()
                .collect(),
        })
        .collect();
    let places = PlacesFile {
        version: BUNDLE_VERSION,
        places: place_list,
    };
    let downloads = downloads::build(&index, &force_files, &places, &options.file_dates).map_err(|e| {
        vec![Diagnostic::new(
            DOWNLOADS_DIR,
            1,
            format!("cannot write a download: {e}"),
        )]
    })?;
    let index = Index {
        downloads: downloads.iter().map(|d| d.file.clone()).collect(),
        ..index
    };
    Ok(Bundle {
        index,
        forces: force_files,
        places,
        downloads,
        warnings,
    })
}

/// Checks one parsed page against `data_dir`: its force must be known and its grades must
/// agree with grades.csv.
pub fn check_page_against_data(report: &Report, data_dir: &Path) -> Result<(), Vec<Diagnostic>> {
    let label = |file: &str| data_dir.join(file).display().to_string();
    let forces = forces::read_forces(data_dir, &label(forces::FILE))?;
    let questions = questions::read_questions(data_dir, &label(questions::FILE)).map_err(|e| vec![e])?;
    let mut rows = read_grades(data_dir, &label(grades::FILE), &forces, &questions)?;
    let mut errors = Vec::new();
    if !forces.iter().any(|f| f.slug == report.force) {
        errors.push(Diagnostic::new(
            &report.source_file,
            1,
            format!(
                "the page is about `{}`, which is not a force in {}",
                report.force,
                label(forces::FILE)
            ),
        ));
    }
    cross_check(report, &mut rows, &label(grades::FILE), &mut errors);
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// Every `*.txt` in `sources/`, parsed; a missing folder means no pages are held.
fn read_sources(
    dir: &Path,
    forces: &[Force],
    questions: &QuestionSets,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Report>, Vec<Diagnostic>) {
    let mut reports: Vec<Report> = Vec::new();
    let mut warnings = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (reports, warnings);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let label = path.display().to_string();
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                errors.push(Diagnostic::new(&label, 0, format!("cannot read the file: {e}")));
                continue;
            }
        };
        let parsed = match parse_report_page(&bytes, &label, questions) {
            Ok(parsed) => parsed,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let report = parsed.report;
        warnings.extend(parsed.warnings);
        if !forces.iter().any(|f| f.slug == report.force) {
            errors.push(Diagnostic::new(
                &label,
                1,
                format!(
                    "the page is about `{}`, which is not a force in forces.csv",
                    report.force
                ),
            ));
            continue;
        }
        if let Some(other) = reports
            .iter()
            .find(|r| r.force == report.force && r.round == report.round)
        {
            errors.push(Diagnostic::new(
                &label,
                1,
                format!(
                    "{} {} is already held in {}",
                    report.force, report.round, other.source_file
                ),
            ));
            continue;
        }
        reports.push(report);
    }
    (reports, warnings)
}

/// A page's grades must agree with grades.csv; a grade only the page states is added, citing it.
fn cross_check(report: &Report, rows: &mut Vec<GradeRow>, grades_label: &str, errors: &mut Vec<Diagnostic>) {
    for section in &report.pillars {
        let Some(judgement) = section.judgement else {
            continue;
        };
        let area = Area::Pillar(section.pillar);
        match rows
            .iter()
            .find(|g| g.force == report.force && g.record.round == report.round && g.record.area == area)
        {
            Some(row) if row.record.judgement != judgement => errors.push(Diagnostic::new(
                &report.source_file,
                0,
                format!(
                    "{} {} {}: the page says `{judgement}` but {grades_label}:{} says `{}`",
                    report.force,
                    report.round,
                    section.pillar.slug(),
                    row.line,
                    row.record.judgement
                ),
            )),
            Some(_) => {}
            None => rows.push(GradeRow {
                force: report.force.clone(),
                line: 0,
                record: GradeRecord {
                    round: report.round,
                    area,
                    judgement,
                    source_url: report.source_file.clone(),
                    note: Some("read from the page text held in the project".into()),
                },
            }),
        }
    }
}

/// "... who mainly live in the towns of Northampton, Kettering, Corby and Towcester."
fn towns_named_in(report: &Report) -> Vec<String> {
    const LEAD: &str = "live in the towns of ";
    let mut towns = Vec::new();
    for paragraph in &report.force_area {
        let Some(start) = paragraph.find(LEAD) else {
            continue;
        };
        let rest = &paragraph[start + LEAD.len()..];
        let list = rest.split(['.', ';']).next().unwrap_or("");
        for part in list.split(", ").flat_map(|p| p.split(" and ")) {
            let town = part.trim();
            if !town.is_empty() && town.chars().next().is_some_and(char::is_uppercase) {
                towns.push(town.to_owned());
            }
        }
    }
    towns
}

fn build_index(
    forces: &[Force],
    grade_rows: &[GradeRow],
    reports: &[Report],
    report_links: &[ReportLink],
    questions: QuestionSets,
    data_date: Option<Date>,
    tiles: Vec<Tile>,
) -> Index {
    let mut regions: Vec<String> = forces.iter().map(|f| f.region.clone()).collect();
    regions.sort_by_key(|r| {
        (
            REGION_ORDER.iter().position(|o| o == r).unwrap_or(usize::MAX),
            r.clone(),
        )
    });
    regions.dedup();

    let mut sources: Vec<String> = Vec::new();
    let mut grades = Vec::new();
    for row in grade_rows.iter().filter(|g| g.record.area.is_headline()) {
        let source = match sources.iter().position(|s| *s == row.record.source_url) {
            Some(i) => i,
            None => {
                sources.push(row.record.source_url.clone());
                sources.len() - 1
            }
        };
        grades.push(HeadlineGrade {
            force: row.force.clone(),
            round: row.record.round,
            area: row.record.area.clone(),
            judgement: row.record.judgement,
            source: source as u32,
        });
    }

    // The rounds are the question sets' (`questions.json`), and only those.
    let all_rounds: Vec<Round> = questions.rounds.iter().map(|q| q.round).collect();
    let rounds = all_rounds
        .iter()
        .map(|&round| RoundInfo {
            round,
            forces_with_grades: forces
                .iter()
                .filter(|f| grades.iter().any(|g| g.round == round && g.force == f.slug))
                .count() as u32,
        })
        .collect();

    let mut force_rounds = Vec::new();
    for force in forces {
        for &round in &all_rounds {
            let rows: Vec<&GradeRow> = grade_rows
                .iter()
                .filter(|g| g.force == force.slug && g.record.round == round)
                .collect();
            let has_report = reports.iter().any(|r| r.force == force.slug && r.round == round);
            let report_url = report_links
                .iter()
                .find(|r| r.force == force.slug && r.round == round)
                .map(|r| r.url.clone());
            if rows.is_empty() && !has_report && report_url.is_none() {
                continue;
            }
            force_rounds.push(ForceRound {
                force: force.slug.clone(),
                round,
                page_url: report_url
                    .clone()
                    .unwrap_or_else(|| official_page(force, round, &rows)),
                has_report,
                report_url,
            });
        }
    }

    Index {
        version: BUNDLE_VERSION,
        forces: forces.to_vec(),
        regions,
        rounds,
        grades,
        sources,
        questions,
        force_rounds,
        data_date,
        tiles,
        publishers: Vec::new(),
        monitoring: Default::default(),
        downloads: Vec::new(),
    }
}

/// The force-year's page on the HMICFRS site: the force's own page (`forces.csv`) where it is
/// that round's (its path names the round's first year), else one a grade was read from;
/// otherwise the page most of its grades were read from (a press release, a PCC page).
fn official_page(force: &Force, round: Round, rows: &[&GradeRow]) -> String {
    let year_path = format!("/peel-{}/{}/", round.first_year(), force.slug);
    if force.page_url.contains(&year_path) {
        return force.page_url.trim_end_matches('?').to_owned();
    }
    if let Some(row) = rows.iter().find(|g| {
        g.record.source_url.contains("peel-assessments") && g.record.source_url.contains(&year_path)
    }) {
        // Official pages come with stray query marks (`...?`); the page is the same without.
        return row.record.source_url.trim_end_matches('?').to_owned();
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for row in rows {
        *counts.entry(row.record.source_url.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(url, n)| (*n, std::cmp::Reverse(*url)))
        .map(|(url, _)| url.to_owned())
        .unwrap_or_else(|| force.page_url.clone())
}

/// Writes the bundle into its folder `out_dir` (every [`BundleFile`]), replacing what was there.
pub fn write(bundle: &Bundle, out_dir: &Path) -> std::io::Result<()> {
    let force_dir = out_dir.join(FORCE_DIR);
    if force_dir.exists() {
        std::fs::remove_dir_all(&force_dir)?;
    }
    std::fs::create_dir_all(&force_dir)?;
    let write = |file: BundleFile, json: String| std::fs::write(out_dir.join(file.name()), json);
    write(BundleFile::Index, serde_json::to_string(&bundle.index)?)?;
    write(BundleFile::Places, serde_json::to_string(&bundle.places)?)?;
    for file in &bundle.forces {
        write(BundleFile::Force(&file.force.slug), serde_json::to_string(file)?)?;
    }
    let downloads_dir = out_dir.join(DOWNLOADS_DIR);
    if downloads_dir.exists() {
        std::fs::remove_dir_all(&downloads_dir)?;
    }
    std::fs::create_dir_all(&downloads_dir)?;
    for download in &bundle.downloads {
        std::fs::write(downloads_dir.join(download.file.name()), &download.content)?;
    }
    std::fs::create_dir_all(out_dir.join(SCHEMA_DIR))?;
    for schema in peel_model::schema::schema_files() {
        std::fs::write(
            out_dir.join(&schema.name),
            serde_json::to_string_pretty(&schema.schema)?,
        )?;
    }
    Ok(())
}
