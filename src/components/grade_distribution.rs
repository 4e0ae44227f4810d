//! How many forces got each grade for one area in one round, with this force marked: a table
//! whose rows carry their bar, and whose counts link to the national table filtered to them.

use leptos::prelude::*;

use super::scroll_region::ScrollRegion;
use peel_model::widgets::distribution::{Distribution, chart};
use peel_model::wording::sentence_case;

use crate::site::href;

/// `force_name` marks this force's row; `None` draws the national picture only.
#[component]
pub fn GradeDistribution(distribution: Distribution, force_name: Option<String>) -> impl IntoView {
    let chart = chart(&distribution, force_name.is_some());
    let id = format!("distribution-{}", distribution.area.slug());
    let caption = format!(
        "{} in PEEL {}: how the forces were graded",
        distribution.area.label(),
        distribution.round.label()
    );
    // The force sentence reads on from the force's name when a judgement is held for it.
    let summary = match (&force_name, distribution.this_force) {
        (Some(name), Some(_)) => format!("{name} is {}.", chart.summary),
        _ => sentence_case(&chart.summary) + ".",
    };
    let rows = chart
        .bars
        .into_iter()
        .map(|bar| {
            let count = bar.count.to_string();
            let label = bar.label;
            let number = match bar.path.filter(|_| bar.count > 0) {
                Some(path) => view! {
                    <a href=href(&path) aria-label=format!("{count} forces graded {}: see them in the national table", label.to_lowercase())>
                        {count.clone()}
                    </a>
                }
                .into_any(),
                None => view! { <span>{count.clone()}</span> }.into_any(),
            };
            // The bar repeats the count for the eye; the number beside it is what is read.
            let width = format!("{:.1}%", (bar.fraction * 100.0).max(1.0));
            let marker = force_name.as_ref().map(|_| if bar.this_force { "◀ this force" } else { "" });
            view! {
                <tr class:distribution__row--this-force=bar.this_force>
                    <th scope="row">{label}</th>
                    <td class="distribution__count">{number}</td>
                    <td class="distribution__bar-cell">
                        <svg class="distribution__bar" aria-hidden="true" focusable="false">
                            <rect class=format!("grade-fill--{}", bar.filter.slug()) x="0" y="15%" width=width height="70%"/>
                        </svg>
                    </td>
                    {marker.map(|m| view! { <td class="distribution__marker">{m}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="distribution" id=id.clone() aria-labelledby=format!("{id}-caption")>
            <figcaption id=format!("{id}-caption") class="distribution__caption">{caption}</figcaption>
            <p class="distribution__summary">{summary}</p>
            <ScrollRegion label=format!("Forces by grade: {}", distribution.area.label())><table class="data-table distribution__table">
                <caption class="visually-hidden">{format!("Forces by grade: {}", distribution.area.label())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Grade"</th>
                        <th scope="col">"Forces"</th>
                        <th scope="col"><span class="visually-hidden">"Bar"</span></th>
                        // A short visible heading keeps the table within a phone's width.
                        {force_name.map(|name| view! {
                            <th scope="col">"This force"<span class="visually-hidden">{format!(": {name}")}</span></th>
                        })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table></ScrollRegion>
            <p class="note">{chart.coverage}</p>
        </figure>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round, round_table};
    let national = round_table(fixture, "/round/2016/").distributions[0].clone();
    let kent = force_round(fixture, "/force/kent/2023-25/");
    let not_held = kent
        .distributions
        .iter()
        .find(|d| d.this_force.is_none())
        .cloned()
        .expect("an area not held for Kent");
    let force_name = Some(kent.year.force.name.clone());
    vec![
        Example::new("Every force, for a round's table", move || {
            view! { <GradeDistribution distribution=national force_name=None/> }
        }),
        Example::new("A force whose grade is not held", move || {
            view! { <GradeDistribution distribution=not_held force_name/> }
        }),
    ]
}
