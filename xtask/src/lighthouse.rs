//! Lighthouse in `cargo xtask bench`: Google's page-quality tool, as reviewers and search engines
//! run it, on each kind of page of each site, served compressed as a host would.
//!
//! Lighthouse (npm, pinned in `package.json`) drives Debian's Chromium with the flags of
//! `webdriver.json`, in its default mobile configuration: a phone's screen, the CPU slowed 4x and
//! a slow 4G network simulated from the load it observes. Each page is measured `runs` times per
//! site, the sites taking turns so that the machine's noise falls on all alike, and each metric's
//! median is reported with its range. One of the sites is this tree's build with every script
//! removed: what the prerendered HTML and CSS cost without the app, the floor the app adds to.

use std::path::Path;

use scraper::{Html, Node};
use serde_json::Value;

use crate::page_timing::{Summary, summarise};
use crate::process::{Result, command, fail, root};
use crate::serve::StaticServer;

/// The kinds of page measured, each a first visit: (name, path below the site's root).
pub const PAGES: [(&str, &str); 9] = [
    ("home page", ""),
    (
        "force round (Northamptonshire 2016)",
        "force/northamptonshire/2016/",
    ),
    (
        "pillar (Northamptonshire 2016, effectiveness)",
        "force/northamptonshire/2016/effectiveness/",
    ),
    ("national table (2016)", "round/2016/"),
    (
        "comparison (Northamptonshire and Kent, 2016)",
        "compare/?forces=northamptonshire,kent&round=2016",
    ),
    ("enhanced monitoring", "monitoring/"),
    (
        "force page with the Engage notice (Lincolnshire, latest)",
        "force/lincolnshire/",
    ),
    // No script of its own: its "without scripts" column is the same page.
    (
        "embed, a round's map (2016, effectiveness)",
        "embed/round/2016/effectiveness/",
    ),
    ("downloads (/data/)", "data/"),
];

/// Addresses readers share, each a page of its own (issue 19): every national table query key
/// at least once, a four-force comparison, places, a monitoring day and a tagged link. Measured
/// after [`PAGES`], like them.
pub const SHAREABLE_STATES: [(&str, &str); 7] = [
    (
        "national table, good grades grouped by region (2016)",
        "round/2016/?grade=good&group=region",
    ),
    (
        "national table by standing, fewest inadequate first (2023-25)",
        "round/2023-25/?sort=standing&order=desc",
    ),
    (
        "national table, one region and area (2021-22)",
        "round/2021-22/?region=south-east&area=investigating-crime",
    ),
    (
        "comparison of four forces (2023-25)",
        "compare/?forces=kent,essex,surrey,sussex&round=2023-25",
    ),
    ("places", "places/"),
    ("enhanced monitoring on a day", "monitoring/?date=2023-06-01"),
    (
        "force round, a link with a campaign tag (Kent 2023-25)",
        "force/kent/2023-25/?utm_source=newsletter",
    ),
];

/// Every page measured: [`PAGES`], then [`SHAREABLE_STATES`].
pub fn all_pages() -> impl Iterator<Item = (&'static str, &'static str)> {
    PAGES.into_iter().chain(SHAREABLE_STATES)
}

/// One Lighthouse run's results; `None` where the run failed or the metric is missing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Metrics {
    /// The performance score, 0-100.
    pub score: Option<f64>,
    /// Milliseconds.
    pub first_contentful_paint: Option<f64>,
    pub largest_contentful_paint: Option<f64>,
    pub total_blocking_time: Option<f64>,
    pub speed_index: Option<f64>,
    /// Unitless.
    pub cumulative_layout_shift: Option<f64>,
    /// Bytes the page transferred (compressed, as sent).
    pub bytes: Option<f64>,
}

/// How a metric is shown.
#[derive(Clone, Copy, PartialEq)]
pub enum Unit {
    Score,
    Milliseconds,
    Shift,
    Bytes,
}

impl Metrics {
    /// Names, JSON keys and units, in the order of [`Metrics::values`].
    pub const NAMES: [(&'static str, &'static str, Unit); 7] = [
        ("performance score", "score", Unit::Score),
        ("first contentful paint (FCP)", "fcp_ms", Unit::Milliseconds),
        ("largest contentful paint (LCP)", "lcp_ms", Unit::Milliseconds),
        ("total blocking time (TBT)", "tbt_ms", Unit::Milliseconds),
        ("speed index (SI)", "si_ms", Unit::Milliseconds),
        ("cumulative layout shift (CLS)", "cls", Unit::Shift),
        ("bytes transferred", "bytes", Unit::Bytes),
    ];

    pub fn values(&self) -> [Option<f64>; 7] {
        [
            self.score,
            self.first_contentful_paint,
            self.largest_contentful_paint,
            self.total_blocking_time,
            self.speed_index,
            self.cumulative_layout_shift,
            self.bytes,
        ]
    }

    /// Reads a Lighthouse JSON report (`--output=json`).
    pub fn from_report(report: &Value) -> Metrics {
        let audit = |name: &str| report["audits"][name]["numericValue"].as_f64();
        Metrics {
            score: report["categories"]["performance"]["score"]
                .as_f64()
                .map(|s| s * 100.0),
            first_contentful_paint: audit("first-contentful-paint"),
            largest_contentful_paint: audit("largest-contentful-paint"),
            total_blocking_time: audit("total-blocking-time"),
            speed_index: audit("speed-index"),
            cumulative_layout_shift: audit("cumulative-layout-shift"),
            bytes: audit("total-byte-weight"),
        }
    }
}

/// How one metric is written in a table.
pub fn shown(unit: Unit, summary: Option<Summary>) -> String {
    let Some(s) = summary else {
        return "failed".into();
    };
    let one = |v: f64| match unit {
        Unit::Score | Unit::Milliseconds => format!("{v:.0}"),
        Unit::Shift => format!("{v:.3}"),
        Unit::Bytes => format!("{:.0}", v / 1000.0),
    };
    let suffix = match unit {
        Unit::Milliseconds => " ms",
        Unit::Bytes => " KB",
        _ => "",
    };
    if s.low == s.high {
        format!("{}{suffix}", one(s.median))
    } else {
        format!("{}{suffix} ({}–{})", one(s.median), one(s.low), one(s.high))
    }
}

/// For each page of [`all_pages`]: each site's runs, in the order the sites were given.
pub type Results = Vec<(&'static str, Vec<Vec<Metrics>>)>;

/// Each metric's median and range over a site's runs of a page.
pub fn summaries(runs: &[Metrics]) -> [Option<Summary>; 7] {
    std::array::from_fn(|i| summarise(runs.iter().map(|m| m.values()[i])))
}

/// Runs Lighthouse `runs` times on every page of every site (each served at its root).
pub fn measure(sites: &[&Path], runs: usize) -> Result<Results> {
    let lighthouse = root().join("node_modules/.bin/lighthouse");
    let chromium = crate::tools::chromium_path()?;
    let flags = crate::page_timing::chromium_flags()?.join(" ");
    let servers = StaticServer::start_each(sites)?;
    let reports = root().join("target/bench/lighthouse");
    let _ = std::fs::remove_dir_all(&reports);
    std::fs::create_dir_all(&reports).or_else(|e| {
        fail(
            "run Lighthouse",
            format!("cannot create {}: {e}", reports.display()),
            "Check the disk has room.",
        )
    })?;
    let run = |site: usize, page: &str, slug: &str| -> Result<Metrics> {
        let url = format!("http://127.0.0.1:{}/{page}", servers[site].port);
        let report = reports.join(format!("{slug}-site{site}.json"));
        lighthouse_once(&lighthouse, &chromium, &flags, &url, &report)
    };

    // One run per site first, not counted: the first browser start reads Chromium and the
    // site from a cold disk cache.
    for site in 0..sites.len() {
        run(site, "", "warm-up")?;
    }
    let mut results = Vec::new();
    for (name, path) in all_pages() {
        eprintln!("    {name}");
        let mut samples: Vec<Vec<Metrics>> = vec![Vec::new(); sites.len()];
        for n in 0..runs {
            // Alternate which site goes first, so neither always runs on a warmer machine.
            let mut order: Vec<usize> = (0..sites.len()).collect();
            if n % 2 == 1 {
                order.reverse();
            }
            for site in order {
                let slug = format!("{}-run{}", slug_of(name), n + 1);
                samples[site].push(run(site, path, &slug)?);
            }
        }
        results.push((name, samples));
    }
    Ok(results)
}

/// One Lighthouse run; a run that fails is reported and counts as missing, not as an error,
/// so one bad load does not lose the rest of a long bench.
fn lighthouse_once(
    lighthouse: &Path,
    chromium: &Path,
    flags: &str,
    url: &str,
    report: &Path,
) -> Result<Metrics> {
    let log = report.with_extension("log");
    let log_file = std::fs::File::create(&log).or_else(|e| {
        fail(
            "run Lighthouse",
            format!("cannot create {}: {e}", log.display()),
            "Check the disk has room.",
        )
    })?;
    // In xtask's own process group, not a group of its own: a terminal's Ctrl-C then reaches
    // Lighthouse, whose launcher closes its Chromium (started in a group of its own) on SIGINT.
    let status = command(lighthouse)
        .arg(url)
        .args([
            "--output=json",
            "--only-categories=performance",
            // Lighthouse's default, said explicitly: a phone, simulated slow 4G, CPU slowed 4x.
            "--form-factor=mobile",
            "--quiet",
        ])
        .arg(format!("--output-path={}", report.display()))
        .arg(format!("--chrome-flags={flags}"))
        .env("CHROME_PATH", chromium)
        .stdout(std::process::Stdio::null())
        .stderr(log_file)
        .status();
    let status = match status {
        Ok(status) => status,
        Err(e) => {
            return fail(
                "run Lighthouse",
                format!("cannot start {}: {e}", lighthouse.display()),
                "Run `npm ci` in the workspace root (package.json pins Lighthouse).",
            );
        }
    };
    let parsed: Option<Value> = std::fs::read_to_string(report)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok());
    let problem = match &parsed {
        _ if !status.success() => Some(format!("Lighthouse failed ({status})")),
        None => Some("Lighthouse wrote no report".to_owned()),
        Some(json) => json["runtimeError"]["message"].as_str().map(str::to_owned),
    };
    if let Some(problem) = problem {
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        let last: Vec<&str> = said.lines().rev().take(3).collect();
        eprintln!(
            "    warning: {url}: {problem}; counted as failed (see {}){}",
            log.display(),
            last.iter()
                .rev()
                .map(|l| format!("\n      {l}"))
                .collect::<String>()
        );
        return Ok(Metrics::default());
    }
    Ok(parsed.as_ref().map(Metrics::from_report).unwrap_or_default())
}

fn slug_of(name: &str) -> String {
    let slug: String = name
        .chars()
        .take_while(|c| *c != '(')
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    slug.trim_matches('-').to_owned()
}

/// A copy of the site `from` in `to` with every script removed from every page: `<script>`
/// elements, and the `<link>`s that preload scripts or the wasm (`modulepreload`, `preload`
/// as `script` or `fetch`). Its pages are precompressed afresh.
pub fn copy_without_scripts(from: &Path, to: &Path) -> Result<()> {
    let copied = (|| {
        let _ = std::fs::remove_dir_all(to);
        let pages = crate::site_files::copy_site(from, to).map_err(|e| e.to_string())?;
        for page in &pages {
            let html = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
            std::fs::write(page, strip_scripts(&html)).map_err(|e| format!("{}: {e}", page.display()))?;
        }
        crate::compress::precompress_files(&pages, Some(&crate::compress::project_cache()))
    })();
    match copied {
        Ok(_) => Ok(()),
        Err(e) => fail("copy the site without its scripts", e, "Check the disk has room."),
    }
}

/// The page with its scripts and script preloads removed. It is written back from the parsed
/// document (html5ever's serialisation): the same elements, attributes and text a browser
/// builds from the original, less the scripts.
pub fn strip_scripts(html: &str) -> String {
    let mut document = Html::parse_document(html);
    let scripts: Vec<_> = document
        .tree
        .nodes()
        .filter(|node| is_script(node.value()))
        .map(|node| node.id())
        .collect();
    for id in scripts {
        if let Some(mut node) = document.tree.get_mut(id) {
            node.detach();
        }
    }
    document.html()
}

fn is_script(node: &Node) -> bool {
    let Some(element) = node.as_element() else {
        return false;
    };
    match element.name() {
        "script" => true,
        "link" => {
            let rel = element.attr("rel").unwrap_or("").to_ascii_lowercase();
            let rel: Vec<&str> = rel.split_ascii_whitespace().collect();
            let preloads_code = matches!(
                element.attr("as").map(str::to_ascii_lowercase).as_deref(),
                Some("script" | "fetch")
            );
            rel.contains(&"modulepreload") || (rel.contains(&"preload") && preloads_code)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_their_preloads_are_removed_and_nothing_else() {
        let page = r#"<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<link rel="modulepreload" href="/app-0123456789abcdef.js" crossorigin="anonymous">
<link rel="preload" href="/app-0123456789abcdef_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">
<link rel="stylesheet" href="/main-0123456789abcdef.css">
<link rel="preload" href="/font.woff2" as="font" crossorigin="anonymous">
<script type="module">import init from '/app.js'; init();</script>
</head><body><main id="main-content"><h1>Kent</h1><!--hk=0-1--><p>Good &amp; better</p></main>
<script id="data" type="application/json">{"a":"</p>"}</script></body></html>"#;
        let stripped = strip_scripts(page);
        assert!(!stripped.contains("<script"), "{stripped}");
        assert!(
            !stripped.contains("modulepreload") && !stripped.contains("wasm"),
            "{stripped}"
        );
        assert!(
            stripped.contains(r#"<link rel="stylesheet" href="/main-0123456789abcdef.css">"#),
            "{stripped}"
        );
        assert!(stripped.contains(r#"href="/font.woff2""#));
        assert!(stripped.starts_with("<!DOCTYPE html>"));
        assert!(stripped.contains(
            r#"<main id="main-content"><h1>Kent</h1><!--hk=0-1--><p>Good &amp; better</p></main>"#
        ));
    }

    #[test]
    fn metrics_are_read_from_a_lighthouse_report() {
        let report = serde_json::json!({
            "categories": { "performance": { "score": 0.97 } },
            "audits": {
                "first-contentful-paint": { "numericValue": 1201.5 },
                "largest-contentful-paint": { "numericValue": 1650.0 },
                "total-blocking-time": { "numericValue": 40.0 },
                "speed-index": { "numericValue": 1300.0 },
                "cumulative-layout-shift": { "numericValue": 0.002 },
                "total-byte-weight": { "numericValue": 480000.0 },
            }
        });
        let metrics = Metrics::from_report(&report);
        assert_eq!(metrics.score, Some(97.0));
        assert_eq!(metrics.first_contentful_paint, Some(1201.5));
        assert_eq!(metrics.cumulative_layout_shift, Some(0.002));
        assert_eq!(metrics.bytes, Some(480000.0));
        // A report without a performance score (a failed load) has no score, not zero.
        assert_eq!(Metrics::from_report(&serde_json::json!({})).score, None);
    }

    #[test]
    fn metrics_are_shown_with_their_range() {
        let s = |median, low, high| Some(Summary { median, low, high });
        assert_eq!(
            shown(Unit::Milliseconds, s(1200.4, 1100.0, 1300.0)),
            "1200 ms (1100–1300)"
        );
        assert_eq!(shown(Unit::Score, s(97.0, 97.0, 97.0)), "97");
        assert_eq!(shown(Unit::Shift, s(0.0, 0.0, 0.0)), "0.000");
        assert_eq!(shown(Unit::Bytes, s(480000.0, 480000.0, 480000.0)), "480 KB");
        assert_eq!(shown(Unit::Score, None), "failed");
    }
}
