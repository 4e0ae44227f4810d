//! `cargo xtask bench`: what a reader downloads, how long a first visit and a move between
//! pages take in Chromium, and how long the build takes, for this tree and for a baseline commit,
//! side by side in one run.
//! Sizes and timings are what a phone pays for; they are measured here, never asserted in tests.

use std::path::{Path, PathBuf};
use std::time::Instant;

use peel_model::ForceSlug;
use peel_model::bundle::BundleFile;
use serde_json::{Value, json};

use crate::dist::{self, DistOptions};
use crate::lighthouse::{self, Metrics};
use crate::navigation::{self, Walks};
use crate::page_data::{self, SiteData};
use crate::page_timing::{self, Clocks, Summary, Timings, summarise};
use crate::process::{Result, command, done, fail, output, root, run, step};
use crate::{compress, tools};

/// What `cargo xtask bench` compares, and how.
pub struct BenchOptions {
    /// The baseline commit, built in a worktree (unless `baseline_dist` is given).
    pub baseline: String,
    /// Cold loads (and Lighthouse runs) of each page per site.
    pub runs: usize,
    /// This tree's site, built already: measured instead of building it.
    pub dist: Option<PathBuf>,
    /// The baseline's site, built already: measured instead of building `baseline`.
    pub baseline_dist: Option<PathBuf>,
    pub lighthouse: bool,
}

/// One measured build.
struct Measures {
    label: String,
    /// The site as served: precompressed.
    dist: PathBuf,
    rows: Vec<(String, Size)>,
    /// `None` for a site built before the bench.
    build_seconds: Option<u64>,
    pages: usize,
}

#[derive(Clone, Copy)]
struct Size {
    raw: u64,
    gzip: u64,
    brotli: u64,
}

pub fn run_bench(options: &BenchOptions) -> Result<()> {
    let runs = options.runs;
    let current = match &options.dist {
        Some(dir) => measure(&dir.display().to_string(), &served_copy(dir, "current")?, None)?,
        None => {
            let started = Instant::now();
            let out = root().join("target/bench/current");
            dist::build(&DistOptions::at_root(out.clone()))?;
            measure("this tree", &out, Some(started.elapsed().as_secs()))?
        }
    };
    let baseline = match &options.baseline_dist {
        Some(dir) => measure(&dir.display().to_string(), &served_copy(dir, "baseline")?, None)?,
        None => build_baseline(&options.baseline)?,
    };

    tools::ensure_browser()?;
    let started = step(&format!(
        "Timing first visits in headless Chromium ({runs} cold loads of each page per build)"
    ));
    let timings = page_timing::measure(&[current.dist.as_path(), baseline.dist.as_path()], runs)?;
    done(started);
    let started = step(&format!(
        "Timing client navigation between force pages ({runs} runs of {} hops per build)",
        navigation::HOPS.len()
    ));
    let walks = navigation::measure(&[current.dist.as_path(), baseline.dist.as_path()], runs)?;
    done(started);
    let started = step("Measuring each page's embedded data (brotli, quality 11)");
    let embedded = [
        page_data::measure(&current.dist)?,
        page_data::measure(&baseline.dist)?,
    ];
    done(started);

    let lighthouse = if options.lighthouse {
        Some(run_lighthouse(&current, &baseline, runs)?)
    } else {
        None
    };

    write_reports(&Probes {
        current: &current,
        baseline: &baseline,
        timings: &timings,
        walks: &walks,
        embedded: &embedded,
        lighthouse: lighthouse.as_ref(),
        runs,
    })
}

/// Everything measured, for the report.
struct Probes<'a> {
    current: &'a Measures,
    baseline: &'a Measures,
    timings: &'a Timings,
    /// Client navigation, this tree's then the baseline's.
    walks: &'a Walks,
    /// Each page's embedded data, this tree's then the baseline's.
    embedded: &'a [SiteData; 2],
    lighthouse: Option<&'a (lighthouse::Results, Vec<String>)>,
    runs: usize,
}

/// Lighthouse on this tree, the baseline, and this tree with its scripts removed.
fn run_lighthouse(
    current: &Measures,
    baseline: &Measures,
    runs: usize,
) -> Result<(lighthouse::Results, Vec<String>)> {
    tools::ensure_lighthouse()?;
    let started = step("Copying this tree's site without its scripts (what its HTML and CSS cost alone)");
    let no_scripts = std::env::temp_dir().join(format!("peel-bench-no-scripts-{}", std::process::id()));
    lighthouse::copy_without_scripts(&current.dist, &no_scripts)?;
    done(started);
    let started = step(&format!(
        "Lighthouse {}, mobile (simulated slow 4G, CPU slowed 4x): {runs} run(s) of each page per site",
        tools::LIGHTHOUSE_VERSION
    ));
    let results = lighthouse::measure(&[&current.dist, &baseline.dist, &no_scripts], runs);
    let _ = std::fs::remove_dir_all(&no_scripts);
    let results = results?;
    done(started);
    let labels = vec![
        current.label.clone(),
        baseline.label.clone(),
        format!("{}, scripts removed", current.label),
    ];
    Ok((results, labels))
}

/// The site in `dir` as a host would serve it: `dir` itself if it holds `.br`/`.gz` files, else
/// a copy (in `target/bench/<name>`) with them; `dir` is left as it is.
fn served_copy(dir: &Path, name: &str) -> Result<PathBuf> {
    if !dir.join("index.html").is_file() {
        return fail(
            "find the built site",
            format!("{} has no index.html", dir.display()),
            "Pass a folder written by `cargo xtask dist` (a site built at the root, not a sub-path).",
        );
    }
    if compress::is_precompressed(dir) {
        return Ok(dir.to_path_buf());
    }
    let copy = root().join("target/bench").join(name);
    let started = step(&format!(
        "Compressing a copy of {} into {} (it has no .br/.gz files: built before `dist` wrote them)",
        dir.display(),
        copy.display()
    ));
    let same = |a: &Path, b: &Path| {
        a.canonicalize()
            .ok()
            .is_some_and(|a| b.canonicalize().ok() == Some(a))
    };
    if same(dir, &copy) {
        // Our own copy from an earlier run, or a build into it: compressed where it is.
        let started = step(&format!(
            "Compressing {} (.br and .gz beside its files)",
            dir.display()
        ));
        compress::precompress(dir)
            .or_else(|e| fail("compress the built site", e, "Check the disk has room."))?;
        done(started);
        return Ok(copy);
    }
    let copied = (|| {
        if copy.exists() {
            std::fs::remove_dir_all(&copy).map_err(|e| format!("{}: {e}", copy.display()))?;
        }
        copy_site(dir, &copy).map_err(|e| e.to_string())?;
        compress::precompress(&copy)
    })();
    if let Err(e) = copied {
        return fail("copy the built site", e, "Check the disk has room.");
    }
    done(started);
    Ok(copy)
}

/// Copies the site `from` into `to` (a new folder); returns the `.html` files written.
pub fn copy_site(from: &Path, to: &Path) -> std::io::Result<Vec<PathBuf>> {
    fn copy(from: &Path, to: &Path, pages: &mut Vec<PathBuf>) -> std::io::Result<()> {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            let target = to.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                copy(&entry.path(), &target, pages)?;
            } else {
                std::fs::copy(entry.path(), &target)?;
                if target.extension().is_some_and(|e| e == "html") {
                    pages.push(target);
                }
            }
        }
        Ok(())
    }
    let mut pages = Vec::new();
    copy(from, to, &mut pages)?;
    Ok(pages)
}

/// Builds `reference` in a git worktree with its own `cargo xtask dist`, and compresses it as
/// this tree's `dist` does if it did not.
fn build_baseline(reference: &str) -> Result<Measures> {
    let Some(commit) =
        output(command("git").args(["rev-parse", "--verify", &format!("{reference}^{{commit}}")]))
    else {
        return fail(
            "find the baseline",
            format!("`{reference}` is not a commit here"),
            "Pass --baseline REF with a commit, branch or tag.",
        );
    };
    let commit = commit.trim().to_owned();
    // Outside this project: cargo reads `.cargo/config.toml` from every parent folder, and ours
    // would leak into the baseline's build.
    let tree = std::env::temp_dir().join("peel-explorer-bench-baseline");
    let started = step(&format!(
        "Building the baseline {reference} ({}) in a worktree",
        &commit[..commit.len().min(10)]
    ));
    let _ = command("git")
        .args(["worktree", "remove", "--force"])
        .arg(&tree)
        .status();
    let _ = std::fs::remove_dir_all(&tree);
    run(
        "check out the baseline",
        command("git")
            .args(["worktree", "add", "--detach"])
            .arg(&tree)
            .arg(&commit),
        "Check `git worktree list`; remove stale worktrees with `git worktree prune`.",
    )?;
    let out = root().join("target/bench/baseline");
    let built_at = Instant::now();
    let mut dist = command("cargo");
    dist.current_dir(&tree)
        .args(["xtask", "dist", "--out"])
        .arg(&out)
        // Its own target folder, kept between runs: sharing ours would make both builds start
        // from scratch, and one inside the worktree would go with it.
        .env(
            "CARGO_TARGET_DIR",
            std::env::temp_dir().join("peel-explorer-bench-baseline-target"),
        );
    let built = run(
        "build the baseline",
        &mut dist,
        "The baseline must have `cargo xtask dist`; pick a later one.",
    );
    let seconds = built_at.elapsed().as_secs();
    let _ = command("git")
        .args(["worktree", "remove", "--force"])
        .arg(&tree)
        .status();
    done(started);
    built?;
    if !compress::is_precompressed(&out) {
        let started = step("Compressing the baseline's files (.br and .gz, as this tree's dist does)");
        compress::precompress(&out)
            .or_else(|e| fail("compress the baseline", e, "Check the disk has room."))?;
        done(started);
    }
    measure(reference, &out, Some(seconds))
}

fn measure(label: &str, dist: &Path, build_seconds: Option<u64>) -> Result<Measures> {
    let find = |suffix: &str| -> Option<PathBuf> {
        std::fs::read_dir(dist)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(suffix))
            })
    };
    let mut rows = Vec::new();
    let mut first_visit = Size {
        raw: 0,
        gzip: 0,
        brotli: 0,
    };
    for (name, path) in [
        ("app wasm", find("_bg.wasm")),
        ("app JavaScript glue", find(".js")),
        ("stylesheet", find(".css")),
        (
            "force page HTML (Northamptonshire 2016)",
            Some(dist.join("force/northamptonshire/2016/index.html")),
        ),
    ] {
        let Some(path) = path else { continue };
        let size = size_of(&path)?;
        first_visit = add(first_visit, size);
        rows.push((name.to_owned(), size));
    }
    rows.push((
        "first visit to a force page, all of the above".to_owned(),
        first_visit,
    ));
    // The baseline may be of another bundle version: find its data folder (data/v<N>).
    let bundle = std::fs::read_dir(dist.join("data"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.join(BundleFile::Index.name()).exists())
        .unwrap_or_else(|| dist.join("data"));
    let northamptonshire = ForceSlug::new("northamptonshire").expect("a force slug");
    for (name, path) in [
        ("home page HTML", dist.join("index.html")),
        ("national table HTML (2016)", dist.join("round/2016/index.html")),
        ("data: index.json", bundle.join(BundleFile::Index.name())),
        (
            "data: one force (northamptonshire.json)",
            bundle.join(BundleFile::Force(&northamptonshire).name()),
        ),
        (
            "data: place names for search (places.json)",
            bundle.join(BundleFile::Places.name()),
        ),
    ] {
        if path.exists() {
            rows.push((name.to_owned(), size_of(&path)?));
        }
    }
    let pages = count_pages(dist);
    Ok(Measures {
        label: label.to_owned(),
        dist: dist.to_path_buf(),
        rows,
        build_seconds,
        pages,
    })
}

fn add(a: Size, b: Size) -> Size {
    Size {
        raw: a.raw + b.raw,
        gzip: a.gzip + b.gzip,
        brotli: a.brotli + b.brotli,
    }
}

fn size_of(path: &Path) -> Result<Size> {
    let bytes = std::fs::read(path).or_else(|e| {
        fail(
            "measure the build",
            format!("{}: {e}", path.display()),
            "Build it first.",
        )
    })?;
    let gzip = compress::gzip(&bytes).map(|v| v.len() as u64).unwrap_or(0);
    let brotli = compress::brotli(&bytes).len() as u64;
    Ok(Size {
        raw: bytes.len() as u64,
        gzip,
        brotli,
    })
}

fn count_pages(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(|e| e.ok())
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                count_pages(&path)
            } else {
                usize::from(path.extension().is_some_and(|x| x == "html"))
            }
        })
        .sum()
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// A table of the report, printed as aligned text and written as Markdown.
struct Table {
    title: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Leading columns that are names (left-aligned); the rest are numbers.
    name_columns: usize,
}

impl Table {
    fn print(&self) {
        println!("\n{}\n", self.title);
        let columns = self.header.len();
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                std::iter::once(&self.header)
                    .chain(&self.rows)
                    .map(|row| row.get(c).map_or(0, |cell| cell.chars().count()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = (0..columns)
                .map(|c| {
                    let cell = row.get(c).map_or("", String::as_str);
                    if c < self.name_columns {
                        format!("{cell:<width$}", width = widths[c])
                    } else {
                        format!("{cell:>width$}", width = widths[c])
                    }
                })
                .collect();
            println!("{}", cells.join("   ").trim_end());
        }
    }

    fn markdown(&self) -> String {
        let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
        let rule: Vec<String> = (0..self.header.len())
            .map(|c| if c < self.name_columns { "---" } else { "---:" }.to_owned())
            .collect();
        let mut text = format!("### {}\n\n", self.title);
        text += &line(&self.header);
        text += &line(&rule);
        for row in &self.rows {
            text += &line(row);
        }
        text
    }
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

fn embedded_json(site: &SiteData, label: &str) -> Value {
    json!({
        "site": label,
        "pages_with_data": site.pages.len(),
        "over_limit": site.over_limit(),
        "pages": site.pages.iter().map(|p| json!({
            "address": p.address, "raw": p.raw, "brotli": p.brotli,
        })).collect::<Vec<_>>(),
    })
}

fn navigation_json(walks: &[navigation::Walk], label: &str) -> Value {
    json!({
        "site": label,
        "hops": (0..navigation::HOPS.len())
            .map(|i| summary_json(navigation::hop(walks, i)))
            .collect::<Vec<_>>(),
        "warm_hops": summary_json(navigation::warm_hops(walks)),
        "runs_ms": walks,
    })
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

fn summary_json(summary: Option<Summary>) -> Value {
    summary.map_or(
        Value::Null,
        |s| json!({ "median": s.median, "low": s.low, "high": s.high }),
    )
}

/// Prints the tables, and writes them to `target/bench/report.md` (for docs/performance.md)
/// and every figure to `target/bench/report.json`.
fn write_reports(probes: &Probes) -> Result<()> {
    let Probes {
        current,
        baseline,
        timings,
        walks,
        embedded,
        lighthouse,
        runs,
    } = *probes;
    let mut tables = vec![
        size_table(current, baseline),
        embedded_table(embedded, &current.label, &baseline.label),
        timing_table(timings, &current.label, &baseline.label, runs),
        navigation_table(walks, &current.label, &baseline.label, runs),
    ];
    if let Some((results, labels)) = lighthouse {
        tables.push(lighthouse_table(results, labels, runs));
    }
    println!("\nPEEL Explorer: {} and {}", current.label, baseline.label);
    for table in &tables {
        table.print();
    }

    let size_json = |m: &Measures| -> Value {
        json!({
            "site": m.label,
            "sizes": m.rows.iter().map(|(name, s)| json!({
                "name": name, "raw": s.raw, "gzip": s.gzip, "brotli": s.brotli,
            })).collect::<Vec<_>>(),
            "pages_prerendered": m.pages,
            "build_seconds": m.build_seconds,
        })
    };
    let labels = [current.label.as_str(), baseline.label.as_str()];
    let timing_json: Vec<Value> = timings
        .iter()
        .map(|(page, sites)| {
            json!({
                "page": page,
                "sites": sites.iter().zip(labels).map(|(loads, label)| {
                    let clocks: serde_json::Map<String, Value> = Clocks::NAMES.iter().enumerate()
                        .map(|(i, name)| (name.to_string(), summary_json(summarise(loads.iter().map(|c| c.values()[i])))))
                        .collect();
                    json!({
                        "site": label,
                        "median_ms": clocks,
                        "loads_ms": loads.iter().map(|c| c.values().to_vec()).collect::<Vec<_>>(),
                    })
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let lighthouse_json = lighthouse.map(|(results, labels)| {
        json!({
            "version": crate::tools::LIGHTHOUSE_VERSION,
            "form_factor": "mobile",
            "throttling": "simulated (Lighthouse's default: slow 4G, CPU slowed 4x)",
            "pages": results.iter().zip(lighthouse::PAGES).map(|((page, sites), (_, path))| json!({
                "page": page,
                "path": format!("/{path}"),
                "sites": sites.iter().zip(labels).map(|(runs, label)| {
                    let summaries = lighthouse::summaries(runs);
                    let medians: serde_json::Map<String, Value> = Metrics::NAMES.iter().zip(summaries)
                        .map(|((_, key, _), s)| (key.to_string(), summary_json(s)))
                        .collect();
                    let runs: Vec<Value> = runs.iter().map(|m| {
                        Value::Object(Metrics::NAMES.iter().zip(m.values())
                            .map(|((_, key, _), v)| (key.to_string(), json!(v)))
                            .collect())
                    }).collect();
                    json!({ "site": label, "medians": medians, "runs": runs })
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    });
    let report = json!({
        "runs": runs,
        "builds": [size_json(current), size_json(baseline)],
        "embedded_data": {
            "compression": "brotli, quality 11",
            "limit_bytes": page_data::LIMIT_BYTES,
            "sites": embedded.iter().zip(labels).map(|(site, label)| embedded_json(site, label)).collect::<Vec<_>>(),
        },
        "first_visit": { "cpu_slowdown": page_timing::CPU_SLOWDOWN, "pages": timing_json },
        "navigation": {
            "cpu_slowdown": page_timing::CPU_SLOWDOWN,
            "viewport": { "width": navigation::VIEWPORT.0, "height": navigation::VIEWPORT.1 },
            "start": format!("/{}", navigation::START),
            "hops": navigation::HOPS,
            "sites": walks.iter().zip(labels).map(|(walks, label)| navigation_json(walks, label)).collect::<Vec<_>>(),
        },
        "lighthouse": lighthouse_json,
    });

    let markdown = format!(
        "<!-- cargo xtask bench --runs {runs}: {} and {} -->\n\n{}",
        current.label,
        baseline.label,
        tables.iter().map(Table::markdown).collect::<Vec<_>>().join("\n")
    );
    let dir = root().join("target/bench");
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("report.md"), markdown))
        .and_then(|()| {
            std::fs::write(
                dir.join("report.json"),
                serde_json::to_string_pretty(&report).unwrap_or_default() + "\n",
            )
        });
    match written {
        Ok(()) => {
            eprintln!(
                "\nWritten: {} (the tables, for docs/performance.md) and {}",
                dir.join("report.md").display(),
                dir.join("report.json").display()
            );
            Ok(())
        }
        Err(e) => fail(
            "write the bench report",
            format!("{}: {e}", dir.display()),
            "Check the disk has room.",
        ),
    }
}
