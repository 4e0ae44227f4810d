//! A force's grades across the rounds it has, as a compact timeline per pillar (or graded
//! area), with the line broken where the framework changed, and a table of the same.

use leptos::prelude::*;
use peel_model::Round;
use peel_model::explore::Timeline;
use peel_model::explore::history::timelines;
use peel_model::views::History;

use super::grade_tag::GradeTag;

/// Horizontal room per round, and between frameworks, in the drawing's units.
const SLOT: f64 = 24.0;
const BREAK: f64 = 14.0;
/// Vertical room per grade level (best at the top); unheld points sit below the scale.
const LEVEL: f64 = 9.0;
const TOP: f64 = 6.0;

#[component]
pub fn GradeHistory(histories: Vec<History>, force_name: String) -> AnyView {
    let timelines = timelines(&histories);
    let mut rounds: Vec<Round> = timelines
        .iter()
        .flat_map(|t| t.segments.iter().flat_map(|s| s.points.iter().map(|p| p.round)))
        .collect();
    rounds.sort();
    rounds.dedup();
    let table = timelines.clone();
    // What a later framework is, said once rather than under every area it applies to.
    let mut intros: Vec<&'static str> = timelines.iter().filter_map(|t| t.intro).collect();
    intros.dedup();
    let table_rounds = rounds.clone();
    view! {
        <div class="history">
            <p class="note">
                "Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it inspects (2018/19, an integrated assessment; from 2021/22, graded areas on a five-point scale) the line breaks, because those grades are not like for like."
            </p>
            {intros.into_iter().map(|intro| view! { <p class="note">{intro}</p> }).collect_view()}
            <ul class="history__list">
                {timelines.into_iter().map(|t| view! { <TimelineItem timeline=t/> }).collect_view()}
            </ul>
            <div class="table-scroll"><table class="data-table history__table">
                <caption>{format!("{force_name}: grades by round")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Pillar or area"</th>
                        {table_rounds.iter().map(|r| view! { <th scope="col">{r.label()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table
                        .into_iter()
                        .map(|t| {
                            let cells = table_rounds
                                .iter()
                                .map(|round| {
                                    let point = t.segments.iter().flat_map(|s| &s.points).find(|p| p.round == *round);
                                    match point {
                                        Some(p) => view! { <td><GradeTag judgement=p.judgement/></td> }.into_any(),
                                        None => view! { <td class="history__not-assessed">"–"</td> }.into_any(),
                                    }
                                })
                                .collect_view();
                            view! { <tr><th scope="row">{t.label.clone()}</th>{cells}</tr> }
                        })
                        .collect_view()}
                </tbody>
            </table></div>
            <p class="note">"–: this pillar or area was not part of that round’s framework."</p>
        </div>
    }
    .into_any()
}

#[component]
fn TimelineItem(timeline: Timeline) -> AnyView {
    let id = format!("history-{}", timeline.area.slug());
    let levels = timeline.segments.iter().map(|s| s.levels()).max().unwrap_or(4) as f64;
    let height = TOP * 2.0 + LEVEL * levels + LEVEL;
    // Lay the points out left to right, a gap between frameworks.
    let mut x = SLOT / 2.0;
    let mut marks = Vec::new();
    let mut lines = Vec::new();
    let mut dividers = Vec::new();
    for (i, segment) in timeline.segments.iter().enumerate() {
        if i > 0 {
            // Midway between the last point and the next.
            dividers.push(x + (BREAK - SLOT) / 2.0);
            x += BREAK;
        }
        let mut previous: Option<(f64, f64)> = None;
        for point in &segment.points {
            let y = match point.level {
                Some(level) => TOP + LEVEL * f64::from(level),
                None => TOP + LEVEL * levels + LEVEL / 2.0,
            };
            if let (true, Some((px, py))) = (point.joined_to_previous, previous) {
                lines.push((px, py, x, y));
            }
            let class = match point.judgement {
                Some(j) => format!("history__point grade-fill--{}", j.slug()),
                None => "history__point history__point--not-held".to_owned(),
            };
            marks.push((x, y, class, point.round.label()));
            previous = Some((x, y));
            x += SLOT;
        }
    }
    let width = x - SLOT / 2.0;
    view! {
        <li class="history__item" id=id>
            <h3 class="history__label">{timeline.label.clone()}</h3>
            <p class="history__sentence">{timeline.sentence.clone()}</p>
            <svg
                class="history__chart"
                viewBox=format!("0 0 {width:.1} {height:.1}")
                style=format!("max-width: {:.0}rem", width / 8.0)
                aria-hidden="true"
                focusable="false"
            >
                {dividers
                    .into_iter()
                    .map(|dx| view! { <line class="history__break" x1=format!("{dx:.1}") x2=format!("{dx:.1}") y1="0" y2=format!("{height:.1}")/> })
                    .collect_view()}
                {lines
                    .into_iter()
                    .map(|(x1, y1, x2, y2)| view! {
                        <line class="history__line" x1=format!("{x1:.1}") y1=format!("{y1:.1}") x2=format!("{x2:.1}") y2=format!("{y2:.1}")/>
                    })
                    .collect_view()}
                {marks
                    .into_iter()
                    .map(|(cx, cy, class, round)| view! {
                        <circle class=class cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="3.2"/>
                        <text class="history__round" x=format!("{cx:.1}") y=format!("{:.1}", height - 1.0) text-anchor="middle">{round}</text>
                    })
                    .collect_view()}
            </svg>
        </li>
    }
    .into_any()
}
