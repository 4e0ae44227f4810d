//! `/compare/?forces=a,b&round=2016`: forces side by side.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use peel_model::views::{CompareView, PageData, PageRequest};

use crate::components::grade_tag::GradeTag;
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::data::use_page;

#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map();
    let load = use_page(move || {
        let query = query.read();
        PageRequest::Compare {
            forces: query
                .get("forces")
                .map(|f| {
                    f.split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            round: query.get("round").filter(|r| !r.is_empty()),
        }
    });
    view! {
        <Loaded load page=|data| match &*data {
            PageData::Compare(view) => view! { <CompareContent view=view.clone()/> }.into_any(),
            _ => ().into_any(),
        }/>
    }
}

#[component]
fn CompareContent(view: CompareView) -> impl IntoView {
    view! {
        <PageMeta
            title="Compare forces".to_owned()
            description="Compare the PEEL grades of up to four police forces side by side.".to_owned()
            path="/compare/".to_owned()
        />
        <h1>"Compare forces"</h1>
        {view.round.map(|round| view! {
            <table class="grade-table">
                <caption>{format!("PEEL {} grades", round.label())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        {view.forces.iter().map(|f| view! { <th scope="col">{f.name.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {view.areas.iter().enumerate().map(|(i, area)| view! {
                        <tr>
                            <th scope="row">{area.label()}</th>
                            {view.forces.iter().map(|f| view! {
                                <td><GradeTag judgement=f.headline.get(i).and_then(|h| h.judgement)/></td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
    }
}
