//! The sentences and charts of real distributions, from `data/grades.csv`.

use super::*;
use crate::area::Pillar;

/// Counts per grade (best first on the four-point scale), not graded, not held, of 43.
pub(super) fn dist(
    round: Round,
    pillar: Pillar,
    counts: [u32; 4],
    not_graded: u32,
    this: Option<&str>,
) -> Distribution {
    let grades = Scale::FourPoint.grades();
    let held: u32 = counts.iter().sum::<u32>() + not_graded;
    Distribution {
        round,
        area: Area::Pillar(pillar),
        scale: Scale::FourPoint,
        counts: GradeCounts {
            grades: grades.iter().copied().zip(counts).collect(),
            not_graded,
            not_held: 43 - held,
        },
        total_forces: 43,
        this_force: this.and_then(Judgement::parse),
    }
}

/// PEEL 2016 effectiveness, from `data/grades.csv`: no row for Cleveland, Essex or Surrey.
fn effectiveness_2016(this: Option<&str>) -> Distribution {
    dist(
        Round::from_label("2016").unwrap(),
        Pillar::Effectiveness,
        [1, 25, 13, 1],
        0,
        this,
    )
}

#[test]
fn northamptonshire_2016() {
    // Northamptonshire: requires improvement for effectiveness, good for efficiency.
    let effectiveness = effectiveness_2016(Some("requires improvement"));
    assert_eq!(
        force_sentence(&effectiveness),
        "one of 13 forces graded requires improvement for effectiveness in 2016 among the 40 \
         forces whose effectiveness grade is held"
    );
    assert_eq!(
        coverage_sentence(&effectiveness),
        "40 of 43 forces have a grade held (three not held)"
    );
    let efficiency = dist(
        Round::from_label("2016").unwrap(),
        Pillar::Efficiency,
        [2, 33, 8, 0],
        0,
        Some("good"),
    );
    assert_eq!(
        force_sentence(&efficiency),
        "one of 33 forces graded good for efficiency in 2016"
    );
    assert_eq!(coverage_sentence(&efficiency), "all 43 forces have a grade held");

    let chart = chart(&effectiveness, true);
    let shape: Vec<(&str, u32, bool)> = chart
        .bars
        .iter()
        .map(|b| (b.label, b.count, b.this_force))
        .collect();
    assert_eq!(
        shape,
        [
            ("Outstanding", 1, false),
            ("Good", 25, false),
            ("Requires improvement", 13, true),
            ("Inadequate", 1, false),
            ("Not held", 3, false),
        ]
    );
    assert_eq!(chart.largest, 25);
    assert_eq!(chart.bars[1].fraction, 1.0);
    assert!((chart.bars[2].fraction - 13.0 / 25.0).abs() < 1e-12);
    assert_eq!(
        chart.bars[2].path.as_deref(),
        Some("/round/2016/?grade=requires-improvement&area=effectiveness")
    );
    assert_eq!(
        chart.bars[4].path.as_deref(),
        Some("/round/2016/?grade=not-held&area=effectiveness")
    );
    assert_eq!(chart.summary, force_sentence(&effectiveness));
}

#[test]
fn a_force_with_no_grade_held_is_told_so() {
    // Essex has no 2016 effectiveness row.
    let essex = effectiveness_2016(None);
    assert_eq!(
        force_sentence(&essex),
        "no effectiveness grade is held for this force in 2016; of the 40 forces with one, one \
         was graded outstanding, 25 good, 13 requires improvement and one inadequate"
    );
    let chart = chart(&essex, true);
    assert_eq!(
        chart.bars.last().map(|b| (b.label, b.this_force)),
        Some(("Not held", true))
    );
    // Humberside has no 2017 efficiency row; Greater Manchester's was not graded.
    let humberside = dist(
        Round::from_label("2017").unwrap(),
        Pillar::Efficiency,
        [2, 30, 9, 0],
        1,
        None,
    );
    assert_eq!(
        force_sentence(&humberside),
        "no efficiency grade is held for this force in 2017; of the 42 forces with a judgement \
         held, two were graded outstanding, 30 good, nine requires improvement and one not graded"
    );
    let one = Distribution {
        counts: GradeCounts {
            grades: vec![(Grade::Good, 1)],
            not_graded: 0,
            not_held: 42,
        },
        ..humberside.clone()
    };
    assert_eq!(
        force_sentence(&one),
        "no efficiency grade is held for this force in 2017; the only force with one was graded good"
    );
    let one_not_graded = Distribution {
        counts: GradeCounts {
            grades: Vec::new(),
            not_graded: 1,
            not_held: 42,
        },
        ..humberside.clone()
    };
    assert_eq!(
        force_sentence(&one_not_graded),
        "no efficiency grade is held for this force in 2017; the only force with a judgement held \
         was not graded"
    );
    let nobody = Distribution {
        counts: GradeCounts {
            grades: Vec::new(),
            not_graded: 0,
            not_held: 43,
        },
        ..humberside.clone()
    };
    assert_eq!(
        force_sentence(&nobody),
        "no efficiency grade is held for this force in 2017, nor for any other force"
    );
    assert_eq!(
        coverage_sentence(&nobody),
        "none of the 43 forces has a grade held"
    );
    assert_eq!(
        national_sentence(&nobody),
        "efficiency in 2017: no grade held for any force"
    );
}

#[test]
fn not_graded_and_only_forces() {
    // Greater Manchester 2017 efficiency: the only force not graded.
    let gmp = dist(
        Round::from_label("2017").unwrap(),
        Pillar::Efficiency,
        [2, 30, 9, 0],
        1,
        Some("not graded"),
    );
    assert_eq!(
        force_sentence(&gmp),
        "the only force not graded for efficiency in 2017 among the 42 forces whose efficiency \
         judgement is held"
    );
    assert_eq!(
        coverage_sentence(&gmp),
        "41 of 43 forces have a grade held (one not graded, one not held)"
    );
    let chart = chart(&gmp, true);
    let labels: Vec<&str> = chart.bars.iter().map(|b| b.label).collect();
    assert_eq!(
        labels,
        [
            "Outstanding",
            "Good",
            "Requires improvement",
            "Inadequate",
            "Not graded",
            "Not held"
        ]
    );
    assert!(chart.bars[4].this_force);
    // 2016 effectiveness: one force outstanding, one inadequate.
    let only = effectiveness_2016(Some("outstanding"));
    assert_eq!(
        force_sentence(&only),
        "the only force graded outstanding for effectiveness in 2016 among the 40 forces whose \
         effectiveness grade is held"
    );
    let two = dist(
        Round::from_label("2016").unwrap(),
        Pillar::Efficiency,
        [2, 33, 8, 0],
        0,
        Some("outstanding"),
    );
    assert_eq!(
        force_sentence(&two),
        "one of two forces graded outstanding for efficiency in 2016"
    );
}

#[test]
fn national_view_marks_no_force() {
    let effectiveness = effectiveness_2016(None);
    assert_eq!(
        national_sentence(&effectiveness),
        "effectiveness in 2016: of the 40 forces whose effectiveness grade is held, one was \
         graded outstanding, 25 good, 13 requires improvement and one inadequate; no grade held \
         for three forces"
    );
    let chart = chart(&effectiveness, false);
    assert!(chart.bars.iter().all(|b| !b.this_force));
    assert_eq!(chart.summary, national_sentence(&effectiveness));
    let legitimacy = dist(
        Round::from_label("2017").unwrap(),
        Pillar::Legitimacy,
        [1, 34, 6, 0],
        1,
        None,
    );
    assert_eq!(
        national_sentence(&legitimacy),
        "legitimacy in 2017: of the 42 forces whose legitimacy judgement is held, one was graded \
         outstanding, 34 good, six requires improvement and one not graded; no grade held for \
         one force"
    );
}

#[test]
fn graded_areas_and_questions() {
    // PEEL 2021/22 "Investigating crime": Greater Manchester inadequate; Kent and Lancashire
    // requires improvement; the other 40 forces not held in this dataset.
    let area = Distribution {
        round: Round::from_label("2021/22").unwrap(),
        area: Area::GradedArea("Investigating crime".into()),
        scale: Scale::FivePoint,
        counts: GradeCounts {
            grades: Grade::ALL.iter().copied().zip([0, 0, 0, 2, 1]).collect(),
            not_graded: 0,
            not_held: 40,
        },
        total_forces: 43,
        this_force: Judgement::parse("requires improvement"),
    };
    assert_eq!(
        force_sentence(&area),
        "one of two forces graded requires improvement for investigating crime in 2021/22 among \
         the three forces whose grade for this area is held"
    );
    assert_eq!(
        coverage_sentence(&area),
        "three of 43 forces have a grade held (40 not held)"
    );
    let chart = chart(&area, true);
    assert_eq!(chart.bars.len(), 6);
    assert_eq!(
        chart.bars[3].path.as_deref(),
        Some("/round/2021-22/?grade=requires-improvement&area=investigating-crime")
    );
    let not_here = Distribution {
        this_force: None,
        ..area.clone()
    };
    assert!(force_sentence(&not_here).starts_with("no grade for investigating crime is held for this force in 2021/22; of the three forces with one, two were graded requires improvement and one inadequate"));
    let question = Distribution {
        area: Area::Question {
            pillar: Pillar::Effectiveness,
            number: 1,
            topic: "preventing".into(),
        },
        ..area
    };
    assert_eq!(table_path(&question, GradeFilter::NotHeld), None);
}

#[test]
fn inconsistent_counts_never_panic() {
    let empty = Distribution {
        round: Round::from_label("2015").unwrap(),
        area: Area::Pillar(Pillar::Legitimacy),
        scale: Scale::FourPoint,
        counts: GradeCounts {
            grades: Vec::new(),
            not_graded: 0,
            not_held: 0,
        },
        total_forces: 0,
        this_force: Judgement::parse("good"),
    };
    // The force's own grade counts, even where the counts leave it out.
    assert_eq!(
        force_sentence(&empty),
        "the only force graded good for legitimacy in 2015"
    );
    let chart = chart(&empty, true);
    assert_eq!(chart.largest, 1);
    assert_eq!(chart.bars.len(), 1);
    assert!(chart.bars[0].this_force);
    let huge = Distribution {
        counts: GradeCounts {
            grades: vec![(Grade::Good, u32::MAX), (Grade::Outstanding, u32::MAX)],
            not_graded: u32::MAX,
            not_held: u32::MAX,
        },
        ..empty
    };
    let chart = super::chart(&huge, false);
    assert!(chart.bars.iter().all(|b| (0.0..=1.0).contains(&b.fraction)));
    assert!(!coverage_sentence(&huge).is_empty());
    assert!(!force_sentence(&huge).is_empty());
}
