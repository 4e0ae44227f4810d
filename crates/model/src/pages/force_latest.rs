//! `/force/<force>/`: leads to the latest round held for the force.

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::force::Force;
use crate::force::ForceSlug;
use crate::round::Round;
use crate::route::Route;
use crate::widgets::footnotes::Footnotes;
use crate::widgets::force_monitoring::{EngageNotice, ForceMonitoring};
use crate::widgets::headline::{headline, latest_graded_round};

use super::not_found::{self, NotFoundView};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceLatestView {
    pub slug: ForceSlug,
    pub force: Force,
    /// The newest round with any grade held (else the newest with anything held); `None` when
    /// nothing is held for the force.
    pub latest: Option<Round>,
    /// For a graded-area round: how many of its areas have a grade held, of how many.
    pub areas_held: Option<(u32, u32)>,
    /// The force's spells in enhanced monitoring: a notice while one is open.
    #[serde(default)]
    pub monitoring: ForceMonitoring,
    /// The page's sources: the notice's.
    #[serde(default)]
    pub footnotes: Footnotes,
}

impl ForceLatestView {
    pub fn route(&self) -> Route {
        Route::ForceLatest {
            force: self.slug.clone(),
        }
    }

    /// "The latest PEEL assessment held for Kent Police is PEEL 2023-25 (8 of 10 areas held)."
    pub fn sentence(&self) -> String {
        match self.latest {
            None => format!("No PEEL grades are held for {} in this dataset.", self.force.name),
            Some(round) => {
                let held = self
                    .areas_held
                    .map(|(held, all)| format!(" ({held} of {all} areas held)"))
                    .unwrap_or_default();
                format!(
                    "The latest PEEL assessment held for {} is PEEL {}{held}.",
                    self.force.name,
                    round.label()
                )
            }
        }
    }

    /// The notice at the top of the page while the force is in enhanced monitoring.
    pub fn engage_notice(&self) -> Option<EngageNotice> {
        self.monitoring.notice(&self.force.name)
    }

    /// The page the reader is sent on to.
    pub fn latest_route(&self) -> Option<Route> {
        self.latest.map(|round| Route::ForceRound {
            force: self.slug.clone(),
            round,
        })
    }
}

pub(super) fn build(index: &Index, force: &ForceSlug) -> Result<ForceLatestView, NotFoundView> {
    let f = index
        .force(force)
        .ok_or_else(|| not_found::no_such_force(index, force.as_str(), None))?;
    let latest = latest_graded_round(index, &f.slug).or_else(|| index.rounds_of(&f.slug).last().copied());
    let areas_held = latest.filter(|r| !index.has_pillars(*r)).map(|round| {
        let headline = headline(index, &f.slug, round);
        (
            headline.iter().filter(|h| h.judgement.is_some()).count() as u32,
            headline.len() as u32,
        )
    });
    let monitoring = ForceMonitoring::of(&index.monitoring, &f.slug);
    Ok(ForceLatestView {
        slug: force.clone(),
        force: f.clone(),
        latest,
        areas_held,
        footnotes: Footnotes::of(&index.publishers, monitoring.source_urls(false)),
        monitoring,
    })
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::fixture::Fixture;
    use crate::force::Force;
    use crate::pages::page_text::{check, check_page};
    use crate::pages::{Sources, build_page};
    use crate::route::Route;

    #[test]
    fn a_force_in_enhanced_monitoring_shows_the_notice_first() {
        // The fixture with Lincolnshire added: its row of `data/forces.csv` and its spell of
        // `data/monitoring.csv`, and none of its grades.
        let mut fixture = Fixture::load();
        fixture.index.forces.push(Force {
            slug: "lincolnshire".into(),
            name: "Lincolnshire Police".into(),
            region: "East Midlands".into(),
            country: "England".into(),
            page_url: "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/lincolnshire/"
                .into(),
            towns: Vec::new(),
        });
        fixture.index.monitoring.spells = Fixture::engage_spells();
        let path = "/force/lincolnshire/";
        let page = build_page(&Route::parse(path), &Sources::index_only(&fixture.index));
        check_page(
            path,
            &page,
            expect![[r#"
                Force: Lincolnshire Police
                Notice: In enhanced monitoring as of October 2025
                  HMICFRS moved Lincolnshire Police into enhanced monitoring (its Engage phase) on 6 December 2024, and no move out was found in sources up to October 2025.
                  Concerns: attendance times for calls; investigations and victim support; managing registered sex offenders; understanding demand; strategic planning
                  Source: HMICFRS <https://hmicfrs.justiceinspectorates.gov.uk/publication-html/lincolnshire-police-moved-into-enhanced-monitoring/> [1]
                  Every force in enhanced monitoring </monitoring/>
                No PEEL grades are held for Lincolnshire Police in this dataset.
                Sources:
                  1. HMICFRS: https://hmicfrs.justiceinspectorates.gov.uk/publication-html/lincolnshire-police-moved-into-enhanced-monitoring/ (linked)
            "#]],
        );
    }

    #[test]
    fn a_force_page_sends_the_reader_on_to_its_latest_round() {
        check(
            "/force/kent/",
            expect![[r#"
            Force: Kent Police
            The latest PEEL assessment held for Kent Police is PEEL 2023-25 (3 of 10 areas held).
              Sent on to </force/kent/2023-25/>
        "#]],
        );
        check(
            "/force/nowhere/",
            expect![[r#"
            Not found: There is no police force called “nowhere” in PEEL Explorer.
        "#]],
        );
    }
}
