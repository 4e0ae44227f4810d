//! The search over place names (see the notes of [`super`]).

use std::collections::BTreeMap;

use super::{Place, PlaceKind};
use crate::force::ForceSlug;
use crate::text::normalise;
use crate::wording::join_and;

/// How well a name matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchQuality {
    /// The whole name: "newport" for Newport.
    Whole,
    /// The name begins with the query: "new" for Newport.
    Prefix,
    /// A later word of the name begins with the query: "tyne" for Newcastle upon Tyne.
    WordPrefix,
    /// The query is elsewhere in the name: "port" for Newport.
    Substring,
}

/// One force a typed place leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceMatch {
    /// The place matched. Where the name is held several times for the same force (Birmingham
    /// the city and the council), the first of them in [`PlaceKind`] order.
    pub place: Place,
    /// The slug of the force covering it (the place's own).
    pub force: ForceSlug,
    /// Where or what the place is, every holding of the name for this force included:
    /// `town in Rhondda Cynon Taf`, `city and council area`, `county`.
    pub reason: String,
    pub quality: MatchQuality,
}

/// The places matching `query`, best first, at most `limit` of them (see the module's notes).
/// A query with no letter or digit matches nothing.
pub fn search_places(places: &[Place], query: &str, limit: usize) -> Vec<PlaceMatch> {
    let query = normalise(query);
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    // (normalised name, force) -> how it matched, and every place of that name for that force.
    let mut groups: BTreeMap<(String, &ForceSlug), (MatchQuality, Vec<&Place>)> = BTreeMap::new();
    for place in places {
        let name = normalise(&place.name);
        let Some(quality) = match_quality(&name, &query) else {
            continue;
        };
        groups
            .entry((name, &place.force))
            .or_insert_with(|| (quality, Vec::new()))
            .1
            .push(place);
    }
    let mut found: Vec<(MatchQuality, String, PlaceKind, PlaceMatch)> = groups
        .into_iter()
        .map(|((name, force), (quality, mut held))| {
            held.sort_by_key(|p| p.kind);
            let mut fragments: Vec<String> = Vec::new();
            for place in &held {
                let fragment = place.describe();
                if !fragments.contains(&fragment) {
                    fragments.push(fragment);
                }
            }
            let first = held[0];
            let found = PlaceMatch {
                place: first.clone(),
                force: force.clone(),
                reason: join_and(&fragments),
                quality,
            };
            (quality, name, first.kind, found)
        })
        .collect();
    found.sort_by(|a, b| (a.0, &a.1, a.2, &a.3.force).cmp(&(b.0, &b.1, b.2, &b.3.force)));
    found.into_iter().take(limit).map(|(.., m)| m).collect()
}

/// How normalised `name` matches normalised, non-empty `query`.
pub(super) fn match_quality(name: &str, query: &str) -> Option<MatchQuality> {
    if name == query {
        return Some(MatchQuality::Whole);
    }
    if name.starts_with(query) {
        return Some(MatchQuality::Prefix);
    }
    let mut substring = false;
    for (at, _) in name.match_indices(query) {
        if name[..at].ends_with(' ') {
            return Some(MatchQuality::WordPrefix);
        }
        substring = true;
    }
    substring.then_some(MatchQuality::Substring)
}
