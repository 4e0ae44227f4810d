//! Renders every route to static HTML at build time (feature `ssr`, a native program).
//!
//! Each page is the Trunk shell with the page's head tags, its data embedded as JSON, and the
//! app's markup as the whole `<body>`, so it reads without JavaScript and hydrates with it.
//!
//! Force-round, pillar and table pages also get their link-preview image
//! ([`peel_preview`]): laid out from the same page data here, drawn to PNG by worker threads
//! ([`previews`]) while the pages render, and written beside the page
//! (`Route::preview_image_path`). Before the pages, the chart images readers download
//! ([`chart_images`]), whose sizes the pages' links state.

mod chart_images;
mod early_data;
mod error;
mod previews;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use peel_model::bundle::BundleFile;
use peel_model::html::escape;
use peel_model::pages::embed::{self, embed_map};
use peel_model::pages::preview::MAX_BYTES;
use peel_model::pages::{EmbeddedPage, PageData, Sources, build_page, not_found, site_map};
use peel_model::route::{NOT_FOUND_FILE, Route};
use peel_model::widgets::headline::latest_round_held;
use peel_model::{BUNDLE_VERSION, ForceFile, Index, PlacesFile};
use peel_preview::Renderer;

use crate::app::App;
use crate::content_security_policy;
use crate::site::Site;

pub use error::PrerenderError;

pub struct Options {
    /// Trunk's output folder; pages are written into it.
    pub dist: PathBuf,
    /// The bundle's folder (its files named by [`BundleFile`]).
    pub bundle: PathBuf,
    /// Trunk's `index.html`, kept aside before prerendering overwrites it.
    pub shell: PathBuf,
    pub site: Site,
    /// Where drawn preview images are kept between builds (an image's SVG names it), so that
    /// only changed ones are drawn again; `None`: draw every one.
    pub preview_cache: Option<PathBuf>,
}

/// The Trunk shell split where the page goes.
struct Shell {
    /// Everything before `</head>`.
    head: String,
    /// `<body ...>` as Trunk wrote it.
    body_open: String,
    /// Whatever Trunk put inside `<body>` (scripts), kept after the app's markup.
    body_rest: String,
    /// `</body>` and what follows.
    tail: String,
}

impl Shell {
    fn read(path: &Path) -> Result<Shell, PrerenderError> {
        let html = std::fs::read_to_string(path).map_err(|error| PrerenderError::Read {
            path: path.to_owned(),
            error,
        })?;
        Shell::parse(&html, path)
    }

    fn parse(html: &str, path: &Path) -> Result<Shell, PrerenderError> {
        let bad = |what| PrerenderError::ShellLacks {
            path: path.to_owned(),
            what,
        };
        let head_end = html.find("</head>").ok_or_else(|| bad("</head>"))?;
        let body_start = html.find("<body").ok_or_else(|| bad("<body>"))?;
        let body_open_end = body_start
            + html[body_start..]
                .find('>')
                .ok_or_else(|| bad("complete <body> tag"))?
            + 1;
        let body_end = html.rfind("</body>").ok_or_else(|| bad("</body>"))?;
        if !(head_end < body_start && body_open_end <= body_end) {
            return Err(PrerenderError::ShellOutOfOrder {
                path: path.to_owned(),
            });
        }
        if html[..head_end].contains("<title") {
            return Err(PrerenderError::ShellHasTitle {
                path: path.to_owned(),
            });
        }
        // The Content-Security-Policy goes right after it (`content_security_policy`).
        if content_security_policy::add_to_head(&html[..head_end]).is_none() {
            return Err(bad("complete <meta charset>"));
        }
        let head = load_app_after_first_paint(&html[..head_end]);
        Ok(Shell {
            head,
            body_open: html[body_start..body_open_end].to_owned(),
            body_rest: html[body_open_end..body_end].trim().to_owned(),
            tail: html[body_end..].to_owned(),
        })
    }
}

impl Shell {
    /// The site's `<link rel="icon">` as Trunk wrote it, or nothing.
    fn icon(&self) -> &str {
        let Some(start) = self.head.find("<link rel=\"icon\"") else {
            return "";
        };
        let end = self.head[start..].find('>').map_or(start, |e| start + e + 1);
        &self.head[start..end]
    }
}

pub use previews::Previews;

pub struct Summary {
    pub pages: usize,
    /// Embeddable pages (`/embed/…`), written besides `pages`.
    pub embeds: usize,
    pub previews: Previews,
    /// The maps' and grades' images to download: how many (each as PNG and SVG), their PNGs,
    /// the SVGs' bytes, and the time they took, wall clock.
    pub chart_images: (usize, Previews, u64, Duration),
    /// The whole run, wall clock.
    pub elapsed: Duration,
}

pub fn run(options: &Options) -> Result<Summary, PrerenderError> {
    let started = Instant::now();
    let _ = any_spawner::Executor::init_futures_executor();
    // The fonts first: without them no page is worth rendering.
    let renderer = Arc::new(Renderer::new().map_err(PrerenderError::Fonts)?);
    let shell = Shell::read(&options.shell)?;
    let bundle_file = |file: BundleFile| options.bundle.join(file.name());
    let index: Index = read_json(&bundle_file(BundleFile::Index))?;
    if index.version != BUNDLE_VERSION {
        return Err(PrerenderError::BundleVersion { found: index.version });
    }
    let mut files = Vec::with_capacity(index.forces.len());
    for force in &index.forces {
        let file: ForceFile = read_json(&bundle_file(BundleFile::Force(&force.slug)))?;
        files.push(file);
    }
    let places: PlacesFile = read_json(&bundle_file(BundleFile::Places))?;
    let sources = Sources::new(&index, &files, Some(&places));

    let site = with_national_tables(&options.site, &index);
    let charts_started = Instant::now();
    // Kept apart from the previews' cache, which keeps only what its own build used.
    let chart_cache = options.preview_cache.as_ref().map(|cache| cache.join("charts"));
    let charts = chart_images::write(&options.dist, &sources, &renderer, chart_cache)?;
    let charts_time = charts_started.elapsed();
    // Images are drawn by worker threads while this thread renders the pages.
    let workers = previews::Workers::start(renderer.clone(), options.preview_cache.clone(), MAX_BYTES)?;
    let mut pages = 0;
    let force_slugs: Vec<_> = index.forces.iter().map(|force| force.slug.clone()).collect();
    for route in site_map(&sources) {
        let mut data = build_page(&route, &sources);
        charts.link_from(&mut data, &site);
        if let PageData::NotFound(view) = &data {
            return Err(PrerenderError::NoPage {
                route,
                message: view.message.clone(),
            });
        }
        if let Some(path) = route.preview_image_path() {
            let svg = renderer
                .svg(&data)
                .ok_or_else(|| PrerenderError::NoPreviewTemplate { route: route.clone() })?;
            workers.write(options.dist.join(path.trim_start_matches('/')), svg);
        }
        let early = early_data::script(&route, &site, &force_slugs);
        let html = render(
            &shell,
            &site,
            EmbeddedPage {
                route: route.clone(),
                data,
            },
            early.as_deref(),
        )?;
        write_page(&options.dist, &route, &html)?;
        pages += 1;
    }
    let previews = workers.finish()?;
    let embeds = write_embeds(&options.dist, &sources, &site, &shell)?;

    // What a static host serves for any address it does not have; the app, once loaded,
    // says exactly what was not found.
    let not_found = EmbeddedPage {
        route: Route::parse(NOT_FOUND_FILE),
        data: PageData::NotFound(not_found::any_address()),
    };
    let html = render(&shell, &site, not_found, None)?;
    let file = options.dist.join(NOT_FOUND_FILE.trim_start_matches('/'));
    std::fs::write(&file, html).map_err(|error| PrerenderError::Write { path: file, error })?;
    Ok(Summary {
        pages: pages + 1,
        embeds,
        previews,
        chart_images: (charts.count(), charts.pngs, charts.svg_bytes, charts_time),
        elapsed: started.elapsed(),
    })
}

/// Writes every embed of `embed_map` as a document of its own (`crate::embeds`); returns how
/// many.
fn write_embeds(dist: &Path, sources: &Sources, site: &Site, shell: &Shell) -> Result<usize, PrerenderError> {
    let icon = shell.icon();
    let routes = embed_map(sources);
    for route in &routes {
        let embed =
            embed::build(route, sources).ok_or_else(|| PrerenderError::NoEmbed { path: route.path() })?;
        let owner = Owner::new_root(None);
        let html = owner.with(|| {
            provide_context(site.clone());
            crate::embeds::document(embed, site.base(), icon)
        });
        drop(owner);
        write_file(dist, &route.path(), &html)?;
    }
    Ok(routes.len())
}

/// `site` with its "National tables" link set to the latest round held in `index`.
fn with_national_tables(site: &Site, index: &Index) -> Site {
    match latest_round_held(index) {
        Some(round) => site
            .clone()
            .with_national_tables(&Route::round_table(round).path()),
        None => site.clone(),
    }
}

/// The page's HTML; `script`, an inline script of its own (`early_data`), goes in its head.
fn render(
    shell: &Shell,
    site: &Site,
    page: EmbeddedPage,
    script: Option<&str>,
) -> Result<String, PrerenderError> {
    let url = site.route(&page.route);
    // `<` escaped so the JSON can never close its <script> element.
    let page_json = serde_json::to_string(&page)
        .map_err(|e| PrerenderError::PageData {
            route: page.route.clone(),
            detail: e.to_string(),
        })?
        .replace('<', "\\u003c");

    let (meta_context, meta_output) = ServerMetaContext::new();
    let shared: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(shared.clone()));
    let body = owner.with(|| {
        provide_context(RequestUrl::new(&url));
        provide_context(meta_context);
        let site = site.clone();
        let app = view! { <App site initial=Some(page)/> };
        futures::executor::block_on(app.to_html_stream_in_order().collect::<String>())
    });
    let resources = match shared.pending_data() {
        Some(stream) => futures::executor::block_on(stream.collect::<Vec<String>>()).concat(),
        None => String::new(),
    };

    let mut head = shell.head.clone();
    head.push_str(&format!(
        "<meta name=\"peel-base-path\" content=\"{}\"><meta name=\"peel-origin\" content=\"{}\">\
         <meta name=\"peel-national-tables\" content=\"{}\">",
        escape(site.base()),
        escape(site.origin()),
        escape(site.national_tables())
    ));
    head.push_str(&format!(
        "<script id=\"page-data\" type=\"application/json\">{page_json}</script>"
    ));
    // Leptos' hydration state (empty lists for these pages, whose data is the page data above);
    // its hash goes into the policy with the shell's inline script and style.
    head.push_str(&format!("<script>{resources}</script>"));
    if let Some(script) = script {
        head.push_str(&format!("<script>{script}</script>"));
    }
    // The shell's <meta charset> was found when it was read (`Shell::parse`).
    let head = content_security_policy::add_to_head(&head).unwrap_or(head);

    let mut html = String::with_capacity(head.len() + body.len() + 1024);
    html.push_str(&head);
    // leptos_meta puts the page's title and meta tags after this marker, and finds it again
    // when hydrating.
    html.push_str("<!--HEAD--></head>");
    html.push_str(&shell.body_open);
    // Nothing may precede the app's markup in <body>: hydration walks it from the first node.
    html.push_str(&body);
    html.push_str(&shell.body_rest);
    html.push_str(&shell.tail);

    let with_meta = futures::executor::block_on(async move {
        meta_output
            .inject_meta_context(futures::stream::iter([html]))
            .await
            .collect::<String>()
            .await
    });
    drop(owner);
    Ok(with_meta)
}

fn write_page(dist: &Path, route: &Route, html: &str) -> Result<(), PrerenderError> {
    write_file(dist, &route.path(), html)
}

/// Writes `html` as the `index.html` of the site path `path`'s folder.
fn write_file(dist: &Path, path: &str, html: &str) -> Result<(), PrerenderError> {
    let relative = path.trim_start_matches('/');
    let dir = dist.join(relative);
    std::fs::create_dir_all(&dir).map_err(|error| PrerenderError::CreateFolder {
        path: dir.clone(),
        error,
    })?;
    let file = dir.join("index.html");
    std::fs::write(&file, html).map_err(|error| PrerenderError::Write { path: file, error })
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, PrerenderError> {
    let text = std::fs::read_to_string(path).map_err(|error| PrerenderError::Read {
        path: path.to_owned(),
        error,
    })?;
    serde_json::from_str(&text).map_err(|e| PrerenderError::BundleFile {
        path: path.to_owned(),
        detail: e.to_string(),
    })
}

/// The page is painted before the app is fetched: Trunk's `<link rel="preload" as="fetch">` of
/// the wasm goes, and its loader waits for the first frame to be painted before it fetches and
/// starts the wasm. On a slow connection the HTML and the stylesheet then have the bandwidth to
/// themselves, and the page's largest text is not made to wait for the wasm (Lighthouse counts
/// every request started before it as holding it back: docs/performance.md). A head without
/// Trunk's loader is left as it is.
fn load_app_after_first_paint(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<link") {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        if !(tag.contains("rel=\"preload\"") && tag.contains("as=\"fetch\"")) {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.replacen(
        TRUNK_LOADER_INIT,
        &format!("{AFTER_FIRST_PAINT}\n{TRUNK_LOADER_INIT}"),
        1,
    )
}

/// Where Trunk's loader script fetches and starts the wasm.
const TRUNK_LOADER_INIT: &str = "const wasm = await init(";

/// Resolves once the next frame has been painted (a timer set from a frame callback runs after
/// that frame's paint).
const AFTER_FIRST_PAINT: &str =
    "await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));";

#[cfg(test)]
mod tests;
