//! Grade histories: points, segments and sentences, on real grades of `data/grades.csv`.

use super::*;
use crate::area::Pillar;

fn history(area: Area, points: &[(Round, &str)]) -> History {
    History {
        area,
        points: points
            .iter()
            .map(|(round, word)| HistoryPoint {
                round: *round,
                judgement: Judgement::parse(word),
            })
            .collect(),
    }
}

/// Northamptonshire's headline grades, from `data/grades.csv`.
fn northamptonshire() -> Vec<History> {
    use Round::*;
    vec![
        history(
            Area::Pillar(Pillar::Effectiveness),
            &[
                (R2015, "requires improvement"),
                (R2016, "requires improvement"),
                (R2017, "requires improvement"),
                (R2018_19, "requires improvement"),
            ],
        ),
        history(
            Area::Pillar(Pillar::Efficiency),
            &[
                (R2015, "requires improvement"),
                (R2016, "good"),
                (R2017, "good"),
                (R2018_19, "inadequate"),
            ],
        ),
        history(
            Area::GradedArea("Responding to the public".into()),
            &[(R2023_25, "requires improvement")],
        ),
    ]
}

#[test]
fn northamptonshire_breaks_at_the_integrated_assessment() {
    let lines = timelines(&northamptonshire());
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
        latest_change_sentence(&timeline(&history(
            Area::Pillar(Pillar::Efficiency),
            &[(Round::R2015, "requires improvement"), (Round::R2016, "good")]
        )))
        .as_deref(),
        Some("Efficiency: good in 2016, up from requires improvement in 2015")
    );
    assert_eq!(rounds_phrase(efficiency), "2015, 2016, 2017 and 2018/19");

    assert_eq!(lines[0].intro, None);
    let area = &lines[2];
    assert!(area.intro.is_some_and(|n| n.contains("five-point scale")));
    assert_eq!(
        area.sentence,
        "Responding to the public: requires improvement in 2023-25"
    );
    assert_eq!(area.segments[0].levels(), 5);
    assert_eq!(area.segments[0].points[0].level, Some(3));
}

#[test]
fn not_held_and_not_graded_are_points_without_lines() {
    use Round::*;
    // Greater Manchester's efficiency: not graded in 2017 (the inspection was cut short).
    let gmp = timeline(&history(
        Area::Pillar(Pillar::Efficiency),
        &[
            (R2015, "good"),
            (R2016, "good"),
            (R2017, "not graded"),
            (R2018_19, "good"),
        ],
    ));
    let points = &gmp.segments[0].points;
    assert_eq!(points[2].word, "not graded");
    assert_eq!(points[2].level, None);
    assert!(!points[2].joined_to_previous);
    assert_eq!(gmp.segments[0].latest_change, None);
    // Essex has no 2016 effectiveness grade held; 2017 is not joined across the gap.
    let essex = timeline(&history(
        Area::Pillar(Pillar::Effectiveness),
        &[(R2015, "good"), (R2016, "-"), (R2017, "good")],
    ));
    let points = &essex.segments[0].points;
    assert_eq!(points[1].word, "not held");
    assert_eq!(
        framework_changes_note(),
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
    use Round::*;
    // Out of order and repeated on purpose: sorted, a repeat kept once.
    let mixed = timeline(&history(
        Area::Pillar(Pillar::Legitimacy),
        &[
            (R2021_22, "adequate"),
            (R2016, "good"),
            (R2018_19, "good"),
            (R2016, "good"),
            (R2023_25, "good"),
        ],
    ));
    let frameworks: Vec<Framework> = mixed.segments.iter().map(|s| s.framework).collect();
    assert_eq!(
        frameworks,
        [
            Framework::Pillars,
            Framework::IntegratedPillars,
            Framework::GradedAreas
        ]
    );
    assert!(mixed.segments[2].note.is_some_and(|n| n.contains("five-point")));
    assert_eq!(mixed.segments[2].latest_change, Some(Change::Improved));
    assert_eq!(
        mixed.sentence,
        "Legitimacy: good in 2016; then the integrated 2018/19 assessment: good; then graded areas \
         on a five-point scale: adequate in 2021/22, good in 2023-25"
    );
    let integrated_only = timeline(&history(Area::Pillar(Pillar::Legitimacy), &[(R2018_19, "good")]));
    assert_eq!(
        integrated_only.sentence,
        "Legitimacy: good in the integrated 2018/19 assessment"
    );
    assert_eq!(integrated_only.segments[0].note, None);
    assert!(
        integrated_only
            .intro
            .is_some_and(|n| n.contains("integrated assessment"))
    );
    let empty = timeline(&history(Area::Pillar(Pillar::Legitimacy), &[]));
    assert_eq!(empty.sentence, "Legitimacy: no grades held");
    assert!(empty.segments.is_empty());
    assert_eq!(latest_change_sentence(&empty), None);
    assert_eq!(rounds_phrase(&empty), "");
    assert!(framework_note(Framework::GradedAreas, Framework::Pillars).contains("changed"));
}
