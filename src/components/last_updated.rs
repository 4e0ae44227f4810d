//! "Last updated 12 December 2016": when a section of the report was last changed.

use leptos::prelude::*;
use peel_model::Date;

/// Nothing where the date is not held.
#[component]
pub fn LastUpdated(date: Option<Date>) -> impl IntoView {
    date.map(|d| view! { <p class="last-updated">"Last updated " <time datetime=d.to_string()>{d.long()}</time></p> })
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::Example;
    let date = fixture.report().pillars[0].last_updated;
    vec![
        Example::new("A section's date", move || view! { <LastUpdated date/> }),
        Example::new("No date held: nothing", || view! { <LastUpdated date=None/> }),
    ]
}
