//! `/force/<force>/<round>/`: a force's PEEL assessment for one round, everything the report
//! holds in the page's order.

use leptos::prelude::*;
use peel_model::RoundKind;
use peel_model::pages::ForceYear;
use peel_model::pages::embed::EmbedOffer;
use peel_model::pages::force_round::{ForceRoundView, NAME_SEPARATOR, OfficialReport};
use peel_model::report::{CrimePlan, KeyFacts, OtherInspections, OtherReports, Report};
use peel_model::widgets::changes::{Changes, Comparison};
use peel_model::widgets::distribution::Distribution;
use peel_model::widgets::footnotes::Footnotes;
use peel_model::widgets::force_monitoring::ForceMonitoring;
use peel_model::widgets::history::History;
use peel_model::wording::{NOT_GRADED_NOTE, sentence_case};
use peel_model::{Area, Judgement, Round, Route};

use crate::components::accordion::{Accordion, AccordionSection};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::chart_images::ChartImageLinks;
use crate::components::cite_this_page::CiteThisPage;
use crate::components::cited_source::CitedSource;
use crate::components::embed_this::EmbedThis;
use crate::components::external_link::ExternalLink;
use crate::components::grade_distribution::GradeDistribution;
use crate::components::grade_history::GradeHistory;
use crate::components::grade_tag::GradeTag;
use crate::components::key_facts::KeyFactsComparison;
use crate::components::last_updated::LastUpdated;
use crate::components::linked_paragraphs::{LinkedList, LinkedParagraphs};
use crate::components::monitoring_history::MonitoringHistory;
use crate::components::monitoring_notice::MonitoringNotice;
use crate::components::page_meta::PageMeta;
use crate::components::pillar_card::PillarCard;
use crate::components::round_switcher::RoundSwitcher;
use crate::components::source_list::SourceList;
use crate::components::source_note::SourceNote;
use crate::components::static_content::StaticContent;
use crate::site::link;

#[component]
pub fn ForceRoundPage(page: ForceRoundView) -> impl IntoView {
    let year = page.year.clone();
    let force = year.force.clone();
    let round = year.round;
    let route = year.round_route();
    let title = page.title();
    let report = page.report.clone();
    let (official_url, official_label) = year.official_page();
    view! {
        <PageMeta title=title.clone() description=page.description() route=route.clone() image=page.preview_image()/>
        <Breadcrumbs trail=vec![
            ("Home".to_owned(), Route::Home),
            (force.name.clone(), year.force_route()),
            (format!("PEEL {}", round.label()), route.clone()),
        ]/>
        <header class="page-header">
            <p class="page-header__caption">{format!("PEEL {}", round.label())}</p>
            <h1>{force.name.clone()}</h1>
            <p class="page-header__region">{format!("Region: {}", force.region)}</p>
        </header>
        {year.monitoring.notice(&force.name).map(|notice| {
            let footnotes = page.footnotes.clone();
            view! { <StaticContent content=move || view! { <MonitoringNotice notice footnotes/> }/> }
        })}
        <RoundSwitcher year=year.clone() pillar=None/>
        {report.as_ref().map(|r| view! { <div class="introduction">{r.introduction.iter().map(|p| view! { <p class="lead">{p.clone()}</p> }).collect_view()}</div> })}
        <StaticContent content={
            let page = page.clone();
            move || view! { <Judgements page/> }
        }/>
        <ChartImageLinks links=Signal::stored(page.images.clone().unwrap_or_default())/>
        {report.is_none().then({
            let title = title.clone();
            let official = page.official_report();
            let force_name = force.name.clone();
            move || view! {
            <section class="no-report" id="report" aria-labelledby="no-report-heading">
                <h2 id="no-report-heading">"The inspection report"</h2>
                {match official {
                    OfficialReport::Report { url } => view! {
                        <p>
                            "PEEL Explorer holds only the grades of this assessment, not the text of its report. Read the full findings on "
                            <ExternalLink href=url class="official-report">"the official HMICFRS page for " {title.clone()}</ExternalLink>"."
                        </p>
                    }
                    .into_any(),
                    OfficialReport::ForcePage { url } => view! {
                        <p>
                            "PEEL Explorer holds only the grades of this assessment, and no address of its official report. "
                            <ExternalLink href=url class="official-report">{format!("{force_name}'s page on the HMICFRS website")}</ExternalLink>
                            " lists the force's reports."
                        </p>
                    }
                    .into_any(),
                }}
            </section>
        }})}
        <ForceYearSections
            report
            year=year.clone()
            national_title=page.national_title()
            distributions=page.distributions.clone()
            history=page.history.clone()
            round_kinds=page.round_kinds.clone()
            history_note=page.history_not_held_note()
            footnotes=page.footnotes.clone()
        />
        <StaticContent content={
            let footnotes = page.footnotes.clone();
            move || view! { <SourceList footnotes/> }
        }/>
        <EmbedThis offer=Signal::stored(EmbedOffer::of_card(&page))/>
        <CiteThisPage year=year.clone() title=title.clone() route=route.clone() sources=page.footnotes.clone()/>
        <SourceNote
            route
            page_url=official_url
            page_label=official_label
            data_date=year.data_date
            source_file=page.report.as_ref().map(|r| r.source_file.clone())
        />
    }
    .into_any()
}

/// The grades held first, each with its place among the forces held and its source; the areas
/// not held in one line with one link; the changes since the previous round; the way to compare.
#[component]
fn Judgements(page: ForceRoundView) -> impl IntoView {
    let force = page.year.force.clone();
    let not_held = page.not_held();
    let graded_for_some = page.graded_for_some_forces_not_held();
    let changes = page.changes.clone();
    let round = page.year.round;
    view! {
        <section id="judgements" aria-labelledby="judgements-heading" class="judgements">
            <h2 id="judgements-heading">"Judgements"</h2>
            <p>{page.judgements_intro()}</p>
            {page.no_grades_sentence().map(|sentence| view! { <p class="no-grades">{sentence}</p> })}
            <dl class="judgement-list">
                {page
                    .held_grades()
                    .into_iter()
                    .map(|grade| {
                        let label = grade.area.label();
                        let name = match grade.link {
                            Some(pillar_page) => view! { <a href=link(&pillar_page)>{label}</a> }.into_any(),
                            None => view! { <span>{label}</span> }.into_any(),
                        };
                        view! {
                            <div class="judgement-list__row" id=grade.area.slug()>
                                <dt>{name}</dt>
                                <dd>
                                    <GradeTag judgement=Some(grade.judgement)/>
                                    {grade.sentence.map(|s| view! { <span class="judgement-list__sentence">{s}</span> })}
                                    {grade.context.map(|c| view! { <span class="judgement-list__context">{sentence_case(&c)}"."</span> })}
                                    {grade.source.map(|cited| view! {
                                        <span class="judgement-list__source"><CitedSource cited/></span>
                                    })}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            {not_held.map(|not_held| view! {
                <p class="not-held">
                    {not_held.lead()}
                    <AreaNames areas=not_held.areas.clone()/>
                    {not_held.tail()} " "
                    <ExternalLink href=not_held.url().to_owned() class="not-held__report">{not_held.link_words()}</ExternalLink>
                    "."
                </p>
            })}
            {graded_for_some.map(|some| view! {
                <p class="not-held">
                    <AreaNames areas=some.areas.clone()/>
                    {some.tail()}
                </p>
            })}
            {page.has_not_graded().then(|| view! { <p class="note">{NOT_GRADED_NOTE}</p> })}
            {changes.map(|changes| view! { <ChangesSince changes round/> })}
            <p class="compare-link">
                <a href=link(&page.compare_route())>{format!("Compare {} with other forces", force.name)}</a>
            </p>
        </section>
    }
}

/// Areas named in a sentence, each the target of its own address (`#investigating-crime`),
/// where the national table's cells lead.
#[component]
fn AreaNames(areas: Vec<Area>) -> impl IntoView {
    let last = areas.len().saturating_sub(1);
    areas
        .into_iter()
        .enumerate()
        .map(|(i, area)| {
            view! {
                <span class="not-held__area" id=area.slug()>{area.label()}</span>
                {(i < last).then_some(NAME_SEPARATOR)}
            }
        })
        .collect_view()
}

/// How the force's grades changed since its previous round held.
#[component]
fn ChangesSince(changes: Changes, round: Round) -> impl IntoView {
    let note = changes.note(round);
    let list: Vec<String> = match &changes.compared {
        Comparison::Compared { changes: list, .. } => {
            list.iter().map(|c| c.sentence(changes.previous)).collect()
        }
        Comparison::OtherFramework { .. } => Vec::new(),
    };
    view! {
        <section class="changes" aria-labelledby="changes-heading">
            <h3 id="changes-heading">{changes.title()}</h3>
            {(!list.is_empty()).then(|| view! {
                <ul class="changes__list">{list.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            })}
            {note.map(|note| view! { <p class="note">{note}</p> })}
        </section>
    }
}

/// The report text (the inspector, then every section of the page in its order) and how the
/// force compares, as expandable sections. Only sections with something to show are shown.
#[component]
fn ForceYearSections(
    report: Option<Report>,
    year: ForceYear,
    national_title: String,
    distributions: Vec<Distribution>,
    history: Vec<History>,
    round_kinds: Vec<RoundKind>,
    /// What "not held" means, where the history shows a grade not held.
    history_note: Option<String>,
    footnotes: Footnotes,
) -> impl IntoView {
    let storage_key = year.round_route().path();
    let inspector = report.as_ref().and_then(|r| r.inspector.clone());
    let force_name = year.force.name.clone();
    // Built inside the accordion (called from its children), where its context is provided.
    let name = force_name.clone();
    let national_picture = move || {
        (!distributions.is_empty()).then(|| {
            let force_name = name;
            view! {
                <AccordionSection id="national-picture".to_owned() title=national_title>
                    <StaticContent content=move || view! {
                        <div class="distributions">
                            {distributions
                                .into_iter()
                                .map(|distribution| view! { <GradeDistribution distribution force_name=Some(force_name.clone())/> })
                                .collect_view()}
                        </div>
                    }/>
                </AccordionSection>
            }
        })
    };
    let monitoring: ForceMonitoring = year.monitoring.clone();
    let grade_history = move || {
        (!history.is_empty() || !monitoring.spells.is_empty()).then(|| {
            view! {
                <AccordionSection id="grade-history".to_owned() title="Grades over time".to_owned()>
                    <StaticContent content=move || view! {
                        {(!history.is_empty()).then(|| view! { <GradeHistory histories=history round_kinds force_name/> })}
                        {history_note.map(|note| view! { <p class="note">{note}</p> })}
                        <MonitoringHistory monitoring footnotes/>
                    }/>
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
        <Accordion storage_key contents=true>
            {report.map(|report| view! { <ReportSections report year/> })}
            {national_picture()}
            {grade_history()}
        </Accordion>
    }
}

/// Every section of the report text held, in the page's order.
#[component]
fn ReportSections(report: Report, year: ForceYear) -> impl IntoView {
    let Report {
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
    } = report;
    let pillar_pages = year.pillar_pages();
    view! {
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
        {(!pillars.is_empty()).then({
            let year = year.clone();
            move || view! {
            <AccordionSection id="pillars".to_owned() title="Findings by pillar".to_owned()>
                <StaticContent content=move || view! {
                    <div class="pillar-cards">
                        {pillars
                            .into_iter()
                            .map(|section| {
                                let link = pillar_pages.contains(&section.pillar).then(|| year.pillar_route(section.pillar));
                                view! { <PillarCard section link/> }
                            })
                            .collect_view()}
                    </div>
                }/>
            </AccordionSection>
            }
        })}
        {other_inspections.map(|other| view! { <OtherInspectionsSection other year=year.clone()/> })}
        {other_reports.map(|other| view! { <OtherReportsSection other/> })}
        {key_facts.map(|facts| view! { <KeyFactsSection facts force_name=year.force.name.clone()/> })}
        {(!force_context.is_empty()).then(|| view! {
            <AccordionSection id="force-context".to_owned() title="Points of context provided by the force".to_owned()>
                <LinkedList prefix="force-context".to_owned() items=force_context/>
            </AccordionSection>
        })}
        {crime_plan.map(|plan| view! { <CrimePlanSection plan/> })}
    }
}

#[component]
fn OtherInspectionsSection(other: OtherInspections, year: ForceYear) -> impl IntoView {
    view! {
        <AccordionSection id="other-inspections".to_owned() title="Other inspections".to_owned()>
            <p class="section-question">{other.question}</p>
            <LinkedParagraphs prefix="other-inspections".to_owned() paragraphs=other.introduction/>
            <StaticContent content=move || other
                .inspections
                .into_iter()
                .enumerate()
                .map(|(i, inspection)| {
                    let id = inspection.pillar.map(|p| p.slug().to_owned()).unwrap_or_else(|| format!("other-inspection-{}", i + 1));
                    let heading = inspection.pillar.map(|p| p.label().to_owned()).unwrap_or_else(|| format!("Inspection {}", i + 1));
                    let link = inspection.pillar.map(|p| year.pillar_route(p));
                    view! {
                        <section class="other-inspection" id=id.clone() aria-labelledby=format!("{id}-heading")>
                            <h3 id=format!("{id}-heading")>{heading.clone()}</h3>
                            <p><GradeTag judgement=Some(Judgement::NotGraded)/></p>
                            <LastUpdated date=inspection.last_updated/>
                            <LinkedParagraphs prefix=id.clone() paragraphs=inspection.paragraphs/>
                            {link.map(|link| view! {
                                <p><a href=crate::site::link(&link)>{format!("{heading}: the questions asked")}</a></p>
                            })}
                        </section>
                    }
                })
                .collect_view()/>
        </AccordionSection>
    }
}

#[component]
fn OtherReportsSection(other: OtherReports) -> impl IntoView {
    view! {
        <AccordionSection id="other-reports".to_owned() title="Other reports".to_owned()>
            <LastUpdated date=other.last_updated/>
            <LinkedParagraphs prefix="other-reports".to_owned() paragraphs=other.paragraphs/>
        </AccordionSection>
    }
}

#[component]
fn KeyFactsSection(facts: KeyFacts, force_name: String) -> impl IntoView {
    view! {
        <AccordionSection id="key-facts".to_owned() title=format!("Key facts – {}", facts.period)>
            <StaticContent content=move || view! { <KeyFactsComparison facts force_name/> }/>
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
