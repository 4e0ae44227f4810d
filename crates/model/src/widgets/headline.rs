//! A force's headline grades for a round (its three pillars, or the round's graded areas), and
//! how much of each round the data covers: the pieces most pages show.

use serde::{Deserialize, Serialize};

use crate::area::{Area, Pillar};
use crate::bundle::Index;
use crate::force::ForceSlug;
use crate::grade::Judgement;
use crate::round::Round;

/// A grade for one area, or the fact that none is held.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaJudgement {
    pub area: Area,
    /// `None`: not held in this dataset (never "not graded").
    pub judgement: Option<Judgement>,
    pub source_url: Option<String>,
}

/// How complete the data is for a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub round: Round,
    pub forces_with_grades: u32,
    pub total_forces: u32,
}

/// Every round's coverage, oldest first.
pub fn coverage(index: &Index) -> Vec<Coverage> {
    index
        .rounds
        .iter()
        .map(|r| Coverage {
            round: r.round,
            forces_with_grades: r.forces_with_grades,
            total_forces: index.forces.len() as u32,
        })
        .collect()
}

/// One round's coverage (none held: zero of all forces).
pub fn round_coverage(index: &Index, round: Round) -> Coverage {
    coverage(index)
        .into_iter()
        .find(|c| c.round == round)
        .unwrap_or(Coverage {
            round,
            forces_with_grades: 0,
            total_forces: index.forces.len() as u32,
        })
}

/// The round with the most headline grades held, the newer on a tie; `None` when none is held.
pub fn round_with_most_grades(index: &Index) -> Option<Round> {
    index
        .all_rounds()
        .into_iter()
        .map(|round| (index.grades.iter().filter(|g| g.round == round).count(), round))
        .filter(|(held, _)| *held > 0)
        .max()
        .map(|(_, round)| round)
}

/// The round the site's "National tables" link opens: the latest round with any headline grade
/// held, else the latest round the index lists; `None` for an index without rounds.
pub fn latest_round_held(index: &Index) -> Option<Round> {
    let held = index
        .rounds
        .iter()
        .filter(|r| r.forces_with_grades > 0)
        .map(|r| r.round)
        .max();
    held.or_else(|| index.rounds.iter().map(|r| r.round).max())
}

/// The latest round in which the force has a headline grade held.
pub fn latest_graded_round(index: &Index, force: &ForceSlug) -> Option<Round> {
    index
        .grades
        .iter()
        .filter(|g| g.force == *force)
        .map(|g| g.round)
        .max()
}

/// The round's headline areas: the three graded pillars, or the round's graded areas.
pub fn headline_areas(index: &Index, round: Round) -> Vec<Area> {
    if index.has_pillars(round) {
        Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect()
    } else {
        let mut areas: Vec<Area> = index
            .questions
            .round(round)
            .map(|q| q.areas.iter().map(|a| Area::GradedArea(a.clone())).collect())
            .unwrap_or_default();
        // An area graded in the data but missing from the question set still shows.
        for g in index.grades.iter().filter(|g| g.round == round) {
            if !areas.contains(&g.area) {
                areas.push(g.area.clone());
            }
        }
        areas
    }
}

/// Whether headline areas are pillars (a pillar round's), not graded areas: what a column or row
/// heading calls them.
pub fn are_pillars(areas: &[Area]) -> bool {
    areas.iter().any(|a| matches!(a, Area::Pillar(_)))
}

/// The round's headline areas, each with the force's judgement or "not held".
pub fn headline(index: &Index, force: &ForceSlug, round: Round) -> Vec<AreaJudgement> {
    headline_areas(index, round)
        .into_iter()
        .map(|area| {
            let grade = index.headline(force, round, &area);
            AreaJudgement {
                judgement: grade.map(|g| g.judgement),
                source_url: grade.and_then(|g| index.source(g)).map(str::to_owned),
                area,
            }
        })
        .collect()
}
