//! Which page was asked for, from the route's parameters.

use serde::{Deserialize, Serialize};

/// A page request, with parameters as they came in the URL (checked when the page is built,
/// so an unknown force or round becomes a "not found" page that says which).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageRequest {
    Home,
    ForceLatest {
        force: String,
    },
    ForceRound {
        force: String,
        round: String,
    },
    Pillar {
        force: String,
        round: String,
        pillar: String,
    },
    RoundTable {
        round: String,
    },
    Compare {
        forces: Vec<String>,
        round: Option<String>,
    },
    NotFound {
        path: String,
    },
}

impl PageRequest {
    /// The page's path below the site's base, always ending in `/` (plus a query for compare).
    pub fn path(&self) -> String {
        match self {
            PageRequest::Home => "/".into(),
            PageRequest::ForceLatest { force } => format!("/force/{force}/"),
            PageRequest::ForceRound { force, round } => format!("/force/{force}/{round}/"),
            PageRequest::Pillar { force, round, pillar } => format!("/force/{force}/{round}/{pillar}/"),
            PageRequest::RoundTable { round } => format!("/round/{round}/"),
            PageRequest::Compare { forces, round } => {
                let mut query = Vec::new();
                if !forces.is_empty() {
                    query.push(format!("forces={}", forces.join(",")));
                }
                if let Some(round) = round {
                    query.push(format!("round={round}"));
                }
                if query.is_empty() {
                    "/compare/".into()
                } else {
                    format!("/compare/?{}", query.join("&"))
                }
            }
            PageRequest::NotFound { path } => path.clone(),
        }
    }

    /// The force files the page needs besides the index.
    pub fn force_files(&self) -> Vec<String> {
        match self {
            PageRequest::ForceRound { force, .. } | PageRequest::Pillar { force, .. } => vec![force.clone()],
            PageRequest::Compare { forces, .. } => forces.clone(),
            _ => Vec::new(),
        }
    }
}
