//! Browser start-up: hydrate the prerendered page, or render afresh where the HTML was not
//! rendered for this address (the 404 page, or a query the prerenderer did not know).
//!
//! Hydrating start-up is three tasks, not one: instantiating the wasm, hydrating, and the first
//! run of the effects. A reader's tap or scroll can be handled between them, and a phone's main
//! thread is blocked for the longest of the three rather than their sum (docs/performance.md).

use leptos::prelude::*;
use peel_model::pages::EmbeddedPage;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::app::App;
use crate::site::Site;
use crate::timing::mark;

#[wasm_bindgen(start)]
pub fn start() {
    // The hook's message formatting costs the release wasm about 1 KB brotli. A release panic
    // aborts (a WebAssembly trap, no message, for size: xtask/src/wasm_toolchain.rs); the page
    // shell's listener tells the reader (index.html). A debug build says why in the console.
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
    let site = Site::new(&meta("peel-base-path"), &meta("peel-origin"))
        .with_national_tables(&meta("peel-national-tables"));
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
    // A page prerendered for this address's page but not its query (a national table opened
    // sorted, or an address with a campaign tag) is hydrated as prerendered, and the query's
    // state applied in a later task: rendering it afresh was one long task (docs/performance.md).
    let hydrate_as = embedded.as_ref().and_then(|page| {
        if site.route(&page.route) == here {
            return Some(None);
        }
        let path = site.strip(&here)?;
        let wanted = peel_model::Route::parse(path);
        let same_page = page.route == page.route.data_route() && wanted.data_route() == page.route;
        same_page.then(|| Some(page.route.clone()))
    });
    if let Some(prerendered) = hydrate_as {
        let prerendered = RwSignal::new(prerendered);
        effects_wait::hold();
        in_next_task(move || {
            crate::components::static_content::while_hydrating(|| {
                leptos::mount::hydrate_body(move || view! { <App site initial=embedded prerendered/> })
            });
            mark("peel:hydrated");
            in_next_task(move || {
                effects_wait::release();
                // The address's own state, after the effects' first run.
                in_next_task(move || prerendered.set(None));
            });
        });
    } else {
        // Rendered afresh in one task: split, the reader would see the page go blank between.
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
        leptos::mount::mount_to_body(move || view! { <App site initial=None/> });
        mark("peel:mounted");
    }
}

/// Runs `f` in a task of its own, after the browser has had the chance to handle input (a
/// zero-delay timer); at once if no timer can be set.
fn in_next_task(f: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let pending = Rc::new(Cell::new(Some(f)));
    let callback = Closure::once_into_js({
        let pending = pending.clone();
        move || {
            if let Some(f) = pending.take() {
                f()
            }
        }
    });
    let scheduled = web_sys::window().is_some_and(|window| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0)
            .is_ok()
    });
    if !scheduled && let Some(f) = pending.take() {
        f()
    }
}

/// The embedded page, parsed by the browser's `JSON.parse` (no JSON parser in the wasm).
fn parse_embedded(json: &str) -> Result<EmbeddedPage, String> {
    let value = js_sys::JSON::parse(json).map_err(|e| format!("{e:?}"))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// The app's async executor: the browser's microtask queue (as Leptos' own), except that what is
/// spawned while the page hydrates (the first run of every effect) waits for the next task.
/// Otherwise those first runs would run in the same task as hydration, lengthening the one long
/// task a phone is blocked for.
mod effects_wait {
    use std::cell::RefCell;

    use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};

    thread_local! {
        /// `Some` while held: what was spawned meanwhile, in order.
        static HELD: RefCell<Option<Vec<PinnedLocalFuture<()>>>> = const { RefCell::new(None) };
    }

    struct HoldingExecutor;

    impl CustomExecutor for HoldingExecutor {
        fn spawn(&self, future: PinnedFuture<()>) {
            self.spawn_local(future)
        }

        fn spawn_local(&self, future: PinnedLocalFuture<()>) {
            let future = HELD.with_borrow_mut(|held| match held {
                Some(held) => {
                    held.push(future);
                    None
                }
                None => Some(future),
            });
            if let Some(future) = future {
                wasm_bindgen_futures::spawn_local(future);
            }
        }

        fn poll_local(&self) {}
    }

    /// From now until [`release`], spawned futures wait. Installs the executor (Leptos' own
    /// attempt to install one then finds it set, and leaves it).
    pub fn hold() {
        HELD.with_borrow_mut(|held| *held = Some(Vec::new()));
        if Executor::init_local_custom_executor(HoldingExecutor).is_err() {
            // Another executor was set first: nothing is held, nothing is lost.
            HELD.with_borrow_mut(|held| *held = None);
        }
    }

    /// Runs what was held, in the order it was spawned, and stops holding.
    pub fn release() {
        let held = HELD.with_borrow_mut(|held| held.take()).unwrap_or_default();
        for future in held {
            wasm_bindgen_futures::spawn_local(future);
        }
    }
}
