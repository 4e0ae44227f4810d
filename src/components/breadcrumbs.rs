//! Where the page sits: Home > Force > Round > Pillar, the last marked as the current page.

use leptos::prelude::*;
use peel_model::Route;

use crate::site::link;

/// `trail` is (label, page); the last entry is the current page.
#[component]
pub fn Breadcrumbs(trail: Vec<(String, Route)>) -> impl IntoView {
    let last = trail.len().saturating_sub(1);
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                {trail
                    .into_iter()
                    .enumerate()
                    .map(|(i, (label, route))| view! {
                        <li><a href=link(&route) aria-current=(i == last).then_some("page")>{label}</a></li>
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
