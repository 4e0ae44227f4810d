//! The force-round page's grades, held first: each grade held with its place among the forces
//! whose grade is held and its source as a footnote; then one line for the areas not held, with
//! one link to the official report; then the areas the round graded for some forces only, where
//! no grade is held, said apart (for those, a missing grade can mean "not graded").

use crate::area::{Area, Pillar};
use crate::grade::Judgement;
use crate::route::Route;
use crate::widgets::distribution::held_context;
use crate::widgets::footnotes::Cited;
use crate::wording::{NOT_HELD_EXPLAINED, NOT_HELD_EXPLAINED_MANY, NOT_HELD_LABEL, count_noun};

use super::{ForceRoundView, OfficialReport};

/// A grade held, as its row shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldGrade {
    pub area: Area,
    pub judgement: Judgement,
    /// The area's pillar page, where the round has one.
    pub link: Option<Route>,
    /// The report's one-line judgement for the pillar, where the text is held.
    pub sentence: Option<String>,
    /// Among the forces whose grade is held: "one of nine forces graded good, of 25 held".
    pub context: Option<String>,
    /// Who published the page the grade was read from, and its footnote.
    pub source: Option<Cited>,
}

/// The areas of the round with no grade held for the force, said once.
#[derive(Clone, Debug, PartialEq)]
pub struct NotHeld {
    pub areas: Vec<Area>,
    /// Where the grades are.
    pub report: OfficialReport,
    /// Pillars (the earlier rounds) rather than areas.
    pub pillars: bool,
}

/// Separates the names of a list: area names hold commas of their own.
pub const NAME_SEPARATOR: &str = "; ";

/// The areas' names as a list: "Investigating crime; Responding to the public".
pub fn area_names(areas: &[Area]) -> String {
    areas
        .iter()
        .map(Area::label)
        .collect::<Vec<_>>()
        .join(NAME_SEPARATOR)
}

impl NotHeld {
    /// Before the list: "Not held in this dataset: ".
    pub fn lead(&self) -> String {
        format!("{NOT_HELD_LABEL}: ")
    }

    /// After the list: " (five areas)." and what "not held" means.
    pub fn tail(&self) -> String {
        let n = self.areas.len() as u32;
        let (one, many) = if self.pillars {
            ("pillar", "pillars")
        } else {
            ("area", "areas")
        };
        let explained = if n == 1 {
            NOT_HELD_EXPLAINED
        } else {
            NOT_HELD_EXPLAINED_MANY
        };
        format!(" ({}). {explained}", count_noun(n, one, many))
    }

    /// The one link's words: "Read them in the official report", or where no report address is
    /// held, "Find the report on the force's HMICFRS page".
    pub fn link_words(&self) -> &'static str {
        match (&self.report, self.areas.len()) {
            (OfficialReport::Report { .. }, 1) => "Read it in the official report",
            (OfficialReport::Report { .. }, _) => "Read them in the official report",
            (OfficialReport::ForcePage { .. }, _) => "Find the report on the force’s HMICFRS page",
        }
    }

    pub fn url(&self) -> &str {
        match &self.report {
            OfficialReport::Report { url } | OfficialReport::ForcePage { url } => url,
        }
    }
}

/// The areas the round graded for some forces only and whose grade is not held for the force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GradedForSomeForces {
    pub areas: Vec<Area>,
}

impl GradedForSomeForces {
    /// After the list: ": no grade held. HMICFRS graded these areas for some forces only, …".
    pub fn tail(&self) -> String {
        let (these, they) = if self.areas.len() == 1 {
            ("this area", "it was")
        } else {
            ("these areas", "they were")
        };
        format!(
            ": no grade held. HMICFRS graded {these} for some forces only, so a missing grade can \
             mean {they} not graded for this force, as well as not captured by this dataset."
        )
    }
}

impl ForceRoundView {
    /// The grades held, in the round's order of its areas.
    pub fn held_grades(&self) -> Vec<HeldGrade> {
        let pillar_pages = self.year.pillar_pages();
        self.headline
            .iter()
            .filter_map(|h| {
                let judgement = h.judgement?;
                let pillar: Option<Pillar> = h.area.pillar();
                Some(HeldGrade {
                    area: h.area.clone(),
                    judgement,
                    link: pillar
                        .filter(|p| pillar_pages.contains(p))
                        .map(|p| self.year.pillar_route(p)),
                    sentence: pillar
                        .zip(self.report.as_ref())
                        .and_then(|(p, r)| r.headline_judgement(p))
                        .map(|j| j.text.clone()),
                    context: self
                        .distributions
                        .iter()
                        .find(|d| d.area == h.area)
                        .and_then(held_context),
                    source: h.source_url.as_deref().and_then(|url| self.footnotes.cite(url)),
                })
            })
            .collect()
    }

    /// Said where no grade of the round is held for the force.
    pub fn no_grades_sentence(&self) -> Option<String> {
        self.headline.iter().all(|h| h.judgement.is_none()).then(|| {
            format!(
                "No grade of PEEL {} is held in this dataset for {}.",
                self.year.round.label(),
                self.year.force.name
            )
        })
    }

    /// The areas not held, apart from those graded for some forces only; `None` where every
    /// other area is held.
    pub fn not_held(&self) -> Option<NotHeld> {
        let areas: Vec<Area> = self
            .headline
            .iter()
            .filter(|h| h.judgement.is_none() && !self.graded_for_some_forces(&h.area))
            .map(|h| h.area.clone())
            .collect();
        (!areas.is_empty()).then(|| NotHeld {
            areas,
            report: self.official_report(),
            pillars: self.year.framework.has_pillars(),
        })
    }

    /// The areas graded for some forces only whose grade is not held for the force.
    pub fn graded_for_some_forces_not_held(&self) -> Option<GradedForSomeForces> {
        let areas: Vec<Area> = self
            .headline
            .iter()
            .filter(|h| h.judgement.is_none() && self.graded_for_some_forces(&h.area))
            .map(|h| h.area.clone())
            .collect();
        (!areas.is_empty()).then_some(GradedForSomeForces { areas })
    }

    fn graded_for_some_forces(&self, area: &Area) -> bool {
        self.questions
            .as_ref()
            .is_some_and(|q| q.graded_for_some_forces(area))
    }

    /// Beside the force's grades over time, where some are not held: what "not held" means.
    pub fn history_not_held_note(&self) -> Option<String> {
        self.history
            .iter()
            .flat_map(|h| &h.points)
            .any(|p| p.judgement.is_none())
            .then(|| format!("{NOT_HELD_LABEL}: {NOT_HELD_EXPLAINED}"))
    }
}
