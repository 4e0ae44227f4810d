//! `/`: the forces by region with their latest grades, and how much each round's data covers.

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::date::Date;
use crate::round::Round;
use crate::route::{ForceSlug, Route};
use crate::widgets::headline::{AreaJudgement, Coverage, coverage, headline, latest_graded_round};
use crate::widgets::search::ForceRef;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeView {
    pub regions: Vec<RegionForces>,
    pub coverage: Vec<Coverage>,
    pub data_date: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionForces {
    pub region: String,
    pub forces: Vec<ForceCard>,
}

/// A force with its latest round's headline grades.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceCard {
    pub slug: ForceSlug,
    pub name: String,
    pub region: String,
    pub towns: Vec<String>,
    /// The latest round with grades held; `None` if the force has none.
    pub round: Option<Round>,
    /// The round's headline grades; for graded-area rounds only those held.
    pub grades: Vec<AreaJudgement>,
    /// How many headline areas the round has (3 pillars, or its graded areas).
    pub areas_in_round: u32,
}

impl HomeView {
    pub fn force_count(&self) -> usize {
        self.regions.iter().map(|r| r.forces.len()).sum()
    }

    /// Every force, in the page's order, for search.
    pub fn force_refs(&self) -> Vec<ForceRef<'_>> {
        self.regions
            .iter()
            .flat_map(|r| {
                r.forces.iter().map(|f| ForceRef {
                    slug: f.slug.as_str(),
                    name: &f.name,
                    region: &f.region,
                    towns: &f.towns,
                })
            })
            .collect()
    }
}

impl ForceCard {
    /// The force's latest round's page, or its page when no round is held.
    pub fn route(&self) -> Route {
        match self.round {
            Some(round) => Route::ForceRound {
                force: self.slug.clone(),
                round,
            },
            None => Route::ForceLatest {
                force: self.slug.clone(),
            },
        }
    }

    /// "Latest held: PEEL 2021/22 (4 of 9 graded areas held)".
    pub fn round_words(&self) -> String {
        match self.round {
            None => "No grades held".to_owned(),
            Some(round) if round.has_pillars() => format!("Latest held: PEEL {}", round.label()),
            Some(round) => format!(
                "Latest held: PEEL {} ({} of {} graded areas held)",
                round.label(),
                self.grades.len(),
                self.areas_in_round
            ),
        }
    }
}

pub(super) fn build(index: &Index) -> HomeView {
    let regions = index
        .regions
        .iter()
        .map(|region| RegionForces {
            region: region.clone(),
            forces: index
                .forces
                .iter()
                .filter(|f| &f.region == region)
                .filter_map(|f| {
                    let slug = ForceSlug::parse(&f.slug)?;
                    let round = latest_graded_round(index, &f.slug);
                    let all = round.map(|r| headline(index, &f.slug, r)).unwrap_or_default();
                    let areas_in_round = all.len() as u32;
                    // Graded-area rounds are often held only in part: list what is held and
                    // say how much that is, rather than a row of "not held".
                    let grades = if round.is_some_and(|r| !r.has_pillars()) {
                        all.into_iter().filter(|g| g.judgement.is_some()).collect()
                    } else {
                        all
                    };
                    Some(ForceCard {
                        slug,
                        name: f.name.clone(),
                        region: f.region.clone(),
                        towns: f.towns.clone(),
                        round,
                        grades,
                        areas_in_round,
                    })
                })
                .collect(),
        })
        .collect();
    HomeView {
        regions,
        coverage: coverage(index),
        data_date: index.data_date,
    }
}
