//! The JSON bundle that ingest writes and the app reads: one small index, one file per force,
//! and the place names for search (fetched only when a reader first types); [`Layout`] says
//! where each file is.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::date::Date;
use crate::downloads::DownloadFile;
use crate::force::{Force, ForceSlug};
use crate::grade::{Judgement, Scale};
use crate::monitoring::Monitoring;
use crate::publishers::Publisher;
use crate::questions::QuestionSets;
use crate::report::Report;
use crate::round::{Round, RoundKind};

/// Bumped whenever the shape of the bundle changes; it is part of every bundle URL, so a
/// browser never mixes an old cached file with a new app.
pub const BUNDLE_VERSION: u32 = 6;

/// A file of the bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BundleFile<'a> {
    /// [`Index`]: what every page needs.
    Index,
    /// [`crate::places::PlacesFile`]: the place names for search, apart from the index.
    Places,
    /// A force's [`ForceFile`].
    Force(&'a ForceSlug),
}

/// The folder of the force files, inside the bundle's folder.
pub const FORCE_DIR: &str = "force";

/// The folder of the JSON Schemas of the bundle's files and the JSON downloads, inside the
/// bundle's folder.
pub const SCHEMA_DIR: &str = "schema";

impl BundleFile<'_> {
    /// Its path inside the bundle's folder: `index.json`, `places.json`, `force/kent.json`.
    pub fn name(self) -> String {
        match self {
            BundleFile::Index => "index.json".to_owned(),
            BundleFile::Places => "places.json".to_owned(),
            BundleFile::Force(slug) => format!("{FORCE_DIR}/{slug}.json"),
        }
    }

    /// Its JSON Schema's path inside the bundle's folder: `schema/force.schema.json`.
    pub fn schema_name(self) -> String {
        let kind = match self {
            BundleFile::Index => "index",
            BundleFile::Places => "places",
            BundleFile::Force(_) => "force",
        };
        format!("{SCHEMA_DIR}/{kind}.schema.json")
    }
}

/// Where a bundle's files are: ingest writes them into the bundle's folder and the prerenderer
/// reads them there ([`BundleFile::name`]); the folder is `data/v<version>` below the site root,
/// where the app fetches them ([`Layout::path`]), so a browser never mixes a cached file of one
/// version with an app of another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub version: u32,
}

impl Layout {
    /// The bundle this code reads and writes.
    pub const CURRENT: Layout = Layout {
        version: BUNDLE_VERSION,
    };

    /// The bundle's folder, relative to the site root: `data/v3`.
    pub fn dir(self) -> String {
        format!("data/v{}", self.version)
    }

    /// A file's path relative to the site root: `data/v3/force/kent.json`.
    pub fn path(self, file: BundleFile) -> String {
        format!("{}/{}", self.dir(), file.name())
    }
}

/// What every page needs: forces, rounds, headline grades, question sets.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub version: u32,
    pub forces: Vec<Force>,
    /// Regions in display order (alphabetical, Wales last as in ONS tables).
    pub regions: Vec<String>,
    /// Every round of the question sets, oldest first, with its coverage.
    pub rounds: Vec<RoundInfo>,
    /// Headline grades (pillars and graded areas) of every force and round held.
    pub grades: Vec<HeadlineGrade>,
    /// Source pages, referred to by position from `HeadlineGrade::source`.
    pub sources: Vec<String>,
    /// Which rounds there are and how each judged forces (`data/questions.json`).
    pub questions: QuestionSets,
    /// Every force-year held (with grades, a full page or the address of its official report)
    /// and its official page.
    pub force_rounds: Vec<ForceRound>,
    /// When the data was last changed (from the project's history), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_date: Option<Date>,
    /// Each force's square on the tile map (`data/tiles.csv`), in the file's order.
    pub tiles: Vec<Tile>,
    /// Who published each source host (`data/publishers.csv`).
    pub publishers: Vec<Publisher>,
    /// The forces moved into enhanced monitoring (`data/monitoring.csv`).
    pub monitoring: Monitoring,
    /// The files of `/data/` ([`crate::downloads`]), as ingest wrote them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub downloads: Vec<DownloadFile>,
}

/// A force's square on the tile map of England and Wales: equal squares on a grid, each force
/// next to as many of its real neighbours as a grid allows. Positions drawn for this project,
/// not a geographic projection.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tile {
    pub force: ForceSlug,
    /// 1 (west) to [`Tile::MAX_COLUMN`].
    pub column: u8,
    /// 1 (north) to [`Tile::MAX_ROW`].
    pub row: u8,
    /// What the square says: two to four characters (`KEN`, `D&C`).
    pub abbreviation: String,
}

impl Tile {
    /// The largest grid the app's style sheet places squares on (one class per column and row).
    pub const MAX_COLUMN: u8 = 10;
    pub const MAX_ROW: u8 = 12;
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundInfo {
    pub round: Round,
    /// How many of the forces have at least one headline grade held for this round.
    pub forces_with_grades: u32,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadlineGrade {
    pub force: ForceSlug,
    pub round: Round,
    pub area: Area,
    pub judgement: Judgement,
    /// Index into `Index::sources`.
    pub source: u32,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForceRound {
    pub force: ForceSlug,
    pub round: Round,
    /// The official HMICFRS page: the report page where `report_url` is known; otherwise the
    /// force-year's page a grade was read from, or else the page most grades were read from.
    pub page_url: String,
    /// Whether the page's full text is held (in the force's file).
    pub has_report: bool,
    /// The official HMICFRS report page of the force-round (`data/reports.csv`; 2021/22 and
    /// 2023-25 only), its primary source. Held for some force-rounds with no grade held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_url: Option<String>,
}

/// Everything one force's pages need beyond the index.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceFile {
    pub version: u32,
    pub force: Force,
    /// Every grade row of the force, question-level ones included, with its source.
    pub grades: Vec<GradeRecord>,
    /// Parsed full pages, where held.
    pub reports: Vec<Report>,
}

/// One row of `data/grades.csv`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeRecord {
    pub round: Round,
    pub area: Area,
    pub judgement: Judgement,
    pub source_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Index {
    pub fn force(&self, slug: &ForceSlug) -> Option<&Force> {
        self.forces.iter().find(|f| f.slug == *slug)
    }

    /// The rounds for which this force has any grade or report held, oldest first.
    pub fn rounds_of(&self, slug: &ForceSlug) -> Vec<Round> {
        let mut rounds: Vec<Round> = self
            .grades
            .iter()
            .filter(|g| g.force == *slug)
            .map(|g| g.round)
            .chain(
                self.force_rounds
                    .iter()
                    .filter(|r| r.force == *slug)
                    .map(|r| r.round),
            )
            .collect();
        rounds.sort();
        rounds.dedup();
        rounds
    }

    pub fn headline(&self, slug: &ForceSlug, round: Round, area: &Area) -> Option<&HeadlineGrade> {
        self.grades
            .iter()
            .find(|g| g.force == *slug && g.round == round && &g.area == area)
    }

    pub fn source(&self, grade: &HeadlineGrade) -> Option<&str> {
        self.sources.get(grade.source as usize).map(String::as_str)
    }

    /// Every round of the data (one per question set), oldest first.
    pub fn all_rounds(&self) -> Vec<Round> {
        self.questions.rounds.iter().map(|q| q.round).collect()
    }

    /// The newest round of the data.
    pub fn latest_round(&self) -> Option<Round> {
        self.questions.rounds.iter().map(|q| q.round).max()
    }

    /// Every round of the data, oldest first, with how it judged forces.
    pub fn round_kinds(&self) -> Vec<RoundKind> {
        self.questions.kinds()
    }

    /// How `round` judged forces; `None` for a round the data does not have.
    pub fn round_kind(&self, round: Round) -> Option<RoundKind> {
        self.questions.round(round).map(|q| q.kind())
    }

    /// Whether `round` graded pillars, not areas (`false` for a round the data does not have).
    pub fn has_pillars(&self, round: Round) -> bool {
        self.round_kind(round).is_some_and(|k| k.framework.has_pillars())
    }

    /// The scale of `round`'s grades; for a round the data does not have (which then has no
    /// grade), the five-point scale, which rules no grade word out.
    pub fn scale(&self, round: Round) -> Scale {
        self.round_kind(round).map_or(Scale::FivePoint, |k| k.scale)
    }

    pub fn round_info(&self, round: Round) -> Option<&RoundInfo> {
        self.rounds.iter().find(|r| r.round == round)
    }

    pub fn force_round(&self, slug: &ForceSlug, round: Round) -> Option<&ForceRound> {
        self.force_rounds
            .iter()
            .find(|r| r.force == *slug && r.round == round)
    }
}

impl ForceFile {
    pub fn report(&self, round: Round) -> Option<&Report> {
        self.reports.iter().find(|r| r.round == round)
    }

    pub fn grade(&self, round: Round, area: &Area) -> Option<&GradeRecord> {
        self.grades.iter().find(|g| g.round == round && &g.area == area)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_has_its_place_in_the_versioned_folder() {
        let kent: ForceSlug = "kent".parse().unwrap();
        assert_eq!(BundleFile::Index.name(), "index.json");
        assert_eq!(BundleFile::Places.name(), "places.json");
        assert_eq!(BundleFile::Force(&kent).name(), "force/kent.json");
        let layout = Layout { version: 7 };
        assert_eq!(layout.dir(), "data/v7");
        assert_eq!(layout.path(BundleFile::Force(&kent)), "data/v7/force/kent.json");
        assert_eq!(
            Layout::CURRENT.path(BundleFile::Index),
            format!("data/v{BUNDLE_VERSION}/index.json")
        );
    }
}
