//! The foundation: deep links with and without JavaScript, hydration without errors,
//! client-side navigation, the not-found page, hosting under a sub-path.

use crate::browser::{Options, http_get, site, subpath, subpath_site, with_browser};
use crate::data::{force_names, grades, tag_word};

const NORTHANTS_2016: &str = "force/northamptonshire/2016/";

fn expected_northants_2016() -> Vec<String> {
    let grades = grades();
    ["effectiveness", "efficiency", "legitimacy"]
        .iter()
        .map(|pillar| {
            let key = (
                "northamptonshire".to_owned(),
                "2016".to_owned(),
                pillar.to_string(),
            );
            tag_word(&grades[&key])
        })
        .collect()
}

#[tokio::test]
async fn deep_link_reads_without_javascript() {
    let expected = expected_northants_2016();
    assert_eq!(
        expected,
        ["Requires improvement", "Good", "Good"],
        "the data changed under the test"
    );
    with_browser(
        Options {
            javascript: false,
            ..Options::default()
        },
        |browser| async move {
            browser.goto(&format!("{}{NORTHANTS_2016}", site())).await;
            assert_eq!(browser.text("h1").await, "Northamptonshire Police");
            assert!(browser.text(".page-header").await.contains("East Midlands"));
            assert_eq!(browser.texts("#judgements .grade-tag").await, expected);
            assert_eq!(
                browser
                    .eval("return document.documentElement.dataset.app || ''")
                    .await,
                ""
            );
        },
    )
    .await;
}

#[tokio::test]
async fn deep_link_hydrates_without_console_errors() {
    let expected = expected_northants_2016();
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}{NORTHANTS_2016}", site())).await;
        assert_eq!(browser.text("h1").await, "Northamptonshire Police");
        assert_eq!(browser.texts("#judgements .grade-tag").await, expected);
        assert_eq!(
            browser.eval("return document.title").await,
            "Northamptonshire Police, PEEL 2016 | PEEL Explorer"
        );
        assert_eq!(
            browser.count("title").await,
            1,
            "exactly one <title> after hydration"
        );
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[test]
fn prerendered_pages_have_one_title_and_link_preview_tags() {
    let (status, html) = http_get(&format!("{}{NORTHANTS_2016}", site()));
    assert_eq!(status, 200);
    assert_eq!(
        html.matches("<title>").count(),
        1,
        "exactly one <title> in the HTML"
    );
    for tag in [
        "name=\"description\"",
        "property=\"og:title\"",
        "property=\"og:description\"",
        "property=\"og:url\"",
    ] {
        assert!(html.contains(tag), "no {tag} in the prerendered page");
    }
    for text in ["Northamptonshire", "Requires improvement", "Good"] {
        assert!(html.contains(text), "prerendered HTML lacks “{text}”");
    }
}

#[tokio::test]
async fn navigation_home_to_force_to_another_round_is_client_side() {
    let names = force_names();
    with_browser(Options::default(), |browser| async move {
        browser.open(&site()).await;
        browser.mark_document().await;
        assert_eq!(browser.count(".force-list__item").await, names.len(), "every force listed on the home page");
        browser.click_link("Northamptonshire Police").await;
        browser
            .wait_until("the force page", "return document.querySelector('h1')?.textContent === 'Northamptonshire Police'")
            .await;
        browser.click_link("2016").await;
        browser
            .wait_until("the 2016 page", "return location.pathname === '/force/northamptonshire/2016/' && !!document.querySelector('#judgements')")
            .await;
        assert_eq!(browser.texts("#judgements .grade-tag").await, expected_northants_2016());
        browser.click_link("2015").await;
        browser
            .wait_until("the 2015 page", "return location.pathname === '/force/northamptonshire/2015/' && document.title.includes('PEEL 2015')")
            .await;
        assert!(browser.same_document().await, "navigation reloaded the page instead of routing in the app");
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn unknown_force_gets_the_not_found_page() {
    let (status, html) = http_get(&format!("{}force/nowhere/2016/", site()));
    assert_eq!(
        status, 404,
        "the static server answers 404 for a page it does not have"
    );
    assert!(html.contains("Page not found"));
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}force/nowhere/2016/", site())).await;
        browser
            .wait_until(
                "the not-found message",
                "return document.body.innerText.includes('“nowhere”')",
            )
            .await;
        assert_eq!(browser.text("h1").await, "Page not found");
        assert!(
            browser
                .text(".not-found")
                .await
                .contains("There is no police force called “nowhere”")
        );
        browser.click_link("Go to the list of police forces").await;
        browser
            .wait_until("the home page", "return !!document.querySelector('.force-list')")
            .await;
    })
    .await;
}

#[tokio::test]
async fn site_works_under_a_sub_path() {
    let base = subpath_site();
    let base_path = subpath();
    let (status, _) = http_get(&format!("{base}{NORTHANTS_2016}"));
    assert_eq!(status, 200);
    with_browser(Options::default(), |browser| async move {
        browser.open(&base).await;
        browser.mark_document().await;
        browser.click_link("Northamptonshire Police").await;
        browser
            .wait_until("the force page", &format!("return location.pathname.startsWith('{base_path}force/northamptonshire/') && document.querySelector('h1')?.textContent === 'Northamptonshire Police'"))
            .await;
        browser.click_link("2016").await;
        browser
            .wait_until("the 2016 page", &format!("return location.pathname === '{base_path}{NORTHANTS_2016}' && !!document.querySelector('#judgements')"))
            .await;
        assert!(browser.same_document().await);
        let outside: Vec<String> = browser
            .eval("return [...document.querySelectorAll('a[href^=\"/\"]')].map(a => a.getAttribute('href'))")
            .await
            .as_array()
            .map(|links| links.iter().filter_map(|l| l.as_str()).map(str::to_owned).collect())
            .unwrap_or_default();
        let stray: Vec<&String> = outside.iter().filter(|href| !href.starts_with(&base_path)).collect();
        assert!(stray.is_empty(), "links outside the base path {base_path}: {stray:?}");
        browser.assert_no_console_errors().await;
        // The not-found page works there too (its own 404 status is the one console error).
        browser.open(&format!("{base}force/nowhere/2016/")).await;
        browser.wait_until("the not-found message", "return document.body.innerText.includes('“nowhere”')").await;
    })
    .await;
}

#[tokio::test]
async fn a_force_address_leads_to_its_latest_round() {
    let grades = grades();
    // The latest round with a grade held for Kent, in the data's order of rounds.
    let order = ["2015", "2016", "2017", "2018/19", "2021/22", "2023-25"];
    let latest = grades
        .keys()
        .filter(|(force, _, _)| force == "kent")
        .filter_map(|(_, round, _)| order.iter().position(|r| r == round))
        .max()
        .map(|i| order[i].replace('/', "-"))
        .expect("Kent has grades");
    let (status, html) = http_get(&format!("{}force/kent/", site()));
    assert_eq!(status, 200);
    assert!(
        html.contains(&format!("url=/force/kent/{latest}/")),
        "the static page redirects without JavaScript"
    );
    with_browser(Options::default(), |browser| async move {
        browser.goto(&format!("{}force/kent/", site())).await;
        browser
            .wait_until("the latest round", &format!("return location.pathname === '/force/kent/{latest}/' && !!document.querySelector('#judgements')"))
            .await;
    })
    .await;
}

#[tokio::test]
async fn unknown_rounds_pillars_and_paths_say_what_was_not_found() {
    let cases = [
        ("force/kent/2019/", "“2019” is not a PEEL round"),
        (
            "force/kent/2016/courage/",
            "There is no “courage” pillar in PEEL 2016",
        ),
        ("round/1999/", "“1999” is not a PEEL round"),
        ("no/such/page/", "There is no page at “/no/such/page/”"),
    ];
    for (path, _) in cases {
        let (status, _) = http_get(&format!("{}{path}", site()));
        assert_eq!(status, 404, "/{path}");
    }
    with_browser(Options::default(), |browser| async move {
        for (path, message) in cases {
            browser.open(&format!("{}{path}", site())).await;
            assert_eq!(browser.text("h1").await, "Page not found", "/{path}");
            let text = browser.text(".not-found").await;
            assert!(text.contains(message), "/{path}: {text}");
            assert!(
                browser.count(".not-found a[href='/']").await == 1,
                "/{path}: a link home"
            );
        }
    })
    .await;
}
