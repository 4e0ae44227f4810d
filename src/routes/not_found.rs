//! The page for an address PEEL Explorer does not have.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use peel_model::views::{NotFoundView, PageRequest};

use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::data::use_page;
use crate::site::{href, use_site};

/// The router's fallback: any path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let location = use_location();
    let site = use_site();
    let load = use_page(move || {
        let pathname = location.pathname.get();
        let path = site.strip(&pathname).unwrap_or(&pathname).to_owned();
        PageRequest::NotFound { path }
    });
    view! { <Loaded load page=|_| ()/> }
}

#[component]
pub fn NotFoundContent(view: NotFoundView) -> impl IntoView {
    let NotFoundView { message, suggestions } = view;
    view! {
        <PageMeta
            title="Page not found".to_owned()
            description=message.clone()
            path="/404.html".to_owned()
        />
        <div class="not-found">
            <h1>"Page not found"</h1>
            <p class="lead">{message}</p>
            {(!suggestions.is_empty()).then(|| view! {
                <h2>"You may be looking for"</h2>
                <ul>
                    {suggestions
                        .into_iter()
                        .map(|(label, path)| view! { <li><a href=href(&path)>{label}</a></li> })
                        .collect_view()}
                </ul>
            })}
            <p><a href=href("/")>"Go to the list of police forces"</a></p>
        </div>
    }
}
