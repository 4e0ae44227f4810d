//! `/compare/?forces=a,b[,c,d]&round=2016`: two to four forces side by side: grades for a round,
//! grade histories and key facts where held. The address always reproduces the comparison.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use peel_model::pages::compare::{CompareView, area_sentences, describe, key_fact_rows, suggestions};
use peel_model::pages::export::{Download, ExportError, Format, compare_download};
use peel_model::wording::NOT_HELD;

use crate::components::cite_this_page::Cite;
use crate::components::download::DownloadLinks;
use crate::components::force_search::ForceSearch;
use crate::components::grade_history::GradeHistory;
use crate::components::grade_tag::GradeTag;
use crate::components::page_meta::PageMeta;
use crate::components::round_switcher::RoundNav;
use crate::components::scroll_region::ScrollRegion;
use crate::site::link;

#[component]
pub fn ComparePage(comparison: Arc<CompareView>) -> impl IntoView {
    let navigate = use_navigate();
    let add = {
        let comparison = comparison.clone();
        Callback::new(move |slug: String| {
            navigate(
                &link(&comparison.with_force(&slug)),
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            )
        })
    };
    let excluded = Signal::stored(
        comparison
            .shown
            .forces
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>(),
    );
    let title = comparison.title();
    let refs = comparison.force_refs();
    let suggested: Vec<(String, peel_model::Route)> = suggestions(&comparison.shown, &refs)
        .into_iter()
        .map(|f| (f.name.to_owned(), comparison.with_force(f.slug)))
        .collect();
    let download = {
        let comparison = comparison.clone();
        Callback::new(move |format: Format| compare_download(&comparison, format))
    };
    view! {
        <PageMeta
            title=title.clone()
            description=describe(&comparison) + "."
            route=comparison.route()
        />
        <h1>{title}</h1>
        <p class="lead">{describe(&comparison) + "."}</p>
        {comparison.unknown_sentence().map(|sentence| view! {
            <p class="error-summary" role="alert">{sentence}</p>
        })}
        {comparison.left_out_sentence().map(|sentence| view! {
            <p class="error-summary compare-left-out" role="status">{sentence}</p>
        })}
        <section class="compare-picker" aria-labelledby="picker-heading">
            <h2 id="picker-heading">"Forces compared"</h2>
            {(!comparison.forces.is_empty()).then(|| view! {
                <ul class="chosen-forces">
                    {comparison
                        .forces
                        .iter()
                        .map(|f| {
                            let without = comparison.without_force(&f.slug);
                            view! {
                                <li class="chosen-forces__item">
                                    <span class="chosen-forces__name">{f.name.clone()}</span>
                                    <span class="chosen-forces__region">{f.region.clone()}</span>
                                    <a href=link(&without) class="chosen-forces__remove">
                                        "Remove" <span class="visually-hidden">{format!(" {}", f.name)}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            })}
            {if comparison.shown.is_full() {
                view! { <p class="note">"Four forces is the most that can be compared; remove one to add another."</p> }.into_any()
            } else {
                view! { <ForceSearch id="compare-search" label="Add a force" on_choose=add exclude=excluded/> }.into_any()
            }}
            {(!suggested.is_empty()).then(|| view! {
                <div class="suggestions">
                    <h3>"Suggested: forces in the same region"</h3>
                    <ul>
                        {suggested
                            .into_iter()
                            .map(|(name, route)| view! {
                                <li><a href=link(&route)>"Add " {name}</a></li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            })}
        </section>
        {comparison.round.filter(|_| !comparison.forces.is_empty()).map(|round| {
            let links = comparison.round_links();
            view! { <RoundNav label="Round compared" title="Round" links current=Some(round)/> }
        })}
        {(!comparison.forces.is_empty()).then(|| view! { <Comparison comparison=comparison.clone() download/> })}
        {(!comparison.forces.is_empty()).then(|| {
            let route = comparison.route();
            view! { <Cite route cite=move |address: &str| comparison.citation(address)/> }
        })}
    }
}

#[component]
fn Comparison(
    comparison: Arc<CompareView>,
    download: Callback<Format, Result<Download, ExportError>>,
) -> impl IntoView {
    view! {
        <CompareGrades comparison=comparison.clone() download/>
        <CompareHistory comparison=comparison.clone()/>
        <CompareKeyFacts comparison/>
    }
}

#[component]
fn CompareGrades(
    comparison: Arc<CompareView>,
    download: Callback<Format, Result<Download, ExportError>>,
) -> impl IntoView {
    comparison.round.map(|round| view! {
        <section id="grades" aria-labelledby="grades-heading">
            <h2 id="grades-heading">{format!("Grades in PEEL {}", round.label())}</h2>
            <ul class="visually-hidden">
                {area_sentences(&comparison).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
            <ScrollRegion label=format!("PEEL {} grades", round.label())>
                <table class="grade-table compare-table">
                    <caption>{format!("PEEL {} grades", round.label())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{if comparison.has_pillars() { "Pillar" } else { "Area" }}</th>
                            {comparison.forces.iter().map(|f| view! { <th scope="col">{f.name.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {comparison
                            .areas
                            .iter()
                            .map(|area| {
                                let cells = comparison
                                    .forces
                                    .iter()
                                    .map(|f| {
                                        let judgement = f.headline.iter().find(|h| &h.area == area).and_then(|h| h.judgement);
                                        view! { <td><GradeTag judgement/></td> }
                                    })
                                    .collect_view();
                                view! { <tr><th scope="row">{area.label()}</th>{cells}</tr> }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </ScrollRegion>
            <DownloadLinks what="the comparison" make=download/>
        </section>
    })
}

#[component]
fn CompareHistory(comparison: Arc<CompareView>) -> impl IntoView {
    view! {
        <section id="history" aria-labelledby="history-heading">
            <h2 id="history-heading">"Grades over time"</h2>
            {comparison
                .forces
                .iter()
                .map(|f| view! {
                    <section class="compare-history" aria-labelledby=format!("history-{}", f.slug)>
                        <h3 id=format!("history-{}", f.slug)>{f.name.clone()}</h3>
                        <GradeHistory
                            histories=f.history.clone()
                            round_kinds=comparison.round_kinds.clone()
                            force_name=f.name.clone()
                        />
                    </section>
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn CompareKeyFacts(comparison: Arc<CompareView>) -> impl IntoView {
    let facts = key_fact_rows(&comparison);
    let table = if facts.is_empty() {
        view! { <p>"No key facts are held for these forces: PEEL Explorer has them only where it holds a force’s full report."</p> }.into_any()
    } else {
        let headers = comparison
            .forces
            .iter()
            .map(|f| {
                let period = f
                    .key_facts
                    .as_ref()
                    .map(|(round, k)| format!(" (PEEL {}, figures for {})", round.label(), k.period));
                view! { <th scope="col">{f.name.clone()}{period}</th> }
            })
            .collect_view();
        let rows = facts
            .into_iter()
            .map(|row| {
                let cells = row
                    .values
                    .into_iter()
                    .map(|value| view! { <td>{value.map(|v| v.sentence).unwrap_or_else(|| peel_model::wording::sentence_case(NOT_HELD))}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{row.label}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <ScrollRegion label="Key facts">
                <table class="data-table">
                    <caption>"Key facts, from each force’s latest report held"</caption>
                    <thead><tr><th scope="col">"Figure"</th>{headers}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollRegion>
        }
        .into_any()
    };
    view! {
        <section id="key-facts" aria-labelledby="key-facts-heading">
            <h2 id="key-facts-heading">"Key facts"</h2>
            {table}
        </section>
    }
}
