//! Downloads generated in the browser from the bundle: the national table's rows as shown, and the
//! compare view, as CSV and JSON.
//!
//! CSV follows RFC 4180: a header row, fields separated by commas, every record (the header
//! included) ended by CRLF, and a field quoted (with its quotes doubled) when it holds a comma,
//! a quote, CR or LF. No byte-order mark.
//!
//! JSON: the record types here derive `serde::Serialize`; the app writes them with its own
//! `serde_json` (`serde_json::to_string_pretty(&records)`), so this crate needs no JSON writer.
//!
//! Every record names the round and has a source: the page each grade was read from. A grade
//! that is not in the data is written "not held", never left empty or given as "not graded".

use serde::Serialize;

pub use crate::downloads::Format;
use crate::grade::Judgement;
use crate::round::Round;
use crate::route::{SortKey, TableState};
use crate::wording::NOT_HELD;

use super::compare::CompareView;
use super::round_table::{RoundTableRow, RoundTableView};

/// A download ready to save: its file name and content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    pub name: String,
    pub content: String,
}

/// Why a download could not be made or saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The records could not be written as JSON; `detail` says why.
    Json { detail: String },
    /// The browser did not accept the file.
    NotSaved,
}

impl ExportError {
    /// What happened, for the reader.
    pub fn sentence(&self) -> String {
        match self {
            ExportError::Json { detail } => format!("The JSON file could not be made ({detail})."),
            ExportError::NotSaved => "Your browser did not accept the file; try again.".to_owned(),
        }
    }
}

fn json<T: Serialize>(records: &T) -> Result<String, ExportError> {
    serde_json::to_string_pretty(records).map_err(|e| ExportError::Json {
        detail: e.to_string(),
    })
}

/// The national table's rows shown in `state` (filtered and sorted), as a file of `format`. A
/// filtered or sorted table says so in its file name, and its CSV in a first comment line, so it
/// is not mistaken for the whole round.
pub fn table_download(
    view: &RoundTableView,
    state: &TableState,
    rows: &[&RoundTableRow],
    format: Format,
) -> Result<Download, ExportError> {
    let state = state.normalise(view);
    let filtered = state != TableState::default();
    let shown = state.describe(view, rows.len());
    Ok(Download {
        name: table_state_file_name(view.round, &state, format),
        content: match format {
            Format::Csv if filtered => format!("# {shown}\r\n{}", table_csv(view, rows)),
            Format::Csv => table_csv(view, rows),
            Format::Json => json(&TableFile {
                table: view.title(),
                shown,
                forces: table_records(view, rows),
            })?,
        },
    })
}

/// The national table as a JSON file: what it is and which of its rows it holds (the table's
/// own status line: "Showing 5 of 43 forces…"), then the rows, so a filtered file is not
/// mistaken for the whole round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TableFile {
    pub table: String,
    pub shown: String,
    pub forces: Vec<TableRecord>,
}

/// `peel-2023-25-national-table-inadequate-responding-to-the-public.csv`: the round's table
/// file name ([`table_file_name`]) followed by the state's region, grade, area and sort where
/// they are not the default.
pub fn table_state_file_name(round: Round, state: &TableState, format: Format) -> String {
    let mut parts: Vec<String> = vec![format!("peel-{}-national-table", round.slug())];
    parts.extend(state.region.clone());
    parts.extend(state.grade.map(|grade| grade.slug().to_owned()));
    parts.extend(state.area.clone());
    if state.sort != SortKey::Force || state.descending {
        parts.push(format!("sorted-by-{}", state.sort.slug()));
        if state.descending {
            parts.push("descending".to_owned());
        }
    }
    if state.grouped_by_region {
        parts.push("by-region".to_owned());
    }
    format!("{}.{}", parts.join("-"), format.extension())
}

/// The comparison, as a file of `format`.
pub fn compare_download(view: &CompareView, format: Format) -> Result<Download, ExportError> {
    Ok(Download {
        name: compare_file_name(view, format),
        content: match format {
            Format::Csv => compare_csv(view),
            Format::Json => json(&compare_records(view))?,
        },
    })
}

/// Several distinct sources of one row are joined with this.
pub const SOURCE_SEPARATOR: &str = " ; ";

/// One grade of a national table row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GradeCell {
    /// The area's label: `Effectiveness`, `Investigating crime`.
    pub area: String,
    /// The grade word, `not graded`, or `not held`.
    pub grade: String,
    /// The page the grade was read from; `None` when not held.
    pub source: Option<String>,
}

/// One row of the national table as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TableRecord {
    pub force: String,
    pub force_slug: String,
    pub region: String,
    /// `2016`, `2018/19`.
    pub round: String,
    /// One per column, in the table's order.
    pub grades: Vec<GradeCell>,
    /// The row's distinct sources, joined with [`SOURCE_SEPARATOR`].
    pub source: String,
}

/// One grade of the compare view: a force, an area, the round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CompareRecord {
    pub force: String,
    pub force_slug: String,
    pub round: String,
    pub area: String,
    pub grade: String,
    /// The page the grade was read from; empty when not held.
    pub source: String,
}

fn word(judgement: Option<Judgement>) -> &'static str {
    judgement.map_or(NOT_HELD, Judgement::word)
}

/// The records of the rows shown (from [`super::table::TableState::rows`]), in their order.
pub fn table_records(view: &RoundTableView, rows: &[&RoundTableRow]) -> Vec<TableRecord> {
    rows.iter()
        .map(|row| {
            let grades: Vec<GradeCell> = view
                .areas
                .iter()
                .enumerate()
                .map(|(i, area)| {
                    let judgement = row.grades.get(i).copied().flatten();
                    GradeCell {
                        area: area.label(),
                        grade: word(judgement).to_owned(),
                        source: judgement
                            .and(row.sources.get(i).cloned().flatten())
                            .filter(|s| !s.is_empty()),
                    }
                })
                .collect();
            let mut sources: Vec<&str> = Vec::new();
            for source in grades.iter().filter_map(|g| g.source.as_deref()) {
                if !sources.contains(&source) {
                    sources.push(source);
                }
            }
            TableRecord {
                force: row.name.clone(),
                force_slug: row.force.to_string(),
                region: row.region.clone(),
                round: view.round.label().to_owned(),
                source: sources.join(SOURCE_SEPARATOR),
                grades,
            }
        })
        .collect()
}

/// The rows shown as CSV: `force,region,round,<one column per area>,source`.
pub fn table_csv(view: &RoundTableView, rows: &[&RoundTableRow]) -> String {
    let mut header: Vec<String> = vec!["force".into(), "region".into(), "round".into()];
    header.extend(view.areas.iter().map(|a| a.label()));
    header.push("source".into());
    let mut out = String::new();
    push_record(&mut out, &header);
    for record in table_records(view, rows) {
        let mut fields = vec![record.force, record.region, record.round];
        fields.extend(record.grades.into_iter().map(|g| g.grade));
        fields.push(record.source);
        push_record(&mut out, &fields);
    }
    out
}

/// The compare view's grades, one record per force per area of its round, forces in their order;
/// nothing when no round is chosen.
pub fn compare_records(view: &CompareView) -> Vec<CompareRecord> {
    let Some(round) = view.round else {
        return Vec::new();
    };
    view.forces
        .iter()
        .flat_map(|force| {
            view.areas.iter().map(move |area| {
                let held = force.headline.iter().find(|h| &h.area == area);
                let judgement = held.and_then(|h| h.judgement);
                CompareRecord {
                    force: force.name.clone(),
                    force_slug: force.slug.to_string(),
                    round: round.label().to_owned(),
                    area: area.label(),
                    grade: word(judgement).to_owned(),
                    source: judgement
                        .and(held.and_then(|h| h.source_url.clone()))
                        .unwrap_or_default(),
                }
            })
        })
        .collect()
}

/// The compare view as CSV: `force,round,area,grade,source`.
pub fn compare_csv(view: &CompareView) -> String {
    let mut out = String::new();
    push_record(
        &mut out,
        &["force", "round", "area", "grade", "source"].map(String::from),
    );
    for r in compare_records(view) {
        push_record(&mut out, &[r.force, r.round, r.area, r.grade, r.source]);
    }
    out
}

/// `peel-2016-national-table.csv`, `peel-2018-19-national-table.json`.
pub fn table_file_name(round: Round, format: Format) -> String {
    table_state_file_name(round, &TableState::default(), format)
}

/// `peel-2016-compare-kent-essex.csv`; `peel-compare.csv` without a round or forces.
pub fn compare_file_name(view: &CompareView, format: Format) -> String {
    let mut name = String::from("peel");
    if let Some(round) = view.round {
        name.push('-');
        name.push_str(&round.slug());
    }
    name.push_str("-compare");
    for force in &view.forces {
        let slug: String = force
            .slug
            .as_str()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if !slug.is_empty() {
            name.push('-');
            name.push_str(&slug);
        }
    }
    format!("{name}.{}", format.extension())
}

/// One CSV field, quoted when it must be.
pub fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

fn push_record(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(field));
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::{Area, Pillar};
    use crate::grade::Scale;
    use crate::pages::compare::tests::force;
    use crate::pages::round_table::rows::tests::view;
    use crate::route::TableState;
    use crate::widgets::headline::Coverage;

    /// Reads CSV back (RFC 4180), to check that quoting round-trips.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => record.push(std::mem::take(&mut field)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                (false, '\n') => panic!("LF without CR"),
                (false, c) => field.push(c),
            }
        }
        assert!(
            field.is_empty() && record.is_empty(),
            "last record not ended by CRLF"
        );
        records
    }

    #[test]
    fn national_table_as_csv_and_json() {
        let v = view();
        let rows = TableState::from_query("region=east-midlands").rows(&v);
        let csv = table_csv(&v, &rows);
        assert_eq!(
            csv,
            "force,region,round,Effectiveness,Efficiency,Legitimacy,source\r\n\
             Derbyshire Constabulary,East Midlands,2017,not held,good,good,https://example.org/derbyshire\r\n\
             Northamptonshire Police,East Midlands,2017,requires improvement,good,requires improvement,https://example.org/northamptonshire\r\n"
        );
        let records = table_records(&v, &rows);
        let json = serde_json::to_value(&records).unwrap();
        assert_eq!(
            json[0],
            serde_json::json!({
                "force": "Derbyshire Constabulary",
                "force_slug": "derbyshire",
                "region": "East Midlands",
                "round": "2017",
                "grades": [
                    {"area": "Effectiveness", "grade": "not held", "source": null},
                    {"area": "Efficiency", "grade": "good", "source": "https://example.org/derbyshire"},
                    {"area": "Legitimacy", "grade": "good", "source": "https://example.org/derbyshire"},
                ],
                "source": "https://example.org/derbyshire",
            })
        );
        assert_eq!(
            table_file_name(Round::from_label("2016").unwrap(), Format::Csv),
            "peel-2016-national-table.csv"
        );
        assert_eq!(
            table_file_name(Round::from_label("2018/19").unwrap(), Format::Json),
            "peel-2018-19-national-table.json"
        );
        assert_eq!(Format::Csv.mime_type(), "text/csv;charset=utf-8");
    }

    #[test]
    fn a_filtered_or_sorted_table_says_so_in_its_file_name_and_first_line() {
        let v = view();
        let state = TableState::from_query("region=east-midlands&grade=good&area=efficiency&sort=standing");
        let rows = state.rows(&v);
        let file = table_download(&v, &state, &rows, Format::Csv).unwrap();
        assert_eq!(
            file.name,
            "peel-2017-national-table-east-midlands-good-efficiency-sorted-by-standing.csv"
        );
        let first = file.content.lines().next().unwrap();
        assert_eq!(first, format!("# {}", state.describe(&v, rows.len())));
        assert!(first.contains("in East Midlands"), "{first}");
        assert!(first.contains("Sorted by standing"), "{first}");
        assert!(
            file.content
                .split_once("\r\n")
                .unwrap()
                .1
                .starts_with("force,region,round,"),
            "the header follows"
        );
        // The whole table, as it opens: the round's name and no comment.
        let all = TableState::default();
        let whole = table_download(&v, &all, &all.rows(&v), Format::Csv).unwrap();
        assert_eq!(whole.name, "peel-2017-national-table.csv");
        assert!(whole.content.starts_with("force,"));
        let json = table_download(&v, &state, &rows, Format::Json).unwrap();
        assert!(json.name.ends_with("-sorted-by-standing.json"));
        // The JSON says which rows it holds before the rows.
        let shown = format!("\"shown\": \"{}\"", state.describe(&v, rows.len()));
        let (before, rows_part) = json.content.split_once("\"forces\": [").unwrap();
        assert!(before.contains(&shown), "{before}");
        assert!(rows_part.contains("\"force_slug\""), "the rows follow");
    }

    #[test]
    fn distinct_sources_are_joined_and_fields_quoted() {
        // PEEL 2023-25, Merseyside: two of its graded areas (names with commas), from two pages.
        let areas = vec![
            Area::GradedArea("Building, supporting and protecting the workforce".into()),
            Area::GradedArea("Investigating crime".into()),
            Area::GradedArea("Responding to the public".into()),
        ];
        let row = RoundTableRow {
            force: "merseyside".into(),
            name: "Merseyside Police".into(),
            region: "North West".into(),
            grades: vec![Judgement::parse("adequate"), Judgement::parse("adequate"), None],
            sources: vec![
                Some("https://example.org/a".into()),
                Some("https://example.org/b?x=\"1\"".into()),
                Some("https://example.org/ignored-when-not-held".into()),
            ],
        };
        let v = RoundTableView {
            round: Round::from_label("2023-25").unwrap(),
            scale: Scale::FivePoint,
            rounds: Vec::new(),
            coverage: Coverage {
                round: Round::from_label("2023-25").unwrap(),
                forces_with_grades: 1,
                total_forces: 1,
            },
            data_date: None,
            source_publishers: Vec::new(),
            areas,
            graded_for_some_forces_only: Vec::new(),
            distributions: Vec::new(),
            regions: vec!["North West".into()],
            rows: vec![row],
            tiles: Vec::new(),
            engage: None,
            map_images: Vec::new(),
        };
        let rows: Vec<&RoundTableRow> = v.rows.iter().collect();
        let csv = table_csv(&v, &rows);
        let parsed = parse_csv(&csv);
        assert_eq!(
            parsed[0],
            [
                "force",
                "region",
                "round",
                "Building, supporting and protecting the workforce",
                "Investigating crime",
                "Responding to the public",
                "source"
            ]
        );
        assert_eq!(
            parsed[1],
            [
                "Merseyside Police",
                "North West",
                "2023-25",
                "adequate",
                "adequate",
                "not held",
                "https://example.org/a ; https://example.org/b?x=\"1\""
            ]
        );
        assert!(csv.starts_with("force,region,round,\"Building, supporting"));
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field(""), "");
        // A row shorter than the columns reads as not held, without panicking.
        let mut short = v.clone();
        short.rows[0].grades.truncate(1);
        short.rows[0].sources.clear();
        let rows: Vec<&RoundTableRow> = short.rows.iter().collect();
        let record = &table_records(&short, &rows)[0];
        assert_eq!(record.grades[2].grade, "not held");
        assert_eq!(record.grades[0].source, None);
        assert_eq!(record.source, "");
    }

    fn compare_view() -> CompareView {
        // PEEL 2016, from data/grades.csv: Essex has no effectiveness grade held.
        CompareView {
            shown: Default::default(),
            round: Some(Round::from_label("2016").unwrap()),
            rounds: vec![Round::from_label("2016").unwrap()],
            grade_sources: Default::default(),
            data_date: None,
            areas: Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect(),
            forces: vec![
                force(
                    "northamptonshire",
                    "Northamptonshire Police",
                    ["requires improvement", "good", "good"],
                ),
                force("essex", "Essex Police", ["-", "good", "good"]),
            ],
            unknown: Vec::new(),
            left_out: Vec::new(),
            all_forces: Vec::new(),
            round_kinds: Vec::new(),
        }
    }

    #[test]
    fn compare_view_as_csv_and_json() {
        let v = compare_view();
        let csv = compare_csv(&v);
        let parsed = parse_csv(&csv);
        assert_eq!(parsed.len(), 7);
        assert_eq!(parsed[0], ["force", "round", "area", "grade", "source"]);
        assert_eq!(
            parsed[1],
            [
                "Northamptonshire Police",
                "2016",
                "Effectiveness",
                "requires improvement",
                "https://example.org/northamptonshire/effectiveness"
            ]
        );
        assert_eq!(
            parsed[4],
            ["Essex Police", "2016", "Effectiveness", "not held", ""]
        );
        let json = serde_json::to_value(compare_records(&v)).unwrap();
        assert_eq!(json.as_array().map(Vec::len), Some(6));
        assert_eq!(json[3]["grade"], "not held");
        assert_eq!(json[3]["source"], "");
        assert_eq!(json[3]["force_slug"], "essex");
        assert_eq!(
            compare_file_name(&v, Format::Csv),
            "peel-2016-compare-northamptonshire-essex.csv"
        );
        let empty = CompareView {
            round: None,
            forces: Vec::new(),
            ..v
        };
        assert_eq!(compare_csv(&empty), "force,round,area,grade,source\r\n");
        assert_eq!(compare_file_name(&empty, Format::Json), "peel-compare.json");
    }

    #[test]
    fn a_failed_download_is_said_in_words() {
        assert_eq!(
            ExportError::NotSaved.sentence(),
            "Your browser did not accept the file; try again."
        );
        let error = ExportError::Json {
            detail: "key must be a string".into(),
        };
        assert_eq!(
            error.sentence(),
            "The JSON file could not be made (key must be a string)."
        );
    }
}
