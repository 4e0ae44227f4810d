//! Report paragraphs, each with a stable id (`hmi-observations-p3`) and a link to itself, so a
//! journalist can cite one paragraph.
//!
//! The paragraphs are static: they are written as one block of HTML escaped by
//! `peel_model::html` and set as the inner HTML of one element, so hydration takes the
//! prerendered block as it is instead of walking every paragraph (docs/performance.md).

use leptos::prelude::*;
use peel_model::html::{Linked, linked_blocks};

/// `prefix` is the section's id; paragraphs are numbered from 1 in the order published.
#[component]
pub fn LinkedParagraphs(prefix: String, paragraphs: Vec<String>) -> impl IntoView {
    let html = linked_blocks(&prefix, &paragraphs, Linked::Paragraph);
    view! { <div class="report-text" inner_html=html></div> }
}

/// A bulleted list whose items can be linked too (`looking-ahead-b2`).
#[component]
pub fn LinkedList(prefix: String, items: Vec<String>) -> impl IntoView {
    let html = linked_blocks(&prefix, &items, Linked::Item);
    view! { <ul class="report-list" inner_html=html></ul> }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::Example;
    let report = fixture.report();
    let paragraphs = report.introduction.clone();
    let items: Vec<String> = report
        .headline_judgements
        .iter()
        .map(|j| j.text.clone())
        .collect();
    vec![
        Example::new("Paragraphs, each with its link", move || {
            view! { <LinkedParagraphs prefix="example-introduction".to_owned() paragraphs/> }
        }),
        Example::new("A list, each item with its link", move || {
            view! { <LinkedList prefix="example-judgements".to_owned() items/> }
        }),
    ]
}
