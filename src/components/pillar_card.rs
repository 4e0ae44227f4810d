//! A pillar's summary on the force page: its grade, question, date and first paragraph.

use leptos::prelude::*;
use peel_model::report::{JudgementSource, PillarSection};

use super::grade_tag::GradeTag;
use crate::site::href;

/// `link` is the pillar page's site path, where there is one.
#[component]
pub fn PillarCard(section: PillarSection, link: Option<String>) -> impl IntoView {
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
            {section.last_updated.map(|d| view! {
                <p class="last-updated">"Last updated " <time datetime=d.to_string()>{d.long()}</time></p>
            })}
            {first.map(|p| view! { <p>{p}</p> })}
            {link.map(|link| view! {
                <p><a href=href(&link)>{format!("Read the {} findings", pillar.label().to_lowercase())}</a></p>
            })}
        </article>
    }
}
