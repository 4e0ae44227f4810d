//! `/force/<slug>/<round>/<pillar>/`: one pillar of a force's assessment: its question, date,
//! grade, the inspectors' text, and the questions HMICFRS asked, each with its grade where held.

use leptos::prelude::*;
use peel_model::Judgement;
use peel_model::questions::Question;
use peel_model::report::JudgementSource;
use peel_model::views::{PageData, PageRequest, PillarView, QuestionGrade};

use super::param;
use crate::components::accordion::{Accordion, AccordionSection};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::grade_distribution::GradeDistribution;
use crate::components::grade_tag::GradeTag;
use crate::components::linked_paragraphs::LinkedParagraphs;
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::components::round_switcher::RoundSwitcher;
use crate::components::source_note::SourceNote;
use crate::data::use_page;
use crate::site::href;

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
fn PillarContent(view: PillarView) -> AnyView {
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
    let paragraphs = view
        .section
        .as_ref()
        .map(|s| s.paragraphs.clone())
        .or_else(|| view.other_inspection.as_ref().map(|o| o.paragraphs.clone()))
        .unwrap_or_default();
    let description = paragraphs
        .first()
        .cloned()
        .unwrap_or_else(|| format!("{title}. The questions HMICFRS asked and the grades held."));
    let question = view
        .section
        .as_ref()
        .map(|s| s.question.clone())
        .or_else(|| view.questions.as_ref().and_then(|q| q.headline.clone()));
    let last_updated = view
        .section
        .as_ref()
        .and_then(|s| s.last_updated)
        .or_else(|| view.other_inspection.as_ref().and_then(|o| o.last_updated));
    let grade_source = view.section.as_ref().and_then(|s| s.judgement_source);
    let has_text = !paragraphs.is_empty();
    let questions = view.questions.clone();
    let question_grades = view.question_grades.clone();
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
            {question.map(|q| view! { <p class="lead page-header__question">{q}</p> })}
        </header>
        <RoundSwitcher force=force.slug.clone() rounds=year.rounds.clone() current=round pillar=Some(pillar)/>
        <section id="grade" class="pillar-grade" aria-labelledby="grade-heading">
            <h2 id="grade-heading" class="visually-hidden">"Grade"</h2>
            {match view.judgement {
                Some(_) => view! {
                    <p>
                        "Grade: " <GradeTag judgement=judgement/>
                        {match grade_source {
                            Some(JudgementSource::HeadlineJudgement) => " (the section states no grade; this is the headline judgement at the top of the report)",
                            _ => "",
                        }}
                    </p>
                }
                .into_any(),
                None => view! {
                    <p>
                        <strong class="grade-tag grade-tag--not-graded">"Not graded"</strong>
                        " Leadership was inspected alongside PEEL but not graded."
                    </p>
                }
                .into_any(),
            }}
            {last_updated.map(|d| view! { <p class="last-updated">"Last updated " <time datetime=d.to_string()>{d.long()}</time></p> })}
            {view.distribution.clone().map(|distribution| view! {
                <GradeDistribution distribution force_name=Some(force.name.clone())/>
            })}
        </section>
        <section id="findings" aria-labelledby="findings-heading">
            <h2 id="findings-heading">"Findings"</h2>
            {if has_text {
                view! { <LinkedParagraphs prefix=pillar.slug().to_owned() paragraphs/> }.into_any()
            } else {
                view! {
                    <p>
                        "PEEL Explorer does not hold the text of this part of the report. Read it on "
                        <a href=year.page_url.clone()>"the official HMICFRS page"</a>"."
                    </p>
                }
                .into_any()
            }}
        </section>
        <section id="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">"The questions HMICFRS asked"</h2>
            {match questions {
                Some(set) if !set.questions.is_empty() => view! {
                    <p>{format!(
                        "In PEEL {} HMICFRS answered {} {} about {}. Grades for individual questions are held for some forces only.",
                        round.label(),
                        set.questions.len(),
                        if set.questions.len() == 1 { "question" } else { "questions" },
                        pillar.label().to_lowercase()
                    )}</p>
                    <Accordion storage_key=format!("{path}#questions")>
                        {set
                            .questions
                            .into_iter()
                            .map(|q| {
                                let grade = question_grades.iter().find(|g| g.number == q.number).cloned();
                                view! { <QuestionSection pillar_slug=pillar.slug() question=q grade/> }
                            })
                            .collect_view()}
                    </Accordion>
                }
                .into_any(),
                _ => view! { <p>{format!("The question set for {} in PEEL {} is not held in this dataset.", pillar.label().to_lowercase(), round.label())}</p> }.into_any(),
            }}
        </section>
        // Back to the force page's pillar summaries, where the report text is held.
        <p class="back-link">
            <a href=href(&if year.has_report { format!("{round_path}#pillars") } else { round_path.clone() })>
                {format!("All of {}, PEEL {}", force.name, round.label())}
            </a>
        </p>
        <SourceNote
            path=path.clone()
            page_url=year.page_url.clone()
            page_label=format!("{}, PEEL {} on the HMICFRS website", force.name, round.label())
            data_date=year.data_date
            source_file=None
        />
    }
    .into_any()
}

#[component]
fn QuestionSection(
    pillar_slug: &'static str,
    question: Question,
    grade: Option<QuestionGrade>,
) -> impl IntoView {
    let id = format!("{pillar_slug}-q{}", question.number);
    let record = grade.and_then(|g| g.grade);
    let judgement: Option<Judgement> = record.as_ref().map(|r| r.judgement);
    let summary = if !question.graded {
        view! { <p class="question-grade"><strong class="grade-tag grade-tag--not-graded">"Not graded"</strong></p> }.into_any()
    } else {
        view! { <p class="question-grade"><GradeTag judgement/></p> }.into_any()
    };
    let title = format!("{}. {}", question.number, question.display_title());
    view! {
        <AccordionSection id=id.clone() title level=3 summary>
            {match (&record, question.graded) {
                (Some(record), _) => view! {
                    <p>
                        {format!("Grade: {}. ", record.judgement.label())}
                        "Source: " <a href=record.source_url.clone() class="source-note__url">{record.source_url.clone()}</a>
                    </p>
                    {record.note.clone().map(|n| view! { <p class="note">{format!("Note: {n}")}</p> })}
                }
                .into_any(),
                (None, true) => view! { <p>"No grade for this question is held in this dataset."</p> }.into_any(),
                (None, false) => view! { <p>"HMICFRS did not grade this question."</p> }.into_any(),
            }}
            {question.title.is_none().then(|| view! {
                <p class="note">"The official wording of this question was not found; the topic is as HMICFRS described it in its judgements."</p>
            })}
            {question.note.clone().map(|n| view! { <p class="note">{format!("About this question: {n}")}</p> })}
        </AccordionSection>
    }
}
