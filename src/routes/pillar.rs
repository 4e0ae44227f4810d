//! `/force/<slug>/<round>/<pillar>/`: one pillar of a force's assessment.

use leptos::prelude::*;
use peel_model::views::{PageData, PageRequest, PillarView};

use super::param;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::grade_tag::GradeTag;
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::components::round_switcher::RoundSwitcher;
use crate::components::source_note::SourceNote;
use crate::data::use_page;

#[component]
pub fn PillarPage() -> impl IntoView {
    let (force, round, pillar) = (param("force"), param("round"), param("pillar"));
    let load = use_page(move || PageRequest::Pillar {
        force: force(),
        round: round(),
        pillar: pillar(),
    });
    view! {
        <Loaded load page=|data| match &*data {
            PageData::Pillar(view) => view! { <PillarContent view=(**view).clone()/> }.into_any(),
            _ => ().into_any(),
        }/>
    }
}

#[component]
fn PillarContent(view: PillarView) -> impl IntoView {
    let year = view.year.clone();
    let force = year.force.clone();
    let round = year.round;
    let pillar = view.pillar;
    let round_path = format!("/force/{}/{}/", force.slug, round.slug());
    let path = format!("{round_path}{}/", pillar.slug());
    let judgement = view.judgement.as_ref().and_then(|j| j.judgement);
    let grade_words = match (&view.judgement, judgement) {
        (None, _) => "not graded".to_owned(),
        (Some(_), Some(j)) => j.word().to_owned(),
        (Some(_), None) => "grade not held".to_owned(),
    };
    let title = format!(
        "{}, PEEL {}: {} - {grade_words}",
        force.name,
        round.label(),
        pillar.label()
    );
    let description = match &view.section {
        Some(section) => section
            .paragraphs
            .first()
            .cloned()
            .unwrap_or_else(|| title.clone()),
        None => format!("{title}. The questions HMICFRS asked and the grades held."),
    };
    view! {
        <PageMeta title=title.clone() description path=path.clone()/>
        <Breadcrumbs trail=vec![
            ("Home".to_owned(), "/".to_owned()),
            (force.name.clone(), format!("/force/{}/", force.slug)),
            (format!("PEEL {}", round.label()), round_path.clone()),
            (pillar.label().to_owned(), path.clone()),
        ]/>
        <header class="page-header">
            <p class="page-header__caption">{format!("{}, PEEL {}", force.name, round.label())}</p>
            <h1>{pillar.label()}</h1>
        </header>
        <RoundSwitcher force=force.slug.clone() rounds=year.rounds.clone() current=round pillar=Some(pillar)/>
        <p class="pillar-grade">
            {match view.judgement {
                Some(_) => view! { "Grade: " <GradeTag judgement=judgement/> }.into_any(),
                None => view! { <strong class="grade-tag grade-tag--not-graded">"Not graded"</strong> " Leadership was inspected alongside PEEL but not graded." }.into_any(),
            }}
        </p>
        <SourceNote
            page_url=year.page_url.clone()
            page_label=format!("{}, PEEL {} on the HMICFRS website", force.name, round.label())
            data_date=year.data_date
            source_file=None
        />
    }
}
