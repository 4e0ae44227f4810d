//! The official question set of each round (`data/questions.json`), typed.

use serde::{Deserialize, Serialize};

use crate::area::{Area, Pillar};
use crate::grade::Scale;
use crate::round::{Framework, Round, RoundKind};
use crate::wording::NOT_HELD;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionSets {
    /// What the question file says of itself (`_about`).
    pub about: String,
    pub rounds: Vec<RoundQuestions>,
}

/// One round's entry: a pillar round lists its pillars' questions, a graded-area round its areas
/// (never both); what kind of round it is follows from that ([`RoundQuestions::kind`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundQuestions {
    pub round: Round,
    pub scale: Scale,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_urls: Vec<String>,
    /// A pillar round: the pillars with their questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<PillarQuestions>,
    /// A pillar round whose pillars were judged together in one integrated assessment, not in
    /// separate tranches through the year.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub integrated_assessment: bool,
    /// A graded-area round: the areas' names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub areas_source: Option<String>,
    /// Areas of `areas` that HMICFRS graded for some forces only (`graded_for_some_forces`): for
    /// these, a force with no grade held may not have been graded at all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub graded_for_some_forces: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

    /// Every round of the data, oldest first, with how it judged forces.
    pub fn kinds(&self) -> Vec<RoundKind> {
        self.rounds.iter().map(RoundQuestions::kind).collect()
    }
}

impl RoundQuestions {
    /// How the round is organised: graded areas where it lists areas, else pillars, judged in
    /// one integrated assessment where the entry says so.
    pub fn framework(&self) -> Framework {
        if !self.areas.is_empty() {
            Framework::GradedAreas
        } else if self.integrated_assessment {
            Framework::IntegratedPillars
        } else {
            Framework::Pillars
        }
    }

    pub fn kind(&self) -> RoundKind {
        RoundKind {
            round: self.round,
            framework: self.framework(),
            scale: self.scale,
        }
    }

    pub fn pillar(&self, pillar: Pillar) -> Option<&PillarQuestions> {
        self.pillars.iter().find(|p| p.pillar == pillar)
    }

    /// Whether the round graded `area` for some forces only, so that no grade held for a force
    /// can mean "not graded" as well as "not held".
    pub fn graded_for_some_forces(&self, area: &Area) -> bool {
        matches!(area, Area::GradedArea(name) if self.graded_for_some_forces.contains(name))
    }
}

#[cfg(test)]
impl RoundQuestions {
    /// A round's entry for tests, without questions or sources: a pillar round on the
    /// four-point scale where `areas` is empty, else a graded-area round on five points.
    pub(crate) fn bare(label: &str, areas: &[&str]) -> RoundQuestions {
        let pillars = areas.is_empty();
        RoundQuestions {
            round: Round::from_label(label).expect("a round's label"),
            scale: if pillars {
                Scale::FourPoint
            } else {
                Scale::FivePoint
            },
            source_urls: Vec::new(),
            pillars: if pillars {
                Pillar::GRADED
                    .iter()
                    .map(|p| PillarQuestions {
                        pillar: *p,
                        headline: None,
                        headline_source: None,
                        graded: true,
                        questions: Vec::new(),
                        note: None,
                    })
                    .collect()
            } else {
                Vec::new()
            },
            integrated_assessment: false,
            areas: areas.iter().map(|a| (*a).to_owned()).collect(),
            areas_source: None,
            graded_for_some_forces: Vec::new(),
            scale_source: None,
            note: None,
        }
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
