//! The notice at the top of each of a force's pages while HMICFRS holds it in enhanced
//! monitoring (the Engage phase), as of the month the sources reach: since when, what the
//! inspectorate's concerns were about, and the source.

use leptos::prelude::*;
use peel_model::widgets::footnotes::Footnotes;
use peel_model::widgets::force_monitoring::{EngageNotice, national_page};

use super::cited_source::CitedSource;
use crate::site::link;

#[component]
pub fn MonitoringNotice(notice: EngageNotice, footnotes: Footnotes) -> impl IntoView {
    let EngageNotice {
        heading,
        sentence,
        concerns,
        source_url,
    } = notice;
    let cited = footnotes.cite(&source_url);
    view! {
        <section class="monitoring-notice" id="enhanced-monitoring" aria-labelledby="monitoring-notice-heading">
            <h2 id="monitoring-notice-heading">{heading}</h2>
            <p>{sentence}</p>
            {(!concerns.is_empty()).then(|| view! {
                <p class="monitoring-notice__concerns-intro">"The inspectorate’s concerns were about:"</p>
                <ul class="monitoring-notice__concerns">
                    {concerns.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                </ul>
            })}
            {cited.map(|cited| view! { <p><CitedSource cited/></p> })}
            <p><a href=link(&national_page())>"Every force in enhanced monitoring"</a></p>
        </section>
    }
}

/// Examples for the component examples' page and tests (`components::examples`): Lincolnshire's
/// spell of `data/monitoring.csv` (the fixture's own forces were never in Engage).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    let lincolnshire = super::examples::engage_monitoring(fixture, "lincolnshire");
    let footnotes = Footnotes::of(&fixture.index.publishers, lincolnshire.source_urls(false));
    let notice = lincolnshire.notice("Lincolnshire Police");
    vec![super::examples::Example::new(
        "A force in enhanced monitoring as of the sources' month",
        move || notice.map(|notice| view! { <MonitoringNotice notice footnotes/> }),
    )]
}
