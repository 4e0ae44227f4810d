//! WCAG 2.2 AA as axe-core checks it, on every page type and every component's examples, on a
//! desktop and a phone, with the expandable sections closed and all open; and what a screen
//! reader hears and where focus goes when the reader moves to another page inside the app.

use std::path::PathBuf;

use peel_explorer::components::examples;

use crate::browser::{Browser, Options, env, site, with_browser};
use crate::look::{EVERY_KIND, PHONES};
use crate::server::{Answer, TestServer};

/// The rule sets the site is held to.
const TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";

pub(crate) fn axe_source() -> String {
    let path = crate::browser::env("PEEL_E2E_AXE");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core at {path}: {e} (cargo xtask installs it from npm)"))
}

/// axe-core's violations on the page as it is now: "rule: selector, selector (help)".
pub(crate) async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser.eval(&format!("{axe}\nreturn true;")).await;
    let found = browser
        .eval(&format!(
            "return axe.run(document, {{ runOnly: {{ type: 'tag', values: {TAGS} }} }}).then(r => r.violations.map(v => \
             v.id + ': ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', ') + ' (' + v.help + ')'))"
        ))
        .await;
    found
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// axe-core on every kind of page ([`EVERY_KIND`]) and on both kinds of round's plain table, at
/// `width`: a desktop window, or a phone's viewport emulated (a headless window cannot be as
/// narrow as a phone).
async fn check_every_page(width: u32, phone: bool) {
    let axe = axe_source();
    with_browser(Options::default(), |browser| async move {
        if phone {
            browser.emulate_screen(width, 900, true).await;
        }
        let mut failures = Vec::new();
        let pages = EVERY_KIND.iter().chain(&["round/2016/", "round/2023-25/", "force/kent/2021-22/"]);
        for page in pages {
            browser.goto(&format!("{}{page}", site())).await;
            browser
                .wait_until(
                    "the page",
                    "return document.documentElement.dataset.app === 'ready' && !document.querySelector('main p.status')",
                )
                .await;
            for found in violations(&browser, &axe).await {
                failures.push(format!("/{page} at {width} px, sections closed: {found}"));
            }
            if browser.count(".accordion__show-all").await > 0 {
                browser.click(".accordion__show-all").await;
                for found in violations(&browser, &axe).await {
                    failures.push(format!("/{page} at {width} px, all sections open: {found}"));
                }
            }
        }
        assert!(failures.is_empty(), "axe-core found:\n{}", failures.join("\n"));
    })
    .await;
}

#[tokio::test]
async fn every_page_type_passes_axe_on_a_desktop() {
    check_every_page(1280, false).await;
}

#[tokio::test]
async fn every_page_type_passes_axe_on_a_390_pixel_phone() {
    check_every_page(PHONES[1], true).await;
}

#[tokio::test]
async fn every_page_type_passes_axe_on_a_320_pixel_phone() {
    check_every_page(PHONES[0], true).await;
}

/// Every component's examples (`components::examples`), on a page of their own served beside the
/// built site and styled by its style sheet, at 1280 px and on a phone's 390 px.
#[tokio::test]
async fn every_component_example_passes_axe_on_a_desktop_and_a_phone() {
    let dist = PathBuf::from(env("PEEL_E2E_DIST"));
    let home = std::fs::read_to_string(dist.join("index.html")).expect("the built home page");
    let server = TestServer::start(&dist, false);
    server.answer(
        "/component-examples.html",
        Answer::Body(examples::page(&stylesheet(&home)).into_bytes()),
    );
    let page = format!("{}component-examples.html", server.url());
    let axe = axe_source();
    with_browser(Options::default(), |browser| async move {
        let mut failures = Vec::new();
        for (width, phone) in [(1280, false), (390, true)] {
            browser.emulate_screen(width, 900, phone).await;
            browser.goto(&page).await;
            let styled = browser
                .eval("return getComputedStyle(document.querySelector('.grade-tag')).borderTopStyle")
                .await;
            assert_eq!(styled, "solid", "the site's style sheet applies at {width} px");
            let shown = browser.count(".component-example").await;
            assert_eq!(shown, examples::COMPONENTS.len(), "every component is shown");
            for found in violations(&browser, &axe).await {
                failures.push(format!("component examples at {width} px: {found}"));
            }
        }
        assert!(failures.is_empty(), "axe-core found:\n{}", failures.join("\n"));
    })
    .await;
}

/// The address of the site's style sheet, from a built page's `<link rel="stylesheet">`.
fn stylesheet(html: &str) -> String {
    let link = html
        .split("<link")
        .skip(1)
        .find(|tag| tag.contains("rel=\"stylesheet\""))
        .expect("a page links its style sheet");
    let href = link.split("href=\"").nth(1).expect("the style sheet's address");
    href[..href.find('"').unwrap_or(href.len())].to_owned()
}

#[tokio::test]
async fn moving_to_another_page_moves_focus_to_its_heading_and_says_so() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&site()).await;
        browser.click_link("Kent Police").await;
        browser
            .wait_until(
                "focus on the new page's heading",
                "return document.activeElement === document.querySelector('main h1') && document.activeElement.textContent === 'Kent Police'",
            )
            .await;
        browser
            .wait_until(
                "the new page announced",
                "return document.getElementById('announcer').textContent.includes('Kent Police')",
            )
            .await;
        // Sorting the table stays on the page: focus stays where the reader is.
        browser.open(&format!("{}round/2016/", site())).await;
        browser.click("th .sort-button").await;
        browser
            .wait_until("the sorted table", "return location.search !== ''")
            .await;
        assert_ne!(
            browser.eval("return document.activeElement === document.querySelector('main h1')").await,
            true,
            "a change of sort does not move focus"
        );
        browser.assert_no_console_errors().await;
    })
    .await;
}
