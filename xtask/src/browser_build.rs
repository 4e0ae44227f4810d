//! The browser app's build: Trunk (the release wasm, wasm-bindgen, wasm-opt, the hashed assets
//! and the page shell), kept in `target/xtask/trunk/` by what it was made from. A build whose
//! wasm, `index.html`, `Trunk.toml`, stylesheet, static files, tools and base path are those of
//! an earlier build copies that build's output instead of running wasm-bindgen and wasm-opt
//! again (minutes on 2 cores).
//!
//! The wasm is compiled first by the same cargo command Trunk runs (its features read from
//! `index.html`), so cargo alone says whether the app changed; Trunk's own cargo step then finds
//! nothing to do. An output is kept only if Trunk's wasm is the one the key was computed from.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::process::{Result, command, fail, root, run};
use crate::site_files::copy_site;
use crate::wasm_toolchain::WasmToolchain;
use crate::{cache_age, tools};

const TARGET: &str = "wasm32-unknown-unknown";

/// Builds the browser app into `out` (emptied first), for a site served under `base_path`.
pub fn build(out: &Path, base_path: &str) -> Result<()> {
    let hint = "The compiler's or Trunk's messages above say what failed.";
    let toolchain = WasmToolchain::chosen();
    eprintln!("    the wasm is compiled on {}", toolchain.describe());
    let Some(features) = cargo_features() else {
        eprintln!(
            "    (index.html or Trunk.toml sets how Trunk calls cargo in a way xtask does not mirror: Trunk runs every time)"
        );
        return trunk(out, base_path, toolchain, hint);
    };
    let mut cargo = command("cargo");
    cargo
        .args(["build", &format!("--target={TARGET}"), "--manifest-path"])
        .arg(root().join("Cargo.toml"))
        .arg("--release")
        .args(&features);
    toolchain.apply(&mut cargo);
    run("build the browser app", &mut cargo, hint)?;
    let wasm = std::fs::read(wasm_path()).unwrap_or_default();
    let key = key(&wasm, base_path)?;
    let cache = root().join("target/xtask/trunk");
    let kept = cache.join(&key);
    if kept.join("index.html").is_file() {
        cache_age::mark_used(&kept);
        replace_with_copy(out, &kept).or_else(|e| {
            fail(
                "copy the browser app",
                e,
                "Check the disk has room; or delete target/xtask/trunk/.",
            )
        })?;
        eprintln!(
            "    unchanged since an earlier build: Trunk's output copied from {}",
            kept.display()
        );
        return Ok(());
    }
    trunk(out, base_path, toolchain, hint)?;
    if std::fs::read(wasm_path()).ok().as_deref() == Some(&wasm[..]) {
        keep(out, &kept);
    } else {
        eprintln!("    warning: Trunk's wasm is not the one xtask built first; its output is not kept");
    }
    cache_age::remove_unused(&cache);
    Ok(())
}

fn trunk(out: &Path, base_path: &str, toolchain: WasmToolchain, hint: &str) -> Result<()> {
    let mut trunk = command("trunk");
    trunk
        // Not --offline: Trunk hands it to cargo, which then cannot fetch crates on a fresh
        // machine. Trunk downloads nothing itself: its tools are installed and pinned.
        .args(["build", "--release", "--skip-version-check", "--dist"])
        .arg(out)
        .args(["--public-url", base_path]);
    // Trunk's own cargo step must see what xtask's did, or it would build the wasm again.
    toolchain.apply(&mut trunk);
    run("build the browser app", &mut trunk, hint)
}

/// The feature arguments Trunk passes to cargo, from `index.html`'s `rel="rust"` link; `None`
/// where it or `Trunk.toml` says more than xtask mirrors (a binary, a profile, all features).
fn cargo_features() -> Option<Vec<String>> {
    let index = std::fs::read_to_string(root().join("index.html")).ok()?;
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml")).ok()?;
    features_of(&index, &trunk_toml)
}

fn features_of(index: &str, trunk_toml: &str) -> Option<Vec<String>> {
    let start = index.find(r#"rel="rust""#)?;
    let link_start = index[..start].rfind('<')?;
    let link = &index[link_start..start + index[start..].find('>')?];
    let mirrored = ["data-cargo-no-default-features", "data-cargo-features"];
    let unmirrored = link
        .split_whitespace()
        .map(|word| word.split('=').next().unwrap_or(word))
        .filter(|name| !mirrored.contains(name))
        .any(|name| {
            name.starts_with("data-cargo-") || ["data-bin", "data-target-name", "data-type"].contains(&name)
        });
    // Trunk.toml's settings that reach cargo (features, a profile); its comments do not count.
    let toml_sets_cargo = trunk_toml
        .lines()
        .filter_map(|line| line.split('#').next()?.split_once('='))
        .map(|(key, _)| key.trim())
        .any(|key| ["feature", "cargo", "profile"].iter().any(|k| key.contains(k)));
    if unmirrored || toml_sets_cargo {
        return None;
    }
    let mut args = Vec::new();
    if link.contains("data-cargo-no-default-features") {
        args.push("--no-default-features".to_owned());
    }
    if let Some(at) = link.find(r#"data-cargo-features=""#) {
        let value = &link[at + r#"data-cargo-features=""#.len()..];
        args.push("--features".to_owned());
        args.push(value[..value.find('"')?].to_owned());
    }
    Some(args)
}

/// Where cargo writes the release wasm Trunk starts from.
fn wasm_path() -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), |dir| root().join(dir));
    target.join(TARGET).join("release/peel_explorer.wasm")
}

/// The name of an output: the SHA-256 of everything Trunk reads besides the Rust code (whose
/// wasm stands for it) and of the tools' versions and the base path.
fn key(wasm: &[u8], base_path: &str) -> Result<String> {
    let mut hasher = Sha256::new();
    let mut add = |name: &str, bytes: &[u8]| {
        hasher.update(name.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    add("wasm", wasm);
    add("base path", base_path.as_bytes());
    let versions = format!(
        "trunk {} wasm-bindgen {} binaryen {}",
        tools::TRUNK_VERSION,
        tools::wasm_bindgen_version()?,
        tools::BINARYEN_VERSION
    );
    add("tools", versions.as_bytes());
    let mut inputs = vec![
        root().join("index.html"),
        root().join("Trunk.toml"),
        root().join(crate::stylesheet::JOINED),
    ];
    let mut public = Vec::new();
    files_in(&root().join("public"), &mut public);
    public.sort();
    inputs.extend(public);
    for input in inputs {
        let bytes = std::fs::read(&input).or_else(|e| {
            fail(
                "build the browser app",
                format!("cannot read {}: {e}", input.display()),
                "Check the file is there and readable.",
            )
        })?;
        add(
            &input.strip_prefix(root()).unwrap_or(&input).display().to_string(),
            &bytes,
        );
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

fn files_in(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_in(&path, files);
        } else {
            files.push(path);
        }
    }
}

/// Empties `out` and copies `from` into it, as Trunk replaces its output folder.
fn replace_with_copy(out: &Path, from: &Path) -> std::result::Result<(), String> {
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("cannot empty {}: {e}", out.display()))?;
    }
    copy_site(from, out)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), out.display()))
}

/// Keeps Trunk's output `out` as `kept`: copied aside and renamed, so that an output is never
/// kept half copied. A failure only means the next build runs Trunk again.
fn keep(out: &Path, kept: &Path) {
    let partial = kept.with_extension(format!("partial-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&partial);
    if copy_site(out, &partial).is_err() || std::fs::rename(&partial, kept).is_err() {
        let _ = std::fs::remove_dir_all(&partial);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunks_cargo_features_are_read_from_the_rust_link() {
        let index = r#"<head>
<link data-trunk rel="rust" data-cargo-no-default-features data-cargo-features="hydrate" data-wasm-opt="z">
<link data-trunk rel="css" href="target/xtask/main.css">
</head>"#;
        let trunk_toml =
            "[build]\ntarget = \"index.html\"\n# Comments are hydration markers: never minify the HTML.\n";
        assert_eq!(
            features_of(index, trunk_toml).unwrap(),
            ["--no-default-features", "--features", "hydrate"]
        );
        // The project's own files: what Trunk is told is mirrored.
        let project = |file: &str| std::fs::read_to_string(root().join(file)).unwrap();
        assert_eq!(
            features_of(&project("index.html"), &project("Trunk.toml")).unwrap(),
            ["--no-default-features", "--features", "hydrate"]
        );
        // Anything else that changes Trunk's cargo command: not mirrored, Trunk runs each time.
        let binary = index.replace("data-wasm-opt", "data-bin=\"app\" data-wasm-opt");
        assert_eq!(features_of(&binary, trunk_toml), None);
        assert_eq!(features_of(index, "[build]\nall_features = true\n"), None);
        assert_eq!(features_of(index, "[build]\ncargo_profile = \"dev\"\n"), None);
        assert_eq!(features_of("<head></head>", trunk_toml), None);
    }
}
