//! Renders every route to static HTML at build time (feature `ssr`, a native program).
//!
//! Each page is the Trunk shell with the page's head tags, its data embedded as JSON, and the
//! app's markup as the whole `<body>`, so it reads without JavaScript and hydrates with it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use peel_model::pages::{EmbeddedPage, PageData, build_page, not_found, site_map};
use peel_model::route::{NOT_FOUND_FILE, Route};
use peel_model::{BUNDLE_VERSION, ForceFile, Index};

use crate::app::App;
use crate::site::Site;

pub struct Options {
    /// Trunk's output folder; pages are written into it.
    pub dist: PathBuf,
    /// The bundle folder (`index.json`, `force/`).
    pub bundle: PathBuf,
    /// Trunk's `index.html`, kept aside before prerendering overwrites it.
    pub shell: PathBuf,
    pub site: Site,
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
    fn read(path: &Path) -> Result<Shell, String> {
        let html = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the shell {}: {e}", path.display()))?;
        let bad = |what: &str| format!("the shell {} has no {what}", path.display());
        let head_end = html.find("</head>").ok_or_else(|| bad("</head>"))?;
        let body_start = html.find("<body").ok_or_else(|| bad("<body>"))?;
        let body_open_end = body_start
            + html[body_start..]
                .find('>')
                .ok_or_else(|| bad("complete <body> tag"))?
            + 1;
        let body_end = html.rfind("</body>").ok_or_else(|| bad("</body>"))?;
        if !(head_end < body_start && body_open_end <= body_end) {
            return Err(format!(
                "the shell {} is not laid out as <head>…</head><body>…</body>",
                path.display()
            ));
        }
        if html[..head_end].contains("<title") {
            return Err(format!(
                "the shell {} has a <title>; each page sets its own",
                path.display()
            ));
        }
        Ok(Shell {
            head: html[..head_end].to_owned(),
            body_open: html[body_start..body_open_end].to_owned(),
            body_rest: html[body_open_end..body_end].trim().to_owned(),
            tail: html[body_end..].to_owned(),
        })
    }
}

pub struct Summary {
    pub pages: usize,
}

pub fn run(options: &Options) -> Result<Summary, String> {
    let _ = any_spawner::Executor::init_futures_executor();
    let shell = Shell::read(&options.shell)?;
    let index: Index = read_json(&options.bundle.join("index.json"))?;
    if index.version != BUNDLE_VERSION {
        return Err(format!(
            "the bundle is version {}, this program renders version {BUNDLE_VERSION}",
            index.version
        ));
    }
    let mut files = Vec::with_capacity(index.forces.len());
    for force in &index.forces {
        let file: ForceFile = read_json(&options.bundle.join("force").join(format!("{}.json", force.slug)))?;
        files.push(file);
    }
    let force_file = |slug: &str| files.iter().find(|f| f.force.slug == slug);

    let mut pages = 0;
    for route in site_map(&index, &force_file) {
        let data = build_page(&route, &index, &force_file);
        if let PageData::NotFound(view) = &data {
            return Err(format!("route {route} has no page: {}", view.message));
        }
        let html = render(
            &shell,
            &options.site,
            EmbeddedPage {
                route: route.clone(),
                data,
            },
        )?;
        write_page(&options.dist, &route, &html)?;
        pages += 1;
    }

    // What a static host serves for any address it does not have; the app, once loaded,
    // says exactly what was not found.
    let not_found = EmbeddedPage {
        route: Route::parse(NOT_FOUND_FILE),
        data: PageData::NotFound(not_found::any_address()),
    };
    let html = render(&shell, &options.site, not_found)?;
    let file = options.dist.join(NOT_FOUND_FILE.trim_start_matches('/'));
    std::fs::write(&file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(Summary { pages: pages + 1 })
}

fn render(shell: &Shell, site: &Site, page: EmbeddedPage) -> Result<String, String> {
    let path = page.route.path();
    let url = site.route(&page.route);
    // `<` escaped so the JSON can never close its <script> element.
    let page_json = serde_json::to_string(&page)
        .map_err(|e| format!("{path}: {e}"))?
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

    let mut html = String::with_capacity(shell.head.len() + body.len() + page_json.len() + 1024);
    html.push_str(&shell.head);
    html.push_str(&format!(
        "<meta name=\"peel-base-path\" content=\"{}\"><meta name=\"peel-origin\" content=\"{}\">",
        escape_attribute(site.base()),
        escape_attribute(site.origin())
    ));
    html.push_str(&format!(
        "<script id=\"page-data\" type=\"application/json\">{page_json}</script>"
    ));
    html.push_str(&format!("<script>{resources}</script>"));
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

fn write_page(dist: &Path, route: &Route, html: &str) -> Result<(), String> {
    let path = route.path();
    let relative = path.trim_start_matches('/');
    let dir = dist.join(relative);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let file = dir.join("index.html");
    std::fs::write(&file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: not a valid bundle file: {e}", path.display()))
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
