//! The tile map of England and Wales: a square per force linking to its page, each saying its
//! grade in letters and in words, recoloured by the table's area filter, readable without
//! JavaScript, on paper and to a keyboard. Expectations come from the built bundle through the
//! model's own types and functions.

use fantoccini::actions::InputSource;
use peel_model::route::GradeFilter;
use peel_model::widgets::headline::round_with_most_grades;
use peel_model::widgets::tile_map::{code, fill_class, fullest_area, kind_of};
use peel_model::{Area, Index, Pillar, Round};
use serde_json::{Value, json};

use crate::browser::{Browser, Options, site, with_browser};
use crate::data::{force_slug, index};

/// Forces sampled on the 2016 map: one with no effectiveness grade held (Essex, per the data)
/// and four others across the grid.
const SAMPLE: [&str; 5] = ["essex", "kent", "durham", "north-wales", "devon-and-cornwall"];

/// The words of a square's name, as its tooltip shows them: "Kent Police: good" of
/// "KEN G, Kent Police: good".
fn in_words(name: &str) -> String {
    name.split_once(", ").map_or(name, |(_, words)| words).to_owned()
}

/// What a force's square should say: (accessible name, letters, class, link).
fn expected(index: &Index, slug: &str, round: Round, area: &Area) -> (String, &'static str, String, String) {
    let force = index
        .force(&force_slug(slug))
        .unwrap_or_else(|| panic!("{slug} is in the index"));
    let judgement = index.headline(&force.slug, round, area).map(|g| g.judgement);
    let kind = kind_of(judgement);
    let words = judgement.map_or("not held in this dataset", |j| j.word());
    let held_in_round = index.grades.iter().any(|g| g.force == slug && g.round == round);
    let link = if held_in_round {
        format!("/force/{slug}/{}/", round.slug())
    } else {
        format!("/force/{slug}/")
    };
    let abbreviation = index
        .tiles
        .iter()
        .find(|t| t.force == slug)
        .map(|t| t.abbreviation.clone())
        .unwrap_or_else(|| panic!("{slug} has a square"));
    (
        format!("{abbreviation} {}, {}: {words}", code(kind), force.name),
        code(kind),
        fill_class(kind),
        link,
    )
}

/// What the page's square for `slug` shows: (aria-label, letters, class, href).
async fn square(browser: &Browser, map: &str, slug: &str) -> (String, String, String, String) {
    let found = browser
        .eval(&format!(
            "const a = document.querySelector('#{map} .tile-map__tile[data-force=\"{slug}\"]'); \
             return a && [a.getAttribute('aria-label'), a.querySelector('.tile-map__code').textContent, \
             a.className, a.getAttribute('href')]"
        ))
        .await;
    let field = |i: usize| found[i].as_str().unwrap_or_default().to_owned();
    assert!(found.is_array(), "no square for {slug} on the map #{map}");
    (field(0), field(1), field(2), field(3))
}

async fn assert_squares(browser: &Browser, map: &str, index: &Index, round: Round, area: &Area) {
    for slug in SAMPLE {
        let (label, letters, class, link) = expected(index, slug, round, area);
        let shown = square(browser, map, slug).await;
        assert_eq!(shown.0, label, "{slug} {area}");
        assert_eq!(shown.1, letters, "{slug} {area}");
        assert!(
            shown.2.split(' ').any(|c| c == class),
            "{slug} {area}: class {} lacks {class}",
            shown.2
        );
        assert_eq!(shown.3, link, "{slug} {area}");
    }
}

#[tokio::test]
async fn the_2016_table_maps_every_force_with_its_grade_from_the_data() {
    let index = index();
    let effectiveness = Area::Pillar(Pillar::Effectiveness);
    // The sample is worth checking: a force not held and at least two grades.
    let kinds: std::collections::BTreeSet<&str> = SAMPLE
        .iter()
        .map(|slug| {
            kind_of(
                index
                    .headline(
                        &force_slug(slug),
                        Round::from_label("2016").unwrap(),
                        &effectiveness,
                    )
                    .map(|g| g.judgement),
            )
            .slug()
        })
        .collect();
    assert!(kinds.contains("not-held") && kinds.len() >= 3, "{kinds:?}");
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}round/2016/", site())).await;
        assert_eq!(
            browser.count("#round-map a.tile-map__tile").await,
            index.forces.len(),
            "a square for each of the forces"
        );
        assert_eq!(
            browser.text("#round-map .tile-map__title").await,
            "Effectiveness in PEEL 2016"
        );
        assert_squares(
            &browser,
            "round-map",
            &index,
            Round::from_label("2016").unwrap(),
            &effectiveness,
        )
        .await;
        // The key: the four-point scale and "not held", each with its count.
        let key = browser.texts("#round-map .tile-map__key-item").await;
        let count = |kind: GradeFilter| {
            index
                .forces
                .iter()
                .filter(|f| {
                    kind_of(
                        index
                            .headline(&f.slug, Round::from_label("2016").unwrap(), &effectiveness)
                            .map(|g| g.judgement),
                    ) == kind
                })
                .count()
        };
        let mut want: Vec<String> = index
            .scale(Round::from_label("2016").unwrap())
            .grades()
            .iter()
            .map(|g| {
                format!(
                    "{} {} ({})",
                    code(GradeFilter::Grade(*g)),
                    g.label(),
                    count(GradeFilter::Grade(*g))
                )
            })
            .collect();
        want.push(format!(
            "– Not held in this dataset ({})",
            count(GradeFilter::NotHeld)
        ));
        let flat = |t: &String| t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(key.iter().map(flat).collect::<Vec<_>>(), want);
        // A square is a link to the force's page for the round.
        let (_, _, _, kent) = expected(&index, "kent", Round::from_label("2016").unwrap(), &effectiveness);
        browser
            .click("#round-map .tile-map__tile[data-force=\"kent\"]")
            .await;
        browser
            .wait_until(
                "Kent's page",
                &format!("return location.pathname === '{kent}' && !!document.querySelector('#judgements')"),
            )
            .await;
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn choosing_a_pillar_recolours_the_map_and_changes_the_address() {
    let index = index();
    let legitimacy = Area::Pillar(Pillar::Legitimacy);
    let efficiency = Area::Pillar(Pillar::Efficiency);
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}round/2016/", site())).await;
        let pick = |id: &str, value: &str| {
            format!(
                "const s = document.getElementById('{id}'); s.value = '{value}'; \
                 s.dispatchEvent(new Event('change', {{bubbles: true}})); return true"
            )
        };
        browser.eval(&pick("filter-area", "legitimacy")).await;
        browser
            .wait_until("the pillar in the address", "return location.search === '?area=legitimacy'")
            .await;
        browser
            .wait_until(
                "the map to show legitimacy",
                "return document.querySelector('#round-map .tile-map__title').textContent === 'Legitimacy in PEEL 2016'",
            )
            .await;
        assert_squares(&browser, "round-map", &index, Round::from_label("2016").unwrap(), &legitimacy).await;
        // The filter still shows the choice, and the table lists every force.
        assert_eq!(browser.eval("return document.getElementById('filter-area').value").await, "legitimacy");
        assert_eq!(browser.count(".grade-table tbody tr").await, index.forces.len());
        // With a grade, the same choice filters the table too; the map keeps every force.
        browser.eval(&pick("filter-grade", "good")).await;
        browser
            .wait_until("the grade in the address", "return location.search === '?grade=good&area=legitimacy'")
            .await;
        let good = index
            .forces
            .iter()
            .filter(|f| index.headline(&f.slug, Round::from_label("2016").unwrap(), &legitimacy).map(|g| g.judgement.word()) == Some("good"))
            .count();
        browser
            .wait_until(
                "the filtered table",
                &format!("return document.querySelectorAll('.grade-table tbody tr').length === {good}"),
            )
            .await;
        assert_eq!(browser.count("#round-map a.tile-map__tile").await, index.forces.len());
        // The address alone reproduces the map.
        browser.open(&format!("{}round/2016/?area=efficiency", site())).await;
        browser
            .wait_until(
                "the map to show efficiency",
                "return document.querySelector('#round-map .tile-map__title')?.textContent === 'Efficiency in PEEL 2016'",
            )
            .await;
        assert_squares(&browser, "round-map", &index, Round::from_label("2016").unwrap(), &efficiency).await;
        assert_eq!(browser.eval("return document.getElementById('filter-area').value").await, "efficiency");
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn a_square_says_its_force_and_grade_on_hover_and_focus() {
    let index = index();
    let effectiveness = Area::Pillar(Pillar::Effectiveness);
    let (durham, _, _, _) = expected(
        &index,
        "durham",
        Round::from_label("2016").unwrap(),
        &effectiveness,
    );
    let (essex, _, _, _) = expected(
        &index,
        "essex",
        Round::from_label("2016").unwrap(),
        &effectiveness,
    );
    let essex = in_words(&essex);
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}round/2016/", site())).await;
        let tip = |slug: &str| {
            format!(
                "const t = document.querySelector('#round-map .tile-map__tile[data-force=\"{slug}\"] .tile-map__tip'); \
                 return [getComputedStyle(t).display, t.innerText, t.getBoundingClientRect().height > 0]"
            )
        };
        let hidden = browser.eval(&tip("durham")).await;
        assert_eq!(hidden[0], "none", "the words show only on hover or focus");
        // Keyboard: the skip link comes first, then the squares row by row.
        browser.eval("document.querySelector('#round-map .tile-map__skip').focus(); return true").await;
        let skip_shown = browser
            .eval("const r = document.querySelector('#round-map .tile-map__skip').getBoundingClientRect(); return r.left >= 0 && r.width > 0")
            .await;
        assert_eq!(skip_shown, true, "the skip link shows when focused");
        browser.press(fantoccini::key::Key::Tab).await;
        let first = browser.eval("return document.activeElement.getAttribute('data-force')").await;
        let top = index
            .tiles
            .iter()
            .min_by_key(|t| (t.row, t.column))
            .map(|t| t.force.to_string())
            .unwrap_or_default();
        assert_eq!(first, Value::String(top.clone()), "the first square is the northernmost");
        let shown = browser.eval(&tip(&top)).await;
        assert_eq!(shown[0], "block", "focus shows the words");
        assert_eq!(shown[2], true);
        let (label, _, _, _) = expected(&index, &top, Round::from_label("2016").unwrap(), &effectiveness);
        assert_eq!(shown[1], Value::String(in_words(&label)));
        // Focus on another square.
        browser
            .eval("document.querySelector('#round-map .tile-map__tile[data-force=\"essex\"]').focus(); return true")
            .await;
        let shown = browser.eval(&tip("essex")).await;
        assert_eq!(shown[1], Value::String(essex));
        // Hover, as a mouse does.
        browser.eval("document.activeElement.blur(); return true").await;
        let square = browser
            .client
            .find(fantoccini::Locator::Css("#round-map .tile-map__tile[data-force=\"durham\"]"))
            .await
            .expect("Durham's square");
        let actions = fantoccini::actions::MouseActions::new("mouse".into()).then(
            fantoccini::actions::PointerAction::MoveToElement {
                element: square,
                duration: None,
                x: 0.0,
                y: 0.0,
            },
        );
        browser.client.perform_actions(actions).await.expect("hover");
        let shown = browser.eval(&tip("durham")).await;
        assert_eq!(shown[0], "block", "hover shows the words");
        assert_eq!(shown[1], Value::String(in_words(&durham)));
    })
    .await;
}

#[tokio::test]
async fn squares_meet_contrast_differ_without_colour_and_print_in_black_and_white() {
    with_browser(Options::default(), |browser| async move {
        let mut kinds = std::collections::BTreeSet::new();
        for page in ["round/2016/", "round/2017/?area=legitimacy", "round/2023-25/", ""] {
            browser.open(&format!("{}{page}", site())).await;
            for (class, _, ratio) in browser.contrast(".tile-map__tile, .tile-map__swatch").await {
                assert!(ratio >= 4.5, "{class} has contrast {ratio:.2}:1 on /{page}");
                if let Some(kind) = class.split(' ').find_map(|c| c.strip_prefix("grade-fill--")) {
                    kinds.insert(kind.to_owned());
                }
            }
        }
        for kind in ["outstanding", "good", "adequate", "requires-improvement", "inadequate", "not-graded", "not-held"] {
            assert!(kinds.contains(kind), "no {kind} square checked: {kinds:?}");
        }
        // "Not held" differs by more than colour: hatched, outlined with dashes, marked "–".
        browser.open(&format!("{}round/2016/", site())).await;
        let not_held = browser
            .eval(
                "const t = document.querySelector('#round-map .tile-map__tile.grade-fill--not-held'); const s = getComputedStyle(t); \
                 return [s.backgroundImage.includes('gradient'), s.borderTopStyle, t.querySelector('.tile-map__code').textContent]",
            )
            .await;
        assert_eq!(not_held, json!([true, "dashed", "–"]));
        // On paper: no fills, black letters and outlines, dashes for "not held"; the words that
        // show on hover are not printed.
        browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" })).await;
        let printed = browser
            .eval(
                "return [...document.querySelectorAll('#round-map .tile-map__tile')].map(t => { const s = getComputedStyle(t); \
                 return [s.backgroundColor, s.color, s.borderTopColor, s.borderTopStyle, t.classList.contains('grade-fill--not-held')]; })",
            )
            .await;
        for square in printed.as_array().unwrap() {
            assert_eq!(square[0], "rgba(0, 0, 0, 0)", "{square}");
            assert_eq!(square[1], "rgb(0, 0, 0)", "{square}");
            assert_eq!(square[2], "rgb(0, 0, 0)", "{square}");
            let dashed = square[4] == true;
            assert_eq!(square[3], if dashed { "dashed" } else { "solid" }, "{square}");
        }
        assert_eq!(
            browser.eval("return getComputedStyle(document.querySelector('#round-map .tile-map__hint')).display").await,
            "none"
        );
        browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "" })).await;
    })
    .await;
}

#[tokio::test]
async fn without_javascript_the_map_and_its_key_are_there() {
    let index = index();
    let effectiveness = Area::Pillar(Pillar::Effectiveness);
    with_browser(
        Options {
            javascript: false,
            ..Options::default()
        },
        |browser| async move {
            browser.goto(&format!("{}round/2016/", site())).await;
            assert_eq!(
                browser.count("#round-map a.tile-map__tile").await,
                index.forces.len()
            );
            assert_squares(
                &browser,
                "round-map",
                &index,
                Round::from_label("2016").unwrap(),
                &effectiveness,
            )
            .await;
            assert!(
                browser
                    .text("#round-map .tile-map__key")
                    .await
                    .contains("Not held in this dataset")
            );
            // The instruction to use the filters, which need JavaScript, is not shown.
            let hint = browser
                .eval("return getComputedStyle(document.querySelector('.round-map > p.js-only')).display")
                .await;
            assert_eq!(hint, "none");
        },
    )
    .await;
}

#[tokio::test]
async fn the_home_page_maps_the_round_with_the_most_grades_held() {
    let index = index();
    let round = round_with_most_grades(&index).expect("grades are held");
    let area = fullest_area(&index, round).expect("the round has areas");
    with_browser(Options::default(), |browser| async move {
        browser.open(&site()).await;
        assert_eq!(
            browser.text("#home-map-heading").await,
            format!("At a glance: PEEL {}", round.label())
        );
        assert_eq!(
            browser.text("#home-map .tile-map__title").await,
            format!("{} in PEEL {}", area.label(), round.label())
        );
        assert_eq!(
            browser.count("#home-map a.tile-map__tile").await,
            index.forces.len()
        );
        assert_squares(&browser, "home-map", &index, round, &area).await;
        // The way on: the round's table, its map showing the same area.
        let table = browser
            .eval("return document.querySelector('.home-map__table a').getAttribute('href')")
            .await;
        assert_eq!(table, format!("/round/{}/?area={}", round.slug(), area.slug()));
        browser.click(".home-map__table a").await;
        browser
            .wait_until(
                "the table's map",
                "return !!document.querySelector('#round-map .tile-map__title')",
            )
            .await;
        assert_eq!(
            browser.text("#round-map .tile-map__title").await,
            format!("{} in PEEL {}", area.label(), round.label())
        );
        browser.assert_no_console_errors().await;
    })
    .await;
}
