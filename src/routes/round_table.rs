//! `/round/<round>/`: every force's grades for one round, sortable, filterable and grouped by
//! region; the state lives in the URL query, so a copied link shows the same view.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use peel_model::Round;
use peel_model::explore::export::{table_csv, table_file_name, table_records};
use peel_model::explore::table::{cell_path, column_counts, region_slug};
use peel_model::explore::{Format, GradeFilter, SortKey, TableState};
use peel_model::views::{PageData, PageRequest, RoundTableRow, RoundTableView};

use super::param;
use crate::components::download::DownloadLinks;
use crate::components::grade_tag::GradeTag;
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::components::round_switcher::RoundNav;
use crate::data::use_page;
use crate::site::href;

#[component]
pub fn RoundTablePage() -> impl IntoView {
    let round = param("round");
    let load = use_page(move || PageRequest::RoundTable { round: round() });
    view! {
        <Loaded load page=|data| match &*data {
            PageData::RoundTable(view) => view! { <RoundTableContent view=Arc::new(view.clone())/> }.into_any(),
            _ => ().into_any(),
        }/>
    }
}

#[component]
fn RoundTableContent(view: Arc<RoundTableView>) -> AnyView {
    let round = view.round;
    let query = use_query_map();
    let state = {
        let view = view.clone();
        Memo::new(move |_| {
            query
                .with(|q| TableState::from_lookup(&|key| q.get(key)))
                .normalise(&view)
        })
    };
    let navigate = use_navigate();
    // Every change of view is a change of address, so the address always reproduces it.
    let go = Callback::new(move |next: TableState| {
        navigate(
            &href(&next.path(round)),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        )
    });
    let title = format!("PEEL {}: grades of every force", round.label());
    let coverage = format!(
        "Grades are held for {} of the {} forces in PEEL {}.",
        view.coverage.forces_with_grades,
        view.coverage.total_forces,
        round.label()
    );
    let description = {
        let view = view.clone();
        move || {
            let state = state.get();
            state.describe(&view, state.rows(&view).len())
        }
    };
    let download = {
        let view = view.clone();
        Callback::new(move |format: Format| {
            let state = state.get_untracked();
            let rows = state.rows(&view);
            let content = match format {
                Format::Csv => table_csv(&view, &rows),
                Format::Json => {
                    serde_json::to_string_pretty(&table_records(&view, &rows)).unwrap_or_default()
                }
            };
            (table_file_name(round, format), content)
        })
    };
    view! {
        <PageMeta
            title=title.clone()
            description=format!("Every police force of England and Wales in PEEL {}. {coverage}", round.label())
            path=format!("/round/{}/", round.slug())
        />
        <h1>{title}</h1>
        <RoundNav
            label="PEEL rounds"
            title="Rounds"
            links=Round::ALL.iter().map(|r| (*r, format!("/round/{}/", r.slug()))).collect()
            current=Some(round)
        />
        <p class="lead">{coverage}</p>
        <p class="note">
            {if round.has_pillars() {
                format!("Each force was graded on three pillars, on a {}.", round.scale().describe())
            } else {
                format!(
                    "Each force was graded on areas of policing, on a {}. Most forces’ grades for this round are not in this dataset.",
                    round.scale().describe()
                )
            }}
        </p>
        <TableControls view=view.clone() state go/>
        <p class="table-status" role="status" aria-live="polite">{description}</p>
        <DownloadLinks what="the table" make=download/>
        <div class="table-scroll">
            <GradeTable view state go/>
        </div>
    }
    .into_any()
}

/// Filters and grouping. Each change navigates to the matching address.
#[component]
fn TableControls(
    view: Arc<RoundTableView>,
    state: Memo<TableState>,
    go: Callback<TableState>,
) -> impl IntoView {
    let update = move |change: &dyn Fn(&mut TableState)| {
        let mut next = state.get_untracked();
        change(&mut next);
        go.run(next);
    };
    let grades = GradeFilter::all(view.scale);
    view! {
        <form class="table-controls js-only" aria-label="Filter the table" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="filter-region">"Region"</label>
                <select
                    id="filter-region"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        update(&|s| s.region = (!value.is_empty()).then(|| value.clone()));
                    }
                >
                    <option value="" selected=move || state.with(|s| s.region.is_none())>"All regions"</option>
                    {view
                        .regions
                        .iter()
                        .map(|region| {
                            let slug = region_slug(region);
                            let selected = {
                                let slug = slug.clone();
                                move || state.with(|s| s.region.as_deref() == Some(slug.as_str()))
                            };
                            view! { <option value=slug selected=selected>{region.clone()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-grade">"Grade"</label>
                <select
                    id="filter-grade"
                    on:change=move |ev| {
                        let value = GradeFilter::parse(&event_target_value(&ev));
                        update(&|s| s.grade = value);
                    }
                >
                    <option value="" selected=move || state.with(|s| s.grade.is_none())>"Any grade"</option>
                    {grades
                        .into_iter()
                        .map(|filter| {
                            let selected = move || state.with(|s| s.grade == Some(filter));
                            view! { <option value=filter.slug() selected=selected>{filter.label()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-area">{if view.round.has_pillars() { "In pillar" } else { "In area" }}</label>
                <select
                    id="filter-area"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        update(&|s| s.area = (!value.is_empty()).then(|| value.clone()));
                    }
                >
                    <option value="" selected=move || state.with(|s| s.area.is_none())>"Any"</option>
                    {view
                        .areas
                        .iter()
                        .map(|area| {
                            let slug = area.slug();
                            let selected = {
                                let slug = slug.clone();
                                move || state.with(|s| s.area.as_deref() == Some(slug.as_str()))
                            };
                            view! { <option value=slug selected=selected>{area.label()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field field--checkbox">
                <input
                    type="checkbox"
                    id="group-by-region"
                    prop:checked=move || state.with(|s| s.grouped_by_region)
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        update(&|s| s.grouped_by_region = checked);
                    }
                />
                <label for="group-by-region">"Group by region"</label>
            </div>
            <p class="field">
                <a href=href(&format!("/round/{}/", view.round.slug()))>"Reset the table"</a>
            </p>
        </form>
    }
}

#[component]
fn GradeTable(view: Arc<RoundTableView>, state: Memo<TableState>, go: Callback<TableState>) -> AnyView {
    let round = view.round;
    let headers = {
        let view = view.clone();
        move || {
            let current = state.get();
            let rows = current.rows(&view);
            let counts = column_counts(&view, &rows);
            let mut cells = vec![
                view! { <SortHeader label="Force".to_owned() key=SortKey::Force state=current.clone() go counts=None/> }.into_any(),
                view! { <SortHeader label="Region".to_owned() key=SortKey::Region state=current.clone() go counts=None/> }.into_any(),
            ];
            for (area, count) in view.areas.iter().zip(counts) {
                cells.push(
                    view! {
                        <SortHeader label=area.label() key=SortKey::Area(area.slug()) state=current.clone() go counts=Some(count.summary())/>
                    }
                    .into_any(),
                );
            }
            cells
        }
    };
    let body = {
        let view = view.clone();
        move || {
            let current = state.get();
            let columns = view.areas.len() + 2;
            current
                .groups(&view)
                .into_iter()
                .map(|group| {
                    let heading = group.region.clone().map(|region| view! {
                        <tr class="grade-table__group"><th colspan=columns.to_string() scope="rowgroup">{region}</th></tr>
                    });
                    let rows = group.rows.into_iter().map(|row| view! { <TableRow view=view.clone() row=row.clone()/> }).collect_view();
                    view! { <tbody>{heading}{rows}</tbody> }
                })
                .collect_view()
        }
    };
    view! {
        <table class="grade-table">
            <caption>{format!("PEEL {} grades by force", round.label())}</caption>
            <thead>
                <tr>{headers}</tr>
            </thead>
            {body}
        </table>
    }
    .into_any()
}

#[component]
fn SortHeader(
    label: String,
    key: SortKey,
    state: TableState,
    go: Callback<TableState>,
    counts: Option<String>,
) -> impl IntoView {
    let aria_sort = state.aria_sort(&key);
    let next = state.sorted_by(key);
    let direction = match aria_sort {
        "ascending" => " (sorted, best or A first)",
        "descending" => " (sorted, worst or Z first)",
        _ => "",
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button type="button" class="sort-button" on:click=move |_| go.run(next.clone())>
                {label}
                <span class="visually-hidden">{direction}</span>
                <span class="sort-button__icon" aria-hidden="true">
                    {match aria_sort {
                        "ascending" => "▲",
                        "descending" => "▼",
                        _ => "↕",
                    }}
                </span>
            </button>
            {counts.map(|c| view! { <span class="grade-table__counts">{c}</span> })}
        </th>
    }
}

#[component]
fn TableRow(view: Arc<RoundTableView>, row: RoundTableRow) -> impl IntoView {
    // A force with nothing held for the round has no page for it: link to its latest instead.
    let held = row.grades.iter().any(Option::is_some);
    let force_path = if held {
        format!("/force/{}/{}/", row.force, view.round.slug())
    } else {
        format!("/force/{}/", row.force)
    };
    let cells = row
        .grades
        .iter()
        .enumerate()
        .map(|(column, judgement)| {
            let tag = view! { <GradeTag judgement=*judgement/> };
            match cell_path(&view, &row, column).filter(|_| held) {
                Some(path) => {
                    view! { <td><a href=href(&path) class="grade-table__cell-link">{tag}</a></td> }.into_any()
                }
                None => view! { <td>{tag}</td> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <tr>
            <th scope="row"><a href=href(&force_path)>{row.name.clone()}</a></th>
            <td>{row.region.clone()}</td>
            {cells}
        </tr>
    }
}
