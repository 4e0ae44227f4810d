//! One file per page, each a component taking its page's typed view, as Leptos' hackernews
//! example keeps its routes. The router has one route for every address ([`CurrentPage`]): the
//! address is read as a [`Route`] (`Route::parse`, the only table of addresses), its data built
//! or fetched, and the page picked by the kind of data, so the compiler checks every kind has
//! its page.

pub mod compare;
pub mod data;
pub mod force_latest;
pub mod force_round;
pub mod home;
pub mod monitoring;
pub mod not_found;
pub mod pillar;
pub mod places;
pub mod round_table;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use peel_model::Route;
use peel_model::pages::PageData;

use crate::components::loaded::Loaded;
use crate::data::use_page;
use crate::site::use_site;

/// The page at the current address, whatever it is: the router's one route (and its fallback,
/// for an address outside the site's base path).
#[component]
pub fn CurrentPage() -> impl IntoView {
    let (load, retry) = use_page(use_route());
    view! { <Loaded load retry page/> }
}

/// The page that shows `data`.
fn page(data: &PageData) -> AnyView {
    match data {
        PageData::Home(home) => view! { <home::HomePage home=home.clone()/> }.into_any(),
        PageData::ForceLatest(latest) => {
            view! { <force_latest::ForceLatestPage latest=latest.clone()/> }.into_any()
        }
        PageData::ForceRound(page) => {
            view! { <force_round::ForceRoundPage page=(**page).clone()/> }.into_any()
        }
        PageData::Pillar(page) => view! { <pillar::PillarPage page=(**page).clone()/> }.into_any(),
        PageData::RoundTable(table) => {
            view! { <round_table::RoundTablePage table=Arc::new(table.clone())/> }.into_any()
        }
        PageData::Compare(comparison) => {
            view! { <compare::ComparePage comparison=Arc::new(comparison.clone())/> }.into_any()
        }
        PageData::Places(places) => view! { <places::PlacesPage places=places.clone()/> }.into_any(),
        PageData::Monitoring(page) => {
            view! { <monitoring::MonitoringPage page=Arc::new(page.clone())/> }.into_any()
        }
        PageData::Data(data) => view! { <data::DataPage data=data.clone()/> }.into_any(),
        PageData::NotFound(not_found) => {
            view! { <not_found::NotFoundPage not_found=not_found.clone()/> }.into_any()
        }
    }
}

/// While the app hydrates a page prerendered for the same page as the address but another
/// query (a national table's default order, opened at an address that sorts it), the route the
/// HTML was rendered for, so hydration finds what it renders; then `None`, and the address's
/// own state applies as any later change of query would (`start`).
#[derive(Clone, Copy)]
pub struct PrerenderedRoute(pub RwSignal<Option<Route>>);

/// The current address as a route (below the site's base, with its query).
pub(crate) fn use_route() -> Memo<Route> {
    let location = use_location();
    let site = use_site();
    let prerendered = use_context::<PrerenderedRoute>();
    Memo::new(move |_| {
        if let Some(route) = prerendered.and_then(|p| p.0.get()) {
            return route;
        }
        let pathname = location.pathname.get();
        let search = location.search.get();
        let path = site.strip(&pathname).unwrap_or(&pathname);
        if search.is_empty() {
            Route::parse(path)
        } else {
            Route::parse(&format!("{path}?{search}"))
        }
    })
}
