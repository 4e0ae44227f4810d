//! The page for an address PEEL Explorer does not have.

use leptos::prelude::*;

use super::use_route;
use crate::components::loaded::Loaded;
use crate::data::use_page;

/// The router's fallback: any path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let (load, retry) = use_page(use_route());
    view! { <Loaded load retry page=|_| ().into_any()/> }
}
