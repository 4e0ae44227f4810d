//! "Last updated 12 December 2016": when a section of the report was last changed.

use leptos::prelude::*;
use peel_model::Date;

/// Nothing where the date is not held.
#[component]
pub fn LastUpdated(date: Option<Date>) -> impl IntoView {
    date.map(|d| view! { <p class="last-updated">"Last updated " <time datetime=d.to_string()>{d.long()}</time></p> })
}
