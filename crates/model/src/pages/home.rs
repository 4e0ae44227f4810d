//! `/`: the forces by region with their latest grades, how much each round's data covers, and
//! which forces were in enhanced monitoring as of the sources' month.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::Index;
use crate::date::Date;
use crate::force::ForceSlug;
use crate::round::{Framework, Round};
use crate::route::{GradeFilter, Route, TableState};
use crate::widgets::completeness::{HeldCount, RoundHeld};
use crate::widgets::engage::open_spells_line;
use crate::widgets::headline::{AreaJudgement, headline, latest_graded_round, round_with_most_grades};
use crate::widgets::search::ForceRef;
use crate::widgets::tile_map::{self, MapGrades, TileMapView};
use crate::wording::{area_phrase, count_word};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeView {
    pub regions: Vec<RegionForces>,
    /// How much of each round is held, oldest first.
    pub coverage: Vec<RoundHeld>,
    pub data_date: Option<Date>,
    /// The map of the round with the most grades held; `None` when no grade is held.
    pub map: Option<HomeMap>,
    /// The forces in enhanced monitoring as of the sources' month, a link to the monitoring
    /// page: "In enhanced monitoring as of October 2025: Lincolnshire Police".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engage: Option<String>,
}

/// The home page's map: the round with the most grades held, by its area with the most held.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeMap {
    /// The round and area the map shows.
    pub grades: MapGrades,
    pub map: TileMapView,
    /// The round's table, its map showing the same area.
    pub table: Route,
}

impl HomeMap {
    /// Why this round and area: "PEEL 2016 is the round with the most grades held; the map shows
    /// its area with the most held, efficiency (held for 43 of the 43 forces)."
    pub fn sentence(&self) -> String {
        let map = &self.map;
        let total = map.tiles.len() as u32;
        let held = total.saturating_sub(map.count(GradeFilter::NotHeld));
        // "43 of the 43", "five of the 43", "two of the three".
        let held = if held == total && total >= 10 {
            held.to_string()
        } else {
            count_word(held)
        };
        let total = count_word(total);
        let MapGrades { round, area, .. } = &self.grades;
        let what = if matches!(area, Area::Pillar(_)) {
            "pillar"
        } else {
            "area"
        };
        format!(
            "PEEL {} is the round with the most grades held; the map shows its {what} with the most \
             held, {} (held for {held} of the {total} forces).",
            round.label(),
            area_phrase(area)
        )
    }

    /// "At a glance: PEEL 2016".
    pub fn heading(&self) -> String {
        format!("At a glance: PEEL {}", self.grades.round.label())
    }

    /// "Every force’s PEEL 2016 grades in a table".
    pub fn table_words(&self) -> String {
        format!(
            "Every force’s PEEL {} grades in a table",
            self.grades.round.label()
        )
    }
}
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionForces {
    pub region: String,
    pub forces: Vec<ForceCard>,
}

/// A force with its latest round's headline grades.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceCard {
    pub slug: ForceSlug,
    pub name: String,
    pub region: String,
    pub towns: Vec<String>,
    /// The latest round with grades held; `None` if the force has none.
    pub round: Option<Round>,
    /// How that round judged forces.
    pub framework: Option<Framework>,
    /// The round's headline grades; for graded-area rounds only those held.
    pub grades: Vec<AreaJudgement>,
    /// How many of the round's grades are held for the force, of how many.
    pub held: HeldCount,
}

impl HomeView {
    pub fn force_count(&self) -> usize {
        self.regions.iter().map(|r| r.forces.len()).sum()
    }

    /// Every force, in the page's order, for search.
    pub fn force_refs(&self) -> Vec<ForceRef<'_>> {
        self.regions
            .iter()
            .flat_map(|r| {
                r.forces.iter().map(|f| ForceRef {
                    slug: f.slug.as_str(),
                    name: &f.name,
                    region: &f.region,
                    towns: &f.towns,
                })
            })
            .collect()
    }
}

impl ForceCard {
    /// The force's latest round's page, or its page when no round is held.
    pub fn route(&self) -> Route {
        match self.round {
            Some(round) => Route::ForceRound {
                force: self.slug.clone(),
                round,
            },
            None => Route::ForceLatest {
                force: self.slug.clone(),
            },
        }
    }

    /// "Latest held: PEEL 2021/22 (4 of 8 graded areas held)", "Latest held: PEEL 2016 (3 of 3
    /// pillars held)": of the areas graded for every force, and any graded for some forces only
    /// that is held (see [`HeldCount`]).
    pub fn round_words(&self) -> String {
        let Some(round) = self.round else {
            return "No grades held".to_owned();
        };
        let what = if self.framework.is_some_and(Framework::has_pillars) {
            "pillars"
        } else {
            "graded areas"
        };
        format!(
            "Latest held: PEEL {} ({} of {} {what} held)",
            round.label(),
            self.held.held,
            self.held.of
        )
    }
}

pub(super) fn build(index: &Index) -> HomeView {
    let regions = index
        .regions
        .iter()
        .map(|region| RegionForces {
            region: region.clone(),
            forces: index
                .forces
                .iter()
                .filter(|f| &f.region == region)
                .map(|f| {
                    let round = latest_graded_round(index, &f.slug);
                    let framework = round.and_then(|r| index.round_kind(r)).map(|k| k.framework);
                    let all = round.map(|r| headline(index, &f.slug, r)).unwrap_or_default();
                    let held = round
                        .map(|r| HeldCount::of_force(index, &f.slug, r))
                        .unwrap_or_default();
                    // Graded-area rounds are often held only in part: list what is held and
                    // say how much that is, rather than a row of "not held".
                    let grades = if framework == Some(Framework::GradedAreas) {
                        all.into_iter().filter(|g| g.judgement.is_some()).collect()
                    } else {
                        all
                    };
                    ForceCard {
                        slug: f.slug.clone(),
                        name: f.name.clone(),
                        region: f.region.clone(),
                        towns: f.towns.clone(),
                        round,
                        framework,
                        grades,
                        held,
                    }
                })
                .collect(),
        })
        .collect();
    HomeView {
        regions,
        coverage: index
            .rounds
            .iter()
            .map(|r| RoundHeld::of_round(index, r.round))
            .collect(),
        data_date: index.data_date,
        map: home_map(index),
        engage: open_spells_line(&index.monitoring, &|slug| {
            index
                .force(slug)
                .map_or_else(|| slug.to_string(), |f| f.name.clone())
        }),
    }
}

fn home_map(index: &Index) -> Option<HomeMap> {
    let round = round_with_most_grades(index)?;
    let area = tile_map::fullest_area(index, round)?;
    let table = Route::RoundTable {
        round,
        state: TableState {
            area: Some(area.slug()),
            ..TableState::default()
        },
    };
    Some(HomeMap {
        map: tile_map::from_index(index, round, &area),
        grades: MapGrades {
            round,
            scale: index.scale(round),
            area,
        },
        table,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::Area;
    use crate::bundle::Tile;
    use crate::grade::{Judgement, Scale};
    use crate::widgets::tile_map::MapForce;

    fn place(force: &str, column: u8) -> Tile {
        Tile {
            force: force.into(),
            column,
            row: 1,
            abbreviation: force[..3].to_ascii_uppercase(),
        }
    }

    /// Real 2021/22 investigating crime grades (Derbyshire requires improvement, Greater
    /// Manchester inadequate; nothing of 2021/22 held for City of London).
    #[test]
    fn the_map_says_why_its_round_and_area_and_how_much_is_held() {
        let slugs = ["city-of-london", "derbyshire", "greater-manchester"].map(ForceSlug::from);
        let forces = [
            MapForce {
                slug: &slugs[0],
                name: "City of London Police",
                judgement: None,
                round_held: false,
            },
            MapForce {
                slug: &slugs[1],
                name: "Derbyshire Constabulary",
                judgement: Judgement::parse("requires improvement"),
                round_held: true,
            },
            MapForce {
                slug: &slugs[2],
                name: "Greater Manchester Police",
                judgement: Judgement::parse("inadequate"),
                round_held: true,
            },
        ];
        let places = [
            place("city-of-london", 3),
            place("derbyshire", 1),
            place("greater-manchester", 2),
        ];
        let area = Area::GradedArea("Investigating crime".into());
        let round = Round::from_label("2021/22").unwrap();
        let home = HomeMap {
            map: tile_map::build(round, Scale::FivePoint, area.clone(), &places, &forces),
            grades: MapGrades {
                round,
                scale: Scale::FivePoint,
                area,
            },
            table: Route::round_table(round),
        };
        assert_eq!(
            home.sentence(),
            "PEEL 2021/22 is the round with the most grades held; the map shows its area with the \
             most held, investigating crime (held for two of the three forces)."
        );
        assert_eq!(home.table_words(), "Every force’s PEEL 2021/22 grades in a table");
    }
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

    #[test]
    fn the_home_page_lists_every_force_with_its_latest_grades() {
        check(
            "/",
            expect![[r#"
                Home: 3 forces
                In enhanced monitoring as of October 2025: lincolnshire </monitoring/>
                PEEL 2023-25 is the round with the most grades held; the map shows its area with the most held, preventing and deterring crime and anti-social behaviour, and reducing vulnerability (held for three of the three forces).
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability in PEEL 2023-25 Each square is a police force, placed next to its neighbours (a tile map, not to scale), coloured by its grade for preventing and deterring crime and anti-social behaviour, and reducing vulnerability in PEEL 2023-25 and marked with the grade’s letters. A square outlined in black and marked E is a force in enhanced monitoring (Engage) as of October 2025. Each square links to the force’s page.
                    DBY G (Derbyshire Constabulary: good) </force/derbyshire/2023-25/>
                    NHT A (Northamptonshire Police: adequate) </force/northamptonshire/2023-25/>
                    KEN G (Kent Police: good) </force/kent/2023-25/>
                    Key: O Outstanding (0), G Good (2), A Adequate (1), RI Requires improvement (0), I Inadequate (0), E In enhanced monitoring (Engage) as of October 2025 (0)
                  Every force’s PEEL 2023-25 grades in a table </round/2023-25/?area=preventing-and-deterring-crime-and-anti-social-behaviour-and-reducing-vulnerability>
                Coverage:
                  PEEL 2016 </round/2016/>
                    All nine grades of its three pillars are held, for every force.
                  PEEL 2023-25 </round/2023-25/>
                    19 of the 24 grades of its eight areas graded for every force are held: all of them for two forces and some for one.
                East Midlands:
                  Derbyshire Constabulary </force/derbyshire/2023-25/>
                    Latest held: PEEL 2023-25 (8 of 8 graded areas held)
                    Treating the public fairly, appropriately and respectfully: Adequate
                    Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: Good
                    Responding to the public: Requires improvement
                    Investigating crime: Requires improvement
                    Protecting vulnerable people: Requires improvement
                    Managing offenders and suspects: Adequate
                    Building, supporting and protecting the workforce: Adequate
                    Leadership and force management: Requires improvement
                  Northamptonshire Police </force/northamptonshire/2023-25/>
                    Latest held: PEEL 2023-25 (9 of 9 graded areas held)
                    Treating the public fairly, appropriately and respectfully: Good
                    Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: Adequate
                    Responding to the public: Requires improvement
                    Investigating crime: Requires improvement
                    Protecting vulnerable people: Adequate
                    Managing offenders and suspects: Adequate
                    Building, supporting and protecting the workforce: Adequate
                    Leadership and force management: Adequate
                    Recording data about crime: Outstanding
                South East:
                  Kent Police </force/kent/2023-25/>
                    Latest held: PEEL 2023-25 (3 of 8 graded areas held)
                    Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: Good
                    Responding to the public: Requires improvement
                    Investigating crime: Requires improvement
            "#]],
        );
    }
}
