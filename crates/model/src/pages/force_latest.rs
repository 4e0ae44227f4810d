//! `/force/<force>/`: leads to the latest round held for the force.

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::force::Force;
use crate::force::ForceSlug;
use crate::round::Round;
use crate::route::Route;
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
    let areas_held = latest.filter(|r| !r.has_pillars()).map(|round| {
        let headline = headline(index, &f.slug, round);
        (
            headline.iter().filter(|h| h.judgement.is_some()).count() as u32,
            headline.len() as u32,
        )
    });
    Ok(ForceLatestView {
        slug: force.clone(),
        force: f.clone(),
        latest,
        areas_held,
    })
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

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
