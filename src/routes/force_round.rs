//! `/force/<slug>/<round>/`: a force's PEEL assessment for one round.

use leptos::prelude::*;
use peel_model::views::{ForceRoundView, PageData, PageRequest};
use peel_model::{Area, Judgement};

use super::param;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::grade_tag::GradeTag;
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
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
fn ForceRoundContent(view: ForceRoundView) -> impl IntoView {
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
                        view! {
                            <div class="judgement-list__row">
                                <dt>{name}</dt>
                                <dd><GradeTag judgement=h.judgement/></dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            {view.headline.iter().any(|h| h.judgement == Some(Judgement::NotGraded)).then(|| view! {
                <p class="note">"“Not graded” is HMICFRS’s own decision not to grade; “not held” means this dataset has no grade."</p>
            })}
        </section>
        {(!year.has_report).then(|| view! {
            <section class="no-report" aria-labelledby="no-report-heading">
                <h2 id="no-report-heading">"Report text"</h2>
                <p>
                    "Only the grades of this assessment are held in PEEL Explorer, not the report's text. Read the full findings on "
                    <a href=year.page_url.clone()>"the official HMICFRS page"</a>"."
                </p>
            </section>
        })}
        <SourceNote
            page_url=year.page_url.clone()
            page_label=format!("{title} on the HMICFRS website")
            data_date=year.data_date
            source_file=view.report.as_ref().map(|r| r.source_file.clone())
        />
    }
}
