//! The 2021/22 and 2023-25 rounds: finding a force by any place, force pages of partly held
//! rounds with their official report, and counts that say what they count from. Expectations
//! are computed from the built bundle through the model's own functions, not typed in.

use peel_model::pages::{PageData, Sources, build_page};
use peel_model::places::{PlacesFile, search_places};
use peel_model::route::Route;
use peel_model::widgets::distribution::{Distribution, chart};
use peel_model::{Area, ForceFile, ForceSlug, Round};

use crate::browser::{Browser, Options, site, with_browser};
use crate::data::{bundle_force, force_names, force_slug, index};

fn places() -> PlacesFile {
    let dist = crate::browser::env("PEEL_E2E_DIST");
    let path = peel_model::bundle::Layout::CURRENT.path(peel_model::bundle::BundleFile::Places);
    let text = std::fs::read_to_string(std::path::Path::new(&dist).join(&path)).expect("places.json");
    peel_model::load::decode(&path, &text).unwrap_or_else(|e| panic!("{}", e.detail()))
}

async fn search_for(browser: &Browser, text: &str) -> Vec<String> {
    browser
        .eval("const i = document.getElementById('home-search'); i.focus(); i.value = ''; i.dispatchEvent(new Event('input')); return true")
        .await;
    for c in text.chars() {
        browser.press_char(c).await;
    }
    browser
        .wait_until(
            &format!("results for “{text}”"),
            "return document.querySelectorAll('#home-search-listbox [role=option]').length > 0",
        )
        .await;
    browser.texts("#home-search-listbox [role=option]").await
}

#[tokio::test]
async fn a_force_is_found_by_any_place_it_covers() {
    let places = places();
    let names = force_names();
    // Each place as the data has it: the force (or forces) covering it.
    let expect = |typed: &str| -> Vec<(String, String)> {
        search_places(&places.places, typed, 50)
            .into_iter()
            .filter(|m| m.quality == peel_model::places::MatchQuality::Whole)
            .map(|m| (names[m.force.as_str()].clone(), m.reason))
            .collect()
    };
    let cardiff = expect("Cardiff");
    let milton_keynes = expect("milton keynes");
    let st_helens = expect("st helens");
    let newport = expect("Newport");
    assert_eq!(cardiff.len(), 1, "the data places Cardiff in one force area");
    assert_eq!(st_helens.len(), 1);
    assert!(!milton_keynes.is_empty(), "Milton Keynes is in the data");
    assert!(
        newport.len() >= 2,
        "the data holds Newport for several force areas: {newport:?}"
    );
    with_browser(Options::default(), |browser| async move {
        browser.open(&site()).await;
        // Typed as readers type: lower case, no punctuation.
        for (typed, expected) in [
            ("Cardiff", &cardiff),
            ("milton keynes", &milton_keynes),
            ("st helens", &st_helens),
        ] {
            let options = search_for(&browser, typed).await;
            let (force, reason) = &expected[0];
            assert!(
                options[0].contains(force.as_str()) && options[0].contains(reason.as_str()),
                "“{typed}”: first option {:?}, expected {force} ({reason})",
                options.first()
            );
        }
        // A name in several force areas offers each force, saying where the place is.
        let options = search_for(&browser, "Newport").await;
        for (force, reason) in &newport {
            assert!(
                options
                    .iter()
                    .any(|o| o.contains(force.as_str()) && o.contains(reason.as_str())),
                "Newport: {force} ({reason}) not offered: {options:?}"
            );
        }
        // Choosing one opens that force's page.
        let first = browser
            .text("#home-search-listbox [role=option] .force-search__name")
            .await;
        browser.click("#home-search-listbox [role=option]").await;
        browser
            .wait_until(
                "a force page",
                "return location.pathname.startsWith('/force/') && !!document.querySelector('#judgements')",
            )
            .await;
        assert_eq!(browser.text("h1").await, first);
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn without_javascript_the_places_page_lists_every_place_with_its_force() {
    let places = places();
    let kettering = places
        .places
        .iter()
        .find(|p| p.name == "Kettering")
        .expect("Kettering is in the data");
    let force_name = force_names()[kettering.force.as_str()].clone();
    with_browser(
        Options {
            javascript: false,
            ..Options::default()
        },
        |browser| async move {
            browser.goto(&format!("{}places/", site())).await;
            assert_eq!(browser.text("h1").await, "Find your police force by place");
            let items = browser.texts(".places__list li").await;
            assert!(
                items.len() >= places.places.len() / 2,
                "{} places listed",
                items.len()
            );
            let line = items
                .iter()
                .find(|i| i.starts_with("Kettering ("))
                .expect("Kettering listed");
            assert!(line.ends_with(&force_name), "{line}");
            // Linked from the home page.
            browser.goto(&site()).await;
            assert_eq!(browser.count(".home-places a[href='/places/']").await, 1);
        },
    )
    .await;
}

/// A graded-area force-round with some areas held and some not, and its official report held.
fn partly_held() -> (ForceSlug, Round, String) {
    let index = index();
    index
        .force_rounds
        .iter()
        .filter(|fr| !index.has_pillars(fr.round))
        .find_map(|fr| {
            let url = fr.report_url.clone()?;
            let areas = peel_model::widgets::headline::headline(&index, &fr.force, fr.round);
            let held = areas.iter().filter(|h| h.judgement.is_some()).count();
            (held > 0 && held < areas.len()).then(|| (fr.force.clone(), fr.round, url))
        })
        .expect("the data has a partly held graded-area round with its report")
}

#[tokio::test]
async fn a_partly_held_round_lists_its_grades_and_links_the_official_report_once() {
    let (force, round, report_url) = partly_held();
    let index = index();
    let file: ForceFile = bundle_force(force.as_str());
    let PageData::ForceRound(view) = build_page(
        &Route::ForceRound {
            force: force.clone(),
            round,
        },
        &Sources::new(&index, [&file], None),
    ) else {
        panic!("the force-round page")
    };
    let held = view.held_grades();
    let not_held = view.not_held().map(|n| n.areas.len()).unwrap_or_default();
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!("{}force/{force}/{}/", site(), round.slug()))
            .await;
        assert_eq!(
            browser.count(".judgement-list__row").await,
            held.len(),
            "every grade held, and only those"
        );
        assert_eq!(browser.count(".judgement-list .grade-tag--not-held").await, 0);
        // The official report is the primary source: linked once for the areas not held, and
        // once in the page's own section on the report.
        let report = peel_model::links::official_link(&report_url).expect("an official report");
        let report_links = browser.count(&format!("a[href='{report}']")).await;
        assert_eq!(
            browser.count(&format!(".not-held a[href='{report}']")).await,
            usize::from(not_held > 0)
        );
        assert!(report_links >= 1, "{report_links} links to {report_url}");
        // Each grade held names its publisher; an official source is a link, another is not.
        let first = &held[0];
        let source = file
            .grade(round, &first.area)
            .map(|g| g.source_url.clone())
            .expect("a source");
        let publisher = peel_model::publishers::publisher_of(&index.publishers, &source)
            .map(|p| p.name.clone())
            .expect("every source host has a publisher");
        let row = format!("#{} .judgement-list__source", first.area.slug());
        let shown = browser.text(&row).await;
        assert!(shown.starts_with(&format!("Source: {publisher}")), "{shown}");
        assert!(!shown.contains(&source), "no address in the row: {shown}");
        let links = browser
            .eval(&format!(
                "return [...document.querySelectorAll('{row} a:not(.cited-source__number)')].map(a => a.getAttribute('href'))"
            ))
            .await;
        let expected: Vec<String> = peel_model::links::official_link(&source).into_iter().collect();
        assert_eq!(links, serde_json::json!(expected), "{shown}");
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn counting_forces_says_how_many_are_held() {
    // Kent, 2021/22: the sentence about each area states its base where forces are not held.
    let index = index();
    let round = Round::from_label("2021/22").unwrap();
    let area = Area::GradedArea("Treatment of the public".to_owned());
    let distribution = Distribution::of(&index, round, &area, Some(&force_slug("kent")));
    assert!(
        distribution.counts.not_held > 0,
        "the data does not hold every force for this area"
    );
    let held = distribution.counts.held();
    let sentence = format!("Kent Police is {}.", chart(&distribution, true).summary);
    assert!(
        sentence.contains(&peel_model::wording::count_word(held)),
        "the sentence states its base: {sentence}"
    );
    // The 2023-25 national table: its coverage line and each column's base.
    let PageData::RoundTable(table) = build_page(
        &Route::round_table(Round::from_label("2023-25").unwrap()),
        &Sources::index_only(&index),
    ) else {
        panic!("the 2023-25 table")
    };
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}force/kent/2021-22/", site())).await;
        browser.click(".accordion__show-all").await;
        let summaries = browser.texts(".distribution__summary").await;
        assert!(
            summaries.contains(&sentence),
            "“{sentence}” not in {summaries:#?}"
        );

        browser.open(&format!("{}round/2023-25/", site())).await;
        assert_eq!(browser.text(".lead").await, table.coverage_sentence());
        assert!(
            table
                .coverage_sentence()
                .contains(&format!("of the {} forces", index.forces.len()))
        );
        let counts = browser.texts(".grade-table__counts").await;
        assert!(!counts.is_empty());
        for count in &counts {
            assert!(
                count.contains("held for"),
                "a column summary without its base: {count}"
            );
        }
        browser.assert_no_console_errors().await;
    })
    .await;
}
