//! `/data/`: reached from the footer in the app, it links every download the bundle lists, and
//! each file parses (CSV with its header, JSON as an array) with the row count the page states.

use crate::browser::{Options, http_get, site, with_browser};
use crate::data::index;

#[tokio::test]
async fn the_data_page_links_every_download_and_each_parses_with_the_rows_it_states() {
    let index = index();
    with_browser(Options::default(), |browser| async move {
        browser.open(&site()).await;
        browser.wait_for_app().await;
        browser.mark_document().await;
        browser.click_link("Download the data").await;
        browser
            .wait_until(
                "the data page",
                "return document.querySelector('h1')?.textContent === 'Download the data'",
            )
            .await;
        assert!(
            browser.same_document().await,
            "the app shows /data/ without a page load"
        );
        let links = browser
            .eval(
                "return [...document.querySelectorAll('main a[download]')].map(a => \
                 [a.getAttribute('href'), a.dataset.rows, a.parentElement.textContent])",
            )
            .await;
        let links: Vec<(String, String, String)> = serde_json::from_value(links).expect("links");
        assert_eq!(
            links.len(),
            index.downloads.len(),
            "one link per download of the bundle"
        );
        let origin = site().trim_end_matches('/').to_owned();
        for (download, (href, rows, text)) in index.downloads.iter().zip(&links) {
            assert!(href.ends_with(&download.name()), "{href} is {}", download.name());
            let stated: usize = rows.parse().expect("a row count");
            let words = if stated == 1 {
                "1 row".to_owned()
            } else {
                format!("{} rows", peel_model::numbers::format_number(stated as f64, 0))
            };
            assert!(
                text.contains(&words),
                "{href}: the page says “{text}”, not {words}"
            );
            let (status, body) = http_get(&format!("{origin}{href}"));
            assert_eq!(status, 200, "{href}");
            let parsed = if href.ends_with(".csv") {
                let mut reader = csv::Reader::from_reader(body.as_bytes());
                let header = reader.headers().expect("a header line").clone();
                let columns: Vec<&str> = download.kind.columns().iter().map(|c| c.name).collect();
                assert_eq!(header.iter().collect::<Vec<_>>(), columns, "{href}'s header");
                let records: Vec<csv::StringRecord> = reader
                    .records()
                    .map(|r| r.unwrap_or_else(|e| panic!("{href}: {e}")))
                    .collect();
                assert!(
                    records.iter().all(|r| r.len() == columns.len()),
                    "{href}: every row has every column"
                );
                records.len()
            } else {
                let items: Vec<serde_json::Value> =
                    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{href}: {e}"));
                items.len()
            };
            assert_eq!(parsed, stated, "{href}: rows parsed");
        }
        // Each JSON file's schema, and each bundle file's, is served and is JSON.
        let schemas = browser
            .eval("return [...document.querySelectorAll('main a')].filter(a => a.href.endsWith('.schema.json')).map(a => a.getAttribute('href'))")
            .await;
        let schemas: Vec<String> = serde_json::from_value(schemas).expect("schema links");
        assert_eq!(schemas.len(), index.downloads.len() / 2 + 3, "one per JSON download and bundle file kind");
        for schema in &schemas {
            let (status, body) = http_get(&format!("{origin}{schema}"));
            assert_eq!(status, 200, "{schema}");
            let parsed: serde_json::Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{schema}: {e}"));
            assert!(parsed["$schema"].is_string(), "{schema} is a JSON Schema");
        }
        let every_grade = &links[0];
        assert!(every_grade.0.ends_with("peel-grades-all-rounds.csv"));
        browser.assert_no_console_errors().await;
    })
    .await;
}
