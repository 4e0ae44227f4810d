//! The compare page's query (`/compare/?forces=a,b,c&round=2016`), choosing forces, and
//! suggestions for the picker.
//!
//! Parsing is tolerant: force slugs are trimmed and lower-cased, empty ones and ones that cannot
//! be slugs (anything but `a-z`, `0-9`, `-`) are dropped, repeats are dropped keeping the first,
//! and only the first [`MAX_FORCES`] are kept; the others are kept apart (`left_out`) for the page
//! to say so, and never written back into the address. Whether a slug is a real force is for the view to
//! say (`CompareView::unknown`). A round is accepted as its slug (`2018-19`) or label (`2018/19`);
//! anything else is ignored. The query is written in one order (`forces`, then `round`), with
//! nothing for what is absent, so the URL always reproduces the view.

use super::query::{query_get, query_pairs};
use crate::force::ForceSlug;
use crate::round::Round;

/// At most this many forces side by side.
pub const MAX_FORCES: usize = 4;

/// At least this many forces make a comparison.
pub const MIN_FORCES: usize = 2;

/// What the compare page shows, as its URL says it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CompareQuery {
    /// Force slugs in the order chosen; no repeats, at most [`MAX_FORCES`].
    pub forces: Vec<ForceSlug>,
    pub round: Option<Round>,
    /// Slugs the address named after the first [`MAX_FORCES`], in its order: left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<ForceSlug>,
}

impl CompareQuery {
    /// From a URL query (`?forces=kent,essex&round=2016`; leading `?` optional).
    pub fn from_query(query: &str) -> CompareQuery {
        let pairs = query_pairs(query);
        CompareQuery::from_lookup(&|key| query_get(&pairs, key).map(str::to_owned))
    }

    /// From already decoded query values (`|key| query_map.get(key)`).
    pub fn from_lookup(get: &dyn Fn(&str) -> Option<String>) -> CompareQuery {
        let mut query = CompareQuery::default();
        for slug in get("forces")
            .unwrap_or_default()
            .split(',')
            .filter_map(ForceSlug::parse)
        {
            if query.is_full() {
                if !query.contains(slug.as_str()) && !query.left_out.contains(&slug) {
                    query.left_out.push(slug);
                }
            } else {
                query = query.with_force(slug.as_str());
            }
        }
        query.round = get("round").and_then(|r| {
            let r = r.trim();
            Round::from_slug(r).or_else(|| Round::from_label(r))
        });
        query
    }

    /// `forces=kent,essex&round=2016`, or `""` when nothing is chosen.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.forces.is_empty() {
            let slugs: Vec<&str> = self.forces.iter().map(ForceSlug::as_str).collect();
            parts.push(format!("forces={}", slugs.join(",")));
        }
        if let Some(round) = self.round {
            parts.push(format!("round={}", round.slug()));
        }
        parts.join("&")
    }

    /// `/compare/?forces=kent,essex&round=2016`.
    pub fn path(&self) -> String {
        super::Route::Compare(self.clone()).path()
    }

    pub fn is_full(&self) -> bool {
        self.forces.len() >= MAX_FORCES
    }

    /// Two or more forces chosen.
    pub fn is_comparison(&self) -> bool {
        self.forces.len() >= MIN_FORCES
    }

    pub fn contains(&self, slug: &str) -> bool {
        self.forces.iter().any(|f| f == slug)
    }

    /// Whether [`CompareQuery::with_force`] would add `slug`.
    pub fn can_add(&self, slug: &str) -> bool {
        ForceSlug::parse(slug).is_some_and(|s| !self.contains(s.as_str())) && !self.is_full()
    }

    /// The query with `slug` added at the end; unchanged if it is already there, if the query is
    /// full, or if `slug` cannot be a slug. What the address left out is forgotten.
    pub fn with_force(&self, slug: &str) -> CompareQuery {
        let mut query = self.clone();
        query.left_out.clear();
        if let Some(slug) = ForceSlug::parse(slug)
            && !query.contains(slug.as_str())
            && !query.is_full()
        {
            query.forces.push(slug);
        }
        query
    }

    /// The query without `slug` (unchanged if it is not there).
    pub fn without_force(&self, slug: &str) -> CompareQuery {
        let mut query = self.clone();
        query.left_out.clear();
        query.forces.retain(|f| f.as_str() != slug.trim());
        query
    }

    /// The query for another round (`None`: let the page choose).
    pub fn with_round(&self, round: Option<Round>) -> CompareQuery {
        CompareQuery {
            forces: self.forces.clone(),
            round,
            left_out: Vec::new(),
        }
    }
}
