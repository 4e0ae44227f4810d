//! A new PEEL round is data, not code: an entry in `questions.json` and rows in the CSV files
//! bring it into the bundle and onto every page, with no change to the code.
//!
//! The round below (2025-27, two areas, one grade for Kent, one report page) is made up for this
//! test, in a copy of the project's data; it is not in the project's data.

use std::path::PathBuf;

use peel_ingest::bundle::{self, Options};
use peel_model::pages::force_round::OfficialReport;
use peel_model::pages::{PageData, build_page, site_map};
use peel_model::widgets::history::{framework_changes_note, timelines};
use peel_model::{Framework, Round, Route};

const AREAS: [&str; 2] = ["Investigating crime", "Responding to the public"];
const REPORT: &str = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/";

/// The project's data (source pages aside) with a 2025-27 entry in `questions.json`, a grade row
/// and a report row.
fn data_with_a_new_round() -> PathBuf {
    let project = bundle::project_data_dir();
    let dir = std::env::temp_dir().join(format!("peel-ingest-new-round-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in [
        "forces.csv",
        "places.csv",
        "tiles.csv",
        "publishers.csv",
        "monitoring.csv",
        "dataset.json",
    ] {
        std::fs::copy(project.join(file), dir.join(file)).unwrap();
    }
    let mut questions: serde_json::Value =
        serde_json::from_slice(&std::fs::read(project.join("questions.json")).unwrap()).unwrap();
    questions["2025-27"] = serde_json::json!({
        "areas": AREAS,
        "scale": ["outstanding", "good", "adequate", "requires improvement", "inadequate"],
    });
    std::fs::write(
        dir.join("questions.json"),
        serde_json::to_string_pretty(&questions).unwrap(),
    )
    .unwrap();
    let append = |file: &str, row: &str| {
        let mut text = std::fs::read_to_string(project.join(file)).unwrap();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(row);
        text.push('\n');
        std::fs::write(dir.join(file), text).unwrap();
    };
    append(
        "grades.csv",
        &format!("kent,2025-27,Investigating crime,good,{REPORT},made up for a test"),
    );
    append("reports.csv", &format!("kent,2025-27,{REPORT}"));
    dir
}

#[test]
fn a_new_round_comes_in_from_questions_json_and_csv_rows_alone() {
    let dir = data_with_a_new_round();
    let built = bundle::build(&dir, &Options::default()).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the new round was refused:\n{}", list.join("\n"))
    });
    std::fs::remove_dir_all(&dir).unwrap();
    let index = &built.index;
    let new = Round::from_label("2025-27").unwrap();
    let kent = "kent".parse().unwrap();

    assert_eq!(index.latest_round(), Some(new));
    let kind = index.round_kind(new).expect("the new round's kind");
    assert_eq!(kind.framework, Framework::GradedAreas);
    assert_eq!(index.round_info(new).map(|r| r.forces_with_grades), Some(1));
    let held = index.force_round(&kent, new).expect("Kent's new round");
    assert_eq!(held.report_url.as_deref(), Some(REPORT));

    // Its pages are in the site map and say what the data holds.
    let sources = built.sources();
    let routes = site_map(&sources);
    for path in ["/round/2025-27/", "/force/kent/2025-27/"] {
        assert!(
            routes.iter().any(|r| r.path() == path),
            "{path} is not prerendered"
        );
    }
    assert!(!routes.iter().any(|r| r.path() == "/force/essex/2025-27/"));
    let page = |path: &str| build_page(&Route::parse(path), &sources);
    let PageData::RoundTable(table) = page("/round/2025-27/") else {
        panic!("no table of the new round")
    };
    assert_eq!(
        table.coverage_sentence(),
        "Grades are held for one of the 43 forces in PEEL 2025-27."
    );
    let columns: Vec<String> = table.areas.iter().map(|a| a.label()).collect();
    assert_eq!(columns, AREAS);
    assert!(table.round_links().iter().any(|(r, _)| *r == new));
    let PageData::ForceLatest(latest) = page("/force/kent/") else {
        panic!("no force page")
    };
    assert_eq!(
        latest.sentence(),
        "The latest PEEL assessment held for Kent Police is PEEL 2025-27 (1 of 2 areas held)."
    );
    let PageData::ForceRound(round) = page("/force/kent/2025-27/") else {
        panic!("no force-round page of the new round")
    };
    assert_eq!(
        round.official_report(),
        OfficialReport::Report {
            url: REPORT.to_owned()
        }
    );
    // The new round is judged like the rounds before it, so its grade continues their line.
    let lines = timelines(&round.history, &round.round_kinds);
    let investigating = lines
        .iter()
        .find(|t| t.label == "Investigating crime")
        .expect("Kent's investigating crime history");
    let last = investigating.segments.last().unwrap();
    assert_eq!(last.points.last().map(|p| p.round), Some(new));
    assert!(last.points.len() > 1, "{investigating:?}");
    assert!(
        framework_changes_note(&round.round_kinds).contains("from 2021/22, graded areas"),
        "{}",
        framework_changes_note(&round.round_kinds)
    );
}
