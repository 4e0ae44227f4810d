//! `/round/<round>/`: every force's headline grades for one round. [`rows`] applies the table's
//! state (sort, filters, grouping) from its address.

pub mod rows;

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::Index;
use crate::grade::{Judgement, Scale};
use crate::round::Round;
use crate::route::{ForceSlug, Route};
use crate::widgets::distribution::Distribution;
use crate::widgets::headline::{Coverage, headline, headline_areas, round_coverage};

pub use rows::{ColumnCounts, RowGroup, cell_path, column_counts, row_path};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundTableView {
    pub round: Round,
    pub scale: Scale,
    pub coverage: Coverage,
    /// The columns: three pillars, or the round's graded areas.
    pub areas: Vec<Area>,
    /// Counts per grade for each column, in the order of `areas`.
    pub distributions: Vec<Distribution>,
    pub regions: Vec<String>,
    /// Every force, alphabetical.
    pub rows: Vec<RoundTableRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundTableRow {
    pub force: ForceSlug,
    pub name: String,
    pub region: String,
    /// In the order of `RoundTableView::areas`; `None` is "not held".
    pub grades: Vec<Option<Judgement>>,
    /// The page each grade was read from, in the same order.
    pub sources: Vec<Option<String>>,
}

impl RoundTableView {
    /// "PEEL 2016: grades of every force".
    pub fn title(&self) -> String {
        format!("PEEL {}: grades of every force", self.round.label())
    }

    /// "Grades are held for 43 of the 43 forces in PEEL 2016."
    pub fn coverage_sentence(&self) -> String {
        format!(
            "Grades are held for {} of the {} forces in PEEL {}.",
            self.coverage.forces_with_grades,
            self.coverage.total_forces,
            self.round.label()
        )
    }

    /// What the round graded, and for graded-area rounds that the data is partial.
    pub fn scale_note(&self) -> String {
        if self.round.has_pillars() {
            format!(
                "Each force was graded on three pillars, on a {}.",
                self.scale.describe()
            )
        } else {
            format!(
                "Each force was graded on areas of policing, on a {}. Most forces’ grades for this round are not in this dataset.",
                self.scale.describe()
            )
        }
    }

    /// The table of each round, for the round links.
    pub fn round_links() -> Vec<(Round, Route)> {
        Round::ALL.iter().map(|r| (*r, Route::round_table(*r))).collect()
    }
}

pub(super) fn build(index: &Index, round: Round) -> RoundTableView {
    let areas = headline_areas(index, round);
    let mut rows: Vec<RoundTableRow> = index
        .forces
        .iter()
        .filter_map(|f| {
            let grades = headline(index, &f.slug, round);
            Some(RoundTableRow {
                force: ForceSlug::parse(&f.slug)?,
                name: f.name.clone(),
                region: f.region.clone(),
                grades: grades.iter().map(|g| g.judgement).collect(),
                sources: grades.into_iter().map(|g| g.source_url).collect(),
            })
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    RoundTableView {
        round,
        scale: round.scale(),
        coverage: round_coverage(index, round),
        distributions: areas
            .iter()
            .map(|a| Distribution::of(index, round, a, None))
            .collect(),
        areas,
        regions: index.regions.clone(),
        rows,
    }
}
