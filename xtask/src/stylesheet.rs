//! The site's one stylesheet, joined from `style/` before Trunk runs: `base.css`, then every
//! `components/<name>.css` and `routes/<name>.css` by name, each named as the Rust file of its
//! component (`src/components/<name>.rs`) or page (`src/routes/<name>.rs`). The joined file
//! leaves out comments and blank lines: they explain the sources, and would cost every reader
//! bytes. `index.html` links it, at [`JOINED`]; Trunk hashes and copies it as `main-<hash>.css`.

use std::path::{Path, PathBuf};

use crate::process::{Result, fail, root};

/// Where the joined stylesheet is written, from the workspace root (git-ignored).
pub const JOINED: &str = "target/xtask/main.css";

/// The folders of `style/` with one file per Rust module, and the folder of those modules.
const FOLDERS: [(&str, &str); 2] = [("components", "src/components"), ("routes", "src/routes")];

/// The embeds' own rules, a file per module of `src/embeds/`: in the embeds' stylesheet only.
const EMBEDS: (&str, &str) = ("embeds", "src/embeds");

/// What the embeds' stylesheet takes from the site's, before [`EMBEDS`]: the base and the
/// components embeds show (`src/embeds/`).
const EMBED_PARTS: [&str; 5] = [
    "base.css",
    "components/grade_tag.css",
    "components/scroll_region.css",
    "components/tile_map.css",
    "components/engage_timeline.css",
];

/// Joins `style/` into [`JOINED`] (rewritten only when its text changes); returns its path.
pub fn write() -> Result<PathBuf> {
    let out = root().join(JOINED);
    join(&sources(&root()), &out)?;
    Ok(out)
}

/// Joins the embeds' stylesheet ([`EMBED_PARTS`], then `style/embeds/`) into `out` (in the built
/// site, at `peel_model::route::EMBED_STYLESHEET`).
pub fn write_embeds(out: &Path) -> Result<()> {
    join(&embed_sources(&root()), out)
}

fn join(sources: &std::result::Result<Vec<PathBuf>, String>, out: &Path) -> Result<()> {
    let sources = sources.clone().or_else(|e| {
        fail(
            "join the stylesheets",
            e,
            "Name each file in style/components/ and style/routes/ as its component's or page's \
             Rust file (style/components/tile_map.css for src/components/tile_map.rs).",
        )
    })?;
    let mut joined = String::new();
    for source in &sources {
        let text = std::fs::read_to_string(source).or_else(|e| {
            fail(
                "join the stylesheets",
                format!("cannot read {}: {e}", source.display()),
                "Check the file is there and readable.",
            )
        })?;
        joined += &without_comments(&text);
    }
    if std::fs::read_to_string(out).ok().as_deref() != Some(joined.as_str()) {
        std::fs::create_dir_all(out.parent().unwrap_or(Path::new(".")))
            .and_then(|()| std::fs::write(out, &joined))
            .or_else(|e| {
                fail(
                    "join the stylesheets",
                    format!("cannot write {}: {e}", out.display()),
                    "Check the disk has room.",
                )
            })?;
    }
    Ok(())
}

/// The embeds' stylesheet's files, in order.
fn embed_sources(root: &Path) -> std::result::Result<Vec<PathBuf>, String> {
    let style = root.join("style");
    let mut sources: Vec<PathBuf> = EMBED_PARTS.iter().map(|part| style.join(part)).collect();
    sources.extend(module_files(root, EMBEDS)?);
    match sources.iter().find(|s| !s.is_file()) {
        Some(missing) => Err(format!("{} is missing", missing.display())),
        None => Ok(sources),
    }
}

/// The stylesheets of `folder` in `style/`, by name, each named for a Rust file of `modules`;
/// a file named for none is an error.
fn module_files(root: &Path, (folder, modules): (&str, &str)) -> std::result::Result<Vec<PathBuf>, String> {
    let mut files = read_dir(&root.join("style").join(folder))?;
    files.sort();
    let strays: Vec<String> = files
        .iter()
        .filter(|file| !names_a_module(root, file, modules))
        .map(|file| file.display().to_string())
        .collect();
    if strays.is_empty() {
        Ok(files)
    } else {
        Err(format!(
            "style/ holds files that name no component or page: {}",
            strays.join(", ")
        ))
    }
}

/// Whether `file` (`tile_map.css`) is named for a Rust file in `modules` (`tile_map.rs`).
fn names_a_module(root: &Path, file: &Path, modules: &str) -> bool {
    file.file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".css"))
        .is_some_and(|stem| root.join(modules).join(format!("{stem}.rs")).is_file())
}

/// The files to join, in order: `style/base.css`, then each folder's files by name. A file
/// named for no component or page, or any other file in `style/`, is an error: its rules would
/// be lost or belong to nothing.
fn sources(root: &Path) -> std::result::Result<Vec<PathBuf>, String> {
    let style = root.join("style");
    let base = style.join("base.css");
    if !base.is_file() {
        return Err(format!("{} is missing", base.display()));
    }
    let mut sources = vec![base];
    let mut strays = Vec::new();
    for entry in read_dir(&style)? {
        let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name != "base.css" && name != EMBEDS.0 && !FOLDERS.iter().any(|(folder, _)| *folder == name) {
            strays.push(entry.display().to_string());
        }
    }
    for (folder, modules) in FOLDERS {
        let mut files = read_dir(&style.join(folder))?;
        files.sort();
        for file in files {
            if names_a_module(root, &file, modules) {
                sources.push(file);
            } else {
                strays.push(file.display().to_string());
            }
        }
    }
    if strays.is_empty() {
        Ok(sources)
    } else {
        Err(format!(
            "style/ holds files that name no component or page: {}",
            strays.join(", ")
        ))
    }
}

fn read_dir(dir: &Path) -> std::result::Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))
}

/// `css` without its comments and blank lines, each line without trailing spaces. A `/*` inside
/// a quoted string (`content: "/*"`) is text, not a comment.
pub fn without_comments(css: &str) -> String {
    let mut kept = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find(['"', '\'', '/']) {
        let (before, from) = rest.split_at(start);
        kept += before;
        let quote = from.chars().next().unwrap_or('/');
        if quote == '/' {
            if let Some(comment) = from.strip_prefix("/*") {
                rest = comment.find("*/").map_or("", |end| &comment[end + 2..]);
            } else {
                kept.push('/');
                rest = &from[1..];
            }
            continue;
        }
        // A string runs to the next unescaped quote of its kind.
        let mut end = from.len();
        let mut escaped = false;
        for (i, c) in from.char_indices().skip(1) {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                c if c == quote => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        kept += &from[..end];
        rest = &from[end..];
    }
    kept += rest;
    kept.lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty())
        .flat_map(|line| [line, "\n"])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_left_out_and_strings_kept() {
        let css = "/* The header. */\n\n.a {\n  color: red; /* why */\n  /* a whole line */\n  \
                   content: \"/* not a comment */\";\n  quotes: '\\'' \"/*\";\n}\n\n\n.b{}/* end";
        assert_eq!(
            without_comments(css),
            ".a {\n  color: red;\n  content: \"/* not a comment */\";\n  quotes: '\\'' \"/*\";\n}\n.b{}\n"
        );
        assert_eq!(without_comments("a / b"), "a / b\n");
    }

    /// Each file's name below `style/`.
    fn below_style(sources: &[PathBuf]) -> Vec<String> {
        sources
            .iter()
            .map(|p| {
                p.strip_prefix(root().join("style"))
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn base_comes_first_then_components_and_pages_by_name() {
        let sources = sources(&root()).unwrap();
        let names = below_style(&sources);
        assert_eq!(names[0], "base.css");
        let at = |name: &str| names.iter().position(|n| n == name).unwrap();
        assert!(at("components/accordion.css") < at("components/tile_map.css"));
        assert!(at("components/tile_map.css") < at("routes/compare.css"));
    }

    #[test]
    fn the_embeds_take_the_base_their_components_and_their_own_rules_only() {
        let sources = embed_sources(&root()).unwrap();
        let names = below_style(&sources);
        assert_eq!(names[0], "base.css");
        assert!(names.contains(&"components/tile_map.css".to_owned()), "{names:?}");
        assert!(names.contains(&"embeds/page.css".to_owned()), "{names:?}");
        assert!(!names.iter().any(|n| n.starts_with("routes/")), "{names:?}");
        let site = super::sources(&root()).unwrap();
        assert!(!site.iter().any(|p| p.starts_with(root().join("style/embeds"))));
    }

    #[test]
    fn a_stylesheet_named_for_no_component_is_refused() {
        let dir = std::env::temp_dir().join(format!("xtask-stylesheet-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for folder in ["style/components", "style/routes", "src/components", "src/routes"] {
            std::fs::create_dir_all(dir.join(folder)).unwrap();
        }
        std::fs::write(dir.join("style/base.css"), "").unwrap();
        std::fs::write(dir.join("src/components/tile_map.rs"), "").unwrap();
        std::fs::write(dir.join("style/components/tile_map.css"), "").unwrap();
        assert_eq!(sources(&dir).unwrap().len(), 2);

        std::fs::write(dir.join("style/components/tilemap.css"), "").unwrap();
        std::fs::write(dir.join("style/extra.css"), "").unwrap();
        let error = sources(&dir).unwrap_err();
        assert!(error.contains("style/components/tilemap.css"), "{error}");
        assert!(error.contains("style/extra.css"), "{error}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
