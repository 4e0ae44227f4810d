//! A fact's source beside the fact: its publisher in words, linked only where the source is an
//! official page, and the number of its footnote in the page's list of sources.

use leptos::prelude::*;
use peel_model::widgets::footnotes::{Cited, footnote_id};

#[component]
pub fn CitedSource(cited: Cited) -> impl IntoView {
    let Cited {
        number,
        publisher,
        link,
    } = cited;
    let name = match link {
        Some(href) => view! { <a href=href>{publisher}</a> }.into_any(),
        None => view! { <span>{publisher}</span> }.into_any(),
    };
    view! {
        <span class="cited-source">
            "Source: " {name} " "
            <a class="cited-source__number" href=format!("#{}", footnote_id(number))>
                <span class="visually-hidden">"source "</span>
                {format!("[{number}]")}
            </a>
        </span>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round, pillar};
    let kent = force_round(fixture, "/force/kent/2023-25/");
    let news = kent.held_grades().into_iter().find_map(|g| g.source);
    let derbyshire = pillar(fixture, "/force/derbyshire/2016/effectiveness/");
    let official = derbyshire.grade_source();
    vec![
        Example::new("A newspaper: named, not linked", move || {
            news.map(|cited| view! { <p><CitedSource cited/></p> })
        }),
        Example::new("An official page: named and linked", move || {
            official.map(|cited| view! { <p><CitedSource cited/></p> })
        }),
    ]
}
