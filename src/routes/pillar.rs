//! `/force/<force>/<round>/<pillar>/`: one pillar of a force's assessment: its question, date,
//! grade, the inspectors' text, and the questions HMICFRS asked, each with its grade where held.

use leptos::prelude::*;
use peel_model::pages::pillar::{NEVER_GRADED_SENTENCE, PillarGrade, PillarView, QuestionGrade};
use peel_model::questions::Question;
use peel_model::report::JudgementSource;
use peel_model::widgets::footnotes::Cited;
use peel_model::wording::NOT_HELD_EXPLAINED;
use peel_model::{Judgement, Route};

use crate::components::accordion::{Accordion, AccordionSection};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::cite_this_page::CiteThisPage;
use crate::components::cited_source::CitedSource;
use crate::components::external_link::ExternalLink;
use crate::components::grade_distribution::GradeDistribution;
use crate::components::grade_tag::GradeTag;
use crate::components::last_updated::LastUpdated;
use crate::components::linked_paragraphs::LinkedParagraphs;
use crate::components::monitoring_notice::MonitoringNotice;
use crate::components::page_meta::PageMeta;
use crate::components::round_switcher::RoundSwitcher;
use crate::components::source_list::SourceList;
use crate::components::source_note::SourceNote;
use crate::components::static_content::StaticContent;
use crate::site::href;

#[component]
pub fn PillarPage(page: PillarView) -> impl IntoView {
    let year = page.year.clone();
    let force = year.force.clone();
    let round = year.round;
    let pillar = page.pillar;
    let route = page.route();
    let title = page.title();
    let has_text = !page.paragraphs.is_empty();
    let paragraphs = page.paragraphs.clone();
    let question_grades = page.question_grades.clone();
    let (official_url, official_label) = year.official_page();
    let question_sources: Vec<(u8, Cited)> = question_grades
        .iter()
        .filter_map(|g| page.question_source(g.number).map(|c| (g.number, c)))
        .collect();
    let not_held_note = page.not_held_note();
    let footnotes = page.footnotes.clone();
    view! {
        <PageMeta title=title.clone() description=page.description() route=route.clone() image=page.preview_image()/>
        <Breadcrumbs trail=vec![
            ("Home".to_owned(), Route::Home),
            (force.name.clone(), year.force_route()),
            (format!("PEEL {}", round.label()), year.round_route()),
            (pillar.label().to_owned(), route.clone()),
        ]/>
        <header class="page-header">
            <p class="page-header__caption">{year.title()}</p>
            <h1>{pillar.label()}</h1>
            {page.question.clone().map(|q| view! { <p class="lead page-header__question">{q}</p> })}
        </header>
        {year.monitoring.notice(&force.name).map(|notice| {
            let footnotes = page.footnotes.clone();
            view! { <StaticContent content=move || view! { <MonitoringNotice notice footnotes/> }/> }
        })}
        <RoundSwitcher year=year.clone() pillar=Some(pillar)/>
        <StaticContent content={
            let page = page.clone();
            let force_name = force.name.clone();
            move || view! { <PillarGradeSection page force_name/> }
        }/>
        <section id="findings" aria-labelledby="findings-heading">
            <h2 id="findings-heading">"Findings"</h2>
            {if has_text {
                view! { <LinkedParagraphs prefix=pillar.slug().to_owned() paragraphs/> }.into_any()
            } else {
                view! {
                    <p>
                        "PEEL Explorer does not hold the text of this part of the report. Read it on "
                        <ExternalLink href=official_url.clone()>"the official HMICFRS page"</ExternalLink>"."
                    </p>
                }
                .into_any()
            }}
        </section>
        <section id="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">"The questions HMICFRS asked"</h2>
            {match (page.questions.clone(), page.questions_sentence()) {
                (Some(set), Some(sentence)) => view! {
                    <p>{sentence}</p>
                    <Accordion storage_key=route.path_to("questions")>
                        {set
                            .questions
                            .into_iter()
                            .map(|q| {
                                let grade = question_grades.iter().find(|g| g.number == q.number).cloned();
                                let source = question_sources.iter().find(|(n, _)| *n == q.number).map(|(_, c)| c.clone());
                                view! { <QuestionSection pillar_slug=pillar.slug() question=q grade source/> }
                            })
                            .collect_view()}
                    </Accordion>
                }
                .into_any(),
                _ => view! { <p>{page.no_questions_sentence()}</p> }.into_any(),
            }}
            {not_held_note.map(|note| view! { <p class="note">{note}</p> })}
        </section>
        // Back to the force page's pillar summaries, where the report text is held.
        <p class="back-link">
            <a href=href(&page.back_link())>{format!("All of {}", year.title())}</a>
        </p>
        <StaticContent content={
            let footnotes = footnotes.clone();
            move || view! { <SourceList footnotes/> }
        }/>
        <CiteThisPage year=year.clone() title=title.clone() route=route.clone() sources=footnotes/>
        <SourceNote
            route
            page_url=official_url
            page_label=official_label
            data_date=year.data_date
            source_file=None
        />
    }
}

/// The pillar's grade with its source, and how the forces were graded.
#[component]
fn PillarGradeSection(page: PillarView, force_name: String) -> impl IntoView {
    let judgement = page.judgement();
    view! {
        <section id="grade" class="pillar-grade" aria-labelledby="grade-heading">
            <h2 id="grade-heading" class="visually-hidden">"Grade"</h2>
            {match page.grade.clone() {
                PillarGrade::Graded(grade) => view! {
                    <p>
                        "Grade: " <GradeTag judgement=judgement/>
                        {match page.grade_source {
                            Some(JudgementSource::HeadlineJudgement) => " (the section states no grade; this is the headline judgement at the top of the report)",
                            _ => "",
                        }}
                    </p>
                    {page.grade_source().map(|cited| view! { <p class="grade-source"><CitedSource cited/></p> })}
                    {grade.judgement.is_none().then(|| {
                        let (url, _) = page.year.official_page();
                        view! {
                            <p class="note">
                                {format!("{NOT_HELD_EXPLAINED} ")}
                                <ExternalLink href=url>"Read it in the official report"</ExternalLink>"."
                            </p>
                        }
                    })}
                }
                .into_any(),
                PillarGrade::NeverGraded => view! {
                    <p>
                        <GradeTag judgement=Some(Judgement::NotGraded)/>
                        {format!(" {NEVER_GRADED_SENTENCE}")}
                    </p>
                }
                .into_any(),
            }}
            <LastUpdated date=page.last_updated/>
            {page.distribution.clone().map(|distribution| view! {
                <GradeDistribution distribution force_name=Some(force_name)/>
            })}
        </section>
    }
}

#[component]
fn QuestionSection(
    pillar_slug: &'static str,
    question: Question,
    grade: Option<QuestionGrade>,
    /// Who published the page the question's grade was read from, and its footnote.
    source: Option<Cited>,
) -> impl IntoView {
    let id = format!("{pillar_slug}-q{}", question.number);
    let record = grade.and_then(|g| g.grade);
    let judgement: Option<Judgement> = record.as_ref().map(|r| r.judgement);
    let shown = if question.graded {
        judgement
    } else {
        Some(Judgement::NotGraded)
    };
    let summary = view! { <p class="question-grade"><GradeTag judgement=shown/></p> }.into_any();
    let title = format!("{}. {}", question.number, question.display_title());
    view! {
        <AccordionSection id=id.clone() title level=3 summary>
            {match (&record, question.graded) {
                (Some(record), _) => view! {
                    <p>
                        {format!("Grade: {}. ", record.judgement.label())}
                        {source.map(|cited| view! { <CitedSource cited/> })}
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
