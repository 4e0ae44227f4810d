//! What the bundle built from the project's data holds: report pages, places, and where each goes.

use peel_ingest::bundle::{self, Bundle};
use peel_model::bundle::BundleFile;
use peel_model::places::{MatchQuality, search_places};
use peel_model::{BUNDLE_VERSION, Index, PlaceKind, PlacesFile, Round};

fn built() -> Bundle {
    bundle::project_bundle()
}

#[test]
fn every_report_page_is_a_force_round_of_the_index() {
    let built = built();
    let index = &built.index;
    let with_report = index
        .force_rounds
        .iter()
        .filter(|r| r.report_url.is_some())
        .count();
    assert_eq!(with_report, 78);
    for round in index.force_rounds.iter().filter(|r| r.report_url.is_some()) {
        assert!(!index.has_pillars(round.round), "{round:?}");
        assert_eq!(Some(&round.page_url), round.report_url.as_ref(), "{round:?}");
    }
    // Cumbria 2021/22: the report is linked though none of its grades is held.
    let cumbria = index
        .force_round(&"cumbria".parse().unwrap(), Round::from_label("2021/22").unwrap())
        .unwrap();
    assert_eq!(
        cumbria.report_url.as_deref(),
        Some("https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cumbria-2021-22/")
    );
    assert!(
        !index
            .grades
            .iter()
            .any(|g| g.force == "cumbria" && g.round == Round::from_label("2021/22").unwrap())
    );
    assert!(
        index
            .rounds_of(&"cumbria".parse().unwrap())
            .contains(&Round::from_label("2021/22").unwrap())
    );
    // An address that differs from the usual pattern is kept as it was seen.
    let hampshire = index
        .force_round(
            &"hampshire".parse().unwrap(),
            Round::from_label("2021/22").unwrap(),
        )
        .unwrap();
    assert!(
        hampshire
            .report_url
            .as_deref()
            .unwrap()
            .ends_with("/hampshire-and-isle-of-wight-2021-22/")
    );
    // Sussex 2023-25 has grades but no report page in reports.csv: the old fallback stands.
    let sussex = index
        .force_round(&"sussex".parse().unwrap(), Round::from_label("2023-25").unwrap())
        .unwrap();
    assert_eq!(sussex.report_url, None);
    assert!(!sussex.page_url.is_empty());
}

#[test]
fn places_go_in_their_own_file_only() {
    let built = built();
    assert_eq!(built.places.version, BUNDLE_VERSION);
    assert_eq!(built.places.places.len(), 1171);

    let out = std::env::temp_dir().join(format!("peel-ingest-bundle-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    bundle::write(&built, &out).unwrap();
    let places: PlacesFile =
        serde_json::from_str(&std::fs::read_to_string(out.join(BundleFile::Places.name())).unwrap()).unwrap();
    assert_eq!(places, built.places);
    let index_text = std::fs::read_to_string(out.join(BundleFile::Index.name())).unwrap();
    let index: Index = serde_json::from_str(&index_text).unwrap();
    assert_eq!(index.version, BUNDLE_VERSION);
    // The map's squares are in the index, one per force.
    assert_eq!(index.tiles, built.index.tiles);
    assert_eq!(index.tiles.len(), index.forces.len());
    // Aberdare is a place name only (no report text held names it).
    assert!(!index_text.contains("Aberdare"));
    for force in &index.forces {
        let text = std::fs::read_to_string(out.join(BundleFile::Force(&force.slug).name())).unwrap();
        assert!(!text.contains("Aberdare"));
    }
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn every_place_finds_itself_and_its_force() {
    let built = built();
    let places = &built.places.places;
    for place in places {
        let found = search_places(places, &place.name, 10);
        assert!(
            found
                .iter()
                .any(|m| m.quality == MatchQuality::Whole && m.force == place.force),
            "{place:?}: {found:?}"
        );
        assert_eq!(found[0].quality, MatchQuality::Whole, "{}", place.name);
        assert!(built.index.force(&place.force).is_some());
    }
}

#[test]
fn real_names_read_well() {
    let built = built();
    let places = &built.places.places;

    let found = search_places(places, "newport", 10);
    let whole: Vec<(&str, &str)> = found
        .iter()
        .filter(|m| m.quality == MatchQuality::Whole)
        .map(|m| (m.force.as_str(), m.reason.as_str()))
        .collect();
    assert_eq!(
        whole,
        [
            ("gwent", "city and council area"),
            ("hampshire", "town in Isle of Wight"),
            ("west-mercia", "town in Telford and Wrekin"),
        ]
    );

    let found = search_places(places, "aberdare", 5);
    assert_eq!(found[0].reason, "town in Rhondda Cynon Taf");
    assert_eq!(found[0].force, "south-wales");

    for query in ["St. Helens", "st helens", "ST-HELENS"] {
        let found = search_places(places, query, 5);
        assert_eq!(found[0].place.name, "St Helens", "{query}");
        assert_eq!(found[0].reason, "council area");
        assert_eq!(found[0].force, "merseyside");
    }

    let found = search_places(places, "kings lynn", 5);
    assert_eq!(found[0].place.name, "King's Lynn");

    let found = search_places(places, "Kent", 5);
    assert_eq!(found[0].place.kind, PlaceKind::County);
    assert_eq!(found[0].reason, "county");
}
