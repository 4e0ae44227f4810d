//! `/round/<round>/`: every force's grades for one round.

use leptos::prelude::*;
use peel_model::views::{PageData, PageRequest, RoundTableView};

use super::param;
use crate::components::grade_tag::GradeTag;
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::data::use_page;
use crate::site::href;

#[component]
pub fn RoundTablePage() -> impl IntoView {
    let round = param("round");
    let load = use_page(move || PageRequest::RoundTable { round: round() });
    view! {
        <Loaded load page=|data| match &*data {
            PageData::RoundTable(view) => view! { <RoundTableContent view=view.clone()/> }.into_any(),
            _ => ().into_any(),
        }/>
    }
}

#[component]
fn RoundTableContent(view: RoundTableView) -> impl IntoView {
    let round = view.round;
    let title = format!("PEEL {}: grades of every force", round.label());
    view! {
        <PageMeta
            title=title.clone()
            description=format!(
                "All {} police forces of England and Wales in PEEL {}: grades held for {} of them.",
                view.coverage.total_forces, round.label(), view.coverage.forces_with_grades
            )
            path=format!("/round/{}/", round.slug())
        />
        <h1>{title}</h1>
        <p class="lead">{format!(
            "Grades are held for {} of the {} forces in PEEL {}.",
            view.coverage.forces_with_grades, view.coverage.total_forces, round.label()
        )}</p>
        <table class="grade-table">
            <caption>{format!("PEEL {} grades by force", round.label())}</caption>
            <thead>
                <tr>
                    <th scope="col">"Force"</th>
                    <th scope="col">"Region"</th>
                    {view.areas.iter().map(|a| view! { <th scope="col">{a.label()}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {view
                    .rows
                    .into_iter()
                    .map(|row| {
                        let path = format!("/force/{}/{}/", row.force, round.slug());
                        view! {
                            <tr>
                                <th scope="row"><a href=href(&path)>{row.name}</a></th>
                                <td>{row.region}</td>
                                {row.grades.into_iter().map(|g| view! { <td><GradeTag judgement=g/></td> }).collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
