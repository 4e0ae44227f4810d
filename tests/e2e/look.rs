//! Look and use: every kind of page readable on a 320 and a 390 px phone (emulated) and at
//! 1280 px, grade tags that meet WCAG 2.2 AA contrast and always carry their word.

use crate::browser::{Options, site, with_browser};

/// One page of every kind and kind of round, with a query state where the page has one: home,
/// a force's latest, a force's round of a pillar round and of an area round, a pillar, the
/// national table of both kinds of round, compare with four forces, places, and not found.
pub const EVERY_KIND: [&str; 11] = [
    "",
    "force/kent/",
    "force/northamptonshire/2016/",
    "force/west-yorkshire/2023-25/",
    "force/northamptonshire/2016/effectiveness/",
    "round/2016/?sort=standing&grade=good&area=efficiency",
    "round/2023-25/?sort=investigating-crime&grade=requires-improvement&area=investigating-crime&group=region",
    "compare/?forces=kent,essex,northamptonshire,west-yorkshire&round=2023-25",
    "places/",
    "data/",
    "force/kentt/2016/",
];

/// The phone widths every page must fit: the narrowest in use, and a common one.
pub const PHONES: [u32; 2] = [320, 390];

#[tokio::test]
async fn every_kind_of_page_fits_a_phone_screen() {
    with_browser(Options::default(), |browser| async move {
        let mut failures = Vec::new();
        for width in PHONES {
            // Headless Chromium will not make a window this narrow; a phone's viewport is emulated.
            browser.emulate_screen(width, 640, true).await;
            for page in EVERY_KIND {
                browser.open(&format!("{}{page}", site())).await;
                browser.eval("document.querySelector('.accordion__show-all')?.click(); return true").await;
                let viewport = browser.eval("return document.documentElement.clientWidth").await.as_u64().unwrap();
                assert!(viewport <= u64::from(width), "the window is a phone's ({viewport}px for {width}px)");
                // Wide tables scroll inside their own box; the page itself never scrolls sideways.
                let overflow = browser.eval("return document.documentElement.scrollWidth").await.as_u64().unwrap();
                if overflow > viewport {
                    let culprits = browser
                        .eval(&format!(
                            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > {viewport} + 1 && !e.parentElement.closest('.table-scroll')).slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' in ' + e.parentElement.className)"
                        ))
                        .await;
                    failures.push(format!("/{page} is {overflow}px wide on a {viewport}px screen: {culprits}"));
                }
            }
        }
        assert!(failures.is_empty(), "pages wider than a phone:\n{}", failures.join("\n"));
    })
    .await;
}

/// Tables that scroll sideways hide columns: the three-pillar tables fit a desktop page, and a
/// pillar's grade distribution fits a phone.
#[tokio::test]
async fn pillar_tables_fit_without_scrolling_sideways() {
    with_browser(Options::default(), |browser| async move {
        let cases = [
            (1280, "round/2016/"),
            (1280, "compare/?forces=kent,essex,northamptonshire&round=2016"),
            (375, "force/northamptonshire/2016/effectiveness/"),
        ];
        for (width, page) in cases {
            browser.emulate_screen(width, 900, width < 500).await;
            browser.open(&format!("{}{page}", site())).await;
            let selector = if width < 500 {
                ".distribution .table-scroll"
            } else {
                ".table-scroll:has(.grade-table)"
            };
            let clipped = browser
                .eval(&format!(
                    "const boxes = [...document.querySelectorAll('{selector}')]; \
                     return [boxes.length, boxes.filter(b => b.scrollWidth > b.clientWidth + 1) \
                       .map(b => b.querySelector('caption')?.textContent + ': ' + b.scrollWidth + ' > ' + b.clientWidth)]"
                ))
                .await;
            assert!(clipped[0].as_u64().unwrap_or(0) > 0, "/{page} has no {selector}");
            assert_eq!(
                clipped[1].as_array().map(Vec::len),
                Some(0),
                "/{page} at {width}px: tables that scroll sideways: {}",
                clipped[1]
            );
        }
    })
    .await;
}

#[tokio::test]
async fn grade_tags_meet_contrast_and_show_their_word() {
    with_browser(Options::default(), |browser| async move {
        let mut kinds = std::collections::BTreeSet::new();
        for page in ["round/2016/", "round/2017/", "round/2023-25/", "force/kent/2016/"] {
            browser.open(&format!("{}{page}", site())).await;
            for (class, word, ratio) in browser.contrast(".grade-tag").await {
                assert!(
                    ratio >= 4.5,
                    "{class} “{word}” has contrast {ratio:.2}:1 on /{page}"
                );
                assert!(!word.is_empty(), "a grade tag without its word on /{page}");
                kinds.insert(class);
            }
        }
        // Every kind of tag was seen: the grades ("adequate" only from 2021/22), "not graded"
        // (Greater Manchester 2017) and "not held".
        for kind in [
            "outstanding",
            "good",
            "adequate",
            "requires-improvement",
            "inadequate",
            "not-graded",
            "not-held",
        ] {
            assert!(
                kinds.iter().any(|k| k.contains(&format!("grade-tag--{kind}"))),
                "no {kind} tag checked: {kinds:?}"
            );
        }
    })
    .await;
}
