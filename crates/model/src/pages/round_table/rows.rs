//! The national table's rows as a [`TableState`] shows them: filtered, sorted, grouped, counted
//! and described. The state itself (the URL query) is [`crate::route::TableState`].

use std::cmp::Ordering;

use crate::area::Area;
use crate::grade::Judgement;
use crate::route::{GradeFilter, Route, SortKey, TableState, region_slug};
use crate::text::normalise;
use crate::widgets::distribution::GradeCounts;
use crate::wording::{NOT_HELD, NOT_HELD_IN_DATASET, area_phrase, count_word, plural};

use super::{RoundTableRow, RoundTableView, Standing};

/// Rows under one heading: a region, or all rows (`region: None`) when not grouped.
#[derive(Clone, Debug, PartialEq)]
pub struct RowGroup<'a> {
    pub region: Option<String>,
    pub rows: Vec<&'a RoundTableRow>,
}

/// How many of the rows shown have each judgement in one column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnCounts {
    pub area: Area,
    pub counts: GradeCounts,
}

impl TableState {
    /// The state with what `view` does not have dropped: a sort or filter column that is not one
    /// of its areas, a region it does not list, a grade not on its scale.
    pub fn normalise(&self, view: &RoundTableView) -> TableState {
        let has_area = |slug: &str| view.areas.iter().any(|a| a.slug() == slug);
        let mut state = self.clone();
        if let SortKey::Area(slug) = &state.sort
            && !has_area(slug)
        {
            state.sort = SortKey::Force;
            state.descending = false;
        }
        if let Some(region) = &state.region
            && !view.regions.iter().any(|r| &region_slug(r) == region)
        {
            state.region = None;
        }
        if let Some(GradeFilter::Grade(g)) = state.grade
            && !view.scale.has(g)
        {
            state.grade = None;
        }
        if state.area.as_deref().is_some_and(|a| !has_area(a)) {
            state.area = None;
        }
        state
    }
    /// The rows shown, filtered and sorted (the state is normalised against `view` first).
    pub fn rows<'a>(&self, view: &'a RoundTableView) -> Vec<&'a RoundTableRow> {
        let state = self.normalise(view);
        let column = |slug: &str| view.areas.iter().position(|a| a.slug() == slug);
        let filter_column = state.area.as_deref().and_then(column);
        let sort_column = match &state.sort {
            SortKey::Area(slug) => column(slug),
            _ => None,
        };
        let mut rows: Vec<&RoundTableRow> = view
            .rows
            .iter()
            .filter(|row| in_region(&state, row))
            .filter(|row| match state.grade {
                None => true,
                Some(filter) => match filter_column {
                    Some(i) => filter.matches(judgement(row, i)),
                    None => (0..view.areas.len()).any(|i| filter.matches(judgement(row, i))),
                },
            })
            .collect();
        let region_order = |row: &RoundTableRow| view.regions.iter().position(|r| r == &row.region);
        rows.sort_by(|a, b| {
            let primary = match (&state.sort, sort_column) {
                (SortKey::Region, _) => {
                    // Regions the index does not list come after the listed ones either way.
                    let (pa, pb) = (region_order(a), region_order(b));
                    let unlisted = |p: Option<usize>| p.is_none();
                    let order = pa.cmp(&pb);
                    let order = if state.descending { order.reverse() } else { order };
                    unlisted(pa)
                        .cmp(&unlisted(pb))
                        .then(order)
                        .then_with(|| a.region.cmp(&b.region))
                }
                (SortKey::Standing, _) => {
                    Standing::of(view, a).compare(&Standing::of(view, b), state.descending)
                }
                (SortKey::Area(_), Some(i)) => {
                    grade_order(judgement(a, i), judgement(b, i), state.descending)
                }
                _ => Ordering::Equal,
            };
            let by_name = by_name(a, b);
            let name_descending = state.descending && matches!(state.sort, SortKey::Force);
            primary.then(if name_descending {
                by_name.reverse()
            } else {
                by_name
            })
        });
        rows
    }

    /// The rows shown, under region headings (in the index's region order, empty regions left
    /// out) when grouped, else as one group with no heading. Within a group, rows keep the sort.
    pub fn groups<'a>(&self, view: &'a RoundTableView) -> Vec<RowGroup<'a>> {
        let rows = self.rows(view);
        if !self.grouped_by_region {
            return vec![RowGroup { region: None, rows }];
        }
        let mut regions: Vec<&str> = view.regions.iter().map(String::as_str).collect();
        if self.descending && self.sort == SortKey::Region {
            regions.reverse();
        }
        // Regions of rows the index does not list still show, after the listed ones.
        for row in &rows {
            if !regions.contains(&row.region.as_str()) {
                regions.push(&row.region);
            }
        }
        regions
            .into_iter()
            .filter_map(|region| {
                let rows: Vec<&RoundTableRow> = rows.iter().copied().filter(|r| r.region == region).collect();
                (!rows.is_empty()).then(|| RowGroup {
                    region: Some(region.to_owned()),
                    rows,
                })
            })
            .collect()
    }

    /// What the table shows, in words, for a caption or a live region:
    /// "13 of 43 forces: graded requires improvement for effectiveness. Sorted by force name, A to Z."
    pub fn describe(&self, view: &RoundTableView, shown: usize) -> String {
        let state = self.normalise(view);
        let total = view.rows.len();
        let mut text = if state.region.is_none() && state.grade.is_none() {
            format!("All {total} forces")
        } else {
            format!("{shown} of {total} forces")
        };
        let mut filters: Vec<String> = Vec::new();
        if let Some(slug) = &state.region {
            let name = view
                .regions
                .iter()
                .find(|r| &region_slug(r) == slug)
                .map_or(slug.as_str(), String::as_str);
            filters.push(format!("in {name}"));
        }
        if let Some(filter) = state.grade {
            let area = state
                .area
                .as_deref()
                .and_then(|slug| view.areas.iter().find(|a| a.slug() == slug));
            filters.push(match (filter, area) {
                (GradeFilter::Grade(g), Some(a)) => {
                    format!("graded {} for {}", g.word(), area_phrase(a))
                }
                (GradeFilter::Grade(g), None) => format!("graded {} for at least one area", g.word()),
                (GradeFilter::NotGraded, Some(a)) => {
                    format!("{} for {}", Judgement::NOT_GRADED_WORD, area_phrase(a))
                }
                (GradeFilter::NotGraded, None) => {
                    format!("{} for at least one area", Judgement::NOT_GRADED_WORD)
                }
                (GradeFilter::NotHeld, Some(a)) => {
                    format!("with no {} grade held", area_phrase(a))
                }
                (GradeFilter::NotHeld, None) => format!("with at least one grade {NOT_HELD}"),
            });
        }
        if !filters.is_empty() {
            text.push_str(": ");
            text.push_str(&filters.join(", "));
        }
        let sort = match &state.sort {
            SortKey::Force if state.descending => "force name, Z to A".to_owned(),
            SortKey::Force => "force name, A to Z".to_owned(),
            SortKey::Region if state.descending => "region in reverse order, then force name".to_owned(),
            SortKey::Region => "region, then force name".to_owned(),
            SortKey::Standing if state.descending => {
                "standing, fewest inadequate grades first, forces with no grade held last".to_owned()
            }
            SortKey::Standing => {
                "standing, most inadequate grades first, forces with no grade held last".to_owned()
            }
            SortKey::Area(slug) => {
                let label = view
                    .areas
                    .iter()
                    .find(|a| &a.slug() == slug)
                    .map_or_else(|| slug.clone(), area_phrase);
                let order = if state.descending {
                    "worst first"
                } else {
                    "best first"
                };
                format!("{label}, {order}, forces with no grade held last")
            }
        };
        text.push('.');
        if let Some(sentence) = state.not_held_sentence(view) {
            text.push(' ');
            text.push_str(&sentence);
        }
        text.push_str(" Sorted by ");
        text.push_str(&sort);
        if state.grouped_by_region {
            text.push_str("; grouped by region");
        }
        text.push('.');
        text
    }

    /// Under a grade filter, how many of the forces filtered from have no grade held where the
    /// filter looks, so that the count is not read as national: "Investigating crime is not
    /// held for 12 of the 43 forces." (`None` with no grade filter, or when the filter is
    /// "not held" itself, or when every grade there is held.)
    fn not_held_sentence(&self, view: &RoundTableView) -> Option<String> {
        let state = self.normalise(view);
        state.grade.filter(|f| *f != GradeFilter::NotHeld)?;
        let base: Vec<&RoundTableRow> = view.rows.iter().filter(|row| in_region(&state, row)).collect();
        let total = base.len() as u32;
        let forces = format!("{} {}", count_word(total), plural(total, "force", "forces"));
        let of = match &state.region {
            None => format!("of the {forces}"),
            Some(_) => format!("of the {forces} in the region"),
        };
        let column = state
            .area
            .as_deref()
            .and_then(|slug| view.areas.iter().position(|a| a.slug() == slug));
        match column {
            Some(i) => {
                let area = &view.areas[i];
                let missing = base.iter().filter(|row| judgement(row, i).is_none()).count() as u32;
                if missing == 0 {
                    return None;
                }
                let mut sentence = format!(
                    "The {} grade is {NOT_HELD_IN_DATASET} for {} {of}",
                    area_phrase(area),
                    count_word(missing)
                );
                if view.graded_for_some_forces_only.contains(area) {
                    sentence.push_str(" (an area graded for some forces only)");
                }
                sentence.push('.');
                Some(sentence)
            }
            None => {
                let missing = base
                    .iter()
                    .filter(|row| (0..view.areas.len()).any(|i| judgement(row, i).is_none()))
                    .count() as u32;
                (missing > 0).then(|| {
                    format!(
                        "At least one grade is {NOT_HELD_IN_DATASET} for {} {of}.",
                        count_word(missing)
                    )
                })
            }
        }
    }
}

/// Whether `row` is in the region the table is filtered to (every row when it is not).
fn in_region(state: &TableState, row: &RoundTableRow) -> bool {
    state
        .region
        .as_ref()
        .is_none_or(|r| &region_slug(&row.region) == r)
}

fn judgement(row: &RoundTableRow, column: usize) -> Option<Judgement> {
    row.grades.get(column).copied().flatten()
}

fn by_name(a: &RoundTableRow, b: &RoundTableRow) -> Ordering {
    normalise(&a.name)
        .cmp(&normalise(&b.name))
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.force.cmp(&b.force))
}

/// Grades best first (or worst first when `descending`); not graded after them, not held last.
fn grade_order(a: Option<Judgement>, b: Option<Judgement>, descending: bool) -> Ordering {
    let class = |j: Option<Judgement>| match j {
        Some(Judgement::Graded(_)) => 0,
        Some(Judgement::NotGraded) => 1,
        None => 2,
    };
    class(a).cmp(&class(b)).then_with(|| match (a, b) {
        (Some(Judgement::Graded(x)), Some(Judgement::Graded(y))) => {
            let order = x.rank().cmp(&y.rank());
            if descending { order.reverse() } else { order }
        }
        _ => Ordering::Equal,
    })
}

/// Counts per judgement of each column, over `rows` (the rows shown).
pub fn column_counts(view: &RoundTableView, rows: &[&RoundTableRow]) -> Vec<ColumnCounts> {
    view.areas
        .iter()
        .enumerate()
        .map(|(i, area)| ColumnCounts {
            area: area.clone(),
            counts: GradeCounts::tally(view.scale, rows.iter().map(|r| judgement(r, i))),
        })
        .collect()
}

/// Where a cell links: the force's pillar page for a pillar column, else the force-year page
/// with the area's anchor (`/force/kent/2021-22/#investigating-crime`).
pub fn cell_path(view: &RoundTableView, row: &RoundTableRow, column: usize) -> Option<String> {
    let area = view.areas.get(column)?;
    let force = row.force.clone();
    let round = view.round;
    Some(match area {
        Area::Pillar(pillar) | Area::Question { pillar, .. } => Route::Pillar {
            force,
            round,
            pillar: *pillar,
        }
        .path(),
        Area::GradedArea(_) => Route::ForceRound { force, round }.path_to(&area.slug()),
    })
}

/// Where a row's force name links: its page for the round where anything is held, else the
/// force's own page.
pub fn row_path(view: &RoundTableView, row: &RoundTableRow) -> String {
    let force = row.force.clone();
    if row.grades.iter().any(Option::is_some) {
        Route::ForceRound {
            force,
            round: view.round,
        }
        .path()
    } else {
        Route::ForceLatest { force }.path()
    }
}

#[cfg(test)]
pub(crate) mod tests;
