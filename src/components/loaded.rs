//! Shows a page once its data is at hand, a status while it loads, and what went wrong if it
//! could not load: in the reader's words, with Retry where retrying can help, and a way to open
//! the page without the app (every page exists prerendered on the server).

use leptos::prelude::*;
use peel_model::pages::PageData;

use crate::data::Load;

/// Renders `page` with the loaded data.
#[component]
pub fn Loaded(load: ReadSignal<Load>, retry: Callback<()>, page: fn(&PageData) -> AnyView) -> impl IntoView {
    move || match load.get() {
        Load::Loading => view! { <p class="status" role="status">"Loading…"</p> }.into_any(),
        Load::Failed(error) => {
            let can_retry = error.can_retry();
            view! {
                <div class="error-summary" role="alert">
                    <h1>"This page could not be loaded"</h1>
                    <p>{error.sentence()}</p>
                    <p class="error-summary__actions">
                        {can_retry.then(|| view! {
                            <button type="button" class="button" on:click=move |_| retry.run(())>"Retry"</button>
                        })}
                        " "
                        <a href="" target="_self" rel="external" on:click=|ev| {
                            // A full load of this address: the server has the page prerendered.
                            ev.prevent_default();
                            reload_page();
                        }>"Open this page without the app"</a>
                    </p>
                </div>
            }
            .into_any()
        }
        Load::Ready(data) => page(&data),
    }
}

fn reload_page() {
    #[cfg(feature = "hydrate")]
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let _ = location.reload();
    }
}
