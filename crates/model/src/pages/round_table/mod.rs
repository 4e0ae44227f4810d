//! `/round/<round>/`: every force's headline grades for one round. [`rows`] applies the table's
//! state (sort, filters, grouping) from its address; [`citation`] cites it in that state;
//! [`standing`] counts each force's held
//! grades by level and holds the rule the table sorts them by.

pub mod citation;
pub mod rows;
pub mod standing;

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::{Index, Tile};
use crate::date::Date;
use crate::force::ForceSlug;
use crate::grade::{Judgement, Scale};
use crate::round::Round;
use crate::route::{Route, TableState};
use crate::widgets::completeness::graded_for_some_forces_only;
use crate::widgets::distribution::Distribution;
use crate::widgets::engage::EngageDay;
use crate::widgets::headline::{Coverage, are_pillars, headline, headline_areas, round_coverage};
use crate::widgets::tile_map::{self, MapForce, TileMapView};
use crate::wording::count_word;

use super::not_found::{self, NotFoundView};
use super::preview::PreviewImage;

pub use rows::{ColumnCounts, RowGroup, cell_path, column_counts, row_path};
pub use standing::{SORT_RULE, Standing};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundTableView {
    pub round: Round,
    pub scale: Scale,
    /// Every round of the data, oldest first, for the round links.
    pub rounds: Vec<Round>,
    pub coverage: Coverage,
    /// When the data was last changed, where known, for the citation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_date: Option<Date>,
    /// The publishers of the pages the round's grades were read from, each once, the most
    /// grades first (then by name), for the citation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_publishers: Vec<String>,
    /// The columns: three pillars, or the round's graded areas.
    pub areas: Vec<Area>,
    /// The columns the question set marks as graded for some forces only: a grade not held
    /// there is not counted as missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub graded_for_some_forces_only: Vec<Area>,
    /// Counts per grade for each column, in the order of `areas`.
    pub distributions: Vec<Distribution>,
    pub regions: Vec<String>,
    /// Every force, alphabetical.
    pub rows: Vec<RoundTableRow>,
    /// Each force's square on the map above the table.
    pub tiles: Vec<Tile>,
    /// The forces the map marks as in enhanced monitoring, as of the sources' month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engage: Option<EngageDay>,
    /// The links to the map's images for each column ([`super::chart_image::links_html`]):
    /// each column's slug and the links, in the order of `areas`. Filled by the prerenderer;
    /// empty where the page was built in the browser.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub map_images: Vec<(String, String)>,
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

    /// "Grades are held for 43 of the 43 forces in PEEL 2016."; where some forces have none, a
    /// count under ten in words: "Grades are held for five of the 43 forces in PEEL 2021/22.", or
    /// "No grades are held for any of the 43 forces in PEEL 2021/22."
    pub fn coverage_sentence(&self) -> String {
        let Coverage {
            round,
            forces_with_grades: held,
            total_forces: total,
        } = self.coverage;
        let round = round.label();
        if held == 0 && total > 0 {
            return format!("No grades are held for any of the {total} forces in PEEL {round}.");
        }
        let held = if held < total {
            count_word(held)
        } else {
            held.to_string()
        };
        format!("Grades are held for {held} of the {total} forces in PEEL {round}.")
    }

    /// What the round graded, and, where some forces have no grade of the round held, for how
    /// many of all the forces: "… For 38 of the 43 forces no grade of this round is held in this
    /// dataset."
    pub fn scale_note(&self) -> String {
        let what = if self.has_pillars() {
            "three pillars"
        } else {
            "areas of policing"
        };
        let mut text = format!("Each force was graded on {what}, on a {}.", self.scale.describe());
        let total = self.coverage.total_forces;
        let missing = total.saturating_sub(self.coverage.forces_with_grades);
        if missing == total && total > 0 {
            text.push_str(&format!(
                " No grade of this round is held in this dataset for any of the {total} forces."
            ));
        } else if missing > 0 {
            text.push_str(&format!(
                " For {} of the {total} forces no grade of this round is held in this dataset.",
                count_word(missing)
            ));
        }
        text
    }

    /// The page's link-preview image: the round and the counts per grade of each column.
    pub fn preview_image(&self) -> Option<PreviewImage> {
        PreviewImage::of(&Route::round_table(self.round), self.preview_alt())
    }

    /// What the preview image shows, in words: "PEEL 2016: grades of every force. Grades are
    /// held for 43 of the 43 forces in PEEL 2016. Effectiveness: 1 outstanding, 25 good, …".
    pub fn preview_alt(&self) -> String {
        let mut text = format!("{}. {}", self.title(), self.coverage_sentence());
        for dist in &self.distributions {
            text.push_str(&format!(" {}: {}.", dist.area.label(), dist.counts.summary()));
        }
        text
    }

    /// The map above the table, coloured by the column the table's state names (its `area`),
    /// else by the first column; `None` for a round without columns.
    pub fn map(&self, state: &TableState) -> Option<TileMapView> {
        let area = tile_map::chosen_area(&self.areas, state.area.as_deref())?;
        let column = self.areas.iter().position(|a| *a == area)?;
        let forces: Vec<MapForce> = self
            .rows
            .iter()
            .map(|row| MapForce {
                slug: &row.force,
                name: &row.name,
                judgement: row.grades.get(column).copied().flatten(),
                round_held: row.grades.iter().any(Option::is_some),
            })
            .collect();
        let map = tile_map::build(self.round, self.scale, area, &self.tiles, &forces);
        Some(match &self.engage {
            Some(engage) => map.marking(engage),
            None => map,
        })
    }

    /// The links to the images of the map coloured by the column `area` names, else by the
    /// first (as [`RoundTableView::map`] chooses); `None` where the page has none.
    pub fn map_images_for(&self, area: Option<&str>) -> Option<&str> {
        let chosen = tile_map::chosen_area(&self.areas, area)?.slug();
        self.map_images
            .iter()
            .find(|(slug, _)| *slug == chosen)
            .map(|(_, links)| links.as_str())
    }

    /// The table of each round, for the round links.
    pub fn round_links(&self) -> Vec<(Round, Route)> {
        self.rounds.iter().map(|r| (*r, Route::round_table(*r))).collect()
    }

    /// Whether the columns are pillars (a pillar round), not graded areas.
    pub fn has_pillars(&self) -> bool {
        are_pillars(&self.areas)
    }
}

/// The table of `round`; not found for a round the data does not have.
pub(super) fn build(index: &Index, round: Round) -> Result<RoundTableView, NotFoundView> {
    let kind = index
        .round_kind(round)
        .ok_or_else(|| not_found::unknown_round(index, &round.slug()))?;
    let areas = headline_areas(index, round);
    let mut rows: Vec<RoundTableRow> = index
        .forces
        .iter()
        .map(|f| {
            let grades = headline(index, &f.slug, round);
            RoundTableRow {
                force: f.slug.clone(),
                name: f.name.clone(),
                region: f.region.clone(),
                grades: grades.iter().map(|g| g.judgement).collect(),
                sources: grades.into_iter().map(|g| g.source_url).collect(),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(RoundTableView {
        round,
        scale: kind.scale,
        rounds: index.all_rounds(),
        coverage: round_coverage(index, round),
        data_date: index.data_date,
        source_publishers: citation::source_publishers(&index.publishers, &rows),
        distributions: areas
            .iter()
            .map(|a| Distribution::of(index, round, a, None))
            .collect(),
        graded_for_some_forces_only: areas
            .iter()
            .filter(|a| graded_for_some_forces_only(index, round, a))
            .cloned()
            .collect(),
        areas,
        regions: index.regions.clone(),
        rows,
        tiles: index.tiles.clone(),
        engage: EngageDay::as_of_sources(&index.monitoring),
        map_images: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A round's table of 43 forces, `forces_with_grades` of them with grades held, on pillars
    /// (a four-point scale) or graded areas (five points).
    fn round(label: &str, forces_with_grades: u32) -> RoundTableView {
        let round = Round::from_label(label).unwrap();
        let graded_areas = label.contains(['/', '-']) && label != "2018/19";
        let (scale, areas) = if graded_areas {
            (
                Scale::FivePoint,
                vec![Area::GradedArea("Investigating crime".into())],
            )
        } else {
            (Scale::FourPoint, rows::tests::view().areas)
        };
        RoundTableView {
            round,
            scale,
            areas,
            coverage: Coverage {
                round,
                forces_with_grades,
                total_forces: 43,
            },
            ..rows::tests::view()
        }
    }

    #[test]
    fn the_map_shows_the_tables_area_or_its_first_column() {
        let place = |force: &str, column: u8, row: u8, abbreviation: &str| Tile {
            force: force.into(),
            column,
            row,
            abbreviation: abbreviation.into(),
        };
        // Four of the eight forces, placed as in data/tiles.csv.
        let view = RoundTableView {
            tiles: vec![
                place("derbyshire", 3, 5, "DBY"),
                place("durham", 4, 2, "DUR"),
                place("greater-manchester", 2, 4, "GMP"),
                place("humberside", 5, 4, "HUM"),
            ],
            ..rows::tests::view()
        };
        let squares = |state: &str| -> Vec<String> {
            let map = view.map(&TableState::from_query(state)).expect("a map");
            map.tiles.iter().map(|t| map.tile_description(t)).collect()
        };
        let effectiveness = [
            "Durham Constabulary: outstanding",
            "Greater Manchester Police: requires improvement",
            "Humberside Police: requires improvement",
            "Derbyshire Constabulary: not held in this dataset",
        ];
        assert_eq!(squares(""), effectiveness);
        assert_eq!(squares("area=nowhere"), effectiveness);
        assert_eq!(
            squares("area=legitimacy"),
            [
                "Durham Constabulary: good",
                "Greater Manchester Police: not graded",
                "Humberside Police: not held in this dataset",
                "Derbyshire Constabulary: good",
            ]
        );
        // The grade filter's column, with a grade, is the map's too.
        let map = view
            .map(&TableState::from_query("grade=good&area=efficiency"))
            .expect("a map");
        assert_eq!(
            map.grades.map(|g| g.area),
            Some(Area::Pillar(crate::area::Pillar::Efficiency))
        );
        assert_eq!(map.tiles[0].route.path(), "/force/durham/2017/");
        let no_columns = RoundTableView {
            areas: Vec::new(),
            ..view.clone()
        };
        assert_eq!(no_columns.map(&TableState::default()), None);
    }

    #[test]
    fn the_round_says_for_how_many_forces_grades_are_held() {
        let full = round("2016", 43);
        assert_eq!(
            full.coverage_sentence(),
            "Grades are held for 43 of the 43 forces in PEEL 2016."
        );
        assert_eq!(
            full.scale_note(),
            "Each force was graded on three pillars, on a four-point scale (outstanding, good, \
             requires improvement, inadequate)."
        );
        let integrated = round("2018/19", 41);
        assert_eq!(
            integrated.coverage_sentence(),
            "Grades are held for 41 of the 43 forces in PEEL 2018/19."
        );
        assert_eq!(
            integrated.scale_note(),
            "Each force was graded on three pillars, on a four-point scale (outstanding, good, \
             requires improvement, inadequate). For two of the 43 forces no grade of this round is \
             held in this dataset."
        );
        // PEEL 2021/22: grades held for five forces, not "most forces" missing but how many.
        let areas = round("2021/22", 5);
        assert_eq!(
            areas.coverage_sentence(),
            "Grades are held for five of the 43 forces in PEEL 2021/22."
        );
        assert_eq!(
            areas.scale_note(),
            "Each force was graded on areas of policing, on a five-point scale (outstanding, good, \
             adequate, requires improvement, inadequate). For 38 of the 43 forces no grade of this \
             round is held in this dataset."
        );
        let none = round("2023-25", 0);
        assert_eq!(
            none.coverage_sentence(),
            "No grades are held for any of the 43 forces in PEEL 2023-25."
        );
        assert!(
            none.scale_note()
                .ends_with(" No grade of this round is held in this dataset for any of the 43 forces.")
        );
        for text in [areas.scale_note(), none.scale_note(), integrated.scale_note()] {
            assert!(!text.contains("Most") && !text.contains("most"), "{text}");
        }
    }
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

    #[test]
    fn a_pillar_round_as_it_first_shows() {
        check(
            "/round/2016/",
            expect![[r#"
                Round table: PEEL 2016: grades of every force
                Grades are held for 3 of the 3 forces in PEEL 2016.
                Each force was graded on three pillars, on a four-point scale (outstanding, good, requires improvement, inadequate).
                Effectiveness in PEEL 2016 Each square is a police force, placed next to its neighbours (a tile map, not to scale), coloured by its grade for effectiveness in PEEL 2016 and marked with the grade’s letters. A square outlined in black and marked E is a force in enhanced monitoring (Engage) as of October 2025. Each square links to the force’s page.
                  DBY G (Derbyshire Constabulary: good) </force/derbyshire/2016/>
                  NHT RI (Northamptonshire Police: requires improvement) </force/northamptonshire/2016/>
                  KEN G (Kent Police: good) </force/kent/2016/>
                  Key: O Outstanding (0), G Good (2), RI Requires improvement (1), I Inadequate (0), E In enhanced monitoring (Engage) as of October 2025 (0)
                All 3 forces. Sorted by force name, A to Z.
                  Effectiveness: 2 good, 1 requires improvement
                  Efficiency: 3 good
                  Legitimacy: 2 outstanding, 1 good
                  Derbyshire Constabulary </force/derbyshire/2016/> (East Midlands)
                    Standing: 1 outstanding, 2 good; 3 of 3 held
                    Effectiveness: Good </force/derbyshire/2016/effectiveness/>
                    Efficiency: Good </force/derbyshire/2016/efficiency/>
                    Legitimacy: Outstanding </force/derbyshire/2016/legitimacy/>
                  Kent Police </force/kent/2016/> (South East)
                    Standing: 1 outstanding, 2 good; 3 of 3 held
                    Effectiveness: Good </force/kent/2016/effectiveness/>
                    Efficiency: Good </force/kent/2016/efficiency/>
                    Legitimacy: Outstanding </force/kent/2016/legitimacy/>
                  Northamptonshire Police </force/northamptonshire/2016/> (East Midlands)
                    Standing: 2 good, 1 requires improvement; 3 of 3 held
                    Effectiveness: Requires improvement </force/northamptonshire/2016/effectiveness/>
                    Efficiency: Good </force/northamptonshire/2016/efficiency/>
                    Legitimacy: Good </force/northamptonshire/2016/legitimacy/>
                Citation:
                  PEEL 2016: grades of every force. PEEL Explorer. /round/2016/
                  Data last changed: 1 December 2026.
                  Source: HMICFRS (the page each grade was read from is in the table’s JSON download; the CSV lists each force’s pages)
                  Contains public sector information licensed under the Open Government Licence v3.0.
            "#]],
        );
    }

    #[test]
    fn an_area_round_filtered_sorted_and_grouped_by_its_address() {
        check(
            "/round/2023-25/?sort=treating-the-public-fairly-appropriately-and-respectfully&grade=adequate&\
             area=managing-offenders-and-suspects&group=region",
            expect![[r#"
                Round table: PEEL 2023-25: grades of every force
                Grades are held for 3 of the 3 forces in PEEL 2023-25.
                Each force was graded on areas of policing, on a five-point scale (outstanding, good, adequate, requires improvement, inadequate).
                Managing offenders and suspects in PEEL 2023-25 Each square is a police force, placed next to its neighbours (a tile map, not to scale), coloured by its grade for managing offenders and suspects in PEEL 2023-25 and marked with the grade’s letters. A square outlined in black and marked E is a force in enhanced monitoring (Engage) as of October 2025. Each square links to the force’s page.
                  DBY A (Derbyshire Constabulary: adequate) </force/derbyshire/2023-25/>
                  NHT A (Northamptonshire Police: adequate) </force/northamptonshire/2023-25/>
                  KEN – (Kent Police: not held in this dataset) </force/kent/2023-25/>
                  Key: O Outstanding (0), G Good (0), A Adequate (2), RI Requires improvement (0), I Inadequate (0), – Not held in this dataset (1), E In enhanced monitoring (Engage) as of October 2025 (0)
                2 of 3 forces: graded adequate for managing offenders and suspects. The managing offenders and suspects grade is not held in this dataset for one of the three forces. Sorted by treating the public fairly, appropriately and respectfully, best first, forces with no grade held last; grouped by region.
                  Treating the public fairly, appropriately and respectfully: 1 good, 1 adequate
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: 1 good, 1 adequate
                  Responding to the public: 2 requires improvement
                  Investigating crime: 2 requires improvement
                  Protecting vulnerable people: 1 adequate, 1 requires improvement
                  Managing offenders and suspects: 2 adequate
                  Building, supporting and protecting the workforce: 2 adequate
                  Leadership and force management: 1 adequate, 1 requires improvement
                  Recording data about crime: 1 outstanding, 1 not held (held for 1 of 2 forces)
                  Disrupting serious organised crime: 2 not held
                  East Midlands:
                    Northamptonshire Police </force/northamptonshire/2023-25/> (East Midlands)
                      Standing: 1 outstanding, 1 good, 5 adequate, 2 requires improvement; 9 of 9 held
                      Treating the public fairly, appropriately and respectfully: Good </force/northamptonshire/2023-25/#treating-the-public-fairly-appropriately-and-respectfully>
                      Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: Adequate </force/northamptonshire/2023-25/#preventing-and-deterring-crime-and-anti-social-behaviour-and-reducing-vulnerability>
                      Responding to the public: Requires improvement </force/northamptonshire/2023-25/#responding-to-the-public>
                      Investigating crime: Requires improvement </force/northamptonshire/2023-25/#investigating-crime>
                      Protecting vulnerable people: Adequate </force/northamptonshire/2023-25/#protecting-vulnerable-people>
                      Managing offenders and suspects: Adequate </force/northamptonshire/2023-25/#managing-offenders-and-suspects>
                      Building, supporting and protecting the workforce: Adequate </force/northamptonshire/2023-25/#building-supporting-and-protecting-the-workforce>
                      Leadership and force management: Adequate </force/northamptonshire/2023-25/#leadership-and-force-management>
                      Recording data about crime: Outstanding </force/northamptonshire/2023-25/#recording-data-about-crime>
                      Disrupting serious organised crime: Not held in this dataset </force/northamptonshire/2023-25/#disrupting-serious-organised-crime>
                    Derbyshire Constabulary </force/derbyshire/2023-25/> (East Midlands)
                      Standing: 1 good, 3 adequate, 4 requires improvement; 8 of 8 held
                      Treating the public fairly, appropriately and respectfully: Adequate </force/derbyshire/2023-25/#treating-the-public-fairly-appropriately-and-respectfully>
                      Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: Good </force/derbyshire/2023-25/#preventing-and-deterring-crime-and-anti-social-behaviour-and-reducing-vulnerability>
                      Responding to the public: Requires improvement </force/derbyshire/2023-25/#responding-to-the-public>
                      Investigating crime: Requires improvement </force/derbyshire/2023-25/#investigating-crime>
                      Protecting vulnerable people: Requires improvement </force/derbyshire/2023-25/#protecting-vulnerable-people>
                      Managing offenders and suspects: Adequate </force/derbyshire/2023-25/#managing-offenders-and-suspects>
                      Building, supporting and protecting the workforce: Adequate </force/derbyshire/2023-25/#building-supporting-and-protecting-the-workforce>
                      Leadership and force management: Requires improvement </force/derbyshire/2023-25/#leadership-and-force-management>
                      Recording data about crime: Not held in this dataset </force/derbyshire/2023-25/#recording-data-about-crime>
                      Disrupting serious organised crime: Not held in this dataset </force/derbyshire/2023-25/#disrupting-serious-organised-crime>
                Citation:
                  PEEL 2023-25: grades of every force. 2 of 3 forces: graded adequate for managing offenders and suspects. The managing offenders and suspects grade is not held in this dataset for one of the three forces. Sorted by treating the public fairly, appropriately and respectfully, best first, forces with no grade held last; grouped by region. PEEL Explorer. /round/2023-25/?sort=treating-the-public-fairly-appropriately-and-respectfully&grade=adequate&area=managing-offenders-and-suspects&group=region
                  Data last changed: 1 December 2026.
                  Sources: BBC News, Northampton Chronicle & Echo, Kent Online, Northamptonshire Police Fire and Crime Commissioner and Derbyshire Constabulary (the page each grade was read from is in the table’s JSON download; the CSV lists each force’s pages)
                  Contains public sector information licensed under the Open Government Licence v3.0.
            "#]],
        );
    }
}
