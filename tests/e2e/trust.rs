//! A reader is never stranded and nothing untrusted runs: broken bundle files and a bad network
//! each get a message in the reader's words, Retry where it can help and a way to the page
//! without the app; report text is shown, never run; every page holds to its
//! Content-Security-Policy, also when a host sends it as a header.

use std::path::PathBuf;

use peel_model::bundle::{BundleFile, Layout};
use peel_model::load::LoadError;
use serde_json::json;

use crate::browser::{Browser, Options, with_browser};
use crate::data::force_slug;
use crate::server::{Answer, TestServer};

fn dist() -> PathBuf {
    PathBuf::from(crate::browser::env("PEEL_E2E_DIST"))
}

fn kent_file() -> (String, String) {
    let path = Layout::CURRENT.path(BundleFile::Force(&force_slug("kent")));
    let text = std::fs::read_to_string(dist().join(&path)).expect("kent.json");
    (format!("/{path}"), text)
}

/// Console messages that mean the app broke (not the failed loads the test caused).
async fn app_failures(browser: &Browser) -> Vec<String> {
    browser
        .console_errors()
        .await
        .into_iter()
        .filter(|e| e.contains("panicked at") || e.contains("Uncaught") || e.contains("RuntimeError"))
        .collect()
}

/// From the home page, a client-side navigation to Kent's latest page, whose force file the
/// server answers with `answer`; the page must say `expected` and offer Retry only where it can help.
async fn a_failed_navigation_says(server: &TestServer, answer: Answer, expected: LoadError) {
    let (kent_path, _) = kent_file();
    server.answer(&kent_path, answer.clone());
    let url = server.url();
    with_browser(Options::default(), |browser| async move {
        browser.open(&url).await;
        browser.mark_document().await;
        browser.click_link("Kent Police").await;
        browser
            .wait_until(
                &format!("the failure to be explained ({expected:?})"),
                "return !!document.querySelector('main .error-summary[role=alert]')",
            )
            .await;
        assert!(browser.same_document().await, "a client-side navigation");
        let text = browser.text("main .error-summary").await;
        assert!(text.contains(&expected.sentence()), "{answer:?}: {text}");
        assert_eq!(
            browser.count("main .error-summary button").await,
            usize::from(expected.can_retry()),
            "{answer:?}: Retry only where it can help"
        );
        assert!(
            app_failures(&browser).await.is_empty(),
            "{answer:?}: the app broke"
        );
        // The way out: the page without the app, as the server has it prerendered.
        browser.click_link("Open this page without the app").await;
        browser
            .wait_until(
                "the prerendered page",
                "return document.querySelector('main h1')?.textContent === 'Kent Police'",
            )
            .await;
        assert!(!browser.same_document().await, "a full page load");
    })
    .await;
}

#[tokio::test]
async fn broken_force_files_and_a_failing_server_are_explained() {
    let server = TestServer::start(&dist(), false);
    let (_, kent) = kent_file();
    let damaged = |detail: &str| LoadError::Damaged {
        url: String::new(),
        detail: detail.to_owned(),
    };
    // A file gone (404) or of another version means a new release: the page is loaded in full
    // then (release.rs), not explained.
    let cases = [
        (Answer::Body(Vec::new()), damaged("empty")),
        (
            Answer::Body(kent.as_bytes()[..kent.len() / 2].to_vec()),
            damaged("truncated"),
        ),
        (
            Answer::Body(
                format!(
                    "{{\"version\": {}, \"force\": [1, 2, 3]}}",
                    peel_model::BUNDLE_VERSION
                )
                .into_bytes(),
            ),
            damaged("wrong shape"),
        ),
        (
            Answer::Body(kent.replace("\"good\"", "\"splendid\"").into_bytes()),
            damaged("unknown grade word"),
        ),
        (
            Answer::Status(500, b"oops".to_vec()),
            LoadError::Server {
                url: String::new(),
                status: 500,
            },
        ),
        (Answer::Hang, LoadError::Timeout),
    ];
    for (answer, expected) in cases {
        a_failed_navigation_says(&server, answer, expected).await;
    }
}

#[tokio::test]
async fn when_the_network_drops_retry_brings_the_page_and_the_rest_of_the_site_works() {
    let server = TestServer::start(&dist(), false);
    let url = server.url();
    with_browser(Options::default(), |browser| async move {
        browser.open(&url).await;
        browser.cdp("Network.enable", json!({})).await;
        let offline = |offline: bool| {
            json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 })
        };
        browser.cdp("Network.emulateNetworkConditions", offline(true)).await;
        browser.click_link("Kent Police").await;
        browser
            .wait_until("the failure to be explained", "return !!document.querySelector('main .error-summary[role=alert]')")
            .await;
        assert!(browser.text("main .error-summary").await.contains(&LoadError::Offline.sentence()));
        browser.cdp("Network.emulateNetworkConditions", offline(false)).await;
        browser.click("main .error-summary button").await;
        browser
            .wait_until("Kent's page after Retry", "return document.querySelector('main h1')?.textContent === 'Kent Police'")
            .await;
        // Elsewhere the site goes on working.
        browser.click(".site-header__name").await;
        browser.wait_for_app().await;
        browser.click_link("Essex Police").await;
        browser
            .wait_until("Essex's page", "return document.querySelector('main h1')?.textContent === 'Essex Police'")
            .await;
        assert!(app_failures(&browser).await.is_empty());
    })
    .await;
}

async fn violations(browser: &Browser) -> serde_json::Value {
    browser.eval("return window.__csp").await
}

#[tokio::test]
async fn report_text_is_shown_never_run() {
    let server = TestServer::start(&dist(), false);
    let path = Layout::CURRENT.path(BundleFile::Force(&force_slug("northamptonshire")));
    let mut file: peel_model::ForceFile =
        serde_json::from_str(&std::fs::read_to_string(dist().join(&path)).unwrap()).unwrap();
    let hostile = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> \
                   <a href=\"javascript:window.__pwned = 3\">click</a>";
    let report = file
        .reports
        .iter_mut()
        .find(|r| !r.hmi_observations.is_empty())
        .expect("a report with HMI's observations");
    let round = report.round;
    report.hmi_observations[0] = hostile.to_owned();
    report
        .force_area
        .insert(0, "javascript:window.__pwned = 4".to_owned());
    server.answer(
        &format!("/{path}"),
        Answer::Body(serde_json::to_vec(&file).unwrap()),
    );
    // Reached in the app from the force's latest page: the page is built in the browser from
    // the file.
    let url = format!("{}force/northamptonshire/", server.url());
    let target = format!("/force/northamptonshire/{}/", round.slug());
    with_browser(Options::default(), |browser| async move {
        browser.open(&url).await;
        browser
            .eval(&format!("document.querySelector('main a[href$=\"{target}\"]').click(); return true"))
            .await;
        browser
            .wait_until("the page built in the browser", &format!("return location.pathname.endsWith('{target}') && !!document.querySelector('.accordion__show-all')"))
            .await;
        browser.click(".accordion__show-all").await;
        let text = browser.text("main").await;
        assert!(text.contains(hostile), "the text is shown as it is");
        assert_eq!(
            browser.eval("return window.__pwned === undefined").await,
            true,
            "nothing ran"
        );
        assert_eq!(browser.count("main img").await, 0);
        assert_eq!(browser.count("main a[href^='javascript:']").await, 0);
        assert!(app_failures(&browser).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn every_page_holds_to_its_content_security_policy_sent_as_a_header() {
    let server = TestServer::start(&dist(), true);
    let url = server.url();
    with_browser(Options::default(), |browser| async move {
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));" }),
            )
            .await;
        for page in [
            "",
            "force/northamptonshire/2016/",
            "force/northamptonshire/2016/effectiveness/",
            "round/2016/",
            "compare/?forces=northamptonshire,kent&round=2016",
            "places/",
            "force/nowhere/",
        ] {
            browser.goto(&format!("{url}{page}")).await;
            browser
                .wait_until("the app", "return document.documentElement.dataset.app === 'ready'")
                .await;
            let policy = browser
                .eval("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
                .await;
            let policy = policy.as_str().unwrap_or_default().to_owned();
            assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"), "/{page}: {policy}");
            assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"), "/{page}: {policy}");
            assert_eq!(violations(&browser).await, json!([]), "/{page}");
        }
        // After client-side navigation too.
        browser.goto(&url).await;
        browser.wait_for_app().await;
        browser.click_link("Kent Police").await;
        browser
            .wait_until("Kent's page", "return document.querySelector('main h1')?.textContent === 'Kent Police'")
            .await;
        browser.click(".accordion__show-all").await;
        assert_eq!(violations(&browser).await, json!([]));
        // The not-found page's own 404 status is logged; nothing else may be.
        let errors: Vec<String> = browser
            .console_errors()
            .await
            .into_iter()
            .filter(|e| !e.contains("/force/nowhere/ - Failed to load resource"))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    })
    .await;
}

/// A wasm module whose one export, `f`, traps at once (`unreachable`): a WebAssembly trap like
/// the one a panic in the app is (the release wasm aborts without a message, for its size).
const TRAPPING_MODULE: &str = "new Uint8Array([0,97,115,109,1,0,0,0, 1,4,1,96,0,0, 3,2,1,0, \
                               7,5,1,1,102,0,0, 10,5,1,3,0,0,11])";

#[tokio::test]
async fn a_trap_in_a_script_is_told_to_the_reader_and_the_page_stays_readable() {
    let url = format!("{}round/2016/", crate::browser::site());
    with_browser(Options::default(), |browser| async move {
        // A trap in an event or timer reaches `error`; in a promise, `unhandledrejection`.
        for (how, call) in [
            ("in a timer", "setTimeout(trap)"),
            ("in a promise", "Promise.resolve().then(trap)"),
        ] {
            browser.open(&url).await;
            let heading = browser.text("main h1").await;
            let rows = browser.count("main table tbody tr").await;
            assert_eq!(browser.count("#app-stopped").await, 0, "{how}: no message before");
            browser
                .eval(&format!(
                    "const trap = new WebAssembly.Instance(new WebAssembly.Module({TRAPPING_MODULE})).exports.f; \
                     {call}; return true"
                ))
                .await;
            browser
                .wait_until(
                    &format!("the reader to be told of a trap {how}"),
                    "return !!document.querySelector('main > #app-stopped.error-summary[role=alert]')",
                )
                .await;
            let message = browser.text("#app-stopped").await;
            assert!(message.contains("This page stopped working"), "{how}: {message}");
            assert!(message.contains("may not respond"), "{how}: {message}");
            assert_eq!(browser.text("main h1").await, heading, "{how}: the page stays");
            assert_eq!(browser.count("main table tbody tr").await, rows, "{how}: the table stays");
            assert_eq!(
                browser.eval("return document.documentElement.dataset.app").await,
                "stopped"
            );
            // Its link loads the page afresh, without the message.
            browser.mark_document().await;
            browser.click_link("Reload the page").await;
            browser.wait_for_app().await;
            assert!(!browser.same_document().await, "{how}: a full load");
            assert_eq!(browser.count("#app-stopped").await, 0, "{how}: gone after reloading");
        }
    })
    .await;
}

#[tokio::test]
async fn an_error_that_is_not_a_trap_leaves_the_page_alone() {
    let url = format!("{}round/2016/", crate::browser::site());
    with_browser(Options::default(), |browser| async move {
        browser.open(&url).await;
        // Counted by a listener of the test's own, so the page's listener is known to have
        // heard it too.
        browser
            .eval(
                "window.__errors = 0; addEventListener('error', () => window.__errors++); \
                 setTimeout(() => { throw new TypeError('a browser extension failed') }); return true",
            )
            .await;
        browser
            .wait_until("the error to be thrown", "return window.__errors === 1")
            .await;
        assert_eq!(browser.count("#app-stopped").await, 0);
        assert_eq!(
            browser.eval("return document.documentElement.dataset.app").await,
            "ready"
        );
    })
    .await;
}
