//! The tile map of England and Wales: every force an equal square, placed next to as many of its
//! real neighbours as a grid allows (`data/tiles.csv`), coloured by its grade for one area of one
//! round.
//!
//! Colour is never the only carrier: every square also shows its grade's letters ([`code`]), a
//! square with no grade held is hatched, outlined with dashes and marked "–", and each square's
//! accessible name says the force and the grade in words ("Kent Police: good"). The national
//! table beside the map is its text twin.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::{Index, Tile};
use crate::force::ForceSlug;
use crate::grade::{Grade, Judgement};
use crate::round::Round;
use crate::route::{GradeFilter, Route};
use crate::widgets::headline::headline_areas;
use crate::wording::{NOT_HELD_IN_DATASET, NOT_HELD_LABEL, area_phrase};

/// The map coloured by one area of one round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TileMapView {
    pub round: Round,
    pub area: Area,
    /// The grid's size: the largest column and row of any square.
    pub columns: u8,
    pub rows: u8,
    /// Row by row from the north, west to east within a row: the order a reader tabs through.
    pub tiles: Vec<MapTile>,
}

/// One force's square.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapTile {
    pub force: ForceSlug,
    /// `Kent Police`.
    pub name: String,
    /// What the square says: `KEN`.
    pub abbreviation: String,
    pub column: u8,
    pub row: u8,
    /// `None`: not held in this dataset.
    pub judgement: Option<Judgement>,
    /// The force's page for the round, or its own page where nothing of the round is held.
    pub route: Route,
}

/// One line of the map's key: a kind of square and how many squares are of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    pub kind: GradeFilter,
    pub count: u32,
}

/// One force as the map needs it.
#[derive(Clone, Debug)]
pub struct MapForce<'a> {
    pub slug: &'a ForceSlug,
    pub name: &'a str,
    /// Its judgement for the map's area.
    pub judgement: Option<Judgement>,
    /// Whether any headline grade of the round is held for it (it then has a page for the round).
    pub round_held: bool,
}

/// The letters a square shows for its grade: `O`, `G`, `A`, `RI`, `I`, `NG`, and `–` where no
/// grade is held.
pub fn code(kind: GradeFilter) -> &'static str {
    match kind {
        GradeFilter::Grade(Grade::Outstanding) => "O",
        GradeFilter::Grade(Grade::Good) => "G",
        GradeFilter::Grade(Grade::Adequate) => "A",
        GradeFilter::Grade(Grade::RequiresImprovement) => "RI",
        GradeFilter::Grade(Grade::Inadequate) => "I",
        GradeFilter::NotGraded => "NG",
        GradeFilter::NotHeld => "–",
    }
}

/// The kind of square a judgement makes.
pub fn kind_of(judgement: Option<Judgement>) -> GradeFilter {
    match judgement {
        Some(Judgement::Graded(g)) => GradeFilter::Grade(g),
        Some(Judgement::NotGraded) => GradeFilter::NotGraded,
        None => GradeFilter::NotHeld,
    }
}

/// The style class of a kind of square, shared with the charts' grade colours:
/// `grade-fill--requires-improvement`, `grade-fill--not-held`.
pub fn fill_class(kind: GradeFilter) -> String {
    format!("grade-fill--{}", kind.slug())
}

impl MapTile {
    pub fn kind(&self) -> GradeFilter {
        kind_of(self.judgement)
    }

    /// In words: "Kent Police: good", "Greater Manchester Police: not graded", "Essex Police:
    /// not held in this dataset" (the square's tooltip).
    pub fn description(&self) -> String {
        let what = self.judgement.map_or(NOT_HELD_IN_DATASET, Judgement::word);
        format!("{}: {what}", self.name)
    }

    /// The link's name: what the square shows, then the same in words ("KEN G, Kent Police:
    /// good"), so a speech-input user can say what they see (WCAG 2.5.3, label in name).
    pub fn accessible_name(&self) -> String {
        format!("{} {}, {}", self.abbreviation, self.code(), self.description())
    }

    pub fn code(&self) -> &'static str {
        code(self.kind())
    }
}

impl LegendEntry {
    /// `Requires improvement`, `Not graded`, `Not held in this dataset`.
    pub fn label(&self) -> &'static str {
        match self.kind {
            GradeFilter::NotHeld => NOT_HELD_LABEL,
            kind => kind.label(),
        }
    }

    pub fn code(&self) -> &'static str {
        code(self.kind)
    }
}

impl TileMapView {
    /// "Effectiveness in PEEL 2016".
    pub fn title(&self) -> String {
        format!("{} in PEEL {}", self.area.label(), self.round.label())
    }

    /// What the map is, in words.
    pub fn description(&self) -> String {
        format!(
            "Each square is a police force, placed next to its neighbours (a tile map, not to \
             scale), coloured by its grade for {} in PEEL {} and marked with the grade’s letters. \
             Each square links to the force’s page.",
            area_phrase(&self.area),
            self.round.label()
        )
    }

    /// How many squares are of a kind.
    pub fn count(&self, kind: GradeFilter) -> u32 {
        self.tiles.iter().filter(|t| t.kind() == kind).count() as u32
    }

    /// The key: every grade of the round's scale, then "not graded" and "not held" where any
    /// square is, each with its count.
    pub fn legend(&self) -> Vec<LegendEntry> {
        GradeFilter::all(self.round.scale())
            .into_iter()
            .map(|kind| LegendEntry {
                kind,
                count: self.count(kind),
            })
            .filter(|entry| matches!(entry.kind, GradeFilter::Grade(_)) || entry.count > 0)
            .collect()
    }
}

/// The map of `area` in `round`, from the squares' places and the forces' judgements. A square
/// whose force is not among `forces` is left out; so is a force without a square.
pub fn build(round: Round, area: Area, places: &[Tile], forces: &[MapForce]) -> TileMapView {
    let mut tiles: Vec<MapTile> = places
        .iter()
        .filter_map(|place| {
            let force = forces.iter().find(|f| *f.slug == place.force)?;
            let slug = force.slug.clone();
            let route = if force.round_held {
                Route::ForceRound {
                    force: slug.clone(),
                    round,
                }
            } else {
                Route::ForceLatest { force: slug.clone() }
            };
            Some(MapTile {
                force: slug,
                name: force.name.to_owned(),
                abbreviation: place.abbreviation.clone(),
                column: place.column,
                row: place.row,
                judgement: force.judgement,
                route,
            })
        })
        .collect();
    tiles.sort_by_key(|t| (t.row, t.column));
    TileMapView {
        round,
        columns: tiles.iter().map(|t| t.column).max().unwrap_or(0),
        rows: tiles.iter().map(|t| t.row).max().unwrap_or(0),
        area,
        tiles,
    }
}

/// The map of `area` in `round`, from the index.
pub fn from_index(index: &Index, round: Round, area: &Area) -> TileMapView {
    let forces: Vec<MapForce> = index
        .forces
        .iter()
        .map(|f| MapForce {
            slug: &f.slug,
            name: &f.name,
            judgement: index.headline(&f.slug, round, area).map(|g| g.judgement),
            round_held: index.grades.iter().any(|g| g.round == round && g.force == f.slug),
        })
        .collect();
    build(round, area.clone(), &index.tiles, &forces)
}

/// The area a map shows when the reader has chosen `slug` (an area slug, or none): that area
/// where it is one of `areas`, else the first.
pub fn chosen_area(areas: &[Area], slug: Option<&str>) -> Option<Area> {
    slug.and_then(|s| areas.iter().find(|a| a.slug() == s))
        .or_else(|| areas.first())
        .cloned()
}

/// The round's area with the most grades held (the first of the round's areas on a tie): the
/// fullest picture a map of the round can give.
pub fn fullest_area(index: &Index, round: Round) -> Option<Area> {
    let areas = headline_areas(index, round);
    let held = |area: &Area| {
        index
            .grades
            .iter()
            .filter(|g| g.round == round && &g.area == area)
            .count()
    };
    let mut best: Option<(&Area, usize)> = None;
    for area in &areas {
        let n = held(area);
        if best.is_none_or(|(_, most)| n > most) {
            best = Some((area, n));
        }
    }
    best.map(|(area, _)| area.clone())
}

#[cfg(test)]
mod tests;
