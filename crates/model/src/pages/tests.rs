//! Whatever an address holds, parsing it, building what it shows and writing it back never
//! panics, and writing is canonical.

use crate::force::Force;
use crate::route::{CompareQuery, MAX_FORCES, Route, TableState};
use crate::widgets::search;

use super::export;
use super::round_table::column_counts;

/// A fixed pseudo-random sequence (no dependencies, same every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// Query-like strings built from the characters and fragments that parsers trip on.
fn junk(rng: &mut Lcg) -> String {
    const PARTS: &[&str] = &[
        "sort=",
        "order=",
        "region=",
        "grade=",
        "area=",
        "group=",
        "forces=",
        "round=",
        "&",
        "=",
        "?",
        "%",
        "%2",
        "%C3",
        "%FF",
        "%E2%88%92",
        "+",
        ",",
        " ",
        "-",
        "desc",
        "region",
        "force",
        "effectiveness",
        "not-held",
        "not-graded",
        "requires-improvement",
        "adequate",
        "2016",
        "2018-19",
        "2018/19",
        "east-midlands",
        "kent",
        "north",
        "kett",
        "ë",
        "Ω",
        "\u{0}",
        "\u{2019}",
        "🙂",
        "a",
        "Z",
        "9",
    ];
    let len = rng.next() % 12;
    (0..len)
        .map(|_| PARTS[(rng.next() as usize) % PARTS.len()])
        .collect()
}

#[test]
fn no_input_makes_a_parser_or_search_panic() {
    let view = super::round_table::rows::tests::view();
    let forces = vec![Force {
        slug: "northamptonshire".into(),
        name: "Northamptonshire Police".into(),
        region: "East Midlands".into(),
        country: "England".into(),
        page_url: String::new(),
        towns: vec!["Kettering".into()],
    }];
    let refs = search::forces_of(&forces);
    let mut rng = Lcg(7);
    for _ in 0..5_000 {
        let text = junk(&mut rng);
        let state = TableState::from_query(&text);
        // Canonical: writing and reading again gives the same state and the same query.
        let query = state.to_query();
        assert_eq!(TableState::from_query(&query), state, "{text:?}");
        assert_eq!(TableState::from_query(&query).to_query(), query);
        let rows = state.rows(&view);
        let _ = state.groups(&view);
        let _ = state.describe(&view, rows.len());
        let _ = column_counts(&view, &rows);
        let _ = export::table_csv(&view, &rows);

        let compare = CompareQuery::from_query(&text);
        assert!(compare.forces.len() <= MAX_FORCES);
        assert_eq!(CompareQuery::from_query(&compare.to_query()), compare, "{text:?}");
        let _ = compare.with_force(&text).without_force(&text).path();

        let _ = search::search(&text, &refs, 10);
        let _ = crate::route::query::percent_decode(&text);

        // Any address: a route whose path reads back as the same route.
        for path in [
            format!("/{text}"),
            format!("/force/{text}/"),
            format!("/round/2016/?{text}"),
            format!("/compare/?{text}"),
        ] {
            let route = Route::parse(&path);
            assert_eq!(Route::parse(&route.path()), route, "{path:?}");
        }
    }
}
