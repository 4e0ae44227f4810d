//! `/force/<slug>/<round>/`: a force's PEEL assessment for one round, everything the report
//! holds in the page's order.

use leptos::prelude::*;
use peel_model::explore::compare::compare_link;
use peel_model::report::{CrimePlan, KeyFacts, OtherInspections, OtherReports, Report};
use peel_model::views::{Distribution, ForceRoundView, History, PageData, PageRequest};
use peel_model::{Area, Date, Judgement, Pillar, Round};

use super::param;
use crate::components::accordion::{Accordion, AccordionSection};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::grade_distribution::GradeDistribution;
use crate::components::grade_history::GradeHistory;
use crate::components::grade_tag::GradeTag;
use crate::components::key_facts::KeyFactsComparison;
use crate::components::linked_paragraphs::{LinkedList, LinkedParagraphs};
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::components::pillar_card::PillarCard;
use crate::components::round_switcher::RoundSwitcher;
use crate::components::source_note::SourceNote;
use crate::data::use_page;
use crate::site::href;

#[component]
pub fn ForceRoundPage() -> impl IntoView {
    let (force, round) = (param("force"), param("round"));
    let load = use_page(move || PageRequest::ForceRound {
        force: force(),
        round: round(),
    });
    view! {
        <Loaded load page=|data| match &*data {
            PageData::ForceRound(view) => view! { <ForceRoundContent view=(**view).clone()/> }.into_any(),
            _ => ().into_any(),
        }/>
    }
}

/// "effectiveness requires improvement, efficiency good, legitimacy good"
fn summary_words(view: &ForceRoundView) -> String {
    let held: Vec<String> = view
        .headline
        .iter()
        .filter_map(|h| {
            h.judgement
                .map(|j| format!("{} {}", h.area.label().to_lowercase(), j.word()))
        })
        .collect();
    if held.is_empty() {
        "no grades held".to_owned()
    } else {
        held.join(", ")
    }
}

#[component]
fn ForceRoundContent(view: ForceRoundView) -> AnyView {
    let year = view.year.clone();
    let force = year.force.clone();
    let round = year.round;
    let path = format!("/force/{}/{}/", force.slug, round.slug());
    let title = format!("{}, PEEL {}", force.name, round.label());
    let description = format!("{}: {}.", title, summary_words(&view));
    let pillar_pages = year
        .rounds
        .iter()
        .find(|r| r.round == round)
        .map(|r| r.pillars.clone())
        .unwrap_or_default();
    let report = view.report.clone();
    view! {
        <PageMeta title=title.clone() description path=path.clone()/>
        <Breadcrumbs trail=vec![
            ("Home".to_owned(), "/".to_owned()),
            (force.name.clone(), format!("/force/{}/", force.slug)),
            (format!("PEEL {}", round.label()), path.clone()),
        ]/>
        <header class="page-header">
            <p class="page-header__caption">{format!("PEEL {}", round.label())}</p>
            <h1>{force.name.clone()}</h1>
            <p class="page-header__region">{format!("Region: {}", force.region)}</p>
        </header>
        <RoundSwitcher force=force.slug.clone() rounds=year.rounds.clone() current=round pillar=None/>
        {report.as_ref().map(|r| view! { <div class="introduction">{r.introduction.iter().map(|p| view! { <p class="lead">{p.clone()}</p> }).collect_view()}</div> })}
        <section id="judgements" aria-labelledby="judgements-heading" class="judgements">
            <h2 id="judgements-heading">"Judgements"</h2>
            <p>
                {if round.has_pillars() {
                    format!("PEEL {} graded three pillars on a {}.", round.label(), round.scale().describe())
                } else {
                    format!("PEEL {} graded areas of policing on a {}.", round.label(), round.scale().describe())
                }}
            </p>
            <dl class="judgement-list">
                {view
                    .headline
                    .iter()
                    .map(|h| {
                        let label = h.area.label();
                        let name = match (&h.area, pillar_pages.is_empty()) {
                            (Area::Pillar(p), false) => {
                                let pillar_path = format!("{path}{}/", p.slug());
                                view! { <a href=href(&pillar_path)>{label}</a> }.into_any()
                            }
                            _ => view! { <span>{label}</span> }.into_any(),
                        };
                        let sentence = match (&h.area, &report) {
                            (Area::Pillar(p), Some(r)) => r.headline_judgement(*p).map(|j| j.text.clone()),
                            _ => None,
                        };
                        view! {
                            <div class="judgement-list__row" id=h.area.slug()>
                                <dt>{name}</dt>
                                <dd>
                                    <GradeTag judgement=h.judgement/>
                                    {sentence.map(|s| view! { <span class="judgement-list__sentence">{s}</span> })}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            {view.headline.iter().any(|h| h.judgement == Some(Judgement::NotGraded)).then(|| view! {
                <p class="note">"“Not graded” is HMICFRS’s own decision not to grade; “not held” means this dataset has no grade."</p>
            })}
            <p class="compare-link">
                <a href=href(&compare_link(&force.slug, Some(round)))>{format!("Compare {} with other forces", force.name)}</a>
            </p>
        </section>
        {report.is_none().then(|| view! {
            <section class="no-report" id="report" aria-labelledby="no-report-heading">
                <h2 id="no-report-heading">"The inspection report"</h2>
                <p>
                    "PEEL Explorer holds only the grades of this assessment, not the text of its report. Read the full findings on "
                    <a href=year.page_url.clone()>"the official HMICFRS page for " {title.clone()}</a>"."
                </p>
            </section>
        })}
        <ForceYearSections
            report
            path=path.clone()
            pillar_pages=pillar_pages.clone()
            force_name=force.name.clone()
            round
            distributions=view.distributions.clone()
            history=view.history.clone()
        />
        <SourceNote
            path=path.clone()
            page_url=year.page_url.clone()
            page_label=format!("{title} on the HMICFRS website")
            data_date=year.data_date
            source_file=view.report.as_ref().map(|r| r.source_file.clone())
        />
    }
    .into_any()
}

/// The report text (the inspector, then every section of the page in its order) and how the
/// force compares, as expandable sections. Only sections with something to show are shown.
#[component]
fn ForceYearSections(
    report: Option<Report>,
    path: String,
    pillar_pages: Vec<Pillar>,
    force_name: String,
    round: Round,
    distributions: Vec<Distribution>,
    history: Vec<History>,
) -> AnyView {
    let Report {
        inspector,
        hmi_observations,
        force_area,
        working_arrangements,
        looking_ahead,
        pillars,
        other_inspections,
        other_reports,
        key_facts,
        force_context,
        crime_plan,
        ..
    } = report.unwrap_or_else(|| Report::new(String::new(), round, String::new(), String::new()));
    let national_title = format!("How other forces were graded in PEEL {}", round.label());
    // Built inside the accordion (called from its children), where its context is provided.
    let name = force_name.clone();
    let national_picture = move || {
        (!distributions.is_empty()).then(|| {
        let force_name = name;
        view! {
            <AccordionSection id="national-picture".to_owned() title=national_title>
                <div class="distributions">
                    {distributions
                        .into_iter()
                        .map(|distribution| view! { <GradeDistribution distribution force_name=Some(force_name.clone())/> })
                        .collect_view()}
                </div>
            </AccordionSection>
        }
    })
    };
    let name = force_name.clone();
    let grade_history = move || {
        (!history.is_empty()).then(|| {
            let force_name = name;
            view! {
                <AccordionSection id="grade-history".to_owned() title="Grades over time".to_owned()>
                    <GradeHistory histories=history force_name/>
                </AccordionSection>
            }
        })
    };
    view! {
        {inspector.map(|i| view! {
            <p class="inspector" id="inspector">
                "Inspector: " <strong>{i.name}</strong> ", " {i.title}
            </p>
        })}
        <Accordion storage_key=path.clone() contents=true>
            {(!hmi_observations.is_empty()).then(|| view! {
                <AccordionSection id="hmi-observations".to_owned() title="HMI’s observations".to_owned()>
                    <LinkedParagraphs prefix="hmi-observations".to_owned() paragraphs=hmi_observations/>
                </AccordionSection>
            })}
            {(!force_area.is_empty()).then(|| view! {
                <AccordionSection id="force-area".to_owned() title="The force area".to_owned()>
                    <LinkedParagraphs prefix="force-area".to_owned() paragraphs=force_area/>
                </AccordionSection>
            })}
            {(!working_arrangements.is_empty()).then(|| view! {
                <AccordionSection id="working-arrangements".to_owned() title="Working arrangements".to_owned()>
                    <LinkedParagraphs prefix="working-arrangements".to_owned() paragraphs=working_arrangements/>
                </AccordionSection>
            })}
            {looking_ahead.map(|ahead| view! {
                <AccordionSection id="looking-ahead".to_owned() title=format!("Looking ahead to {}", ahead.year)>
                    <LinkedParagraphs prefix="looking-ahead".to_owned() paragraphs=ahead.paragraphs/>
                    {(!ahead.bullets.is_empty()).then(|| view! { <LinkedList prefix="looking-ahead".to_owned() items=ahead.bullets/> })}
                </AccordionSection>
            })}
            {(!pillars.is_empty()).then(|| {
                let path = path.clone();
                view! {
                <AccordionSection id="pillars".to_owned() title="Findings by pillar".to_owned()>
                    <div class="pillar-cards">
                        {pillars
                            .into_iter()
                            .map(|section| {
                                let link = pillar_pages.contains(&section.pillar).then(|| format!("{path}{}/", section.pillar.slug()));
                                view! { <PillarCard section link/> }
                            })
                            .collect_view()}
                    </div>
                </AccordionSection>
                }
            })}
            {other_inspections.map(|other| view! { <OtherInspectionsSection other path=path.clone()/> })}
            {other_reports.map(|other| view! { <OtherReportsSection other/> })}
            {key_facts.map(|facts| view! { <KeyFactsSection facts force_name=force_name.clone()/> })}
            {(!force_context.is_empty()).then(|| view! {
                <AccordionSection id="force-context".to_owned() title="Points of context provided by the force".to_owned()>
                    <LinkedList prefix="force-context".to_owned() items=force_context/>
                </AccordionSection>
            })}
            {crime_plan.map(|plan| view! { <CrimePlanSection plan/> })}
            {national_picture()}
            {grade_history()}
        </Accordion>
    }
    .into_any()
}

fn last_updated(date: Option<Date>) -> Option<impl IntoView> {
    date.map(|d| view! { <p class="last-updated">"Last updated " <time datetime=d.to_string()>{d.long()}</time></p> })
}

#[component]
fn OtherInspectionsSection(other: OtherInspections, path: String) -> impl IntoView {
    view! {
        <AccordionSection id="other-inspections".to_owned() title="Other inspections".to_owned()>
            <p class="section-question">{other.question}</p>
            <LinkedParagraphs prefix="other-inspections".to_owned() paragraphs=other.introduction/>
            {other
                .inspections
                .into_iter()
                .enumerate()
                .map(|(i, inspection)| {
                    let id = inspection.pillar.map(|p| p.slug().to_owned()).unwrap_or_else(|| format!("other-inspection-{}", i + 1));
                    let heading = inspection.pillar.map(|p| p.label().to_owned()).unwrap_or_else(|| format!("Inspection {}", i + 1));
                    let link = inspection.pillar.map(|p| format!("{path}{}/", p.slug()));
                    view! {
                        <section class="other-inspection" id=id.clone() aria-labelledby=format!("{id}-heading")>
                            <h3 id=format!("{id}-heading")>{heading.clone()}</h3>
                            <p><strong class="grade-tag grade-tag--not-graded">"Not graded"</strong></p>
                            {last_updated(inspection.last_updated)}
                            <LinkedParagraphs prefix=id.clone() paragraphs=inspection.paragraphs/>
                            {link.map(|link| view! {
                                <p><a href=href(&link)>{format!("{heading}: the questions asked")}</a></p>
                            })}
                        </section>
                    }
                })
                .collect_view()}
        </AccordionSection>
    }
}

#[component]
fn OtherReportsSection(other: OtherReports) -> impl IntoView {
    view! {
        <AccordionSection id="other-reports".to_owned() title="Other reports".to_owned()>
            {last_updated(other.last_updated)}
            <LinkedParagraphs prefix="other-reports".to_owned() paragraphs=other.paragraphs/>
        </AccordionSection>
    }
}

#[component]
fn KeyFactsSection(facts: KeyFacts, force_name: String) -> impl IntoView {
    view! {
        <AccordionSection id="key-facts".to_owned() title=format!("Key facts – {}", facts.period)>
            <KeyFactsComparison facts force_name/>
        </AccordionSection>
    }
}

#[component]
fn CrimePlanSection(plan: CrimePlan) -> impl IntoView {
    view! {
        <AccordionSection id="crime-plan".to_owned() title="Police and crime plan priorities".to_owned()>
            <p id="crime-plan-intro">{plan.introduction}</p>
            <LinkedList prefix="crime-plan".to_owned() items=plan.priorities/>
            <LinkedParagraphs prefix="crime-plan".to_owned() paragraphs=plan.paragraphs/>
        </AccordionSection>
    }
}
