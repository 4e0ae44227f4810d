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
        None,
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
        ("/monitoring/", "Enhanced monitoring (Engage)"),
        ("/monitoring/?date=2023-06-01", "Enhanced monitoring (Engage)"),
        ("/monitoring/?date=1999-01-01", "Enhanced monitoring (Engage)"),
        ("/data/", "Download the data"),
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
fn force_round_pillar_table_and_monitoring_pages_link_their_preview_image() {
    let site = data();
    for path in [
        "/force/kent/2016/",
        "/force/kent/2016/effectiveness/",
        "/round/2021-22/",
        "/monitoring/",
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
fn the_data_page_links_every_download_of_the_bundle_and_the_footer_links_the_data_page() {
    let site = data();
    for at in [Site::new("/", ""), Site::new("/peel/", "")] {
        let html = render_route_at(&site, &Route::Data, &at);
        let links = hrefs(main_of(&html));
        assert_eq!(
            site.index.downloads.len(),
            2 * (1 + site.index.all_rounds().len() + 2)
        );
        for download in &site.index.downloads {
            let path = at.file(&download.path(peel_model::bundle::Layout::CURRENT));
            assert!(links.contains(&path), "/data/ links {path}");
        }
        assert!(main_of(&html).contains("PEEL Explorer, data: HMICFRS, Open Government Licence v3.0"));
        let home = render_route_at(&site, &Route::Home, &at);
        assert!(
            hrefs(&home).contains(&at.href("/data/")),
            "the footer links /data/"
        );
    }
}

#[test]
fn the_maps_and_the_citation_are_in_the_static_html_without_inline_styles() {
    let site = data();
    for path in ["/", "/round/2016/", "/round/2023-25/", "/monitoring/"] {
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
    // Without an origin the address is the path; the test bundle records no date.
    assert!(main.contains("Kent Police, PEEL 2016. PEEL Explorer. /force/kent/2016/\nDate of the data"));
    // The sources Kent's 2016 grades rest on, with their publishers.
    let PageData::ForceRound(page) = build_page(&Route::parse("/force/kent/2016/"), &site.sources()) else {
        panic!("Kent 2016 is a force-round page")
    };
    let first = &page.footnotes.sources[0];
    assert!(
        main.contains(&format!("{}, {}", first.publisher, first.url)),
        "the citation names {} ({})",
        first.publisher,
        first.url
    );
}

#[test]
fn every_page_reads_back_as_itself_and_every_link_leads_to_a_page() {
    let site = data();
    let sources = site.sources();
    let routes = site_map(&sources);
    assert!(routes.len() > 800, "{} pages", routes.len());
    let mut checked = std::collections::BTreeSet::new();
    // Files of the bundle (the downloads of /data/): the site's link check finds them in dist/.
    let bundle_files = format!("/{}/", peel_model::bundle::Layout::CURRENT.dir());
    for route in &routes {
        assert_eq!(&Route::parse(&route.path()), route, "{route}");
        for href in hrefs(&render_route(&site, route)) {
            // Only the site's own pages: not other sites, not in-page links.
            if !href.starts_with('/')
                || href.starts_with("//")
                || href.starts_with(&bundle_files)
                || !checked.insert(href.clone())
            {
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
