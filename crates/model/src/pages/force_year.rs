//! What every page of one force-year shares (the force-round page and its pillar pages): who,
//! when, which rounds and pillar pages exist, and where the facts came from.

use serde::{Deserialize, Serialize};

use crate::area::Pillar;
use crate::bundle::{ForceFile, Index};
use crate::date::Date;
use crate::force::Force;
use crate::force::ForceSlug;
use crate::grade::Scale;
use crate::links::official_link;
use crate::questions::RoundQuestions;
use crate::report::Report;
use crate::round::{Framework, Round, RoundKind};
use crate::route::Route;
use crate::widgets::citation;
use crate::widgets::footnotes::Footnotes;
use crate::widgets::force_monitoring::ForceMonitoring;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceYear {
    /// The force's slug, as in its pages' addresses.
    pub slug: ForceSlug,
    pub force: Force,
    pub round: Round,
    /// How the round judged forces, from its question set.
    pub framework: Framework,
    pub scale: Scale,
    /// Rounds this force has data for, oldest first, with the pillar pages each has.
    pub rounds: Vec<RoundPages>,
    /// The official page for this force-year.
    pub page_url: String,
    /// The official HMICFRS report of this force-round, where its address is held (graded-area
    /// rounds).
    pub report_url: Option<String>,
    pub has_report: bool,
    pub data_date: Option<Date>,
    /// The force's spells in enhanced monitoring: a notice on each of its pages while one is open.
    #[serde(default)]
    pub monitoring: ForceMonitoring,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundPages {
    pub round: Round,
    /// Pillars with a page in that round (none for graded-area rounds).
    pub pillars: Vec<Pillar>,
}

impl ForceYear {
    /// The pillars that have pages in a round: none where its question set lists areas (or the
    /// data has no question set for it), else the graded three, and leadership where that
    /// round's question set or page text has it.
    pub fn pillars_in(questions: Option<&RoundQuestions>, report: Option<&Report>) -> Vec<Pillar> {
        if !questions.is_some_and(|q| q.framework().has_pillars()) {
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

    /// The pillars with a page in this page's round.
    pub fn pillar_pages(&self) -> Vec<Pillar> {
        self.rounds
            .iter()
            .find(|r| r.round == self.round)
            .map(|r| r.pillars.clone())
            .unwrap_or_default()
    }

    /// `/force/<force>/`.
    pub fn force_route(&self) -> Route {
        Route::ForceLatest {
            force: self.slug.clone(),
        }
    }

    /// This force-year's page.
    pub fn round_route(&self) -> Route {
        Route::ForceRound {
            force: self.slug.clone(),
            round: self.round,
        }
    }

    /// One of this force-year's pillar pages.
    pub fn pillar_route(&self, pillar: Pillar) -> Route {
        Route::Pillar {
            force: self.slug.clone(),
            round: self.round,
            pillar,
        }
    }

    /// "Kent Police, PEEL 2016".
    pub fn title(&self) -> String {
        format!("{}, PEEL {}", self.force.name, self.round.label())
    }

    /// The official source a citation names: the force-round's report where its address is held,
    /// else the force-year's official page.
    pub fn source_url(&self) -> &str {
        self.report_url.as_deref().unwrap_or(&self.page_url)
    }

    /// The official page to read the whole force-year on, and what it is in words: the
    /// report, else the force-year's page where it is an official one, else the force's HMICFRS
    /// page (a force-year whose grades were all read from the news has no page of its own).
    pub fn official_page(&self) -> (String, String) {
        match &self.report_url {
            Some(url) => (url.clone(), format!("{} on the HMICFRS website", self.title())),
            None if official_link(&self.page_url).is_some() => (
                self.page_url.clone(),
                format!("{} on the HMICFRS website", self.title()),
            ),
            None => (
                self.force.page_url.clone(),
                format!("{}'s page on the HMICFRS website", self.force.name),
            ),
        }
    }

    /// "Cite this page" for one of this force-year's pages, titled `title`, at `address` (the
    /// page's address as the reader sees it), naming the `sources` its grades rest on (the page's
    /// footnotes), or the official source where it lists none.
    pub fn citation(&self, title: &str, address: &str, sources: &Footnotes) -> String {
        citation::citation_of_sources(title, address, self.data_date, sources, self.source_url())
    }

    /// The same page in each round held: the pillar's page where that round has one, else the
    /// round's force page (graded-area rounds have no pillar pages).
    pub fn round_links(&self, pillar: Option<Pillar>) -> Vec<(Round, Route)> {
        let force = &self.slug;
        self.rounds
            .iter()
            .map(|pages| {
                let round = pages.round;
                let route = match pillar {
                    Some(pillar) if pages.pillars.contains(&pillar) => Route::Pillar {
                        force: force.clone(),
                        round,
                        pillar,
                    },
                    _ => Route::ForceRound {
                        force: force.clone(),
                        round,
                    },
                };
                (round, route)
            })
            .collect()
    }
}

/// The force-year of `force` in the round of `kind`.
pub(super) fn build(index: &Index, file: &ForceFile, force: &ForceSlug, kind: RoundKind) -> ForceYear {
    let round = kind.round;
    let held = index.force_round(force, round);
    ForceYear {
        slug: force.clone(),
        force: index.force(force).cloned().unwrap_or_else(|| file.force.clone()),
        round,
        framework: kind.framework,
        scale: kind.scale,
        rounds: index
            .rounds_of(force)
            .into_iter()
            .map(|r| RoundPages {
                round: r,
                pillars: ForceYear::pillars_in(index.questions.round(r), file.report(r)),
            })
            .collect(),
        page_url: held
            .map(|r| r.page_url.clone())
            .unwrap_or_else(|| file.force.page_url.clone()),
        report_url: held.and_then(|r| r.report_url.clone()),
        has_report: file.report(round).is_some(),
        data_date: index.data_date,
        monitoring: ForceMonitoring::of(&index.monitoring, force),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kent, PEEL 2021/22: its report's address is held (`data/reports.csv`).
    fn kent(report_url: Option<&str>) -> ForceYear {
        ForceYear {
            slug: ForceSlug::from("kent"),
            force: Force {
                slug: "kent".into(),
                name: "Kent Police".into(),
                region: "South East".into(),
                country: "England".into(),
                page_url: "https://example.org/kent/".into(),
                towns: Vec::new(),
            },
            round: Round::from_label("2021/22").unwrap(),
            framework: Framework::GradedAreas,
            scale: Scale::FivePoint,
            rounds: Vec::new(),
            page_url: "https://example.org/kent-grades/".into(),
            report_url: report_url.map(str::to_owned),
            has_report: false,
            data_date: Date::new(2025, 3, 2),
            monitoring: ForceMonitoring::default(),
        }
    }

    #[test]
    fn a_citation_names_the_report_where_held_else_the_official_page() {
        let report = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2021-22/";
        let with_report = kent(Some(report));
        assert_eq!(with_report.source_url(), report);
        let none = Footnotes::default();
        let text = with_report.citation(
            &with_report.title(),
            "https://example.org/force/kent/2021-22/",
            &none,
        );
        assert_eq!(
            text,
            format!(
                "Kent Police, PEEL 2021/22. PEEL Explorer. https://example.org/force/kent/2021-22/\n\
                 Data last changed: 2 March 2025.\n\
                 Source: {report}\n\
                 Contains public sector information licensed under the Open Government Licence v3.0."
            )
        );
        let without = kent(None);
        assert_eq!(without.source_url(), "https://example.org/kent-grades/");
        assert!(
            without
                .citation("Kent Police, PEEL 2021/22", "/force/kent/2021-22/", &none)
                .contains("\nSource: https://example.org/kent-grades/\n")
        );
    }
}
