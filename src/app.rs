//! The app shell: header, routes, footer.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use peel_model::pages::EmbeddedPage;

use crate::components::announcer::LiveRegion;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::data::PageStore;
use crate::routes::{
    compare::ComparePage, force_latest::ForceLatestPage, force_round::ForceRoundPage, home::HomePage,
    not_found::NotFoundPage, pillar::PillarPage, places::PlacesPage, round_table::RoundTablePage,
};
use crate::site::Site;

/// The whole app. `initial` is the page the HTML was prerendered with (none when the app
/// starts on a path that was not prerendered, such as a 404).
#[component]
pub fn App(site: Site, initial: Option<EmbeddedPage>) -> impl IntoView {
    provide_meta_context();
    let router_base = site.base().to_owned();
    provide_context(PageStore::new(site.clone(), initial));
    provide_context(site);
    // Tests and scripts wait for this: the app has taken over the page.
    #[cfg(feature = "hydrate")]
    Effect::new(|_| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-app", "ready");
        }
    });
    view! {
        <Router base=router_base>
            // In-page links carry target="_self" so the router leaves them to the browser: native
            // fragment navigation moves focus and sets :target; the router still hears of it.
            <a class="skip-link" href="#main-content" target="_self">"Skip to main content"</a>
            <SiteHeader/>
            <main id="main-content" class="page" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/force/:force") view=ForceLatestPage/>
                    <Route path=path!("/force/:force/:round") view=ForceRoundPage/>
                    <Route path=path!("/force/:force/:round/:pillar") view=PillarPage/>
                    <Route path=path!("/round/:round") view=RoundTablePage/>
                    <Route path=path!("/compare") view=ComparePage/>
                    <Route path=path!("/places") view=PlacesPage/>
                </Routes>
            </main>
            <SiteFooter/>
            <LiveRegion/>
        </Router>
    }
}
