//! `/places/`: every place name with the force that covers it, A to Z. Finding a force by place
//! without JavaScript; the search box offers the same names as the reader types.

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::PlacesView;
use peel_model::wording::{NOT_HELD, sentence_case};

use crate::components::page_meta::PageMeta;
use crate::components::static_content::StaticContent;
use crate::site::link;

#[component]
pub fn PlacesPage(places: PlacesView) -> impl IntoView {
    let title = "Find your police force by place".to_owned();
    view! {
        <PageMeta
            title=title.clone()
            description=format!(
                "{} towns, cities, councils and counties of England and Wales, each with the police force that covers it.",
                places.place_count
            )
            route=Route::Places
        />
        <h1>{title}</h1>
        <p class="lead">
            "Every council area, county and larger town of England and Wales, with the police force that covers it. Names that span several forces, such as London, are left out."
        </p>
        // 1,171 names never change once shown: hydration takes them as prerendered instead of
        // walking 3,600 elements (docs/performance.md).
        <StaticContent content=move || view! { <PlaceList places/> }/>
    }
}

/// The letters A to Z, then each letter's places with their forces.
#[component]
fn PlaceList(mut places: PlacesView) -> impl IntoView {
    // The letters are consumed while `places` is still read for each place's force.
    let letters = std::mem::take(&mut places.letters);
    view! {
        <nav class="letter-nav" aria-label="Places by initial letter">
            <ul>
                {letters
                    .iter()
                    .map(|l| view! { <li><a href=format!("#{}", l.id()) target="_self">{l.letter.clone()}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
        {letters
            .into_iter()
            .map(|letter| {
                let id = letter.id();
                let labelled_by = id.clone();
                view! {
                    <section class="places" aria-labelledby=labelled_by>
                        <h2 id=id>{letter.letter}</h2>
                        <ul class="places__list">
                            {letter
                                .places
                                .into_iter()
                                .map(|place| {
                                    let force = match places.force_of(&place) {
                                        Some(force) => view! { <a href=link(&force.page)>{force.name.clone()}</a> }.into_any(),
                                        None => sentence_case(NOT_HELD).into_any(),
                                    };
                                    view! {
                                        <li>
                                            <span class="places__name">{place.name}</span>
                                            {format!(" ({}): ", place.what)}
                                            {force}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
    }
}
