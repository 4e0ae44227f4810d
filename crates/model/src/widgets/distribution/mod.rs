//! Grade distributions in words and as bars: how many forces got each grade for one area in one
//! round, where this force stands, and how much of the round the data covers.
//!
//! The texts are fragments without a full stop, starting in lower case so they can follow a
//! force's name or a label ("Northamptonshire Police: one of 13 forces graded requires
//! improvement for effectiveness in 2016"); [`crate::wording::sentence_case`] makes one stand alone.
//! Counts under ten are words. "Not graded" (an official non-grade) and "not held" (absent from
//! the data) are never folded into the grades or into each other.
//!
//! Where some forces' judgements are not held, no sentence counts or ranks forces ("only", "one
//! of", "all", "none of") without saying which forces it counts from: "the only force graded good
//! for treatment of the public in 2021/22 among the two forces whose grade for this area is held".
//! [`held_base`] ("held for two of 43 forces") and [`GradeCounts::held_base`] give the coverage
//! to show beside a distribution, a force's grade or a column. Where every force's judgement is
//! held, the sentences say no more than the counts. [`held_context`] puts a force's grade among
//! the grades held ("one of nine forces graded good, of 25 held").
//!
//! Each bar links to the national table filtered to its grade in its column
//! (`/round/2016/?grade=requires-improvement&area=effectiveness`, see [`crate::route::TableState`]).

mod chart;
mod counts;
mod sentences;

#[cfg(test)]
mod partial_tests;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::Index;
use crate::force::ForceSlug;
use crate::grade::{Grade, Judgement, Scale};
use crate::round::Round;
use crate::route::GradeFilter;
use crate::wording::{count_word, plural};

pub use chart::{DistributionBar, DistributionChart, chart, table_path};
pub use counts::GradeCounts;
pub use sentences::{coverage_sentence, force_sentence, held_context, national_sentence};

/// How many forces got each grade for one area in one round, and where this force stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    pub round: Round,
    pub area: Area,
    pub scale: Scale,
    pub counts: GradeCounts,
    pub total_forces: u32,
    /// This force's judgement, where held.
    pub this_force: Option<Judgement>,
}

impl Distribution {
    /// Every force's judgement for `area` in `round`; `force` is the force the page is about.
    pub fn of(index: &Index, round: Round, area: &Area, force: Option<&ForceSlug>) -> Distribution {
        let judgement = |slug: &ForceSlug| {
            index
                .grades
                .iter()
                .find(|g| g.round == round && &g.area == area && g.force == *slug)
                .map(|g| g.judgement)
        };
        let scale = index.scale(round);
        Distribution {
            round,
            area: area.clone(),
            scale,
            counts: GradeCounts::tally(scale, index.forces.iter().map(|f| judgement(&f.slug))),
            total_forces: index.forces.len() as u32,
            this_force: force.and_then(judgement),
        }
    }

    pub fn count(&self, grade: Grade) -> u32 {
        self.counts.count(GradeFilter::Grade(grade))
    }

    /// Forces with a judgement held (graded or not graded).
    pub fn held(&self) -> u32 {
        self.counts.held()
    }
}

fn filter_of(judgement: Option<Judgement>) -> GradeFilter {
    match judgement {
        Some(Judgement::Graded(g)) => GradeFilter::Grade(g),
        Some(Judgement::NotGraded) => GradeFilter::NotGraded,
        None => GradeFilter::NotHeld,
    }
}

/// Every force the distribution counts from: `total_forces`, or more where the counts hold more.
fn total(dist: &Distribution) -> u32 {
    dist.total_forces.max(dist.counts.total())
}

/// Whether some force's judgement is not held, so that a sentence counting or ranking forces
/// must say which forces it counts from.
pub fn is_partial(dist: &Distribution) -> bool {
    dist.counts.not_held > 0
}

/// How many forces have a judgement held for this area in this round, to show beside the
/// distribution, a force's grade or a column: "held for 25 of 43 forces", "held for two of 43
/// forces", "held for none of the 43 forces"; `None` when every force's judgement is held.
pub fn held_base(dist: &Distribution) -> Option<String> {
    if !is_partial(dist) {
        return None;
    }
    let total = total(dist);
    let forces = plural(total, "force", "forces");
    Some(match dist.held() {
        0 => format!("held for none of the {total} {forces}"),
        held => format!("held for {} of {total} {forces}", count_word(held)),
    })
}
