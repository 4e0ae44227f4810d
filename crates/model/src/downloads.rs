//! The files of `/data/`: every grade of every round, each round's grades, the spells in
//! enhanced monitoring and the place names, as CSV and JSON. Ingest builds their rows here from
//! the bundle's own types and writes them under the bundle's folder
//! (`data/v<N>/downloads/<name>`); the index lists each file with its size, row count and date
//! ([`DownloadFile`]), which `/data/` shows.
//!
//! Within one bundle version a file's address and columns stay as they are; a new version may
//! add, rename or remove columns, and lives at its own address.

use serde::{Deserialize, Serialize};

use crate::bundle::{ForceFile, Index, Layout};
use crate::date::Date;
use crate::monitoring::Spell;
use crate::places::PlacesFile;
use crate::publishers::publisher_of;
use crate::round::Round;

/// The folder of the downloads, inside the bundle's folder.
pub const DOWNLOADS_DIR: &str = "downloads";

/// Several concerns of one spell are joined with this in the CSV.
pub const CONCERN_SEPARATOR: &str = "; ";

/// A download's format.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Csv, Format::Json];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// `CSV`, `JSON`.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Json => "JSON",
        }
    }

    /// For the `Blob`'s type.
    pub fn mime_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// What a download holds.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DownloadKind {
    /// Every grade of every round ([`GradeRow`]).
    AllGrades,
    /// One round's grades ([`GradeRow`]).
    RoundGrades(Round),
    /// Every spell in enhanced monitoring's Engage phase ([`SpellRow`]).
    Spells,
    /// Every place name with its force ([`PlaceRow`]).
    Places,
}

impl DownloadKind {
    /// The file name without extension: `peel-grades-all-rounds`, `peel-grades-2018-19`.
    pub fn stem(self) -> String {
        match self {
            DownloadKind::AllGrades => "peel-grades-all-rounds".to_owned(),
            DownloadKind::RoundGrades(round) => format!("peel-grades-{}", round.slug()),
            DownloadKind::Spells => "peel-enhanced-monitoring-spells".to_owned(),
            DownloadKind::Places => "peel-places".to_owned(),
        }
    }

    /// What the file holds, for the reader: `Every grade of every round`.
    pub fn title(self) -> String {
        match self {
            DownloadKind::AllGrades => "Every grade of every round".to_owned(),
            DownloadKind::RoundGrades(round) => format!("The grades of PEEL {}", round.label()),
            DownloadKind::Spells => "Forces in enhanced monitoring (Engage)".to_owned(),
            DownloadKind::Places => "Places and the force that covers each".to_owned(),
        }
    }

    /// The JSON Schema of its JSON file's records, inside the bundle's folder:
    /// `schema/grade-rows.schema.json`.
    pub fn schema_name(self) -> String {
        let records = match self {
            DownloadKind::AllGrades | DownloadKind::RoundGrades(_) => "grade-rows",
            DownloadKind::Spells => "spell-rows",
            DownloadKind::Places => "place-rows",
        };
        format!("{}/{records}.schema.json", crate::bundle::SCHEMA_DIR)
    }

    /// Its columns, in order, each with what it means.
    pub fn columns(self) -> &'static [Column] {
        match self {
            DownloadKind::AllGrades | DownloadKind::RoundGrades(_) => GRADE_COLUMNS,
            DownloadKind::Spells => SPELL_COLUMNS,
            DownloadKind::Places => PLACE_COLUMNS,
        }
    }
}

/// One column of a download: its header and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub meaning: &'static str,
}

const GRADE_COLUMNS: &[Column] = &[
    Column {
        name: "force",
        meaning: "The police force's name: Kent Police.",
    },
    Column {
        name: "force_slug",
        meaning: "The force in the site's addresses: kent (as in /force/kent/).",
    },
    Column {
        name: "round",
        meaning: "The PEEL round, as HMICFRS writes it: 2016, 2018/19, 2021/22, 2023-25.",
    },
    Column {
        name: "area",
        meaning: "What was graded: a pillar (Effectiveness), an area (Investigating crime) or a question within a pillar.",
    },
    Column {
        name: "grade",
        meaning: "The grade as published: outstanding, good, adequate, requires improvement, inadequate, or not graded.",
    },
    Column {
        name: "source_url",
        meaning: "The page the grade was read from.",
    },
    Column {
        name: "publisher",
        meaning: "Who published that page: HMICFRS, a force, a commissioner or a newspaper.",
    },
    Column {
        name: "note",
        meaning: "How the grade was read, where the source needed a word of explanation; empty otherwise.",
    },
];

const SPELL_COLUMNS: &[Column] = &[
    Column {
        name: "force",
        meaning: "The police force's name.",
    },
    Column {
        name: "force_slug",
        meaning: "The force in the site's addresses.",
    },
    Column {
        name: "entered",
        meaning: "When the force was moved into Engage, as precise as the source: 2022, 2022-09 or 2022-09-28.",
    },
    Column {
        name: "left",
        meaning: "When it was moved out, as precise as the source; empty where no move out was found.",
    },
    Column {
        name: "concerns",
        meaning: "What the inspectorate's concerns were about, in a few words each (joined with \"; \"); empty where the source did not say.",
    },
    Column {
        name: "source_url",
        meaning: "The page the dates were read from.",
    },
    Column {
        name: "publisher",
        meaning: "Who published that page.",
    },
    Column {
        name: "note",
        meaning: "How the dates were read from the source; empty where plain.",
    },
];

const PLACE_COLUMNS: &[Column] = &[
    Column {
        name: "name",
        meaning: "The place: a council area, county, city or town.",
    },
    Column {
        name: "kind",
        meaning: "What the place is: local authority, county, city, town or former district.",
    },
    Column {
        name: "within",
        meaning: "The council the place lies in, for towns, cities and former districts; empty otherwise.",
    },
    Column {
        name: "force",
        meaning: "The police force that covers it.",
    },
    Column {
        name: "force_slug",
        meaning: "The force in the site's addresses.",
    },
];

/// One row of a grades download: one force, round and area.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeRow {
    pub force: String,
    pub force_slug: String,
    pub round: String,
    pub area: String,
    pub grade: String,
    pub source_url: String,
    pub publisher: String,
    pub note: String,
}

/// One spell in Engage.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpellRow {
    pub force: String,
    pub force_slug: String,
    pub entered: String,
    pub left: String,
    /// Joined with [`CONCERN_SEPARATOR`].
    pub concerns: String,
    pub source_url: String,
    pub publisher: String,
    pub note: String,
}

/// One place name.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceRow {
    pub name: String,
    pub kind: String,
    pub within: String,
    pub force: String,
    pub force_slug: String,
}

/// A download as the index lists it: what it holds, its format, size, rows and date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DownloadFile {
    pub kind: DownloadKind,
    pub format: Format,
    /// Records (the CSV's lines after its header; the JSON array's items).
    pub rows: u32,
    pub bytes: u64,
    /// When the data files it is made from last changed, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Date>,
}

impl DownloadFile {
    /// Its file name: `peel-grades-all-rounds.csv`.
    pub fn name(&self) -> String {
        format!("{}.{}", self.kind.stem(), self.format.extension())
    }

    /// Its path relative to the site root: `data/v6/downloads/peel-grades-all-rounds.csv`.
    pub fn path(&self, layout: Layout) -> String {
        format!("{}/{DOWNLOADS_DIR}/{}", layout.dir(), self.name())
    }
}

/// The name of `slug`'s force in `index`, or the slug where the index lacks it.
fn force_name(index: &Index, slug: &crate::force::ForceSlug) -> String {
    index
        .force(slug)
        .map_or_else(|| slug.to_string(), |force| force.name.clone())
}

fn publisher_name(index: &Index, url: &str) -> String {
    publisher_of(&index.publishers, url).map_or_else(String::new, |p| p.name.clone())
}

/// Every grade row of the force files (question-level grades included), in the index's order of
/// forces, then by round and as `data/grades.csv` lists them; only `round`'s where given.
pub fn grade_rows(index: &Index, force_files: &[ForceFile], round: Option<Round>) -> Vec<GradeRow> {
    let mut rows = Vec::new();
    for force in &index.forces {
        let Some(file) = force_files.iter().find(|f| f.force.slug == force.slug) else {
            continue;
        };
        let mut grades: Vec<_> = file
            .grades
            .iter()
            .filter(|g| round.is_none_or(|r| g.round == r))
            .collect();
        grades.sort_by_key(|g| g.round);
        rows.extend(grades.into_iter().map(|g| GradeRow {
            force: force.name.clone(),
            force_slug: force.slug.to_string(),
            round: g.round.label(),
            area: g.area.label(),
            grade: g.judgement.word().to_owned(),
            source_url: g.source_url.clone(),
            publisher: publisher_name(index, &g.source_url),
            note: g.note.clone().unwrap_or_default(),
        }));
    }
    rows
}

/// Every spell in Engage, in the order of `data/monitoring.csv`.
pub fn spell_rows(index: &Index) -> Vec<SpellRow> {
    index
        .monitoring
        .spells
        .iter()
        .map(|spell: &Spell| SpellRow {
            force: force_name(index, &spell.force),
            force_slug: spell.force.to_string(),
            entered: spell.entered.to_string(),
            left: spell.left.map(|d| d.to_string()).unwrap_or_default(),
            concerns: spell.concerns.join(CONCERN_SEPARATOR),
            source_url: spell.source_url.clone(),
            publisher: publisher_name(index, &spell.source_url),
            note: spell.note.clone(),
        })
        .collect()
}

/// Every place name, in the order of `data/places.csv`.
pub fn place_rows(index: &Index, places: &PlacesFile) -> Vec<PlaceRow> {
    places
        .places
        .iter()
        .map(|place| PlaceRow {
            name: place.name.clone(),
            kind: place.kind.key().to_owned(),
            within: place.within.clone().unwrap_or_default(),
            force: force_name(index, &place.force),
            force_slug: place.force.to_string(),
        })
        .collect()
}

/// Every download, in the order `/data/` lists them: every grade, each round's, the spells,
/// the places.
pub fn kinds(index: &Index) -> Vec<DownloadKind> {
    std::iter::once(DownloadKind::AllGrades)
        .chain(index.all_rounds().into_iter().map(DownloadKind::RoundGrades))
        .chain([DownloadKind::Spells, DownloadKind::Places])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;

    #[test]
    fn every_grade_row_of_the_force_files_is_a_row_with_its_publisher() {
        let fixture = Fixture::load();
        let index = &fixture.index;
        let rows = grade_rows(index, &fixture.forces, None);
        let held: usize = fixture.forces.iter().map(|f| f.grades.len()).sum();
        assert_eq!(rows.len(), held);
        let first = fixture.forces[0].grades[0].clone();
        assert!(rows.iter().any(|row| row.source_url == first.source_url
            && row.area == first.area.label()
            && row.grade == first.judgement.word()));
        assert!(
            rows.iter().all(|row| !row.publisher.is_empty()),
            "every source is named by its publisher"
        );
        let round = first.round;
        let of_round = grade_rows(index, &fixture.forces, Some(round));
        assert!(!of_round.is_empty());
        assert!(of_round.iter().all(|row| row.round == round.label()));
        assert!(of_round.len() < rows.len() || index.all_rounds().len() == 1);
    }

    #[test]
    fn spells_and_places_are_one_row_each() {
        let fixture = Fixture::load();
        assert_eq!(
            spell_rows(&fixture.index).len(),
            fixture.index.monitoring.spells.len()
        );
        let places = place_rows(&fixture.index, &fixture.places);
        assert_eq!(places.len(), fixture.places.places.len());
        assert!(places.iter().all(|p| !p.force.is_empty() && !p.kind.is_empty()));
    }

    #[test]
    fn file_names_say_what_they_hold_under_the_versioned_folder() {
        let round = Round::from_label("2018/19").unwrap();
        let file = DownloadFile {
            kind: DownloadKind::RoundGrades(round),
            format: Format::Csv,
            rows: 3,
            bytes: 10,
            changed: None,
        };
        assert_eq!(file.name(), "peel-grades-2018-19.csv");
        assert_eq!(
            file.path(Layout { version: 7 }),
            "data/v7/downloads/peel-grades-2018-19.csv"
        );
        assert_eq!(DownloadKind::AllGrades.stem(), "peel-grades-all-rounds");
    }
}
