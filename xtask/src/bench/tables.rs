//! The report's tables, from what was measured: sizes and build time, each page's embedded
//! data, first visits, client navigation and Lighthouse, this tree beside the baseline.

use crate::lighthouse::{self, Metrics};
use crate::navigation::{self, Walks};
use crate::page_data::{self, SiteData};
use crate::page_timing::{self, Clocks, Summary, Timings, summarise};

use super::probes::Probes;
use super::sites::{Measures, Size};
use super::table::Table;

/// Every table of the report, in its order.
pub fn all(probes: &Probes) -> Vec<Table> {
    let (now, then, runs) = (
        probes.current.label.as_str(),
        probes.baseline.label.as_str(),
        probes.runs,
    );
    let mut tables = vec![
        size_table(probes.current, probes.baseline),
        embedded_table(probes.embedded, now, then),
        timing_table(probes.timings, now, then, runs),
        navigation_table(probes.walks, now, then, runs),
    ];
    if let Some((results, labels)) = probes.lighthouse {
        tables.push(lighthouse_table(results, labels, runs));
    }
    tables
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn size_table(current: &Measures, baseline: &Measures) -> Table {
    let triple = |s: Size| format!("{} / {} / {}", kb(s.raw), kb(s.gzip), kb(s.brotli));
    let mut rows = Vec::new();
    for (name, size) in &current.rows {
        let base = baseline.rows.iter().find(|(n, _)| n == name).map(|(_, s)| *s);
        let diff = base
            .filter(|b| b.gzip > 0)
            .map(|b| {
                format!(
                    "{:+.1}%",
                    (size.gzip as f64 - b.gzip as f64) * 100.0 / b.gzip as f64
                )
            })
            .unwrap_or_default();
        rows.push(vec![
            name.clone(),
            triple(*size),
            base.map(triple).unwrap_or_else(|| "–".into()),
            diff,
        ]);
    }
    rows.push(vec![
        "pages prerendered".into(),
        current.pages.to_string(),
        baseline.pages.to_string(),
        String::new(),
    ]);
    let seconds = |m: &Measures, note: &str| {
        m.build_seconds
            .map_or_else(|| "built before".to_owned(), |s| format!("{s} s{note}"))
    };
    rows.push(vec![
        "build time (dist)".into(),
        seconds(current, " (warm caches)"),
        seconds(baseline, " (own target folder)"),
        String::new(),
    ]);
    Table {
        title: "Sizes a reader downloads (raw / gzip / brotli) and build time".into(),
        header: vec![
            String::new(),
            current.label.clone(),
            baseline.label.clone(),
            "gzip diff".into(),
        ],
        rows,
        name_columns: 1,
    }
}

/// A median in milliseconds with its range.
fn shown_ms(summary: Option<Summary>) -> String {
    summary.map_or_else(
        || "not reached".to_owned(),
        |s| format!("{:.0} ({:.0}–{:.0})", s.median, s.low, s.high),
    )
}

/// How much `now`'s median moved from `then`'s, in percent.
fn median_diff(now: Option<Summary>, then: Option<Summary>) -> String {
    match (now, then) {
        (Some(now), Some(then)) if then.median > 0.0 => {
            format!("{:+.1}%", (now.median - then.median) * 100.0 / then.median)
        }
        _ => String::new(),
    }
}

fn timing_table(timings: &Timings, current: &str, baseline: &str, runs: usize) -> Table {
    let mut rows = Vec::new();
    for (page, sites) in timings {
        for (i, name) in Clocks::NAMES.iter().enumerate() {
            let summary = |loads: &Vec<Clocks>| summarise(loads.iter().map(|c| c.values()[i]));
            let now = sites.first().and_then(summary);
            let then = sites.get(1).and_then(summary);
            // A site built before the app's User Timing marks has no start-up figures at all;
            // "not reached" is for a page that sometimes never got there.
            let shown = |loads: Option<&Vec<Clocks>>, summary: Option<Summary>| {
                let never = loads.is_none_or(|loads| loads.iter().all(|c| c.values()[i].is_none()));
                if never && i >= Clocks::FIRST_STARTUP {
                    "–".to_owned()
                } else {
                    shown_ms(summary)
                }
            };
            rows.push(vec![
                if i == 0 { page.to_string() } else { String::new() },
                name.to_string(),
                shown(sites.first(), now),
                shown(sites.get(1), then),
                median_diff(now, then),
            ]);
        }
    }
    Table {
        title: format!(
            "First visit in headless Chromium, CPU slowed {}x, loopback network: median (fastest–slowest) of {runs} cold loads, ms (clocks since navigation; the start-up from the app's User Timing marks and the browser's long-task entries)",
            page_timing::CPU_SLOWDOWN
        ),
        header: vec![
            "page".into(),
            "measure".into(),
            current.into(),
            baseline.into(),
            "diff".into(),
        ],
        rows,
        name_columns: 2,
    }
}

fn navigation_table(walks: &Walks, current: &str, baseline: &str, runs: usize) -> Table {
    let none: Vec<navigation::Walk> = Vec::new();
    let (now, then) = (walks.first().unwrap_or(&none), walks.get(1).unwrap_or(&none));
    let mut rows: Vec<Vec<String>> = (0..navigation::HOPS.len())
        .map(|i| {
            let (a, b) = (navigation::hop(now, i), navigation::hop(then, i));
            vec![
                navigation::hop_name(i),
                shown_ms(a),
                shown_ms(b),
                median_diff(a, b),
            ]
        })
        .collect();
    let (a, b) = (navigation::warm_hops(now), navigation::warm_hops(then));
    rows.push(vec![
        format!("warm hops (2-{} of every run)", navigation::HOPS.len()),
        shown_ms(a),
        shown_ms(b),
        median_diff(a, b),
    ]);
    Table {
        title: format!(
            "Client navigation between force pages (/{} ⇄ 2017, in-page link), headless Chromium \
             {} px wide, CPU slowed {}x: click to the next painted frame, median (fastest–slowest) \
             of {runs} runs, ms; target: under 100 ms warm",
            navigation::START,
            navigation::VIEWPORT.0,
            page_timing::CPU_SLOWDOWN
        ),
        header: vec!["hop".into(), current.into(), baseline.into(), "diff".into()],
        rows,
        name_columns: 1,
    }
}

/// The pages whose embedded data is always shown, beside the largest.
const EMBEDDED_PAGES: [(&str, &str); 4] = [
    ("home page", "/"),
    (
        "force page (Northamptonshire 2016)",
        "/force/northamptonshire/2016/",
    ),
    ("national table (2016)", "/round/2016/"),
    ("force page, latest round (Kent)", "/force/kent/"),
];

/// How many of the largest pages are listed.
const LARGEST_SHOWN: usize = 5;

fn embedded_table(embedded: &[SiteData; 2], current: &str, baseline: &str) -> Table {
    let limit = kb(page_data::LIMIT_BYTES);
    let mut rows = vec![
        vec![
            "pages with embedded data".to_owned(),
            embedded[0].pages.len().to_string(),
            embedded[1].pages.len().to_string(),
            String::new(),
        ],
        vec![
            format!("over {limit} brotli"),
            embedded[0].over_limit().to_string(),
            embedded[1].over_limit().to_string(),
            String::new(),
        ],
    ];
    let cell = |page: &page_data::PageData| format!("{} ({} raw)", kb(page.brotli), kb(page.raw));
    for i in 0..LARGEST_SHOWN {
        let largest = |site: &SiteData| {
            site.pages
                .get(i)
                .map_or_else(|| "–".to_owned(), |p| format!("{} {}", p.address, cell(p)))
        };
        rows.push(vec![
            format!("largest #{}", i + 1),
            largest(&embedded[0]),
            largest(&embedded[1]),
            String::new(),
        ]);
    }
    for (name, address) in EMBEDDED_PAGES {
        let (now, then) = (embedded[0].find(address), embedded[1].find(address));
        let diff = match (now, then) {
            (Some(now), Some(then)) if then.brotli > 0 => format!(
                "{:+.1}%",
                (now.brotli as f64 - then.brotli as f64) * 100.0 / then.brotli as f64
            ),
            _ => String::new(),
        };
        rows.push(vec![
            format!("{name}, {address}"),
            now.map_or_else(|| "–".to_owned(), cell),
            then.map_or_else(|| "–".to_owned(), cell),
            diff,
        ]);
    }
    Table {
        title: format!(
            "Each page's embedded data (`<script id=\"page-data\">`), brotli quality 11 (raw beside \
             it); target: at most {limit} brotli on every page (KB = 1,000 bytes)"
        ),
        header: vec![
            String::new(),
            current.into(),
            baseline.into(),
            "brotli diff".into(),
        ],
        rows,
        name_columns: 1,
    }
}

fn lighthouse_table(results: &lighthouse::Results, labels: &[String], runs: usize) -> Table {
    let mut rows = Vec::new();
    for (page, sites) in results {
        let summaries: Vec<_> = sites.iter().map(|runs| lighthouse::summaries(runs)).collect();
        for (i, (name, _, unit)) in Metrics::NAMES.iter().enumerate() {
            let mut row = vec![
                if i == 0 { page.to_string() } else { String::new() },
                name.to_string(),
            ];
            row.extend(summaries.iter().map(|s| lighthouse::shown(*unit, s[i])));
            rows.push(row);
        }
    }
    let mut header = vec!["page".to_owned(), "metric".to_owned()];
    header.extend(labels.iter().cloned());
    Table {
        title: format!(
            "Lighthouse {}, mobile (simulated slow 4G, CPU slowed 4x), served compressed: median (lowest–highest) of {runs} run(s)",
            crate::tools::LIGHTHOUSE_VERSION
        ),
        header,
        rows,
        name_columns: 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page_data::PageData;
    use crate::page_timing::StartUp;

    fn size(raw: u64, gzip: u64, brotli: u64) -> Size {
        Size { raw, gzip, brotli }
    }

    fn site(label: &str, rows: Vec<(&str, Size)>, pages: usize, build_seconds: Option<u64>) -> Measures {
        Measures {
            label: label.into(),
            dist: std::path::PathBuf::from("dist"),
            rows: rows
                .into_iter()
                .map(|(name, size)| (name.to_owned(), size))
                .collect(),
            build_seconds,
            pages,
        }
    }

    #[test]
    fn sizes_compare_gzip_with_the_baseline_and_say_what_it_lacks() {
        let current = site(
            "this tree",
            vec![
                ("app wasm", size(1_279_100, 471_500, 352_200)),
                (
                    "data: place names for search (places.json)",
                    size(61_000, 14_000, 11_000),
                ),
            ],
            1_012,
            Some(95),
        );
        let baseline = site(
            "HEAD~1",
            vec![("app wasm", size(1_299_600, 478_100, 355_000))],
            1_010,
            None,
        );
        assert_eq!(
            size_table(&current, &baseline).markdown(),
            "### Sizes a reader downloads (raw / gzip / brotli) and build time\n\n\
             |  | this tree | HEAD~1 | gzip diff |\n\
             | --- | ---: | ---: | ---: |\n\
             | app wasm | 1279.1 KB / 471.5 KB / 352.2 KB | 1299.6 KB / 478.1 KB / 355.0 KB | -1.4% |\n\
             | data: place names for search (places.json) | 61.0 KB / 14.0 KB / 11.0 KB | – |  |\n\
             | pages prerendered | 1012 | 1010 |  |\n\
             | build time (dist) | 95 s (warm caches) | built before |  |\n"
        );
    }

    fn clocks(paint: f64, hydrate: Option<f64>) -> Clocks {
        Clocks {
            paint: Some(paint),
            load: Some(paint + 100.0),
            ready: None,
            startup: StartUp {
                hydrate,
                ..StartUp::default()
            },
        }
    }

    #[test]
    fn first_visits_show_medians_ranges_and_what_a_site_never_measured() {
        // This tree: three loads, one never ready; the baseline predates the start-up marks.
        let now = vec![
            clocks(900.0, Some(200.0)),
            clocks(1000.0, Some(220.0)),
            clocks(1300.0, Some(260.0)),
        ];
        let then = vec![clocks(1000.0, None), clocks(1200.0, None), clocks(1100.0, None)];
        let timings: Timings = vec![("home page", vec![now, then])];
        let table = timing_table(&timings, "this tree", "HEAD~1", 3);
        let rows: Vec<String> = table.rows.iter().map(|row| row.join(" | ")).collect();
        assert_eq!(
            rows[..4],
            [
                "home page | first contentful paint | 1000 (900–1300) | 1100 (1000–1200) | -9.1%",
                " | load event | 1100 (1000–1400) | 1200 (1100–1300) | -8.3%",
                " | app ready (hydrated or mounted) | not reached | not reached | ",
                " | hydrate (peel:start to peel:hydrated) | 220 (200–260) | – | ",
            ]
        );
        assert_eq!(rows.len(), Clocks::NAMES.len());
        assert_eq!(table.header, ["page", "measure", "this tree", "HEAD~1", "diff"]);
    }

    #[test]
    fn navigation_lists_each_hop_and_the_warm_hops_pooled() {
        let walks: Walks = vec![
            vec![vec![Some(300.0), Some(80.0), Some(90.0), Some(70.0), Some(60.0)]],
            vec![vec![Some(400.0), Some(100.0), Some(100.0), None, Some(100.0)]],
        ];
        let table = navigation_table(&walks, "this tree", "HEAD~1", 1);
        let rows: Vec<String> = table.rows.iter().map(|row| row.join(" | ")).collect();
        assert_eq!(
            rows,
            [
                "hop 1: 2016 → 2017 (fetches the data) | 300 (300–300) | 400 (400–400) | -25.0%",
                "hop 2: 2017 → 2016 (warm) | 80 (80–80) | 100 (100–100) | -20.0%",
                "hop 3: 2016 → 2017 (warm) | 90 (90–90) | 100 (100–100) | -10.0%",
                "hop 4: 2017 → 2016 (warm) | 70 (70–70) | not reached | ",
                "hop 5: 2016 → 2017 (warm) | 60 (60–60) | 100 (100–100) | -40.0%",
                "warm hops (2-5 of every run) | 75 (60–90) | not reached | ",
            ]
        );
    }

    fn page(address: &str, raw: u64, brotli: u64) -> PageData {
        PageData {
            address: address.into(),
            raw,
            brotli,
        }
    }

    #[test]
    fn embedded_data_lists_the_largest_pages_and_the_pages_always_shown() {
        let now = SiteData {
            pages: vec![page("/round/2016/", 90_000, 12_500), page("/", 20_000, 4_000)],
        };
        let then = SiteData {
            pages: vec![page("/", 25_000, 5_000)],
        };
        let table = embedded_table(&[now, then], "this tree", "HEAD~1");
        let rows: Vec<String> = table.rows.iter().map(|row| row.join(" | ")).collect();
        assert_eq!(
            rows,
            [
                "pages with embedded data | 2 | 1 | ",
                "over 10.0 KB brotli | 1 | 0 | ",
                "largest #1 | /round/2016/ 12.5 KB (90.0 KB raw) | / 5.0 KB (25.0 KB raw) | ",
                "largest #2 | / 4.0 KB (20.0 KB raw) | – | ",
                "largest #3 | – | – | ",
                "largest #4 | – | – | ",
                "largest #5 | – | – | ",
                "home page, / | 4.0 KB (20.0 KB raw) | 5.0 KB (25.0 KB raw) | -20.0%",
                "force page (Northamptonshire 2016), /force/northamptonshire/2016/ | – | – | ",
                "national table (2016), /round/2016/ | 12.5 KB (90.0 KB raw) | – | ",
                "force page, latest round (Kent), /force/kent/ | – | – | ",
            ]
        );
    }

    #[test]
    fn lighthouse_has_a_column_per_site_and_says_which_runs_failed() {
        let run = |score: f64| Metrics {
            score: Some(score),
            first_contentful_paint: Some(1200.0),
            ..Metrics::default()
        };
        let results: lighthouse::Results =
            vec![("home page", vec![vec![run(97.0), run(99.0)], vec![run(90.0)]])];
        let labels = ["this tree".to_owned(), "HEAD~1".to_owned()];
        let table = lighthouse_table(&results, &labels, 2);
        assert_eq!(table.header, ["page", "metric", "this tree", "HEAD~1"]);
        assert_eq!(
            table.rows[0],
            ["home page", "performance score", "98 (97–99)", "90"]
        );
        assert_eq!(
            table.rows[1],
            ["", "first contentful paint (FCP)", "1200 ms", "1200 ms"]
        );
        assert_eq!(
            table.rows[2],
            ["", "largest contentful paint (LCP)", "failed", "failed"]
        );
        assert_eq!(table.rows.len(), Metrics::NAMES.len());
    }
}
