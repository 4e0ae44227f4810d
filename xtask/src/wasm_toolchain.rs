//! The toolchain the browser's wasm is compiled with: a pinned nightly that rebuilds the
//! standard library for size (`-Zbuild-std` with `optimize_for_size`), aborts on a panic without
//! formatting it (`-Cpanic=immediate-abort`) and drops `Debug` formatting and panic locations.
//! Together they take about a tenth off the wasm's brotli bytes, which no one of them does alone
//! (docs/performance.md, "Compiler-level levers"). Only the wasm: clippy, the tests and the
//! prerenderer stay on stable.
//!
//! A panic in the browser is then a bare `unreachable` trap; the page shell's error listener
//! (`index.html`) turns it into the app's message for the reader.

use std::process::Command;

use crate::process::{command, done, output, run, step};

/// rustc 1.97.0-nightly (e50aa6fba 2026-05-19): the build the levers were measured with.
pub const NIGHTLY: &str = "nightly-2026-05-20";

/// Set to `stable` to build the wasm on stable, without the levers (to measure them, or where
/// the nightly cannot be installed).
const CHOICE: &str = "XTASK_WASM_TOOLCHAIN";

/// `--cfg erase_components` is in `.cargo/config.toml`, which `RUSTFLAGS` replaces: kept here.
const NIGHTLY_RUSTFLAGS: &str = "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort \
                                 -Zfmt-debug=none -Zlocation-detail=none";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WasmToolchain {
    /// The pinned nightly with the size levers.
    Nightly,
    /// The default toolchain, as the rest of the workspace.
    Stable,
}

impl WasmToolchain {
    /// The toolchain to build the wasm with: the nightly when it is installed with its standard
    /// library's source, unless `XTASK_WASM_TOOLCHAIN=stable`.
    pub fn chosen() -> Self {
        if stable_asked() || !installed() {
            WasmToolchain::Stable
        } else {
            WasmToolchain::Nightly
        }
    }

    /// Sets what cargo (run directly or by Trunk) needs to build the wasm on this toolchain.
    pub fn apply(self, cargo: &mut Command) {
        if self == WasmToolchain::Nightly {
            cargo
                .env("RUSTUP_TOOLCHAIN", NIGHTLY)
                .env("RUSTFLAGS", NIGHTLY_RUSTFLAGS)
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size");
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            WasmToolchain::Nightly => NIGHTLY,
            WasmToolchain::Stable => "stable",
        }
    }
}

/// Whether `XTASK_WASM_TOOLCHAIN=stable` asks for the wasm on stable.
fn stable_asked() -> bool {
    std::env::var(CHOICE).is_ok_and(|v| v == "stable")
}

/// Whether the nightly and its `rust-src` are installed.
fn installed() -> bool {
    output(command("rustup").args(["component", "list", "--installed", "--toolchain", NIGHTLY]))
        .is_some_and(|components| components.lines().any(|c| c.trim().starts_with("rust-src")))
}

/// Installs the nightly with `rust-src` (about 200 MB, seconds on a fast link) unless present.
/// A failure is a warning, not an error: the wasm is then built on stable, a tenth larger.
pub fn ensure() {
    if stable_asked() || installed() {
        return;
    }
    let started = step(&format!(
        "Installing Rust {NIGHTLY} with rust-src, for the wasm's size levers"
    ));
    let installing = run(
        "install the wasm's toolchain",
        command("rustup").args([
            "toolchain",
            "install",
            NIGHTLY,
            "--profile",
            "minimal",
            "--component",
            "rust-src",
        ]),
        "",
    );
    match installing {
        Ok(()) => done(started),
        Err(_) => eprintln!(
            "    warning: {NIGHTLY} could not be installed; the wasm is built on stable, about a tenth larger \
             (docs/performance.md). Install it by hand with \
             `rustup toolchain install {NIGHTLY} --profile minimal --component rust-src`."
        ),
    }
}
