//! The model's fixture bundle (`crates/model/tests/fixtures/`) holds real data only: each value
//! in it is the same in the bundle of the project's own `data/`, and each text of its one report
//! is text of the real page. It may hold fewer rows, never other ones.

use peel_ingest::bundle::{Bundle, project_bundle};
use peel_model::fixture::Fixture;
use serde_json::Value;

fn both() -> (Fixture, Bundle) {
    (Fixture::load(), project_bundle())
}

#[test]
fn every_force_tile_place_and_question_set_is_the_real_one() {
    let (fixture, real) = both();
    for force in &fixture.index.forces {
        assert_eq!(Some(force), real.index.force(&force.slug), "{}", force.slug);
    }
    for tile in &fixture.index.tiles {
        assert!(real.index.tiles.contains(tile), "{tile:?}");
    }
    for place in &fixture.places.places {
        assert!(real.places.places.contains(place), "{place:?}");
    }
    let regions: Vec<&String> = real
        .index
        .regions
        .iter()
        .filter(|r| fixture.index.regions.contains(r))
        .collect();
    assert_eq!(regions, fixture.index.regions.iter().collect::<Vec<_>>());
    assert_eq!(fixture.index.questions.about, real.index.questions.about);
    for publisher in &fixture.index.publishers {
        assert!(real.index.publishers.contains(publisher), "{publisher:?}");
    }
    for spell in fixture
        .index
        .monitoring
        .spells
        .iter()
        .chain(&Fixture::engage_spells())
    {
        assert!(real.index.monitoring.spells.contains(spell), "{spell:?}");
    }
    assert_eq!(
        fixture.index.monitoring.sources_up_to,
        real.index.monitoring.sources_up_to
    );
    for set in &fixture.index.questions.rounds {
        assert_eq!(Some(set), real.index.questions.round(set.round), "{}", set.round);
    }
}

#[test]
fn every_grade_and_force_round_is_the_real_one() {
    let (fixture, real) = both();
    for grade in &fixture.index.grades {
        let held = real
            .index
            .headline(&grade.force, grade.round, &grade.area)
            .unwrap_or_else(|| panic!("no real grade for {grade:?}"));
        assert_eq!(held.judgement, grade.judgement, "{grade:?}");
        assert_eq!(real.index.source(held), fixture.index.source(grade), "{grade:?}");
    }
    for round in &fixture.index.force_rounds {
        assert_eq!(
            Some(round),
            real.index.force_round(&round.force, round.round),
            "{} {}",
            round.force,
            round.round
        );
    }
    for file in &fixture.forces {
        let real_file = real.sources().force_file(&file.force.slug).expect("a real force");
        assert_eq!(file.force, real_file.force);
        for grade in &file.grades {
            assert!(real_file.grades.contains(grade), "{}: {grade:?}", file.force.slug);
        }
    }
}

#[test]
fn the_fixture_report_is_the_real_page_cut_short() {
    let (fixture, real) = both();
    let report = fixture.report();
    let real_report = real
        .sources()
        .force_file(&report.force)
        .and_then(|file| file.report(report.round))
        .expect("the real page");
    assert_eq!(report.title, real_report.title);
    // Relative to the project (as `cargo xtask dist` builds), where the real one here is in full.
    assert!(
        real_report.source_file.ends_with(&report.source_file),
        "{}",
        real_report.source_file
    );
    assert_eq!(report.headline_judgements, real_report.headline_judgements);
    assert_eq!(report.inspector, real_report.inspector);
    // Its key facts, all nine, are the reference page test's expected figures
    // (`page_reference.rs`).
    let real_texts = texts(&serde_json::to_value(real_report).unwrap());
    for text in texts(&serde_json::to_value(report).unwrap()) {
        if text == report.source_file {
            continue;
        }
        assert!(real_texts.contains(&text), "not on the real page: {text:?}");
    }
}

/// Every string in a JSON value.
fn texts(value: &Value) -> Vec<String> {
    match value {
        Value::String(text) => vec![text.clone()],
        Value::Array(items) => items.iter().flat_map(texts).collect(),
        Value::Object(fields) => fields.values().flat_map(texts).collect(),
        _ => Vec::new(),
    }
}
