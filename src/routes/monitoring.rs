//! `/monitoring/`: the forces HMICFRS moved into enhanced monitoring (Engage): what Engage is,
//! how many forces were in it on the day the reader picks (the address's `date`, a date input
//! for readers with JavaScript; the data's own date without), the map of that day, every spell
//! on one timeline and in a table, and the sources.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use peel_model::pages::MonitoringView;
use peel_model::pages::embed::EmbedOffer;
use peel_model::pages::monitoring::{NO_CONCERNS, SpellRow};
use peel_model::widgets::engage::{EngageOn, NamedForce};
use peel_model::{Date, Route};

use super::use_route;
use crate::components::cite_this_page::Cite;
use crate::components::embed_this::EmbedThis;
use crate::components::engage_timeline::EngageTimeline;
use crate::components::external_link::ExternalLink;
use crate::components::page_meta::PageMeta;
use crate::components::scroll_region::ScrollRegion;
use crate::components::static_content::StaticContent;
use crate::components::tile_map::TileMap;
use crate::site::link;

#[component]
pub fn MonitoringPage(page: Arc<MonitoringView>) -> impl IntoView {
    let title = page.title();
    // The day is the address's query, which the page's data leaves out.
    let route = use_route();
    let asked = Memo::new(move |_| match route.get() {
        Route::Monitoring { date } => date,
        // The address has moved on to another page, whose data is on its way.
        _ => None,
    });
    let on = {
        let page = page.clone();
        Memo::new(move |_| page.day(asked.get()).map(|day| page.on(day)))
    };
    let timeline = page.timeline();
    let marker = {
        let timeline = timeline.clone();
        Signal::derive(move || {
            let day = on.get()?.day();
            Some((timeline.x_of(day)?, day.long()))
        })
    };
    let cite = {
        let page = page.clone();
        move |address: &str| page.citation(address)
    };
    let rows = page.rows();
    let sources = rows.clone();
    view! {
        <PageMeta
            title=title.clone()
            description=page.description()
            route=Route::Monitoring { date: None }
            image=page.preview_image()
        />
        <h1>{title}</h1>
        {page.introduction().into_iter().map(|p| view! { <p class="lead">{p}</p> }).collect_view()}
        {page.as_of_sentence().map(|sentence| view! { <p class="monitoring__as-of">{sentence}</p> })}
        <DayCount page=page.clone() on asked/>
        <section aria-labelledby="monitoring-spells-heading">
            <h2 id="monitoring-spells-heading">"Every spell"</h2>
            <EngageTimeline timeline summary=page.timeline_summary() id="monitoring-timeline" marker/>
            <StaticContent content=move || view! { <SpellTable rows/> }/>
            <EmbedThis offer=Signal::stored(EmbedOffer::of_timeline(&page))/>
        </section>
        <section aria-labelledby="monitoring-sources-heading">
            <h2 id="monitoring-sources-heading">"Sources"</h2>
            <StaticContent content=move || view! { <SourceList rows=sources/> }/>
        </section>
        <Cite route=Route::Monitoring { date: None } cite/>
    }
}

/// How many forces were in Engage on the reader's day, and the map of that day. The date input
/// needs JavaScript; without it the page shows the data's own date.
#[component]
fn DayCount(
    page: Arc<MonitoringView>,
    on: Memo<Option<EngageOn>>,
    asked: Memo<Option<Date>>,
) -> impl IntoView {
    let navigate = use_navigate();
    let pick = move |value: String| {
        let date = Date::parse_iso(&value);
        navigate(
            &link(&Route::Monitoring { date }),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        )
    };
    let first = page.monitoring.first_day().map(|d| d.to_string());
    let last = page.monitoring.last_day().map(|d| d.to_string());
    let shown = {
        let page = page.clone();
        move || page.day(asked.get()).map(|d| d.to_string()).unwrap_or_default()
    };
    let sentence = move || on.get().map(|on| on.sentence()).unwrap_or_default();
    let forces = {
        let page = page.clone();
        move || {
            on.get().and_then(|on| match on {
            EngageOn::Counted { sure, unsure, .. } if !(sure.is_empty() && unsure.is_empty()) => {
                Some(view! {
                    <ul class="monitoring__forces">
                        {sure.into_iter().map(|force| view! { <li>{force_link(&page, force)}</li> }).collect_view()}
                        {unsure
                            .into_iter()
                            .map(|u| view! { <li>{force_link(&page, u.force)}" (may have been)"</li> })
                            .collect_view()}
                    </ul>
                })
            }
            _ => None,
        })
        }
    };
    let map = move || {
        on.get().and_then(|on| page.map_on(&on)).map(
            |map| view! { <StaticContent content=move || view! { <TileMap map id="monitoring-map"/> }/> },
        )
    };
    view! {
        <section aria-labelledby="monitoring-day-heading">
            <h2 id="monitoring-day-heading">"On a day"</h2>
            <form class="monitoring__day js-only" aria-label="Choose a day" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="monitoring-date">"Day"</label>
                    <input
                        type="date"
                        id="monitoring-date"
                        min=first
                        max=last
                        prop:value=shown
                        on:change=move |ev| pick(event_target_value(&ev))
                    />
                </div>
            </form>
            <p class="monitoring__count" role="status" aria-live="polite">{sentence}</p>
            {forces}
            {map}
        </section>
    }
}

/// A force's name, linked to its page where the data has it.
fn force_link(page: &MonitoringView, force: NamedForce) -> AnyView {
    match page.page_of(&force.slug) {
        Some(route) => view! { <a href=link(&route)>{force.name}</a> }.into_any(),
        None => force.name.into_any(),
    }
}

/// The timeline's text twin: a row per spell.
#[component]
fn SpellTable(rows: Vec<SpellRow>) -> impl IntoView {
    let caption = "Every spell in enhanced monitoring (Engage), by date moved in";
    view! {
        <ScrollRegion label=caption>
            <table class="data-table monitoring__table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Force"</th>
                        <th scope="col">"Moved in"</th>
                        <th scope="col">"Moved out"</th>
                        <th scope="col">"What the concerns were about"</th>
                        <th scope="col">"Source"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <SpellTableRow row/> }).collect_view()}
                </tbody>
            </table>
        </ScrollRegion>
    }
}

#[component]
fn SpellTableRow(row: SpellRow) -> impl IntoView {
    let force = match row.page {
        Some(page) => view! { <a href=link(&page)>{row.force.name}</a> }.into_any(),
        None => row.force.name.into_any(),
    };
    let concerns = if row.concerns.is_empty() {
        NO_CONCERNS.into_any()
    } else {
        view! {
            <ul class="monitoring__concerns">
                {row.concerns.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let source = row.source;
    let publisher = match source.link {
        Some(href) => view! { <a href=href>{source.publisher}</a> }.into_any(),
        None => source.publisher.into_any(),
    };
    view! {
        <tr>
            <th scope="row">{force}</th>
            <td>{row.entered}</td>
            <td>{row.left}</td>
            <td>{concerns}</td>
            <td>
                {publisher}
                " "
                <a href=format!("#monitoring-source-{}", source.number) target="_self">
                    {format!("(source {})", source.number)}
                </a>
            </td>
        </tr>
    }
}

/// Each spell's source: its publisher, how the dates were read, its address (a link only for
/// an official page).
#[component]
fn SourceList(rows: Vec<SpellRow>) -> impl IntoView {
    view! {
        <ol class="monitoring__sources">
            {rows
                .into_iter()
                .map(|row| {
                    let source = row.source;
                    view! {
                        <li id=format!("monitoring-source-{}", source.number)>
                            {format!("{}: {}. ", row.force.name, source.note)}
                            <ExternalLink href=source.url>{source.publisher}</ExternalLink>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
