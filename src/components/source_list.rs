//! A page's sources, numbered as the facts cite them: each publisher with the full address,
//! written out once. Only official pages become links; another source's address is shown as text
//! that wraps on a narrow screen.

use leptos::prelude::*;
use peel_model::widgets::footnotes::{Footnotes, footnote_id};

#[component]
pub fn SourceList(footnotes: Footnotes) -> impl IntoView {
    (!footnotes.is_empty()).then(move || {
        view! {
            <section class="sources" id="sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">"Sources"</h2>
                <ol class="sources__list">
                    {footnotes
                        .numbered()
                        .map(|(number, source)| {
                            let address = match source.link() {
                                Some(href) => view! { <a href=href>{source.url.clone()}</a> }.into_any(),
                                None => view! {
                                    <span class="sources__address">{source.url.clone()}</span>
                                    " (not an official site, so not linked)"
                                }
                                .into_any(),
                            };
                            view! {
                                <li id=footnote_id(number)>
                                    {format!("{}: ", source.publisher)}
                                    {address}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        }
    })
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round};
    let footnotes = force_round(fixture, "/force/kent/2023-25/").footnotes;
    vec![Example::new(
        "A force-round page's sources: news, not linked",
        move || view! { <SourceList footnotes/> },
    )]
}
