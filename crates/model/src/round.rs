//! PEEL rounds: the inspection years and the framework each used.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::grade::Scale;

/// One PEEL round, written as in the data (`2018/19`) and in URLs (`2018-19`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Round {
    R2015,
    R2016,
    R2017,
    R2018_19,
    R2021_22,
    R2023_25,
}

/// How a round's judgements are organised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framework {
    /// 2015 to 2017: three pillars inspected in separate tranches through the year.
    Pillars,
    /// 2018/19: the three pillars judged in one integrated assessment.
    IntegratedPillars,
    /// From 2021/22: graded areas on a five-point scale; no pillar grades.
    GradedAreas,
}

impl Round {
    pub const ALL: [Round; 6] = [
        Round::R2015,
        Round::R2016,
        Round::R2017,
        Round::R2018_19,
        Round::R2021_22,
        Round::R2023_25,
    ];

    /// As written in the data and on HMICFRS pages: `2018/19`.
    pub fn label(self) -> &'static str {
        match self {
            Round::R2015 => "2015",
            Round::R2016 => "2016",
            Round::R2017 => "2017",
            Round::R2018_19 => "2018/19",
            Round::R2021_22 => "2021/22",
            Round::R2023_25 => "2023-25",
        }
    }

    /// As written in URLs: `2018-19` (a `/` cannot stand in a path segment).
    pub fn slug(self) -> &'static str {
        match self {
            Round::R2018_19 => "2018-19",
            Round::R2021_22 => "2021-22",
            other => other.label(),
        }
    }

    pub fn from_label(label: &str) -> Option<Round> {
        Round::ALL.into_iter().find(|r| r.label() == label)
    }

    pub fn from_slug(slug: &str) -> Option<Round> {
        Round::ALL.into_iter().find(|r| r.slug() == slug)
    }

    pub fn framework(self) -> Framework {
        match self {
            Round::R2015 | Round::R2016 | Round::R2017 => Framework::Pillars,
            Round::R2018_19 => Framework::IntegratedPillars,
            Round::R2021_22 | Round::R2023_25 => Framework::GradedAreas,
        }
    }

    pub fn scale(self) -> Scale {
        match self.framework() {
            Framework::GradedAreas => Scale::FivePoint,
            _ => Scale::FourPoint,
        }
    }

    pub fn has_pillars(self) -> bool {
        self.framework() != Framework::GradedAreas
    }
}

impl fmt::Display for Round {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl Serialize for Round {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

impl<'de> Deserialize<'de> for Round {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let label = String::deserialize(d)?;
        Round::from_label(&label)
            .ok_or_else(|| serde::de::Error::custom(format!("`{label}` is not a PEEL round")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_slugs_round_trip() {
        for round in Round::ALL {
            assert_eq!(Round::from_label(round.label()), Some(round));
            assert_eq!(Round::from_slug(round.slug()), Some(round));
            assert!(!round.slug().contains('/'));
        }
        assert_eq!(Round::R2018_19.slug(), "2018-19");
        assert_eq!(Round::from_label("2019"), None);
    }

    #[test]
    fn only_graded_area_rounds_use_five_points() {
        assert_eq!(Round::R2016.scale(), Scale::FourPoint);
        assert_eq!(Round::R2021_22.scale(), Scale::FivePoint);
        assert!(!Round::R2023_25.has_pillars());
    }
}
