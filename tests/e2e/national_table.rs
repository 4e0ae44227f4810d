//! The national table as a reader uses it: each force's standing and the rule it sorts by, the
//! header row and force column kept in view while the table scrolls, a filtered count that says
//! how many grades are not held, and the site navigation opening the latest round.

use peel_model::grade::{Grade, Judgement};
use peel_model::text::normalise;
use peel_model::wording::count_word;
use peel_model::{Area, Index, Round};

use crate::browser::{Browser, Options, site, with_browser};
use crate::data::index;

/// Each force's held grades of `round` by level, inadequate first ([inadequate, requires
/// improvement, adequate, good, outstanding]), and how many judgements are held.
fn levels(index: &Index, round: Round, force: &peel_model::ForceSlug) -> ([u32; 5], u32) {
    let mut counts = [0; 5];
    let mut held = 0;
    for grade in index
        .grades
        .iter()
        .filter(|g| g.round == round && g.force == *force)
    {
        // Headline grades only: the table's columns are pillars or graded areas.
        if matches!(grade.area, Area::Question { .. }) {
            continue;
        }
        held += 1;
        if let Judgement::Graded(g) = grade.judgement {
            let worst_first = Grade::ALL.iter().rev().position(|x| *x == g).unwrap_or(0);
            counts[worst_first] += 1;
        }
    }
    (counts, held)
}

/// The forces in the order the table's rule gives, computed here from the bundle: the most
/// inadequate first, then the most requires improvement, ..., then more held; nothing held last;
/// then by name. `descending` turns the counts' order round.
fn by_the_rule(index: &Index, round: Round, descending: bool) -> Vec<String> {
    let mut forces: Vec<(bool, [u32; 5], u32, String, String)> = index
        .forces
        .iter()
        .map(|f| {
            let (counts, held) = levels(index, round, &f.slug);
            (held == 0, counts, held, normalise(&f.name), f.name.clone())
        })
        .collect();
    forces.sort_by(|a, b| {
        let counts = b.1.cmp(&a.1);
        a.0.cmp(&b.0)
            .then(if descending { counts.reverse() } else { counts })
            .then(b.2.cmp(&a.2))
            .then(a.3.cmp(&b.3))
    });
    forces.into_iter().map(|f| f.4).collect()
}

async fn row_names(browser: &Browser) -> Vec<String> {
    browser.texts(".grade-table tbody th[scope='row']").await
}

#[tokio::test]
async fn the_standing_column_sorts_by_its_rule_written_beside_the_table() {
    let index = index();
    let round = Round::from_label("2023-25").unwrap();
    let worst_first = by_the_rule(&index, round, false);
    let best_first = by_the_rule(&index, round, true);
    // The data has forces that differ in standing: the rule decides something.
    assert_ne!(worst_first.first(), best_first.first());
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}round/{}/", site(), round.slug())).await;
        let rule = browser.text("#standing-rule").await;
        assert!(rule.contains("most inadequate grades comes first"), "{rule}");
        assert!(rule.contains("no grade of the round held come last"), "{rule}");
        // The column, with each force's counts in words: "…; 8 of 8 held".
        let header = browser.text(".grade-table thead th:nth-child(3)").await;
        assert!(header.starts_with("Standing"), "{header}");
        let cells = browser.texts(".grade-table__standing").await;
        assert_eq!(cells.len(), index.forces.len());
        assert!(cells.iter().all(|c| c.contains(" held")), "{cells:?}");
        // Sorted by the rule, then reversed: each an address of its own.
        browser.click(".grade-table thead th:nth-child(3) .sort-button").await;
        browser
            .wait_until("the standing sort in the address", "return location.search === '?sort=standing'")
            .await;
        assert_eq!(
            browser.eval("return document.querySelector('.grade-table thead th:nth-child(3)').getAttribute('aria-sort')").await,
            "ascending"
        );
        assert_eq!(row_names(&browser).await, worst_first);
        let status = browser.text(".table-status").await;
        assert!(status.contains("Sorted by standing, most inadequate grades first"), "{status}");
        browser.click(".grade-table thead th:nth-child(3) .sort-button").await;
        browser
            .wait_until("the reversed sort in the address", "return location.search === '?sort=standing&order=desc'")
            .await;
        assert_eq!(row_names(&browser).await, best_first);
        // The same address opened afresh shows the same order.
        browser.open(&format!("{}round/{}/?sort=standing&order=desc", site(), round.slug())).await;
        assert_eq!(row_names(&browser).await, best_first);
        browser.assert_no_console_errors().await;
    })
    .await;
}

/// Where the first header cell and the first row's force cell are, against the scroll box, after
/// the box is scrolled down and across: [box top, header top, box left, force cell left,
/// scrolled down, scrolled across].
async fn after_scrolling(browser: &Browser) -> Vec<f64> {
    let found = browser
        .eval(
            "const box = document.querySelector('.table-scroll:has(> .round-table)'); \
             box.scrollIntoView(); \
             const frame = () => new Promise(done => requestAnimationFrame(done)); \
             return frame().then(frame).then(() => new Promise(done => { \
               box.scrollTop = 600; box.scrollLeft = 400; \
               requestAnimationFrame(() => { \
               const b = box.getBoundingClientRect(); \
               const head = box.querySelector('thead th').getBoundingClientRect(); \
               const rows = [...box.querySelectorAll('tbody th[scope=row]')]; \
               const row = rows.find(r => r.getBoundingClientRect().bottom > head.bottom) || rows[0]; \
               const force = row.getBoundingClientRect(); \
               done([b.top, head.top, b.left, force.left, box.scrollTop, box.scrollLeft]); }); }));",
        )
        .await;
    found
        .as_array()
        .map(|v| v.iter().filter_map(|n| n.as_f64()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn the_header_row_and_force_column_stay_in_view_while_the_table_scrolls() {
    let round = Round::from_label("2023-25").unwrap();
    with_browser(Options::default(), |browser| async move {
        for (width, phone) in [(1280, false), (390, true), (320, true)] {
            browser.emulate_screen(width, 800, phone).await;
            browser.open(&format!("{}round/{}/", site(), round.slug())).await;
            // The box is still the labelled, focusable region it was.
            let region = browser
                .eval("const box = document.querySelector('.table-scroll:has(> .round-table)'); return [box.getAttribute('role'), box.getAttribute('aria-label'), box.tabIndex]")
                .await;
            assert_eq!(region[0], "region", "at {width} px");
            assert_eq!(region[1], format!("PEEL {} grades by force", round.label()));
            assert_eq!(region[2], 0);
            let [box_top, head_top, box_left, force_left, down, across] = after_scrolling(&browser).await[..] else {
                panic!("no scroll box at {width} px");
            };
            assert!(down > 0.0, "the table scrolls down inside its box at {width} px");
            assert!((head_top - box_top).abs() <= 1.0, "at {width} px the header row is at {head_top}, the box at {box_top}");
            if across > 0.0 {
                assert!((force_left - box_left).abs() <= 1.0, "at {width} px the force column is at {force_left}, the box at {box_left}");
            } else {
                assert!(width >= 1280, "the area round's table scrolls across on a phone ({width} px)");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn a_filtered_count_says_how_many_grades_there_are_not_held() {
    let index = index();
    let round = Round::from_label("2023-25").unwrap();
    let area = Area::GradedArea("Investigating crime".into());
    let total = index.forces.len() as u32;
    let held = index
        .forces
        .iter()
        .filter(|f| index.headline(&f.slug, round, &area).is_some())
        .count() as u32;
    let missing = total - held;
    assert!(missing > 0, "the data holds every force's grade: nothing to say");
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!(
                "{}round/{}/?grade=inadequate&area={}",
                site(),
                round.slug(),
                area.slug()
            ))
            .await;
        let status = browser.text(".table-status").await;
        assert!(
            status.contains(&format!(
                "The investigating crime grade is not held in this dataset for {} of the {total} forces.",
                count_word(missing)
            )),
            "{status}"
        );
    })
    .await;
}

#[tokio::test]
async fn national_tables_in_the_navigation_opens_the_latest_round_held() {
    let index = index();
    let latest = index
        .rounds
        .iter()
        .filter(|r| r.forces_with_grades > 0)
        .map(|r| r.round)
        .max()
        .expect("a round with grades held");
    with_browser(Options::default(), |browser| async move {
        for page in ["", "force/kent/2016/", "force/kentt/"] {
            browser.open(&format!("{}{page}", site())).await;
            let href = browser
                .eval("return [...document.querySelectorAll('.site-header__nav a')].find(a => a.textContent === 'National tables').getAttribute('href')")
                .await;
            assert_eq!(href, format!("/round/{}/", latest.slug()), "on /{page}");
        }
        browser.click_link("National tables").await;
        browser
            .wait_until("the latest round's table", &format!("return location.pathname === '/round/{}/' && !!document.querySelector('.grade-table tbody tr')", latest.slug()))
            .await;
        assert_eq!(browser.text("h1").await, format!("PEEL {}: grades of every force", latest.label()));
    })
    .await;
}

/// The table's rows as a reader meets them, top to bottom: each group's heading, then each
/// force's name.
async fn rows_in_order(browser: &Browser) -> Vec<String> {
    let found = browser
        .eval("return [...document.querySelectorAll('.round-table tbody tr')].map(r => r.querySelector('th').textContent.trim())")
        .await;
    found
        .as_array()
        .map(|v| v.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_shared_table_address_keeps_the_prerendered_page_and_shows_its_state() {
    with_browser(Options::default(), |browser| async move {
        // The state chosen in the app: good grades only, grouped by region.
        browser.open(&format!("{}round/2016/", site())).await;
        browser
            .eval("const s = document.getElementById('filter-grade'); s.value = 'good'; s.dispatchEvent(new Event('change', {bubbles: true})); return true")
            .await;
        browser.click("#group-by-region").await;
        browser
            .wait_until("the state in the address", "return location.search === '?grade=good&group=region'")
            .await;
        let chosen = rows_in_order(&browser).await;
        let headings = browser.count(".round-table .grade-table__group").await;
        assert!(headings > 1 && chosen.len() > headings, "grouped rows: {chosen:?}");
        // The same address opened afresh: the prerendered page is adopted, not rendered anew,
        // and shows the same rows, headings and controls.
        browser.open(&format!("{}round/2016/?grade=good&group=region", site())).await;
        let started = browser
            .eval("return performance.getEntriesByName('peel:hydrated').length + ',' + performance.getEntriesByName('peel:mounted').length")
            .await;
        assert_eq!(started, "1,0", "the page was hydrated, not rendered afresh");
        assert_eq!(rows_in_order(&browser).await, chosen);
        assert_eq!(browser.eval("return document.getElementById('filter-grade').value").await, "good");
        assert_eq!(browser.eval("return document.getElementById('group-by-region').checked").await, true);
        // Back to the whole table in the app, from the shared state.
        browser.click(".table-controls a").await;
        browser.wait_until("the reset table", "return location.search === ''").await;
        assert_eq!(browser.count(".round-table .grade-table__group").await, 0);
        assert_eq!(rows_in_order(&browser).await.len(), crate::data::force_regions().len());
        browser.assert_no_console_errors().await;
    })
    .await;
}
