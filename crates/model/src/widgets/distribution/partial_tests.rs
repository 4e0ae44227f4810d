//! Where some forces' judgements are not held: no sentence counts or ranks forces without
//! saying which forces it counts from, over every shape of distribution.

use super::tests::dist;
use super::*;
use crate::area::Pillar;
use crate::wording::{count_noun, count_word};

/// `phrase` in `text` as whole words: "all" is not in "overall", "one of" is not in "none of".
fn has_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text.get(..i).and_then(|t| t.chars().next_back());
        let after = text.get(i + phrase.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Words that count or rank forces, and so need their base when some forces are not held.
const COUNTING: &[&str] = &[
    "only", "one of", "most", "all", "none of", "both", "every", "best", "worst", "highest", "lowest", "top",
    "bottom", "ranked", "first", "last",
];

/// The sentence says which forces it counts from: the number of forces with a judgement held
/// (or, for the coverage sentence, with a grade held) beside the word "held".
fn states_base(text: &str, dist: &Distribution) -> bool {
    let held = dist.held();
    let total = dist.total_forces;
    let mut bases = vec![
        count_noun(held, "force", "forces"),
        format!("{} of {total}", count_word(held)),
        format!("{} of {total}", count_word(dist.counts.graded())),
    ];
    if held == 1 {
        bases.extend(["the only one whose".to_owned(), "the only force with".to_owned()]);
    }
    if held == 0 {
        bases.extend([
            "nor for any other force".to_owned(),
            "no grade held for any force".to_owned(),
        ]);
    }
    if dist.counts.graded() == 0 {
        // The coverage sentence counts grades: "none of the 43 forces has a grade held".
        bases.push(format!("none of the {total} forces"));
    }
    has_words(text, "held") && bases.iter().any(|b| has_words(text, b))
}

/// Ways `held` forces can share out the judgements of a scale of `levels` grades: (counts per
/// grade, not graded). Unique, shared, all alike, spread, with and without "not graded".
fn splits(held: u32, levels: usize) -> Vec<(Vec<u32>, u32)> {
    let mut out: Vec<(Vec<u32>, u32)> = Vec::new();
    let zeros = vec![0; levels];
    for i in 0..levels {
        let mut alike = zeros.clone();
        alike[i] = held;
        out.push((alike, 0));
    }
    for (first, ng) in [(1, 0), (2, 0), (1, 1), (0, 1), (3, 2)] {
        if first + ng <= held {
            let mut v = zeros.clone();
            v[0] = first;
            v[levels - 1] += held - first - ng;
            out.push((v, ng));
        }
    }
    let mut spread = zeros.clone();
    for i in 0..held as usize {
        spread[i % levels] += 1;
    }
    out.push((spread, 0));
    out.push((zeros.clone(), held));
    if held >= 2 {
        let mut v = zeros.clone();
        v[1] = held - 1;
        out.push((v, 1));
    }
    out.sort();
    out.dedup();
    out
}

/// Every round, pillars, graded areas and questions, every number of forces not held from
/// none to all 43, and the force this page is about in each judgement the counts hold (and
/// not held where some are not).
fn grid() -> Vec<Distribution> {
    let areas = [
        Area::Pillar(Pillar::Effectiveness),
        Area::Pillar(Pillar::Legitimacy),
        Area::GradedArea("Investigating crime".into()),
        Area::GradedArea("Treatment of the public".into()),
        Area::Question {
            pillar: Pillar::Effectiveness,
            number: 1,
            topic: "preventing".into(),
        },
    ];
    let mut out = Vec::new();
    let rounds = [
        ("2016", Scale::FourPoint),
        ("2018/19", Scale::FourPoint),
        ("2023-25", Scale::FivePoint),
    ];
    for (label, scale) in rounds {
        let round = Round::from_label(label).unwrap();
        for area in &areas {
            for not_held in 0..=43 {
                for (grades, not_graded) in splits(43 - not_held, scale.grades().len()) {
                    let counts = GradeCounts {
                        grades: scale.grades().iter().copied().zip(grades).collect(),
                        not_graded,
                        not_held,
                    };
                    let mut these: Vec<Option<Judgement>> = counts
                        .grades
                        .iter()
                        .filter(|(_, n)| *n > 0)
                        .map(|(g, _)| Some(Judgement::Graded(*g)))
                        .collect();
                    if not_graded > 0 {
                        these.push(Some(Judgement::NotGraded));
                    }
                    if not_held > 0 {
                        these.push(None);
                    }
                    for this_force in these {
                        out.push(Distribution {
                            round,
                            area: area.clone(),
                            scale,
                            counts: counts.clone(),
                            total_forces: 43,
                            this_force,
                        });
                    }
                }
            }
        }
    }
    out
}

#[test]
fn no_count_or_rank_without_its_base_while_forces_are_not_held() {
    let grid = grid();
    assert!(grid.len() > 10_000, "{}", grid.len());
    let mut partial_counts = 0;
    for dist in &grid {
        let for_force = chart(dist, true);
        let national = chart(dist, false);
        let sentences = [
            force_sentence(dist),
            national_sentence(dist),
            coverage_sentence(dist),
            for_force.summary,
            for_force.coverage,
            national.summary,
            dist.counts.summary(),
        ];
        let not_held = dist.counts.not_held;
        let held = dist.held();
        if not_held == 0 {
            assert_eq!(held_base(dist), None);
            assert_eq!(dist.counts.held_base(), None);
            // Fully held: the sentences read as they always have, with no base added.
            assert!(!force_sentence(dist).contains("held"), "{dist:?}");
            assert!(!national_sentence(dist).contains("held"), "{dist:?}");
            continue;
        }
        let base = held_base(dist).unwrap_or_default();
        let written = if held == 0 {
            "none of the 43 forces".to_owned()
        } else {
            format!("{} of 43 forces", count_word(held))
        };
        assert_eq!(base, format!("held for {written}"));
        assert_eq!(
            dist.counts.held_base(),
            Some(format!("held for {held} of 43 forces"))
        );
        for sentence in &sentences {
            if COUNTING.iter().any(|w| has_words(sentence, w)) {
                partial_counts += 1;
                assert!(
                    states_base(sentence, dist),
                    "no base in {sentence:?} for {dist:?}"
                );
            }
        }
        if held > 0 {
            assert!(
                dist.counts
                    .summary()
                    .ends_with(&format!("(held for {held} of 43 forces)"))
            );
        }
    }
    // The check did bite: many partial sentences count forces.
    assert!(partial_counts > 10_000, "{partial_counts}");
}

#[test]
fn the_base_check_catches_what_it_should() {
    let kent = treatment_of_the_public_2021_22(Some("good"));
    // The sentence before partial rounds were told honestly.
    assert!(!states_base(
        "the only force graded good for treatment of the public in 2021/22",
        &kent
    ));
    assert!(has_words("one of two", "one of") && !has_words("none of them", "one of"));
    assert!(!has_words("overall", "all") && !has_words("almost", "most"));
    assert!(has_words("all 43 forces", "all"));
}

/// PEEL 2021/22 "Treatment of the public", from `data/grades.csv`: Humberside outstanding,
/// Kent good, the other 41 forces not held.
fn treatment_of_the_public_2021_22(this: Option<&str>) -> Distribution {
    Distribution {
        round: Round::from_label("2021/22").unwrap(),
        area: Area::GradedArea("Treatment of the public".into()),
        scale: Scale::FivePoint,
        counts: GradeCounts {
            grades: Grade::ALL.iter().copied().zip([1, 1, 0, 0, 0]).collect(),
            not_graded: 0,
            not_held: 41,
        },
        total_forces: 43,
        this_force: this.and_then(Judgement::parse),
    }
}

#[test]
fn kent_2021_22_treatment_of_the_public_says_of_how_many() {
    let kent = treatment_of_the_public_2021_22(Some("good"));
    assert_eq!(
        force_sentence(&kent),
        "the only force graded good for treatment of the public in 2021/22 among the two forces \
         whose grade for this area is held"
    );
    assert_eq!(
        national_sentence(&kent),
        "treatment of the public in 2021/22: of the two forces whose grade for this area is held, \
         one was graded outstanding and one good; no grade held for 41 forces"
    );
    assert_eq!(
        coverage_sentence(&kent),
        "two of 43 forces have a grade held (41 not held)"
    );
    assert_eq!(held_base(&kent).as_deref(), Some("held for two of 43 forces"));
    assert_eq!(
        kent.counts.summary(),
        "1 outstanding, 1 good, 41 not held (held for 2 of 43 forces)"
    );
    assert_eq!(
        kent.counts.held_base().as_deref(),
        Some("held for 2 of 43 forces")
    );
    assert_eq!(chart(&kent, true).summary, force_sentence(&kent));
    // A force with no grade held for the area.
    assert_eq!(
        force_sentence(&treatment_of_the_public_2021_22(None)),
        "no grade for treatment of the public is held for this force in 2021/22; of the two \
         forces with one, one was graded outstanding and one good"
    );
}

#[test]
fn partial_wording_when_the_force_is_alone_or_shares_its_grade_with_every_force_held() {
    // PEEL 2023-25 "Investigating crime": only Merseyside's grade (adequate) is held.
    let merseyside = Distribution {
        round: Round::from_label("2023-25").unwrap(),
        area: Area::GradedArea("Investigating crime".into()),
        scale: Scale::FivePoint,
        counts: GradeCounts {
            grades: Grade::ALL.iter().copied().zip([0, 0, 1, 0, 0]).collect(),
            not_graded: 0,
            not_held: 42,
        },
        total_forces: 43,
        this_force: Judgement::parse("adequate"),
    };
    assert_eq!(
        force_sentence(&merseyside),
        "the only force graded adequate for investigating crime in 2023-25, and the only one \
         whose grade for this area is held"
    );
    assert_eq!(
        national_sentence(&merseyside),
        "investigating crime in 2023-25: one force graded adequate; no grade held for 42 forces"
    );
    assert_eq!(
        held_base(&merseyside).as_deref(),
        Some("held for one of 43 forces")
    );
    // PEEL 2017 legitimacy question 2: Kent and Lancashire, both good, the only two held.
    let kent = Distribution {
        round: Round::from_label("2017").unwrap(),
        area: Area::Question {
            pillar: Pillar::Legitimacy,
            number: 2,
            topic: "ethical-lawful".into(),
        },
        scale: Scale::FourPoint,
        counts: GradeCounts {
            grades: Scale::FourPoint
                .grades()
                .iter()
                .copied()
                .zip([0, 2, 0, 0])
                .collect(),
            not_graded: 0,
            not_held: 41,
        },
        total_forces: 43,
        this_force: Judgement::parse("good"),
    };
    assert_eq!(
        force_sentence(&kent),
        "one of two forces graded good for legitimacy question 2 in 2017: both forces whose grade \
         for this question is held"
    );
    // 2016 efficiency, every force's grade held but 40 of them alike.
    let many = dist(
        Round::from_label("2016").unwrap(),
        Pillar::Efficiency,
        [0, 40, 0, 0],
        0,
        Some("good"),
    );
    let many = Distribution {
        counts: GradeCounts {
            not_held: 3,
            ..many.counts
        },
        ..many
    };
    assert_eq!(
        force_sentence(&many),
        "one of 40 forces graded good for efficiency in 2016: all 40 forces whose efficiency grade \
         is held"
    );
    assert_eq!(held_base(&many).as_deref(), Some("held for 40 of 43 forces"));
    // None held at all.
    let nobody = Distribution {
        counts: GradeCounts {
            grades: Vec::new(),
            not_graded: 0,
            not_held: 43,
        },
        this_force: None,
        ..merseyside
    };
    assert_eq!(
        held_base(&nobody).as_deref(),
        Some("held for none of the 43 forces")
    );
    assert_eq!(nobody.counts.summary(), "43 not held");
    assert_eq!(
        nobody.counts.held_base().as_deref(),
        Some("held for 0 of 43 forces")
    );
}

#[test]
fn a_grades_national_context_counts_only_the_forces_held() {
    // PEEL 2021/22 "Treatment of the public": Humberside outstanding, Kent good, 41 not held.
    let kent = treatment_of_the_public_2021_22(Some("good"));
    assert_eq!(
        held_context(&kent).as_deref(),
        Some("the only force graded good, of two held")
    );
    assert_eq!(held_context(&treatment_of_the_public_2021_22(None)), None);
    // 2016 effectiveness: 40 forces held, 25 of them good.
    let good = dist(
        Round::from_label("2016").unwrap(),
        Pillar::Effectiveness,
        [1, 25, 13, 1],
        0,
        Some("good"),
    );
    assert_eq!(
        held_context(&good).as_deref(),
        Some("one of 25 forces graded good, of 40 held")
    );
    let not_graded = dist(
        Round::from_label("2017").unwrap(),
        Pillar::Efficiency,
        [3, 30, 8, 0],
        2,
        Some("not graded"),
    );
    assert_eq!(
        held_context(&not_graded).as_deref(),
        Some("one of two forces not graded, of 43 held")
    );
    // Every shape: the count is of the force's own judgement, the base the forces held, never
    // the forces not held.
    for dist in grid() {
        let Some(context) = held_context(&dist) else {
            assert_eq!(dist.this_force, None);
            continue;
        };
        let held = dist.held();
        let n = dist.counts.count(filter_of(dist.this_force));
        let expected_base = if held == 1 {
            "the only force with a".to_owned()
        } else {
            format!("of {} held", count_word(held))
        };
        assert!(context.contains(&expected_base), "{context:?} for {dist:?}");
        if n > 1 {
            assert!(
                context.starts_with(&format!("one of {} ", count_noun(n, "force", "forces"))),
                "{context:?}"
            );
        } else {
            assert!(context.starts_with("the only force"), "{context:?}");
        }
        if dist.counts.not_held > 0 {
            assert!(
                !context.contains("43"),
                "{context:?} counts forces not held: {dist:?}"
            );
        }
    }
}
