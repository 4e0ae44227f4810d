//! Place names people type to find their force (`data/places.csv`), and the pure search over them.
//!
//! The bundle keeps them apart from the index ([`crate::bundle::BundleFile::Places`]): the
//! app fetches them only when a reader first types a place.
//!
//! Matching ([`search_places`]) compares [`normalise`]d text, so case, accents and punctuation do
//! not count: "st helens", "St. Helens" and "ST-HELENS" are the same name. Ranking, best first: the
//! whole name; the name beginning with the query; a word of the name beginning with it; the query
//! anywhere in the name. A name held more than once for one force (Birmingham the city and the
//! council) is one match; a name held for several forces (Newport) is one match per force, each
//! saying where it is.

mod search;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::force::ForceSlug;
use crate::text::normalise;

pub use search::{MatchQuality, PlaceMatch, search_places};

/// What a place is. Declared in the order a name held as several kinds is described in: the
/// settlement first ("city and council area").
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlaceKind {
    #[serde(rename = "city")]
    City,
    #[serde(rename = "town")]
    Town,
    /// A current council of England or Wales (unitary, district, borough or county council).
    #[serde(rename = "local authority")]
    LocalAuthority,
    /// A ceremonial or preserved county, or a metropolitan county such as Greater Manchester.
    #[serde(rename = "county")]
    County,
    /// A district abolished when its county became unitary (Allerdale, Kennet).
    #[serde(rename = "former district")]
    FormerDistrict,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 5] = [
        PlaceKind::City,
        PlaceKind::Town,
        PlaceKind::LocalAuthority,
        PlaceKind::County,
        PlaceKind::FormerDistrict,
    ];

    /// As written in `places.csv` and the bundle: `local authority`.
    pub fn key(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::Town => "town",
            PlaceKind::LocalAuthority => "local authority",
            PlaceKind::County => "county",
            PlaceKind::FormerDistrict => "former district",
        }
    }

    pub fn parse(key: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The reader's word: `council area` for a local authority.
    pub fn label(self) -> &'static str {
        match self {
            PlaceKind::LocalAuthority => "council area",
            other => other.key(),
        }
    }
}

/// One row of `places.csv`: a name and the force that covers it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    /// The force's slug.
    pub force: ForceSlug,
    /// The council the place lies in (for towns, cities and former districts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
}

impl Place {
    /// What the place is, for a reader: `town in Rhondda Cynon Taf`, `council area`, `county`.
    /// A place within the council of its own name says only its kind (`city` for Birmingham).
    pub fn describe(&self) -> String {
        match &self.within {
            Some(within) if normalise(within) != normalise(&self.name) => {
                format!("{} in {within}", self.kind.label())
            }
            _ => self.kind.label().to_owned(),
        }
    }
}

/// `places.json` in the bundle.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacesFile {
    pub version: u32,
    pub places: Vec<Place>,
}
