//! Links between rounds: the same page in the other rounds, the current one marked.

use leptos::prelude::*;
use peel_model::pages::ForceYear;
use peel_model::{Pillar, Round, Route};

use crate::site::link;

/// A row of round links; `links` are (round, page), `current` is marked as the page.
#[component]
pub fn RoundNav(
    /// Names the navigation for screen readers: "PEEL rounds for this force".
    label: &'static str,
    /// The visible title: "Rounds", "Round".
    title: &'static str,
    links: Vec<(Round, Route)>,
    current: Option<Round>,
) -> impl IntoView {
    view! {
        <nav class="round-switcher" aria-label=label>
            <h2 class="round-switcher__title">{title}</h2>
            <ul>
                {links
                    .into_iter()
                    .map(|(round, route)| view! {
                        <li>
                            <a href=link(&route) aria-current=(Some(round) == current).then_some("page")>{round.label()}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// On a force's pages: each link keeps the pillar where that round has a page for it; otherwise
/// (graded-area rounds have no pillar pages) it leads to the round's force page.
#[component]
pub fn RoundSwitcher(year: ForceYear, pillar: Option<Pillar>) -> impl IntoView {
    let links = year.round_links(pillar);
    view! { <RoundNav label="PEEL rounds for this force" title="Rounds" links current=Some(year.round)/> }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round, pillar};
    let round = force_round(fixture, "/force/kent/2023-25/").year;
    let pillar_page = pillar(fixture, "/force/kent/2016/effectiveness/");
    vec![
        Example::new(
            "A force's rounds",
            move || view! { <RoundSwitcher year=round pillar=None/> },
        ),
        Example::new("A pillar's page in each round", move || {
            view! { <RoundSwitcher year=pillar_page.year pillar=Some(pillar_page.pillar)/> }
        }),
    ]
}
