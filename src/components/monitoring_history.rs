//! A force's spells in enhanced monitoring (the Engage phase), in its page's history: each with
//! its dates as precise as the source gave them, and the source. Nothing for a force never in
//! Engage.

use leptos::prelude::*;
use peel_model::widgets::footnotes::Footnotes;
use peel_model::widgets::force_monitoring::ForceMonitoring;

use super::cited_source::CitedSource;

#[component]
pub fn MonitoringHistory(monitoring: ForceMonitoring, footnotes: Footnotes) -> impl IntoView {
    let spells: Vec<_> = monitoring
        .history()
        .into_iter()
        .map(|(line, url)| (line, footnotes.cite(url)))
        .collect();
    (!spells.is_empty()).then(move || {
        view! {
            <div class="monitoring-history">
                <h3>"Enhanced monitoring"</h3>
                <ul>
                    {spells
                        .into_iter()
                        .map(|(line, cited)| view! {
                            <li>{format!("{line}. ")}{cited.map(|cited| view! { <CitedSource cited/> })}</li>
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// Examples for the component examples' page and tests (`components::examples`): Staffordshire's
/// spell of `data/monitoring.csv` (the fixture's own forces were never in Engage).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    let staffordshire = super::examples::engage_monitoring(fixture, "staffordshire");
    let footnotes = Footnotes::of(&fixture.index.publishers, staffordshire.source_urls(true));
    vec![super::examples::Example::new(
        "A force once in enhanced monitoring",
        move || view! { <MonitoringHistory monitoring=staffordshire footnotes/> },
    )]
}
