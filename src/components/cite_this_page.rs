//! "Cite this page": the page's citation as plain text (built by the model: a force's page's by
//! its [`ForceYear`], another page's by its view), with a button that copies exactly that text and
//! says so.

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::ForceYear;
use peel_model::widgets::footnotes::Footnotes;

use super::copy_link::CopyButton;
use crate::site::use_site;

/// The citation of one of `year`'s pages, titled `title`, at `route`, naming the `sources` its
/// grades rest on (the page's footnotes).
#[component]
pub fn CiteThisPage(year: ForceYear, title: String, route: Route, sources: Footnotes) -> impl IntoView {
    view! { <Cite route cite=move |address: &str| year.citation(&title, address, &sources)/> }
}

/// The citation `cite` writes for the page at `route`, given its address as the reader sees it
/// (with its query, which follows the page's state as it changes).
#[component]
pub fn Cite<F>(route: Route, cite: F) -> impl IntoView
where
    F: Fn(&str) -> String + Send + Sync + 'static,
{
    // The prerenderer knows the origin only if the deployer gave it; the browser always does.
    let address = RwSignal::new(use_site().absolute(&route.path()));
    #[cfg(feature = "hydrate")]
    {
        // The router's location, not the address bar: the router updates it at once when the
        // page changes its query (a table sorted or filtered), the address bar a moment later.
        let location = leptos_router::hooks::use_location();
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        Effect::new(move |_| {
            // The page in its state, not the section the reader arrived at.
            let mut page = origin.clone() + &location.pathname.get();
            location.search.with(|search| {
                if !search.is_empty() {
                    page.push('?');
                    page.push_str(search);
                }
            });
            address.set(page);
        });
    }
    let text = Memo::new(move |_| cite(&address.get()));
    view! {
        <section class="cite" id="cite" aria-labelledby="cite-heading">
            <h2 id="cite-heading">"Cite this page"</h2>
            <p class="cite__text" id="cite-text">{move || text.get()}</p>
            <p class="cite__actions js-only">
                <CopyButton
                    text=text
                    idle="Copy the citation"
                    done="Citation copied"
                    failed="Could not copy the citation. Select its text and copy it instead."
                    fallback="Could not copy: select the text above and copy it."
                    class="cite"
                />
            </p>
        </section>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round};
    let page = force_round(fixture, "/force/kent/2023-25/");
    let route = page.year.round_route();
    vec![Example::new("A force-round page's citation", move || {
        view! { <CiteThisPage year=page.year.clone() title=page.title() route sources=page.footnotes.clone()/> }
    })]
}
