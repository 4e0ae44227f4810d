//! The table's rows: sorting, filtering, grouping and describing them, on real rows of the data.

use super::*;
use crate::area::Pillar;
use crate::force::ForceSlug;
use crate::grade::{Grade, Scale};
use crate::round::Round;
use crate::widgets::headline::Coverage;

fn g(word: &str) -> Option<Judgement> {
    Judgement::parse(word)
}

pub(crate) fn row(slug: &str, name: &str, region: &str, grades: &[&str]) -> RoundTableRow {
    RoundTableRow {
        force: ForceSlug::parse(slug).unwrap(),
        name: name.into(),
        region: region.into(),
        grades: grades.iter().map(|w| g(w)).collect(),
        sources: grades
            .iter()
            .map(|w| g(w).map(|_| format!("https://example.org/{slug}")))
            .collect(),
    }
}

/// The index's regions, in its order.
pub(crate) fn regions() -> Vec<String> {
    [
        "East Midlands",
        "East of England",
        "London",
        "North East",
        "North West",
        "South East",
        "South West",
        "West Midlands",
        "Yorkshire and the Humber",
        "Wales",
    ]
    .map(String::from)
    .to_vec()
}

/// Eight forces' real PEEL 2017 grades (effectiveness, efficiency, legitimacy; "-" is not
/// held), from `data/grades.csv`.
pub(crate) fn view() -> RoundTableView {
    let areas: Vec<Area> = Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect();
    RoundTableView {
        round: Round::from_label("2017").unwrap(),
        scale: Scale::FourPoint,
        rounds: Vec::new(),
        coverage: Coverage {
            round: Round::from_label("2017").unwrap(),
            forces_with_grades: 8,
            total_forces: 8,
        },
        data_date: None,
        source_publishers: Vec::new(),
        distributions: Vec::new(),
        areas,
        graded_for_some_forces_only: Vec::new(),
        regions: regions(),
        rows: vec![
            row(
                "derbyshire",
                "Derbyshire Constabulary",
                "East Midlands",
                &["-", "good", "good"],
            ),
            row(
                "durham",
                "Durham Constabulary",
                "North East",
                &["outstanding", "outstanding", "good"],
            ),
            row(
                "essex",
                "Essex Police",
                "East of England",
                &["good", "good", "good"],
            ),
            row(
                "greater-manchester",
                "Greater Manchester Police",
                "North West",
                &["requires improvement", "not graded", "not graded"],
            ),
            row(
                "humberside",
                "Humberside Police",
                "Yorkshire and the Humber",
                &["requires improvement", "-", "-"],
            ),
            row(
                "kent",
                "Kent Police",
                "South East",
                &["good", "good", "outstanding"],
            ),
            row(
                "north-wales",
                "North Wales Police",
                "Wales",
                &["good", "requires improvement", "good"],
            ),
            row(
                "northamptonshire",
                "Northamptonshire Police",
                "East Midlands",
                &["requires improvement", "good", "requires improvement"],
            ),
        ],
        tiles: Vec::new(),
        engage: None,
        map_images: Vec::new(),
    }
}

fn slugs(rows: &[&RoundTableRow]) -> Vec<String> {
    rows.iter().map(|r| r.force.to_string()).collect()
}

#[test]
fn default_state_has_an_empty_query_and_lists_by_name() {
    let state = TableState::from_query("");
    assert_eq!(state, TableState::default());
    assert_eq!(state.to_query(), "");
    assert_eq!(
        Route::RoundTable {
            round: Round::from_label("2018/19").unwrap(),
            state: state.clone()
        }
        .path(),
        "/round/2018-19/"
    );
    let v = view();
    assert_eq!(
        slugs(&state.rows(&v)),
        [
            "derbyshire",
            "durham",
            "essex",
            "greater-manchester",
            "humberside",
            "kent",
            "north-wales",
            "northamptonshire"
        ]
    );
    assert_eq!(
        state.describe(&v, 8),
        "All 8 forces. Sorted by force name, A to Z."
    );
}

#[test]
fn queries_round_trip_in_canonical_order() {
    let query = "group=region&area=effectiveness&grade=requires-improvement&region=east-midlands&order=desc&sort=efficiency";
    let state = TableState::from_query(query);
    assert_eq!(
        state,
        TableState {
            sort: SortKey::Area("efficiency".into()),
            descending: true,
            region: Some("east-midlands".into()),
            grade: Some(GradeFilter::Grade(Grade::RequiresImprovement)),
            area: Some("effectiveness".into()),
            grouped_by_region: true,
        }
    );
    let canonical = "sort=efficiency&order=desc&region=east-midlands&grade=requires-improvement&area=effectiveness&group=region";
    assert_eq!(state.to_query(), canonical);
    assert_eq!(TableState::from_query(&format!("?{canonical}")), state);
    assert_eq!(
        Route::RoundTable {
            round: Round::from_label("2017").unwrap(),
            state: state.clone()
        }
        .path(),
        format!("/round/2017/?{canonical}")
    );
    // Region names are accepted as written and made slugs.
    assert_eq!(
        TableState::from_query("region=Yorkshire+and+the+Humber").to_query(),
        "region=yorkshire-and-the-humber"
    );
    assert_eq!(
        TableState::from_query("grade=Not%20graded").to_query(),
        "grade=not-graded"
    );
    assert_eq!(
        TableState::from_query("grade=not-held").grade,
        Some(GradeFilter::NotHeld)
    );
}

#[test]
fn malformed_queries_fall_back_to_defaults() {
    for query in [
        "sort=&order=up&grade=excellent&group=yes",
        "sort=Effectiveness!&region=&area=Effectiveness!",
        "%%%&&==&sort",
        "sort=%E2%9C%93&grade=%FF",
        "?",
        "order=asc&sort=force",
    ] {
        let state = TableState::from_query(query);
        assert_eq!(state, TableState::default(), "{query}");
        assert_eq!(state.to_query(), "", "{query}");
    }
    // The first value of a repeated key wins, as URLSearchParams.get gives it.
    assert_eq!(
        TableState::from_query("sort=region&sort=force").sort,
        SortKey::Region
    );
    assert_eq!(TableState::from_lookup(&|_| None), TableState::default());
    assert!(TableState::from_lookup(&|k| (k == "order").then(|| " DESC ".to_owned())).descending);
}

#[test]
fn normalising_drops_what_the_round_does_not_have() {
    let v = view();
    let state = TableState::from_query("sort=investigating-crime&order=desc&region=atlantis&grade=adequate");
    assert_eq!(state.normalise(&v), TableState::default());
    let state = TableState::from_query("grade=outstanding&area=investigating-crime");
    assert_eq!(state.normalise(&v).to_query(), "grade=outstanding");
    // An unknown column reads as any column; an unknown region does not hide rows.
    assert_eq!(slugs(&state.rows(&v)), ["durham", "kent"]);
    assert_eq!(TableState::from_query("region=atlantis").rows(&v).len(), 8);
}

#[test]
fn an_area_without_a_grade_is_kept_for_the_map_and_filters_nothing() {
    let v = view();
    let state = TableState::from_query("area=legitimacy");
    assert_eq!(state.area.as_deref(), Some("legitimacy"));
    assert_eq!(state.to_query(), "area=legitimacy");
    assert_eq!(state.normalise(&v), state);
    assert_eq!(state.rows(&v).len(), 8);
    assert_eq!(
        state.describe(&v, 8),
        "All 8 forces. Sorted by force name, A to Z."
    );
    // In canonical order with the others; a column the round lacks is dropped.
    assert_eq!(
        TableState::from_query("group=region&area=efficiency&sort=region").to_query(),
        "sort=region&area=efficiency&group=region"
    );
    assert_eq!(
        TableState::from_query("area=investigating-crime")
            .normalise(&v)
            .to_query(),
        ""
    );
}

#[test]
fn filters_by_region_and_by_grade_in_one_column_or_any() {
    let v = view();
    let by_column = TableState::from_query("grade=good&area=effectiveness");
    assert_eq!(slugs(&by_column.rows(&v)), ["essex", "kent", "north-wales"]);
    let any = TableState::from_query("grade=outstanding");
    assert_eq!(slugs(&any.rows(&v)), ["durham", "kent"]);
    assert_eq!(
        any.describe(&v, 2),
        "2 of 8 forces: graded outstanding for at least one area. At least one grade is not held \
         in this dataset for two of the eight forces. Sorted by force name, A to Z."
    );
    // The count under a filter is not national: how many forces' grades there are not held.
    assert_eq!(
        by_column.describe(&v, 3),
        "3 of 8 forces: graded good for effectiveness. The effectiveness grade is not held in this \
         dataset for one of the eight forces. Sorted by force name, A to Z."
    );
    let not_held = TableState::from_query("grade=not-held&area=effectiveness");
    assert_eq!(slugs(&not_held.rows(&v)), ["derbyshire"]);
    assert_eq!(
        not_held.describe(&v, 1),
        "1 of 8 forces: with no effectiveness grade held. Sorted by force name, A to Z."
    );
    let not_held_any = TableState::from_query("grade=not-held");
    assert_eq!(slugs(&not_held_any.rows(&v)), ["derbyshire", "humberside"]);
    let not_graded = TableState::from_query("grade=not-graded&area=legitimacy");
    assert_eq!(slugs(&not_graded.rows(&v)), ["greater-manchester"]);
    let region = TableState::from_query("region=east-midlands&grade=good&area=legitimacy");
    assert_eq!(slugs(&region.rows(&v)), ["derbyshire"]);
    assert_eq!(
        region.describe(&v, 1),
        "1 of 8 forces: in East Midlands, graded good for legitimacy. Sorted by force name, A to Z."
    );
}

#[test]
fn the_standing_sort_follows_its_rule_in_either_direction() {
    let v = view();
    let rule = TableState::from_query("sort=standing");
    assert_eq!(rule.to_query(), "sort=standing");
    // Northamptonshire: two requires improvement; then one each: North Wales (two good),
    // Greater Manchester (three held: two not graded) and Humberside (one held); then the most
    // good (Essex three), the most outstanding (Kent one), Derbyshire (two good, two held) and
    // Durham (one good).
    assert_eq!(
        slugs(&rule.rows(&v)),
        [
            "northamptonshire",
            "north-wales",
            "greater-manchester",
            "humberside",
            "essex",
            "kent",
            "derbyshire",
            "durham"
        ]
    );
    assert_eq!(
        rule.describe(&v, 8),
        "All 8 forces. Sorted by standing, most inadequate grades first, forces with no grade held last."
    );
    // Reversed, the counts' order turns round; more held still first on a tie (Greater
    // Manchester before Humberside).
    let reversed = rule.sorted_by(SortKey::Standing);
    assert_eq!(reversed.to_query(), "sort=standing&order=desc");
    assert_eq!(
        slugs(&reversed.rows(&v)),
        [
            "durham",
            "derbyshire",
            "kent",
            "essex",
            "greater-manchester",
            "humberside",
            "north-wales",
            "northamptonshire"
        ]
    );
    assert!(
        reversed
            .describe(&v, 8)
            .contains("standing, fewest inadequate grades first")
    );
}

#[test]
fn grade_sort_puts_not_graded_then_not_held_last_in_either_direction() {
    let v = view();
    let best_first = TableState::from_query("sort=effectiveness");
    assert_eq!(
        slugs(&best_first.rows(&v)),
        [
            "durham",
            "essex",
            "kent",
            "north-wales",
            "greater-manchester",
            "humberside",
            "northamptonshire",
            "derbyshire"
        ]
    );
    let worst_first = TableState::from_query("sort=effectiveness&order=desc");
    assert_eq!(
        slugs(&worst_first.rows(&v)),
        [
            "greater-manchester",
            "humberside",
            "northamptonshire",
            "essex",
            "kent",
            "north-wales",
            "durham",
            "derbyshire"
        ]
    );
    let efficiency = TableState::from_query("sort=efficiency&order=desc");
    assert_eq!(
        slugs(&efficiency.rows(&v)),
        [
            "north-wales",
            "derbyshire",
            "essex",
            "kent",
            "northamptonshire",
            "durham",
            "greater-manchester",
            "humberside"
        ]
    );
    assert_eq!(
        worst_first.describe(&v, 8),
        "All 8 forces. Sorted by effectiveness, worst first, forces with no grade held last."
    );
    assert_eq!(
        grade_order(Judgement::parse("inadequate"), Judgement::parse("good"), false),
        Ordering::Greater
    );
    assert_eq!(
        grade_order(
            Judgement::parse("inadequate"),
            Judgement::parse("not graded"),
            true
        ),
        Ordering::Less
    );
}

#[test]
fn name_and_region_sorts() {
    let v = view();
    let z_to_a = TableState::from_query("order=desc");
    assert_eq!(slugs(&z_to_a.rows(&v))[0], "northamptonshire");
    let by_region = TableState::from_query("sort=region");
    assert_eq!(
        slugs(&by_region.rows(&v)),
        [
            "derbyshire",
            "northamptonshire",
            "essex",
            "durham",
            "greater-manchester",
            "kent",
            "humberside",
            "north-wales"
        ]
    );
    let reversed = TableState::from_query("sort=region&order=desc");
    assert_eq!(
        slugs(&reversed.rows(&v)),
        [
            "north-wales",
            "humberside",
            "kent",
            "greater-manchester",
            "durham",
            "essex",
            "derbyshire",
            "northamptonshire"
        ]
    );
    assert_eq!(
        reversed.describe(&v, 8),
        "All 8 forces. Sorted by region in reverse order, then force name."
    );
}

#[test]
fn grouped_view_follows_the_index_region_order() {
    let v = view();
    let state = TableState::from_query("group=region&sort=effectiveness");
    let shape: Vec<(Option<String>, Vec<String>)> = state
        .groups(&v)
        .iter()
        .map(|g| (g.region.clone(), slugs(&g.rows)))
        .collect();
    let group = |region: &str, slugs: &[&str]| {
        (
            Some(region.to_owned()),
            slugs.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        shape,
        [
            group("East Midlands", &["northamptonshire", "derbyshire"]),
            group("East of England", &["essex"]),
            group("North East", &["durham"]),
            group("North West", &["greater-manchester"]),
            group("South East", &["kent"]),
            group("Yorkshire and the Humber", &["humberside"]),
            group("Wales", &["north-wales"]),
        ]
    );
    assert!(state.describe(&v, 8).ends_with("; grouped by region."));
    let flat = TableState::default().groups(&v);
    assert_eq!(flat.len(), 1);
    assert_eq!(flat[0].region, None);
    assert_eq!(flat[0].rows.len(), 8);
    let filtered = TableState::from_query("group=region&region=wales").groups(&v);
    assert_eq!(filtered.len(), 1);
}

#[test]
fn regions_the_index_does_not_list_come_last() {
    let mut v = view();
    // A made-up row: a region missing from the index's list.
    v.rows.push(row(
        "example",
        "Example Police",
        "Nowhere",
        &["good", "good", "good"],
    ));
    for query in ["sort=region", "sort=region&order=desc"] {
        let rows = TableState::from_query(query).rows(&v);
        assert_eq!(
            slugs(&rows).last().map(String::as_str),
            Some("example"),
            "{query}"
        );
    }
    for query in ["group=region", "group=region&sort=region&order=desc"] {
        let groups = TableState::from_query(query).groups(&v);
        let last = groups.last().and_then(|g| g.region.as_deref());
        assert_eq!(last, Some("Nowhere"), "{query}");
    }
}

#[test]
fn sorting_by_a_heading_toggles_and_reports_aria_sort() {
    let state = TableState::default();
    let key = SortKey::Area("efficiency".into());
    let once = state.sorted_by(key.clone());
    assert_eq!(once.to_query(), "sort=efficiency");
    assert_eq!(once.aria_sort(&key), "ascending");
    let twice = once.sorted_by(key.clone());
    assert_eq!(twice.to_query(), "sort=efficiency&order=desc");
    assert_eq!(twice.aria_sort(&key), "descending");
    assert_eq!(twice.aria_sort(&SortKey::Force), "none");
    assert_eq!(twice.sorted_by(SortKey::Force).to_query(), "");
    assert_eq!(state.sorted_by(SortKey::Force).to_query(), "order=desc");
}

#[test]
fn counts_cover_the_rows_shown() {
    let v = view();
    let all = TableState::default().rows(&v);
    let counts = column_counts(&v, &all);
    assert_eq!(counts.len(), 3);
    assert_eq!(
        counts[0].counts.summary(),
        "1 outstanding, 3 good, 3 requires improvement, 1 not held (held for 7 of 8 forces)"
    );
    assert_eq!(
        counts[1].counts.summary(),
        "1 outstanding, 4 good, 1 requires improvement, 1 not graded, 1 not held (held for 7 of 8 forces)"
    );
    assert_eq!(counts[1].counts.count(GradeFilter::NotGraded), 1);
    assert_eq!(counts[0].counts.count(GradeFilter::Grade(Grade::Adequate)), 0);
    assert_eq!(counts[0].counts.grades.len(), 4);
    let east_midlands = TableState::from_query("region=east-midlands").rows(&v);
    assert_eq!(
        column_counts(&v, &east_midlands)[0].counts.summary(),
        "1 requires improvement, 1 not held (held for 1 of 2 forces)"
    );
    assert_eq!(column_counts(&v, &[])[0].counts.summary(), "none shown");
}

#[test]
fn short_rows_read_as_not_held() {
    let mut v = view();
    v.rows.push(row("stub", "Stub Police", "Wales", &[]));
    let rows = TableState::from_query("grade=not-held&area=legitimacy").rows(&v);
    assert_eq!(slugs(&rows), ["humberside", "stub"]);
    assert_eq!(cell_path(&v, &v.rows[0], 9), None);
}

#[test]
fn cells_link_to_pillar_pages_or_area_anchors() {
    let v = view();
    assert_eq!(
        cell_path(&v, &v.rows[7], 0).as_deref(),
        Some("/force/northamptonshire/2017/effectiveness/")
    );
    let mut graded = view();
    graded.round = Round::from_label("2021/22").unwrap();
    graded.areas = vec![Area::GradedArea("Investigating crime".into())];
    assert_eq!(
        cell_path(&graded, &graded.rows[5], 0).as_deref(),
        Some("/force/kent/2021-22/#investigating-crime")
    );
}

#[test]
fn filters_listed_per_scale() {
    assert_eq!(GradeFilter::all(Scale::FourPoint).len(), 6);
    assert_eq!(GradeFilter::all(Scale::FivePoint).len(), 7);
    for filter in GradeFilter::all(Scale::FivePoint) {
        assert_eq!(GradeFilter::parse(filter.slug()), Some(filter));
        assert_eq!(GradeFilter::parse(filter.word()), Some(filter));
        assert_eq!(GradeFilter::parse(filter.label()), Some(filter));
    }
}
