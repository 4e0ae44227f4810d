//! Installs the tools the build and the tests need, at the versions proven on this kind of
//! machine; a tool already present at the right version is reused, a wrong version replaced.

use crate::process::{Result, command, done, fail, output, root, run, step};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const BINARYEN_VERSION: &str = "132";
/// As pinned in package.json: 12.x runs on Node 18 and 20, 13.x needs Node 22.
pub const LIGHTHOUSE_VERSION: &str = "12.2.3";
/// Builds on rustc 1.88 and later.
pub const CARGO_DENY_VERSION: &str = "0.20.2";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// wasm-bindgen's version in Cargo.lock: the CLI must match the library exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).or_else(|e| {
        fail(
            "read Cargo.lock",
            e.to_string(),
            "Cargo.lock is part of the repository; restore it with git.",
        )
    })?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    fail(
        "read Cargo.lock",
        "no wasm-bindgen entry",
        "Run `cargo generate-lockfile`, then try again.",
    )
}

fn installed_version(program: &str, prefix: &str) -> Option<String> {
    let text = output(command(program).arg("--version"))?;
    let first = text.lines().next()?.trim().to_owned();
    first
        .strip_prefix(prefix)
        .map(|v| v.split_whitespace().next().unwrap_or("").to_owned())
}

/// Everything `dist` needs: the wasm target, Trunk, wasm-bindgen-cli and binaryen's wasm-opt.
pub fn ensure_build_tools() -> Result<()> {
    let bindgen = wasm_bindgen_version()?;
    let trunk_ok = installed_version("trunk", "trunk ").as_deref() == Some(TRUNK_VERSION);
    let bindgen_ok = installed_version("wasm-bindgen", "wasm-bindgen ").as_deref() == Some(bindgen.as_str());
    if !trunk_ok || !bindgen_ok {
        eprintln!(
            "\nFirst run on this machine: compiling {} from the Rust package registry. This takes about half an hour \
             on 2 cores (Trunk ~18 min, wasm-bindgen-cli ~8 min); later runs reuse them.",
            match (trunk_ok, bindgen_ok) {
                (false, false) => "Trunk and wasm-bindgen-cli",
                (false, true) => "Trunk",
                _ => "wasm-bindgen-cli",
            }
        );
    }

    let wasm_target_ok = output(command("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|targets| targets.lines().any(|t| t.trim() == WASM_TARGET));
    if !wasm_target_ok {
        let started = step("Installing the Rust target wasm32-unknown-unknown");
        run(
            "install the wasm target",
            command("rustup").args(["target", "add", WASM_TARGET]),
            "Install rustup (https://rustup.rs) or add the target by hand: rustup target add wasm32-unknown-unknown",
        )?;
        done(started);
    }

    if !trunk_ok {
        cargo_install("Trunk", "trunk", TRUNK_VERSION, Lock::Locked, "~18 min")?;
    }
    if !bindgen_ok {
        // Not --locked: its lock file wants a crate version the registry no longer has.
        cargo_install(
            "wasm-bindgen-cli",
            "wasm-bindgen-cli",
            &bindgen,
            Lock::Latest,
            "~8 min",
        )?;
    }

    crate::wasm_toolchain::ensure();

    let wasm_opt_ok = output(command(root().join("node_modules/.bin/wasm-opt")).arg("--version"))
        .is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}")));
    if !wasm_opt_ok {
        let started = step(&format!(
            "Installing binaryen {BINARYEN_VERSION} (wasm-opt) from npm"
        ));
        npm_ci("install binaryen")?;
        done(started);
    }
    Ok(())
}

/// The npm packages of `package.json`, at the versions of `package-lock.json`.
fn npm_ci(step_name: &str) -> Result<()> {
    if output(command("npm").arg("--version")).is_none() {
        install_debian_packages("install npm", &["nodejs", "npm"])?;
    }
    run(
        step_name,
        command("npm").args(["ci", "--no-audit", "--no-fund"]),
        "Check that the npm registry is reachable; package.json and package-lock.json pin the versions.",
    )
}

/// axe-core's version in package.json: the accessibility rules the end-to-end tests apply.
pub const AXE_VERSION: &str = "4.10.3";

/// axe-core from npm, for the end-to-end tests; returns the script to inject into pages.
pub fn ensure_axe() -> Result<std::path::PathBuf> {
    let package = root().join("node_modules/axe-core/package.json");
    let installed = std::fs::read_to_string(&package).unwrap_or_default();
    if !installed.contains(&format!("\"version\": \"{AXE_VERSION}\"")) {
        let started = step(&format!("Installing axe-core {AXE_VERSION} from npm"));
        npm_ci("install axe-core")?;
        done(started);
    }
    Ok(root().join("node_modules/axe-core/axe.min.js"))
}

/// Lighthouse from npm, for `cargo xtask bench`, with the browser it drives.
pub fn ensure_lighthouse() -> Result<()> {
    ensure_browser()?;
    let lighthouse_ok = output(command(root().join("node_modules/.bin/lighthouse")).arg("--version"))
        .is_some_and(|v| v.trim() == LIGHTHOUSE_VERSION);
    if !lighthouse_ok {
        let started = step(&format!("Installing Lighthouse {LIGHTHOUSE_VERSION} from npm"));
        npm_ci("install Lighthouse")?;
        done(started);
    }
    Ok(())
}

/// The Chromium that Lighthouse starts: `CHROME_PATH` if set, else the first of the usual
/// names on PATH (Debian's is `/usr/bin/chromium`).
pub fn chromium_path() -> Result<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("CHROME_PATH").filter(|p| !p.is_empty()) {
        return Ok(path.into());
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            if dir.join(name).is_file() {
                return Ok(dir.join(name));
            }
        }
    }
    fail(
        "find Chromium",
        "no chromium on PATH",
        "Install it (apt-get install chromium) or set CHROME_PATH.",
    )
}

/// cargo-deny, with which `cargo xtask test` checks the dependencies' licences and sources.
pub fn ensure_cargo_deny() -> Result<()> {
    if installed_version("cargo-deny", "cargo-deny ").as_deref() == Some(CARGO_DENY_VERSION) {
        return Ok(());
    }
    cargo_install(
        "cargo-deny",
        "cargo-deny",
        CARGO_DENY_VERSION,
        Lock::Locked,
        "~20 min",
    )
}

/// Whether `cargo install` keeps to the tool's own lock file.
#[derive(PartialEq)]
enum Lock {
    Locked,
    Latest,
}

/// `cargo install` of a tool at `version`, replacing another version; `takes` is how long on
/// 2 cores.
fn cargo_install(name: &str, krate: &str, version: &str, lock: Lock, takes: &str) -> Result<()> {
    let started = step(&format!(
        "Installing {name} {version} (cargo install, {takes} on 2 cores)"
    ));
    let mut install = command("cargo");
    install.arg("install");
    if lock == Lock::Locked {
        install.arg("--locked");
    }
    run(
        &format!("install {name}"),
        install.args(["--force", krate, "--version", version]),
        "Check that the Rust package registry is reachable; cargo's messages above say what failed.",
    )?;
    done(started);
    Ok(())
}

/// rustfmt and clippy, which `cargo xtask test` runs first.
pub fn ensure_rust_components() -> Result<()> {
    let installed = output(command("rustup").args(["component", "list", "--installed"])).unwrap_or_default();
    let missing: Vec<&str> = ["rustfmt", "clippy"]
        .into_iter()
        .filter(|c| !installed.lines().any(|line| line.starts_with(c)))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let started = step(&format!(
        "Installing the Rust components {}",
        missing.join(" and ")
    ));
    run(
        "install rustfmt and clippy",
        command("rustup").args(["component", "add"]).args(&missing),
        "Install them by hand: rustup component add rustfmt clippy",
    )?;
    done(started);
    Ok(())
}

/// The fonts the link-preview images are set in (`peel_preview::fonts`), from Debian.
pub fn ensure_fonts() -> Result<()> {
    let missing = peel_preview::fonts::missing();
    if !missing.is_empty() {
        let package = peel_preview::fonts::DEBIAN_PACKAGE;
        let started = step(&format!(
            "Installing the link-preview fonts ({package}, a Debian package; {} missing)",
            missing.join(", ")
        ));
        install_debian_packages("install the link-preview fonts", &[package])?;
        let still = peel_preview::fonts::missing();
        if !still.is_empty() {
            return fail(
                "install the link-preview fonts",
                format!("{package} is installed but {} is not there", still.join(", ")),
                format!("Check the package's files: dpkg -L {package}"),
            );
        }
        done(started);
    }
    Ok(())
}

/// Chromium and ChromeDriver from Debian, for the browser tests.
pub fn ensure_browser() -> Result<()> {
    let chromium = output(command("chromium").arg("--version"));
    let driver = output(command("chromedriver").arg("--version"));
    if chromium.is_none() || driver.is_none() {
        let started = step("Installing Chromium and ChromeDriver (Debian packages)");
        install_debian_packages("install Chromium", &["chromium", "chromium-driver"])?;
        done(started);
    }
    Ok(())
}

fn install_debian_packages(step_name: &str, packages: &[&str]) -> Result<()> {
    let is_root = output(command("id").arg("-u")).is_some_and(|id| id.trim() == "0");
    let has_apt = output(command("apt-get").arg("--version")).is_some();
    if !is_root || !has_apt {
        return fail(
            step_name,
            format!("{} not installed", packages.join(" and ")),
            format!(
                "Install them, then run this again: sudo apt-get install {}",
                packages.join(" ")
            ),
        );
    }
    let hint = "apt-get failed: check that Debian's package mirrors are reachable.";
    run(step_name, command("apt-get").args(["update", "-q"]), hint)?;
    run(
        step_name,
        command("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
        hint,
    )
}
