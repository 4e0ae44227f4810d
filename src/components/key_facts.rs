//! Key facts against the national level: each figure in words, as a pair of bars (force and
//! England and Wales), and in a table beside the picture.

use leptos::prelude::*;

use super::scroll_region::ScrollRegion;
use peel_model::report::KeyFacts;
use peel_model::widgets::key_facts::{BarPair, FigureText, describe_key_facts};

/// `force_name` labels the force's bar ("Northamptonshire Police").
#[component]
pub fn KeyFactsComparison(facts: KeyFacts, force_name: String) -> impl IntoView {
    let figures = describe_key_facts(&facts);
    let table_rows = figures.clone();
    view! {
        <div class="key-facts">
            <p class="note">{format!(
                "The figures for {} as published on the page (period {}), against the national level for England and Wales where the page gives one.",
                force_name, facts.period
            )}</p>
            <ul class="key-facts__list">
                {figures
                    .into_iter()
                    .map(|figure| {
                        // The page's own wording of the figure, kept beside our reading of it.
                        let published = facts
                            .figure(figure.id)
                            .map(|f| std::iter::once(f.text.clone()).chain(f.national_text.clone()).collect())
                            .unwrap_or_default();
                        view! { <FigureItem figure published force_name=force_name.clone()/> }
                    })
                    .collect_view()}
            </ul>
            <ScrollRegion label="Key facts, this force and national"><table class="data-table key-facts__table">
                <caption>{format!("Key facts, {}: the numbers", facts.period)}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Figure"</th>
                        <th scope="col">{force_name.clone()}</th>
                        <th scope="col">"England and Wales"</th>
                        <th scope="col">"Difference"</th>
                    </tr>
                </thead>
                <tbody>
                    {table_rows
                        .into_iter()
                        .map(|f| view! {
                            <tr>
                                <th scope="row">{f.label}</th>
                                <td>{f.value}</td>
                                <td>{f.national.unwrap_or_else(|| "not given".to_owned())}</td>
                                <td>{f.difference.unwrap_or_else(|| "–".to_owned())}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table></ScrollRegion>
            {(!facts.paragraphs.is_empty()).then(|| facts.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view())}
        </div>
    }
}

#[component]
fn FigureItem(figure: FigureText, published: Vec<String>, force_name: String) -> impl IntoView {
    let id = format!("key-facts-{}", figure.id.slug());
    let published = published
        .iter()
        .map(|line| format!("“{line}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let FigureText {
        label,
        value,
        national,
        sentence,
        bars,
        ..
    } = figure;
    view! {
        <li class="key-facts__figure" id=id>
            <h3 class="key-facts__label">{label}</h3>
            <p class="key-facts__sentence">{sentence}</p>
            {bars.zip(national).map(|(bars, national)| view! { <FigureBars bars force_name value national/> })}
            <p class="key-facts__published">"As published: " {published}</p>
        </li>
    }
}

/// The pair of bars. The sentence above says the same, so the picture is hidden from screen
/// readers rather than described twice.
#[component]
fn FigureBars(bars: BarPair, force_name: String, value: String, national: String) -> impl IntoView {
    // Drawn in a 100-wide box; bars take the right-hand 60, labels sit above each bar.
    let x = |fraction: f64| format!("{:.2}", fraction * 100.0);
    let zero = x(bars.zero);
    view! {
        <svg class="bars" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bars__force" x=x(bars.force.start) y="2" width=x(bars.force.length) height="10"/>
            <rect class="bars__national" x=x(bars.national.start) y="17" width=x(bars.national.length) height="10"/>
            <line class="bars__zero" x1=zero.clone() x2=zero y1="0" y2="30"/>
        </svg>
        <p class="bars__legend" aria-hidden="true">
            <span class="bars__key bars__key--force"></span>{format!("{force_name}: {value}")}
            <br/>
            <span class="bars__key bars__key--national"></span>{format!("England and Wales: {national}")}
        </p>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::Example;
    let facts = fixture.key_facts().clone();
    let report = fixture.report();
    let force_name = fixture
        .index
        .force(&report.force)
        .map(|f| f.name.clone())
        .unwrap_or_default();
    vec![Example::new(
        "A page's key facts against the national level",
        move || {
            view! { <KeyFactsComparison facts force_name/> }
        },
    )]
}
