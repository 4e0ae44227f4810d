//! The header on every page.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use peel_model::Route;

use super::force_search::ForceSearch;
use crate::site::{href, link, use_site};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let navigate = use_navigate();
    // The latest round's table, as the prerenderer found it in the data.
    let national_tables = href(use_site().national_tables());
    let go_to_force =
        Callback::new(move |slug: String| navigate(&link(&Route::force_page(&slug)), Default::default()));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__name" href=link(&Route::Home)>"PEEL Explorer"</a>
                <nav class="site-header__nav" aria-label="Main">
                    <ul>
                        <li><a href=link(&Route::Home)>"Forces"</a></li>
                        <li><a href=national_tables>"National tables"</a></li>
                        <li><a href=link(&Route::Compare(Default::default()))>"Compare"</a></li>
                        <li><a href=link(&Route::Monitoring { date: None })>"Monitoring"</a></li>
                    </ul>
                </nav>
                <ForceSearch id="header-search" label="Find a force" on_choose=go_to_force/>
            </div>
        </header>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    // The latest round's table, as the prerenderer finds it in the data.
    let tables = peel_model::widgets::headline::latest_round_held(&fixture.index)
        .map(|round| Route::round_table(round).path())
        .unwrap_or_default();
    vec![super::examples::Example::new("On every page", move || {
        provide_context(use_site().with_national_tables(&tables));
        view! { <SiteHeader/> }
    })]
}
