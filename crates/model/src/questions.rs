//! The official question set of each round (`data/questions.json`), typed.

use serde::{Deserialize, Serialize};

use crate::area::Pillar;
use crate::grade::Scale;
use crate::round::Round;
use crate::wording::NOT_HELD;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionSets {
    /// What the question file says of itself (`_about`).
    pub about: String,
    pub rounds: Vec<RoundQuestions>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundQuestions {
    pub round: Round,
    pub scale: Scale,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_urls: Vec<String>,
    /// Pillar rounds (2015 to 2018/19): the pillars with their questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<PillarQuestions>,
    /// Graded-area rounds (2021/22 on): the areas' names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    /// Areas of `areas` that the question set marks as graded for some forces only
    /// (`graded_for_some_forces_only`): a force with no grade held for one may not have been
    /// graded on it at all, so it is never counted as missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub graded_for_some_forces_only: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub areas_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PillarQuestions {
    pub pillar: Pillar,
    /// The pillar's headline question; `None` where its wording was not found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline_source: Option<String>,
    pub graded: bool,
    pub questions: Vec<Question>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub number: u8,
    /// The official wording; `None` where it was not found verbatim (see `topic`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// HMIC's own words for the question's subject, where the title was not found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    pub graded: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl QuestionSets {
    pub fn round(&self, round: Round) -> Option<&RoundQuestions> {
        self.rounds.iter().find(|r| r.round == round)
    }
}

impl RoundQuestions {
    pub fn pillar(&self, pillar: Pillar) -> Option<&PillarQuestions> {
        self.pillars.iter().find(|p| p.pillar == pillar)
    }

    /// Whether the question set marks the area `name` as graded for some forces only.
    pub fn graded_for_some_forces_only(&self, name: &str) -> bool {
        self.graded_for_some_forces_only.iter().any(|a| a == name)
    }
}

impl Question {
    /// What to show as the question's heading: its title, else its topic, else its number.
    pub fn display_title(&self) -> String {
        match (&self.title, &self.topic) {
            (Some(title), _) => title.clone(),
            (None, Some(topic)) => format!("Question {} (wording {NOT_HELD}; topic: {topic})", self.number),
            (None, None) => format!("Question {} (wording {NOT_HELD})", self.number),
        }
    }
}
