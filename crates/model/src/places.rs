//! Place names people type to find their force (`data/places.csv`), and the pure search over them.
//!
//! The bundle keeps them apart from the index (`places.json`, [`crate::bundle::places_path`]): the
//! app fetches them only when a reader first types a place.
//!
//! Matching ([`search_places`]) compares [`normalise`]d text, so case, accents and punctuation do
//! not count: "st helens", "St. Helens" and "ST-HELENS" are the same name. Ranking, best first: the
//! whole name; the name beginning with the query; a word of the name beginning with it; the query
//! anywhere in the name. A name held more than once for one force (Birmingham the city and the
//! council) is one match; a name held for several forces (Newport) is one match per force, each
//! saying where it is.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a place is. Declared in the order a name held as several kinds is described in: the
/// settlement first ("city and council area").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlaceKind {
    #[serde(rename = "city")]
    City,
    #[serde(rename = "town")]
    Town,
    /// A current council of England or Wales (unitary, district, borough or county council).
    #[serde(rename = "local authority")]
    LocalAuthority,
    /// A ceremonial or preserved county, or a metropolitan county such as Greater Manchester.
    #[serde(rename = "county")]
    County,
    /// A district abolished when its county became unitary (Allerdale, Kennet).
    #[serde(rename = "former district")]
    FormerDistrict,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 5] = [
        PlaceKind::City,
        PlaceKind::Town,
        PlaceKind::LocalAuthority,
        PlaceKind::County,
        PlaceKind::FormerDistrict,
    ];

    /// As written in `places.csv` and the bundle: `local authority`.
    pub fn key(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::Town => "town",
            PlaceKind::LocalAuthority => "local authority",
            PlaceKind::County => "county",
            PlaceKind::FormerDistrict => "former district",
        }
    }

    pub fn parse(key: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The reader's word: `council area` for a local authority.
    pub fn label(self) -> &'static str {
        match self {
            PlaceKind::LocalAuthority => "council area",
            other => other.key(),
        }
    }
}

/// One row of `places.csv`: a name and the force that covers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    /// The force's slug.
    pub force: String,
    /// The council the place lies in (for towns, cities and former districts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
}

impl Place {
    /// What the place is, for a reader: `town in Rhondda Cynon Taf`, `council area`, `county`.
    /// A place within the council of its own name says only its kind (`city` for Birmingham).
    pub fn describe(&self) -> String {
        match &self.within {
            Some(within) if normalise(within) != normalise(&self.name) => {
                format!("{} in {within}", self.kind.label())
            }
            _ => self.kind.label().to_owned(),
        }
    }
}

/// `places.json` in the bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacesFile {
    pub version: u32,
    pub places: Vec<Place>,
}

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
    pub force: String,
    /// Where or what the place is, every holding of the name for this force included:
    /// `town in Rhondda Cynon Taf`, `city and council area`, `county`.
    pub reason: String,
    pub quality: MatchQuality,
}

/// Text folded for matching: lower case; accents dropped (`Ynys Môn` -> `ynys mon`); apostrophes
/// dropped (`King's Lynn` -> `kings lynn`); `&` read as `and`; every other character that is not
/// a letter or digit (hyphens, dots, commas) a space; spaces collapsed and trimmed.
pub fn normalise(text: &str) -> String {
    /// Adds `c`, after a single space if one is pending and the text has begun.
    fn push(out: &mut String, space: &mut bool, c: char) {
        if *space && !out.is_empty() {
            out.push(' ');
        }
        *space = false;
        out.push(c);
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if c == '&' {
            space = true;
            for c in "and".chars() {
                push(&mut out, &mut space, c);
            }
            space = true;
            continue;
        }
        for lower in c.to_lowercase() {
            if is_combining_mark(lower) {
                continue;
            }
            if let Some(folded) = fold_letter(lower) {
                for c in folded.chars() {
                    push(&mut out, &mut space, c);
                }
            } else if lower.is_alphanumeric() {
                push(&mut out, &mut space, lower);
            } else {
                space = true;
            }
        }
    }
    out
}

/// The places matching `query`, best first, at most `limit` of them (see the module's notes).
/// A query with no letter or digit matches nothing.
pub fn search_places(places: &[Place], query: &str, limit: usize) -> Vec<PlaceMatch> {
    let query = normalise(query);
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    // (normalised name, force) -> how it matched, and every place of that name for that force.
    let mut groups: BTreeMap<(String, &str), (MatchQuality, Vec<&Place>)> = BTreeMap::new();
    for place in places {
        let name = normalise(&place.name);
        let Some(quality) = match_quality(&name, &query) else {
            continue;
        };
        groups
            .entry((name, place.force.as_str()))
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
                force: force.to_owned(),
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
fn match_quality(name: &str, query: &str) -> Option<MatchQuality> {
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

/// `a`, `a and b`, `a, b and c`.
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}'
    )
}

/// Combining diacritical marks, as in text typed with decomposed accents (`o` + U+0302).
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// A lower-case Latin letter with an accent, as plain ASCII (Latin-1, Latin Extended-A and the
/// Welsh circumflex and grave letters).
fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, kind: PlaceKind, force: &str, within: Option<&str>) -> Place {
        Place {
            name: name.into(),
            kind,
            force: force.into(),
            within: within.map(Into::into),
        }
    }

    /// A few real rows of places.csv, Newport's four included.
    fn sample() -> Vec<Place> {
        use PlaceKind::*;
        vec![
            place("Aberdare", Town, "south-wales", Some("Rhondda Cynon Taf")),
            place("Rhondda Cynon Taf", LocalAuthority, "south-wales", None),
            place("Pontypridd", Town, "south-wales", Some("Rhondda Cynon Taf")),
            place("Newport", City, "gwent", Some("Newport")),
            place("Newport", LocalAuthority, "gwent", None),
            place("Newport", Town, "hampshire", Some("Isle of Wight")),
            place("Newport", Town, "west-mercia", Some("Telford and Wrekin")),
            place("Newport Pagnell", Town, "thames-valley", Some("Milton Keynes")),
            place(
                "Newcastle upon Tyne",
                City,
                "northumbria",
                Some("Newcastle upon Tyne"),
            ),
            place("Newcastle-under-Lyme", LocalAuthority, "staffordshire", None),
            place("North Tyneside", LocalAuthority, "northumbria", None),
            place("St Helens", LocalAuthority, "merseyside", None),
            place(
                "King's Lynn",
                Town,
                "norfolk",
                Some("King's Lynn and West Norfolk"),
            ),
            place("Kent", County, "kent", None),
            place("Kennet", FormerDistrict, "wiltshire", Some("Wiltshire")),
            place("Isle of Anglesey", LocalAuthority, "north-wales", None),
            place("Hayes", Town, "metropolitan", Some("Bromley")),
            place("Hayes", Town, "metropolitan", Some("Hillingdon")),
            place("Birmingham", City, "west-midlands", Some("Birmingham")),
            place("Birmingham", LocalAuthority, "west-midlands", None),
            place("Brighton and Hove", City, "sussex", Some("Brighton and Hove")),
            place(
                "Bournemouth, Christchurch and Poole",
                LocalAuthority,
                "dorset",
                None,
            ),
        ]
    }

    fn names_and_forces(found: &[PlaceMatch]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|m| (m.place.name.as_str(), m.force.as_str()))
            .collect()
    }

    #[test]
    fn kinds_read_and_say_their_words() {
        for kind in PlaceKind::ALL {
            assert_eq!(PlaceKind::parse(kind.key()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.key()));
            assert_eq!(serde_json::from_str::<PlaceKind>(&json).unwrap(), kind);
        }
        assert_eq!(PlaceKind::LocalAuthority.label(), "council area");
        assert_eq!(PlaceKind::Town.label(), "town");
        assert_eq!(PlaceKind::City.label(), "city");
        assert_eq!(PlaceKind::County.label(), "county");
        assert_eq!(PlaceKind::FormerDistrict.label(), "former district");
        assert_eq!(PlaceKind::parse("Town"), None);
        assert_eq!(PlaceKind::parse("village"), None);
    }

    #[test]
    fn places_serialise_without_an_empty_within() {
        let kent = place("Kent", PlaceKind::County, "kent", None);
        let json = serde_json::to_string(&kent).unwrap();
        assert_eq!(json, r#"{"name":"Kent","kind":"county","force":"kent"}"#);
        assert_eq!(serde_json::from_str::<Place>(&json).unwrap(), kent);
    }

    #[test]
    fn normalise_ignores_case_punctuation_and_spacing() {
        for text in [
            "St. Helens",
            "st helens",
            "ST-HELENS",
            "  St.  Helens ",
            "st.helens",
            "St\tHelens",
        ] {
            assert_eq!(normalise(text), "st helens", "{text:?}");
        }
        assert_eq!(normalise("Newcastle-under-Lyme"), "newcastle under lyme");
        assert_eq!(
            normalise("Bournemouth, Christchurch and Poole"),
            "bournemouth christchurch and poole"
        );
        assert_eq!(normalise("Brighton & Hove"), normalise("Brighton and Hove"));
        assert_eq!(normalise("Brighton&Hove"), "brighton and hove");
        assert_eq!(normalise("Stoke-on-Trent"), "stoke on trent");
        assert_eq!(normalise("M4"), "m4");
    }

    #[test]
    fn normalise_drops_apostrophes_and_accents() {
        assert_eq!(normalise("King's Lynn"), "kings lynn");
        assert_eq!(normalise("King’s Lynn"), "kings lynn");
        assert_eq!(normalise("Ynys Môn"), "ynys mon");
        assert_eq!(normalise("Ynys Môn"), normalise("ynys mon"));
        assert_eq!(normalise("YNYS MÔN"), "ynys mon");
        // Decomposed: o followed by a combining circumflex.
        assert_eq!(normalise("Ynys Mo\u{0302}n"), "ynys mon");
        assert_eq!(normalise("Llanfair Caereinion ŵ ŷ"), "llanfair caereinion w y");
        assert_eq!(normalise("Straße"), "strasse");
        assert_eq!(normalise("Æthelred"), "aethelred");
    }

    #[test]
    fn normalise_of_nothing_is_empty() {
        for text in ["", " ", "\n\t", "...", "-", "'", "’ ’"] {
            assert_eq!(normalise(text), "", "{text:?}");
        }
    }

    #[test]
    fn describes_a_place_in_the_readers_words() {
        use PlaceKind::*;
        assert_eq!(
            place("Aberdare", Town, "south-wales", Some("Rhondda Cynon Taf")).describe(),
            "town in Rhondda Cynon Taf"
        );
        assert_eq!(
            place("St Helens", LocalAuthority, "merseyside", None).describe(),
            "council area"
        );
        assert_eq!(place("Kent", County, "kent", None).describe(), "county");
        assert_eq!(
            place("Kennet", FormerDistrict, "wiltshire", Some("Wiltshire")).describe(),
            "former district in Wiltshire"
        );
        assert_eq!(
            place("Birmingham", City, "west-midlands", Some("Birmingham")).describe(),
            "city"
        );
    }

    #[test]
    fn a_whole_name_comes_first_and_says_where_it_is() {
        let found = search_places(&sample(), "Aberdare", 10);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place.name, "Aberdare");
        assert_eq!(found[0].force, "south-wales");
        assert_eq!(found[0].reason, "town in Rhondda Cynon Taf");
        assert_eq!(found[0].quality, MatchQuality::Whole);
    }

    #[test]
    fn a_name_in_several_force_areas_is_one_match_per_force() {
        let found = search_places(&sample(), "newport", 10);
        let whole: Vec<&PlaceMatch> = found
            .iter()
            .filter(|m| m.quality == MatchQuality::Whole)
            .collect();
        assert_eq!(
            whole
                .iter()
                .map(|m| (m.force.as_str(), m.reason.as_str()))
                .collect::<Vec<_>>(),
            [
                ("gwent", "city and council area"),
                ("hampshire", "town in Isle of Wight"),
                ("west-mercia", "town in Telford and Wrekin"),
            ]
        );
        assert_eq!(whole[0].place.kind, PlaceKind::City);
        // Then Newport Pagnell, which only begins with the name.
        assert_eq!(found.len(), 4);
        assert_eq!(found[3].place.name, "Newport Pagnell");
        assert_eq!(found[3].quality, MatchQuality::Prefix);
    }

    #[test]
    fn one_name_held_twice_for_one_force_is_one_match() {
        let found = search_places(&sample(), "birmingham", 10);
        assert_eq!(names_and_forces(&found), [("Birmingham", "west-midlands")]);
        assert_eq!(found[0].reason, "city and council area");
        let found = search_places(&sample(), "hayes", 10);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].reason, "town in Bromley and town in Hillingdon");
    }

    #[test]
    fn ranking_is_whole_then_prefix_then_word_then_substring() {
        let found = search_places(&sample(), "new", 20);
        let qualities: Vec<MatchQuality> = found.iter().map(|m| m.quality).collect();
        let mut sorted = qualities.clone();
        sorted.sort();
        assert_eq!(qualities, sorted);
        assert_eq!(
            names_and_forces(&found),
            [
                ("Newcastle-under-Lyme", "staffordshire"),
                ("Newcastle upon Tyne", "northumbria"),
                ("Newport", "gwent"),
                ("Newport", "hampshire"),
                ("Newport", "west-mercia"),
                ("Newport Pagnell", "thames-valley"),
            ]
        );

        let found = search_places(&sample(), "tyne", 20);
        assert_eq!(
            found
                .iter()
                .map(|m| (m.place.name.as_str(), m.quality))
                .collect::<Vec<_>>(),
            [
                ("Newcastle upon Tyne", MatchQuality::WordPrefix),
                ("North Tyneside", MatchQuality::WordPrefix),
            ]
        );

        let found = search_places(&sample(), "port", 20);
        assert!(
            found.iter().all(|m| m.quality == MatchQuality::Substring),
            "{found:?}"
        );
        assert_eq!(found.len(), 4, "three Newports and Newport Pagnell");

        let found = search_places(&sample(), "ken", 20);
        assert_eq!(
            found.iter().map(|m| m.place.name.as_str()).collect::<Vec<_>>(),
            ["Kennet", "Kent"]
        );
    }

    #[test]
    fn queries_match_however_they_are_typed() {
        for query in ["St. Helens", "st helens", "ST-HELENS", " st   helens "] {
            let found = search_places(&sample(), query, 5);
            assert_eq!(
                names_and_forces(&found),
                [("St Helens", "merseyside")],
                "{query:?}"
            );
            assert_eq!(found[0].reason, "council area");
            assert_eq!(found[0].quality, MatchQuality::Whole);
        }
        let found = search_places(&sample(), "kings lynn", 5);
        assert_eq!(found[0].place.name, "King's Lynn");
        assert_eq!(found[0].reason, "town in King's Lynn and West Norfolk");
        let found = search_places(&sample(), "Brighton & Hove", 5);
        assert_eq!(found[0].place.name, "Brighton and Hove");
        assert_eq!(found[0].reason, "city");
        let found = search_places(&sample(), "bournemouth christchurch", 5);
        assert_eq!(found[0].quality, MatchQuality::Prefix);
        let found = search_places(&sample(), "christchurch and poole", 5);
        assert_eq!(found[0].quality, MatchQuality::WordPrefix);
    }

    #[test]
    fn empty_queries_and_limits() {
        for query in ["", " ", "\t\n", "...", "'"] {
            assert!(search_places(&sample(), query, 10).is_empty(), "{query:?}");
        }
        assert!(search_places(&sample(), "newport", 0).is_empty());
        assert_eq!(search_places(&sample(), "newport", 2).len(), 2);
        assert!(search_places(&[], "newport", 10).is_empty());
        assert!(search_places(&sample(), "zzz", 10).is_empty());
    }

    #[test]
    fn word_prefix_needs_a_word_start() {
        assert_eq!(
            match_quality("north tyneside", "tyne"),
            Some(MatchQuality::WordPrefix)
        );
        assert_eq!(
            match_quality("rhondda cynon taf", "on"),
            Some(MatchQuality::Substring)
        );
        assert_eq!(
            match_quality("rhondda cynon taf", "a cynon"),
            Some(MatchQuality::Substring)
        );
        // A later occurrence at a word start counts, after one inside a word.
        assert_eq!(match_quality("ataf taf", "taf"), Some(MatchQuality::WordPrefix));
        assert_eq!(match_quality("kent", "kentish"), None);
    }

    mod properties {
        use super::super::*;
        use super::sample;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn normalise_is_plain_and_stable(text in any::<String>()) {
                let once = normalise(&text);
                prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
                prop_assert!(!once.contains(|c: char| c != ' ' && !c.is_alphanumeric()));
                prop_assert_eq!(normalise(&once), once.clone());
            }

            #[test]
            fn normalise_ignores_what_it_promises_to(text in "[A-Za-z ]{0,20}") {
                let noisy: String = text
                    .chars()
                    .map(|c| match c {
                        ' ' => "-. ".to_owned(),
                        c => format!("{}'", c.to_ascii_uppercase()),
                    })
                    .collect();
                prop_assert_eq!(normalise(&noisy), normalise(&text));
            }

            #[test]
            fn search_never_panics_and_keeps_its_promises(query in any::<String>(), limit in 0usize..30) {
                let places = sample();
                let found = search_places(&places, &query, limit);
                prop_assert!(found.len() <= limit);
                let q = normalise(&query);
                for pair in found.windows(2) {
                    prop_assert!(pair[0].quality <= pair[1].quality);
                }
                for m in &found {
                    prop_assert!(normalise(&m.place.name).contains(&q));
                    prop_assert_eq!(&m.force, &m.place.force);
                    prop_assert!(!m.reason.is_empty());
                }
            }

            #[test]
            fn every_name_finds_itself_first(index in 0usize..22, noise in "[ .'-]{0,3}") {
                let places = sample();
                let place = &places[index % places.len()];
                let query = format!("{noise}{}{noise}", place.name.to_uppercase());
                let found = search_places(&places, &query, 50);
                prop_assert_eq!(found[0].quality, MatchQuality::Whole);
                prop_assert!(found
                    .iter()
                    .any(|m| m.quality == MatchQuality::Whole && m.force == place.force));
            }
        }
    }
}
