//! One file per page. The router's table (`app.rs`) picks the page component from the address's
//! shape; each page reads the address as a typed [`Route`] through [`use_route`].

pub mod compare;
pub mod force_latest;
pub mod force_round;
pub mod home;
pub mod not_found;
pub mod pillar;
pub mod places;
pub mod round_table;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use peel_model::Route;

use crate::site::use_site;

/// The current address as a route (below the site's base, with its query).
pub(crate) fn use_route() -> Memo<Route> {
    let location = use_location();
    let site = use_site();
    Memo::new(move |_| {
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
