//! The embeds under `/embed/`: framed by a page of another site (another loopback origin) with
//! the README's headers while a normal page is refused; no script and no wasm loaded; within
//! 15 KB brotli; readable at 300 px; axe 0; and "Embed this", whose Copy button copies exactly
//! the code shown.

use std::path::{Path, PathBuf};

use crate::accessibility::{axe_source, violations};
use crate::browser::{Browser, Options, env, site, with_browser};
use crate::server::{Answer, TestServer};

/// One embed of each kind, below the site's root.
const EMBEDS: [&str; 3] = [
    "embed/round/2023-25/responding-to-the-public/",
    "embed/force/kent/2023-25/",
    "embed/monitoring/",
];

/// What an embed may weigh, HTML and stylesheet, as brotli.
const MOST_BYTES: u64 = 15 * 1024;

const CREDIT: &str = "PEEL Explorer, data: HMICFRS, Open Government Licence v3.0.";

fn dist() -> PathBuf {
    PathBuf::from(env("PEEL_E2E_DIST"))
}

#[tokio::test]
async fn an_embed_shows_in_another_sites_frame_and_a_normal_page_is_refused() {
    // The site, with the README's headers (each page's policy and frame-ancestors by path)...
    let site = TestServer::start(&dist(), true);
    // ...and another site (another port: another origin) whose page frames an embed and a page.
    let other = TestServer::start(&dist(), false);
    let embed_url = format!("{}embed/monitoring/", site.url());
    let page_url = format!("{}monitoring/", site.url());
    other.answer(
        "/article.html",
        Answer::Body(
            format!(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>An article</title></head>\
                 <body><iframe src=\"{embed_url}\" title=\"embed\" width=\"600\" height=\"600\"></iframe>\
                 <iframe src=\"{page_url}\" title=\"page\" width=\"600\" height=\"600\"></iframe></body></html>"
            )
            .into_bytes(),
        ),
    );
    with_browser(Options::default(), |browser| async move {
        browser.goto(&format!("{}article.html", other.url())).await;
        // The window's load waits for its frames', shown or refused.
        browser
            .wait_until(
                "the article and its frames",
                "return document.readyState === 'complete'",
            )
            .await;
        browser.client.enter_frame(0).await.expect("the embed's frame");
        let credit = browser
            .eval("return document.querySelector('.embed__credit')?.textContent || ''")
            .await;
        assert!(
            credit.as_str().unwrap_or_default().starts_with(CREDIT),
            "the embed shows in the other site's frame with its credit line: {credit}"
        );
        browser.client.enter_parent_frame().await.unwrap();
        browser.client.enter_frame(1).await.expect("the page's frame");
        let shown = browser
            .eval("return [location.href, !!document.querySelector('.site-header, main h1')]")
            .await;
        assert_eq!(
            shown[1], false,
            "Chromium refuses to show a normal page in another site's frame: {shown}"
        );
        assert_ne!(shown[0].as_str(), Some(page_url.as_str()), "{shown}");
        browser.client.enter_parent_frame().await.unwrap();
    })
    .await;
}

/// The brotli size of a file of the built site (its `.br` copy).
fn brotli_size(file: &Path) -> u64 {
    let br = PathBuf::from(format!("{}.br", file.display()));
    std::fs::metadata(&br)
        .unwrap_or_else(|e| panic!("{}: {e}", br.display()))
        .len()
}

fn embed_pages(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            embed_pages(&path, out);
        } else if path.file_name().is_some_and(|n| n == "index.html") {
            out.push(path);
        }
    }
}

#[test]
fn every_embed_is_within_15_kb_brotli_with_its_stylesheet() {
    let dist = dist();
    let stylesheet = brotli_size(&dist.join("embed/embed.css"));
    let mut pages = Vec::new();
    embed_pages(&dist.join("embed"), &mut pages);
    assert!(
        pages.len() > 100,
        "every round's maps and every force-round's card: {}",
        pages.len()
    );
    let (largest, bytes) = pages
        .iter()
        .map(|page| (page, brotli_size(page)))
        .max_by_key(|(_, bytes)| *bytes)
        .unwrap();
    eprintln!(
        "embeds: {} pages, the largest {} ({bytes} B brotli) with the stylesheet ({stylesheet} B): {} B",
        pages.len(),
        largest.display(),
        bytes + stylesheet
    );
    assert!(
        bytes + stylesheet <= MOST_BYTES,
        "{} is {bytes} B brotli, with the stylesheet {} B: over {MOST_BYTES}",
        largest.display(),
        bytes + stylesheet
    );
}

#[tokio::test]
async fn an_embed_loads_no_script_and_no_wasm_and_fits_300_px() {
    let axe = axe_source();
    with_browser(Options::default(), |browser| async move {
        let mut failures = Vec::new();
        for embed in EMBEDS {
            for (width, phone) in [(1280, false), (390, true), (320, true), (300, true)] {
                if phone {
                    browser.emulate_screen(width, 800, true).await;
                }
                browser.goto(&format!("{}{embed}", site())).await;
                let loaded = browser
                    .eval(
                        "return [document.scripts.length, performance.getEntriesByType('resource').map(r => r.name)]",
                    )
                    .await;
                assert_eq!(loaded[0], 0, "/{embed} holds no script");
                let fetched: Vec<&str> = loaded[1]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|n| n.as_str())
                    .collect();
                assert!(
                    fetched.iter().all(|n| !n.ends_with(".js") && !n.ends_with(".wasm")),
                    "/{embed} fetched {fetched:?}"
                );
                assert!(fetched.iter().any(|n| n.ends_with("/embed/embed.css")), "{fetched:?}");
                let credit = browser.text(".embed__credit").await;
                assert!(credit.starts_with(CREDIT), "/{embed}: {credit}");
                let wide = browser.eval("return document.documentElement.scrollWidth").await;
                if wide.as_u64().unwrap_or(0) > u64::from(width) {
                    failures.push(format!("/{embed} is {wide}px wide at {width}px"));
                }
                if width == 1280 || width == 390 {
                    for found in violations(&browser, &axe).await {
                        failures.push(format!("/{embed} at {width}px: {found}"));
                    }
                }
            }
            browser.emulate_screen(1280, 900, false).await;
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    })
    .await;
}

async fn open_embed_this(browser: &Browser, page: &str) -> String {
    browser.open(&format!("{}{page}", site())).await;
    browser.click("#embed-this summary").await;
    browser
        .eval("return document.getElementById('embed-this-code').textContent")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn embed_this_copies_exactly_the_code_shown_and_previews_the_embed() {
    with_browser(Options::default(), |browser| async move {
        let code = open_embed_this(&browser, "force/kent/2023-25/").await;
        let src = format!("{}embed/force/kent/2023-25/", site());
        let path = "/embed/force/kent/2023-25/";
        // The full address where the site was built with its origin, else the path.
        assert!(
            code.starts_with(&format!("<iframe src=\"{path}\" title=\"Kent Police, PEEL "))
                || code.starts_with(&format!("<iframe src=\"{src}\" title=\"Kent Police, PEEL ")),
            "{code}"
        );
        for part in ["width=\"100%\"", "height=\"", "loading=\"lazy\"", ": grades held\""] {
            assert!(code.contains(part), "{part} not in {code}");
        }
        let preview = browser
            .eval("const f = document.querySelector('.embed-this__preview'); return [f.getAttribute('src'), f.getAttribute('loading'), f.title]")
            .await;
        assert_eq!(preview[0], path, "{preview}");
        assert_eq!(preview[1], "lazy", "{preview}");
        browser.allow_clipboard().await;
        browser.click(".embed-this__button").await;
        browser
            .wait_until(
                "the confirmation",
                "return document.getElementById('announcer').textContent === 'Embed code copied'",
            )
            .await;
        assert_eq!(browser.text(".embed-this__button").await, "Embed code copied");
        let copied = browser.eval("return navigator.clipboard.readText()").await;
        assert_eq!(copied.as_str(), Some(code.as_str()), "the clipboard holds exactly the code shown");
        // The preview shows the embed itself.
        browser.client.enter_frame(0).await.expect("the preview's frame");
        browser
            .wait_until(
                "the preview",
                "return !!document.querySelector('.embed__credit')",
            )
            .await;
        browser.client.enter_parent_frame().await.unwrap();

        // On a table, the code follows the area the reader chose.
        let code = open_embed_this(&browser, "round/2016/?area=legitimacy").await;
        assert!(code.contains("/embed/round/2016/legitimacy/"), "{code}");
        let code = open_embed_this(&browser, "monitoring/").await;
        assert!(code.contains("/embed/monitoring/"), "{code}");
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn the_open_disclosure_passes_axe_on_a_desktop_and_a_phone() {
    let axe = axe_source();
    with_browser(Options::default(), |browser| async move {
        let mut failures = Vec::new();
        for (width, phone) in [(1280, false), (390, true)] {
            if phone {
                browser.emulate_screen(width, 900, true).await;
            }
            for page in ["force/kent/2023-25/", "round/2023-25/", "monitoring/"] {
                open_embed_this(&browser, page).await;
                for found in violations(&browser, &axe).await {
                    failures.push(format!("/{page} at {width}px: {found}"));
                }
                let wide = browser.eval("return document.documentElement.scrollWidth").await;
                if wide.as_u64().unwrap_or(0) > u64::from(width) {
                    failures.push(format!(
                        "/{page} with the disclosure open is {wide}px wide at {width}px"
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    })
    .await;
}
