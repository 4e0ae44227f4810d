//! `/`: the 43 forces by region with their latest grades.

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::home::{ForceCard, HomeMap, HomeView};

use leptos_router::hooks::use_navigate;

use crate::components::force_search::ForceSearch;
use crate::components::grade_tag::GradeTag;
use crate::components::page_meta::PageMeta;
use crate::components::static_content::StaticContent;
use crate::components::tile_map::TileMap;
use crate::site::link;

#[component]
pub fn HomePage(home: HomeView) -> impl IntoView {
    let force_count = home.force_count();
    view! {
        <PageMeta
            title="PEEL Explorer: police inspection findings for England and Wales".to_owned()
            description=format!(
                "Read and compare the HMICFRS PEEL inspection grades of the {force_count} police forces of England and Wales, round by round."
            )
            route=Route::Home
        />
        <h1>"Police inspection findings for England and Wales"</h1>
        <p class="lead">
            "HMICFRS inspects the " {force_count} " police forces of England and Wales and grades how effective, efficient and legitimate each is (PEEL). Choose a force to read its findings."
        </p>
        {home.engage.map(|line| view! {
            <p class="home-monitoring"><a href=link(&Route::Monitoring { date: None })>{line}</a></p>
        })}
        <HomeSearch/>
        {home.map.map(|map| view! { <HomeMapSection map/> })}
        <section aria-labelledby="coverage-heading" class="coverage">
            <h2 id="coverage-heading">"What the data covers"</h2>
            <ul>
                {home
                    .coverage
                    .iter()
                    .map(|c| {
                        let round = c.coverage.round;
                        view! {
                            <li>
                                <a href=link(&Route::round_table(round))>{format!("PEEL {}", round.label())}</a>
                                {format!(": {}", c.sentence())}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="forces-heading">
            <h2 id="forces-heading">"Forces by region"</h2>
            <StaticContent content=move || home
                .regions
                .into_iter()
                .map(|region| {
                    view! {
                        <section class="region">
                            <h3>{region.region}</h3>
                            <ul class="force-list">
                                {region.forces.into_iter().map(|force| view! { <ForceListItem force/> }).collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()/>
        </section>
    }
}

/// The round with the most grades held, on the map, with the way to its table.
#[component]
fn HomeMapSection(map: HomeMap) -> impl IntoView {
    let sentence = map.sentence();
    let table_words = map.table_words();
    let table = map.table.clone();
    let heading = map.heading();
    let tiles = map.map;
    view! {
        <section class="home-map" aria-labelledby="home-map-heading">
            <h2 id="home-map-heading">{heading}</h2>
            <p>{sentence}</p>
            <StaticContent content=move || view! { <TileMap map=tiles id="home-map"/> }/>
            <p class="home-map__table"><a href=link(&table)>{table_words}</a></p>
        </section>
    }
}

#[component]
fn ForceListItem(force: ForceCard) -> impl IntoView {
    let route = force.route();
    let round_words = force.round_words();
    view! {
        <li class="force-list__item">
            <a class="force-list__name" href=link(&route)>{force.name}</a>
            {match force.round {
                Some(_) => view! {
                    <span class="force-list__round">{round_words}</span>
                    <dl class="force-list__grades">
                        {force
                            .grades
                            .into_iter()
                            .map(|g| view! {
                                <div>
                                    <dt>{g.area.label()}</dt>
                                    <dd><GradeTag judgement=g.judgement/></dd>
                                </div>
                            })
                            .collect_view()}
                    </dl>
                }
                .into_any(),
                None => view! { <span class="force-list__round">{round_words}</span> }.into_any(),
            }}
        </li>
    }
}

/// The home page's search; without JavaScript the list below is the way to a force.
#[component]
fn HomeSearch() -> impl IntoView {
    let navigate = use_navigate();
    let go_to_force =
        Callback::new(move |slug: String| navigate(&link(&Route::force_page(&slug)), Default::default()));
    view! {
        <ForceSearch id="home-search" label="Search for a police force" on_choose=go_to_force/>
        <p class="home-places">
            <a href=link(&Route::Places)>"Find your force in the list of towns, cities, councils and counties"</a>
        </p>
    }
}
