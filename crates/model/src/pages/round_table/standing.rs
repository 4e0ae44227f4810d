//! A force's standing in a round: its held grades counted by level ("2 good, 4 adequate, 2
//! requires improvement; 8 of 10 held"), and the documented rule the table sorts by.

use std::cmp::Ordering;

use crate::grade::{Grade, Judgement};
use crate::widgets::completeness::HeldCount;
use crate::widgets::distribution::GradeCounts;

use super::{RoundTableRow, RoundTableView};

/// The rule the standing column sorts by, as the page writes it beside the table.
pub const SORT_RULE: &str = "Sorted by standing, the force with the most inadequate grades comes \
     first, then, among forces with as many, the one with the most requires improvement, then the \
     most adequate, the most good and the most outstanding; then the force with more grades held. \
     Reversed, the force with the fewest inadequate grades comes first, and so on. Either way, \
     forces with no grade of the round held come last. Only grades held in this dataset are \
     counted, so a force with few held may stand higher or lower than its full report would put it.";

/// One force's held grades of the round, counted by level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    pub counts: GradeCounts,
    pub held: HeldCount,
}

impl Standing {
    /// The standing of `row` in `view`.
    pub fn of(view: &RoundTableView, row: &RoundTableRow) -> Standing {
        let some_forces_only = |column: usize| {
            view.areas
                .get(column)
                .is_some_and(|area| view.graded_for_some_forces_only.contains(area))
        };
        Standing {
            counts: GradeCounts::tally(view.scale, row.grades.iter().copied()),
            held: HeldCount::count(
                row.grades
                    .iter()
                    .enumerate()
                    .map(|(column, judgement)| (*judgement, some_forces_only(column))),
            ),
        }
    }

    /// "2 good, 4 adequate, 2 requires improvement; 8 of 10 held" (levels best first, none at
    /// zero), "1 requires improvement, 2 not graded; 3 of 3 held", or "none of 8 held".
    pub fn words(&self) -> String {
        let levels: Vec<String> = self
            .counts
            .grades
            .iter()
            .map(|(grade, n)| (*n, grade.word()))
            .chain([(self.counts.not_graded, Judgement::NOT_GRADED_WORD)])
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| format!("{n} {word}"))
            .collect();
        if levels.is_empty() {
            return crate::wording::sentence_case(&self.held.words());
        }
        format!("{}; {}", levels.join(", "), self.held.words())
    }

    fn count(&self, grade: Grade) -> u32 {
        self.counts
            .grades
            .iter()
            .find(|(g, _)| *g == grade)
            .map_or(0, |(_, n)| *n)
    }

    /// The order of [`SORT_RULE`]: most inadequate first, then most requires improvement, ...,
    /// then more held first (`descending` reverses the counts, not the rest); nothing held last.
    pub fn compare(&self, other: &Standing, descending: bool) -> Ordering {
        let nothing_held = |s: &Standing| s.held.held == 0;
        let worst_first = Grade::ALL.iter().rev().fold(Ordering::Equal, |order, grade| {
            order.then_with(|| other.count(*grade).cmp(&self.count(*grade)))
        });
        nothing_held(self)
            .cmp(&nothing_held(other))
            .then(if descending {
                worst_first.reverse()
            } else {
                worst_first
            })
            .then_with(|| other.held.held.cmp(&self.held.held))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::Area;
    use crate::pages::round_table::rows::tests::row;
    use crate::round::Round;

    fn standing(grades: &[&str], some_forces_only: &[bool]) -> Standing {
        let round = Round::from_label("2023-25").unwrap();
        let areas: Vec<Area> = (0..grades.len())
            .map(|i| Area::GradedArea(format!("Area {i}")))
            .collect();
        let view = RoundTableView {
            round,
            scale: crate::grade::Scale::FivePoint,
            graded_for_some_forces_only: areas
                .iter()
                .zip(some_forces_only)
                .filter(|(_, some)| **some)
                .map(|(a, _)| a.clone())
                .collect(),
            areas,
            ..super::super::rows::tests::view()
        };
        Standing::of(&view, &row("kent", "Kent Police", "South East", grades))
    }

    const PARTIAL: [bool; 10] = [false, false, false, false, false, false, false, false, true, true];

    #[test]
    fn a_force_s_standing_counts_its_held_grades_by_level() {
        // Derbyshire 2023-25 (data/grades.csv): eight areas held, the two graded for some
        // forces only not held.
        let derbyshire = standing(
            &[
                "adequate",
                "good",
                "requires improvement",
                "requires improvement",
                "requires improvement",
                "adequate",
                "adequate",
                "requires improvement",
                "-",
                "-",
            ],
            &PARTIAL,
        );
        assert_eq!(
            derbyshire.words(),
            "1 good, 3 adequate, 4 requires improvement; 8 of 8 held"
        );
        // Kent 2023-25: three held.
        let kent = standing(
            &[
                "-",
                "good",
                "requires improvement",
                "requires improvement",
                "-",
                "-",
                "-",
                "-",
                "-",
                "-",
            ],
            &PARTIAL,
        );
        assert_eq!(kent.words(), "1 good, 2 requires improvement; 3 of 8 held");
        // Greater Manchester 2017: an official non-grade is held, and counted apart.
        let gmp = standing(&["requires improvement", "not graded", "not graded"], &[false; 3]);
        assert_eq!(gmp.words(), "1 requires improvement, 2 not graded; 3 of 3 held");
        assert_eq!(standing(&["-", "-", "-"], &[false; 3]).words(), "None of 3 held");
    }

    #[test]
    fn the_sort_rule_puts_the_most_inadequate_first_and_nothing_held_last() {
        let s = |grades: &[&str]| standing(grades, &[false; 3]);
        let inadequate = s(&["inadequate", "good", "good"]);
        let two_ri = s(&["requires improvement", "requires improvement", "good"]);
        let one_ri = s(&["requires improvement", "outstanding", "outstanding"]);
        let one_ri_fewer_held = s(&["requires improvement", "-", "-"]);
        let adequate = s(&["adequate", "good", "good"]);
        let good = s(&["good", "good", "good"]);
        let outstanding = s(&["outstanding", "good", "good"]);
        let nothing = s(&["-", "-", "-"]);
        let in_order = [
            &inadequate,
            &two_ri,
            &one_ri,
            &one_ri_fewer_held,
            &adequate,
            &good,
            &outstanding,
            &nothing,
        ];
        for pair in in_order.windows(2) {
            assert_eq!(pair[0].compare(pair[1], false), Ordering::Less, "{pair:?}");
        }
        // Reversed: the counts' order turns round; more held still first, nothing held last.
        assert_eq!(outstanding.compare(&good, true), Ordering::Less);
        assert_eq!(good.compare(&inadequate, true), Ordering::Less);
        assert_eq!(one_ri.compare(&one_ri_fewer_held, true), Ordering::Greater);
        assert_eq!(nothing.compare(&inadequate, true), Ordering::Greater);
        assert_eq!(good.compare(&good.clone(), false), Ordering::Equal);
    }
}
