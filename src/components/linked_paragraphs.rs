//! Report paragraphs, each with a stable id (`hmi-observations-p3`) and a link to itself, so a
//! journalist can cite one paragraph.

use leptos::prelude::*;

/// `prefix` is the section's id; paragraphs are numbered from 1 in the order published.
#[component]
pub fn LinkedParagraphs(prefix: String, paragraphs: Vec<String>) -> impl IntoView {
    paragraphs
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let id = format!("{prefix}-p{}", i + 1);
            let href = format!("#{id}");
            view! {
                <p id=id class="linked">
                    {text}
                    " "
                    <a class="linked__anchor" href=href target="_self" aria-label=format!("Link to paragraph {}", i + 1)>"¶"</a>
                </p>
            }
        })
        .collect_view()
}

/// A bulleted list whose items can be linked too (`looking-ahead-b2`).
#[component]
pub fn LinkedList(prefix: String, items: Vec<String>) -> impl IntoView {
    view! {
        <ul class="report-list">
            {items
                .into_iter()
                .enumerate()
                .map(|(i, text)| {
                    let id = format!("{prefix}-b{}", i + 1);
                    let href = format!("#{id}");
                    view! {
                        <li id=id class="linked">
                            {text}
                            " "
                            <a class="linked__anchor" href=href target="_self" aria-label=format!("Link to item {}", i + 1)>"¶"</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
