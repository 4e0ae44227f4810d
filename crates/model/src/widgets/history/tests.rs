//! Grade histories: points, segments and sentences, on real grades of `data/grades.csv`.

use super::*;
use crate::area::Pillar;

fn round(label: &str) -> Round {
    Round::from_label(label).unwrap()
}

/// The rounds of `data/questions.json` and how each judged forces.
fn real_kinds() -> Vec<RoundKind> {
    let kind = |label: &str, framework, scale| RoundKind {
        round: round(label),
        framework,
        scale,
    };
    let (pillars, areas) = (Framework::Pillars, Framework::GradedAreas);
    let (four, five) = (Scale::FourPoint, Scale::FivePoint);
    vec![
        kind("2015", pillars, four),
        kind("2016", pillars, four),
        kind("2017", pillars, four),
        kind("2018/19", Framework::IntegratedPillars, four),
        kind("2021/22", areas, five),
        kind("2023-25", areas, five),
    ]
}

fn history(area: Area, points: &[(&str, &str)]) -> History {
    History {
        area,
        points: points
            .iter()
            .map(|(label, word)| HistoryPoint {
                round: round(label),
                judgement: Judgement::parse(word),
            })
            .collect(),
    }
}

fn timeline_of(area: Area, points: &[(&str, &str)]) -> Timeline {
    timeline(&history(area, points), &real_kinds())
}

/// Northamptonshire's headline grades, from `data/grades.csv`.
fn northamptonshire() -> Vec<History> {
    vec![
        history(
            Area::Pillar(Pillar::Effectiveness),
            &[
                ("2015", "requires improvement"),
                ("2016", "requires improvement"),
                ("2017", "requires improvement"),
                ("2018/19", "requires improvement"),
            ],
        ),
        history(
            Area::Pillar(Pillar::Efficiency),
            &[
                ("2015", "requires improvement"),
                ("2016", "good"),
                ("2017", "good"),
                ("2018/19", "inadequate"),
            ],
        ),
        history(
            Area::GradedArea("Responding to the public".into()),
            &[("2023-25", "requires improvement")],
        ),
    ]
}

#[test]
fn northamptonshire_breaks_at_the_integrated_assessment() {
    let lines = timelines(&northamptonshire(), &real_kinds());
    assert_eq!(
        lines[0].sentence,
        "Effectiveness: requires improvement in 2015, requires improvement in 2016, requires \
         improvement in 2017; then the integrated 2018/19 assessment: requires improvement"
    );
    assert_eq!(
        lines[1].sentence,
        "Efficiency: requires improvement in 2015, good in 2016, good in 2017; then the \
         integrated 2018/19 assessment: inadequate"
    );
    let efficiency = &lines[1];
    assert_eq!(efficiency.segments.len(), 2);
    assert_eq!(efficiency.segments[0].note, None);
    assert!(
        efficiency.segments[1]
            .note
            .as_deref()
            .is_some_and(|n| n.contains("integrated assessment"))
    );
    let first = &efficiency.segments[0];
    assert_eq!(
        first
            .points
            .iter()
            .map(|p| (p.level, p.joined_to_previous))
            .collect::<Vec<_>>(),
        [(Some(2), false), (Some(1), true), (Some(1), true)]
    );
    assert_eq!(first.latest_change, Some(Change::Unchanged));
    assert_eq!(first.levels(), 4);
    // The integrated point stands alone: no line across the change.
    assert!(!efficiency.segments[1].points[0].joined_to_previous);
    assert_eq!(efficiency.segments[1].latest_change, None);
    assert_eq!(latest_change_sentence(efficiency), None);
    assert_eq!(
        latest_change_sentence(&timeline_of(
            Area::Pillar(Pillar::Efficiency),
            &[("2015", "requires improvement"), ("2016", "good")]
        ))
        .as_deref(),
        Some("Efficiency: good in 2016, up from requires improvement in 2015")
    );
    assert_eq!(rounds_phrase(efficiency), "2015, 2016, 2017 and 2018/19");

    assert_eq!(lines[0].intro, None);
    let area = &lines[2];
    assert!(
        area.intro
            .as_deref()
            .is_some_and(|n| n.contains("five-point scale"))
    );
    assert_eq!(
        area.sentence,
        "Responding to the public: requires improvement in 2023-25"
    );
    assert_eq!(area.segments[0].levels(), 5);
    assert_eq!(area.segments[0].points[0].level, Some(3));
}

#[test]
fn not_held_and_not_graded_are_points_without_lines() {
    // Greater Manchester's efficiency: not graded in 2017 (the inspection was cut short).
    let gmp = timeline_of(
        Area::Pillar(Pillar::Efficiency),
        &[
            ("2015", "good"),
            ("2016", "good"),
            ("2017", "not graded"),
            ("2018/19", "good"),
        ],
    );
    let points = &gmp.segments[0].points;
    assert_eq!(points[2].word, "not graded");
    assert_eq!(points[2].level, None);
    assert!(!points[2].joined_to_previous);
    assert_eq!(gmp.segments[0].latest_change, None);
    // Essex has no 2016 effectiveness grade held; 2017 is not joined across the gap.
    let essex = timeline_of(
        Area::Pillar(Pillar::Effectiveness),
        &[("2015", "good"), ("2016", "-"), ("2017", "good")],
    );
    let points = &essex.segments[0].points;
    assert_eq!(points[1].word, "not held");
    assert_eq!(
        framework_changes_note(&real_kinds()),
        "Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it \
         inspects (2018/19, an integrated assessment; from 2021/22, graded areas on a five-point scale) \
         the line breaks, because those grades are not like for like."
    );
    assert_eq!(points[1].judgement, None);
    assert!(!points[2].joined_to_previous);
    assert_eq!(
        essex.sentence,
        "Effectiveness: good in 2015, not held in 2016, good in 2017"
    );
}

#[test]
fn every_framework_change_breaks_the_line_with_a_note() {
    // Out of order and repeated on purpose: sorted, a repeat kept once.
    let mixed = timeline_of(
        Area::Pillar(Pillar::Legitimacy),
        &[
            ("2021/22", "adequate"),
            ("2016", "good"),
            ("2018/19", "good"),
            ("2016", "good"),
            ("2023-25", "good"),
        ],
    );
    let frameworks: Vec<Framework> = mixed.segments.iter().map(|s| s.framework).collect();
    assert_eq!(
        frameworks,
        [
            Framework::Pillars,
            Framework::IntegratedPillars,
            Framework::GradedAreas
        ]
    );
    assert!(
        mixed.segments[2]
            .note
            .as_deref()
            .is_some_and(|n| n.contains("five-point"))
    );
    assert_eq!(mixed.segments[2].latest_change, Some(Change::Improved));
    assert_eq!(
        mixed.sentence,
        "Legitimacy: good in 2016; then the integrated 2018/19 assessment: good; then graded areas \
         on a five-point scale: adequate in 2021/22, good in 2023-25"
    );
    let integrated_only = timeline_of(Area::Pillar(Pillar::Legitimacy), &[("2018/19", "good")]);
    assert_eq!(
        integrated_only.sentence,
        "Legitimacy: good in the integrated 2018/19 assessment"
    );
    assert_eq!(integrated_only.segments[0].note, None);
    assert!(
        integrated_only
            .intro
            .as_deref()
            .is_some_and(|n| n.contains("integrated assessment"))
    );
    let empty = timeline_of(Area::Pillar(Pillar::Legitimacy), &[]);
    assert_eq!(empty.sentence, "Legitimacy: no grades held");
    assert!(empty.segments.is_empty());
    assert_eq!(latest_change_sentence(&empty), None);
    assert_eq!(rounds_phrase(&empty), "");
}

#[test]
fn notes_on_a_change_of_framework_name_the_datas_own_rounds() {
    let kinds = real_kinds();
    let runs = runs(&kinds);
    let spans: Vec<String> = runs.iter().map(Run::span).collect();
    assert_eq!(spans, ["2015 to 2017", "2018/19", "from 2021/22"]);
    let areas_after_pillars = framework_note(kinds[3], &runs[2]);
    assert_eq!(
        areas_after_pillars,
        "From 2021/22 PEEL grades areas, not pillars, on a five-point scale that adds “adequate”, so \
         these grades are not comparable with the earlier ones."
    );
    assert_eq!(
        framework_intro(&runs[0], &runs[1]).as_deref(),
        Some("In 2018/19 the three pillars were judged together in one integrated assessment.")
    );
    assert_eq!(
        framework_intro(&runs[1], &runs[2]).as_deref(),
        Some(
            "From 2021/22 PEEL grades areas, not pillars, on a five-point scale that adds \
             “adequate”; these grades are not comparable with the pillar grades of earlier rounds."
        )
    );
    assert!(framework_note(kinds[5], &runs[0]).contains("changed"));

    // Data with one pillar round and one graded-area round, and then a new graded-area round:
    // each note says only what that data holds.
    let two = [kinds[1], kinds[5]];
    assert_eq!(
        framework_changes_note(&two),
        "Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it \
         inspects (2023-25, graded areas on a five-point scale) the line breaks, because those \
         grades are not like for like."
    );
    let two_runs = super::runs(&two);
    assert_eq!(
        framework_intro(&two_runs[0], &two_runs[1]).as_deref(),
        Some(
            "In 2023-25 PEEL graded areas, not pillars, on a five-point scale that adds “adequate”; \
             these grades are not comparable with the pillar grades of earlier rounds."
        )
    );
    let mut with_new = kinds.clone();
    with_new.push(RoundKind {
        round: round("2025-27"),
        ..kinds[5]
    });
    assert!(framework_changes_note(&with_new).contains("from 2021/22, graded areas on a five-point scale)"));
    let only_areas = [kinds[4], kinds[5]];
    assert_eq!(
        framework_changes_note(&only_areas),
        "Each line joins the grades of rounds judged the same way."
    );
}

#[test]
fn a_point_of_a_round_the_data_does_not_have_is_left_out() {
    let line = timeline(
        &history(
            Area::Pillar(Pillar::Effectiveness),
            &[("2016", "good"), ("2017", "good")],
        ),
        &real_kinds()[..2],
    );
    assert_eq!(line.sentence, "Effectiveness: good in 2016");
}
