//! Counting grades: the one place they are counted, for distributions and the national
//! table's columns.

use serde::{Deserialize, Serialize};

use crate::grade::{Grade, Judgement, Scale};
use crate::route::GradeFilter;
use crate::wording::{NOT_HELD, plural};

/// How many forces have each judgement: every grade of a scale, "not graded" and "not held".
/// The one place grades are counted, for distributions and the national table's columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeCounts {
    /// Every grade of the scale, best first, with its count (zeros included).
    pub grades: Vec<(Grade, u32)>,
    pub not_graded: u32,
    /// No judgement held in this dataset.
    pub not_held: u32,
}

impl GradeCounts {
    /// Counts `judgements` (`None`: not held) on `scale`.
    pub fn tally(scale: Scale, judgements: impl IntoIterator<Item = Option<Judgement>>) -> GradeCounts {
        let mut counts = GradeCounts {
            grades: scale.grades().iter().map(|g| (*g, 0)).collect(),
            not_graded: 0,
            not_held: 0,
        };
        for judgement in judgements {
            match judgement {
                Some(Judgement::Graded(grade)) => {
                    if let Some((_, n)) = counts.grades.iter_mut().find(|(g, _)| *g == grade) {
                        *n += 1;
                    }
                }
                Some(Judgement::NotGraded) => counts.not_graded += 1,
                None => counts.not_held += 1,
            }
        }
        counts
    }

    pub fn count(&self, filter: GradeFilter) -> u32 {
        match filter {
            GradeFilter::Grade(g) => self.grades.iter().find(|(x, _)| *x == g).map_or(0, |(_, n)| *n),
            GradeFilter::NotGraded => self.not_graded,
            GradeFilter::NotHeld => self.not_held,
        }
    }

    /// Forces with a grade (not "not graded", not "not held").
    pub fn graded(&self) -> u32 {
        self.grades
            .iter()
            .fold(0u32, |sum, (_, n)| sum.saturating_add(*n))
    }

    /// Forces with a judgement held: graded or not graded.
    pub fn held(&self) -> u32 {
        self.graded().saturating_add(self.not_graded)
    }

    /// Every force counted: graded, not graded and not held.
    pub fn total(&self) -> u32 {
        self.held().saturating_add(self.not_held)
    }

    /// How many of the forces counted have a judgement held, in figures as tables write them:
    /// `held for 7 of 8 forces`; `None` when every judgement is held.
    pub fn held_base(&self) -> Option<String> {
        (self.not_held > 0).then(|| {
            format!(
                "held for {} of {} {}",
                self.held(),
                self.total(),
                plural(self.total(), "force", "forces")
            )
        })
    }

    /// `2 outstanding, 33 good, 8 requires improvement` (zeros left out; not graded and not
    /// held after the grades), or `none shown` when every count is zero. Where some judgements
    /// are not held but others are, the base follows:
    /// `1 outstanding, 3 good, 3 requires improvement, 1 not held (held for 7 of 8 forces)`.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .grades
            .iter()
            .map(|(g, n)| (*n, g.word()))
            .chain([
                (self.not_graded, Judgement::NOT_GRADED_WORD),
                (self.not_held, NOT_HELD),
            ])
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| format!("{n} {word}"))
            .collect();
        if parts.is_empty() {
            return "none shown".to_owned();
        }
        let mut text = parts.join(", ");
        if let Some(base) = self.held_base().filter(|_| self.held() > 0) {
            text.push_str(&format!(" ({base})"));
        }
        text
    }
}
