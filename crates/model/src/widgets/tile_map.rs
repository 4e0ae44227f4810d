//! The tile map of England and Wales: every force an equal square, placed next to as many of its
//! real neighbours as a grid allows (`data/tiles.csv`), coloured by its grade for one area of one
//! round ([`MapGrades`]), or plain where the map shows enhanced monitoring alone.
//!
//! Colour is never the only carrier: every square also shows its grade's letters ([`code`]), a
//! square with no grade held is hatched, outlined with dashes and marked "–", and each square's
//! accessible name says the force and the grade in words ("Kent Police: good"). The national
//! table beside the map is its text twin.
//!
//! A map can also mark the forces in enhanced monitoring (Engage) on a day ([`EngageDay`]): a
//! thick outline and the letter E (dashed and "E?" for a force that may have been), and the same
//! in words in the square's name and tooltip and in the key.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::{Index, Tile};
use crate::force::ForceSlug;
use crate::grade::{Grade, Judgement, Scale};
use crate::monitoring::Presence;
use crate::round::Round;
use crate::route::{GradeFilter, Route};
use crate::widgets::engage::{ENGAGE, EngageDay};
use crate::widgets::headline::headline_areas;
use crate::wording::{NOT_HELD_IN_DATASET, NOT_HELD_LABEL, area_phrase, sentence_case};

/// The map of one area of one round, or of enhanced monitoring alone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TileMapView {
    /// What colours the squares; `None`: nothing does (a map of enhanced monitoring).
    pub grades: Option<MapGrades>,
    /// The grid's size: the largest column and row of any square.
    pub columns: u8,
    pub rows: u8,
    /// Row by row from the north, west to east within a row: the order a reader tabs through.
    pub tiles: Vec<MapTile>,
    /// The day whose forces in Engage the squares mark ("as of October 2025", "on 1 June 2023");
    /// `None`: the map marks none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engage_when: Option<String>,
}

/// The grades a map is coloured by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapGrades {
    pub round: Round,
    /// The round's scale: the grades of the key.
    pub scale: Scale,
    pub area: Area,
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
    /// `None`: not held in this dataset (or the map shows no grades).
    pub judgement: Option<Judgement>,
    /// The force's page for the round, or its own page where nothing of the round is held.
    pub route: Route,
    /// Whether the force was in Engage on the map's day, where the map marks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engage: Option<EngageMark>,
}

/// A square's mark for Engage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngageMark {
    /// [`Presence::In`] or [`Presence::Unsure`]; [`Presence::Out`] only on a map of enhanced
    /// monitoring alone, where every square says where it stands.
    pub presence: Presence,
    /// Why a force may have been in Engage: "Cleveland Police’s move out is known only to the
    /// month (September 2023)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// One line of the map's key: a kind of square and how many squares are of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    pub kind: GradeFilter,
    pub count: u32,
}

/// One line of the key of the marks for Engage: its letters, its words, how many squares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkEntry {
    pub presence: Presence,
    /// `E`, `E?`, or empty for a force not in Engage.
    pub code: &'static str,
    /// "In enhanced monitoring (Engage) as of October 2025".
    pub label: String,
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

/// The letters of a square's mark for Engage: `E`, `E?`, and none for a force not in Engage.
pub fn engage_code(presence: Presence) -> &'static str {
    match presence {
        Presence::In => "E",
        Presence::Unsure => "E?",
        Presence::Out => "",
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
}

impl EngageMark {
    /// The mark in words, `when` the map's day: "in enhanced monitoring (Engage) as of October
    /// 2025"; "may have been in enhanced monitoring (Engage) on 15 September 2023: Cleveland
    /// Police’s move out is known only to the month (September 2023)"; "no spell in enhanced
    /// monitoring (Engage) held on 1 June 2023".
    pub fn words(&self, when: &str) -> String {
        match (self.presence, &self.why) {
            (Presence::In, _) => format!("in {ENGAGE} {when}"),
            (Presence::Unsure, Some(why)) => format!("may have been in {ENGAGE} {when}: {why}"),
            (Presence::Unsure, None) => format!("may have been in {ENGAGE} {when}"),
            (Presence::Out, _) => format!("no spell in {ENGAGE} held {when}"),
        }
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
    /// "Effectiveness in PEEL 2016"; "Enhanced monitoring (Engage) on 1 June 2023".
    pub fn title(&self) -> String {
        match (&self.grades, &self.engage_when) {
            (Some(grades), _) => format!("{} in PEEL {}", grades.area.label(), grades.round.label()),
            (None, Some(when)) => format!("{} {when}", sentence_case(ENGAGE)),
            (None, None) => "Police forces of England and Wales".to_owned(),
        }
    }

    /// What the map is, in words.
    pub fn description(&self) -> String {
        let placed = "Each square is a police force, placed next to its neighbours (a tile map, \
                      not to scale)";
        let mut text = match &self.grades {
            Some(grades) => format!(
                "{placed}, coloured by its grade for {} in PEEL {} and marked with the grade’s \
                 letters.",
                area_phrase(&grades.area),
                grades.round.label()
            ),
            None => format!("{placed}."),
        };
        if let Some(when) = &self.engage_when {
            text.push_str(&format!(
                " A square outlined in black and marked E is a force in {ENGAGE} {when}"
            ));
            if self.marked(Presence::Unsure) > 0 {
                text.push_str("; outlined with dashes and marked E?, a force that may have been");
            }
            text.push('.');
        }
        text.push_str(" Each square links to the force’s page.");
        text
    }

    /// The style classes of a square: its grade's colour, or plain; its mark for Engage.
    pub fn tile_class(&self, tile: &MapTile) -> String {
        let fill = match &self.grades {
            Some(_) => fill_class(tile.kind()),
            None => "tile-map__tile--plain".to_owned(),
        };
        match tile.engage.as_ref().map(|m| m.presence) {
            Some(Presence::In) => format!("{fill} tile-map__tile--engage"),
            Some(Presence::Unsure) => format!("{fill} tile-map__tile--engage-unsure"),
            _ => fill,
        }
    }

    /// The letters a square shows besides its force's: its grade's, where the map shows grades.
    pub fn tile_code(&self, tile: &MapTile) -> &'static str {
        match &self.grades {
            Some(_) => code(tile.kind()),
            None => "",
        }
    }

    /// The letters of a square's mark for Engage, where it has one.
    pub fn tile_mark(&self, tile: &MapTile) -> &'static str {
        tile.engage.as_ref().map_or("", |m| engage_code(m.presence))
    }

    /// A square in words: "Kent Police: good", "Essex Police: not held in this dataset",
    /// "Lincolnshire Police: good; in enhanced monitoring (Engage) as of October 2025" (its
    /// tooltip).
    pub fn tile_description(&self, tile: &MapTile) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.grades.is_some() {
            parts.push(
                tile.judgement
                    .map_or(NOT_HELD_IN_DATASET, Judgement::word)
                    .to_owned(),
            );
        }
        if let (Some(mark), Some(when)) = (&tile.engage, &self.engage_when) {
            parts.push(mark.words(when));
        }
        format!("{}: {}", tile.name, parts.join("; "))
    }

    /// The link's name: what the square shows, then the same in words ("KEN G, Kent Police:
    /// good"; "LIN G E, Lincolnshire Police: good; in enhanced monitoring …"), so a speech-input
    /// user can say what they see (WCAG 2.5.3, label in name).
    pub fn tile_name(&self, tile: &MapTile) -> String {
        let shown: Vec<&str> = [
            tile.abbreviation.as_str(),
            self.tile_code(tile),
            self.tile_mark(tile),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
        format!("{}, {}", shown.join(" "), self.tile_description(tile))
    }

    /// How many squares are of a kind.
    pub fn count(&self, kind: GradeFilter) -> u32 {
        self.tiles.iter().filter(|t| t.kind() == kind).count() as u32
    }

    /// How many squares are marked so.
    pub fn marked(&self, presence: Presence) -> u32 {
        self.tiles
            .iter()
            .filter(|t| t.engage.as_ref().is_some_and(|m| m.presence == presence))
            .count() as u32
    }

    /// The key: every grade of the round's scale, then "not graded" and "not held" where any
    /// square is, each with its count; nothing where the map shows no grades.
    pub fn legend(&self) -> Vec<LegendEntry> {
        let Some(grades) = &self.grades else {
            return Vec::new();
        };
        GradeFilter::all(grades.scale)
            .into_iter()
            .map(|kind| LegendEntry {
                kind,
                count: self.count(kind),
            })
            .filter(|entry| matches!(entry.kind, GradeFilter::Grade(_)) || entry.count > 0)
            .collect()
    }

    /// The key of the marks for Engage, where the map marks it: in Engage (always), may have
    /// been (where any square is), and, on a map of enhanced monitoring alone, not in Engage.
    pub fn mark_legend(&self) -> Vec<MarkEntry> {
        let Some(when) = &self.engage_when else {
            return Vec::new();
        };
        let entry = |presence: Presence, label: String| MarkEntry {
            presence,
            code: engage_code(presence),
            label,
            count: self.marked(presence),
        };
        let mut entries = vec![entry(Presence::In, format!("In {ENGAGE} {when}"))];
        if self.marked(Presence::Unsure) > 0 {
            entries.push(entry(Presence::Unsure, format!("May have been in Engage {when}")));
        }
        if self.grades.is_none() {
            entries.push(entry(Presence::Out, format!("No spell in Engage held {when}")));
        }
        entries
    }

    /// The same map with the forces of `engage` marked, and every other square too where the map
    /// shows no grades.
    pub fn marking(mut self, engage: &EngageDay) -> TileMapView {
        let every_square = self.grades.is_none();
        for tile in &mut self.tiles {
            tile.engage = match engage.presence_of(&tile.force) {
                Some(found) => Some(EngageMark {
                    presence: found.presence,
                    why: found.why.clone(),
                }),
                None => every_square.then_some(EngageMark {
                    presence: Presence::Out,
                    why: None,
                }),
            };
        }
        self.engage_when = Some(engage.when.clone());
        self
    }
}

/// The map of `area` in `round` (graded on `scale`), from the squares' places and the forces'
/// judgements. A square whose force is not among `forces` is left out; so is a force without a
/// square.
pub fn build(round: Round, scale: Scale, area: Area, places: &[Tile], forces: &[MapForce]) -> TileMapView {
    let mut map = squares(places, forces, Some(round));
    map.grades = Some(MapGrades { round, scale, area });
    map
}

/// The map of enhanced monitoring on `engage`'s day: plain squares, each marked, each linking to
/// its force's page.
pub fn engage_map(places: &[Tile], forces: &[MapForce], engage: &EngageDay) -> TileMapView {
    squares(places, forces, None).marking(engage)
}

/// The squares of `forces`, linking to their page for `round` where one is held.
fn squares(places: &[Tile], forces: &[MapForce], round: Option<Round>) -> TileMapView {
    let mut tiles: Vec<MapTile> = places
        .iter()
        .filter_map(|place| {
            let force = forces.iter().find(|f| *f.slug == place.force)?;
            let slug = force.slug.clone();
            let route = match round {
                Some(round) if force.round_held => Route::ForceRound {
                    force: slug.clone(),
                    round,
                },
                _ => Route::ForceLatest { force: slug.clone() },
            };
            Some(MapTile {
                force: slug,
                name: force.name.to_owned(),
                abbreviation: place.abbreviation.clone(),
                column: place.column,
                row: place.row,
                judgement: force.judgement,
                route,
                engage: None,
            })
        })
        .collect();
    tiles.sort_by_key(|t| (t.row, t.column));
    TileMapView {
        grades: None,
        columns: tiles.iter().map(|t| t.column).max().unwrap_or(0),
        rows: tiles.iter().map(|t| t.row).max().unwrap_or(0),
        tiles,
        engage_when: None,
    }
}

/// The map of `area` in `round`, from the index, marking the forces in Engage as of the
/// sources' month.
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
    let map = build(round, index.scale(round), area.clone(), &index.tiles, &forces);
    match EngageDay::as_of_sources(&index.monitoring) {
        Some(engage) => map.marking(&engage),
        None => map,
    }
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
