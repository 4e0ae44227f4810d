//! Renders every route to static HTML at build time (feature `ssr`, a native program).
//!
//! Each page is the Trunk shell with the page's head tags, its data embedded as JSON, and the
//! app's markup as the whole `<body>`, so it reads without JavaScript and hydrates with it.
//!
//! Force-round, pillar and table pages also get their link-preview image
//! ([`peel_preview`]): laid out from the same page data here, drawn to PNG by worker threads
//! ([`previews`]) while the pages render, and written beside the page
//! (`Route::preview_image_path`).

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

pub use previews::Previews;

pub struct Summary {
    pub pages: usize,
    pub previews: Previews,
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
    // Images are drawn by worker threads while this thread renders the pages.
    let workers = previews::Workers::start(renderer.clone(), options.preview_cache.clone())?;
    let mut pages = 0;
    for route in site_map(&sources) {
        let data = build_page(&route, &sources);
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
        let html = render(
            &shell,
            &site,
            EmbeddedPage {
                route: route.clone(),
                data,
            },
        )?;
        write_page(&options.dist, &route, &html)?;
        pages += 1;
    }
    let previews = workers.finish()?;

    // What a static host serves for any address it does not have; the app, once loaded,
    // says exactly what was not found.
    let not_found = EmbeddedPage {
        route: Route::parse(NOT_FOUND_FILE),
        data: PageData::NotFound(not_found::any_address()),
    };
    let html = render(&shell, &site, not_found)?;
    let file = options.dist.join(NOT_FOUND_FILE.trim_start_matches('/'));
    std::fs::write(&file, html).map_err(|error| PrerenderError::Write { path: file, error })?;
    Ok(Summary {
        pages: pages + 1,
        previews,
        elapsed: started.elapsed(),
    })
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

fn render(shell: &Shell, site: &Site, page: EmbeddedPage) -> Result<String, PrerenderError> {
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
    let path = route.path();
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
mod tests {
    //! Every kind of address through the app's one route, and every link of every page: each
    //! page of the site map rendered as the prerenderer renders it, from the real data.

    use super::*;
    use peel_ingest::bundle;

    const SHELL: &str =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>";

    struct Data {
        index: Index,
        files: Vec<ForceFile>,
        places: PlacesFile,
    }

    fn data() -> Data {
        let built = bundle::project_bundle();
        Data {
            index: built.index,
            files: built.forces,
            places: built.places,
        }
    }

    impl Data {
        fn sources(&self) -> Sources<'_> {
            Sources::new(&self.index, &self.files, Some(&self.places))
        }
    }

    #[test]
    fn the_app_is_fetched_after_the_first_paint() {
        let trunk = "<head><script type=\"module\">\nimport init, * as bindings from '/app-1.js';\n\
                     const wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\
                     <link rel=\"stylesheet\" href=\"/main-1.css\"/>\
                     <link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\">\
                     <link rel=\"preload\" href=\"/app-1_bg.wasm\" crossorigin=\"anonymous\" \
                     integrity=\"sha384-x\" as=\"fetch\" type=\"application/wasm\">";
        let head = load_app_after_first_paint(trunk);
        assert!(
            !head.contains("_bg.wasm\" crossorigin"),
            "the wasm's preload goes: {head}"
        );
        assert!(head.contains("<link rel=\"modulepreload\" href=\"/app-1.js\""));
        assert!(head.contains("<link rel=\"stylesheet\" href=\"/main-1.css\"/>"));
        let waits = head.find(AFTER_FIRST_PAINT).expect("the loader waits");
        assert!(waits < head.find(TRUNK_LOADER_INIT).unwrap(), "{head}");
        assert_eq!(load_app_after_first_paint(SHELL), SHELL);
    }

    #[test]
    fn a_shell_no_page_can_be_built_on_is_refused_with_the_reason() {
        let path = Path::new("dist/index.html");
        let cases = [
            (
                "<html><body></body></html>",
                "the shell dist/index.html has no </head>",
            ),
            (
                "<html><head><meta charset=\"utf-8\"></head></html>",
                "the shell dist/index.html has no <body>",
            ),
            (
                "<html><head><meta charset=\"utf-8\"><title>x</title></head><body></body></html>",
                "the shell dist/index.html has a <title>; each page sets its own",
            ),
            (
                "<html><head></head><body></body></html>",
                "the shell dist/index.html has no complete <meta charset>",
            ),
            (
                "<html><body></body><head><meta charset=\"utf-8\"></head></html>",
                "the shell dist/index.html is not laid out as <head>…</head><body>…</body>",
            ),
        ];
        for (html, reason) in cases {
            let error = Shell::parse(html, path)
                .err()
                .unwrap_or_else(|| panic!("{html} taken"));
            assert_eq!(error.to_string(), reason, "{html}");
        }
        assert!(Shell::parse(SHELL, path).is_ok());
    }

    fn render_route(site: &Data, route: &Route) -> String {
        render_route_at(site, route, &Site::new("/", ""))
    }

    fn render_route_at(site: &Data, route: &Route, at: &Site) -> String {
        let _ = any_spawner::Executor::init_futures_executor();
        let shell = Shell::parse(SHELL, Path::new("test shell")).unwrap();
        let data = build_page(route, &site.sources());
        render(
            &shell,
            &with_national_tables(at, &site.index),
            EmbeddedPage {
                route: route.clone(),
                data,
            },
        )
        .unwrap()
    }

    /// The `<main>` element's markup.
    fn main_of(html: &str) -> &str {
        let start = html.find("<main").expect("a <main>");
        let end = html.find("</main>").expect("a </main>");
        &html[start..end]
    }

    /// Every `href` of the markup, entities decoded.
    fn hrefs(html: &str) -> Vec<String> {
        html.split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(|href| href.replace("&amp;", "&"))
            .collect()
    }

    #[test]
    fn every_kind_of_address_shows_its_page_at_the_root_and_under_a_sub_path() {
        let site = data();
        // One address of each kind, and addresses the route type says are no page.
        let cases = [
            ("/", "Police inspection findings"),
            ("/force/kent/", "Kent Police"),
            ("/force/northamptonshire/2016/", "Northamptonshire Police"),
            ("/force/northamptonshire/2016/effectiveness/", "Effectiveness"),
            ("/round/2016/", "PEEL 2016: grades of every force"),
            ("/round/2016/?sort=region", "PEEL 2016: grades of every force"),
            ("/compare/?forces=kent,essex", "Compare Kent Police, Essex Police"),
            ("/places/", "Find your police force by place"),
            ("/force/kent/2099/", "Page not found"),
            ("/force/kent/2016/bravery/", "Page not found"),
            ("/nowhere/at/all/", "Page not found"),
        ];
        for at in [Site::new("/", ""), Site::new("/peel/", "")] {
            for (path, heading) in cases {
                let address = at.href(path);
                let html = render_route_at(&site, &Route::parse(path), &at);
                let main = main_of(&html);
                let h1 = main
                    .split("<h1")
                    .nth(1)
                    .and_then(|rest| rest.split_once('>'))
                    .map(|(_, rest)| rest.split("</h1>").next().unwrap_or(""))
                    .unwrap_or_else(|| panic!("{address}: no <h1> in {main}"));
                assert!(
                    h1.contains(heading),
                    "{address}: the page shows “{h1}”, not “{heading}”"
                );
            }
        }
    }

    /// The `content` of the page's `<meta>` whose `property` or `name` is `key`.
    fn meta(html: &str, key: &str) -> Option<String> {
        ["property", "name"].iter().find_map(|attribute| {
            let start = html.find(&format!("<meta {attribute}=\"{key}\" content=\""))?;
            let rest = &html[start..];
            let value = rest.split("content=\"").nth(1)?.split('"').next()?;
            Some(value.replace("&amp;", "&").replace("&quot;", "\""))
        })
    }

    #[test]
    fn force_round_pillar_and_table_pages_link_their_preview_image() {
        let site = data();
        for path in [
            "/force/kent/2016/",
            "/force/kent/2016/effectiveness/",
            "/round/2021-22/",
        ] {
            let route = Route::parse(path);
            let html = render_route(&site, &route);
            let image = format!("{path}preview.png");
            assert_eq!(meta(&html, "og:image").as_deref(), Some(image.as_str()), "{path}");
            assert_eq!(meta(&html, "og:image:width").as_deref(), Some("1200"), "{path}");
            assert_eq!(meta(&html, "og:image:height").as_deref(), Some("630"), "{path}");
            assert_eq!(
                meta(&html, "og:image:type").as_deref(),
                Some("image/png"),
                "{path}"
            );
            assert_eq!(
                meta(&html, "twitter:card").as_deref(),
                Some("summary_large_image"),
                "{path}"
            );
            let alt = meta(&html, "og:image:alt").unwrap_or_default();
            let data = build_page(&route, &site.sources());
            assert_eq!(Some(alt), data.preview_image().map(|i| i.alt), "{path}");
            // Under a sub-path with the origin known: the absolute address scrapers need.
            let html = render_route_at(&site, &route, &Site::new("/peel/", "https://example.org"));
            assert_eq!(
                meta(&html, "og:image"),
                Some(format!("https://example.org/peel{image}")),
                "{path}"
            );
        }
        for path in ["/", "/force/kent/", "/compare/", "/places/"] {
            let html = render_route(&site, &Route::parse(path));
            assert_eq!(meta(&html, "og:image"), None, "{path}");
            assert_eq!(meta(&html, "twitter:card"), None, "{path}");
        }
    }

    #[test]
    fn the_maps_and_the_citation_are_in_the_static_html_without_inline_styles() {
        let site = data();
        for path in ["/", "/round/2016/", "/round/2023-25/"] {
            let html = render_route(&site, &Route::parse(path));
            let main = main_of(&html);
            assert_eq!(
                main.matches("class=\"tile-map__tile ").count(),
                site.index.forces.len(),
                "{path}: a square for every force"
            );
            // A strict Content-Security-Policy is coming: no style attributes.
            assert!(!main.contains(" style="), "{path} has an inline style");
        }
        let kent_2016 = render_route(&site, &Route::parse("/force/kent/2016/"));
        let main = main_of(&kent_2016);
        assert!(main.contains("Cite this page"));
        let year = site
            .index
            .force_round(&"kent".parse().unwrap(), peel_model::Round::R2016)
            .expect("Kent 2016 is held");
        // Without an origin the address is the path; the test bundle records no date.
        assert!(main.contains("Kent Police, PEEL 2016. PEEL Explorer. /force/kent/2016/\nDate of the data"));
        assert!(main.contains(&format!("\nSource: {}\n", year.page_url)));
    }

    #[test]
    fn every_page_reads_back_as_itself_and_every_link_leads_to_a_page() {
        let site = data();
        let sources = site.sources();
        let routes = site_map(&sources);
        assert!(routes.len() > 800, "{} pages", routes.len());
        let mut checked = std::collections::BTreeSet::new();
        for route in &routes {
            assert_eq!(&Route::parse(&route.path()), route, "{route}");
            for href in hrefs(&render_route(&site, route)) {
                // Only the site's own pages: not other sites, not in-page links.
                if !href.starts_with('/') || href.starts_with("//") || !checked.insert(href.clone()) {
                    continue;
                }
                let target = Route::parse(&href);
                assert!(
                    !matches!(target, Route::NotFound { .. }),
                    "{route} links to {href}, which is no page"
                );
                let data = build_page(&target, &sources);
                if let PageData::NotFound(view) = data {
                    panic!("{route} links to {href}: {}", view.message);
                }
            }
        }
        assert!(checked.len() > 100, "{} distinct links", checked.len());
    }

    #[test]
    fn report_text_is_escaped_in_the_prerendered_html() {
        let mut site = data();
        let hostile =
            "<script>alert(1)</script><img src=x onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">x</a>";
        let file = site
            .files
            .iter_mut()
            .find(|f| f.reports.iter().any(|r| !r.hmi_observations.is_empty()))
            .expect("a report");
        let report = file
            .reports
            .iter_mut()
            .find(|r| !r.hmi_observations.is_empty())
            .unwrap();
        report.hmi_observations[0] = hostile.to_owned();
        let route = Route::ForceRound {
            force: file.force.slug.clone(),
            round: report.round,
        };
        let html = render_route(&site, &route);
        let main = main_of(&html);
        assert!(
            main.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror="),
            "{main}"
        );
        for bad in ["<script", "<img", "<a href=\"javascript:"] {
            if let Some(at) = main.find(bad) {
                panic!(
                    "{bad} in the page: …{}…",
                    &main[at.saturating_sub(200)..(at + 200).min(main.len())]
                );
            }
        }
        // The embedded page data cannot close its script element either.
        assert!(!html.contains("</script><img"));
    }
}
