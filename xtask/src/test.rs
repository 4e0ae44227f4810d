//! `cargo xtask test`: every check the project has, in the order that fails fastest.

use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::dist::{self, DistOptions};
use crate::links;
use crate::process::{Background, Result, command, done, fail, root, run, step};
use crate::serve::StaticServer;
use crate::tools;

/// The sub-path the end-to-end tests serve a second build under.
pub const SUB_PATH: &str = "/peel/explorer/";

pub fn run_all() -> Result<()> {
    let all = Instant::now();
    tools::ensure_rust_components()?;
    let started = step("Formatting (cargo fmt --check)");
    run(
        "check formatting",
        &mut cargo("fmt --all --check"),
        "Run `cargo fmt --all` and commit the result.",
    )?;
    done(started);

    tools::ensure_cargo_deny()?;
    let started = step("Dependencies' licences and sources (cargo deny, deny.toml)");
    run(
        "check the dependencies' licences and sources",
        &mut cargo("deny --workspace --locked check licenses bans sources"),
        "A crate named above has a licence or a source deny.toml does not accept: choose another \
         crate, or, if its licence is one we can ship under MIT, add it to deny.toml's allow list.",
    )?;
    done(started);

    tools::ensure_build_tools()?;
    tools::ensure_fonts()?;
    tools::ensure_browser()?;

    let clippy_hint = "Fix the warnings clippy lists above.";
    let started = step("Clippy, native code (workspace, app with `ssr`)");
    run(
        "run clippy on native code",
        &mut cargo("clippy --workspace --all-targets --features peel-explorer/ssr -- -D warnings"),
        clippy_hint,
    )?;
    done(started);
    let started = step("Clippy, browser code (app with `hydrate`, wasm32)");
    run(
        "run clippy on browser code",
        &mut cargo(
            "clippy --package peel-explorer --target wasm32-unknown-unknown --features hydrate --lib --tests -- -D warnings",
        ),
        clippy_hint,
    )?;
    done(started);

    let failing = "The failing tests are listed above.";
    let started = step("Native tests (model, ingest, link previews, xtask, app logic)");
    run(
        "run the native tests",
        &mut cargo("test --package peel-model --package peel-ingest --package peel-preview --package xtask"),
        failing,
    )?;
    run(
        "run the app's native tests",
        &mut cargo("test --package peel-explorer --features ssr --lib"),
        failing,
    )?;
    done(started);

    let started = step("Component tests in headless Chromium (wasm-bindgen-test)");
    run(
        "run the component tests",
        cargo("test --package peel-explorer --target wasm32-unknown-unknown --features hydrate --test components")
            .env("CHROMEDRIVER", "chromedriver")
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
        "The failing tests are listed above; webdriver.json holds Chromium's flags.",
    )?;
    done(started);

    end_to_end(true, None)?;
    eprintln!(
        "\nAll checks passed in {}.",
        crate::process::minutes_and_seconds(all.elapsed().as_secs())
    );
    Ok(())
}

/// Builds the site at the root and under [`SUB_PATH`] (unless `build` is false), serves both
/// with the plain static server and runs the end-to-end tests (those matching `filter`).
pub fn end_to_end(build: bool, filter: Option<&str>) -> Result<()> {
    let root_dist = root().join("dist");
    let sub_dist = root().join("target/dist-subpath");
    if build {
        dist::build(&DistOptions::at_root(root_dist.clone()))?;
        eprintln!("\n(again under the sub-path {SUB_PATH}, to test hosting below a host's root)");
        dist::build(&DistOptions {
            out: sub_dist.clone(),
            base_path: SUB_PATH.into(),
            origin: String::new(),
        })?;
    } else {
        tools::ensure_browser()?;
    }

    let started = step("Internal links and #fragments of every page, at the root and under the sub-path");
    let at_root = links::check_site(&root_dist, "/", None);
    let under_sub_path = links::check_site(&sub_dist, SUB_PATH, None);
    at_root?;
    under_sub_path?;
    done(started);

    let started = step("End-to-end tests: the built site, a plain static server, headless Chromium");
    let serve_failed =
        |e: String| fail::<StaticServer>("serve the built site", e, "Free a loopback port and retry.");
    let site = StaticServer::start(&root_dist, "/", 0).or_else(serve_failed)?;
    let sub_site = StaticServer::start(&sub_dist, SUB_PATH, 0).or_else(serve_failed)?;
    let axe = tools::ensure_axe()?;
    let (driver, driver_port) = start_chromedriver()?;
    let mut tests = cargo("test --package peel-explorer --features ssr --test e2e --");
    if let Some(filter) = filter {
        tests.arg(filter);
    }
    run(
        "run the end-to-end tests",
        tests
            .arg("--test-threads=2")
            .env("PEEL_E2E_SITE", format!("http://127.0.0.1:{}/", site.port))
            .env(
                "PEEL_E2E_SUBPATH_SITE",
                format!("http://127.0.0.1:{}{SUB_PATH}", sub_site.port),
            )
            .env("PEEL_E2E_WEBDRIVER", format!("http://127.0.0.1:{driver_port}"))
            .env("PEEL_E2E_DIST", &root_dist)
            .env("PEEL_E2E_AXE", &axe)
            .env("RUST_BACKTRACE", "0"),
        "The failing tests are listed above, each with what the browser showed.",
    )?;
    drop(driver);
    done(started);
    Ok(())
}

/// `cargo` with its arguments written as one line.
fn cargo(args: &str) -> Command {
    let mut cargo = command("cargo");
    cargo.args(args.split_whitespace());
    cargo
}

/// ChromeDriver on a free loopback port, once it listens; it and its browsers end when the
/// returned process is dropped.
pub fn start_chromedriver() -> Result<(Background, u16)> {
    let port = free_port()?;
    let mut driver = Background::spawn(
        "chromedriver",
        command("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null()),
    )
    .or_else(|e| {
        fail(
            "start ChromeDriver",
            e.to_string(),
            "Install chromium-driver (apt-get install chromium-driver).",
        )
    })?;
    wait_for_port(port, &mut driver)?;
    Ok((driver, port))
}

fn free_port() -> Result<u16> {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .or_else(|e| fail("find a free port", e.to_string(), "Check loopback networking."))
}

fn wait_for_port(port: u16, process: &mut Background) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        if process.exited() {
            return fail(
                &format!("start {}", process.name()),
                "it exited at once",
                "Run it by hand to see why.",
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    fail(
        &format!("start {}", process.name()),
        "it did not listen within 20 s",
        "Run it by hand to see why.",
    )
}
