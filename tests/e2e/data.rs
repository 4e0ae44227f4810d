//! What the data says, read by the tests themselves through the model's types, so expectations
//! are computed from the built bundle (which ingest made from `data/`), not typed in: a renamed
//! field fails to decode rather than silently expecting less.

use std::collections::BTreeMap;
use std::path::PathBuf;

use peel_model::bundle::{BundleFile, Layout};
use peel_model::questions::QuestionSets;
use peel_model::{ForceFile, ForceSlug, Index, Report, Round};

fn bundle_file(relative: &str) -> String {
    let dist = crate::browser::env("PEEL_E2E_DIST");
    let path = PathBuf::from(dist).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The built bundle's index, as the site serves it.
pub fn index() -> Index {
    let path = Layout::CURRENT.path(BundleFile::Index);
    peel_model::load::decode_index(&path, &bundle_file(&path)).unwrap_or_else(|e| panic!("{}", e.detail()))
}

/// A force's file of the built bundle, as the site serves it.
pub fn bundle_force(slug: &str) -> ForceFile {
    let path = Layout::CURRENT.path(BundleFile::Force(&force_slug(slug)));
    peel_model::load::decode_force_file(&path, &bundle_file(&path))
        .unwrap_or_else(|e| panic!("{}", e.detail()))
}

/// A slug the test names, as the model's type.
pub fn force_slug(slug: &str) -> ForceSlug {
    slug.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// A force's full report of one round, where the bundle holds it.
pub fn report(slug: &str, round: Round) -> Report {
    bundle_force(slug)
        .report(round)
        .cloned()
        .unwrap_or_else(|| panic!("the bundle holds no {slug} {round} report"))
}

/// (force, round label, area key as in data/grades.csv) -> grade word, for every grade held,
/// question-level ones included.
pub fn grades() -> BTreeMap<(String, String, String), String> {
    index()
        .forces
        .iter()
        .flat_map(|force| {
            bundle_force(force.slug.as_str())
                .grades
                .into_iter()
                .map(move |g| {
                    (
                        (force.slug.to_string(), g.round.label().to_owned(), g.area.key()),
                        g.judgement.word().to_owned(),
                    )
                })
        })
        .collect()
}

/// slug -> official name.
pub fn force_names() -> BTreeMap<String, String> {
    index()
        .forces
        .into_iter()
        .map(|f| (f.slug.into(), f.name))
        .collect()
}

/// slug -> region.
pub fn force_regions() -> BTreeMap<String, String> {
    index()
        .forces
        .into_iter()
        .map(|f| (f.slug.into(), f.region))
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

/// Every round's question set, as the bundle holds them.
pub fn questions() -> QuestionSets {
    index().questions
}
