//! `cargo xtask bench`: what a reader downloads, how long a first visit takes in Chromium, and
//! how long the build takes, for this tree and for a baseline commit, side by side in one run.
//! Sizes and timings are what a phone pays for; they are measured here, never asserted in tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::dist::{self, DistOptions};
use crate::page_timing::{self, Clocks, Summary, Timings, summarise};
use crate::process::{Result, command, done, fail, output, root, run, step};

/// One measured build.
struct Measures {
    label: String,
    rows: Vec<(String, Size)>,
    build_seconds: u64,
    pages: usize,
}

#[derive(Clone, Copy)]
struct Size {
    raw: u64,
    gzip: u64,
    brotli: u64,
}

pub fn run_bench(baseline: &str, runs: usize) -> Result<()> {
    let started = Instant::now();
    let current_dist = root().join("target/bench/current");
    dist::build(&DistOptions::at_root(current_dist.clone()))?;
    let current = measure("this tree", &current_dist, started.elapsed().as_secs())?;

    let baseline_measures = build_baseline(baseline)?;
    let baseline_dist = root().join("target/bench/baseline");

    crate::tools::ensure_browser()?;
    let started = step(&format!(
        "Timing first visits in headless Chromium ({runs} cold loads of each page per build)"
    ));
    let mut sites = vec![current_dist.as_path()];
    if baseline_measures.is_some() {
        sites.push(baseline_dist.as_path());
    }
    let timings = page_timing::measure(&sites, runs)?;
    done(started);

    report(&current, baseline_measures.as_ref());
    report_timings(
        &timings,
        &current.label,
        baseline_measures.as_ref().map(|b| b.label.as_str()),
        runs,
    );
    Ok(())
}

/// Builds `reference` in a git worktree with its own `cargo xtask dist`.
fn build_baseline(reference: &str) -> Result<Option<Measures>> {
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
    Ok(Some(measure(reference, &out, seconds)?))
}

fn measure(label: &str, dist: &Path, build_seconds: u64) -> Result<Measures> {
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
        .find(|path| path.join("index.json").exists())
        .unwrap_or_else(|| dist.join("data"));
    for (name, path) in [
        ("home page HTML", dist.join("index.html")),
        ("national table HTML (2016)", dist.join("round/2016/index.html")),
        ("data: index.json", bundle.join("index.json")),
        (
            "data: one force (northamptonshire.json)",
            bundle.join("force/northamptonshire.json"),
        ),
        ("data: place names for search (places.json)", bundle.join("places.json")),
    ] {
        if path.exists() {
            rows.push((name.to_owned(), size_of(&path)?));
        }
    }
    let pages = count_pages(dist);
    Ok(Measures {
        label: label.to_owned(),
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
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gzip.write_all(&bytes);
    let gzip = gzip.finish().map(|v| v.len() as u64).unwrap_or(0);
    let mut brotli = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 11, 22);
        let _ = writer.write_all(&bytes);
    }
    Ok(Size {
        raw: bytes.len() as u64,
        gzip,
        brotli: brotli.len() as u64,
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

fn report(current: &Measures, baseline: Option<&Measures>) {
    println!("\nPEEL Explorer: sizes a reader downloads (raw / gzip / brotli) and build time\n");
    let base_label = baseline.map(|b| b.label.as_str()).unwrap_or("baseline");
    println!(
        "{:<48} {:>32}   {:>32}   {:>9}",
        "", current.label, base_label, "gzip diff"
    );
    for (name, size) in &current.rows {
        let base = baseline.and_then(|b| b.rows.iter().find(|(n, _)| n == name).map(|(_, s)| *s));
        let triple = |s: Size| format!("{} / {} / {}", kb(s.raw), kb(s.gzip), kb(s.brotli));
        let diff = base
            .filter(|b| b.gzip > 0)
            .map(|b| {
                format!(
                    "{:+.1}%",
                    (size.gzip as f64 - b.gzip as f64) * 100.0 / b.gzip as f64
                )
            })
            .unwrap_or_default();
        println!(
            "{name:<48} {:>32}   {:>32}   {diff:>9}",
            triple(*size),
            base.map(triple).unwrap_or_else(|| "–".into())
        );
    }
    println!(
        "{:<48} {:>32}   {:>32}",
        "pages prerendered",
        current.pages,
        baseline.map(|b| b.pages.to_string()).unwrap_or_default()
    );
    println!(
        "{:<48} {:>32}   {:>32}",
        "build time (dist, warm caches for this tree)",
        format!("{} s", current.build_seconds),
        baseline
            .map(|b| format!("{} s (own target folder)", b.build_seconds))
            .unwrap_or_default()
    );
}

fn report_timings(timings: &Timings, current: &str, baseline: Option<&str>, runs: usize) {
    println!(
        "\nFirst visit in headless Chromium, CPU slowed {}x, loopback network: median (fastest–slowest) of {runs} cold loads, ms\n",
        page_timing::CPU_SLOWDOWN
    );
    println!(
        "{:<40} {:>20}   {:>20}   {:>9}",
        "",
        current,
        baseline.unwrap_or("baseline"),
        "diff"
    );
    let shown = |summary: Option<Summary>| {
        summary.map_or_else(
            || "not reached".to_owned(),
            |s| format!("{:.0} ({:.0}–{:.0})", s.median, s.low, s.high),
        )
    };
    for (page, sites) in timings {
        println!("{page}");
        for (i, name) in Clocks::NAMES.iter().enumerate() {
            let summary = |loads: &Vec<Clocks>| summarise(loads.iter().map(|c| c.values()[i]));
            let now = sites.first().and_then(summary);
            let then = sites.get(1).and_then(summary);
            let diff = match (now, then) {
                (Some(now), Some(then)) if then.median > 0.0 => {
                    format!("{:+.1}%", (now.median - then.median) * 100.0 / then.median)
                }
                _ => String::new(),
            };
            println!(
                "  {name:<38} {:>20}   {:>20}   {diff:>9}",
                shown(now),
                if sites.len() > 1 {
                    shown(then)
                } else {
                    "–".to_owned()
                }
            );
        }
    }
}
