//! The national table's state (`/round/<round>/?…`): sort, filters and grouping, kept in the URL
//! query so a copied link reproduces the view, and applied to a [`RoundTableView`].
//!
//! The query, in canonical order (defaults left out, so the default view has an empty query):
//!
//! | key      | values                                                   | default   |
//! |----------|----------------------------------------------------------|-----------|
//! | `sort`   | `force`, `region`, `standing`, or a column's area slug (`effectiveness`, `investigating-crime`) | `force` |
//! | `order`  | `desc`                                                   | ascending |
//! | `region` | a region's slug (`east-midlands`)                         | all       |
//! | `grade`  | a grade slug (`requires-improvement`), `not-graded`, `not-held` | all |
//! | `area`   | the column the reader looks at (an area slug): the map shows it, the grade filter reads it | map: first column; filter: any column |
//! | `group`  | `region`: rows grouped by region                          | ungrouped |
//!
//! Grade filter semantics: `grade=requires-improvement&area=effectiveness` keeps the forces whose
//! effectiveness column is "requires improvement"; `grade=…` without `area` keeps the forces with
//! that grade in *any* column. `area` without `grade` filters nothing: it colours the map above
//! the table by that column (`area=legitimacy`). The grade distribution widget links here with
//! both.
//!
//! Sorting: by force name; by region (in the index's region order, then name); by standing (each
//! force's held grades counted by level, by the rule of `pages::round_table::standing`: most
//! inadequate first, ascending; reversed, descending; nothing held last either way); or by a
//! column in grade order, best first (ascending) or worst first (descending). "Not graded" comes
//! after the grades and "not held" last, whichever the direction, since absence is not a grade.
//! Ties are always by force name, A to Z.
//!
//! Tolerance: unknown keys, malformed or unknown values are ignored (the default is used), and
//! [`TableState::normalise`] drops values a given round does not have (an unknown column or
//! region, `adequate` in a four-point round). Nothing here panics on any input.

use super::query::{percent_encode, query_get, query_pairs};
use crate::grade::{Grade, Judgement, Scale};
use crate::text::slugify;
use crate::wording::{NOT_HELD, NOT_HELD_SHORT_LABEL};

/// What the table is sorted by.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Force,
    /// Region in the index's order, then force name.
    Region,
    /// Each force's held grades counted by level, most inadequate first.
    Standing,
    /// A column, by its area slug (`effectiveness`, `investigating-crime`).
    Area(String),
}

/// Which judgement a grade filter keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GradeFilter {
    Grade(Grade),
    /// The official non-grade.
    NotGraded,
    /// No judgement held in this dataset.
    NotHeld,
}

/// The national table's view state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableState {
    pub sort: SortKey,
    /// Z to A, worst first, or regions in reverse.
    pub descending: bool,
    /// A region's slug (`east-midlands`), as [`region_slug`] makes it.
    pub region: Option<String>,
    pub grade: Option<GradeFilter>,
    /// The column (area slug) the map shows and the grade filter reads; `None`: the map shows
    /// the first column, the filter reads any.
    pub area: Option<String>,
    pub grouped_by_region: bool,
}

impl GradeFilter {
    /// As in the query: `requires-improvement`, `not-graded`, `not-held`.
    pub fn slug(self) -> &'static str {
        match self {
            GradeFilter::Grade(g) => g.slug(),
            GradeFilter::NotGraded => "not-graded",
            GradeFilter::NotHeld => "not-held",
        }
    }

    /// `requires improvement`, `not graded`, `not held`.
    pub fn word(self) -> &'static str {
        match self {
            GradeFilter::Grade(g) => g.word(),
            GradeFilter::NotGraded => Judgement::NOT_GRADED_WORD,
            GradeFilter::NotHeld => NOT_HELD,
        }
    }

    /// `Requires improvement`, `Not graded`, `Not held`.
    pub fn label(self) -> &'static str {
        match self {
            GradeFilter::Grade(g) => g.label(),
            GradeFilter::NotGraded => Judgement::NotGraded.label(),
            GradeFilter::NotHeld => NOT_HELD_SHORT_LABEL,
        }
    }

    /// Accepts the slug or the word, in any letter case.
    pub fn parse(text: &str) -> Option<GradeFilter> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("not-held") || text.eq_ignore_ascii_case(NOT_HELD) {
            return Some(GradeFilter::NotHeld);
        }
        match Judgement::parse(&text.to_ascii_lowercase())? {
            Judgement::Graded(g) => Some(GradeFilter::Grade(g)),
            Judgement::NotGraded => Some(GradeFilter::NotGraded),
        }
    }

    pub fn matches(self, judgement: Option<Judgement>) -> bool {
        match self {
            GradeFilter::Grade(g) => judgement == Some(Judgement::Graded(g)),
            GradeFilter::NotGraded => judgement == Some(Judgement::NotGraded),
            GradeFilter::NotHeld => judgement.is_none(),
        }
    }

    /// The filters that make sense for a scale: its grades best first, then not graded, not held.
    pub fn all(scale: Scale) -> Vec<GradeFilter> {
        let mut all: Vec<GradeFilter> = scale.grades().iter().map(|g| GradeFilter::Grade(*g)).collect();
        all.push(GradeFilter::NotGraded);
        all.push(GradeFilter::NotHeld);
        all
    }
}

/// A region's slug for the query: `Yorkshire and the Humber` -> `yorkshire-and-the-humber`.
pub fn region_slug(region: &str) -> String {
    slugify(region)
}

/// Whether a query value can be an area slug (`investigating-crime`, `effectiveness-q1`).
fn slug_shaped(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 200
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl SortKey {
    /// As in the query: `force`, `region`, or the area slug.
    pub fn slug(&self) -> &str {
        match self {
            SortKey::Force => "force",
            SortKey::Region => "region",
            SortKey::Standing => "standing",
            SortKey::Area(slug) => slug,
        }
    }

    fn parse(value: &str) -> Option<SortKey> {
        match value {
            "force" => Some(SortKey::Force),
            "region" => Some(SortKey::Region),
            "standing" => Some(SortKey::Standing),
            v if slug_shaped(v) => Some(SortKey::Area(v.to_owned())),
            _ => None,
        }
    }
}

impl TableState {
    /// Reads a URL query (`?sort=effectiveness&order=desc`, leading `?` optional). Tolerant: see
    /// the module documentation.
    pub fn from_query(query: &str) -> TableState {
        let pairs = query_pairs(query);
        TableState::from_lookup(&|key| query_get(&pairs, key).map(str::to_owned))
    }

    /// Reads the state from already decoded query values (`|key| query_map.get(key)`).
    pub fn from_lookup(get: &dyn Fn(&str) -> Option<String>) -> TableState {
        let value = |key: &str| get(key).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let grade = value("grade").and_then(|v| GradeFilter::parse(&v));
        TableState {
            sort: value("sort").and_then(|v| SortKey::parse(&v)).unwrap_or_default(),
            descending: value("order").is_some_and(|v| v.eq_ignore_ascii_case("desc")),
            region: value("region").map(|v| region_slug(&v)).filter(|s| !s.is_empty()),
            area: value("area").filter(|v| slug_shaped(v)),
            grade,
            grouped_by_region: value("group").is_some_and(|v| v.eq_ignore_ascii_case("region")),
        }
    }

    /// The canonical query, without `?`: keys in a fixed order, defaults left out. The default
    /// state gives `""`.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.sort != SortKey::Force {
            parts.push(format!("sort={}", self.sort.slug()));
        }
        if self.descending {
            parts.push("order=desc".to_owned());
        }
        if let Some(region) = &self.region {
            parts.push(format!("region={}", percent_encode(region)));
        }
        if let Some(grade) = self.grade {
            parts.push(format!("grade={}", grade.slug()));
        }
        if let Some(area) = &self.area {
            parts.push(format!("area={}", percent_encode(area)));
        }
        if self.grouped_by_region {
            parts.push("group=region".to_owned());
        }
        parts.join("&")
    }

    /// The state after a click on a column heading: the same key flips the direction; another
    /// key sorts by it, ascending.
    pub fn sorted_by(&self, key: SortKey) -> TableState {
        let mut state = self.clone();
        state.descending = self.sort == key && !self.descending;
        state.sort = key;
        state
    }

    /// `aria-sort` for a column heading: `ascending`, `descending` or `none`.
    pub fn aria_sort(&self, key: &SortKey) -> &'static str {
        match (&self.sort == key, self.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        }
    }
}
