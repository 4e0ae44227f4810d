//! "Cite this page" on force-round and pillar pages, national tables and comparisons: the page's
//! title, address (with the state a table or comparison is in), the date of the data and the
//! sources its grades rest on (publishers, and addresses where few) as plain text, and a button
//! that copies exactly that text and says so. Expectations are computed from the built bundle.

use peel_model::pages::round_table::RoundTableView;
use peel_model::pages::{PageData, Sources, build_page};
use peel_model::publishers::publisher_name;
use peel_model::route::TableState;
use peel_model::widgets::citation::LICENCE_LINE;
use peel_model::{Area, Pillar, Round, Route};

use crate::browser::{Browser, Options, site, with_browser};
use crate::data::{bundle_force, force_slug, index};

/// The citation the page at `address` (`path` below the site) should show, from the bundle:
/// (text, date line, the first source as the citation names it: publisher and address).
fn expected(slug: &str, path: &str, title: &str, address: &str) -> (String, String, String) {
    let index = index();
    let file = bundle_force(slug);
    let sources = Sources::new(&index, [&file], None);
    let (year, footnotes) = match build_page(&Route::parse(path), &sources) {
        PageData::ForceRound(view) => (view.year, view.footnotes),
        PageData::Pillar(view) => (view.year, view.footnotes),
        other => panic!("{path} is not a force's page: {other:?}"),
    };
    let first = footnotes.sources.first().expect("the page lists its sources");
    let source = format!("{}, {}", first.publisher, first.url);
    let date = match index.data_date {
        Some(date) => format!("Data last changed: {}.", date.long()),
        None => "Date of the data: not recorded.".to_owned(),
    };
    (year.citation(title, address, &footnotes), date, source)
}

async fn shown_citation(browser: &Browser) -> String {
    browser
        .eval("return document.getElementById('cite-text').textContent")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn copy_and_read_back(browser: &Browser) -> String {
    browser.allow_clipboard().await;
    browser.click(".cite__button").await;
    browser
        .wait_until(
            "the confirmation",
            "return document.getElementById('announcer').textContent === 'Citation copied'",
        )
        .await;
    assert_eq!(browser.text(".cite__button").await, "Citation copied");
    browser
        .eval("return navigator.clipboard.readText()")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_force_round_page_cites_itself_and_copies_exactly_that() {
    let round = Round::from_label("2021/22").unwrap();
    let title = format!("Kent Police, PEEL {}", round.label());
    let address = format!("{}force/kent/{}/", site(), round.slug());
    let path = format!("/force/kent/{}/", round.slug());
    let (want, date, source) = expected("kent", &path, &title, &address);
    with_browser(Options::default(), |browser| async move {
        // Arriving at a section: the citation is of the page, not the section.
        browser.open(&format!("{address}#judgements")).await;
        let shown = shown_citation(&browser).await;
        for part in [
            title.as_str(),
            address.as_str(),
            date.as_str(),
            source.as_str(),
            LICENCE_LINE,
        ] {
            assert!(shown.contains(part), "“{part}” not in the citation:\n{shown}");
        }
        assert_eq!(shown, want);
        assert_eq!(browser.text("#cite-heading").await, "Cite this page");
        let copied = copy_and_read_back(&browser).await;
        assert_eq!(copied, shown, "the clipboard holds exactly the text shown");
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn a_pillar_page_cites_itself_with_its_grade_in_the_title() {
    let index = index();
    let round = Round::from_label("2016").unwrap();
    let grade = index
        .headline(&force_slug("kent"), round, &Area::Pillar(Pillar::Effectiveness))
        .map(|g| g.judgement.word())
        .expect("Kent's 2016 effectiveness grade is held");
    let title = format!("Kent Police, PEEL 2016: Effectiveness - {grade}");
    let address = format!("{}force/kent/2016/effectiveness/", site());
    let (want, _, _) = expected("kent", "/force/kent/2016/effectiveness/", &title, &address);
    with_browser(Options::default(), |browser| async move {
        browser.open(&address).await;
        assert_eq!(shown_citation(&browser).await, want);
        assert_eq!(copy_and_read_back(&browser).await, want);
    })
    .await;
}

#[tokio::test]
async fn without_javascript_the_citation_reads_and_no_copy_button_is_offered() {
    with_browser(
        Options {
            javascript: false,
            ..Options::default()
        },
        |browser| async move {
            browser.goto(&format!("{}force/kent/2016/", site())).await;
            let shown = shown_citation(&browser).await;
            assert!(
                shown.starts_with("Kent Police, PEEL 2016. PEEL Explorer. "),
                "{shown}"
            );
            assert!(shown.ends_with(LICENCE_LINE));
            let button = browser
                .eval("return getComputedStyle(document.querySelector('.cite__actions')).display")
                .await;
            assert_eq!(button, "none");
        },
    )
    .await;
}

/// The national table of `round` as the model builds it from the built bundle.
fn round_table(round: Round) -> RoundTableView {
    match build_page(&Route::round_table(round), &Sources::index_only(&index())) {
        PageData::RoundTable(view) => view,
        other => panic!("PEEL {} has no table: {other:?}", round.label()),
    }
}

/// The page's address as the reader sees it, without a fragment.
async fn page_address(browser: &Browser) -> String {
    let href = browser.eval("return location.href").await;
    let href = href.as_str().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn a_national_table_cites_the_state_the_reader_chose() {
    let round = Round::from_label("2016").unwrap();
    let table = round_table(round);
    let address = format!("{}round/2016/", site());
    with_browser(Options::default(), |browser| async move {
        browser.open(&address).await;
        let shown = shown_citation(&browser).await;
        assert_eq!(shown, table.citation(&TableState::default(), &address));
        assert!(
            shown.starts_with(&format!(
                "PEEL 2016: grades of every force. PEEL Explorer. {address}\n"
            )),
            "{shown}"
        );
        let sources = shown.lines().nth(2).unwrap_or_default();
        assert!(
            sources.starts_with("Source") && sources.contains("HMICFRS"),
            "{sources}"
        );
        assert!(sources.contains("JSON download"), "{sources}");

        // The reader filters the table in the app: the citation follows the address.
        browser
            .eval(
                "const s = document.getElementById('filter-grade'); s.value = 'good'; \
                 s.dispatchEvent(new Event('change', {bubbles: true})); return true",
            )
            .await;
        browser
            .wait_until(
                "the grade in the address",
                "return location.search === '?grade=good'",
            )
            .await;
        browser
            .wait_until(
                "the citation to name the new address",
                "return document.getElementById('cite-text').textContent.includes('?grade=good')",
            )
            .await;
        let filtered = format!("{address}?grade=good");
        assert_eq!(page_address(&browser).await, filtered);
        let state = TableState::from_query("grade=good");
        let shown = shown_citation(&browser).await;
        let described = state.describe(&table, state.rows(&table).len());
        let title = shown.lines().next().unwrap_or_default();
        assert!(
            title.contains("graded good for at least one area")
                && title.contains(described.trim_end_matches('.')),
            "the title line names the filter: {title}"
        );
        assert!(title.ends_with(&format!("PEEL Explorer. {filtered}")), "{title}");
        assert_eq!(shown, table.citation(&state, &filtered));
        assert_eq!(
            copy_and_read_back(&browser).await,
            shown,
            "the clipboard holds exactly the text shown"
        );
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn a_comparison_cites_its_exact_address_and_the_publishers_of_its_grades() {
    let index = index();
    let address = format!("{}compare/?forces=kent,northamptonshire&round=2016", site());
    let path = "/compare/?forces=kent,northamptonshire&round=2016";
    let comparison = match build_page(&Route::parse(path), &Sources::index_only(&index)) {
        PageData::Compare(view) => view,
        other => panic!("{path} is not a comparison: {other:?}"),
    };
    // Each compared grade's page and its publisher, as the bundle holds them.
    let grade_sources: Vec<(String, String)> = comparison
        .forces
        .iter()
        .flat_map(|force| &force.headline)
        .filter(|grade| grade.judgement.is_some())
        .filter_map(|grade| grade.source_url.clone())
        .map(|url| (publisher_name(&index.publishers, &url), url))
        .collect();
    assert!(
        !grade_sources.is_empty(),
        "the 2016 grades of Kent and Northamptonshire are held"
    );
    with_browser(Options::default(), |browser| async move {
        browser.open(&address).await;
        let shown = shown_citation(&browser).await;
        let page = page_address(&browser).await;
        assert_eq!(
            shown.lines().next().unwrap_or_default(),
            format!("Compare Kent Police, Northamptonshire Police, PEEL 2016. PEEL Explorer. {page}"),
            "the citation's address is exactly the page's"
        );
        let sources = shown.lines().nth(2).unwrap_or_default();
        for (publisher, url) in &grade_sources {
            assert!(
                sources.contains(&format!("{publisher}, {url}")),
                "“{publisher}, {url}” not in the source line: {sources}"
            );
        }
        assert_eq!(shown, comparison.citation(&page));
        assert!(shown.ends_with(LICENCE_LINE));
        assert_eq!(copy_and_read_back(&browser).await, shown);
        browser.assert_no_console_errors().await;
    })
    .await;
}
