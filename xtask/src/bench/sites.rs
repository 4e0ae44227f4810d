//! The two sites a bench compares: built (this tree's `dist`, a baseline commit's in a worktree)
//! or given, served as a host would (precompressed), and the sizes a reader downloads from each.

use std::path::{Path, PathBuf};
use std::time::Instant;

use peel_model::ForceSlug;
use peel_model::bundle::BundleFile;

use crate::compress;
use crate::dist::{self, DistOptions};
use crate::process::{Result, command, done, fail, output, root, run, step};
use crate::site_files::{copy_site, count_pages};

/// One measured build.
pub struct Measures {
    pub label: String,
    /// The site as served: precompressed.
    pub dist: PathBuf,
    pub rows: Vec<(String, Size)>,
    /// `None` for a site built before the bench.
    pub build_seconds: Option<u64>,
    pub pages: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// This tree's site, built into `target/bench/current`, or the one given built already.
pub fn current(dist: Option<&Path>) -> Result<Measures> {
    match dist {
        Some(dir) => measure(&dir.display().to_string(), &served_copy(dir, "current")?, None),
        None => {
            let started = Instant::now();
            let out = root().join("target/bench/current");
            dist::build(&DistOptions::at_root(out.clone()))?;
            measure("this tree", &out, Some(started.elapsed().as_secs()))
        }
    }
}

/// The baseline's site, built from the commit `reference`, or the one given built already.
pub fn baseline(reference: &str, dist: Option<&Path>) -> Result<Measures> {
    match dist {
        Some(dir) => measure(&dir.display().to_string(), &served_copy(dir, "baseline")?, None),
        None => build_baseline(reference),
    }
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
        compress::precompress(dir, Some(&compress::project_cache()))
            .or_else(|e| fail("compress the built site", e, "Check the disk has room."))?;
        done(started);
        return Ok(copy);
    }
    let copied = (|| {
        if copy.exists() {
            std::fs::remove_dir_all(&copy).map_err(|e| format!("{}: {e}", copy.display()))?;
        }
        copy_site(dir, &copy).map_err(|e| e.to_string())?;
        compress::precompress(&copy, Some(&compress::project_cache()))
    })();
    if let Err(e) = copied {
        return fail("copy the built site", e, "Check the disk has room.");
    }
    done(started);
    Ok(copy)
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
        compress::precompress(&out, Some(&compress::project_cache()))
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
