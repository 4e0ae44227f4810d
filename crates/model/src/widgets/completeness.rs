//! How much of a round's grades the data holds, counted so that it can be read as a share of
//! what the inspectorate graded: of the areas graded for every force (the three pillars, or a
//! round's graded areas less those its question set marks as graded for some forces only), and,
//! for one force, of those areas and any graded for some forces only whose grade is held.
//!
//! An area graded for some forces only ("Disrupting serious organised crime") is never counted
//! as missing: with no grade held, the data cannot tell whether the force was graded on it.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::Index;
use crate::force::ForceSlug;
use crate::grade::Judgement;
use crate::round::Round;
use crate::wording::{
    NO_GRADES_OF_ROUND_YET, count_noun, count_word, is_are, join_and, plural, sentence_case,
};

use super::headline::{Coverage, headline_areas, round_coverage};

/// Whether the round's question set marks `area` as graded for some forces only.
pub fn graded_for_some_forces_only(index: &Index, round: Round, area: &Area) -> bool {
    index
        .questions
        .round(round)
        .is_some_and(|q| q.graded_for_some_forces(area))
}

/// The round's headline areas graded for every force.
pub fn areas_graded_for_every_force(index: &Index, round: Round) -> Vec<Area> {
    headline_areas(index, round)
        .into_iter()
        .filter(|area| !graded_for_some_forces_only(index, round, area))
        .collect()
}

/// How many of one force's grades of a round are held: "8 of 10 held".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldCount {
    pub held: u32,
    /// The areas graded for every force, and those graded for some forces only that are held.
    pub of: u32,
}

impl HeldCount {
    /// Counts a force's judgements in the round's headline areas, each with whether its area is
    /// graded for some forces only.
    pub fn count(judgements: impl IntoIterator<Item = (Option<Judgement>, bool)>) -> HeldCount {
        let mut count = HeldCount::default();
        for (judgement, some_forces_only) in judgements {
            let held = judgement.is_some();
            count.held += u32::from(held);
            count.of += u32::from(held || !some_forces_only);
        }
        count
    }

    /// The force's count in `round`.
    pub fn of_force(index: &Index, force: &ForceSlug, round: Round) -> HeldCount {
        HeldCount::count(headline_areas(index, round).iter().map(|area| {
            (
                index.headline(force, round, area).map(|g| g.judgement),
                graded_for_some_forces_only(index, round, area),
            )
        }))
    }

    /// `8 of 10 held`, `none of 8 held`.
    pub fn words(&self) -> String {
        if self.held == 0 {
            format!("none of {} held", self.of)
        } else {
            format!("{} of {} held", self.held, self.of)
        }
    }
}

/// How much of a round the data holds: its grades for the areas graded for every force, and how
/// many forces have all, some or none of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundHeld {
    pub coverage: Coverage,
    /// Whether the round graded pillars, not areas.
    pub pillars: bool,
    /// How many areas were graded for every force (three pillars; eight areas of ten).
    pub areas: u32,
    /// Grades held for those areas, of `areas` for each force.
    pub grades_held: u32,
    /// Forces with every one of those grades held.
    pub forces_complete: u32,
    /// Forces with none of them held.
    pub forces_with_none: u32,
}

impl RoundHeld {
    pub fn of_round(index: &Index, round: Round) -> RoundHeld {
        let areas = areas_graded_for_every_force(index, round);
        let mut held = RoundHeld {
            coverage: round_coverage(index, round),
            pillars: index.has_pillars(round),
            areas: areas.len() as u32,
            grades_held: 0,
            forces_complete: 0,
            forces_with_none: 0,
        };
        for force in &index.forces {
            let n = areas
                .iter()
                .filter(|area| index.headline(&force.slug, round, area).is_some())
                .count() as u32;
            held.grades_held += n;
            held.forces_complete += u32::from(n == held.areas && n > 0);
            held.forces_with_none += u32::from(n == 0);
        }
        held
    }

    /// Grades of the areas graded for every force, for every force.
    pub fn grades(&self) -> u32 {
        self.areas.saturating_mul(self.coverage.total_forces)
    }

    /// "234 of the 344 grades of its eight areas graded for every force are held: all of them
    /// for 21 forces, some for 19 and none for three."
    pub fn sentence(&self) -> String {
        let (grades, held, forces) = (self.grades(), self.grades_held, self.coverage.total_forces);
        let what = if self.pillars {
            format!(
                "its {} {}",
                count_word(self.areas),
                plural(self.areas, "pillar", "pillars")
            )
        } else {
            format!(
                "its {} {} graded for every force",
                count_word(self.areas),
                plural(self.areas, "area", "areas")
            )
        };
        // No grade of the round at all, not even for an area graded for some forces only.
        if grades == 0 || self.coverage.forces_with_grades == 0 {
            return NO_GRADES_OF_ROUND_YET.to_owned();
        }
        if held == grades {
            return format!(
                "All {} grades of {what} are held, for every force.",
                count_word(grades)
            );
        }
        if held == 0 {
            return format!("None of the {} grades of {what} is held.", count_word(grades));
        }
        let some = forces
            .saturating_sub(self.forces_complete)
            .saturating_sub(self.forces_with_none);
        let mut parts = Vec::new();
        if self.forces_complete > 0 {
            parts.push(format!(
                "all of them for {}",
                count_noun(self.forces_complete, "force", "forces")
            ));
        }
        if some > 0 {
            parts.push(format!("some for {}", count_word(some)));
        }
        if self.forces_with_none > 0 {
            parts.push(format!("none for {}", count_word(self.forces_with_none)));
        }
        // The first part names the forces: "all of them for 21 forces, some for 19".
        if self.forces_complete == 0
            && let Some(first) = parts.first_mut()
        {
            let n = if some > 0 { some } else { self.forces_with_none };
            *first = format!("{first} {}", plural(n, "force", "forces"));
        }
        format!(
            "{} of the {} grades of {what} {} held: {}.",
            sentence_case(&count_word(held)),
            count_word(grades),
            is_are(held),
            join_and(&parts)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_held(round: &str, areas: u32, forces: u32, held: u32, complete: u32, none: u32) -> RoundHeld {
        let round = Round::from_label(round).unwrap();
        RoundHeld {
            coverage: Coverage {
                round,
                forces_with_grades: forces - none,
                total_forces: forces,
            },
            // The rounds of `data/questions.json` before 2021/22 graded pillars.
            pillars: round < Round::from_label("2021/22").unwrap(),
            areas,
            grades_held: held,
            forces_complete: complete,
            forces_with_none: none,
        }
    }

    #[test]
    fn a_round_says_how_many_of_its_grades_are_held_and_for_how_many_forces_all() {
        // PEEL 2023-25 in data/grades.csv: 234 grades of the eight areas graded for every force.
        assert_eq!(
            round_held("2023-25", 8, 43, 234, 21, 3).sentence(),
            "234 of the 344 grades of its eight areas graded for every force are held: all of them \
             for 21 forces, some for 19 and none for three."
        );
        assert_eq!(
            round_held("2016", 3, 43, 128, 42, 0).sentence(),
            "128 of the 129 grades of its three pillars are held: all of them for 42 forces and \
             some for one."
        );
        assert_eq!(
            round_held("2015", 3, 43, 129, 43, 0).sentence(),
            "All 129 grades of its three pillars are held, for every force."
        );
        // Nothing of the round held at all: said so, not counted out.
        assert_eq!(
            round_held("2021/22", 8, 3, 0, 0, 3).sentence(),
            "No grades of this round are held yet."
        );
        // None of the areas graded for every force, but a grade of an area graded for some
        // forces only is held for one force.
        let some_only = RoundHeld {
            coverage: Coverage {
                forces_with_grades: 1,
                ..round_held("2021/22", 8, 3, 0, 0, 3).coverage
            },
            ..round_held("2021/22", 8, 3, 0, 0, 3)
        };
        assert_eq!(
            some_only.sentence(),
            "None of the 24 grades of its eight areas graded for every force is held."
        );
        assert_eq!(
            round_held("2025-27", 2, 3, 1, 0, 2).sentence(),
            "One of the six grades of its two areas graded for every force is held: some for one \
             force and none for two."
        );
        assert_eq!(
            round_held("2021/22", 8, 3, 5, 0, 1).sentence(),
            "Five of the 24 grades of its eight areas graded for every force are held: some for \
             two forces and none for one."
        );
        assert_eq!(
            round_held("2021/22", 0, 3, 0, 0, 3).sentence(),
            "No grades of this round are held yet."
        );
    }

    #[test]
    fn a_force_counts_areas_graded_for_some_forces_only_where_held() {
        let good = Judgement::parse("good");
        // Northamptonshire 2023-25: the eight areas and recording data about crime held;
        // disrupting serious organised crime not held and graded for some forces only.
        let mut areas: Vec<(Option<Judgement>, bool)> = vec![(good, false); 8];
        areas.push((Judgement::parse("outstanding"), true));
        areas.push((None, true));
        let count = HeldCount::count(areas.clone());
        assert_eq!(count, HeldCount { held: 9, of: 9 });
        assert_eq!(count.words(), "9 of 9 held");
        // Kent 2023-25: three of the eight held.
        let kent = HeldCount::count(
            (0..8)
                .map(|i| (if i < 3 { good } else { None }, false))
                .chain([(None, true), (None, true)]),
        );
        assert_eq!(kent.words(), "3 of 8 held");
        assert_eq!(HeldCount::count([(None, false); 3]).words(), "none of 3 held");
    }
}
