//! A force's grades across the rounds it has, as a compact timeline per pillar (or graded
//! area), with the line broken where the framework changed, and a table of the same.

use leptos::prelude::*;

use super::scroll_region::ScrollRegion;
use peel_model::RoundKind;
use peel_model::widgets::history::{
    History, Timeline, chart, framework_changes_note, intros, rounds_of, timelines,
};

use super::grade_tag::GradeTag;

/// `round_kinds`: every round of the data with how it judged forces, where the lines break.
#[component]
pub fn GradeHistory(
    histories: Vec<History>,
    round_kinds: Vec<RoundKind>,
    force_name: String,
) -> impl IntoView {
    let timelines = timelines(&histories, &round_kinds);
    let rounds = rounds_of(&timelines);
    let intros = intros(&timelines);
    let table = timelines.clone();
    view! {
        <div class="history">
            <p class="note">{framework_changes_note(&round_kinds)}</p>
            {intros.into_iter().map(|intro| view! { <p class="note">{intro}</p> }).collect_view()}
            <ul class="history__list">
                {timelines.into_iter().map(|t| view! { <TimelineItem timeline=t/> }).collect_view()}
            </ul>
            <ScrollRegion label=format!("{force_name}: grades by round")><table class="data-table history__table">
                <caption>{format!("{force_name}: grades by round")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Pillar or area"</th>
                        {rounds.iter().map(|r| view! { <th scope="col">{r.label()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table
                        .into_iter()
                        .map(|t| {
                            let cells = rounds
                                .iter()
                                .map(|round| match t.point(*round) {
                                    Some(p) => view! { <td><GradeTag judgement=p.judgement/></td> }.into_any(),
                                    None => view! { <td class="history__not-assessed">"–"</td> }.into_any(),
                                })
                                .collect_view();
                            view! { <tr><th scope="row">{t.label.clone()}</th>{cells}</tr> }
                        })
                        .collect_view()}
                </tbody>
            </table></ScrollRegion>
            <p class="note">"–: this pillar or area was not part of that round’s framework."</p>
        </div>
    }
}

#[component]
fn TimelineItem(timeline: Timeline) -> impl IntoView {
    let id = format!("history-{}", timeline.area.slug());
    let chart = chart(&timeline);
    let (width, height) = (chart.width, chart.height);
    view! {
        <li class="history__item" id=id>
            <h3 class="history__label">{timeline.label.clone()}</h3>
            <p class="history__sentence">{timeline.sentence.clone()}</p>
            <svg
                class="history__chart"
                viewBox=format!("0 0 {width:.1} {height:.1}")
                // Sized by attributes, not a style attribute: the Content-Security-Policy allows no
                // inline styles.
                width=format!("{:.0}", width * 2.0)
                height=format!("{:.0}", height * 2.0)
                aria-hidden="true"
                focusable="false"
            >
                {chart
                    .dividers
                    .into_iter()
                    .map(|dx| view! { <line class="history__break" x1=format!("{dx:.1}") x2=format!("{dx:.1}") y1="0" y2=format!("{height:.1}")/> })
                    .collect_view()}
                {chart
                    .lines
                    .into_iter()
                    .map(|(x1, y1, x2, y2)| view! {
                        <line class="history__line" x1=format!("{x1:.1}") y1=format!("{y1:.1}") x2=format!("{x2:.1}") y2=format!("{y2:.1}")/>
                    })
                    .collect_view()}
                {chart
                    .marks
                    .into_iter()
                    .map(|mark| {
                        let class = match mark.judgement {
                            Some(j) => format!("history__point grade-fill--{}", j.slug()),
                            None => "history__point history__point--not-held".to_owned(),
                        };
                        view! {
                            <circle class=class cx=format!("{:.1}", mark.x) cy=format!("{:.1}", mark.y) r="3.2"/>
                            <text class="history__round" x=format!("{:.1}", mark.x) y=format!("{:.1}", height - 1.0) text-anchor="middle">{mark.round.label()}</text>
                        }
                    })
                    .collect_view()}
            </svg>
        </li>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round};
    let page = force_round(fixture, "/force/kent/2023-25/");
    let (histories, round_kinds, force_name) = (page.history, page.round_kinds, page.year.force.name);
    vec![Example::new(
        "A force across a pillar round and an area round",
        move || {
            view! { <GradeHistory histories round_kinds force_name/> }
        },
    )]
}
