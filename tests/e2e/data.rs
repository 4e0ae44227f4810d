//! What the project's data says, read by the tests themselves, so expectations are computed
//! from `data/`, not typed in.

use std::collections::BTreeMap;
use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// (force, round, area) -> grade word, from data/grades.csv.
pub fn grades() -> BTreeMap<(String, String, String), String> {
    let mut reader = csv::Reader::from_path(data_dir().join("grades.csv")).expect("data/grades.csv");
    reader
        .records()
        .map(|r| {
            let r = r.expect("a grades.csv row");
            (
                (r[0].to_owned(), r[1].to_owned(), r[2].to_owned()),
                r[3].to_owned(),
            )
        })
        .collect()
}

/// slug -> official name, from data/forces.csv.
pub fn force_names() -> BTreeMap<String, String> {
    let mut reader = csv::Reader::from_path(data_dir().join("forces.csv")).expect("data/forces.csv");
    reader
        .records()
        .map(|r| {
            let r = r.expect("a forces.csv row");
            (r[0].to_owned(), r[1].to_owned())
        })
        .collect()
}

/// slug -> region, from data/forces.csv.
pub fn force_regions() -> BTreeMap<String, String> {
    let mut reader = csv::Reader::from_path(data_dir().join("forces.csv")).expect("data/forces.csv");
    reader
        .records()
        .map(|r| {
            let r = r.expect("a forces.csv row");
            (r[0].to_owned(), r[2].to_owned())
        })
        .collect()
}

/// "requires improvement" -> "Requires improvement", as tags show grades.
pub fn tag_word(grade: &str) -> String {
    let mut chars = grade.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A force's file of the built bundle, as the site serves it.
pub fn bundle_force(slug: &str) -> serde_json::Value {
    let dist = crate::browser::env("PEEL_E2E_DIST");
    let path = PathBuf::from(dist).join(format!("data/v1/force/{slug}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("a bundle file")
}

/// data/questions.json.
pub fn questions() -> serde_json::Value {
    let text = std::fs::read_to_string(data_dir().join("questions.json")).expect("data/questions.json");
    serde_json::from_str(&text).expect("questions.json is JSON")
}
