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
                    .map(|(i, (label, path))| {
                        if i == last {
                            view! { <li><a href=href(&path) aria-current="page">{label}</a></li> }
                                .into_any()
                        } else {
                            view! { <li><a href=href(&path)>{label}</a></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
