//! `/places/`: every place name the data holds, A to Z, each with the force that covers it. The
//! way to find a force by place without JavaScript (the search box needs it).

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::places::PlacesFile;
use crate::route::Route;
use crate::text::normalise;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacesView {
    /// Places under their initial letter, letters A to Z (only those with places).
    pub letters: Vec<PlaceLetter>,
    pub place_count: u32,
    /// The forces the places are in, each once; a place names its force by position here. Written
    /// out in every place, the forces' names and addresses doubled the page's embedded data.
    pub forces: Vec<PlaceForce>,
}

impl PlacesView {
    /// The force `place` is in (`None` only for data that does not hold together).
    pub fn force_of(&self, place: &PlaceEntry) -> Option<&PlaceForce> {
        self.forces.get(place.force)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceForce {
    /// The force's page.
    pub page: Route,
    /// `Gwent Police`.
    pub name: String,
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
    /// The position of the place's force in [`PlacesView::forces`].
    pub force: usize,
}

impl PlaceLetter {
    /// The id of the letter's heading, for the A to Z links: `places-a`.
    pub fn id(&self) -> String {
        format!("places-{}", self.letter.to_lowercase())
    }
}

pub(super) fn build(index: &Index, places: &PlacesFile) -> PlacesView {
    // In the index's order, so that sorting by position sorts by the forces' order there.
    let forces: Vec<PlaceForce> = index
        .forces
        .iter()
        .map(|force| PlaceForce {
            page: Route::ForceLatest {
                force: force.slug.clone(),
            },
            name: force.name.clone(),
        })
        .collect();
    let mut entries: Vec<(String, PlaceEntry)> = places
        .places
        .iter()
        .filter_map(|place| {
            let force = index.forces.iter().position(|f| f.slug == place.force)?;
            Some((
                normalise(&place.name),
                PlaceEntry {
                    name: place.name.clone(),
                    what: place.describe(),
                    force,
                },
            ))
        })
        .collect();
    let force_name = |entry: &PlaceEntry| forces.get(entry.force).map(|f| f.name.as_str());
    entries.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| force_name(&a.1).cmp(&force_name(&b.1)))
    });
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
    PlacesView {
        letters,
        place_count,
        forces,
    }
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

    #[test]
    fn places_a_to_z_each_with_its_force() {
        check(
            "/places/",
            expect![[r#"
            Places: 15 places
            A (#places-a)
              Ashford (council area): Kent Police </force/kent/>
              Ashford (town): Kent Police </force/kent/>
            C (#places-c)
              Canterbury (city): Kent Police </force/kent/>
              Canterbury (council area): Kent Police </force/kent/>
              Corby (town in North Northamptonshire): Northamptonshire Police </force/northamptonshire/>
            D (#places-d)
              Derby (city): Derbyshire Constabulary </force/derbyshire/>
              Derby (council area): Derbyshire Constabulary </force/derbyshire/>
              Derbyshire (county): Derbyshire Constabulary </force/derbyshire/>
              Derbyshire Dales (council area): Derbyshire Constabulary </force/derbyshire/>
            E (#places-e)
              East Northamptonshire (former district in North Northamptonshire): Northamptonshire Police </force/northamptonshire/>
            K (#places-k)
              Kent (county): Kent Police </force/kent/>
              Kettering (town in North Northamptonshire): Northamptonshire Police </force/northamptonshire/>
            M (#places-m)
              Matlock (town in Derbyshire Dales): Derbyshire Constabulary </force/derbyshire/>
            N (#places-n)
              North Northamptonshire (council area): Northamptonshire Police </force/northamptonshire/>
              Northamptonshire (county): Northamptonshire Police </force/northamptonshire/>
        "#]],
        );
    }
}
