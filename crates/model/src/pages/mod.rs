//! What each page shows: one module per page, each with its view type (what the page renders),
//! the function that builds it from the bundle, and its tests.
//!
//! The prerenderer builds a page's view at build time and embeds it in the HTML; the browser
//! app builds the same view from fetched bundle files when the reader navigates. One function,
//! [`build_page`] over [`Sources`], two callers, so a page reads the same however it was reached.
//!
//! | address                          | module          |
//! |----------------------------------|-----------------|
//! | `/`                              | [`home`]        |
//! | `/force/<force>/`                | [`force_latest`] |
//! | `/force/<force>/<round>/`        | [`force_round`] |
//! | `/force/<force>/<round>/<pillar>/` | [`pillar`]    |
//! | `/round/<round>/`                | [`round_table`] |
//! | `/compare/`                      | [`compare`]     |
//! | `/places/`                       | [`places`]      |
//! | `/monitoring/`                   | [`monitoring`]  |
//! | `/data/`                         | [`data`]        |
//! | anything else                    | [`not_found`]   |
//!
//! [`force_year`] holds what a force's round pages share; [`export`] the downloads of the table
//! and compare pages; [`embed`] the embeddable pages under `/embed/` (no pages of the app);
//! [`preview`] the link-preview images of the force-round, pillar, table and
//! monitoring pages; [`chart_image`] the map and grade images to download.

pub mod chart_image;
pub mod compare;
pub mod data;
pub mod embed;
pub mod export;
pub mod force_latest;
pub mod force_round;
pub mod force_year;
pub mod home;
pub mod monitoring;
pub mod not_found;
pub mod pillar;
pub mod places;
pub mod preview;
pub mod round_table;

#[cfg(test)]
mod new_round_tests;
#[cfg(test)]
mod page_text;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::bundle::{ForceFile, Index};
use crate::force::ForceSlug;
use crate::places::PlacesFile;
use crate::route::Route;

pub use compare::CompareView;
pub use data::DataView;
pub use force_latest::ForceLatestView;
pub use force_round::ForceRoundView;
pub use force_year::ForceYear;
pub use home::HomeView;
pub use monitoring::MonitoringView;
pub use not_found::NotFoundView;
pub use pillar::PillarView;
pub use places::PlacesView;
pub use preview::PreviewImage;
pub use round_table::RoundTableView;

/// A page's data, as embedded in its HTML.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// Externally tagged (serde's default): an internally tagged enum buffers its input, which costs
// the browser build tens of kilobytes of deserialising code.
#[serde(rename_all = "kebab-case")]
pub enum PageData {
    Home(HomeView),
    ForceLatest(ForceLatestView),
    ForceRound(Box<ForceRoundView>),
    Pillar(Box<PillarView>),
    RoundTable(RoundTableView),
    Compare(CompareView),
    Places(PlacesView),
    Monitoring(MonitoringView),
    Data(DataView),
    NotFound(NotFoundView),
}

/// The embedded page: the route it was rendered for and what it shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmbeddedPage {
    pub route: Route,
    pub data: PageData,
}

/// What pages are built from: the index, the force files at hand and the place names, where
/// loaded. The prerenderer has every force file; the browser fetches those a route names
/// ([`Route::force_files`]) and the places only for the pages that list them
/// ([`Route::needs_places`]).
#[derive(Clone, Debug)]
pub struct Sources<'a> {
    pub index: &'a Index,
    pub force_files: Vec<&'a ForceFile>,
    pub places: Option<&'a PlacesFile>,
}

impl<'a> Sources<'a> {
    pub fn new(
        index: &'a Index,
        force_files: impl IntoIterator<Item = &'a ForceFile>,
        places: Option<&'a PlacesFile>,
    ) -> Sources<'a> {
        Sources {
            index,
            force_files: force_files.into_iter().collect(),
            places,
        }
    }

    /// The index alone: a page that needs more says its data is not found.
    pub fn index_only(index: &'a Index) -> Sources<'a> {
        Sources::new(index, [], None)
    }

    /// The force file of `slug`, where at hand.
    pub fn force_file(&self, slug: &ForceSlug) -> Option<&'a ForceFile> {
        self.force_files
            .iter()
            .copied()
            .find(|file| file.force.slug == *slug)
    }
}

/// The view of `route`, built from `sources`; a force file or the place names the page needs
/// and `sources` lacks are reported as not found.
pub fn build_page(route: &Route, sources: &Sources) -> PageData {
    let index = sources.index;
    let built = match route {
        Route::Home => Ok(PageData::Home(home::build(index))),
        Route::ForceLatest { force } => force_latest::build(index, force).map(PageData::ForceLatest),
        Route::ForceRound { force, round } => {
            force_round::build(sources, force, *round).map(|view| PageData::ForceRound(Box::new(view)))
        }
        Route::Pillar { force, round, pillar } => {
            pillar::build(sources, force, *round, *pillar).map(|view| PageData::Pillar(Box::new(view)))
        }
        Route::RoundTable { round, .. } => round_table::build(index, *round).map(PageData::RoundTable),
        Route::Compare(query) => Ok(PageData::Compare(compare::build(sources, query))),
        Route::Places => match sources.places {
            Some(places) => Ok(PageData::Places(places::build(index, places))),
            None => Err(not_found::NotFoundView {
                message: "The list of places is not available.".to_owned(),
                closest: Vec::new(),
                suggestions: vec![("The list of police forces".to_owned(), Route::Home)],
            }),
        },
        Route::Monitoring { .. } => Ok(PageData::Monitoring(monitoring::build(index))),
        Route::Data => Ok(PageData::Data(data::build(index))),
        Route::NotFound { path, why } => Err(not_found::unmatched(index, path, why)),
    };
    built.unwrap_or_else(PageData::NotFound)
}

/// Every page the prerenderer writes: home, the compare page, the places, enhanced monitoring,
/// the downloads,
/// every round's table, and every force's pages for each round held (with a pillar page for each
/// pillar that round has).
pub fn site_map(sources: &Sources) -> Vec<Route> {
    let index = sources.index;
    let mut routes = vec![
        Route::Home,
        Route::Compare(Default::default()),
        Route::Places,
        Route::Monitoring { date: None },
        Route::Data,
    ];
    routes.extend(index.all_rounds().into_iter().map(Route::round_table));
    for force in &index.forces {
        let slug = &force.slug;
        routes.push(Route::ForceLatest { force: slug.clone() });
        let file = sources.force_file(slug);
        for round in index.rounds_of(slug) {
            routes.push(Route::ForceRound {
                force: slug.clone(),
                round,
            });
            let questions = index.questions.round(round);
            for pillar in ForceYear::pillars_in(questions, file.and_then(|f| f.report(round))) {
                routes.push(Route::Pillar {
                    force: slug.clone(),
                    round,
                    pillar,
                });
            }
        }
    }
    routes
}
