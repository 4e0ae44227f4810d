//! Shows a page once its data is at hand, a status while it loads, and what went wrong if it
//! could not load.

use std::sync::Arc;

use leptos::prelude::*;
use peel_model::views::PageData;

use crate::data::Load;
use crate::routes::not_found::NotFoundContent;

/// Renders `page` with the loaded data; a "not found" view is rendered here for every route.
#[component]
pub fn Loaded<F, V>(load: ReadSignal<Load>, page: F) -> impl IntoView
where
    F: Fn(Arc<PageData>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || match load.get() {
        Load::Loading => view! { <p class="status" role="status">"Loading…"</p> }.into_any(),
        Load::Failed(message) => view! {
            <div class="error-summary" role="alert">
                <h1>"This page could not be loaded"</h1>
                <p>{format!("PEEL Explorer could not load its data: {message}.")}</p>
                <p>"Check your connection and reload the page to try again."</p>
            </div>
        }
        .into_any(),
        Load::Ready(data) => match &*data {
            PageData::NotFound(view) => view! { <NotFoundContent view=view.clone()/> }.into_any(),
            _ => page(data.clone()).into_any(),
        },
    }
}
