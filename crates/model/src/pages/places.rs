//! `/places/`: every place name the data holds, A to Z, each with the force that covers it. The
//! way to find a force by place without JavaScript (the search box needs it).

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::places::{PlacesFile, normalise};
use crate::route::Route;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacesView {
    /// Places under their initial letter, letters A to Z (only those with places).
    pub letters: Vec<PlaceLetter>,
    pub place_count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceLetter {
    /// `A`.
    pub letter: String,
    pub places: Vec<PlaceEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceEntry {
    /// `Aberdare`.
    pub name: String,
    /// `town in Rhondda Cynon Taf`.
    pub what: String,
    /// The force's page.
    pub force: Route,
    pub force_name: String,
}

impl PlaceLetter {
    /// The id of the letter's heading, for the A to Z links: `places-a`.
    pub fn id(&self) -> String {
        format!("places-{}", self.letter.to_lowercase())
    }
}

pub(super) fn build(index: &Index, places: &PlacesFile) -> PlacesView {
    let mut entries: Vec<(String, PlaceEntry)> = places
        .places
        .iter()
        .filter_map(|place| {
            let force = index.force(&place.force)?;
            Some((
                normalise(&place.name),
                PlaceEntry {
                    name: place.name.clone(),
                    what: place.describe(),
                    force: Route::force_page(&force.slug),
                    force_name: force.name.clone(),
                },
            ))
        })
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.force_name.cmp(&b.1.force_name)));
    entries.dedup_by(|a, b| a.1 == b.1);
    let place_count = entries.len() as u32;
    let mut letters: Vec<PlaceLetter> = Vec::new();
    for (key, entry) in entries {
        let letter = key
            .chars()
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().collect());
        match letters.last_mut() {
            Some(last) if last.letter == letter => last.places.push(entry),
            _ => letters.push(PlaceLetter {
                letter,
                places: vec![entry],
            }),
        }
    }
    PlacesView { letters, place_count }
}
