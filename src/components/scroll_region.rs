//! A table too wide for a phone scrolls sideways inside its own region. The region can take
//! keyboard focus (so it can be scrolled without a mouse) and says what it holds.

use leptos::prelude::*;

#[component]
pub fn ScrollRegion(
    /// What the region holds, for screen readers: "Key facts".
    #[prop(into)]
    label: String,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, round_table};
    use super::grade_tag::GradeTag;
    let table = round_table(fixture, "/round/2016/");
    let caption = table.title();
    vec![Example::new(
        "A table that scrolls on a narrow screen",
        move || {
            view! {
                <ScrollRegion label=caption.clone()>
                    <table class="data-table">
                        <caption>{caption.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Force"</th>
                                {table.areas.iter().map(|a| view! { <th scope="col">{a.label()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {table
                                .rows
                                .iter()
                                .map(|row| view! {
                                    <tr>
                                        <th scope="row">{row.name.clone()}</th>
                                        {row.grades.iter().map(|g| view! { <td><GradeTag judgement=*g/></td> }).collect_view()}
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </ScrollRegion>
            }
        },
    )]
}
