//! What each page shows, computed from the bundle by plain functions.
//!
//! The prerenderer builds a page's view at build time and embeds it in the HTML; the browser
//! app builds the same view from fetched bundle files when the reader navigates. One function,
//! two callers, so a page reads the same however it was reached.

mod build;
mod compare;
mod request;
mod round_table;

pub use build::{build_page, judgement_order};
pub use compare::{CompareForce, CompareView, MAX_FORCES};
pub use request::PageRequest;
pub use round_table::{RoundTableRow, RoundTableView};

use serde::{Deserialize, Serialize};

use crate::area::{Area, Pillar};
use crate::bundle::GradeRecord;
use crate::date::Date;
use crate::force::Force;
use crate::grade::{Grade, Judgement, Scale};
use crate::questions::{PillarQuestions, RoundQuestions};
use crate::report::{OtherInspection, PillarSection, Report};
use crate::round::Round;

/// A page's data, as embedded in its HTML.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// Externally tagged (serde's default): an internally tagged enum buffers its input, which costs
// the browser build tens of kilobytes of deserialising code.
#[serde(rename_all = "kebab-case")]
pub enum PageData {
    Home(HomeView),
    ForceLatest(ForceLatestView),
    ForceRound(Box<ForceRoundView>),
    Pillar(Box<PillarView>),
    RoundTable(RoundTableView),
    Compare(CompareView),
    NotFound(NotFoundView),
}

/// The embedded page: what was asked for and what was shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmbeddedPage {
    pub request: PageRequest,
    pub data: PageData,
}

/// A grade for one area, or the fact that none is held.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaJudgement {
    pub area: Area,
    /// `None`: not held in this dataset (never "not graded").
    pub judgement: Option<Judgement>,
    pub source_url: Option<String>,
}

/// How complete the data is for a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub round: Round,
    pub forces_with_grades: u32,
    pub total_forces: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeView {
    pub regions: Vec<RegionForces>,
    pub coverage: Vec<Coverage>,
    pub data_date: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionForces {
    pub region: String,
    pub forces: Vec<ForceLatest>,
}

/// A force with its latest round's headline grades.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceLatest {
    pub slug: String,
    pub name: String,
    pub region: String,
    pub towns: Vec<String>,
    /// The latest round with grades held; `None` if the force has none.
    pub round: Option<Round>,
    /// The round's headline grades; for graded-area rounds only those held.
    pub grades: Vec<AreaJudgement>,
    /// How many headline areas the round has (3 pillars, or its graded areas).
    pub areas_in_round: u32,
}

/// `/force/<slug>/`: leads to the latest round held.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceLatestView {
    pub force: Force,
    pub latest: Option<Round>,
}

/// What every page of one force-year shares: who, when, where it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceYear {
    pub force: Force,
    pub round: Round,
    /// Rounds this force has data for, oldest first, with the pillar pages each has.
    pub rounds: Vec<RoundPages>,
    /// The official page for this force-year.
    pub page_url: String,
    pub has_report: bool,
    pub data_date: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundPages {
    pub round: Round,
    /// Pillars with a page in that round (none for graded-area rounds).
    pub pillars: Vec<Pillar>,
}

/// How many forces got each grade for one area in one round, and where this force stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    pub round: Round,
    pub area: Area,
    pub scale: Scale,
    /// Every grade of the scale, best first, with its count (zeros included).
    pub counts: Vec<(Grade, u32)>,
    pub not_graded: u32,
    /// Forces with no judgement held for this area and round.
    pub not_held: u32,
    pub total_forces: u32,
    /// This force's judgement, where held.
    pub this_force: Option<Judgement>,
}

/// One pillar's (or graded area's) judgements across the rounds of a force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub area: Area,
    pub points: Vec<HistoryPoint>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryPoint {
    pub round: Round,
    pub judgement: Option<Judgement>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceRoundView {
    pub year: ForceYear,
    /// The round's headline areas (three pillars, or the graded areas), each with its grade or
    /// "not held".
    pub headline: Vec<AreaJudgement>,
    pub report: Option<Report>,
    pub questions: Option<RoundQuestions>,
    /// Question-level grades held for this force and round.
    pub question_grades: Vec<GradeRecord>,
    /// National distribution for each headline area this round.
    pub distributions: Vec<Distribution>,
    /// Every pillar (or graded area) of the force across rounds.
    pub history: Vec<History>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PillarView {
    pub year: ForceYear,
    pub pillar: Pillar,
    /// `None` for leadership (never graded).
    pub judgement: Option<AreaJudgement>,
    /// The pillar's section of the page text, where held.
    pub section: Option<PillarSection>,
    /// Leadership's section, which the page keeps under "Other inspections".
    pub other_inspection: Option<OtherInspection>,
    pub questions: Option<PillarQuestions>,
    /// For each question of the set, its grade where held.
    pub question_grades: Vec<QuestionGrade>,
    pub distribution: Option<Distribution>,
    /// Pillars with a page in this round (for "other pillars" links).
    pub pillars: Vec<Pillar>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionGrade {
    pub number: u8,
    pub grade: Option<GradeRecord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotFoundView {
    /// What was not found, in words: "No force called “nowhere”".
    pub message: String,
    /// Where to go instead (label, path without base).
    pub suggestions: Vec<(String, String)>,
}

impl ForceYear {
    /// The pillars that have pages in a round: the graded three, and leadership where that
    /// round's question set or page text has it.
    pub fn pillars_in(
        round: Round,
        questions: Option<&RoundQuestions>,
        report: Option<&Report>,
    ) -> Vec<Pillar> {
        if !round.has_pillars() {
            return Vec::new();
        }
        let mut pillars = Pillar::GRADED.to_vec();
        let leadership_questions = questions.is_some_and(|q| q.pillar(Pillar::Leadership).is_some());
        let leadership_text = report.is_some_and(|r| r.other_inspection(Pillar::Leadership).is_some());
        if leadership_questions || leadership_text {
            pillars.push(Pillar::Leadership);
        }
        pillars
    }
}

impl Distribution {
    pub fn count(&self, grade: Grade) -> u32 {
        self.counts
            .iter()
            .find(|(g, _)| *g == grade)
            .map_or(0, |(_, n)| *n)
    }

    pub fn held(&self) -> u32 {
        self.total_forces.saturating_sub(self.not_held)
    }
}
