//! `cargo xtask links`: every internal link and `#fragment` of every page of a built site
//! resolves to a file the site has (and to an element of that page), as a browser would resolve
//! it on a host serving the site under its base path.
//!
//! Pages are parsed with `scraper`, whose parser is Servo's `html5ever`: the HTML5 parsing
//! algorithm itself, so attributes are read exactly as a browser reads them (entities, unquoted
//! values, implied end tags), which no regular expression does. Links are resolved with `url`
//! (the WHATWG URL standard, as browsers do). Both are widely used and kept.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use scraper::Html;
use url::Url;

/// Stands for the host the site is served from; links to any other host are external.
const SITE: &str = "http://site.invalid";

/// One link that does not lead where it should.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The page, relative to the site folder (`force/kent/2016/index.html`).
    pub page: String,
    /// The link as written.
    pub href: String,
    pub why: String,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} -> {} ({})", self.page, self.href, self.why)
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    /// Internal links checked (each distinct link of a page once).
    pub links: usize,
    pub broken: Vec<Broken>,
}

/// What one page holds: its links (as written, in order) and its fragment targets.
struct Page {
    links: Vec<String>,
    /// `id`s, and `name`s of `<a>` elements (the older way to name a fragment target).
    targets: HashSet<String>,
    /// The first `<base href>`, as written.
    base_href: Option<String>,
}

/// Checks every `*.html` under `dist`, served under `base_path` (`/` or `/sub/path/`). Links to
/// `origin` (`https://example.org`, when the site was built with one) count as internal too.
pub fn check(dist: &Path, base_path: &str, origin: Option<&str>) -> Result<Report, String> {
    let base_path = crate::dist::normalise_base_path(base_path)?;
    let site = Url::parse(SITE).map_err(|e| e.to_string())?;
    let origin = match origin.filter(|o| !o.is_empty()) {
        Some(o) => Some(Url::parse(o).map_err(|e| format!("`{o}` is not an origin: {e}"))?),
        None => None,
    };

    let mut files = Vec::new();
    html_files(dist, &mut files).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    if files.is_empty() {
        return Err(format!("{} holds no .html page", dist.display()));
    }
    let mut pages = BTreeMap::new();
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let relative = relative_name(dist, &file);
        pages.insert(relative, read_page(&text));
    }

    let mut report = Report {
        pages: pages.len(),
        ..Report::default()
    };
    for (name, page) in &pages {
        let Ok(page_url) = site.join(&format!("{base_path}{}", address_of(name))) else {
            continue;
        };
        // `<base href>` changes what every other link is resolved against, `#x` included.
        let base_url = match &page.base_href {
            Some(href) => match page_url.join(href.trim()) {
                Ok(url) => url,
                Err(e) => {
                    report.broken.push(Broken {
                        page: name.clone(),
                        href: format!("<base href=\"{href}\">"),
                        why: format!("not a URL: {e}"),
                    });
                    continue;
                }
            },
            None => page_url,
        };
        let mut seen = HashSet::new();
        for href in &page.links {
            if !seen.insert(href.as_str()) {
                continue;
            }
            let target = match base_url.join(href.trim()) {
                Ok(url) => url,
                Err(e) => {
                    report.links += 1;
                    report.broken.push(Broken {
                        page: name.clone(),
                        href: href.clone(),
                        why: format!("not a URL: {e}"),
                    });
                    continue;
                }
            };
            let internal =
                same_origin(&target, &site) || origin.as_ref().is_some_and(|o| same_origin(&target, o));
            if !internal {
                // Another host, or mailto:, tel:, data:, javascript: ...
                continue;
            }
            report.links += 1;
            // The 404 page is served at every missing address, at any depth: only links from
            // the site's root (`/...`) or to its own fragments lead the same way from all of them.
            let relative_in_404 =
                name == "404.html" && page.base_href.is_none() && is_path_relative(href.trim());
            let why = if relative_in_404 {
                Some(
                    "relative link in 404.html, which is served at any depth: start it with the base path"
                        .to_owned(),
                )
            } else {
                problem(dist, &base_path, &pages, &target)
            };
            if let Some(why) = why {
                report.broken.push(Broken {
                    page: name.clone(),
                    href: href.clone(),
                    why,
                });
            }
        }
    }
    Ok(report)
}

/// Why `target` (an address on the site) does not lead to a file and fragment, if it does not.
fn problem(dist: &Path, base_path: &str, pages: &BTreeMap<String, Page>, target: &Url) -> Option<String> {
    let Some(path) = percent_decode(target.path()) else {
        return Some("the path is not valid percent-encoded UTF-8".into());
    };
    let Some(relative) = path.strip_prefix(base_path) else {
        // The base itself without its slash is a folder too.
        return Some(if format!("{path}/") == base_path {
            format!("the site's home needs its trailing slash: {base_path}")
        } else {
            format!("outside the base path {base_path}")
        });
    };
    let mut file = dist.to_path_buf();
    for part in relative.split('/').filter(|p| !p.is_empty()) {
        if part == "." || part == ".." {
            // `Url::join` resolves dot segments; one still here was percent-encoded.
            return Some("the path holds an encoded dot segment".into());
        }
        file.push(part);
    }
    let mut name = relative.to_owned();
    if relative.is_empty() || relative.ends_with('/') {
        file.push("index.html");
        name.push_str("index.html");
    } else if file.is_dir() {
        return Some(format!(
            "{relative} is a folder: link to {relative}/ (hosts answer without it with a redirect)"
        ));
    }
    if !file.is_file() {
        return Some(format!("no such file: {name}"));
    }
    let fragment = target.fragment().unwrap_or("");
    // `#` alone, and `#top` when nothing is named so, mean the top of the page (HTML standard).
    if fragment.is_empty() {
        return None;
    }
    let Some(page) = pages.get(&name) else {
        // Not a page (an SVG sprite, a JSON file): fragments there are not ids we can check.
        return None;
    };
    let Some(fragment) = percent_decode(fragment) else {
        return Some("the fragment is not valid percent-encoded UTF-8".into());
    };
    if page.targets.contains(&fragment) || fragment.eq_ignore_ascii_case("top") {
        None
    } else {
        Some(format!("{name} has no element with id=\"{fragment}\""))
    }
}

fn read_page(text: &str) -> Page {
    let document = Html::parse_document(text);
    let mut page = Page {
        links: Vec::new(),
        targets: HashSet::new(),
        base_href: None,
    };
    for node in document.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let tag = element.name();
        if let Some(id) = element.id() {
            page.targets.insert(id.to_owned());
        }
        if tag == "a"
            && let Some(name) = element.attr("name")
        {
            page.targets.insert(name.to_owned());
        }
        if tag == "base" {
            if page.base_href.is_none() {
                page.base_href = element.attr("href").map(str::to_owned);
            }
            continue;
        }
        // Every element's `href` and `src` (a, area, link, script, img, iframe, source, audio,
        // video, track, embed, SVG's use and image: `xlink:href` reads as `href` here too), and
        // the other attributes that hold an address.
        for attribute in ["href", "src", "poster", "action", "formaction", "data"] {
            if attribute == "data" && tag != "object" {
                continue;
            }
            if let Some(value) = element.attr(attribute) {
                page.links.push(value.to_owned());
            }
        }
        if let Some(srcset) = element.attr("srcset") {
            // Candidates are `url [descriptor]`, comma-separated.
            for candidate in srcset.split(',') {
                if let Some(url) = candidate.split_whitespace().next() {
                    page.links.push(url.to_owned());
                }
            }
        }
        // Link previews name the page's own address; a wrong one is shared with every link.
        if tag == "meta"
            && matches!(element.attr("property"), Some("og:url" | "og:image"))
            && let Some(content) = element.attr("content")
        {
            page.links.push(content.to_owned());
        }
    }
    page
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// A path-relative reference (`force/kent/`, `../x`), not `/x`, `//host/x`, `#x`, `?q` or `scheme:`.
fn is_path_relative(href: &str) -> bool {
    if href.is_empty() || href.starts_with(['/', '#', '?']) {
        return false;
    }
    let scheme_end = href.find(':');
    let path_start = href.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(colon), Some(slash)) => colon > slash,
        (Some(_), None) => false,
        _ => true,
    }
}

/// The page's address below the base path: `force/kent/index.html` -> `force/kent/`.
fn address_of(name: &str) -> String {
    if name == "index.html" {
        String::new()
    } else if let Some(folder) = name.strip_suffix("/index.html") {
        format!("{folder}/")
    } else {
        name.to_owned()
    }
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            html_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
    Ok(())
}

/// `dist/force/kent/index.html` -> `force/kent/index.html`, with `/` on every platform.
fn relative_name(dist: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(dist).unwrap_or(file);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Checks a built site and prints what is broken; fails the step if anything is.
pub fn check_site(dist: &Path, base_path: &str, origin: Option<&str>) -> crate::process::Result<()> {
    let step = format!("check the links of {} (served under {base_path})", dist.display());
    let report = match check(dist, base_path, origin) {
        Ok(report) => report,
        Err(e) => return crate::process::fail(&step, e, "Build the site first (cargo xtask dist)."),
    };
    for broken in &report.broken {
        eprintln!("    {broken}");
    }
    let pages_hit: HashSet<&str> = report.broken.iter().map(|b| b.page.as_str()).collect();
    eprintln!(
        "    {}: {} pages, {} internal links, {} broken",
        dist.display(),
        report.pages,
        report.links,
        report.broken.len()
    );
    if report.broken.is_empty() {
        Ok(())
    } else {
        crate::process::fail(
            &step,
            format!(
                "{} broken link(s) on {} page(s), listed above as `page -> link (why)`",
                report.broken.len(),
                pages_hit.len()
            ),
            "Fix the links the app renders (or the files the build writes) so each leads to a file of the site, and each #fragment to an id on that page.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site in a fresh temporary folder: `(path, content)` pairs.
    fn site(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-links-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, content) in files {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, content).unwrap();
        }
        dir
    }

    fn page(body: &str) -> String {
        format!("<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>")
    }

    fn broken(dir: &Path, base: &str) -> Vec<String> {
        let report = check(dir, base, None).unwrap();
        let _ = std::fs::remove_dir_all(dir);
        report.broken.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn good_links_pass() {
        let dir = site(
            "good",
            &[
                (
                    "index.html",
                    &page(
                        r##"<a href="#main-content">Skip</a><a href="#">Top</a>
                        <main id="main-content"><a href="/force/kent/">Kent</a>
                        <a href="force/kent/#grades">Grades</a>
                        <a href="/compare/?forces=kent,essex&amp;round=2016">Compare</a>
                        <a href="/force/kent/?tab=x#grades">Tab</a>
                        <a href="https://www.justiceinspectorates.gov.uk/">Official</a>
                        <a href="mailto:someone@example.org">Mail</a>
                        <a href=/force/kent/index.html>Unquoted</a>
                        <img src="/favicon.svg" srcset="/favicon.svg 1x, /favicon.svg 2x">
                        <a name="old-style"></a><a href="#old-style">Old</a></main>"##,
                    ),
                ),
                (
                    "force/kent/index.html",
                    &page(r#"<h2 id="grades">Grades</h2><a href="../../">Home</a>"#),
                ),
                ("compare/index.html", &page("")),
                ("favicon.svg", "<svg/>"),
                (
                    "404.html",
                    &page(r##"<a href="/">Home</a><a href="#x" id="x">x</a>"##),
                ),
            ],
        );
        assert_eq!(broken(&dir, "/"), Vec::<String>::new());
    }

    #[test]
    fn a_missing_file_is_broken() {
        let dir = site(
            "file",
            &[(
                "index.html",
                &page(r#"<a href="/force/nowhere/">x</a><script src="/app-1234.js"></script>"#),
            )],
        );
        assert_eq!(
            broken(&dir, "/"),
            [
                "index.html -> /force/nowhere/ (no such file: force/nowhere/index.html)",
                "index.html -> /app-1234.js (no such file: app-1234.js)",
            ]
        );
    }

    #[test]
    fn a_missing_fragment_is_broken() {
        let dir = site(
            "fragment",
            &[
                (
                    "index.html",
                    &page(r##"<a href="#main-content">Skip</a><a href="/other/#grades">x</a>"##),
                ),
                ("other/index.html", &page(r#"<p id="grade">x</p>"#)),
            ],
        );
        assert_eq!(
            broken(&dir, "/"),
            [
                "index.html -> #main-content (index.html has no element with id=\"main-content\")",
                "index.html -> /other/#grades (other/index.html has no element with id=\"grades\")",
            ]
        );
    }

    #[test]
    fn links_outside_the_base_path_are_broken() {
        let dir = site(
            "base",
            &[
                (
                    "index.html",
                    &page(
                        r#"<a href="/peel/explorer/force/kent/">ok</a><a href="/force/kent/">root</a>
                        <a href="/peel/explorer">no slash</a><a href="../../">above</a>
                        <a href="force/kent">folder</a>"#,
                    ),
                ),
                ("force/kent/index.html", &page("")),
            ],
        );
        assert_eq!(
            broken(&dir, "/peel/explorer/"),
            [
                "index.html -> /force/kent/ (outside the base path /peel/explorer/)",
                "index.html -> /peel/explorer (the site's home needs its trailing slash: /peel/explorer/)",
                "index.html -> ../../ (outside the base path /peel/explorer/)",
                "index.html -> force/kent (force/kent is a folder: link to force/kent/ (hosts answer without it with a redirect))",
            ]
        );
    }

    #[test]
    fn a_query_string_link_leads_to_the_page_it_names() {
        let dir = site(
            "query",
            &[
                (
                    "index.html",
                    &page(r#"<a href="compare/?forces=kent,essex&round=2016">x</a>"#),
                ),
                ("compare/index.html", &page("")),
            ],
        );
        assert_eq!(broken(&dir, "/"), Vec::<String>::new());
    }

    #[test]
    fn base_elements_and_the_404_page_are_respected() {
        let dir = site(
            "base-element",
            &[
                (
                    "deep/page/index.html",
                    "<!DOCTYPE html><html><head><base href=\"/\"></head><body><a href=\"other/\">x</a></body></html>",
                ),
                ("other/index.html", &page("")),
                ("404.html", &page(r#"<a href="other/">relative</a>"#)),
            ],
        );
        assert_eq!(
            broken(&dir, "/"),
            [
                "404.html -> other/ (relative link in 404.html, which is served at any depth: start it with the base path)"
            ]
        );
    }

    #[test]
    fn relative_references_are_told_apart() {
        assert!(is_path_relative("force/kent/"));
        assert!(is_path_relative("../x:y"));
        assert!(!is_path_relative("/force/"));
        assert!(!is_path_relative("#x"));
        assert!(!is_path_relative("mailto:x@y"));
        assert!(!is_path_relative("https://example.org/"));
    }
}
