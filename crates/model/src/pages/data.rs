//! `/data/`: every download ([`crate::downloads`]) with its size, row count and date, what each
//! column means, the licence and the credit line to use, and the bundle's files as an API: each
//! file's address, what it holds and the version rule.

use serde::{Deserialize, Serialize};

use crate::bundle::{BundleFile, FORCE_DIR, Index, Layout};
use crate::date::Date;
use crate::downloads::{DownloadKind, Format};
use crate::numbers::format_number;
use crate::widgets::citation::{CREDIT_LINE, LICENCE, LICENCE_URL};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataView {
    /// The bundle version the addresses are under.
    pub version: u32,
    pub downloads: Vec<DataDownload>,
    /// What the columns mean, once per kind of file.
    pub column_sets: Vec<ColumnSet>,
    /// The credit line to use, with the data's date where known.
    pub credit: String,
    pub licence: String,
    pub licence_url: String,
    /// The bundle's files the app reads, as an API.
    pub bundle_files: Vec<BundleFileEntry>,
}

/// One download: what it holds and its files (CSV, JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataDownload {
    /// `Every grade of every round`.
    pub title: String,
    /// The heading of its columns' meanings in [`DataView::column_sets`].
    pub columns: String,
    pub files: Vec<DataFile>,
}

/// One file of a download.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataFile {
    /// `CSV`.
    pub format: String,
    /// Relative to the site root: `data/v6/downloads/peel-grades-all-rounds.csv`.
    pub path: String,
    /// `peel-grades-all-rounds.csv`.
    pub name: String,
    /// `1,234 rows, 210.5 KB`.
    pub size: String,
    pub rows: u32,
    /// `last changed 2 March 2025`, or that the date is not recorded.
    pub changed: String,
    /// The JSON Schema of a JSON file's records, relative to the site root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnSet {
    /// `Columns of the grade files`.
    pub title: String,
    /// Each column's header and what it means.
    pub columns: Vec<(String, String)>,
}

/// A bundle file kind: its address and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BundleFileEntry {
    /// Relative to the site root: `data/v6/force/<force>.json`.
    pub address: String,
    /// The address of a real file of this kind, to link.
    pub example: String,
    /// Its JSON Schema, relative to the site root.
    pub schema: String,
    pub holds: String,
}

/// `999 bytes`, `12.3 KB`, `1.4 MB`.
pub fn size_words(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", format_number(bytes as f64 / 1e3, 1)),
        _ => format!("{} MB", format_number(bytes as f64 / 1e6, 1)),
    }
}

fn changed_words(date: Option<Date>) -> String {
    match date {
        Some(date) => format!("last changed {}", date.long()),
        None => "date of last change not recorded".to_owned(),
    }
}

fn rows_words(rows: u32) -> String {
    match rows {
        1 => "1 row".to_owned(),
        n => format!("{} rows", format_number(f64::from(n), 0)),
    }
}

/// The heading of a kind's column meanings.
fn columns_title(kind: DownloadKind) -> &'static str {
    match kind {
        DownloadKind::AllGrades | DownloadKind::RoundGrades(_) => "Columns of the grade files",
        DownloadKind::Spells => "Columns of the enhanced monitoring files",
        DownloadKind::Places => "Columns of the places files",
    }
}

pub(super) fn build(index: &Index) -> DataView {
    let layout = Layout::CURRENT;
    let mut downloads: Vec<DataDownload> = Vec::new();
    let mut column_sets: Vec<ColumnSet> = Vec::new();
    for file in &index.downloads {
        let title = file.kind.title();
        let entry = DataFile {
            format: file.format.label().to_owned(),
            path: file.path(layout),
            name: file.name(),
            size: format!("{}, {}", rows_words(file.rows), size_words(file.bytes)),
            rows: file.rows,
            changed: changed_words(file.changed),
            schema: (file.format == Format::Json)
                .then(|| format!("{}/{}", layout.dir(), file.kind.schema_name())),
        };
        match downloads.iter_mut().find(|d| d.title == title) {
            Some(download) => download.files.push(entry),
            None => downloads.push(DataDownload {
                title,
                columns: columns_title(file.kind).to_owned(),
                files: vec![entry],
            }),
        }
        if !column_sets
            .iter()
            .any(|set| set.title == columns_title(file.kind))
        {
            column_sets.push(ColumnSet {
                title: columns_title(file.kind).to_owned(),
                columns: file
                    .kind
                    .columns()
                    .iter()
                    .map(|c| (c.name.to_owned(), c.meaning.to_owned()))
                    .collect(),
            });
        }
    }
    let credit = match index.data_date {
        Some(date) => format!("{CREDIT_LINE}, data as of {}", date.long()),
        None => CREDIT_LINE.to_owned(),
    };
    let example_force = index.forces.first().map(|f| f.slug.clone());
    let force_file = example_force.as_ref().map(BundleFile::Force);
    let mut bundle_files = vec![BundleFileEntry {
        address: layout.path(BundleFile::Index),
        example: layout.path(BundleFile::Index),
        schema: format!("{}/{}", layout.dir(), BundleFile::Index.schema_name()),
        holds: "What every page needs: the forces, regions, rounds and their frameworks, every headline grade (pillars and graded areas) with its source, each force-round's official page, the tile map's squares, the publishers of sources, the spells in enhanced monitoring, the data's date and this page's list of downloads.".to_owned(),
    }];
    bundle_files.extend(force_file.map(|file| BundleFileEntry {
        address: format!("{}/{FORCE_DIR}/<force>.json", layout.dir()),
        example: layout.path(file),
        schema: format!("{}/{}", layout.dir(), file.schema_name()),
        holds: "One force (its slug as in the force's address, /force/<force>/): its name, region and addresses, every grade held (question-level grades included) with its source and note, and the text of its report pages where held.".to_owned(),
    }));
    bundle_files.push(BundleFileEntry {
        address: layout.path(BundleFile::Places),
        example: layout.path(BundleFile::Places),
        schema: format!("{}/{}", layout.dir(), BundleFile::Places.schema_name()),
        holds: "Every place name with the force that covers it, for search.".to_owned(),
    });
    DataView {
        version: layout.version,
        downloads,
        column_sets,
        credit,
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        bundle_files,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::downloads::DownloadFile;
    use crate::fixture::Fixture;

    #[test]
    fn every_download_of_the_index_is_listed_with_its_rows_size_and_date() {
        let mut index = Fixture::load().index;
        index.data_date = Date::new(2025, 3, 2);
        index.downloads = [Format::Csv, Format::Json]
            .into_iter()
            .map(|format| DownloadFile {
                kind: DownloadKind::AllGrades,
                format,
                rows: 1234,
                bytes: 210_512,
                changed: Date::new(2025, 2, 1),
            })
            .chain([DownloadFile {
                kind: DownloadKind::Places,
                format: Format::Csv,
                rows: 1,
                bytes: 999,
                changed: None,
            }])
            .collect();
        let view = build(&index);
        assert_eq!(view.downloads.len(), 2);
        let all = &view.downloads[0];
        assert_eq!(all.title, "Every grade of every round");
        assert_eq!(all.files[0].format, "CSV");
        assert_eq!(
            all.files[0].path,
            format!(
                "data/v{}/downloads/peel-grades-all-rounds.csv",
                crate::BUNDLE_VERSION
            )
        );
        assert_eq!(all.files[0].size, "1,234 rows, 210.5 KB");
        assert_eq!(all.files[1].changed, "last changed 1 February 2025");
        assert_eq!(view.downloads[1].files[0].size, "1 row, 999 bytes");
        assert_eq!(
            view.downloads[1].files[0].changed,
            "date of last change not recorded"
        );
        assert_eq!(
            view.column_sets
                .iter()
                .map(|s| s.title.as_str())
                .collect::<Vec<_>>(),
            ["Columns of the grade files", "Columns of the places files"]
        );
        assert_eq!(
            view.credit,
            "PEEL Explorer, data: HMICFRS, Open Government Licence v3.0, data as of 2 March 2025"
        );
        assert!(view.bundle_files[1].example.ends_with(".json"));
        assert!(view.bundle_files[1].schema.ends_with("/schema/force.schema.json"));
        assert_eq!(all.files[0].schema, None);
        assert_eq!(
            all.files[1].schema.as_deref(),
            Some(format!("data/v{}/schema/grade-rows.schema.json", crate::BUNDLE_VERSION).as_str())
        );
        assert!(view.bundle_files[1].address.ends_with("/force/<force>.json"));
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_words(0), "0 bytes");
        assert_eq!(size_words(12_345), "12.3 KB");
        assert_eq!(size_words(1_400_000), "1.4 MB");
    }
}
