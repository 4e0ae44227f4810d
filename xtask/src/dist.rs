//! Builds the deployable site: data bundle, release wasm (Trunk), every page prerendered.

use std::path::{Path, PathBuf};

use peel_ingest::bundle;
use peel_model::Date;

use crate::process::{Result, command, done, fail, output, root, run, step};
use crate::{browser_build, compress, stylesheet, tools};

pub struct DistOptions {
    /// Where the site is written (`dist/`).
    pub out: PathBuf,
    /// The path it will be served under: `/` or `/sub/path/`.
    pub base_path: String,
    /// The public origin (`https://example.org`), for absolute `og:url`s; empty if unknown.
    pub origin: String,
}

impl DistOptions {
    pub fn at_root(out: PathBuf) -> Self {
        DistOptions {
            out,
            base_path: "/".into(),
            origin: String::new(),
        }
    }
}

/// `/`, or `/sub/path/` with both slashes.
pub fn normalise_base_path(raw: &str) -> std::result::Result<String, String> {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Ok("/".into());
    }
    let ok = trimmed.split('/').all(|part| {
        !part.is_empty()
            && part != "."
            && part != ".."
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c))
    });
    if ok {
        Ok(format!("/{trimmed}/"))
    } else {
        Err(format!(
            "`{raw}` is not a usable base path (letters, digits, - _ . ~ between slashes)"
        ))
    }
}

pub fn build(options: &DistOptions) -> Result<()> {
    tools::ensure_build_tools()?;
    tools::ensure_fonts()?;

    // The data first: a bad row should fail in a second, not after the wasm build.
    let started = step("Checking data/ and building the data bundle");
    let data_dir = Path::new("data");
    let built = bundle::build(
        data_dir,
        &bundle::Options {
            strict: false,
            data_date: data_date(data_dir),
            file_dates: file_dates(data_dir),
        },
    )
    .or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("      {e}")).collect();
        fail(
            "check the data",
            format!("data/ has {} problem(s):\n{}", errors.len(), list.join("\n")),
            "Fix the rows named above (file:line), then run this again.",
        )
    })?;
    for warning in &built.warnings {
        eprintln!("    warning: {warning}");
    }
    eprintln!(
        "    {} forces, {} headline grades, {} full report pages",
        built.index.forces.len(),
        built.index.grades.len(),
        built.index.force_rounds.iter().filter(|r| r.has_report).count()
    );
    done(started);

    let started =
        step("Building the browser app (release wasm, Trunk; the first build takes several minutes)");
    let out = absolute(&options.out);
    stylesheet::write()?;
    browser_build::build(&out, &options.base_path)?;
    stylesheet::write_embeds(&out.join(peel_model::route::EMBED_STYLESHEET.trim_start_matches('/')))?;
    done(started);

    // Trunk's index.html is the shell every page is rendered into; keep it before the home page
    // replaces it.
    let shell = root()
        .join("target/xtask")
        .join(format!("shell-{}.html", shell_name(&out)));
    std::fs::create_dir_all(shell.parent().unwrap_or(Path::new("."))).ok();
    std::fs::copy(out.join("index.html"), &shell).or_else(|e| {
        fail(
            "keep the page shell",
            format!("cannot copy {}/index.html: {e}", out.display()),
            "Check the disk has room.",
        )
    })?;

    let bundle_dir = out.join(peel_model::bundle::Layout::CURRENT.dir());
    bundle::write(&built, &bundle_dir).or_else(|e| {
        fail(
            "write the data bundle",
            format!("{}: {e}", bundle_dir.display()),
            "Check the disk has room.",
        )
    })?;

    let started = step("Prerendering every page (native build of the app with the `ssr` feature)");
    run(
        "prerender the pages",
        command("cargo")
            .args([
                "run",
                "--quiet",
                "--package",
                "peel-explorer",
                "--features",
                "ssr",
                "--bin",
                "prerender",
                "--",
            ])
            .arg("--dist")
            .arg(&out)
            .arg("--bundle")
            .arg(&bundle_dir)
            .arg("--shell")
            .arg(&shell)
            .args(["--base-path", &options.base_path, "--origin", &options.origin])
            // Link-preview images unchanged since the last build are copied, not drawn again.
            .arg("--preview-cache")
            .arg(root().join("target/xtask/previews")),
        "The messages above say which page failed to render.",
    )?;
    done(started);

    let started = step(
        "Compressing text and wasm files (.br at brotli 11 and .gz beside each; unchanged ones from target/xtask/compressed/)",
    );
    let written = compress::precompress(&out, Some(&compress::project_cache()))
        .or_else(|e| fail("compress the site", e, "Check the disk has room."))?;
    eprintln!(
        "    {} files ({} compressed afresh), {:.1} MB: {:.1} MB as brotli, {:.1} MB as gzip",
        written.files,
        written.files - written.reused,
        written.raw as f64 / 1e6,
        written.brotli as f64 / 1e6,
        written.gzip as f64 / 1e6
    );
    done(started);
    Ok(())
}

/// When data/ last changed, from git; `None` outside a git checkout. Its README describes the
/// data and is not part of it.
fn data_date(data_dir: &Path) -> Option<Date> {
    let readme = data_dir.join("README.md");
    let text = output(
        command("git")
            .args(["log", "-1", "--format=%cs", "--"])
            .arg(data_dir)
            .arg(format!(":(exclude){}", readme.display())),
    )?;
    Date::parse_iso(text.trim())
}

/// When each file directly in data/ last changed, from git (the downloads' dates); empty
/// outside a git checkout.
fn file_dates(data_dir: &Path) -> std::collections::BTreeMap<String, Date> {
    let Ok(entries) = std::fs::read_dir(data_dir) else {
        return Default::default();
    };
    entries
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if !path.is_file() {
                return None;
            }
            let text = output(
                command("git")
                    .args(["log", "-1", "--format=%cs", "--"])
                    .arg(&path),
            )?;
            let name = path.file_name()?.to_str()?.to_owned();
            Some((name, Date::parse_iso(text.trim())?))
        })
        .collect()
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        root().join(path)
    }
}

fn shell_name(out: &Path) -> String {
    out.to_string_lossy()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths_are_normalised_or_refused() {
        assert_eq!(normalise_base_path("").unwrap(), "/");
        assert_eq!(normalise_base_path("/").unwrap(), "/");
        assert_eq!(normalise_base_path("peel/explorer").unwrap(), "/peel/explorer/");
        assert_eq!(normalise_base_path("/peel/").unwrap(), "/peel/");
        assert!(normalise_base_path("/a/../b/").is_err());
        assert!(normalise_base_path("/a b/").is_err());
        assert_eq!(normalise_base_path("//a//").unwrap(), "/a/");
    }
}
