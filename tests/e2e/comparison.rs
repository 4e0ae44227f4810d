//! Comparison: key facts against national, grade distributions, histories, the national table,
//! compare forces, find a force, downloads. Expectations are computed from data/, not typed in.

use std::collections::BTreeMap;

use fantoccini::key::Key;
use serde_json::json;

use crate::browser::{Browser, Options, http_get, site, with_browser};
use crate::data::{force_names, force_regions, grades, tag_word};

/// How many forces got each grade word for (round, area) in data/grades.csv.
fn counts(round: &str, area: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for ((_, r, a), grade) in grades() {
        if r == round && a == area {
            *counts.entry(grade).or_default() += 1;
        }
    }
    counts
}

/// The rows of a table as (row heading, cells).
async fn table_rows(browser: &Browser, table: &str) -> Vec<(String, Vec<String>)> {
    // Scrolled to first, as a reader would: a table off screen is not rendered until scrolled
    // near (content-visibility), and its rendered text is empty until then.
    let rows = browser
        .eval(&format!(
            "document.querySelector('{table}').scrollIntoView(); \
             return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(\
               [...document.querySelectorAll('{table} tbody tr')].filter(r => r.querySelector('td')).map(r => [r.querySelector('th').innerText.trim(), [...r.querySelectorAll('td')].map(td => td.innerText.trim())])))))"
        ))
        .await;
    rows.as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    let cells = r[1].as_array().map(|c| {
                        c.iter()
                            .map(|v| v.as_str().unwrap_or_default().to_owned())
                            .collect()
                    });
                    (
                        r[0].as_str().unwrap_or_default().to_owned(),
                        cells.unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Opens the comparison of `query` and waits until the app has built it in the browser.
async fn open_comparison(browser: &Browser, query: &str) {
    browser.open(&format!("{}compare/?{query}", site())).await;
    browser
        .wait_until(
            "the comparison",
            "return !!document.querySelector('.compare-table')",
        )
        .await;
}

async fn wait_for_file(file: &std::path::Path) {
    for _ in 0..100 {
        if file.exists() && std::fs::metadata(file).is_ok_and(|m| m.len() > 0) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{} was not downloaded", file.display());
}

async fn type_text(browser: &Browser, text: &str) {
    for c in text.chars() {
        browser.press_char(c).await;
    }
}

#[tokio::test]
async fn the_distribution_counts_are_the_datas_and_link_to_the_table() {
    let expected = counts("2016", "effectiveness");
    let total = force_names().len();
    let northants = grades()[&(
        "northamptonshire".to_owned(),
        "2016".to_owned(),
        "effectiveness".to_owned(),
    )]
        .clone();
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}force/northamptonshire/2016/effectiveness/", site())).await;
        let rows = table_rows(&browser, "#distribution-effectiveness .distribution__table").await;
        let shown: BTreeMap<String, String> = rows.iter().map(|(grade, cells)| (grade.to_lowercase(), cells[0].clone())).collect();
        for grade in ["outstanding", "good", "requires improvement", "inadequate"] {
            let want = expected.get(grade).copied().unwrap_or(0).to_string();
            assert_eq!(shown.get(grade), Some(&want), "forces graded {grade}: {rows:?}");
        }
        let held: usize = expected.values().sum();
        assert_eq!(shown.get("not held"), Some(&(total - held).to_string()), "forces with no grade held");
        // This force is marked, in words as well as on its row.
        let marked: Vec<&String> = rows.iter().filter(|(_, cells)| cells.iter().any(|c| c.contains("this force"))).map(|(g, _)| g).collect();
        assert_eq!(marked, [&tag_word(&northants)]);
        let summary = browser.text("#distribution-effectiveness .distribution__summary").await;
        let n = expected[&northants];
        assert!(summary.starts_with("Northamptonshire Police is one of "), "{summary}");
        assert!(summary.contains(&format!("forces graded {northants} for effectiveness in 2016")), "{summary}");
        assert!(summary.contains(&n.to_string()) || n < 10, "{summary}");
        // The count links to the national table filtered to that grade.
        browser.click_link(&n.to_string()).await;
        browser
            .wait_until("the filtered table", "return location.pathname === '/round/2016/' && location.search.includes('grade=requires-improvement') && !!document.querySelector('.grade-table tbody tr')")
            .await;
        let table = table_rows(&browser, ".grade-table").await;
        assert_eq!(table.len(), n, "the table shows the forces counted");
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn the_national_table_sorts_and_filters_by_url() {
    let regions = force_regions();
    let east_midlands = regions.values().filter(|r| *r == "East Midlands").count();
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}round/2016/", site())).await;
        assert_eq!(table_rows(&browser, ".grade-table").await.len(), regions.len(), "every force listed");
        // Sort by efficiency, best first (columns: force, region, standing, then the pillars).
        browser.click("th:nth-child(5) .sort-button").await;
        browser.wait_until("the sort in the address", "return location.search === '?sort=efficiency'").await;
        assert_eq!(browser.eval("return document.querySelector('th:nth-child(5)').getAttribute('aria-sort')").await, "ascending");
        let rows = table_rows(&browser, ".grade-table").await;
        assert_eq!(rows[0].1[3], "Outstanding", "best first: {:?}", rows[0]);
        // Each grade links to that force's pillar page.
        let link = browser.eval("return document.querySelector('.grade-table tbody tr td:nth-of-type(4) a').getAttribute('href')").await;
        let first = browser.eval("return document.querySelector('.grade-table tbody tr th a').getAttribute('href')").await;
        assert_eq!(link.as_str().unwrap(), format!("{}efficiency/", first.as_str().unwrap()));
        // Filter to one region.
        browser
            .eval("const s = document.getElementById('filter-region'); s.value = 'east-midlands'; s.dispatchEvent(new Event('change', {bubbles: true})); return true")
            .await;
        browser.wait_until("the region in the address", "return location.search === '?sort=efficiency&region=east-midlands'").await;
        let filtered = table_rows(&browser, ".grade-table").await;
        assert_eq!(filtered.len(), east_midlands);
        assert!(filtered.iter().all(|(_, cells)| cells[0] == "East Midlands"));
        assert!(browser.text(".table-status").await.contains(&east_midlands.to_string()) || east_midlands < 10);
        // The same address, loaded afresh, shows the same rows in the same order.
        let url = browser.url().await;
        browser.open(&url).await;
        browser.wait_until("the table", "return !!document.querySelector('.grade-table tbody tr')").await;
        assert_eq!(table_rows(&browser, ".grade-table").await, filtered);
        assert_eq!(browser.eval("return document.getElementById('filter-region').value").await, "east-midlands");
        // Grouped by region: a heading row per region.
        browser.open(&format!("{}round/2016/?group=region", site())).await;
        browser.wait_until("grouped rows", "return document.querySelectorAll('.grade-table__group').length > 1").await;
        let mut distinct: Vec<&String> = regions.values().collect();
        distinct.sort();
        distinct.dedup();
        assert_eq!(browser.count(".grade-table__group").await, distinct.len());
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[test]
fn national_tables_are_in_the_static_html() {
    let names = force_names();
    for round in ["2015", "2016", "2017", "2018-19", "2021-22", "2023-25"] {
        let (status, html) = http_get(&format!("{}round/{round}/", site()));
        assert_eq!(status, 200, "round {round}");
        for name in names.values() {
            // The name as a link's text (a hydration marker may follow it).
            assert!(
                html.contains(&format!(">{name}<")),
                "{name} missing from the prerendered {round} table"
            );
        }
    }
}

#[tokio::test]
async fn comparing_three_forces_shows_their_grades_from_the_data() {
    let grades = grades();
    let names = force_names();
    let forces = ["kent", "essex", "northamptonshire"];
    with_browser(Options::default(), |browser| async move {
        open_comparison(&browser, &format!("forces={}&round=2016", forces.join(","))).await;
        let headers = browser.texts(".compare-table thead th").await;
        assert_eq!(&headers[1..], forces.map(|f| names[f].clone()));
        let rows = table_rows(&browser, ".compare-table").await;
        assert_eq!(rows.len(), 3);
        for (pillar, cells) in rows {
            for (force, cell) in forces.iter().zip(cells) {
                let key = (force.to_string(), "2016".to_owned(), pillar.to_lowercase());
                let want = grades
                    .get(&key)
                    .map(|g| tag_word(g))
                    .unwrap_or_else(|| "Not held in this dataset".to_owned());
                assert_eq!(cell, want, "{force} {pillar}");
            }
        }
        // Key facts where held: only Northamptonshire's page text is held.
        let facts = table_rows(&browser, "#key-facts table").await;
        let officers = facts
            .iter()
            .find(|(label, _)| label.contains("per 1,000"))
            .expect("officers per 1,000");
        assert_eq!(officers.1[0], "Not held");
        assert_eq!(officers.1[1], "Not held");
        assert!(
            officers.1[2].starts_with("3.02 officers per 1,000 people"),
            "{officers:?}"
        );
        assert_eq!(
            browser.count("#history .compare-history").await,
            3,
            "a grade history per force"
        );
        // Removing a force changes the address and the view.
        browser
            .click(".chosen-forces__item:nth-child(2) .chosen-forces__remove")
            .await;
        browser
            .wait_until(
                "Essex removed",
                "return location.search === '?forces=kent,northamptonshire&round=2016'",
            )
            .await;
        assert_eq!(browser.count(".compare-table thead th").await, 3);
        browser.assert_no_console_errors().await;
    })
    .await;
}

/// A comparison is built in the browser: its files are asked for by the page itself, beside the
/// wasm, and the app's own requests are answered from those (one request per file, none for a
/// force the bundle lacks).
#[tokio::test]
async fn a_comparisons_files_are_asked_for_once_and_early() {
    let names = force_names();
    with_browser(Options::default(), |browser| async move {
        open_comparison(
            &browser,
            "forces=Kent,essex,no-such-force,essex,surrey,sussex&round=2023-25",
        )
        .await;
        // The first four distinct forces asked, as the app reads them: the unknown one is named
        // as unknown, and Sussex is left out.
        let headers = browser.texts(".compare-table thead th").await;
        assert_eq!(
            headers[1..],
            [
                names["kent"].clone(),
                names["essex"].clone(),
                names["surrey"].clone()
            ]
        );
        let requests = browser
            .eval(
                "return performance.getEntriesByType('resource')\
                   .filter(e => e.name.includes('/data/'))\
                   .map(e => [new URL(e.name).pathname, e.initiatorType])",
            )
            .await;
        let requests: Vec<(String, String)> = serde_json::from_value(requests).unwrap();
        let files: Vec<&str> = requests
            .iter()
            .map(|(path, _)| path.rsplit('/').next().unwrap())
            .collect();
        let mut sorted = files.clone();
        sorted.sort();
        assert_eq!(
            sorted,
            ["essex.json", "index.json", "kent.json", "surrey.json"],
            "{requests:?}"
        );
        assert!(
            requests.iter().all(|(_, by)| by == "link"),
            "every file asked for by the page's preload, and the app's request answered by it: {requests:?}"
        );
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn the_compare_picker_works_from_the_keyboard() {
    let names = force_names();
    with_browser(Options::default(), |browser| async move {
        // A force page's compare link: the force, with its region's forces suggested.
        browser.open(&format!("{}force/kent/2016/", site())).await;
        browser.click_link("Compare Kent Police with other forces").await;
        browser.wait_until("the compare page", "return location.pathname === '/compare/' && location.search === '?forces=kent&round=2016'").await;
                browser.open(&format!("{}compare/?forces=kent", site())).await;
        // A query the prerenderer did not render: the page is built in the browser.
        browser.wait_until("the comparison", "return !!document.querySelector('.chosen-forces__item')").await;
        // Suggested: Kent's region's other forces.
        let suggested = browser.texts(".suggestions li").await;
        assert!(suggested.iter().any(|s| s.contains("Sussex Police")), "{suggested:?}");
        browser.eval("document.getElementById('compare-search').focus(); return true").await;
        type_text(&browser, "north").await;
        browser.wait_until("options", "return document.querySelectorAll('#compare-search-listbox [role=option]').length >= 4").await;
        assert_eq!(browser.eval("return document.getElementById('compare-search').getAttribute('aria-expanded')").await, "true");
        browser.press(Key::Down).await;
        browser.press(Key::Down).await;
        let active = browser
            .eval("const id = document.getElementById('compare-search').getAttribute('aria-activedescendant'); return document.getElementById(id).querySelector('.force-search__name').textContent")
            .await;
        let active = active.as_str().unwrap().to_owned();
        let slug = names.iter().find(|(_, n)| **n == active).map(|(s, _)| s.clone()).expect("an option is a force");
        browser.press(Key::Enter).await;
        browser
            .wait_until("the force added", &format!("return location.search === '?forces=kent,{slug}'"))
            .await;
        // The new force's file may still be on its way: wait for the page, not only the address.
        browser
            .wait_until("the comparison", "return document.querySelectorAll('.chosen-forces__name').length === 2")
            .await;
        let chosen = browser.texts(".chosen-forces__name").await;
        assert_eq!(chosen, [names["kent"].clone(), active]);
        // Escape closes the list.
        browser.eval("document.getElementById('compare-search').focus(); return true").await;
        type_text(&browser, "york").await;
        browser.wait_until("options", "return document.getElementById('compare-search').getAttribute('aria-expanded') === 'true'").await;
        browser.press(Key::Escape).await;
        browser.wait_until("closed", "return document.getElementById('compare-search').getAttribute('aria-expanded') === 'false'").await;
    })
    .await;
}

#[tokio::test]
async fn csv_download_is_the_table_shown() {
    let downloads = std::env::temp_dir().join(format!("peel-e2e-downloads-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&downloads);
    std::fs::create_dir_all(&downloads).unwrap();
    let dir = downloads.clone();
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!("{}round/2016/?region=east-midlands", site()))
            .await;
        browser
            .wait_until(
                "the table",
                "return !!document.querySelector('.grade-table tbody tr')",
            )
            .await;
        browser
            .cdp(
                "Browser.setDownloadBehavior",
                json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy() }),
            )
            .await;
        let shown = table_rows(&browser, ".grade-table").await;
        let licence = browser.text(".download .download__licence").await;
        assert!(
            licence.contains("Open Government Licence v3.0"),
            "the licence is said beside the downloads: {licence}"
        );
        browser.click(".download button:first-child").await;
        // A filtered table says so in its file name and first line.
        let file = dir.join("peel-2016-national-table-east-midlands.csv");
        wait_for_file(&file).await;
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let (first, text) = text.split_once("\r\n").expect("a first line");
        assert!(
            first.starts_with("# ") && first.contains("in East Midlands"),
            "the first line says the filter: {first}"
        );
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        assert!(
            header.iter().any(|h| h.to_lowercase().contains("source")),
            "a source column: {header:?}"
        );
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), shown.len(), "one line per row shown");
        for (record, (name, cells)) in records.iter().zip(&shown) {
            assert_eq!(&record[0], name);
            let line: Vec<String> = record.iter().map(|f| f.to_lowercase()).collect();
            // The grade cells, after the region and the standing (which counts them).
            for cell in &cells[2..] {
                let word = cell.to_lowercase().replace(" in this dataset", "");
                assert!(line.contains(&word), "{name}: “{word}” not in {line:?}");
            }
        }
        // The same rows as JSON.
        browser.click(".download button:nth-child(2)").await;
        let json_file = dir.join("peel-2016-national-table-east-midlands.json");
        wait_for_file(&json_file).await;
        let records: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&json_file).unwrap()).unwrap();
        // It says which rows it holds, as the table's status line does.
        let says = records["shown"].as_str().unwrap_or_default();
        assert!(says.contains("East Midlands"), "{says}");
        let names: Vec<&str> = records["forces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["force"].as_str().unwrap_or_default())
            .collect();
        let shown_names: Vec<&str> = shown.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, shown_names);
    })
    .await;
    let _ = std::fs::remove_dir_all(&downloads);
}

#[tokio::test]
async fn key_facts_are_compared_with_the_national_level_in_words() {
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!("{}force/northamptonshire/2016/#key-facts", site()))
            .await;
        browser
            .wait_until(
                "key facts open",
                "return !document.getElementById('key-facts-content').hidden",
            )
            .await;
        let officers = browser
            .text("#key-facts-officers-per-1000 .key-facts__sentence")
            .await;
        assert_eq!(
            officers,
            "3.02 officers per 1,000 people, 18% fewer than the national 3.69"
        );
        assert_eq!(
            browser.count("#key-facts-officers-per-1000 svg rect").await,
            2,
            "a pair of bars"
        );
        let rows = table_rows(&browser, ".key-facts__table").await;
        let officers_row = rows
            .iter()
            .find(|(label, _)| label.contains("per 1,000"))
            .expect("the officers row");
        assert!(
            officers_row.1[0].starts_with("3.02") && officers_row.1[1].starts_with("3.69"),
            "{officers_row:?}"
        );
        let trend = browser
            .text("#key-facts-victim-based-crimes-trend .key-facts__sentence")
            .await;
        assert!(trend.contains("+14%") && trend.contains("+9%"), "{trend}");
        // The grade history of the same page.
        browser.click(".contents a[href='#grade-history']").await;
        browser
            .wait_until(
                "history open",
                "return !document.getElementById('grade-history-content').hidden",
            )
            .await;
        let history = table_rows(&browser, ".history__table").await;
        let grades = grades();
        let rounds = browser.texts(".history__table thead th").await;
        for (pillar, cells) in history
            .iter()
            .filter(|(p, _)| ["Effectiveness", "Efficiency", "Legitimacy"].contains(&p.as_str()))
        {
            for (round, cell) in rounds[1..].iter().zip(cells) {
                let key = (
                    "northamptonshire".to_owned(),
                    round.clone(),
                    pillar.to_lowercase(),
                );
                if let Some(grade) = grades.get(&key) {
                    assert_eq!(cell, &tag_word(grade), "{pillar} {round}");
                }
            }
        }
        assert!(browser.text("#grade-history").await.contains("the line breaks"));
    })
    .await;
}

#[tokio::test]
async fn search_finds_a_force_by_town_and_by_part_of_its_name() {
    let yorkshire: Vec<String> = force_names()
        .into_values()
        .filter(|n| n.contains("Yorkshire"))
        .collect();
    assert_eq!(yorkshire.len(), 3, "the data names three Yorkshire forces");
    with_browser(Options::default(), |browser| async move {
        browser.open(&site()).await;
        browser.eval("document.getElementById('home-search').focus(); return true").await;
        type_text(&browser, "Kettering").await;
        browser.wait_until("a result", "return document.querySelectorAll('#home-search-listbox [role=option]').length > 0").await;
        let options = browser.texts("#home-search-listbox [role=option]").await;
        assert_eq!(options.len(), 1, "{options:?}");
        assert!(options[0].contains("Northamptonshire Police") && options[0].contains("Kettering"), "{options:?}");
        // Part of a name.
        browser.eval("const i = document.getElementById('home-search'); i.value = ''; i.dispatchEvent(new Event('input')); return true").await;
        type_text(&browser, "york").await;
        browser.wait_until("results", "return document.querySelectorAll('#home-search-listbox [role=option]').length >= 3").await;
        let names = browser.texts("#home-search-listbox .force-search__name").await;
        for name in &yorkshire {
            assert!(names.contains(name), "{name} not found by “york”: {names:?}");
        }
        // Choosing with the keyboard opens the force's page.
        browser.press(Key::Down).await;
        browser.press(Key::Enter).await;
        browser.wait_until("a force page", "return location.pathname.startsWith('/force/') && !!document.querySelector('#judgements')").await;
        assert_eq!(browser.text("h1").await, names[0]);
        browser.assert_no_console_errors().await;
    })
    .await;
}
