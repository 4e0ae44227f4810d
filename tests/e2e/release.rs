//! Releases without breakage: a reader whose page was loaded before a new release (with a new
//! bundle version) navigates in the app; the bundle files the running app asks for are gone
//! (the new release's folder is `data/v<N+1>/`) or of the new version, and the reader lands on
//! the right page, loaded in full once; a page that fails again after that says so, no loop.

use std::path::PathBuf;

use peel_model::BUNDLE_VERSION;
use peel_model::bundle::{BundleFile, Layout};
use peel_model::load::LoadError;

use crate::browser::{Options, with_browser};
use crate::data::force_slug;
use crate::server::{Answer, TestServer};

fn dist() -> PathBuf {
    PathBuf::from(crate::browser::env("PEEL_E2E_DIST"))
}

/// The site path of a bundle file of the running app's version.
fn old_path(file: BundleFile) -> String {
    format!("/{}", Layout::CURRENT.path(file))
}

/// The server answers the old version's files as a new release does: gone, or (a host that
/// keeps the addresses) with the new version's content.
fn release(server: &TestServer, gone: bool) {
    let index = old_path(BundleFile::Index);
    let kent = force_slug("kent");
    let kent_file = old_path(BundleFile::Force(&kent));
    for path in [index, kent_file] {
        let answer = if gone {
            Answer::Status(404, Vec::new())
        } else {
            let text =
                std::fs::read_to_string(dist().join(path.trim_start_matches('/'))).expect("a bundle file");
            let newer = text.replacen(
                &format!("\"version\":{BUNDLE_VERSION}"),
                &format!("\"version\":{}", BUNDLE_VERSION + 1),
                1,
            );
            assert_ne!(newer, text, "{path} starts with its version");
            Answer::Body(newer.into_bytes())
        };
        server.answer(&path, answer);
    }
}

#[tokio::test]
async fn after_a_new_release_navigating_lands_on_the_right_page() {
    for gone in [true, false] {
        let server = TestServer::start(&dist(), false);
        let url = server.url();
        with_browser(Options::default(), |browser| async move {
            browser.open(&url).await;
            browser.wait_for_app().await;
            browser.mark_document().await;
            release(&server, gone);
            browser.click_link("Kent Police").await;
            browser
                .wait_until(
                    "Kent's page, loaded in full",
                    "return !window.__peelSameDocument && document.querySelector('main h1')?.textContent === 'Kent Police'",
                )
                .await;
            let landed = browser.url().await;
            assert!(landed.contains("/force/kent/"), "gone: {gone}: landed on {landed}");
            assert_eq!(browser.count("main .error-summary").await, 0, "gone: {gone}");
            // The page now works as any page: its next navigations load in full too while the
            // old files stay gone, and land on the right page.
            browser.wait_for_app().await;
            browser.mark_document().await;
            browser.click(".site-header__name").await;
            browser
                .wait_until(
                    "the home page",
                    "return document.querySelector('main h1')?.textContent.includes('Police inspection findings')",
                )
                .await;
            assert_eq!(browser.count("main .error-summary").await, 0, "gone: {gone}");
        })
        .await;
    }
}

#[tokio::test]
async fn a_page_that_fails_again_after_its_full_load_says_so_once() {
    let server = TestServer::start(&dist(), false);
    release(&server, true);
    // A comparison, never prerendered: the page is built in the browser from the files, which
    // stay gone after the full load.
    let url = format!("{}compare/?forces=kent,essex&round=2016", server.url());
    with_browser(Options::default(), |browser| async move {
        browser.open(&url).await;
        browser
            .wait_until(
                "the failure to be explained",
                "return !!document.querySelector('main .error-summary[role=alert]')",
            )
            .await;
        browser.mark_document().await;
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        assert!(browser.same_document().await, "no further page load");
        let text = browser.text("main .error-summary").await;
        assert!(
            text.contains(&LoadError::Missing { url: String::new() }.sentence()),
            "{text}"
        );
        assert!(
            browser
                .url()
                .await
                .ends_with("/compare/?forces=kent,essex&round=2016")
        );
    })
    .await;
}
