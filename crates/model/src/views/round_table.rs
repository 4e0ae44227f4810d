//! `/round/<round>/`: every force's headline grades for one round.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::Index;
use crate::grade::{Judgement, Scale};
use crate::round::Round;

use super::build::{coverage, distribution, headline};
use super::{Coverage, Distribution};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundTableView {
    pub round: Round,
    pub scale: Scale,
    pub coverage: Coverage,
    /// The columns: three pillars, or the round's graded areas.
    pub areas: Vec<Area>,
    /// Counts per grade for each column, in the order of `areas`.
    pub distributions: Vec<Distribution>,
    pub regions: Vec<String>,
    /// Every force, alphabetical.
    pub rows: Vec<RoundTableRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundTableRow {
    pub force: String,
    pub name: String,
    pub region: String,
    /// In the order of `RoundTableView::areas`; `None` is "not held".
    pub grades: Vec<Option<Judgement>>,
    /// The page each grade was read from, in the same order.
    pub sources: Vec<Option<String>>,
}

pub fn round_table(index: &Index, round: Round) -> RoundTableView {
    let areas = super::build::headline_areas(index, round);
    let mut rows: Vec<RoundTableRow> = index
        .forces
        .iter()
        .map(|f| {
            let grades = headline(index, &f.slug, round);
            RoundTableRow {
                force: f.slug.clone(),
                name: f.name.clone(),
                region: f.region.clone(),
                grades: grades.iter().map(|g| g.judgement).collect(),
                sources: grades.into_iter().map(|g| g.source_url).collect(),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    let all = coverage(index);
    RoundTableView {
        round,
        scale: round.scale(),
        coverage: all.into_iter().find(|c| c.round == round).unwrap_or(Coverage {
            round,
            forces_with_grades: 0,
            total_forces: index.forces.len() as u32,
        }),
        distributions: areas
            .iter()
            .map(|a| distribution(index, round, a, None))
            .collect(),
        areas,
        regions: index.regions.clone(),
        rows,
    }
}
