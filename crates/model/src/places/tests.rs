//! Place kinds and the search over place names, on real rows of `data/places.csv`.

use super::search::match_quality;
use super::*;
use crate::text::normalise;

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
    use super::*;
    use proptest::prelude::*;

    proptest! {
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
