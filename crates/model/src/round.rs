//! PEEL rounds. Which rounds exist, and how each judged forces, is data: `data/questions.json`
//! has one entry per round ([`crate::questions::RoundQuestions`], whose
//! [`kind`](crate::questions::RoundQuestions::kind) is its [`Framework`] and scale). This module
//! only reads and writes a round's label and orders rounds by year.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::grade::Scale;

/// One PEEL round: the year it ran, or the years it spanned. Written as HMICFRS writes it (its
/// label): one year (`2016`), two consecutive years with a slash (`2018/19`), or a longer span
/// with a hyphen (`2023-25`); in addresses as its slug, the label with a hyphen for the slash
/// (`2018-19`). Ordered by year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Round {
    first: u16,
    last: u16,
}

/// How a round's judgements are organised, from its question set.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Framework {
    /// Three pillars inspected in separate tranches through the year.
    Pillars,
    /// The three pillars judged in one integrated assessment (`"integrated_assessment": true`).
    IntegratedPillars,
    /// Graded areas, no pillar grades.
    GradedAreas,
}

/// A round and how it judged forces: what a page needs to tell rounds' frameworks apart without
/// the whole question set.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundKind {
    pub round: Round,
    pub framework: Framework,
    pub scale: Scale,
}

impl Framework {
    /// Whether the round graded pillars (either way), not areas.
    pub fn has_pillars(self) -> bool {
        self != Framework::GradedAreas
    }
}

impl RoundKind {
    /// Whether two rounds judged the same way, so that their grades are like for like.
    pub fn judged_like(self, other: RoundKind) -> bool {
        (self.framework, self.scale) == (other.framework, other.scale)
    }
}

impl Round {
    /// Reads a label as the data writes it (`2016`, `2018/19`, `2023-25`); `None` for anything
    /// else, `2018-19` and `2023/25` included.
    pub fn from_label(label: &str) -> Option<Round> {
        let round = match label.split_once(['/', '-']) {
            None => Round::years(label, None)?,
            Some((first, last)) => Round::years(first, Some(last))?,
        };
        (round.label() == label).then_some(round)
    }

    /// Reads a slug as addresses write it (`2016`, `2018-19`, `2023-25`).
    pub fn from_slug(slug: &str) -> Option<Round> {
        let round = match slug.split_once('-') {
            None => Round::years(slug, None)?,
            Some((first, last)) => Round::years(first, Some(last))?,
        };
        (round.slug() == slug).then_some(round)
    }

    /// A four-digit first year and, for a span, the last year's two last digits.
    fn years(first: &str, last: Option<&str>) -> Option<Round> {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(first, 4) {
            return None;
        }
        let first: u16 = first.parse().ok()?;
        let last = match last {
            None => first,
            Some(last) if digits(last, 2) => {
                let century = first - first % 100;
                let last = century + last.parse::<u16>().ok()?;
                // `2099/00` ends in the next century; `2016-16` is no span.
                match last.cmp(&first) {
                    std::cmp::Ordering::Greater => last,
                    std::cmp::Ordering::Less => last + 100,
                    std::cmp::Ordering::Equal => return None,
                }
            }
            Some(_) => return None,
        };
        Some(Round { first, last })
    }

    /// As written in the data and on HMICFRS pages: `2018/19`.
    pub fn label(self) -> String {
        match self.last - self.first {
            0 => self.first.to_string(),
            1 => format!("{}/{:02}", self.first, self.last % 100),
            _ => format!("{}-{:02}", self.first, self.last % 100),
        }
    }

    /// As written in URLs: `2018-19` (a `/` cannot stand in a path segment).
    pub fn slug(self) -> String {
        self.label().replace('/', "-")
    }

    /// The year the round began: `2018` for 2018/19.
    pub fn first_year(self) -> u16 {
        self.first
    }
}

impl fmt::Display for Round {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl Serialize for Round {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.label())
    }
}

impl<'de> Deserialize<'de> for Round {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let label = String::deserialize(d)?;
        Round::from_label(&label).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{label}` is not a PEEL round's label (such as 2016, 2018/19 or 2023-25)"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_slugs_round_trip() {
        for (label, slug) in [
            ("2015", "2015"),
            ("2018/19", "2018-19"),
            ("2021/22", "2021-22"),
            ("2023-25", "2023-25"),
            ("2025-27", "2025-27"),
            ("2099/00", "2099-00"),
        ] {
            let round = Round::from_label(label).unwrap();
            assert_eq!((round.label(), round.slug()), (label.to_owned(), slug.to_owned()));
            assert_eq!(Round::from_slug(slug), Some(round), "{slug}");
            assert_eq!(round.to_string(), label);
        }
        assert_eq!(Round::from_label("2099/00").unwrap().first_year(), 2099);
    }

    #[test]
    fn only_the_datas_way_of_writing_a_round_is_a_label() {
        for text in [
            "2018-19",
            "2023/25",
            "2023–25",
            "2019/2020",
            "16",
            "20166",
            "2016/",
            "2016-1",
            "",
            "kent",
        ] {
            assert_eq!(Round::from_label(text), None, "{text}");
        }
        for text in ["2018/19", "2023/25", "2016-", "2016-16", "abc"] {
            assert_eq!(Round::from_slug(text), None, "{text}");
        }
    }

    #[test]
    fn rounds_are_ordered_by_year() {
        let label = |l: &str| Round::from_label(l).unwrap();
        let mut rounds = vec![
            label("2023-25"),
            label("2016"),
            label("2025-27"),
            label("2018/19"),
        ];
        rounds.sort();
        let labels: Vec<String> = rounds.into_iter().map(Round::label).collect();
        assert_eq!(labels, ["2016", "2018/19", "2023-25", "2025-27"]);
    }

    #[test]
    fn a_round_serialises_as_its_label() {
        let round = Round::from_label("2018/19").unwrap();
        assert_eq!(serde_json::to_string(&round).unwrap(), "\"2018/19\"");
        assert_eq!(serde_json::from_str::<Round>("\"2018/19\"").unwrap(), round);
        let err = serde_json::from_str::<Round>("\"2018-19\"").unwrap_err();
        assert!(err.to_string().contains("not a PEEL round's label"), "{err}");
    }

    #[test]
    fn rounds_judged_alike_share_framework_and_scale() {
        let kind = |label: &str, framework, scale| RoundKind {
            round: Round::from_label(label).unwrap(),
            framework,
            scale,
        };
        let areas = kind("2021/22", Framework::GradedAreas, Scale::FivePoint);
        assert!(areas.judged_like(kind("2023-25", Framework::GradedAreas, Scale::FivePoint)));
        assert!(!areas.judged_like(kind("2025-27", Framework::GradedAreas, Scale::FourPoint)));
        assert!(
            !kind("2017", Framework::Pillars, Scale::FourPoint).judged_like(kind(
                "2018/19",
                Framework::IntegratedPillars,
                Scale::FourPoint
            ))
        );
        assert!(Framework::IntegratedPillars.has_pillars());
        assert!(!Framework::GradedAreas.has_pillars());
    }
}
