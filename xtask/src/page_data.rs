//! The data each prerendered page embeds for the app (`<script id="page-data">`), measured as a
//! host would send it (brotli, quality 11): the target is at most 10 KB on every page.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use scraper::{Html, Node};

use crate::compress;
use crate::process::{Result, fail};

/// The target for every page, in bytes (KB = 1,000 bytes, as everywhere in the bench report).
pub const LIMIT_BYTES: u64 = 10_000;

/// One page's embedded data.
#[derive(Clone, Debug, PartialEq)]
pub struct PageData {
    /// The page's address on a site built at the root: `/`, `/force/kent/`, `/404.html`.
    pub address: String,
    pub raw: u64,
    pub brotli: u64,
}

/// Every page of a site that embeds data, largest (brotli) first.
pub struct SiteData {
    pub pages: Vec<PageData>,
}

impl SiteData {
    pub fn over_limit(&self) -> usize {
        self.pages.iter().filter(|p| p.brotli > LIMIT_BYTES).count()
    }

    pub fn find(&self, address: &str) -> Option<&PageData> {
        self.pages.iter().find(|p| p.address == address)
    }
}

/// The text of the page's `<script id="page-data">`, as the browser hands it to the app (script
/// text is not unescaped by the parser, so this is the JSON as written).
pub fn embedded_json(html: &str) -> Option<String> {
    let document = Html::parse_document(html);
    let script = document.tree.nodes().find(|node| {
        node.value()
            .as_element()
            .is_some_and(|e| e.name() == "script" && e.id() == Some("page-data"))
    })?;
    Some(
        script
            .children()
            .filter_map(|child| match child.value() {
                Node::Text(text) => Some(&text.text[..]),
                _ => None,
            })
            .collect(),
    )
}

/// The address a page file is served at: `force/kent/index.html` → `/force/kent/`.
pub fn address_of(relative: &Path) -> String {
    let path = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    match path.strip_suffix("index.html") {
        Some(folder) => format!("/{folder}"),
        None => format!("/{path}"),
    }
}

/// Reads every `index.html` and `404.html` of the site in `dist` (not the data bundle's folder)
/// and measures its embedded data.
pub fn measure(dist: &Path) -> Result<SiteData> {
    let mut files = Vec::new();
    collect_pages(dist, &mut files).or_else(|e| {
        fail(
            "measure the pages' embedded data",
            format!("{}: {e}", dist.display()),
            "Pass a folder written by `cargo xtask dist`.",
        )
    })?;
    // Brotli at quality 11 is slow (about 1 MB/s) and there are hundreds of pages: one worker
    // per core, as `dist` compresses.
    let next = AtomicUsize::new(0);
    let measured = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let page = measure_page(dist, file);
                    if let Ok(mut measured) = measured.lock() {
                        measured.push(page);
                    }
                }
            });
        }
    });
    let measured = measured.into_inner().unwrap_or_default();
    let mut pages = Vec::new();
    for page in measured {
        match page {
            Ok(Some(page)) => pages.push(page),
            Ok(None) => {}
            Err(e) => {
                return fail(
                    "measure the pages' embedded data",
                    e,
                    "Check the site is complete (rebuild it with `cargo xtask dist`).",
                );
            }
        }
    }
    if pages.is_empty() {
        return fail(
            "measure the pages' embedded data",
            format!("no page of {} has a <script id=\"page-data\">", dist.display()),
            "Pass a folder written by `cargo xtask dist`.",
        );
    }
    pages.sort_by(|a, b| b.brotli.cmp(&a.brotli).then_with(|| a.address.cmp(&b.address)));
    Ok(SiteData { pages })
}

fn measure_page(dist: &Path, file: &Path) -> std::result::Result<Option<PageData>, String> {
    let html = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let Some(json) = embedded_json(&html) else {
        return Ok(None);
    };
    Ok(Some(PageData {
        address: address_of(file.strip_prefix(dist).unwrap_or(file)),
        raw: json.len() as u64,
        brotli: compress::brotli(json.as_bytes()).len() as u64,
    }))
}

fn collect_pages(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            // The data bundle (`data/v2/...`) holds JSON, not pages.
            if entry.file_name() != "data" {
                collect_pages(&path, out)?;
            }
        } else if matches!(entry.file_name().to_str(), Some("index.html" | "404.html")) {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{address_of, embedded_json};

    #[test]
    fn finds_the_page_data_script_among_others() {
        let html = "<!DOCTYPE html><html><head>\
            <script type=\"module\">import init from '/app.js'; init();</script>\
            <script id=\"page-data\" type=\"application/json\">{\"route\":\"/a&amp;b\",\"x\":\"<\\/p>\"}</script>\
            <script>{}</script></head><body><p>text</p></body></html>";
        // Script text is taken as written: `&amp;` stays, as the browser leaves it.
        assert_eq!(
            embedded_json(html).as_deref(),
            Some("{\"route\":\"/a&amp;b\",\"x\":\"<\\/p>\"}")
        );
    }

    #[test]
    fn a_page_without_data_has_none() {
        assert_eq!(
            embedded_json("<html><head><script>1</script></head></html>"),
            None
        );
        assert_eq!(
            embedded_json("<script id=\"page-data\" type=\"application/json\"></script>").as_deref(),
            Some("")
        );
    }

    #[test]
    fn addresses_of_page_files() {
        assert_eq!(address_of(Path::new("index.html")), "/");
        assert_eq!(address_of(Path::new("force/kent/index.html")), "/force/kent/");
        assert_eq!(address_of(Path::new("404.html")), "/404.html");
    }
}
