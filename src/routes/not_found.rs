//! The page for an address PEEL Explorer does not have: what was not found, and where to go
//! instead.

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::NotFoundView;
use peel_model::route::NOT_FOUND_FILE;

use crate::components::page_meta::PageMeta;
use crate::site::link;

#[component]
pub fn NotFoundPage(not_found: NotFoundView) -> impl IntoView {
    let NotFoundView { message, suggestions } = not_found;
    view! {
        <PageMeta
            title="Page not found".to_owned()
            description=message.clone()
            route=Route::parse(NOT_FOUND_FILE)
        />
        <div class="not-found">
            <h1>"Page not found"</h1>
            <p class="lead">{message}</p>
            {(!suggestions.is_empty()).then(|| view! {
                <h2>"You may be looking for"</h2>
                <ul>
                    {suggestions
                        .into_iter()
                        .map(|(label, route)| view! { <li><a href=link(&route)>{label}</a></li> })
                        .collect_view()}
                </ul>
            })}
            <p><a href=link(&Route::Home)>"Go to the list of police forces"</a></p>
        </div>
    }
}
