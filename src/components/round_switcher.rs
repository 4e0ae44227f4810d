//! Links between rounds: the same page in the other rounds, the current one marked.

use leptos::prelude::*;
use peel_model::views::RoundPages;
use peel_model::{Pillar, Round};

use crate::site::href;

/// A row of round links; `links` are (round, site path), `current` is marked as the page.
#[component]
pub fn RoundNav(
    /// Names the navigation for screen readers: "PEEL rounds for this force".
    label: &'static str,
    /// The visible title: "Rounds", "Round".
    title: &'static str,
    links: Vec<(Round, String)>,
    current: Option<Round>,
) -> impl IntoView {
    view! {
        <nav class="round-switcher" aria-label=label>
            <h2 class="round-switcher__title">{title}</h2>
            <ul>
                {links
                    .into_iter()
                    .map(|(round, path)| view! {
                        <li>
                            <a href=href(&path) aria-current=(Some(round) == current).then_some("page")>{round.label()}</a>
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
pub fn RoundSwitcher(
    force: String,
    rounds: Vec<RoundPages>,
    current: Round,
    pillar: Option<Pillar>,
) -> impl IntoView {
    let links = rounds
        .into_iter()
        .map(|pages| {
            let round = pages.round;
            let path = match pillar {
                Some(p) if pages.pillars.contains(&p) => {
                    format!("/force/{force}/{}/{}/", round.slug(), p.slug())
                }
                _ => format!("/force/{force}/{}/", round.slug()),
            };
            (round, path)
        })
        .collect();
    view! { <RoundNav label="PEEL rounds for this force" title="Rounds" links current=Some(current)/> }
}
