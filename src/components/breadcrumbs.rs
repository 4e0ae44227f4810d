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

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, pillar};
    let page = pillar(fixture, "/force/northamptonshire/2016/effectiveness/");
    let year = page.year.clone();
    let trail = vec![
        ("Home".to_owned(), Route::Home),
        (year.force.name.clone(), year.force_route()),
        (format!("PEEL {}", year.round.label()), year.round_route()),
        (page.pillar.label().to_owned(), page.route()),
    ];
    vec![Example::new(
        "A pillar page's trail",
        move || view! { <Breadcrumbs trail/> },
    )]
}
