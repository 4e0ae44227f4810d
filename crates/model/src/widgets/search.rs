//! Find a force: a query matched against force names, short names ("Kent" for "Kent Police"),
//! regions and the towns the data names, for the search box (a combobox) on the home page and in
//! the header, and for the compare page's picker.
//!
//! Matching: on [`normalise`]d words, so case, accents and apostrophes do not count and other
//! punctuation counts as a space ("dyfed powys" finds "Dyfed-Powys"). Every word of the query
//! must begin a word of the same name, town or region, in any order ("north" finds North Wales,
//! North Yorkshire, Northamptonshire and Northumbria; "york north" finds North Yorkshire).
//!
//! Ranking, best first, then by name: the exact name or short name; a name that begins with the
//! query; every query word beginning a word of the name; a town; a region. A force is listed once,
//! for its best match, with the reason where it is not its name ("town: Kettering").

use crate::force::{Force, ForceSlug};
use crate::places::{MatchQuality, Place, search_places};
use crate::text::normalise;
use crate::wording::{count_noun, sentence_case};

/// What search and the compare picker need of a force, borrowed from whichever view has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForceRef<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub region: &'a str,
    /// Towns the data names for the force (may be empty).
    pub towns: &'a [String],
}

impl<'a> ForceRef<'a> {
    pub fn of_force(force: &'a Force) -> ForceRef<'a> {
        ForceRef {
            slug: force.slug.as_str(),
            name: &force.name,
            region: &force.region,
            towns: &force.towns,
        }
    }

    /// From `CompareView::all_forces` (slug, name, region); no towns.
    pub fn of_tuple(force: &'a (ForceSlug, String, String)) -> ForceRef<'a> {
        ForceRef {
            slug: force.0.as_str(),
            name: &force.1,
            region: &force.2,
            towns: &[],
        }
    }

    /// The name without "Constabulary" or "Police", as [`Force::short_name`] has it.
    pub fn short_name(&self) -> &'a str {
        let name = self.name;
        name.strip_suffix(" Constabulary")
            .or_else(|| name.strip_suffix(" Police"))
            .unwrap_or(name)
    }
}

/// Every force of a list (the index's), in its order.
pub fn forces_of(forces: &[Force]) -> Vec<ForceRef<'_>> {
    forces.iter().map(ForceRef::of_force).collect()
}

/// How a force matched, best first: whole names (the force's or a place's) before names that
/// begin with the query, before words that begin with it, before the query inside a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The query is the name or the short name.
    ExactName,
    /// The query is a place's whole name.
    PlaceName,
    /// The name (or short name) begins with the query.
    NamePrefix,
    /// A place's name begins with the query.
    PlacePrefix,
    /// Every query word begins a word of the name.
    NameWord,
    /// A later word of a place's name begins with the query.
    PlaceWord,
    Town,
    Region,
    /// The query is inside a place's name.
    PlaceSubstring,
}

/// One result of a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub slug: String,
    pub name: String,
    pub region: String,
    pub kind: MatchKind,
    /// Why a force matched when it was not by its name: `town: Kettering`, `region: Wales`.
    pub reason: Option<String>,
}

/// The folded words of a text: `Dyfed-Powys Police` -> `["dyfed", "powys", "police"]`.
fn words(text: &str) -> Vec<String> {
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// How well one text matches the query's words: 0 exact, 1 begins with the query, 2 every word
/// begins a word; `None` if not all query words match.
fn score(query: &[String], text: &str) -> Option<u8> {
    let text = words(text);
    if query
        .iter()
        .all(|q| text.iter().any(|w| w.starts_with(q.as_str())))
    {
        let (q, t) = (query.join(" "), text.join(" "));
        Some(if q == t {
            0
        } else if t.starts_with(&q) {
            1
        } else {
            2
        })
    } else {
        None
    }
}

/// The forces matching `query`, best first, at most `limit` of them. An empty query (or one
/// with no letters or digits) finds nothing.
pub fn search(query: &str, forces: &[ForceRef], limit: usize) -> Vec<SearchHit> {
    let query = words(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<SearchHit> = forces
        .iter()
        .filter_map(|force| {
            let name = [score(&query, force.name), score(&query, force.short_name())]
                .into_iter()
                .flatten()
                .min();
            let (kind, reason) = match name {
                Some(0) => (MatchKind::ExactName, None),
                Some(1) => (MatchKind::NamePrefix, None),
                Some(_) => (MatchKind::NameWord, None),
                None => {
                    // The best-matching town: exact before prefix before word.
                    let town = force
                        .towns
                        .iter()
                        .filter_map(|t| score(&query, t).map(|s| (s, t)))
                        .min_by_key(|(s, _)| *s);
                    match town {
                        Some((_, town)) => (MatchKind::Town, Some(format!("town: {town}"))),
                        None if score(&query, force.region).is_some() => {
                            (MatchKind::Region, Some(format!("region: {}", force.region)))
                        }
                        None => return None,
                    }
                }
            };
            Some(SearchHit {
                slug: force.slug.to_owned(),
                name: force.name.to_owned(),
                region: force.region.to_owned(),
                kind,
                reason,
            })
        })
        .collect();
    hits.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then_with(|| normalise(&a.name).cmp(&normalise(&b.name)))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    hits.truncate(limit);
    hits
}

/// Forces for `query` by their names, regions and the towns their reports name, and by the
/// places of `places` (councils, counties, towns) they cover; best first, each force once for
/// its best match, at most `limit`. A place named in several force areas (Newport) offers each
/// of those forces, saying where the place is.
pub fn find(query: &str, forces: &[ForceRef], places: &[Place], limit: usize) -> Vec<SearchHit> {
    let mut hits = search(query, forces, usize::MAX);
    for found in search_places(places, query, usize::MAX) {
        let Some(force) = forces.iter().find(|f| found.force == f.slug) else {
            continue; // not offered here (already chosen, or not a force of the list)
        };
        let kind = match found.quality {
            MatchQuality::Whole => MatchKind::PlaceName,
            MatchQuality::Prefix => MatchKind::PlacePrefix,
            MatchQuality::WordPrefix => MatchKind::PlaceWord,
            MatchQuality::Substring => MatchKind::PlaceSubstring,
        };
        let hit = SearchHit {
            slug: force.slug.to_owned(),
            name: force.name.to_owned(),
            region: force.region.to_owned(),
            kind,
            reason: Some(format!("{}: {}", found.place.name, found.reason)),
        };
        match hits.iter_mut().find(|h| h.slug == hit.slug) {
            Some(existing) if existing.kind <= kind => {}
            Some(existing) => *existing = hit,
            None => hits.push(hit),
        }
    }
    hits.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then_with(|| normalise(&a.name).cmp(&normalise(&b.name)))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    hits.truncate(limit);
    hits
}

/// What a live region says after a search: "4 forces found", "One force found", "No forces found".
pub fn announcement(found: usize) -> String {
    let n = u32::try_from(found).unwrap_or(u32::MAX);
    sentence_case(&format!("{} found", count_noun(n, "force", "forces")))
}

/// A key that moves the active option of a combobox's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComboKey {
    Down,
    Up,
    Home,
    End,
}

/// The active option after a key, in a list of `len` options: arrows move by one and wrap round,
/// Home and End go to the ends; `None` when the list is empty. From no active option, Down goes to
/// the first and Up to the last (the ARIA combobox pattern).
pub fn move_active(active: Option<usize>, len: usize, key: ComboKey) -> Option<usize> {
    let last = len.checked_sub(1)?;
    Some(match (key, active) {
        (ComboKey::Home, _) | (ComboKey::Down, None) => 0,
        (ComboKey::End, _) | (ComboKey::Up, None) => last,
        (ComboKey::Down, Some(i)) if i >= last => 0,
        (ComboKey::Down, Some(i)) => i + 1,
        (ComboKey::Up, Some(0)) => last,
        (ComboKey::Up, Some(i)) => i.min(len) - 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forces named in the tests, as in `data/forces.csv`; Northamptonshire with the towns
    /// its 2016 page names.
    fn forces() -> Vec<Force> {
        let towns = ["Northampton", "Kettering", "Corby", "Towcester"]
            .map(String::from)
            .to_vec();
        [
            ("dyfed-powys", "Dyfed-Powys Police", "Wales"),
            ("kent", "Kent Police", "South East"),
            ("metropolitan", "Metropolitan Police Service", "London"),
            ("north-wales", "North Wales Police", "Wales"),
            (
                "north-yorkshire",
                "North Yorkshire Police",
                "Yorkshire and the Humber",
            ),
            ("northamptonshire", "Northamptonshire Police", "East Midlands"),
            ("northumbria", "Northumbria Police", "North East"),
            ("durham", "Durham Constabulary", "North East"),
            ("cheshire", "Cheshire Constabulary", "North West"),
            ("south-wales", "South Wales Police", "Wales"),
            ("leicestershire", "Leicestershire Police", "East Midlands"),
        ]
        .into_iter()
        .map(|(slug, name, region)| Force {
            slug: slug.into(),
            name: name.into(),
            region: region.into(),
            country: if region == "Wales" { "Wales" } else { "England" }.into(),
            page_url: String::new(),
            towns: if slug == "northamptonshire" {
                towns.clone()
            } else {
                Vec::new()
            },
        })
        .collect()
    }

    fn found(query: &str) -> Vec<(String, MatchKind, Option<String>)> {
        let forces = forces();
        search(query, &forces_of(&forces), 10)
            .into_iter()
            .map(|h| (h.slug, h.kind, h.reason))
            .collect()
    }

    fn slugs(query: &str) -> Vec<String> {
        found(query).into_iter().map(|(s, _, _)| s).collect()
    }

    #[test]
    fn north_finds_names_first_then_regions() {
        let hits = found("north");
        let names: Vec<&str> = hits
            .iter()
            .filter(|(_, k, _)| *k <= MatchKind::NameWord)
            .map(|(s, _, _)| s.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "north-wales",
                "north-yorkshire",
                "northamptonshire",
                "northumbria"
            ]
        );
        // Then the forces of the North East and North West regions, saying so.
        assert_eq!(
            hits[4..],
            [
                (
                    "cheshire".to_owned(),
                    MatchKind::Region,
                    Some("region: North West".to_owned())
                ),
                (
                    "durham".to_owned(),
                    MatchKind::Region,
                    Some("region: North East".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn towns_are_found_and_explained() {
        assert_eq!(
            found("kett"),
            [(
                "northamptonshire".to_owned(),
                MatchKind::Town,
                Some("town: Kettering".to_owned())
            )]
        );
        assert_eq!(found("Corby")[0].2.as_deref(), Some("town: Corby"));
        // The name beats the town of the same start.
        assert_eq!(
            found("Northampton")[0],
            ("northamptonshire".to_owned(), MatchKind::NamePrefix, None)
        );
    }

    #[test]
    fn exact_and_short_names_rank_first() {
        assert_eq!(found("Kent"), [("kent".to_owned(), MatchKind::ExactName, None)]);
        assert_eq!(found("kent police")[0].1, MatchKind::ExactName);
        assert_eq!(slugs("wales"), ["north-wales", "south-wales", "dyfed-powys"]);
        assert_eq!(found("wales")[2].2.as_deref(), Some("region: Wales"));
        assert_eq!(found("met")[0].0, "metropolitan");
        assert_eq!(
            found("north y")[0],
            ("north-yorkshire".to_owned(), MatchKind::NamePrefix, None)
        );
        assert_eq!(
            found("yorkshire north")[0],
            ("north-yorkshire".to_owned(), MatchKind::NameWord, None)
        );
    }

    #[test]
    fn case_accents_and_punctuation_do_not_matter() {
        assert_eq!(
            found("DYFED POWYS")[0],
            ("dyfed-powys".to_owned(), MatchKind::ExactName, None)
        );
        assert_eq!(found("dyfed-powys police")[0].1, MatchKind::ExactName);
        assert_eq!(slugs("Powys"), ["dyfed-powys"]);
        assert_eq!(slugs("  kéttering "), ["northamptonshire"]);
        assert_eq!(slugs("east mid"), ["leicestershire", "northamptonshire"]);
    }

    #[test]
    fn nothing_found_for_nothing() {
        assert!(found("").is_empty());
        assert!(found("  ,-  ").is_empty());
        assert!(found("zzz").is_empty());
        assert!(found("kent zzz").is_empty());
        let forces = forces();
        assert_eq!(search("north", &forces_of(&forces), 2).len(), 2);
        assert!(search("north", &forces_of(&forces), 0).is_empty());
        assert!(search("north", &[], 5).is_empty());
    }

    #[test]
    fn force_refs_from_every_view() {
        let tuple = (
            ForceSlug::from("kent"),
            "Kent Police".to_owned(),
            "South East".to_owned(),
        );
        let r = ForceRef::of_tuple(&tuple);
        assert_eq!(r.short_name(), "Kent");
        assert!(r.towns.is_empty());
        let forces = forces();
        assert_eq!(ForceRef::of_force(&forces[5]).towns.len(), 4);
        assert_eq!(
            ForceRef::of_force(&forces[2]).short_name(),
            "Metropolitan Police Service"
        );
        assert_eq!(
            ForceRef::of_force(&forces[7]).short_name(),
            forces[7].short_name()
        );
    }

    #[test]
    fn announcements_count_in_words() {
        assert_eq!(announcement(0), "No forces found");
        assert_eq!(announcement(1), "One force found");
        assert_eq!(announcement(4), "Four forces found");
        assert_eq!(announcement(12), "12 forces found");
    }

    #[test]
    fn combobox_keys_move_and_wrap() {
        use ComboKey::*;
        assert_eq!(move_active(None, 0, Down), None);
        assert_eq!(move_active(Some(3), 0, Up), None);
        assert_eq!(move_active(None, 4, Down), Some(0));
        assert_eq!(move_active(None, 4, Up), Some(3));
        assert_eq!(move_active(Some(0), 4, Down), Some(1));
        assert_eq!(move_active(Some(3), 4, Down), Some(0));
        assert_eq!(move_active(Some(0), 4, Up), Some(3));
        assert_eq!(move_active(Some(2), 4, Up), Some(1));
        assert_eq!(move_active(Some(2), 4, Home), Some(0));
        assert_eq!(move_active(Some(0), 4, End), Some(3));
        // An active index beyond a list that shrank.
        assert_eq!(move_active(Some(9), 4, Down), Some(0));
        assert_eq!(move_active(Some(9), 4, Up), Some(3));
        assert_eq!(move_active(Some(usize::MAX), 1, Up), Some(0));
    }

    fn places() -> Vec<Place> {
        use crate::places::PlaceKind::*;
        let place = |name: &str, kind, force: &str, within: Option<&str>| Place {
            name: name.to_owned(),
            kind,
            force: force.into(),
            within: within.map(str::to_owned),
        };
        vec![
            place(
                "Kettering",
                Town,
                "northamptonshire",
                Some("North Northamptonshire"),
            ),
            place("Newport", LocalAuthority, "gwent", None),
            place("Newport", City, "gwent", Some("Newport")),
            place("Newport", Town, "hampshire", Some("Isle of Wight")),
            place("Newport", Town, "west-mercia", Some("Telford and Wrekin")),
            place("St Helens", LocalAuthority, "merseyside", None),
            place("York", City, "north-yorkshire", Some("York")),
            place("Kent", County, "kent", None),
        ]
    }

    fn forces_for_places() -> Vec<Force> {
        [
            ("northamptonshire", "Northamptonshire Police", "East Midlands"),
            ("gwent", "Gwent Police", "Wales"),
            (
                "hampshire",
                "Hampshire and Isle of Wight Constabulary",
                "South East",
            ),
            ("west-mercia", "West Mercia Police", "West Midlands"),
            ("merseyside", "Merseyside Police", "North West"),
            (
                "north-yorkshire",
                "North Yorkshire Police",
                "Yorkshire and the Humber",
            ),
            ("kent", "Kent Police", "South East"),
        ]
        .into_iter()
        .map(|(slug, name, region)| Force {
            slug: slug.into(),
            name: name.into(),
            region: region.into(),
            country: "England".into(),
            page_url: String::new(),
            towns: Vec::new(),
        })
        .collect()
    }

    #[test]
    fn places_find_their_forces() {
        let forces = forces_for_places();
        let refs = forces_of(&forces);
        let places = places();
        let found = find("Kettering", &refs, &places, 8);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Northamptonshire Police");
        assert_eq!(
            found[0].reason.as_deref(),
            Some("Kettering: town in North Northamptonshire")
        );
        // Lower case, no punctuation.
        let found = find("st helens", &refs, &places, 8);
        assert_eq!(found[0].slug, "merseyside");
        assert_eq!(found[0].reason.as_deref(), Some("St Helens: council area"));
        // A name in three force areas offers each, saying where.
        let found = find("newport", &refs, &places, 8);
        let reasons: Vec<(&str, &str)> = found
            .iter()
            .map(|h| (h.slug.as_str(), h.reason.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            reasons,
            [
                ("gwent", "Newport: city and council area"),
                ("hampshire", "Newport: town in Isle of Wight"),
                ("west-mercia", "Newport: town in Telford and Wrekin"),
            ]
        );
        // A force is listed once, for its best match: Kent by its name, not as a county.
        let found = find("kent", &refs, &places, 8);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, MatchKind::ExactName);
        // A whole place name ranks before a force name that merely contains the word.
        let found = find("york", &refs, &places, 8);
        assert_eq!(found[0].kind, MatchKind::PlaceName);
        assert_eq!(found[0].slug, "north-yorkshire");
        assert_eq!(found.len(), 1, "North Yorkshire once: {found:?}");
        // Forces left out of the list (already chosen) are not offered through a place.
        let without_gwent: Vec<ForceRef> = refs.iter().copied().filter(|f| f.slug != "gwent").collect();
        assert_eq!(find("newport", &without_gwent, &places, 8).len(), 2);
        assert!(find("   ", &refs, &places, 8).is_empty());
    }
}
