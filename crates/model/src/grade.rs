//! Grades, judgements and the scales they come from.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A grade word. `Adequate` exists only on the five-point scale (2021/22 on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    Outstanding,
    Good,
    Adequate,
    RequiresImprovement,
    Inadequate,
}

/// The grading scale of a round.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scale {
    FourPoint,
    FivePoint,
}

/// What an inspection said of an area: a grade, or an official non-grade.
///
/// A judgement that is not in the data at all is `Option::<Judgement>::None`
/// ("not held in this dataset"), never `NotGraded`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Judgement {
    Graded(Grade),
    NotGraded,
}

impl Grade {
    /// Best first.
    pub const ALL: [Grade; 5] = [
        Grade::Outstanding,
        Grade::Good,
        Grade::Adequate,
        Grade::RequiresImprovement,
        Grade::Inadequate,
    ];

    /// The word as in the data: `requires improvement`.
    pub fn word(self) -> &'static str {
        match self {
            Grade::Outstanding => "outstanding",
            Grade::Good => "good",
            Grade::Adequate => "adequate",
            Grade::RequiresImprovement => "requires improvement",
            Grade::Inadequate => "inadequate",
        }
    }

    /// The word as a tag shows it: `Requires improvement`.
    pub fn label(self) -> &'static str {
        match self {
            Grade::Outstanding => "Outstanding",
            Grade::Good => "Good",
            Grade::Adequate => "Adequate",
            Grade::RequiresImprovement => "Requires improvement",
            Grade::Inadequate => "Inadequate",
        }
    }

    /// A stable token for CSS classes and URL filters: `requires-improvement`.
    pub fn slug(self) -> &'static str {
        match self {
            Grade::Outstanding => "outstanding",
            Grade::Good => "good",
            Grade::Adequate => "adequate",
            Grade::RequiresImprovement => "requires-improvement",
            Grade::Inadequate => "inadequate",
        }
    }

    /// Accepts the data's word in any letter case, and the slug.
    pub fn parse(word: &str) -> Option<Grade> {
        let word = word.trim();
        Grade::ALL
            .into_iter()
            .find(|g| g.word().eq_ignore_ascii_case(word) || g.slug() == word)
    }

    /// 1 is best; used to sort and to draw timelines. Scales differ, so ranks are
    /// only comparable within one scale.
    pub fn rank(self) -> u8 {
        Grade::ALL.iter().position(|g| *g == self).unwrap_or(0) as u8 + 1
    }
}

impl Scale {
    pub fn grades(self) -> &'static [Grade] {
        match self {
            Scale::FourPoint => &[
                Grade::Outstanding,
                Grade::Good,
                Grade::RequiresImprovement,
                Grade::Inadequate,
            ],
            Scale::FivePoint => &Grade::ALL,
        }
    }

    pub fn has(self, grade: Grade) -> bool {
        self.grades().contains(&grade)
    }

    /// "five-point scale".
    pub fn name(self) -> &'static str {
        match self {
            Scale::FourPoint => "four-point scale",
            Scale::FivePoint => "five-point scale",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Scale::FourPoint => "four-point scale (outstanding, good, requires improvement, inadequate)",
            Scale::FivePoint => {
                "five-point scale (outstanding, good, adequate, requires improvement, inadequate)"
            }
        }
    }
}

impl Judgement {
    pub const NOT_GRADED_WORD: &'static str = "not graded";

    pub fn word(self) -> &'static str {
        match self {
            Judgement::Graded(g) => g.word(),
            Judgement::NotGraded => Self::NOT_GRADED_WORD,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Judgement::Graded(g) => g.label(),
            Judgement::NotGraded => "Not graded",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Judgement::Graded(g) => g.slug(),
            Judgement::NotGraded => "not-graded",
        }
    }

    pub fn parse(word: &str) -> Option<Judgement> {
        let trimmed = word.trim();
        if trimmed.eq_ignore_ascii_case(Self::NOT_GRADED_WORD) || trimmed == "not-graded" {
            Some(Judgement::NotGraded)
        } else {
            Grade::parse(trimmed).map(Judgement::Graded)
        }
    }

    pub fn grade(self) -> Option<Grade> {
        match self {
            Judgement::Graded(g) => Some(g),
            Judgement::NotGraded => None,
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

impl fmt::Display for Judgement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

impl Serialize for Judgement {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.word())
    }
}

impl<'de> Deserialize<'de> for Judgement {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        Judgement::parse(&word).ok_or_else(|| serde::de::Error::custom(format!("`{word}` is not a grade")))
    }
}

impl Serialize for Grade {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.word())
    }
}

impl<'de> Deserialize<'de> for Grade {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        Grade::parse(&word).ok_or_else(|| serde::de::Error::custom(format!("`{word}` is not a grade")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_parse_back() {
        for g in Grade::ALL {
            assert_eq!(Grade::parse(g.word()), Some(g));
            assert_eq!(Grade::parse(g.label()), Some(g));
            assert_eq!(Grade::parse(g.slug()), Some(g));
        }
        assert_eq!(Judgement::parse("not graded"), Some(Judgement::NotGraded));
        assert_eq!(Judgement::parse("excellent"), None);
    }

    #[test]
    fn adequate_only_on_five_point_scale() {
        assert!(!Scale::FourPoint.has(Grade::Adequate));
        assert!(Scale::FivePoint.has(Grade::Adequate));
        assert_eq!(Scale::FourPoint.grades().len(), 4);
    }
}
