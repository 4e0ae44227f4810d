//! `/round/<round>/`: every force's grades for one round, sortable, filterable and grouped by
//! region; the state lives in the URL query, so a copied link shows the same table.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use peel_model::Route;
use peel_model::pages::embed::EmbedOffer;
use peel_model::pages::export::{Format, table_download};
use peel_model::pages::round_table::{
    RoundTableRow, RoundTableView, SORT_RULE, Standing, cell_path, column_counts, row_path,
};
use peel_model::route::{GradeFilter, SortKey, TableState, region_slug};

use super::use_route;
use crate::components::chart_images::ChartImageLinks;
use crate::components::cite_this_page::Cite;
use crate::components::download::DownloadLinks;
use crate::components::embed_this::EmbedThis;
use crate::components::grade_tag::GradeTag;
use crate::components::page_meta::PageMeta;
use crate::components::round_switcher::RoundNav;
#[cfg(feature = "hydrate")]
use crate::components::row_order::{Arrangement, RowGroupKeys};
use crate::components::scroll_region::ScrollRegion;
use crate::components::static_content::{StaticContent, hydrating};
use crate::components::tile_map::TileMap;
use crate::site::{href, link};

#[component]
pub fn RoundTablePage(table: Arc<RoundTableView>) -> impl IntoView {
    let round = table.round;
    // The table's state is the address's query, which the page's data leaves out.
    let route = use_route();
    let state = {
        let table = table.clone();
        Memo::new(move |_| match route.get() {
            Route::RoundTable { state, .. } => state.normalise(&table),
            // The address has moved on to another page, whose data is on its way.
            _ => TableState::default(),
        })
    };
    let navigate = use_navigate();
    // Every change of table is a change of address, so the address always reproduces it.
    let go = Callback::new(move |next: TableState| {
        navigate(
            &link(&Route::RoundTable { round, state: next }),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        )
    });
    let title = table.title();
    let coverage = table.coverage_sentence();
    let description = {
        let table = table.clone();
        move || {
            let state = state.get();
            state.describe(&table, state.rows(&table).len())
        }
    };
    let download = {
        let table = table.clone();
        Callback::new(move |format: Format| {
            let state = state.get_untracked();
            table_download(&table, &state, &state.rows(&table), format)
        })
    };
    // The citation follows the table's state, as its address does.
    let cite = {
        let table = table.clone();
        move |address: &str| state.with(|state| table.citation(state, address))
    };
    view! {
        <PageMeta
            title=title.clone()
            description=format!("Every police force of England and Wales in PEEL {}. {coverage}", round.label())
            route=Route::round_table(round)
            image=table.preview_image()
        />
        <h1>{title}</h1>
        <RoundNav label="PEEL rounds" title="Rounds" links=table.round_links() current=Some(round)/>
        <p class="lead">{coverage}</p>
        <p class="note">{table.scale_note()}</p>
        <RoundMap table=table.clone() state/>
        <TableControls table=table.clone() state go/>
        <p class="table-status" role="status" aria-live="polite">{description}</p>
        <DownloadLinks what="the table" make=download/>
        <p class="note" id="standing-rule">
            "Standing counts each force’s grades of the round held in this dataset, by level. " {SORT_RULE}
        </p>
        <ScrollRegion label=format!("PEEL {} grades by force", round.label())>
            <GradeTable table state go/>
        </ScrollRegion>
        <Cite route=Route::round_table(round) cite/>
    }
}

/// The map above the table, coloured by the column the reader chose (the area filter), else by
/// the first.
#[component]
fn RoundMap(table: Arc<RoundTableView>, state: Memo<TableState>) -> impl IntoView {
    let what = if table.has_pillars() {
        "a pillar"
    } else {
        "an area"
    };
    // Only the chosen column redraws the map; sorting and filtering leave it be.
    let area = Memo::new(move |_| state.with(|s| s.area.clone()));
    let table_for_embed = table.clone();
    let table_for_images = table.clone();
    // The images follow the chosen column, as the map does.
    let images = Signal::derive(move || {
        area.with(|area| {
            table_for_images
                .map_images_for(area.as_deref())
                .unwrap_or_default()
                .to_owned()
        })
    });
    let map = move || {
        let chosen = TableState {
            area: area.get(),
            ..TableState::default()
        };
        table
            .map(&chosen)
            .map(|map| view! { <StaticContent content=move || view! { <TileMap map id="round-map"/> }/> })
    };
    // The embed follows the chosen column, as the map does.
    let offer = move |area: Option<String>| {
        let chosen = TableState {
            area,
            ..TableState::default()
        };
        table_for_embed.map(&chosen).as_ref().and_then(EmbedOffer::of_map)
    };
    let embed = offer(area.get_untracked()).map(|first| {
        let offer = Signal::derive(move || offer(area.get()).unwrap_or_else(|| first.clone()));
        view! { <EmbedThis offer/> }
    });
    view! {
        <section class="round-map" aria-labelledby="round-map-heading">
            <h2 id="round-map-heading">"At a glance"</h2>
            <p class="js-only">{format!("Choose {what} in the table’s filters below to colour the map by it.")}</p>
            {map}
            <ChartImageLinks links=images/>
            {embed}
        </section>
    }
}

/// Filters and grouping. Each change navigates to the matching address.
#[component]
fn TableControls(
    table: Arc<RoundTableView>,
    state: Memo<TableState>,
    go: Callback<TableState>,
) -> impl IntoView {
    let update = move |change: &dyn Fn(&mut TableState)| {
        let mut next = state.get_untracked();
        change(&mut next);
        go.run(next);
    };
    let grades = GradeFilter::all(table.scale);
    view! {
        <form class="table-controls js-only" aria-label="Filter the table" on:submit=|ev| ev.prevent_default()>
            <FilterSelect
                id="filter-region"
                label="Region"
                any="All regions"
                options=table.regions.iter().map(|region| (region_slug(region), region.clone())).collect()
                current=Signal::derive(move || state.with(|s| s.region.clone().unwrap_or_default()))
                pick=move |value: String| update(&|s| s.region = (!value.is_empty()).then(|| value.clone()))
            />
            <FilterSelect
                id="filter-grade"
                label="Grade"
                any="Any grade"
                options=grades.into_iter().map(|filter| (filter.slug().to_owned(), filter.label().to_owned())).collect()
                current=Signal::derive(move || state.with(|s| s.grade.map(|g| g.slug().to_owned()).unwrap_or_default()))
                pick=move |value: String| update(&|s| s.grade = GradeFilter::parse(&value))
            />
            <FilterSelect
                id="filter-area"
                label=if table.has_pillars() { "Pillar" } else { "Area" }
                any="Any"
                options=table.areas.iter().map(|area| (area.slug(), area.label())).collect()
                current=Signal::derive(move || state.with(|s| s.area.clone().unwrap_or_default()))
                pick=move |value: String| update(&|s| s.area = (!value.is_empty()).then(|| value.clone()))
            />
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
                <a href=link(&Route::round_table(table.round))>"Reset the table"</a>
            </p>
        </form>
    }
}

/// One of the table's filters: a labelled `<select>` whose first option (value "") means no
/// filter. It shows `current` and reports the value chosen.
#[component]
fn FilterSelect(
    id: &'static str,
    label: &'static str,
    /// The first option's text: "All regions".
    any: &'static str,
    /// Each choice's value and text.
    options: Vec<(String, String)>,
    current: Signal<String>,
    #[prop(into)] pick: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| pick.run(event_target_value(&ev))>
                <option value="" selected=move || current.with(String::is_empty)>{any}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let selected = {
                            let value = value.clone();
                            move || current.with(|c| *c == value)
                        };
                        view! { <option value=value selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn GradeTable(
    table: Arc<RoundTableView>,
    state: Memo<TableState>,
    go: Callback<TableState>,
) -> impl IntoView {
    let round = table.round;
    // The header cells are rendered once and updated in place (sort marks, counts): rendering
    // them anew when a shared address's state applied after hydration was most of that task.
    let counts = {
        let table = table.clone();
        Memo::new(move |_| {
            state.with(|state| {
                column_counts(&table, &state.rows(&table))
                    .into_iter()
                    .map(|count| count.counts.summary())
                    .collect::<Vec<String>>()
            })
        })
    };
    let mut headers = vec![
        view! { <SortHeader label="Force".to_owned() key=SortKey::Force state go column=None counts/> },
        view! { <SortHeader label="Region".to_owned() key=SortKey::Region state go column=None counts/> },
        view! { <SortHeader label="Standing".to_owned() key=SortKey::Standing state go column=None counts/> },
    ];
    for (column, area) in table.areas.iter().enumerate() {
        headers.push(view! {
            <SortHeader label=area.label() key=SortKey::Area(area.slug()) state go column=Some(column) counts/>
        });
    }
    // The rows are rendered once, in the default state's order (as prerendered), and then only
    // moved into the state's order (components::row_order).
    let body = rows_in_default_order(&table);
    let table_ref = NodeRef::<leptos::html::Table>::new();
    #[cfg(feature = "hydrate")]
    {
        use crate::components::row_order::RowOrder;
        let table = table.clone();
        let columns = table.areas.len() + 3;
        let mut order: Option<RowOrder> = None;
        Effect::new(move |_| {
            let wanted = state.with(|state| arrangement(&table, state));
            let Some(element) = table_ref.get() else {
                return;
            };
            let order = order.get_or_insert_with(|| {
                RowOrder::adopt(&element, arrangement(&table, &TableState::default()))
            });
            order.arrange(&element, wanted, columns);
        });
    }
    view! {
        <table class="grade-table round-table" node_ref=table_ref>
            <caption>{format!("PEEL {} grades by force", round.label())}</caption>
            <thead>
                <tr>{headers}</tr>
            </thead>
            {body}
        </table>
    }
}

/// The table's rows in the default state's order: as prerendered while hydrating (a static
/// block, see StaticContent), else rendered.
fn rows_in_default_order(table: &Arc<RoundTableView>) -> impl IntoView + use<> {
    if hydrating() {
        return Either::Left(view! { <tbody inner_html=String::new()></tbody> });
    }
    let rows = TableState::default()
        .rows(table)
        .into_iter()
        .map(|row| view! { <TableRow table=table.clone() row=row.clone()/> })
        .collect_view();
    Either::Right(view! { <tbody>{rows}</tbody> })
}

/// A column heading that sorts the table by `key`; under an area's heading, the counts of the
/// grades shown in its `column`.
#[component]
fn SortHeader(
    label: String,
    key: SortKey,
    state: Memo<TableState>,
    go: Callback<TableState>,
    column: Option<usize>,
    counts: Memo<Vec<String>>,
) -> impl IntoView {
    let aria_sort = {
        let key = key.clone();
        Memo::new(move |_| state.with(|s| s.aria_sort(&key)))
    };
    let standing = key == SortKey::Standing;
    let direction = move || match (aria_sort.get(), standing) {
        ("ascending", true) => " (sorted, most inadequate first)",
        ("descending", true) => " (sorted, fewest inadequate first)",
        ("ascending", false) => " (sorted, best or A first)",
        ("descending", false) => " (sorted, worst or Z first)",
        _ => "",
    };
    let icon = move || match aria_sort.get() {
        "ascending" => "▲",
        "descending" => "▼",
        _ => "↕",
    };
    view! {
        <th scope="col" aria-sort=move || aria_sort.get()>
            <button type="button" class="sort-button" on:click=move |_| go.run(state.with_untracked(|s| s.sorted_by(key.clone())))>
                {label}
                <span class="visually-hidden">{direction}</span>
                <span class="sort-button__icon" aria-hidden="true">{icon}</span>
            </button>
            {column.map(|column| view! {
                <span class="grade-table__counts">{move || counts.with(|c| c.get(column).cloned().unwrap_or_default())}</span>
            })}
        </th>
    }
}

#[component]
fn TableRow(table: Arc<RoundTableView>, row: RoundTableRow) -> impl IntoView {
    // A force with nothing held for the round has no page for it: link to its latest instead.
    let held = row.grades.iter().any(Option::is_some);
    let force_path = row_path(&table, &row);
    let cells = row
        .grades
        .iter()
        .enumerate()
        .map(|(column, judgement)| {
            let tag = view! { <GradeTag judgement=*judgement/> };
            match cell_path(&table, &row, column).filter(|_| held) {
                Some(path) => {
                    view! { <td><a href=href(&path) class="grade-table__cell-link">{tag}</a></td> }.into_any()
                }
                None => view! { <td>{tag}</td> }.into_any(),
            }
        })
        .collect_view();
    let standing = Standing::of(&table, &row).words();
    view! {
        <tr data-key=row.force.as_str().to_owned()>
            <th scope="row"><a href=href(&force_path)>{row.name.clone()}</a></th>
            <td>{row.region.clone()}</td>
            <td class="grade-table__standing">{standing}</td>
            {cells}
        </tr>
    }
}

/// The rows `state` shows, by force, in its groups.
#[cfg(feature = "hydrate")]
fn arrangement(table: &RoundTableView, state: &TableState) -> Arrangement {
    Arrangement {
        groups: state
            .groups(table)
            .into_iter()
            .map(|group| RowGroupKeys {
                heading: group.region,
                keys: group
                    .rows
                    .iter()
                    .map(|row| row.force.as_str().to_owned())
                    .collect(),
            })
            .collect(),
    }
}
