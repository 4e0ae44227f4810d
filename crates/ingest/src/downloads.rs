//! The files of `/data/` ([`peel_model::downloads`]): their rows are the model's, written here as
//! CSV (a header line, then one record a line, fields quoted where needed) and JSON (an array of
//! records), with the size, row count and date the index lists for each.

use std::collections::BTreeMap;

use peel_model::downloads::{self, DownloadFile, DownloadKind, Format, grade_rows, place_rows, spell_rows};
use peel_model::{Date, ForceFile, Index, PlacesFile};
use serde::Serialize;

use crate::{forces, grades, monitoring, places, publishers};

/// One download, ready to write into the bundle's `downloads/` folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Download {
    pub file: DownloadFile,
    pub content: Vec<u8>,
}

/// The files of `data/` each download is made from, by name.
fn made_from(kind: DownloadKind) -> &'static [&'static str] {
    match kind {
        DownloadKind::AllGrades | DownloadKind::RoundGrades(_) => {
            &[grades::FILE, publishers::FILE, forces::FILE]
        }
        DownloadKind::Spells => &[
            monitoring::FILE,
            monitoring::DATASET_FILE,
            publishers::FILE,
            forces::FILE,
        ],
        DownloadKind::Places => &[places::FILE, forces::FILE],
    }
}

/// When a download's data last changed: the latest date of the files it is made from, where
/// each is known (`file_dates`, by name in `data/`), else the data's own date.
fn changed(kind: DownloadKind, file_dates: &BTreeMap<String, Date>, data_date: Option<Date>) -> Option<Date> {
    let dates: Option<Vec<Date>> = made_from(kind)
        .iter()
        .map(|name| file_dates.get(*name).copied())
        .collect();
    dates.and_then(|dates| dates.into_iter().max()).or(data_date)
}

fn csv_of<T: Serialize>(rows: &[T]) -> Result<Vec<u8>, String> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        writer.serialize(row).map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

fn files_of<T: Serialize>(
    kind: DownloadKind,
    rows: &[T],
    changed: Option<Date>,
) -> Result<Vec<Download>, String> {
    Format::ALL
        .into_iter()
        .map(|format| {
            let content = match format {
                Format::Csv => csv_of(rows)?,
                Format::Json => serde_json::to_vec_pretty(rows).map_err(|e| e.to_string())?,
            };
            Ok(Download {
                file: DownloadFile {
                    kind,
                    format,
                    rows: rows.len() as u32,
                    bytes: content.len() as u64,
                    changed,
                },
                content,
            })
        })
        .collect()
}

/// Every download of `/data/`, in its order ([`downloads::kinds`]), each as CSV then JSON.
pub fn build(
    index: &Index,
    force_files: &[ForceFile],
    places: &PlacesFile,
    file_dates: &BTreeMap<String, Date>,
) -> Result<Vec<Download>, String> {
    let mut all = Vec::new();
    for kind in downloads::kinds(index) {
        let date = changed(kind, file_dates, index.data_date);
        let files = match kind {
            DownloadKind::AllGrades => files_of(kind, &grade_rows(index, force_files, None), date),
            DownloadKind::RoundGrades(round) => {
                files_of(kind, &grade_rows(index, force_files, Some(round)), date)
            }
            DownloadKind::Spells => files_of(kind, &spell_rows(index), date),
            DownloadKind::Places => files_of(kind, &place_rows(index, places), date),
        }
        .map_err(|e| format!("{}: {e}", kind.stem()))?;
        all.extend(files);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::project_bundle;

    #[test]
    fn a_csv_starts_with_its_header_and_quotes_what_needs_quoting() {
        let bundle = project_bundle();
        let all = bundle
            .downloads
            .iter()
            .find(|d| d.file.kind == DownloadKind::AllGrades && d.file.format == Format::Csv)
            .expect("the download of every grade");
        let text = String::from_utf8(all.content.clone()).unwrap();
        assert!(text.starts_with("force,force_slug,round,area,grade,source_url,publisher,note\r\n"));
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len() as u32, all.file.rows);
        assert!(records.iter().all(|r| r.len() == 8));
        let held: usize = bundle.forces.iter().map(|f| f.grades.len()).sum();
        assert_eq!(records.len(), held, "one row per grade held");
        assert!(
            records.iter().any(|r| r[7].contains(',')),
            "a note with a comma stays one field"
        );
    }

    #[test]
    fn every_download_is_listed_in_the_index_as_written() {
        let bundle = project_bundle();
        let listed: Vec<&DownloadFile> = bundle.index.downloads.iter().collect();
        let written: Vec<&DownloadFile> = bundle.downloads.iter().map(|d| &d.file).collect();
        assert_eq!(listed, written);
        // Every grade, each round, the spells and the places; each as CSV and JSON.
        assert_eq!(listed.len(), 2 * (1 + bundle.index.all_rounds().len() + 2));
        for download in &bundle.downloads {
            assert_eq!(download.file.bytes, download.content.len() as u64);
            if download.file.format == Format::Json {
                let items: Vec<serde_json::Value> = serde_json::from_slice(&download.content).unwrap();
                assert_eq!(items.len() as u32, download.file.rows, "{}", download.file.name());
            }
        }
    }

    #[test]
    fn a_download_dates_from_its_newest_input() {
        let date = |d: u8| Date::new(2025, 3, d).unwrap();
        let mut dates: BTreeMap<String, Date> = [grades::FILE, publishers::FILE, forces::FILE]
            .iter()
            .zip([date(4), date(9), date(1)])
            .map(|(name, d)| (name.to_string(), d))
            .collect();
        assert_eq!(
            changed(DownloadKind::AllGrades, &dates, Some(date(20))),
            Some(date(9))
        );
        dates.remove(forces::FILE);
        assert_eq!(
            changed(DownloadKind::AllGrades, &dates, Some(date(20))),
            Some(date(20)),
            "an input of unknown date: the data's date"
        );
    }
}
