//! `/force/<force>/`: leads to the latest round held for the force.

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::force::Force;
use crate::round::Round;
use crate::route::{ForceSlug, Route};

use super::not_found::{self, NotFoundView};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceLatestView {
    pub slug: ForceSlug,
    pub force: Force,
    /// The latest round held; `None` when nothing is held for the force.
    pub latest: Option<Round>,
}

impl ForceLatestView {
    pub fn route(&self) -> Route {
        Route::ForceLatest {
            force: self.slug.clone(),
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
        .force(force.as_str())
        .ok_or_else(|| not_found::unknown_force(force.as_str()))?;
    Ok(ForceLatestView {
        slug: force.clone(),
        force: f.clone(),
        latest: index.rounds_of(force.as_str()).last().copied(),
    })
}
