//! Where a page's facts come from: the official page, the date of the data, the licence; and,
//! on paper, the addresses of this page and of the source written out.

use leptos::prelude::*;
use peel_model::{Date, Route};

use super::external_link::ExternalLink;
use crate::site::use_site;

#[component]
pub fn SourceNote(
    /// This page, written out when printed.
    route: Route,
    /// The official page for what this page shows.
    page_url: String,
    /// What the official page is, in words: "Northamptonshire Police, PEEL 2016 on the HMICFRS website".
    page_label: String,
    data_date: Option<Date>,
    /// Held page text this page was built from, where there is one.
    source_file: Option<String>,
) -> impl IntoView {
    // The prerenderer knows the origin only if the deployer gave it; the browser always does.
    let this_page = RwSignal::new(use_site().absolute(&route.path()));
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) {
            this_page.set(href);
        }
    });
    view! {
        <aside class="source-note" aria-label="Source and licence">
            <h2>"Source"</h2>
            <p>"Official page: " <ExternalLink href=page_url.clone() class="source-note__url">{page_label}</ExternalLink></p>
            <p class="print-only">"Source: " <span class="source-note__url">{page_url}</span></p>
            <p class="print-only">"This page: " <span class="source-note__url print-address">{move || this_page.get()}</span></p>
            {source_file.map(|file| view! { <p>"Report text from the captured page held as " <code>{file}</code> "."</p> })}
            <p>
                {match data_date {
                    Some(date) => format!("PEEL Explorer’s data was last changed on {}.", date.long()),
                    None => "The date of the data is not recorded.".to_owned(),
                }}
            </p>
            <p>
                "Crown copyright, reused under the "
                <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                    "Open Government Licence v3.0"
                </a>
                "."
            </p>
        </aside>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round};
    let page = force_round(fixture, "/force/northamptonshire/2016/");
    let year = page.year.clone();
    let source_file = page.report.map(|r| r.source_file);
    vec![Example::new(
        "A force-round page with its report text held",
        move || {
            view! {
                <SourceNote
                    route=year.round_route()
                    page_url=year.page_url.clone()
                    page_label=format!("{} on the HMICFRS website", year.title())
                    data_date=year.data_date
                    source_file
                />
            }
        },
    )]
}
