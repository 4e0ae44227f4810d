//! What the bundle built from the project's data holds.

use std::path::{Path, PathBuf};

use peel_ingest::bundle::{self, Bundle, Options};
use peel_model::Round;

fn project_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn built() -> Bundle {
    bundle::build(&project_data(), &Options::default()).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the project data does not build:\n{}", list.join("\n"))
    })
}

#[test]
fn every_report_page_is_a_force_round_of_the_index() {
    let built = built();
    let index = &built.index;
    let with_report = index
        .force_rounds
        .iter()
        .filter(|r| r.report_url.is_some())
        .count();
    assert_eq!(with_report, 78);
    for round in index.force_rounds.iter().filter(|r| r.report_url.is_some()) {
        assert!(
            matches!(round.round, Round::R2021_22 | Round::R2023_25),
            "{round:?}"
        );
        assert_eq!(Some(&round.page_url), round.report_url.as_ref(), "{round:?}");
    }
    // Cumbria 2021/22: the report is linked though none of its grades is held.
    let cumbria = index.force_round("cumbria", Round::R2021_22).unwrap();
    assert_eq!(
        cumbria.report_url.as_deref(),
        Some("https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cumbria-2021-22/")
    );
    assert!(
        !index
            .grades
            .iter()
            .any(|g| g.force == "cumbria" && g.round == Round::R2021_22)
    );
    assert!(index.rounds_of("cumbria").contains(&Round::R2021_22));
    // An address that differs from the usual pattern is kept as it was seen.
    let hampshire = index.force_round("hampshire", Round::R2021_22).unwrap();
    assert!(
        hampshire
            .report_url
            .as_deref()
            .unwrap()
            .ends_with("/hampshire-and-isle-of-wight-2021-22/")
    );
    // Sussex 2023-25 has grades but no report page in reports.csv: the old fallback stands.
    let sussex = index.force_round("sussex", Round::R2023_25).unwrap();
    assert_eq!(sussex.report_url, None);
    assert!(!sussex.page_url.is_empty());
}
