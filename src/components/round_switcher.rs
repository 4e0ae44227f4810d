//! Links to the same page in the other rounds the force has data for.

use leptos::prelude::*;
use peel_model::views::RoundPages;
use peel_model::{Pillar, Round};

use crate::site::href;

/// On a pillar page each link keeps the pillar where that round has a page for it; otherwise
/// (graded-area rounds have no pillar pages) it leads to the round's force page.
#[component]
pub fn RoundSwitcher(
    force: String,
    rounds: Vec<RoundPages>,
    current: Round,
    pillar: Option<Pillar>,
) -> impl IntoView {
    view! {
        <nav class="round-switcher" aria-label="PEEL rounds for this force">
            <h2 class="round-switcher__title">"Rounds"</h2>
            <ul>
                {rounds
                    .into_iter()
                    .map(|pages| {
                        let round = pages.round;
                        let path = match pillar {
                            Some(p) if pages.pillars.contains(&p) => {
                                format!("/force/{force}/{}/{}/", round.slug(), p.slug())
                            }
                            _ => format!("/force/{force}/{}/", round.slug()),
                        };
                        let label = round.label();
                        if round == current {
                            view! { <li><a href=href(&path) aria-current="page">{label}</a></li> }.into_any()
                        } else {
                            view! { <li><a href=href(&path)>{label}</a></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
