//! Browser start-up: hydrate the prerendered page, or render afresh where the HTML was not
//! rendered for this address (the 404 page, or a query the prerenderer did not know).

use leptos::prelude::*;
use peel_model::pages::EmbeddedPage;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::app::App;
use crate::site::Site;

#[wasm_bindgen(start)]
pub fn start() {
    // The hook's message formatting costs the release wasm about 1 KB brotli; a release panic
    // still stops the app with a RuntimeError in the console, and a debug build says why.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    mark("peel:start");
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let meta = |name: &str| {
        document
            .query_selector(&format!("meta[name='{name}']"))
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_default()
    };
    let site = Site::new(&meta("peel-base-path"), &meta("peel-origin"));
    let embedded: Option<EmbeddedPage> = document
        .get_element_by_id("page-data")
        .and_then(|script| script.text_content())
        .and_then(|json| match parse_embedded(&json) {
            Ok(page) => Some(page),
            Err(e) => {
                leptos::logging::warn!(
                    "PEEL Explorer: the page's embedded data is unreadable ({e}); loading it afresh"
                );
                None
            }
        });
    let location = document.location();
    let here = location
        .as_ref()
        .and_then(|l| Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?)))
        .unwrap_or_default();
    let rendered_for_here = embedded
        .as_ref()
        .is_some_and(|page| site.route(&page.route) == here);
    if rendered_for_here {
        leptos::mount::hydrate_body(move || view! { <App site initial=embedded/> });
        mark("peel:hydrated");
    } else {
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
        leptos::mount::mount_to_body(move || view! { <App site initial=None/> });
        mark("peel:mounted");
    }
}

/// The embedded page, parsed by the browser's `JSON.parse` (no JSON parser in the wasm).
fn parse_embedded(json: &str) -> Result<EmbeddedPage, String> {
    let value = js_sys::JSON::parse(json).map_err(|e| format!("{e:?}"))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// A User Timing mark (`performance.mark`), so that a trace of a load can tell start-up,
/// hydration and the effects that follow apart (docs/performance.md).
pub(crate) fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
