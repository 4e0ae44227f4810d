//! `cargo xtask bench`: what a reader downloads, how long a first visit and a move between
//! pages take in Chromium, and how long the build takes, for this tree and for a baseline commit,
//! side by side in one run.
//! Sizes and timings are what a phone pays for; they are measured here, never asserted in tests.
//! The runs are here; the sites in `sites`, the report from what was measured in `report`.

mod json;
mod probes;
mod report;
mod sites;
mod table;
mod tables;

use std::path::PathBuf;

use crate::lighthouse;
use crate::navigation;
use crate::page_data;
use crate::page_timing;
use crate::process::{Result, done, step};
use crate::tools;

use probes::Probes;
use sites::Measures;

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

pub fn run_bench(options: &BenchOptions) -> Result<()> {
    let runs = options.runs;
    let current = sites::current(options.dist.as_deref())?;
    let baseline = sites::baseline(&options.baseline, options.baseline_dist.as_deref())?;

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

    report::write(&Probes {
        current: &current,
        baseline: &baseline,
        timings: &timings,
        walks: &walks,
        embedded: &embedded,
        lighthouse: lighthouse.as_ref(),
        runs,
    })
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
