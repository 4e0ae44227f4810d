//! Force pages lead with what is held: the grades held first with their national context, the
//! areas not held in one line with one link, sources as numbered footnotes, the changes since the
//! force's previous round, and the notice of enhanced monitoring (Engage) on a force's pages while
//! it is in Engage, its past spells in its history. Expectations are computed from the built
//! bundle through the model's own page builder.

use peel_model::links::official_link;
use peel_model::pages::{ForceRoundView, PageData, Sources, build_page};
use peel_model::route::Route;
use peel_model::widgets::changes::Comparison;
use peel_model::wording::sentence_case;
use peel_model::{ForceSlug, Round};

use crate::accessibility::{axe_source, violations};
use crate::browser::{Browser, Options, site, with_browser};
use crate::data::{bundle_force, force_slug, index};

/// The page at `path` as the site builds it, from the built bundle.
fn build(path: &str) -> PageData {
    let index = index();
    let route = Route::parse(path);
    let files: Vec<_> = route
        .force_files()
        .into_iter()
        .map(|slug| bundle_force(slug.as_str()))
        .collect();
    build_page(&route, &Sources::new(&index, &files, None))
}

fn force_round(path: &str) -> ForceRoundView {
    match build(path) {
        PageData::ForceRound(view) => *view,
        other => panic!("{path} is not a force-round page: {other:?}"),
    }
}

/// The force's latest round held, as its own page sends the reader on to.
fn latest_round(force: &str) -> Round {
    match build(&format!("/force/{force}/")) {
        PageData::ForceLatest(view) => view.latest.expect("a round held"),
        other => panic!("{other:?}"),
    }
}

/// The text the page shows for the grades held, the not-held line, the changes and the sources
/// agree with the view built from the bundle.
async fn check_grades_first(browser: &Browser, path: &str, view: &ForceRoundView) {
    browser
        .open(&format!("{}{}", site(), path.trim_start_matches('/')))
        .await;
    let held = view.held_grades();
    let rows = browser.texts(".judgement-list__row").await;
    assert_eq!(
        rows.len(),
        held.len(),
        "{path}: one row per grade held: {rows:#?}"
    );
    assert_eq!(
        browser.count(".judgement-list .grade-tag--not-held").await,
        0,
        "{path}: no “not held” row"
    );
    for (row, grade) in rows.iter().zip(&held) {
        // innerText breaks lines around the visually hidden words; a screen reader does not.
        let row = &row.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(row.contains(&grade.area.label()), "{row}");
        assert!(row.contains(grade.judgement.label()), "{row}");
        let context = grade.context.as_deref().expect("a national context");
        assert!(
            row.contains(&format!("{}.", sentence_case(context))),
            "{path}: {row}"
        );
        assert!(
            context.ends_with(" held"),
            "counted among the forces held: {context}"
        );
        // The source by its publisher and its footnote's number, never its address.
        let cited = grade.source.as_ref().expect("a source");
        assert!(
            row.contains(&format!("Source: {} source [{}]", cited.publisher, cited.number))
                || row.contains(&format!("Source: {} [{}]", cited.publisher, cited.number)),
            "{path}: {row}"
        );
        assert!(
            !row.contains("://") && !row.contains("www."),
            "{path}: an address in {row}"
        );
    }
    // Each footnote number leads to its source, written out once.
    let sources = browser.texts("#sources li").await;
    assert_eq!(sources.len(), view.footnotes.sources.len(), "{sources:#?}");
    for (number, source) in view.footnotes.numbered() {
        let item = &sources[number - 1];
        assert!(item.starts_with(&format!("{}: ", source.publisher)), "{item}");
        assert!(item.contains(&source.url), "{item}");
        let linked = browser
            .count(&format!(
                "#source-{number} a[href='{}']",
                source.link().unwrap_or_default()
            ))
            .await;
        assert_eq!(linked, usize::from(source.link().is_some()), "{item}");
    }
    for (i, grade) in held.iter().enumerate() {
        let number = grade.source.as_ref().map(|c| c.number).unwrap_or_default();
        let href = browser
            .eval(&format!(
                "return document.querySelectorAll('.judgement-list__row')[{i}].querySelector('.cited-source__number').getAttribute('href')"
            ))
            .await;
        assert_eq!(
            href,
            format!("#source-{number}"),
            "{path}: {}",
            grade.area.label()
        );
    }
    // Changes since the previous round, as the model says them.
    let changes = view.changes.as_ref().expect("a previous round");
    let expected: Vec<String> = match &changes.compared {
        Comparison::Compared { changes: list, .. } => {
            list.iter().map(|c| c.sentence(changes.previous)).collect()
        }
        Comparison::OtherFramework { .. } => Vec::new(),
    };
    assert!(!expected.is_empty(), "{path}: the data changed under the test");
    assert_eq!(browser.text(".changes h3").await, changes.title());
    assert_eq!(browser.texts(".changes li").await, expected, "{path}");
}

#[tokio::test]
async fn a_force_round_leads_with_its_grades_and_says_what_changed() {
    let kent = force_round("/force/kent/2023-25/");
    let northamptonshire = force_round("/force/northamptonshire/2016/");
    assert_eq!(
        kent.changes.as_ref().map(|c| c.previous),
        Round::from_label("2021/22"),
        "Kent's previous round held"
    );
    let not_held = kent.not_held().expect("Kent 2023-25 has areas not held");
    let report = official_link(not_held.url()).expect("the official report is a link");
    let some = kent
        .graded_for_some_forces_not_held()
        .expect("areas graded for some forces only");
    with_browser(Options::default(), |browser| async move {
        check_grades_first(&browser, "/force/kent/2023-25/", &kent).await;
        // The areas not held: one line, one link to the report, what "not held" means.
        let lines = browser.texts(".not-held").await;
        assert_eq!(lines.len(), 2, "{lines:#?}");
        let line = &lines[0];
        assert!(line.starts_with("Not held in this dataset: "), "{line}");
        for area in &not_held.areas {
            assert!(line.contains(&area.label()), "{} not in {line}", area.label());
        }
        assert!(line.contains("this dataset has not captured them"), "{line}");
        assert_eq!(browser.count(".not-held a").await, 1, "one link");
        assert_eq!(
            browser
                .eval("return document.querySelector('.not-held a').getAttribute('href')")
                .await,
            report
        );
        assert!(line.ends_with(&format!("{}.", not_held.link_words())), "{line}");
        // Areas graded for some forces only are not listed as missing: the data's mark is said.
        for area in &some.areas {
            assert!(
                !line.contains(&area.label()),
                "{} listed as missing",
                area.label()
            );
            assert!(lines[1].contains(&area.label()), "{}", lines[1]);
        }
        assert!(lines[1].contains("for some forces only"), "{}", lines[1]);
        // Each area's address on the page (the national table's cells lead there) still exists.
        for area in not_held.areas.iter().chain(&some.areas) {
            assert_eq!(
                browser.count(&format!("#{}", area.slug())).await,
                1,
                "{}",
                area.slug()
            );
        }
        // Never in Engage: no notice, no spells.
        browser.click(".accordion__show-all").await;
        assert_eq!(browser.count(".monitoring-notice, .monitoring-history").await, 0);
        browser.assert_no_console_errors().await;

        // A pillar round against the one before.
        check_grades_first(&browser, "/force/northamptonshire/2016/", &northamptonshire).await;
        assert_eq!(browser.count(".not-held").await, 0, "every pillar held");
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn a_force_in_enhanced_monitoring_says_so_on_each_of_its_pages() {
    let index = index();
    let lincolnshire = force_slug("lincolnshire");
    let spell = index
        .monitoring
        .open_spell(&lincolnshire)
        .expect("Lincolnshire is in Engage as of the data's month")
        .clone();
    let as_of = index
        .monitoring
        .sources_up_to
        .expect("the sources' month")
        .words();
    let rounds = index.rounds_of(&lincolnshire);
    let pillar_round = rounds
        .iter()
        .find(|r| index.has_pillars(**r))
        .expect("a pillar round");
    let latest = format!("force/lincolnshire/{}/", latest_round("lincolnshire").slug());
    // (the address opened, the page it shows): the force's own address sends the reader on to
    // its latest round.
    let paths = [
        ("force/lincolnshire/".to_owned(), latest.clone()),
        (latest.clone(), latest.clone()),
        {
            let newest = format!("force/lincolnshire/{}/", rounds.last().unwrap().slug());
            (newest.clone(), newest)
        },
        {
            let pillar = format!("force/lincolnshire/{}/effectiveness/", pillar_round.slug());
            (pillar.clone(), pillar)
        },
    ];
    let source = official_link(&spell.source_url);
    with_browser(Options::default(), |browser| async move {
        for (path, shown) in &paths {
            browser.open(&format!("{}{path}", site())).await;
            browser
                .wait_until(
                    &format!("/{shown} with its notice"),
                    &format!(
                        "return location.pathname === '/{shown}' && document.documentElement.dataset.app === 'ready' && !!document.querySelector('.monitoring-notice')"
                    ),
                )
                .await;
            assert_eq!(
                browser.text(".monitoring-notice h2").await,
                format!("In enhanced monitoring as of {as_of}"),
                "/{path}"
            );
            let notice = browser.text(".monitoring-notice").await;
            assert!(notice.contains("6 December 2024"), "/{path}: {notice}");
            assert!(notice.contains(&spell.entered.words()), "/{path}: {notice}");
            assert_eq!(browser.texts(".monitoring-notice li").await, spell.concerns, "/{path}");
            assert!(notice.contains("Source: HMICFRS"), "/{path}: {notice}");
            if let Some(source) = &source {
                assert_eq!(
                    browser.count(&format!(".monitoring-notice a[href='{source}']")).await,
                    1,
                    "/{path}"
                );
            }
            // At the top: before the grades.
            let first = browser
                .eval("const n = document.querySelector('.monitoring-notice'); const j = document.querySelector('#judgements, #grade, .introduction'); return !j || !!(n.compareDocumentPosition(j) & Node.DOCUMENT_POSITION_FOLLOWING)")
                .await;
            assert_eq!(first, true, "/{path}: the notice comes first");
        }
        browser.assert_no_console_errors().await;
    })
    .await;
    // Without JavaScript the prerendered page holds the notice.
    let path = latest;
    with_browser(
        Options {
            javascript: false,
            ..Options::default()
        },
        |browser| async move {
            browser.goto(&format!("{}{path}", site())).await;
            assert!(
                browser
                    .text(".monitoring-notice")
                    .await
                    .contains("6 December 2024")
            );
        },
    )
    .await;
}

#[tokio::test]
async fn a_force_once_in_enhanced_monitoring_shows_its_spell_in_its_history() {
    let index = index();
    let staffordshire: ForceSlug = force_slug("staffordshire");
    assert!(index.monitoring.open_spell(&staffordshire).is_none());
    let path = format!("/force/staffordshire/{}/", latest_round("staffordshire").slug());
    let view = force_round(&path);
    let history: Vec<(String, String)> = view
        .year
        .monitoring
        .history()
        .into_iter()
        .map(|(line, url)| (line, url.to_owned()))
        .collect();
    assert_eq!(
        history.len(),
        index.monitoring.spells_of(&staffordshire).count(),
        "every spell"
    );
    let footnotes = view.footnotes.clone();
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!("{}{}", site(), path.trim_start_matches('/')))
            .await;
        assert_eq!(browser.count(".monitoring-notice").await, 0, "no notice once out");
        browser.click(".accordion__show-all").await;
        let shown = browser.texts(".monitoring-history li").await;
        assert_eq!(shown.len(), history.len());
        for ((line, url), shown) in history.iter().zip(&shown) {
            let cited = footnotes.cite(url).expect("the spell's source is listed");
            assert!(
                shown.starts_with(&format!("{line}. Source: {}", cited.publisher)),
                "{shown}"
            );
            assert!(
                browser
                    .text(&format!("#source-{}", cited.number))
                    .await
                    .contains(url.as_str()),
                "footnote {} is the spell's source",
                cited.number
            );
        }
        assert!(
            shown[0].contains("In enhanced monitoring from June 2022 to 21 May 2024"),
            "the data changed under the test: {shown:?}"
        );
        browser.assert_no_console_errors().await;
    })
    .await;
}

/// The pages this change shaped: a partly held area round, a pillar round with its text, and
/// the latest page of a force in Engage.
fn pages() -> [String; 3] {
    [
        "force/kent/2023-25/".to_owned(),
        "force/northamptonshire/2016/".to_owned(),
        format!("force/lincolnshire/{}/", latest_round("lincolnshire").slug()),
    ]
}

/// Opens `page` with every expandable section open.
async fn open_all(browser: &Browser, page: &str) {
    browser.open(&format!("{}{page}", site())).await;
    browser
        .eval("document.querySelector('.accordion__show-all')?.click(); return true")
        .await;
}

#[tokio::test]
async fn force_pages_pass_axe_on_a_desktop_and_a_phone() {
    let axe = axe_source();
    let pages = pages();
    with_browser(Options::default(), |browser| async move {
        let mut failures = Vec::new();
        for (width, phone) in [(1280, false), (390, true)] {
            browser.emulate_screen(width, 900, phone).await;
            for page in &pages {
                open_all(&browser, page).await;
                for found in violations(&browser, &axe).await {
                    failures.push(format!("/{page} at {width} px: {found}"));
                }
            }
        }
        assert!(failures.is_empty(), "axe-core found:\n{}", failures.join("\n"));
    })
    .await;
}

#[tokio::test]
async fn force_pages_fit_a_phone_without_scrolling_sideways() {
    let pages = pages();
    with_browser(Options::default(), |browser| async move {
        for width in [320, 390] {
            browser.emulate_screen(width, 800, true).await;
            for page in &pages {
                open_all(&browser, page).await;
                let viewport = browser
                    .eval("return document.documentElement.clientWidth")
                    .await
                    .as_u64()
                    .unwrap();
                assert!(viewport <= u64::from(width), "the screen is a phone's ({viewport}px)");
                let wide = browser
                    .eval(&format!(
                        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > {viewport} + 1 && !e.parentElement.closest('.table-scroll')).slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
                    ))
                    .await;
                let overflow = browser
                    .eval("return document.documentElement.scrollWidth")
                    .await
                    .as_u64()
                    .unwrap();
                assert!(
                    overflow <= viewport,
                    "/{page} is {overflow}px wide on a {viewport}px screen: {wide}"
                );
            }
        }
    })
    .await;
}
