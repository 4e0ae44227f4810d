//! A distribution as a bar chart: a bar per judgement, each linking to the national table
//! filtered to it.

use crate::route::{GradeFilter, Route, TableState};

use super::{Distribution, coverage_sentence, filter_of, force_sentence, national_sentence};

/// One bar of a distribution chart.
#[derive(Clone, Debug, PartialEq)]
pub struct DistributionBar {
    pub filter: GradeFilter,
    /// `Requires improvement`, `Not graded`, `Not held`.
    pub label: &'static str,
    pub count: u32,
    /// `count` as a fraction of the largest count of the chart, in `0.0..=1.0`.
    pub fraction: f64,
    /// This force's judgement is this bar's (only when the chart is drawn for a force).
    pub this_force: bool,
    /// The national table showing these forces; `None` for question-level areas, which the
    /// table has no column for.
    pub path: Option<String>,
}

/// What a distribution chart draws and says.
#[derive(Clone, Debug, PartialEq)]
pub struct DistributionChart {
    /// Every grade of the scale, best first (zeros included), then "not graded" and "not held"
    /// where there are any (or where this force's judgement is one of them).
    pub bars: Vec<DistributionBar>,
    /// The largest count of the bars (0 if all are empty).
    pub largest: u32,
    /// [`force_sentence`] for a force's chart, else [`national_sentence`].
    pub summary: String,
    /// [`coverage_sentence`].
    pub coverage: String,
}

/// The chart: bars with counts and links, and its texts. With `for_force`, this force's bar is
/// marked and the summary is [`force_sentence`] (`Distribution::this_force` being `None` then
/// means "not held for this force"); without, no bar is marked and it is [`national_sentence`].
pub fn chart(dist: &Distribution, for_force: bool) -> DistributionChart {
    let mine = for_force.then(|| filter_of(dist.this_force));
    let mut filters: Vec<GradeFilter> = dist
        .counts
        .grades
        .iter()
        .map(|(g, _)| GradeFilter::Grade(*g))
        .collect();
    if let Some(GradeFilter::Grade(g)) = mine
        && !filters.contains(&GradeFilter::Grade(g))
    {
        filters.push(GradeFilter::Grade(g));
    }
    for extra in [GradeFilter::NotGraded, GradeFilter::NotHeld] {
        if dist.counts.count(extra) > 0 || mine == Some(extra) {
            filters.push(extra);
        }
    }
    let counts: Vec<u32> = filters
        .iter()
        .map(|f| {
            let n = dist.counts.count(*f);
            if mine == Some(*f) { n.max(1) } else { n }
        })
        .collect();
    let largest = counts.iter().copied().max().unwrap_or(0);
    let bars = filters
        .into_iter()
        .zip(counts)
        .map(|(filter, count)| DistributionBar {
            filter,
            label: filter.label(),
            count,
            fraction: if largest == 0 {
                0.0
            } else {
                f64::from(count) / f64::from(largest)
            },
            this_force: mine == Some(filter),
            path: table_path(dist, filter),
        })
        .collect();
    DistributionChart {
        bars,
        largest,
        summary: if for_force {
            force_sentence(dist)
        } else {
            national_sentence(dist)
        },
        coverage: coverage_sentence(dist),
    }
}

/// The national table filtered to `filter` in this distribution's column.
pub fn table_path(dist: &Distribution, filter: GradeFilter) -> Option<String> {
    dist.area.is_headline().then(|| {
        Route::RoundTable {
            round: dist.round,
            state: TableState {
                grade: Some(filter),
                area: Some(dist.area.slug()),
                ..TableState::default()
            },
        }
        .path()
    })
}
