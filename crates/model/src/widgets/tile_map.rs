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
use crate::grade::{Grade, Judgement, Scale};
use crate::round::Round;
use crate::route::{GradeFilter, Route};
use crate::widgets::headline::headline_areas;
use crate::wording::{NOT_HELD_IN_DATASET, NOT_HELD_LABEL, area_phrase};

/// The map coloured by one area of one round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TileMapView {
    pub round: Round,
    /// The round's scale: the grades of the key.
    pub scale: Scale,
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
        GradeFilter::all(self.scale)
            .into_iter()
            .map(|kind| LegendEntry {
                kind,
                count: self.count(kind),
            })
            .filter(|entry| matches!(entry.kind, GradeFilter::Grade(_)) || entry.count > 0)
            .collect()
    }
}

/// The map of `area` in `round` (graded on `scale`), from the squares' places and the forces'
/// judgements. A square whose force is not among `forces` is left out; so is a force without a
/// square.
pub fn build(round: Round, scale: Scale, area: Area, places: &[Tile], forces: &[MapForce]) -> TileMapView {
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
        scale,
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
    build(round, index.scale(round), area.clone(), &index.tiles, &forces)
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
mod tests {
    use super::*;
    use crate::area::Pillar;
    use crate::bundle::{HeadlineGrade, RoundInfo};
    use crate::force::Force;
    use crate::questions::{QuestionSets, RoundQuestions};
    use crate::widgets::headline::round_with_most_grades;

    fn force(slug: &str, name: &str) -> Force {
        Force {
            slug: slug.into(),
            name: name.into(),
            region: "Somewhere".into(),
            country: "England".into(),
            page_url: format!("https://example.org/{slug}/"),
            towns: Vec::new(),
        }
    }

    fn tile(force: &str, column: u8, row: u8, abbreviation: &str) -> Tile {
        Tile {
            force: force.into(),
            column,
            row,
            abbreviation: abbreviation.into(),
        }
    }

    fn grade(force: &str, round: Round, area: Area, word: &str) -> HeadlineGrade {
        HeadlineGrade {
            force: force.into(),
            round,
            area,
            judgement: Judgement::parse(word).expect("a grade word"),
            source: 0,
        }
    }

    /// Five forces' real PEEL 2017 pillar grades and some of their 2021/22 area grades (from
    /// `data/grades.csv`: Derbyshire's 2017 effectiveness is not held; Greater Manchester's 2017
    /// efficiency and legitimacy were not graded; nothing of 2021/22 is held for City of London),
    /// on squares placed as in `data/tiles.csv`, and one square of a force the index lacks.
    fn index() -> Index {
        use Pillar::*;
        let p = Area::Pillar;
        let area = |name: &str| Area::GradedArea(name.to_owned());
        let (r, r21) = (
            Round::from_label("2017").unwrap(),
            Round::from_label("2021/22").unwrap(),
        );
        Index {
            version: crate::BUNDLE_VERSION,
            forces: vec![
                force("city-of-london", "City of London Police"),
                force("derbyshire", "Derbyshire Constabulary"),
                force("durham", "Durham Constabulary"),
                force("greater-manchester", "Greater Manchester Police"),
                force("kent", "Kent Police"),
            ],
            regions: Vec::new(),
            rounds: vec![RoundInfo {
                round: r,
                forces_with_grades: 5,
            }],
            grades: vec![
                grade("city-of-london", r, p(Effectiveness), "good"),
                grade("city-of-london", r, p(Efficiency), "good"),
                grade("city-of-london", r, p(Legitimacy), "requires improvement"),
                grade("derbyshire", r, p(Efficiency), "good"),
                grade("derbyshire", r, p(Legitimacy), "good"),
                grade("durham", r, p(Effectiveness), "outstanding"),
                grade("durham", r, p(Efficiency), "outstanding"),
                grade("durham", r, p(Legitimacy), "good"),
                grade("greater-manchester", r, p(Effectiveness), "requires improvement"),
                grade("greater-manchester", r, p(Efficiency), "not graded"),
                grade("greater-manchester", r, p(Legitimacy), "not graded"),
                grade("kent", r, p(Effectiveness), "good"),
                grade("kent", r, p(Efficiency), "good"),
                grade("kent", r, p(Legitimacy), "outstanding"),
                grade(
                    "derbyshire",
                    r21,
                    area("Investigating crime"),
                    "requires improvement",
                ),
                grade("durham", r21, area("Good use of resources"), "outstanding"),
                grade(
                    "greater-manchester",
                    r21,
                    area("Investigating crime"),
                    "inadequate",
                ),
                grade(
                    "greater-manchester",
                    r21,
                    area("Responding to the public"),
                    "inadequate",
                ),
                grade("kent", r21, area("Investigating crime"), "requires improvement"),
                grade(
                    "kent",
                    r21,
                    area("Responding to the public"),
                    "requires improvement",
                ),
            ],
            sources: vec!["https://example.org/".into()],
            questions: QuestionSets {
                about: String::new(),
                rounds: vec![
                    RoundQuestions::bare("2016", &[]),
                    RoundQuestions::bare("2017", &[]),
                    RoundQuestions::bare(
                        "2021/22",
                        &[
                            "Investigating crime",
                            "Responding to the public",
                            "Good use of resources",
                        ],
                    ),
                ],
            },
            force_rounds: Vec::new(),
            data_date: None,
            tiles: vec![
                tile("city-of-london", 7, 8, "CoL"),
                tile("derbyshire", 3, 5, "DBY"),
                tile("durham", 4, 2, "DUR"),
                tile("greater-manchester", 2, 4, "GMP"),
                tile("kent", 7, 9, "KEN"),
                tile("nowhere", 1, 1, "NOW"),
            ],
            publishers: Vec::new(),
            monitoring: Default::default(),
        }
    }

    fn effectiveness_2017() -> TileMapView {
        from_index(
            &index(),
            Round::from_label("2017").unwrap(),
            &Area::Pillar(Pillar::Effectiveness),
        )
    }

    #[test]
    fn each_square_has_its_place_grade_link_and_name() {
        let map = effectiveness_2017();
        let squares: Vec<(&str, u8, u8, &str, String, String)> = map
            .tiles
            .iter()
            .map(|t| {
                (
                    t.abbreviation.as_str(),
                    t.column,
                    t.row,
                    t.code(),
                    t.route.path(),
                    t.description(),
                )
            })
            .collect();
        // North to south, west to east; the square of a force the index does not have is left out.
        assert_eq!(
            squares,
            [
                (
                    "DUR",
                    4,
                    2,
                    "O",
                    "/force/durham/2017/".into(),
                    "Durham Constabulary: outstanding".into()
                ),
                (
                    "GMP",
                    2,
                    4,
                    "RI",
                    "/force/greater-manchester/2017/".into(),
                    "Greater Manchester Police: requires improvement".into()
                ),
                (
                    "DBY",
                    3,
                    5,
                    "–",
                    "/force/derbyshire/2017/".into(),
                    "Derbyshire Constabulary: not held in this dataset".into()
                ),
                (
                    "CoL",
                    7,
                    8,
                    "G",
                    "/force/city-of-london/2017/".into(),
                    "City of London Police: good".into()
                ),
                (
                    "KEN",
                    7,
                    9,
                    "G",
                    "/force/kent/2017/".into(),
                    "Kent Police: good".into()
                ),
            ]
        );
        assert_eq!((map.columns, map.rows), (7, 9));
        assert_eq!(map.title(), "Effectiveness in PEEL 2017");
        assert!(
            map.description()
                .contains("its grade for effectiveness in PEEL 2017")
        );
        assert_eq!(map.tiles[0].kind(), GradeFilter::Grade(Grade::Outstanding));
        assert_eq!(fill_class(map.tiles[2].kind()), "grade-fill--not-held");
        assert_eq!(map.count(GradeFilter::NotHeld), 1);
        assert_eq!(
            fill_class(map.tiles[1].kind()),
            "grade-fill--requires-improvement"
        );
    }

    #[test]
    fn the_key_lists_the_scale_then_not_graded_and_not_held_where_any() {
        let legend = |map: &TileMapView| -> Vec<(String, &'static str, u32)> {
            map.legend()
                .iter()
                .map(|e| (e.label().to_owned(), e.code(), e.count))
                .collect()
        };
        let s = |t: &str| t.to_owned();
        assert_eq!(
            legend(&effectiveness_2017()),
            [
                (s("Outstanding"), "O", 1),
                (s("Good"), "G", 2),
                (s("Requires improvement"), "RI", 1),
                (s("Inadequate"), "I", 0),
                (s("Not held in this dataset"), "–", 1),
            ]
        );
        let legitimacy = from_index(
            &index(),
            Round::from_label("2017").unwrap(),
            &Area::Pillar(Pillar::Legitimacy),
        );
        assert_eq!(
            legend(&legitimacy),
            [
                (s("Outstanding"), "O", 1),
                (s("Good"), "G", 2),
                (s("Requires improvement"), "RI", 1),
                (s("Inadequate"), "I", 0),
                (s("Not graded"), "NG", 1),
            ]
        );
        assert_eq!(
            legitimacy.tiles[1].description(),
            "Greater Manchester Police: not graded"
        );
        // The link's name starts with what the square shows.
        let tile = &legitimacy.tiles[1];
        assert_eq!(
            tile.accessible_name(),
            format!("{} NG, Greater Manchester Police: not graded", tile.abbreviation)
        );
        // A five-point round's key has "adequate". Where nothing of the round is held for a
        // force, its square leads to the force's own page; Durham has other areas held.
        let investigating = from_index(
            &index(),
            Round::from_label("2021/22").unwrap(),
            &Area::GradedArea("Investigating crime".into()),
        );
        assert_eq!(
            legend(&investigating),
            [
                (s("Outstanding"), "O", 0),
                (s("Good"), "G", 0),
                (s("Adequate"), "A", 0),
                (s("Requires improvement"), "RI", 2),
                (s("Inadequate"), "I", 1),
                (s("Not held in this dataset"), "–", 2),
            ]
        );
        let routes: Vec<String> = investigating.tiles.iter().map(|t| t.route.path()).collect();
        assert_eq!(
            routes,
            [
                "/force/durham/2021-22/",
                "/force/greater-manchester/2021-22/",
                "/force/derbyshire/2021-22/",
                "/force/city-of-london/",
                "/force/kent/2021-22/",
            ]
        );
    }

    #[test]
    fn the_chosen_area_or_the_first() {
        let areas: Vec<Area> = Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect();
        assert_eq!(
            chosen_area(&areas, Some("legitimacy")),
            Some(Area::Pillar(Pillar::Legitimacy))
        );
        assert_eq!(
            chosen_area(&areas, Some("bravery")),
            Some(Area::Pillar(Pillar::Effectiveness))
        );
        assert_eq!(
            chosen_area(&areas, None),
            Some(Area::Pillar(Pillar::Effectiveness))
        );
        assert_eq!(chosen_area(&[], Some("legitimacy")), None);
    }

    #[test]
    fn the_fullest_area_has_the_most_grades_held_the_first_on_a_tie() {
        let index = index();
        // Efficiency and legitimacy: five judgements each (not graded counts as held); the
        // first of them wins. Effectiveness has four.
        assert_eq!(
            fullest_area(&index, Round::from_label("2017").unwrap()),
            Some(Area::Pillar(Pillar::Efficiency))
        );
        assert_eq!(
            fullest_area(&index, Round::from_label("2021/22").unwrap()),
            Some(Area::GradedArea("Investigating crime".into()))
        );
        // Nothing held: the first area.
        assert_eq!(
            fullest_area(&index, Round::from_label("2016").unwrap()),
            Some(Area::Pillar(Pillar::Effectiveness))
        );
    }

    #[test]
    fn the_round_with_the_most_grades_held_the_newer_on_a_tie() {
        let mut index = index();
        // Fourteen 2017 grades against six of 2021/22.
        assert_eq!(
            round_with_most_grades(&index),
            Some(Round::from_label("2017").unwrap())
        );
        // Six of each: the newer.
        let mut kept_2017 = 0;
        index.grades.retain(|g| {
            kept_2017 += usize::from(g.round == Round::from_label("2017").unwrap());
            g.round != Round::from_label("2017").unwrap() || kept_2017 <= 6
        });
        assert_eq!(
            round_with_most_grades(&index),
            Some(Round::from_label("2021/22").unwrap())
        );
        index.grades.clear();
        assert_eq!(round_with_most_grades(&index), None);
    }

    #[test]
    fn odd_input_never_panics() {
        let round = Round::from_label("2016").unwrap();
        let empty = build(
            round,
            Scale::FourPoint,
            Area::Pillar(Pillar::Legitimacy),
            &[],
            &[],
        );
        assert!(empty.tiles.is_empty());
        assert_eq!((empty.columns, empty.rows), (0, 0));
        // A square whose force is not among the forces is left out.
        let kent = ForceSlug::from("kent");
        let only_kent = MapForce {
            slug: &kent,
            name: "Kent Police",
            judgement: None,
            round_held: false,
        };
        let map = build(
            round,
            Scale::FourPoint,
            Area::Pillar(Pillar::Legitimacy),
            &[tile("essex", 1, 1, "ESX")],
            &[only_kent],
        );
        assert!(map.tiles.is_empty());
    }
}
