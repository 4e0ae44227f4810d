//! The header on every page.

use leptos::prelude::*;

use leptos_router::hooks::use_navigate;

use super::force_search::ForceSearch;
use crate::site::href;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let navigate = use_navigate();
    let go_to_force =
        Callback::new(move |slug: String| navigate(&href(&format!("/force/{slug}/")), Default::default()));
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__name" href=href("/")>"PEEL Explorer"</a>
                <nav class="site-header__nav" aria-label="Main">
                    <ul>
                        <li><a href=href("/")>"Forces"</a></li>
                        <li><a href=href("/round/2018-19/")>"National tables"</a></li>
                        <li><a href=href("/compare/")>"Compare"</a></li>
                    </ul>
                </nav>
                <ForceSearch id="header-search" label="Find a force" on_choose=go_to_force/>
            </div>
        </header>
    }
}
