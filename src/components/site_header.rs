//! The header on every page.

use leptos::prelude::*;

use crate::site::href;

#[component]
pub fn SiteHeader() -> impl IntoView {
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
            </div>
        </header>
    }
}
