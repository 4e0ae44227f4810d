//! A force-year PEEL page, as parsed from its source text (`data/sources/<force>-<round>.txt`).
//!
//! Every part of the page that is content has a place here; site chrome ("Skip to content",
//! "Read More") has none. Text is kept exactly as published, with whitespace normalised.

use serde::{Deserialize, Serialize};

use crate::area::Pillar;
use crate::date::Date;
use crate::force::ForceSlug;
use crate::grade::Judgement;
use crate::round::Round;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The force's slug, as in `data/forces.csv`.
    pub force: ForceSlug,
    pub round: Round,
    /// The page's own title: `Northamptonshire 2016`.
    pub title: String,
    /// Where the text came from, relative to the project: `data/sources/northamptonshire-2016.txt`.
    pub source_file: String,
    /// "This is HMIC's third PEEL ... assessment of ..." paragraphs.
    pub introduction: Vec<String>,
    /// One sentence per pillar: "The extent to which the force is effective ... requires improvement."
    pub headline_judgements: Vec<HeadlineJudgement>,
    pub inspector: Option<Inspector>,
    pub hmi_observations: Vec<String>,
    /// The untitled paragraphs describing the force area.
    pub force_area: Vec<String>,
    pub working_arrangements: Vec<String>,
    pub looking_ahead: Option<LookingAhead>,
    pub pillars: Vec<PillarSection>,
    pub other_inspections: Option<OtherInspections>,
    pub other_reports: Option<OtherReports>,
    pub key_facts: Option<KeyFacts>,
    /// "Points of context provided by the force" (bullets).
    pub force_context: Vec<String>,
    pub crime_plan: Option<CrimePlan>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HeadlineJudgement {
    pub pillar: Pillar,
    pub judgement: Judgement,
    /// The sentence as published.
    pub text: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inspector {
    /// `Zoë Billingham`
    pub name: String,
    /// `Her Majesty’s Inspector of Constabulary`
    pub title: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LookingAhead {
    /// The year in the heading: "Looking ahead to 2017".
    pub year: u16,
    pub paragraphs: Vec<String>,
    pub bullets: Vec<String>,
}

/// Where a pillar's grade was read from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JudgementSource {
    /// The section states the grade on its own line under "Last updated".
    OwnLine,
    /// The section states no grade; it comes from the headline judgement at the top of the page.
    HeadlineJudgement,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PillarSection {
    pub pillar: Pillar,
    /// The section's heading question: "How effective is the force at keeping people safe ...?"
    pub question: String,
    pub last_updated: Option<Date>,
    pub judgement: Option<Judgement>,
    pub judgement_source: Option<JudgementSource>,
    pub paragraphs: Vec<String>,
    /// "View the five questions for effectiveness": the round's question set for this pillar.
    pub questions_link: Option<QuestionsLink>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionsLink {
    pub text: String,
    pub pillar: Pillar,
    /// How many questions the link says there are ("five").
    pub count: u8,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherInspections {
    /// "How well has the force performed in our other inspections?"
    pub question: String,
    pub introduction: Vec<String>,
    pub inspections: Vec<OtherInspection>,
}

/// An inspection published alongside PEEL (leadership in 2016); never graded.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherInspection {
    /// `Leadership` where the section links to the leadership questions.
    pub pillar: Option<Pillar>,
    pub last_updated: Option<Date>,
    pub paragraphs: Vec<String>,
    pub questions_link: Option<QuestionsLink>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherReports {
    pub last_updated: Option<Date>,
    pub paragraphs: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyFacts {
    /// The period in the heading: "Key facts – 2019/20".
    pub period: String,
    pub figures: Vec<KeyFigure>,
    /// Lines of the block that are not a figure the parser knows, kept as published so nothing
    /// is lost (ingest also reports each as a warning). Empty for a page in the usual form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
}

/// One key fact: the force's figure, and the national level where the page gives one.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyFigure {
    pub id: KeyFigureId,
    /// The number as stated: 3.02; changes are signed from the words ("down10%" is -10).
    pub value: f64,
    pub national: Option<f64>,
    /// The lines as published, for citation: "3.02 per 1000 population".
    pub text: String,
    pub national_text: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyFigureId {
    ForceArea,
    Population,
    PopulationChange,
    FrontlineOfficers,
    /// Serialised as its anchor, `officers-per-1000`.
    #[serde(rename = "officers-per-1000")]
    OfficersPerThousand,
    WorkforceChange,
    VictimBasedCrimes,
    VictimBasedCrimesTrend,
    CostPerPersonPerDay,
}

/// The unit a key figure is stated in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    SquareMiles,
    MillionPeople,
    /// A share, in per cent.
    Percent,
    /// A change over a period, in per cent.
    PercentChange,
    PerThousandPopulation,
    PerPerson,
    PencePerPersonPerDay,
}

impl KeyFigureId {
    pub const ALL: [KeyFigureId; 9] = [
        KeyFigureId::ForceArea,
        KeyFigureId::Population,
        KeyFigureId::PopulationChange,
        KeyFigureId::FrontlineOfficers,
        KeyFigureId::OfficersPerThousand,
        KeyFigureId::WorkforceChange,
        KeyFigureId::VictimBasedCrimes,
        KeyFigureId::VictimBasedCrimesTrend,
        KeyFigureId::CostPerPersonPerDay,
    ];

    /// Stable anchor: `officers-per-1000`.
    pub fn slug(self) -> &'static str {
        match self {
            KeyFigureId::ForceArea => "force-area",
            KeyFigureId::Population => "population",
            KeyFigureId::PopulationChange => "population-change",
            KeyFigureId::FrontlineOfficers => "frontline-officers",
            KeyFigureId::OfficersPerThousand => "officers-per-1000",
            KeyFigureId::WorkforceChange => "workforce-change",
            KeyFigureId::VictimBasedCrimes => "victim-based-crimes",
            KeyFigureId::VictimBasedCrimesTrend => "victim-based-crimes-trend",
            KeyFigureId::CostPerPersonPerDay => "cost-per-person-per-day",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            KeyFigureId::ForceArea => "Force area",
            KeyFigureId::Population => "Population",
            KeyFigureId::PopulationChange => "Population change over 10 years",
            KeyFigureId::FrontlineOfficers => "Police officers in frontline roles",
            KeyFigureId::OfficersPerThousand => "Police officers per 1,000 population",
            KeyFigureId::WorkforceChange => "Workforce change over 10 years",
            KeyFigureId::VictimBasedCrimes => "Victim-based crimes per person",
            KeyFigureId::VictimBasedCrimesTrend => "Victim-based crimes, 5-year trend",
            KeyFigureId::CostPerPersonPerDay => "Cost of policing per person per day",
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            KeyFigureId::ForceArea => Unit::SquareMiles,
            KeyFigureId::Population => Unit::MillionPeople,
            KeyFigureId::PopulationChange
            | KeyFigureId::WorkforceChange
            | KeyFigureId::VictimBasedCrimesTrend => Unit::PercentChange,
            KeyFigureId::FrontlineOfficers => Unit::Percent,
            KeyFigureId::OfficersPerThousand => Unit::PerThousandPopulation,
            KeyFigureId::VictimBasedCrimes => Unit::PerPerson,
            KeyFigureId::CostPerPersonPerDay => Unit::PencePerPersonPerDay,
        }
    }

    /// The years a change is measured over, for changes.
    pub fn change_years(self) -> Option<u8> {
        match self {
            KeyFigureId::PopulationChange | KeyFigureId::WorkforceChange => Some(10),
            KeyFigureId::VictimBasedCrimesTrend => Some(5),
            _ => None,
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrimePlan {
    /// "Police and Crime Plan for Northamptonshire"
    pub name: String,
    /// "2016-21"
    pub period: String,
    /// The sentence introducing the list: "The 2016-21 Police and Crime Plan ... priority areas:"
    pub introduction: String,
    pub priorities: Vec<String>,
    /// Paragraphs after the list.
    pub paragraphs: Vec<String>,
}

impl Report {
    /// A report with its title and none of its sections yet: the parser fills them in; a
    /// force-year whose page text is not held has them all absent.
    pub fn new(force: ForceSlug, round: Round, title: String, source_file: String) -> Report {
        Report {
            force,
            round,
            title,
            source_file,
            introduction: Vec::new(),
            headline_judgements: Vec::new(),
            inspector: None,
            hmi_observations: Vec::new(),
            force_area: Vec::new(),
            working_arrangements: Vec::new(),
            looking_ahead: None,
            pillars: Vec::new(),
            other_inspections: None,
            other_reports: None,
            key_facts: None,
            force_context: Vec::new(),
            crime_plan: None,
        }
    }

    pub fn pillar(&self, pillar: Pillar) -> Option<&PillarSection> {
        self.pillars.iter().find(|s| s.pillar == pillar)
    }

    pub fn other_inspection(&self, pillar: Pillar) -> Option<&OtherInspection> {
        self.other_inspections
            .as_ref()?
            .inspections
            .iter()
            .find(|i| i.pillar == Some(pillar))
    }

    pub fn headline_judgement(&self, pillar: Pillar) -> Option<&HeadlineJudgement> {
        self.headline_judgements.iter().find(|h| h.pillar == pillar)
    }
}

impl KeyFacts {
    pub fn figure(&self, id: KeyFigureId) -> Option<&KeyFigure> {
        self.figures.iter().find(|f| f.id == id)
    }
}
