//! Where the page sits: Home > Force > Round > Pillar, the last marked as the current page.

use leptos::prelude::*;

use crate::site::href;

/// `trail` is (label, site path); the last entry is the current page.
#[component]
pub fn Breadcrumbs(trail: Vec<(String, String)>) -> impl IntoView {
    let last = trail.len().saturating_sub(1);
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
                {trail
                    .into_iter()
                    .enumerate()
                    .map(|(i, (label, path))| view! {
                        <li><a href=href(&path) aria-current=(i == last).then_some("page")>{label}</a></li>
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
