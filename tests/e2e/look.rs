//! Look and use: readable at 320 px and 1280 px, grade tags that meet WCAG 2.2 AA contrast and
//! always carry their word.

use crate::browser::{Options, site, with_browser};

const PAGES: [&str; 5] = [
    "",
    "force/northamptonshire/2016/",
    "force/northamptonshire/2016/effectiveness/",
    "round/2016/",
    "compare/?forces=kent,essex,northamptonshire&round=2016",
];

#[tokio::test]
async fn pages_fit_a_320_pixel_screen() {
    with_browser(Options::default(), |browser| async move {
        // Headless Chromium will not make a window this narrow; a phone's viewport is emulated.
        browser
            .cdp(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({ "width": 320, "height": 640, "deviceScaleFactor": 2, "mobile": true }),
            )
            .await;
        for page in PAGES {
            browser.open(&format!("{}{page}", site())).await;
            browser.eval("document.querySelector('.accordion__show-all')?.click(); return true").await;
            let viewport = browser.eval("return document.documentElement.clientWidth").await.as_u64().unwrap();
            assert!(viewport <= 320, "the window is a phone's ({viewport}px)");
            // Wide tables scroll inside their own box; the page itself never scrolls sideways.
            let overflow = browser.eval("return document.documentElement.scrollWidth").await.as_u64().unwrap();
            let culprits = browser
                .eval(&format!(
                    "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > {viewport} + 1 && !e.parentElement.closest('.table-scroll')).slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' in ' + e.parentElement.className)"
                ))
                .await;
            assert!(overflow <= viewport, "/{page} is {overflow}px wide on a {viewport}px screen: {culprits}");
        }
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
            browser
                .cdp(
                    "Emulation.setDeviceMetricsOverride",
                    serde_json::json!({ "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500 }),
                )
                .await;
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

/// WCAG relative luminance contrast of each grade tag's text on its background.
const CONTRAST: &str = r#"
const lum = c => {
  const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
return [...document.querySelectorAll('.grade-tag')].map(t => {
  const s = getComputedStyle(t);
  let bg = s.backgroundColor, e = t;
  while (bg === 'rgba(0, 0, 0, 0)' && e.parentElement) { e = e.parentElement; bg = getComputedStyle(e).backgroundColor; }
  if (bg === 'rgba(0, 0, 0, 0)') bg = 'rgb(255, 255, 255)';
  const [a, b] = [lum(s.color), lum(bg)].sort((x, y) => y - x);
  return [t.className, t.textContent.trim(), (a + 0.05) / (b + 0.05)];
});
"#;

#[tokio::test]
async fn grade_tags_meet_contrast_and_show_their_word() {
    with_browser(Options::default(), |browser| async move {
        let mut kinds = std::collections::BTreeSet::new();
        for page in ["round/2016/", "round/2017/", "round/2023-25/", "force/kent/2016/"] {
            browser.open(&format!("{}{page}", site())).await;
            let tags = browser.eval(CONTRAST).await;
            for tag in tags.as_array().unwrap() {
                let (class, word, ratio) = (
                    tag[0].as_str().unwrap(),
                    tag[1].as_str().unwrap(),
                    tag[2].as_f64().unwrap(),
                );
                assert!(
                    ratio >= 4.5,
                    "{class} “{word}” has contrast {ratio:.2}:1 on /{page}"
                );
                assert!(!word.is_empty(), "a grade tag without its word on /{page}");
                kinds.insert(class.to_owned());
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
