//! A pillar's summary on the force page: its grade, question, date and first paragraph.

use leptos::prelude::*;
use peel_model::report::{JudgementSource, PillarSection};

use peel_model::Route;

use super::grade_tag::GradeTag;
use super::last_updated::LastUpdated;
use crate::site::link as href_of;

/// `link` is the pillar's page, where there is one.
#[component]
pub fn PillarCard(section: PillarSection, link: Option<Route>) -> impl IntoView {
    let pillar = section.pillar;
    let id = format!("{}-summary", pillar.slug());
    let first = section.paragraphs.first().cloned();
    view! {
        <article class="pillar-card" id=id.clone() aria-labelledby=format!("{id}-heading")>
            <h3 id=format!("{id}-heading")>{pillar.label()}</h3>
            <p class="pillar-card__grade">
                <GradeTag judgement=section.judgement/>
                {(section.judgement_source == Some(JudgementSource::HeadlineJudgement)).then(|| view! {
                    <span class="note">" (from the headline judgement)"</span>
                })}
            </p>
            <p class="pillar-card__question">{section.question}</p>
            <LastUpdated date=section.last_updated/>
            {first.map(|p| view! { <p>{p}</p> })}
            {link.map(|link| view! {
                <p><a href=href_of(&link)>{format!("Read the {} findings", pillar.label().to_lowercase())}</a></p>
            })}
        </article>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round};
    let page = force_round(fixture, "/force/northamptonshire/2016/");
    let sections = page.report.map(|r| r.pillars).unwrap_or_default();
    sections
        .into_iter()
        .take(2)
        .map(|section| {
            let link = Some(page.year.pillar_route(section.pillar));
            let title = match section.judgement_source {
                Some(JudgementSource::HeadlineJudgement) => "A grade from the headline judgement",
                _ => "A grade stated in the section",
            };
            Example::new(title, move || view! { <PillarCard section link/> })
        })
        .collect()
}
