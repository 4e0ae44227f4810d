//! Project automation, as ordinary Rust: `cargo xtask <command>`.

mod bench;
mod browser_build;
mod cache_age;
mod compress;
mod compress_cache;
mod dist;
mod lighthouse;
mod links;
mod navigation;
mod page_data;
mod page_timing;
mod process;
mod serve;
mod site_files;
mod stylesheet;
mod test;
mod tools;
mod wasm_toolchain;

use std::path::PathBuf;
use std::process::ExitCode;

use process::{Failure, root};

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--port 8080] [--no-build]
                             install what is missing, build the site into dist/ and serve it
                             on http://127.0.0.1:8080/ (a plain static server, like any host:
                             .br/.gz when accepted, hashed assets cached for a year, 404.html
                             with status 404); --no-build serves dist/ as it is
  test                       every check: formatting, dependency licences (cargo deny), clippy,
                             native tests, wasm component tests
                             in headless Chromium, end-to-end tests against the built site
  e2e [--no-build] [FILTER]  only the end-to-end tests (those whose name contains FILTER);
                             --no-build tests the site already in dist/ and target/dist-subpath/
  dist [--base-path /sub/path/] [--origin https://example.org] [--out dist]
                             build the deployable site for a host, at its root or a sub-path
  bench [--baseline REF] [--runs 5] [--no-lighthouse] [--dist DIR] [--baseline-dist DIR]
                             sizes a reader downloads (raw, gzip, brotli), each page's
                             embedded data (brotli), first-visit timings in headless Chromium
                             (CPU slowed 4x, median of --runs cold loads, with the start-up
                             task's hydrate and effects), client navigation between two force
                             pages (--runs runs of 5 hops, 390 px wide, CPU slowed 4x),
                             Lighthouse (mobile; median of --runs runs of nine kinds of page
                             and seven shareable addresses, beside the same pages with their
                             scripts removed) and build time,
                             for this tree and a baseline commit side by side (default
                             baseline: HEAD if the tree has changes, else HEAD~1); --dist and
                             --baseline-dist measure sites built already instead of building;
                             writes target/bench/report.md and report.json
  links [DIR] [--base-path /] [--origin https://example.org]
                             check every internal link and #fragment of every page of a built
                             site (default dist/, served at /): each leads to a file and an id
  install                    only install the tools (wasm target, Trunk, wasm-bindgen, binaryen,
                             the link-preview fonts, cargo-deny, Chromium)
";

fn main() -> ExitCode {
    // Every command works from the workspace root, so paths in messages and in the bundle
    // (`data/sources/...`) are relative to it.
    if let Err(e) = std::env::set_current_dir(root()) {
        eprintln!("error: cannot enter the workspace root {}: {e}", root().display());
        return ExitCode::FAILURE;
    }
    process::end_background_on_interrupt();
    let result = match parse() {
        Ok(command) => command.run(),
        Err(e) => {
            eprintln!("error: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { step, message, hint }) => {
            eprintln!("\nerror: could not {step}: {message}\n  what to do: {hint}");
            ExitCode::FAILURE
        }
    }
}

enum Command {
    Serve {
        port: u16,
        build: bool,
    },
    Test,
    EndToEnd {
        build: bool,
        filter: Option<String>,
    },
    Dist(dist::DistOptions),
    Install,
    Links {
        dir: PathBuf,
        base_path: String,
        origin: Option<String>,
    },
    Bench(bench::BenchOptions),
}

impl Command {
    fn run(self) -> process::Result<()> {
        match self {
            Command::Serve { port, build } => {
                if build {
                    dist::build(&dist::DistOptions::at_root(root().join("dist")))?;
                } else if !root().join("dist/index.html").exists() {
                    return process::fail(
                        "serve dist/",
                        "dist/ has not been built",
                        "Run `cargo xtask serve` without --no-build.",
                    );
                }
                let started = process::step("Serving dist/");
                let server = serve::StaticServer::start(&root().join("dist"), "/", port).or_else(|e| {
                    process::fail(
                        "serve dist/",
                        e,
                        format!("Is another server on port {port}? Try --port 8081."),
                    )
                })?;
                process::done(started);
                eprintln!(
                    "\nPEEL Explorer is at http://127.0.0.1:{}/  (Ctrl-C stops it)",
                    server.port
                );
                server.wait();
                Ok(())
            }
            Command::Test => test::run_all(),
            Command::EndToEnd { build, filter } => test::end_to_end(build, filter.as_deref()),
            Command::Dist(options) => {
                dist::build(&options)?;
                eprintln!(
                    "\nThe site is in {}: copy it to any static host, to be served under {}.",
                    options.out.display(),
                    options.base_path
                );
                Ok(())
            }
            Command::Bench(options) => bench::run_bench(&options),
            Command::Links {
                dir,
                base_path,
                origin,
            } => {
                let started = process::step(&format!(
                    "Checking every internal link and #fragment of {} (served under {base_path})",
                    dir.display()
                ));
                links::check_site(&dir, &base_path, origin.as_deref())?;
                process::done(started);
                Ok(())
            }
            Command::Install => {
                tools::ensure_build_tools()?;
                tools::ensure_fonts()?;
                tools::ensure_cargo_deny()?;
                tools::ensure_browser()
            }
        }
    }
}

fn parse() -> Result<Command, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let name = match parser.next()? {
        Some(Value(name)) => name.string()?,
        Some(Long("help") | Short('h')) | None => {
            println!("{USAGE}");
            std::process::exit(0);
        }
        Some(other) => return Err(other.unexpected()),
    };
    let mut port = 8080;
    let mut build = true;
    let mut filter = None;
    let mut baseline = None;
    let mut runs = 5;
    let mut options = dist::DistOptions::at_root(root().join("dist"));
    let mut links_dir = None;
    let mut bench_dist = None;
    let mut baseline_dist = None;
    let mut lighthouse = true;
    let mut origin = None;
    while let Some(arg) = parser.next()? {
        match (name.as_str(), arg) {
            ("serve", Long("port")) => port = parser.value()?.parse()?,
            ("serve" | "e2e", Long("no-build")) => build = false,
            ("e2e", Value(value)) if filter.is_none() => filter = Some(value.string()?),
            ("links", Value(value)) if links_dir.is_none() => links_dir = Some(PathBuf::from(value)),
            ("links", Long("origin")) => origin = Some(parser.value()?.string()?),
            ("dist" | "links", Long("base-path")) => {
                options.base_path = dist::normalise_base_path(&parser.value()?.string()?)?;
            }
            ("dist", Long("origin")) => options.origin = parser.value()?.string()?,
            ("dist", Long("out")) => options.out = PathBuf::from(parser.value()?),
            ("bench", Long("baseline")) => baseline = Some(parser.value()?.string()?),
            ("bench", Long("runs")) => runs = parser.value()?.parse()?,
            ("bench", Long("dist")) => bench_dist = Some(PathBuf::from(parser.value()?)),
            ("bench", Long("baseline-dist")) => baseline_dist = Some(PathBuf::from(parser.value()?)),
            ("bench", Long("no-lighthouse")) => lighthouse = false,
            (_, arg) => return Err(arg.unexpected()),
        }
    }
    Ok(match name.as_str() {
        "serve" => Command::Serve { port, build },
        "test" => Command::Test,
        "e2e" => Command::EndToEnd { build, filter },
        "dist" => Command::Dist(options),
        "install" => Command::Install,
        "links" => Command::Links {
            dir: links_dir.unwrap_or_else(|| root().join("dist")),
            base_path: options.base_path,
            origin,
        },
        "bench" if runs == 0 => return Err("--runs must be at least 1".into()),
        "bench" => Command::Bench(bench::BenchOptions {
            // Not needed (nor looked up) when the baseline's site is given.
            baseline: match (&baseline_dist, baseline) {
                (None, None) => default_baseline(),
                (_, baseline) => baseline.unwrap_or_default(),
            },
            runs,
            dist: bench_dist,
            baseline_dist,
            lighthouse,
        }),
        other => return Err(format!("unknown command `{other}`").into()),
    })
}

/// The last commit when the tree has changes to compare with it, else the one before.
fn default_baseline() -> String {
    let dirty = process::output(process::command("git").args(["status", "--porcelain"]))
        .is_some_and(|status| !status.trim().is_empty());
    if dirty { "HEAD".into() } else { "HEAD~1".into() }
}
