use super::*;
use crate::area::Pillar;
use crate::bundle::{HeadlineGrade, RoundInfo};
use crate::force::Force;
use crate::questions::{QuestionSets, RoundQuestions};
use crate::widgets::headline::round_with_most_grades;

fn force(slug: &str, name: &str) -> Force {
    Force {
        slug: slug.into(),
        name: name.into(),
        region: "Somewhere".into(),
        country: "England".into(),
        page_url: format!("https://example.org/{slug}/"),
        towns: Vec::new(),
    }
}

fn tile(force: &str, column: u8, row: u8, abbreviation: &str) -> Tile {
    Tile {
        force: force.into(),
        column,
        row,
        abbreviation: abbreviation.into(),
    }
}

fn grade(force: &str, round: Round, area: Area, word: &str) -> HeadlineGrade {
    HeadlineGrade {
        force: force.into(),
        round,
        area,
        judgement: Judgement::parse(word).expect("a grade word"),
        source: 0,
    }
}

/// Five forces' real PEEL 2017 pillar grades and some of their 2021/22 area grades (from
/// `data/grades.csv`: Derbyshire's 2017 effectiveness is not held; Greater Manchester's 2017
/// efficiency and legitimacy were not graded; nothing of 2021/22 is held for City of London),
/// on squares placed as in `data/tiles.csv`, and one square of a force the index lacks.
fn index() -> Index {
    use Pillar::*;
    let p = Area::Pillar;
    let area = |name: &str| Area::GradedArea(name.to_owned());
    let (r, r21) = (round("2017"), round("2021/22"));
    Index {
        version: crate::BUNDLE_VERSION,
        forces: vec![
            force("city-of-london", "City of London Police"),
            force("derbyshire", "Derbyshire Constabulary"),
            force("durham", "Durham Constabulary"),
            force("greater-manchester", "Greater Manchester Police"),
            force("kent", "Kent Police"),
        ],
        regions: Vec::new(),
        rounds: vec![RoundInfo {
            round: r,
            forces_with_grades: 5,
        }],
        grades: vec![
            grade("city-of-london", r, p(Effectiveness), "good"),
            grade("city-of-london", r, p(Efficiency), "good"),
            grade("city-of-london", r, p(Legitimacy), "requires improvement"),
            grade("derbyshire", r, p(Efficiency), "good"),
            grade("derbyshire", r, p(Legitimacy), "good"),
            grade("durham", r, p(Effectiveness), "outstanding"),
            grade("durham", r, p(Efficiency), "outstanding"),
            grade("durham", r, p(Legitimacy), "good"),
            grade("greater-manchester", r, p(Effectiveness), "requires improvement"),
            grade("greater-manchester", r, p(Efficiency), "not graded"),
            grade("greater-manchester", r, p(Legitimacy), "not graded"),
            grade("kent", r, p(Effectiveness), "good"),
            grade("kent", r, p(Efficiency), "good"),
            grade("kent", r, p(Legitimacy), "outstanding"),
            grade(
                "derbyshire",
                r21,
                area("Investigating crime"),
                "requires improvement",
            ),
            grade("durham", r21, area("Good use of resources"), "outstanding"),
            grade(
                "greater-manchester",
                r21,
                area("Investigating crime"),
                "inadequate",
            ),
            grade(
                "greater-manchester",
                r21,
                area("Responding to the public"),
                "inadequate",
            ),
            grade("kent", r21, area("Investigating crime"), "requires improvement"),
            grade(
                "kent",
                r21,
                area("Responding to the public"),
                "requires improvement",
            ),
        ],
        sources: vec!["https://example.org/".into()],
        questions: QuestionSets {
            about: String::new(),
            rounds: vec![
                RoundQuestions::bare("2016", &[]),
                RoundQuestions::bare("2017", &[]),
                RoundQuestions::bare(
                    "2021/22",
                    &[
                        "Investigating crime",
                        "Responding to the public",
                        "Good use of resources",
                    ],
                ),
            ],
        },
        force_rounds: Vec::new(),
        data_date: None,
        tiles: vec![
            tile("city-of-london", 7, 8, "CoL"),
            tile("derbyshire", 3, 5, "DBY"),
            tile("durham", 4, 2, "DUR"),
            tile("greater-manchester", 2, 4, "GMP"),
            tile("kent", 7, 9, "KEN"),
            tile("nowhere", 1, 1, "NOW"),
        ],
        publishers: Vec::new(),
        monitoring: Default::default(),
        downloads: Vec::new(),
    }
}

fn effectiveness_2017() -> TileMapView {
    from_index(&index(), round("2017"), &Area::Pillar(Pillar::Effectiveness))
}

#[test]
fn each_square_has_its_place_grade_link_and_name() {
    let map = effectiveness_2017();
    let squares: Vec<(&str, u8, u8, &str, String, String)> = map
        .tiles
        .iter()
        .map(|t| {
            (
                t.abbreviation.as_str(),
                t.column,
                t.row,
                map.tile_code(t),
                t.route.path(),
                map.tile_description(t),
            )
        })
        .collect();
    // North to south, west to east; the square of a force the index does not have is left out.
    assert_eq!(
        squares,
        [
            (
                "DUR",
                4,
                2,
                "O",
                "/force/durham/2017/".into(),
                "Durham Constabulary: outstanding".into()
            ),
            (
                "GMP",
                2,
                4,
                "RI",
                "/force/greater-manchester/2017/".into(),
                "Greater Manchester Police: requires improvement".into()
            ),
            (
                "DBY",
                3,
                5,
                "–",
                "/force/derbyshire/2017/".into(),
                "Derbyshire Constabulary: not held in this dataset".into()
            ),
            (
                "CoL",
                7,
                8,
                "G",
                "/force/city-of-london/2017/".into(),
                "City of London Police: good".into()
            ),
            (
                "KEN",
                7,
                9,
                "G",
                "/force/kent/2017/".into(),
                "Kent Police: good".into()
            ),
        ]
    );
    assert_eq!((map.columns, map.rows), (7, 9));
    assert_eq!(map.title(), "Effectiveness in PEEL 2017");
    assert!(
        map.description()
            .contains("its grade for effectiveness in PEEL 2017")
    );
    assert_eq!(map.tiles[0].kind(), GradeFilter::Grade(Grade::Outstanding));
    assert_eq!(fill_class(map.tiles[2].kind()), "grade-fill--not-held");
    assert_eq!(map.count(GradeFilter::NotHeld), 1);
    assert_eq!(
        fill_class(map.tiles[1].kind()),
        "grade-fill--requires-improvement"
    );
}

#[test]
fn the_key_lists_the_scale_then_not_graded_and_not_held_where_any() {
    let legend = |map: &TileMapView| -> Vec<(String, &'static str, u32)> {
        map.legend()
            .iter()
            .map(|e| (e.label().to_owned(), e.code(), e.count))
            .collect()
    };
    let s = |t: &str| t.to_owned();
    assert_eq!(
        legend(&effectiveness_2017()),
        [
            (s("Outstanding"), "O", 1),
            (s("Good"), "G", 2),
            (s("Requires improvement"), "RI", 1),
            (s("Inadequate"), "I", 0),
            (s("Not held in this dataset"), "–", 1),
        ]
    );
    let legitimacy = from_index(&index(), round("2017"), &Area::Pillar(Pillar::Legitimacy));
    assert_eq!(
        legend(&legitimacy),
        [
            (s("Outstanding"), "O", 1),
            (s("Good"), "G", 2),
            (s("Requires improvement"), "RI", 1),
            (s("Inadequate"), "I", 0),
            (s("Not graded"), "NG", 1),
        ]
    );
    assert_eq!(
        legitimacy.tile_description(&legitimacy.tiles[1]),
        "Greater Manchester Police: not graded"
    );
    // The link's name starts with what the square shows.
    let tile = &legitimacy.tiles[1];
    assert_eq!(
        legitimacy.tile_name(tile),
        format!("{} NG, Greater Manchester Police: not graded", tile.abbreviation)
    );
    // A five-point round's key has "adequate". Where nothing of the round is held for a
    // force, its square leads to the force's own page; Durham has other areas held.
    let investigating = from_index(
        &index(),
        round("2021/22"),
        &Area::GradedArea("Investigating crime".into()),
    );
    assert_eq!(
        legend(&investigating),
        [
            (s("Outstanding"), "O", 0),
            (s("Good"), "G", 0),
            (s("Adequate"), "A", 0),
            (s("Requires improvement"), "RI", 2),
            (s("Inadequate"), "I", 1),
            (s("Not held in this dataset"), "–", 2),
        ]
    );
    let routes: Vec<String> = investigating.tiles.iter().map(|t| t.route.path()).collect();
    assert_eq!(
        routes,
        [
            "/force/durham/2021-22/",
            "/force/greater-manchester/2021-22/",
            "/force/derbyshire/2021-22/",
            "/force/city-of-london/",
            "/force/kent/2021-22/",
        ]
    );
}

#[test]
fn the_chosen_area_or_the_first() {
    let areas: Vec<Area> = Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect();
    assert_eq!(
        chosen_area(&areas, Some("legitimacy")),
        Some(Area::Pillar(Pillar::Legitimacy))
    );
    assert_eq!(
        chosen_area(&areas, Some("bravery")),
        Some(Area::Pillar(Pillar::Effectiveness))
    );
    assert_eq!(
        chosen_area(&areas, None),
        Some(Area::Pillar(Pillar::Effectiveness))
    );
    assert_eq!(chosen_area(&[], Some("legitimacy")), None);
}

#[test]
fn the_fullest_area_has_the_most_grades_held_the_first_on_a_tie() {
    let index = index();
    // Efficiency and legitimacy: five judgements each (not graded counts as held); the
    // first of them wins. Effectiveness has four.
    assert_eq!(
        fullest_area(&index, round("2017")),
        Some(Area::Pillar(Pillar::Efficiency))
    );
    assert_eq!(
        fullest_area(&index, round("2021/22")),
        Some(Area::GradedArea("Investigating crime".into()))
    );
    // Nothing held: the first area.
    assert_eq!(
        fullest_area(&index, round("2016")),
        Some(Area::Pillar(Pillar::Effectiveness))
    );
}

#[test]
fn the_round_with_the_most_grades_held_the_newer_on_a_tie() {
    let mut index = index();
    // Fourteen 2017 grades against six of 2021/22.
    assert_eq!(round_with_most_grades(&index), Some(round("2017")));
    // Six of each: the newer.
    let mut kept_2017 = 0;
    index.grades.retain(|g| {
        kept_2017 += usize::from(g.round == round("2017"));
        g.round != round("2017") || kept_2017 <= 6
    });
    assert_eq!(round_with_most_grades(&index), Some(round("2021/22")));
    index.grades.clear();
    assert_eq!(round_with_most_grades(&index), None);
}

#[test]
fn odd_input_never_panics() {
    let empty = build(
        round("2016"),
        Scale::FourPoint,
        Area::Pillar(Pillar::Legitimacy),
        &[],
        &[],
    );
    assert!(empty.tiles.is_empty());
    assert_eq!((empty.columns, empty.rows), (0, 0));
    // A square whose force is not among the forces is left out.
    let kent = ForceSlug::from("kent");
    let only_kent = MapForce {
        slug: &kent,
        name: "Kent Police",
        judgement: None,
        round_held: false,
    };
    let map = build(
        round("2016"),
        Scale::FourPoint,
        Area::Pillar(Pillar::Legitimacy),
        &[tile("essex", 1, 1, "ESX")],
        &[only_kent],
    );
    assert!(map.tiles.is_empty());
}

/// Cleveland's, Lincolnshire's and Kent's real squares.
fn three_squares() -> (Vec<Tile>, [ForceSlug; 3]) {
    (
        vec![
            tile("cleveland", 5, 2, "CLE"),
            tile("lincolnshire", 5, 5, "LIN"),
            tile("kent", 7, 9, "KEN"),
        ],
        ["cleveland", "lincolnshire", "kent"].map(ForceSlug::from),
    )
}

/// Lincolnshire's and Kent's real 2021/22 investigating crime grades, with the real spells in
/// Engage (`data/monitoring.csv`).
#[test]
fn a_grade_map_marks_the_forces_in_engage_as_of_the_sources_in_outline_letters_and_words() {
    use crate::widgets::engage::tests::real_monitoring;
    let (places, slugs) = three_squares();
    let ri = Judgement::parse("requires improvement");
    let forces = [
        MapForce {
            slug: &slugs[1],
            name: "Lincolnshire Police",
            judgement: ri,
            round_held: true,
        },
        MapForce {
            slug: &slugs[2],
            name: "Kent Police",
            judgement: ri,
            round_held: true,
        },
    ];
    let engage = EngageDay::as_of_sources(&real_monitoring()).expect("the sources' month");
    let map = build(
        round("2021/22"),
        Scale::FivePoint,
        Area::GradedArea("Investigating crime".into()),
        &places,
        &forces,
    )
    .marking(&engage);
    let squares: Vec<(String, String)> = map
        .tiles
        .iter()
        .map(|t| (map.tile_name(t), map.tile_class(t)))
        .collect();
    assert_eq!(
        squares,
        [
            (
                "LIN RI E, Lincolnshire Police: requires improvement; in enhanced monitoring \
                 (Engage) as of October 2025"
                    .to_owned(),
                "grade-fill--requires-improvement tile-map__tile--engage".to_owned()
            ),
            (
                "KEN RI, Kent Police: requires improvement".to_owned(),
                "grade-fill--requires-improvement".to_owned()
            ),
        ]
    );
    assert!(map.description().ends_with(
        "A square outlined in black and marked E is a force in enhanced monitoring (Engage) as \
         of October 2025. Each square links to the force’s page."
    ));
    let key: Vec<(&str, String, u32)> = map
        .mark_legend()
        .into_iter()
        .map(|e| (e.code, e.label, e.count))
        .collect();
    assert_eq!(
        key,
        [(
            "E",
            "In enhanced monitoring (Engage) as of October 2025".to_owned(),
            1
        )]
    );
    // The grades' key is as before.
    assert_eq!(map.legend().len(), 5);
    // Unmarked, the map says nothing of Engage.
    let plain = build(
        round("2021/22"),
        Scale::FivePoint,
        Area::GradedArea("Investigating crime".into()),
        &places,
        &forces,
    );
    assert!(plain.mark_legend().is_empty());
    assert!(!plain.description().contains("Engage"));
}

#[test]
fn a_map_of_engage_alone_says_for_every_square_where_it_stood_that_day() {
    use crate::date::Date;
    use crate::widgets::engage::{EngageOn, tests::real_monitoring};
    let (places, slugs) = three_squares();
    let names = ["Cleveland Police", "Lincolnshire Police", "Kent Police"];
    let forces: Vec<MapForce> = slugs
        .iter()
        .zip(names)
        .map(|(slug, name)| MapForce {
            slug,
            name,
            judgement: None,
            round_held: false,
        })
        .collect();
    let name_of = |slug: &ForceSlug| names[slugs.iter().position(|s| s == slug).unwrap_or(0)].to_owned();
    let day = Date::parse_iso("2023-09-15").unwrap();
    let engage = EngageOn::of(&real_monitoring(), day, &name_of)
        .marks()
        .expect("a day within the data");
    let map = engage_map(&places, &forces, &engage);
    assert_eq!(map.title(), "Enhanced monitoring (Engage) on 15 September 2023");
    let squares: Vec<(String, String, String)> = map
        .tiles
        .iter()
        .map(|t| (map.tile_name(t), map.tile_class(t), t.route.path()))
        .collect();
    assert_eq!(
        squares,
        [
            (
                "CLE E?, Cleveland Police: may have been in enhanced monitoring (Engage) on 15 \
                 September 2023: Cleveland Police’s move out is known only to the month \
                 (September 2023)"
                    .to_owned(),
                "tile-map__tile--plain tile-map__tile--engage-unsure".to_owned(),
                "/force/cleveland/".to_owned()
            ),
            (
                "LIN, Lincolnshire Police: no spell in enhanced monitoring (Engage) held on 15 \
                 September 2023"
                    .to_owned(),
                "tile-map__tile--plain".to_owned(),
                "/force/lincolnshire/".to_owned()
            ),
            (
                "KEN, Kent Police: no spell in enhanced monitoring (Engage) held on 15 September \
                 2023"
                    .to_owned(),
                "tile-map__tile--plain".to_owned(),
                "/force/kent/".to_owned()
            ),
        ]
    );
    assert!(map.legend().is_empty());
    let key: Vec<(&str, String, u32)> = map
        .mark_legend()
        .into_iter()
        .map(|e| (e.code, e.label, e.count))
        .collect();
    assert_eq!(
        key,
        [
            (
                "E",
                "In enhanced monitoring (Engage) on 15 September 2023".to_owned(),
                0
            ),
            ("E?", "May have been in Engage on 15 September 2023".to_owned(), 1),
            ("", "No spell in Engage held on 15 September 2023".to_owned(), 2),
        ]
    );
    assert!(map.description().contains("outlined with dashes and marked E?"));
}

/// A round of the test index by its label.
fn round(label: &str) -> Round {
    Round::from_label(label).expect("a round's label")
}
