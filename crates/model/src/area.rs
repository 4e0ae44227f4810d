//! What a grade is given for: a pillar, one of a pillar's questions, or (from 2021/22) a graded area.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::text::slugify;

/// The PEEL pillars, plus leadership: inspected alongside PEEL from 2015 to 2017 but never graded.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pillar {
    Effectiveness,
    Efficiency,
    Legitimacy,
    Leadership,
}

impl Pillar {
    pub const GRADED: [Pillar; 3] = [Pillar::Effectiveness, Pillar::Efficiency, Pillar::Legitimacy];
    pub const ALL: [Pillar; 4] = [
        Pillar::Effectiveness,
        Pillar::Efficiency,
        Pillar::Legitimacy,
        Pillar::Leadership,
    ];

    /// As in the data and in URLs: `effectiveness`.
    pub fn slug(self) -> &'static str {
        match self {
            Pillar::Effectiveness => "effectiveness",
            Pillar::Efficiency => "efficiency",
            Pillar::Legitimacy => "legitimacy",
            Pillar::Leadership => "leadership",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Pillar::Effectiveness => "Effectiveness",
            Pillar::Efficiency => "Efficiency",
            Pillar::Legitimacy => "Legitimacy",
            Pillar::Leadership => "Leadership",
        }
    }

    /// The adjective HMIC's headline judgements use ("the force is *effective* at ...").
    pub fn adjective(self) -> &'static str {
        match self {
            Pillar::Effectiveness => "effective",
            Pillar::Efficiency => "efficient",
            Pillar::Legitimacy => "legitimate",
            Pillar::Leadership => "led",
        }
    }

    pub fn is_graded(self) -> bool {
        self != Pillar::Leadership
    }

    pub fn from_slug(slug: &str) -> Option<Pillar> {
        Pillar::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

impl fmt::Display for Pillar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The `area` column of `grades.csv`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// A headline pillar grade: `effectiveness`.
    Pillar(Pillar),
    /// One core question of a pillar: `effectiveness-q1-preventing` is question 1 of that
    /// round's effectiveness questions; `topic` (`preventing`) is a reading aid only.
    Question {
        pillar: Pillar,
        number: u8,
        topic: String,
    },
    /// A graded area of the 2021/22 and later frameworks, by its name: `Investigating crime`.
    GradedArea(String),
}

impl Area {
    /// Reads the data's spelling. Names that are not a pillar or a question key are taken
    /// as graded areas; ingest checks them against the round's list.
    pub fn parse(text: &str) -> Option<Area> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if let Some(pillar) = Pillar::from_slug(text) {
            return Some(Area::Pillar(pillar));
        }
        if let Some((pillar, rest)) = text.split_once("-q")
            && let Some(pillar) = Pillar::from_slug(pillar)
        {
            let (number, topic) = rest.split_once('-').unwrap_or((rest, ""));
            let number: u8 = number.parse().ok().filter(|n| *n > 0)?;
            let topic_ok = topic
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            return topic_ok.then(|| Area::Question {
                pillar,
                number,
                topic: topic.to_owned(),
            });
        }
        // A lower-case, hyphenated name that was not a pillar or question is a typo, not an area.
        if text.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return None;
        }
        Some(Area::GradedArea(text.to_owned()))
    }

    /// As in the data.
    pub fn key(&self) -> String {
        match self {
            Area::Pillar(p) => p.slug().to_owned(),
            Area::Question {
                pillar,
                number,
                topic,
            } if topic.is_empty() => {
                format!("{}-q{number}", pillar.slug())
            }
            Area::Question {
                pillar,
                number,
                topic,
            } => format!("{}-q{number}-{topic}", pillar.slug()),
            Area::GradedArea(name) => name.clone(),
        }
    }

    /// A stable id for anchors and URLs: `effectiveness`, `effectiveness-q1`, `investigating-crime`.
    pub fn slug(&self) -> String {
        match self {
            Area::Pillar(p) => p.slug().to_owned(),
            Area::Question { pillar, number, .. } => format!("{}-q{number}", pillar.slug()),
            Area::GradedArea(name) => slugify(name),
        }
    }

    /// A headline grade: a pillar or a graded area (not a question).
    pub fn is_headline(&self) -> bool {
        !matches!(self, Area::Question { .. })
    }

    pub fn pillar(&self) -> Option<Pillar> {
        match self {
            Area::Pillar(p) | Area::Question { pillar: p, .. } => Some(*p),
            Area::GradedArea(_) => None,
        }
    }

    pub fn label(&self) -> String {
        match self {
            Area::Pillar(p) => p.label().to_owned(),
            Area::Question { pillar, number, .. } => format!("{} question {number}", pillar.label()),
            Area::GradedArea(name) => name.clone(),
        }
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

impl Serialize for Area {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

impl<'de> Deserialize<'de> for Area {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        Area::parse(&key).ok_or_else(|| serde::de::Error::custom(format!("`{key}` is not an area")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_area() {
        assert_eq!(Area::parse("legitimacy"), Some(Area::Pillar(Pillar::Legitimacy)));
        assert_eq!(
            Area::parse("effectiveness-q4-serious-organised-crime"),
            Some(Area::Question {
                pillar: Pillar::Effectiveness,
                number: 4,
                topic: "serious-organised-crime".into()
            })
        );
        assert_eq!(
            Area::parse("Investigating crime"),
            Some(Area::GradedArea("Investigating crime".into()))
        );
        assert_eq!(Area::parse("effectivenes"), None);
        assert_eq!(Area::parse("effectiveness-q0-x"), None);
        assert_eq!(Area::parse(""), None);
    }

    #[test]
    fn keys_round_trip_and_slugs_are_stable() {
        for key in [
            "efficiency",
            "legitimacy-q2-ethical-lawful",
            "Good use of resources",
        ] {
            assert_eq!(Area::parse(key).unwrap().key(), key);
        }
        assert_eq!(
            Area::parse("effectiveness-q1-preventing").unwrap().slug(),
            "effectiveness-q1"
        );
        assert_eq!(
            Area::parse("Treating the public fairly, appropriately and respectfully")
                .unwrap()
                .slug(),
            "treating-the-public-fairly-appropriately-and-respectfully"
        );
    }
}
