//! The footer on every page: what the data is, its licence and where to download it.

use leptos::prelude::*;
use peel_model::Route;

use crate::site::link;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "PEEL Explorer shows findings of "
                <a href="https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/">
                    "HMICFRS PEEL assessments"
                </a>
                " (police effectiveness, efficiency and legitimacy) for the 43 police forces of England and Wales. It is not an official HMICFRS site."
            </p>
            <p>
                "Contains public sector information licensed under the "
                <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                    "Open Government Licence v3.0"
                </a>
                ". Published PEEL material is Crown copyright."
            </p>
            <p>
                <a href=link(&Route::Data)>"Download the data"</a>
                " (every grade as CSV or JSON), with the credit line to use."
            </p>
        </footer>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(_: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    vec![super::examples::Example::new(
        "On every page",
        || view! { <SiteFooter/> },
    )]
}
