//! How a force's grades changed since its previous round: for each area graded under the same
//! name in both rounds, whether the grade went up, down or stayed.
//!
//! The previous round is the one before in the rounds the data holds for the force. Rounds of
//! different frameworks (pillars and graded areas) or scales are not compared; an area renamed
//! between rounds is not paired (the data does not say the two are the same); where either
//! round's grade is not held, or is "not graded", nothing is said rather than guessed.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::Index;
use crate::force::ForceSlug;
use crate::grade::{Grade, Judgement};
use crate::round::{Framework, Round, RoundKind};
use crate::widgets::headline::{AreaJudgement, headline};

/// The force's grades against its previous round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    /// The force's previous round held.
    pub previous: Round,
    pub compared: Comparison,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// The rounds grade the same kind of thing on the same scale: every area paired.
    Compared {
        changes: Vec<AreaChange>,
        /// Whether some of this round's areas have no area of the same name in the previous
        /// round (renamed or new), and so are not compared.
        unpaired: bool,
    },
    /// The previous round graded pillars and this one areas (or the other way round, or on
    /// another scale): their grades are not compared.
    OtherFramework { before: Framework, now: Framework },
}

/// One area's grade in this round and the previous one, both held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaChange {
    pub area: Area,
    pub now: Grade,
    pub before: Grade,
}

/// Which way a grade moved, on the scale's order (best first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

impl AreaChange {
    pub fn direction(&self) -> Direction {
        match self.now.rank().cmp(&self.before.rank()) {
            std::cmp::Ordering::Less => Direction::Up,
            std::cmp::Ordering::Greater => Direction::Down,
            std::cmp::Ordering::Equal => Direction::Same,
        }
    }

    /// "Responding to the public: requires improvement, as in 2021/22", "Investigating crime:
    /// requires improvement, down from good in 2021/22".
    pub fn sentence(&self, previous: Round) -> String {
        let how = match self.direction() {
            Direction::Up => format!("up from {}", self.before.word()),
            Direction::Down => format!("down from {}", self.before.word()),
            Direction::Same => "as".to_owned(),
        };
        format!(
            "{}: {}, {how} in {}",
            self.area.label(),
            self.now.word(),
            previous.label()
        )
    }
}

impl Changes {
    /// "Since PEEL 2021/22".
    pub fn title(&self) -> String {
        format!("Since PEEL {}", self.previous.label())
    }

    /// What the list of changes leaves out, or why there is none: `None` where every area of
    /// the round is paired and some change is listed.
    pub fn note(&self, round: Round) -> Option<String> {
        let previous = self.previous.label();
        match &self.compared {
            Comparison::OtherFramework { before, now } => Some(format!(
                "PEEL {previous}, the force's previous round held, {} and PEEL {} {}, so their grades are not compared.",
                graded_what(*before),
                round.label(),
                graded_what(*now)
            )),
            Comparison::Compared { changes, unpaired } => {
                let renamed = "Areas whose name changed between the rounds are not paired.";
                match (changes.is_empty(), *unpaired) {
                    (true, _) => Some(format!(
                        "No area has a grade held under the same name in both PEEL {previous} and PEEL {}.{}",
                        round.label(),
                        if *unpaired {
                            format!(" {renamed}")
                        } else {
                            String::new()
                        }
                    )),
                    (false, true) => Some(renamed.to_owned()),
                    (false, false) => None,
                }
            }
        }
    }
}

/// "graded pillars", "graded areas of policing".
fn graded_what(framework: Framework) -> &'static str {
    if framework.has_pillars() {
        "graded pillars"
    } else {
        "graded areas of policing"
    }
}

/// The force's grades in `round` against its previous round held; `None` where the force has
/// no round before this one.
pub fn changes_since_previous(index: &Index, force: &ForceSlug, round: Round) -> Option<Changes> {
    let rounds = index.rounds_of(force);
    let previous = rounds.iter().copied().filter(|r| *r < round).max()?;
    Some(compare(
        index.round_kind(round)?,
        &headline(index, force, round),
        index.round_kind(previous)?,
        &headline(index, force, previous),
    ))
}

/// This round's headline grades against the previous round's, area by area. Pillar rounds are
/// compared with each other whether or not their pillars were judged in one assessment.
pub fn compare(
    round: RoundKind,
    now: &[AreaJudgement],
    previous: RoundKind,
    before: &[AreaJudgement],
) -> Changes {
    let (now_framework, before_framework) = (round.framework, previous.framework);
    let previous_round = previous.round;
    if now_framework.has_pillars() != before_framework.has_pillars() || round.scale != previous.scale {
        return Changes {
            previous: previous_round,
            compared: Comparison::OtherFramework {
                before: before_framework,
                now: now_framework,
            },
        };
    }
    let grade = |j: &AreaJudgement| j.judgement.and_then(Judgement::grade);
    let mut unpaired = false;
    let mut changes = Vec::new();
    for area in now {
        match before.iter().find(|b| b.area == area.area) {
            None => unpaired = true,
            Some(old) => {
                if let (Some(now), Some(before)) = (grade(area), grade(old)) {
                    changes.push(AreaChange {
                        area: area.area.clone(),
                        now,
                        before,
                    });
                }
            }
        }
    }
    Changes {
        previous: previous_round,
        compared: Comparison::Compared { changes, unpaired },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::Pillar;

    fn judgement(area: Area, word: Option<&str>) -> AreaJudgement {
        AreaJudgement {
            area,
            judgement: word.map(|w| Judgement::parse(w).unwrap()),
            source_url: None,
        }
    }

    fn area(name: &str) -> Area {
        Area::GradedArea(name.to_owned())
    }

    fn round(label: &str) -> Round {
        Round::from_label(label).unwrap()
    }

    /// How a round of `data/questions.json` judged forces.
    fn kind(label: &str) -> RoundKind {
        let (framework, scale) = match label {
            "2021/22" | "2023-25" => (Framework::GradedAreas, crate::grade::Scale::FivePoint),
            "2018/19" => (Framework::IntegratedPillars, crate::grade::Scale::FourPoint),
            _ => (Framework::Pillars, crate::grade::Scale::FourPoint),
        };
        RoundKind {
            round: round(label),
            framework,
            scale,
        }
    }

    fn sentences(changes: &Changes) -> Vec<String> {
        match &changes.compared {
            Comparison::Compared { changes: list, .. } => {
                list.iter().map(|c| c.sentence(changes.previous)).collect()
            }
            Comparison::OtherFramework { .. } => Vec::new(),
        }
    }

    #[test]
    fn a_grade_goes_up_down_or_stays_on_the_scales_order() {
        // Kent (`data/grades.csv`), 2021/22 and 2023-25: responding and investigating stayed;
        // Staffordshire's investigating went up from inadequate; Northamptonshire's protecting
        // vulnerable people from requires improvement to adequate, its investigating from
        // adequate to requires improvement.
        let now = [
            judgement(area("Responding to the public"), Some("requires improvement")),
            judgement(area("Investigating crime"), Some("requires improvement")),
            judgement(area("Protecting vulnerable people"), Some("adequate")),
            judgement(area("Managing offenders and suspects"), Some("good")),
        ];
        let before = [
            judgement(area("Responding to the public"), Some("requires improvement")),
            judgement(area("Investigating crime"), Some("adequate")),
            judgement(area("Protecting vulnerable people"), Some("requires improvement")),
            judgement(area("Managing offenders and suspects"), Some("inadequate")),
        ];
        let changes = compare(kind("2023-25"), &now, kind("2021/22"), &before);
        assert_eq!(
            sentences(&changes),
            [
                "Responding to the public: requires improvement, as in 2021/22",
                "Investigating crime: requires improvement, down from adequate in 2021/22",
                "Protecting vulnerable people: adequate, up from requires improvement in 2021/22",
                "Managing offenders and suspects: good, up from inadequate in 2021/22",
            ]
        );
        assert_eq!(changes.note(round("2023-25")), None);
        assert_eq!(changes.title(), "Since PEEL 2021/22");
    }

    #[test]
    fn nothing_is_said_where_one_side_is_not_held_or_not_graded() {
        let now = [
            judgement(area("Investigating crime"), Some("good")),
            judgement(area("Responding to the public"), None),
            judgement(area("Recording data about crime"), Some("good")),
        ];
        let before = [
            judgement(area("Investigating crime"), None),
            judgement(area("Responding to the public"), Some("good")),
            judgement(area("Recording data about crime"), Some("not graded")),
        ];
        let changes = compare(kind("2023-25"), &now, kind("2021/22"), &before);
        assert!(sentences(&changes).is_empty());
        assert_eq!(
            changes.note(round("2023-25")).as_deref(),
            Some("No area has a grade held under the same name in both PEEL 2021/22 and PEEL 2023-25.")
        );
    }

    #[test]
    fn a_renamed_area_is_not_paired() {
        // "Treatment of the public" (2021/22) became "Treating the public fairly, appropriately
        // and respectfully" (2023-25): the data does not say they are the same area.
        let now = [
            judgement(
                area("Treating the public fairly, appropriately and respectfully"),
                Some("good"),
            ),
            judgement(area("Investigating crime"), Some("good")),
        ];
        let before = [
            judgement(area("Treatment of the public"), Some("requires improvement")),
            judgement(area("Investigating crime"), Some("good")),
        ];
        let changes = compare(kind("2023-25"), &now, kind("2021/22"), &before);
        assert_eq!(sentences(&changes), ["Investigating crime: good, as in 2021/22"]);
        assert_eq!(
            changes.note(round("2023-25")).as_deref(),
            Some("Areas whose name changed between the rounds are not paired.")
        );
    }

    #[test]
    fn pillars_are_compared_with_pillars_never_with_areas() {
        let pillar = |p: Pillar, word: &str| judgement(Area::Pillar(p), Some(word));
        // Northamptonshire (`data/grades.csv`): 2017 to 2018/19, efficiency good to inadequate.
        let changes = compare(
            kind("2018/19"),
            &[pillar(Pillar::Efficiency, "inadequate")],
            kind("2017"),
            &[pillar(Pillar::Efficiency, "good")],
        );
        assert_eq!(
            sentences(&changes),
            ["Efficiency: inadequate, down from good in 2017"]
        );
        // 2018/19 pillars to 2021/22 areas: a change of framework, not compared.
        let changes = compare(
            kind("2021/22"),
            &[judgement(area("Investigating crime"), Some("adequate"))],
            kind("2018/19"),
            &[pillar(Pillar::Effectiveness, "requires improvement")],
        );
        assert_eq!(
            changes.compared,
            Comparison::OtherFramework {
                before: Framework::IntegratedPillars,
                now: Framework::GradedAreas
            }
        );
        assert_eq!(
            changes.note(round("2021/22")).as_deref(),
            Some(
                "PEEL 2018/19, the force's previous round held, graded pillars and PEEL 2021/22 \
                 graded areas of policing, so their grades are not compared."
            )
        );
    }
}
