//! The app shell: header, the page at the current address, footer.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use peel_model::pages::EmbeddedPage;

use crate::components::announcer::{Announcer, LiveRegion};
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::data::PageStore;
use crate::routes::{CurrentPage, PrerenderedRoute};
use crate::site::Site;

/// The whole app. `initial` is the page the HTML was prerendered with (none when the app
/// starts on a path that was not prerendered, such as a 404). `prerendered` is the route the
/// HTML was rendered for while it differs from the address (see [`PrerenderedRoute`]).
#[component]
pub fn App(
    site: Site,
    initial: Option<EmbeddedPage>,
    #[prop(optional)] prerendered: Option<RwSignal<Option<peel_model::Route>>>,
) -> impl IntoView {
    provide_meta_context();
    if let Some(prerendered) = prerendered {
        provide_context(PrerenderedRoute(prerendered));
    }
    let router_base = site.base().to_owned();
    provide_context(PageStore::new(site.clone(), initial));
    provide_context(site);
    provide_context(Announcer::new());
    // Tests and scripts wait for this: the app has taken over the page, and shows the state in
    // its address.
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if prerendered.is_some_and(|p| p.with(Option::is_some)) {
            return;
        }
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-app", "ready");
        }
        crate::timing::mark("peel:ready");
    });
    view! {
        <Router base=router_base>
            // In-page links carry target="_self" so the router leaves them to the browser: native
            // fragment navigation moves focus and sets :target; the router still hears of it.
            <a class="skip-link" href="#main-content" target="_self">"Skip to main content"</a>
            <FocusOnNavigation/>
            <SiteHeader/>
            <main id="main-content" class="page" tabindex="-1">
                // One route for every address (the fallback: one outside the base path); the page
                // is picked from `Route::parse` (`routes::CurrentPage`). `<Routes>` stays for
                // completing navigations: it has the address bar and scroll position updated.
                <Routes fallback=CurrentPage>
                    <Route path=path!("/*address") view=CurrentPage/>
                </Routes>
            </main>
            <SiteFooter/>
            <LiveRegion/>
        </Router>
    }
}

/// When the reader moves to another page inside the app, focus moves to the new page's heading
/// and the page is announced, as a full page load would do for a screen reader. A change of the
/// query only (sorting or filtering a table) stays where the reader is.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        let location = leptos_router::hooks::use_location();
        let announcer = crate::components::announcer::use_announcer();
        Effect::new(move |previous: Option<String>| {
            let path = location.pathname.get();
            if previous.as_ref().is_some_and(|p| *p != path) {
                focus_heading_when_shown(announcer, 300);
            }
            path
        });
    }
}

/// Focuses `main h1` once the page has loaded (a page built in the browser shows a status
/// first), trying on each frame for up to `frames` frames.
#[cfg(feature = "hydrate")]
fn focus_heading_when_shown(announcer: Announcer, frames: u32) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let loading = document.query_selector("main p.status").ok().flatten().is_some();
        let heading = document
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(heading) if !loading => {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
                announcer.say(document.title());
            }
            _ if frames > 0 => focus_heading_when_shown(announcer, frames - 1),
            _ => {}
        }
    });
}
