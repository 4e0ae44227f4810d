//! Every spell in enhanced monitoring (Engage) on one timeline, drawn as inline SVG from the
//! model's layout ([`peel_model::widgets::engage_timeline`]): readable without JavaScript, each
//! bar under its force and dates in words, named for screen readers by its title and caption
//! (the table beside it is its text twin). A date known only to its month or year is that span,
//! striped. `marker` draws a line at the reader's chosen day.

use leptos::prelude::*;
use peel_model::widgets::engage_timeline::{BAR_HEIGHT, SpellTimeline};

use super::scroll_region::ScrollRegion;

/// `id` names the drawing on its page (its title is `<id>-title`, its caption `<id>-summary`,
/// its stripes `<id>-unsure`).
#[component]
pub fn EngageTimeline(
    timeline: SpellTimeline,
    /// What it shows, in words: its caption, and part of its accessible name.
    summary: String,
    id: &'static str,
    /// Where the reader's day is drawn, and the day in words.
    #[prop(into, optional)]
    marker: Option<Signal<Option<(f64, String)>>>,
) -> impl IntoView {
    let (width, height) = (timeline.width, timeline.height);
    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    let labelled_by = format!("{title_id} {summary_id}");
    let stripes = format!("{id}-unsure");
    let striped = format!("url(#{stripes})");
    let f = |x: f64| format!("{x:.1}");
    let years = timeline
        .years
        .iter()
        .map(|tick| {
            view! {
                <line class="engage-timeline__year" x1=f(tick.x) x2=f(tick.x) y1="16" y2=f(height)/>
                <text class="engage-timeline__year-label" x=f(tick.x + 3.0) y="12">{tick.year.to_string()}</text>
            }
        })
        .collect_view();
    let rows = timeline
        .rows
        .iter()
        .map(|row| {
            let bar = |(from, to): (f64, f64), class: &'static str, fill: Option<String>| {
                view! {
                    <rect
                        class=class
                        x=f(from)
                        y=f(row.bar_y)
                        width=f((to - from).max(1.0))
                        height=f(BAR_HEIGHT)
                        fill=fill
                    />
                }
            };
            let open_end = row.open.then(|| {
                let (x, y) = (timeline.sources_end, row.bar_y + BAR_HEIGHT / 2.0);
                view! {
                    <path
                        class="engage-timeline__open"
                        d=format!("M{} {} l6 7 l-6 7 z", f(x), f(y - 7.0))
                    />
                }
            });
            view! {
                <g class="engage-timeline__row" data-force=row.force.to_string()>
                    <text class="engage-timeline__label" x="8" y=f(row.label_y)>{row.words.clone()}</text>
                    {row.unsure_in.map(|span| bar(span, "engage-timeline__unsure", Some(striped.clone())))}
                    {row.certain.map(|span| bar(span, "engage-timeline__bar", None))}
                    {row.unsure_out.map(|span| bar(span, "engage-timeline__unsure", Some(striped.clone())))}
                    {open_end}
                </g>
            }
        })
        .collect_view();
    let end = timeline.sources_end;
    let marker = marker.map(|marker| {
        move || {
            marker.get().map(|(x, day)| {
                view! {
                    <line class="engage-timeline__day" x1=f(x) x2=f(x) y1="16" y2=f(height)>
                        <title>{day}</title>
                    </line>
                }
            })
        }
    });
    view! {
        <figure class="engage-timeline" id=id>
            <ScrollRegion label="Timeline of every spell in enhanced monitoring (Engage)">
            <svg
                class="engage-timeline__chart"
                viewBox=format!("0 0 {width:.1} {height:.1}")
                // Sized by attributes, not a style attribute: the Content-Security-Policy allows no
                // inline styles.
                width=format!("{width:.0}")
                height=format!("{height:.0}")
                role="img"
                aria-labelledby=labelled_by
            >
                <title id=title_id>"Every spell in enhanced monitoring (Engage)"</title>
                <defs>
                    <pattern id=stripes width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="engage-timeline__stripe-ground" width="6" height="6"/>
                        <rect class="engage-timeline__stripe" width="3" height="6"/>
                    </pattern>
                </defs>
                {years}
                <line class="engage-timeline__end" x1=f(end) x2=f(end) y1="16" y2=f(height)/>
                {rows}
                {marker}
            </svg>
            </ScrollRegion>
            <figcaption class="engage-timeline__caption" id=summary_id>{summary}</figcaption>
        </figure>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use peel_model::pages::PageData;

    use super::examples::Example;
    let PageData::Monitoring(page) = fixture.page("/monitoring/") else {
        panic!("the fixture's monitoring page")
    };
    let (timeline, summary) = (page.timeline(), page.timeline_summary());
    vec![Example::new(
        "The fixture's five spells, one of each kind of date",
        move || view! { <EngageTimeline timeline summary id="example-timeline"/> },
    )]
}
