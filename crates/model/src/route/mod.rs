//! Every address of the site as one typed value, parsed from a path and written back to one.
//!
//! The app's one route, the prerenderer's list of pages, every link and the "not found" logic
//! all go through [`Route`]: the URL scheme is written here and nowhere else.
//!
//! | address                          | route                  |
//! |----------------------------------|------------------------|
//! | `/`                              | [`Route::Home`]        |
//! | `/force/<force>/`                | [`Route::ForceLatest`] |
//! | `/force/<force>/<round>/`        | [`Route::ForceRound`]  |
//! | `/force/<force>/<round>/<pillar>/` | [`Route::Pillar`]    |
//! | `/round/<round>/?<table state>`  | [`Route::RoundTable`]  |
//! | `/compare/?forces=a,b&round=r`   | [`Route::Compare`]     |
//! | `/places/`                       | [`Route::Places`]      |
//! | `/monitoring/?date=2023-06-01`   | [`Route::Monitoring`]  |
//! | `/data/`                         | [`Route::Data`]        |
//! | anything else                    | [`Route::NotFound`], with why |
//!
//! The embeddable pages under `/embed/` are no pages of the app: [`embed::EmbedRoute`].
//!
//! Paths are below the site's base path (the app adds the base). Parsing never fails: an
//! address that is no page becomes [`Route::NotFound`] with the reason, so the page can say
//! exactly what was not found.

mod compare_query;
pub mod embed;
pub(crate) mod query;
mod table_query;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::area::Pillar;
use crate::date::Date;
use crate::force::ForceSlug;
use crate::round::Round;
use query::{percent_decode, query_get, query_pairs};

pub use compare_query::{CompareQuery, MAX_FORCES, MIN_FORCES};
pub use embed::{EMBED_FOLDER, EMBED_STYLESHEET, EmbedRoute, frame_ancestors};
pub use table_query::{GradeFilter, SortKey, TableState, region_slug};

/// The file a static host serves for any address it does not have.
pub const NOT_FOUND_FILE: &str = "/404.html";

/// The file name of a page's link-preview image, in the page's folder.
pub const PREVIEW_FILE_NAME: &str = "preview.png";

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Leads to the latest round held for the force.
    ForceLatest {
        force: ForceSlug,
    },
    ForceRound {
        force: ForceSlug,
        round: Round,
    },
    Pillar {
        force: ForceSlug,
        round: Round,
        pillar: Pillar,
    },
    /// The national table; `state` is its sort, filters and grouping (the query).
    RoundTable {
        round: Round,
        state: TableState,
    },
    Compare(CompareQuery),
    /// Every place name with its force, A to Z: finding a force by place without JavaScript.
    Places,
    /// The forces in enhanced monitoring (Engage) since 2019; `date` is the day the reader
    /// counts them on (the query), `None` for the data's own date.
    Monitoring {
        date: Option<Date>,
    },
    /// The downloads and the bundle's documentation.
    Data,
    /// No page: `path` as asked for (below the base, without query), and why.
    NotFound {
        path: String,
        why: Unmatched,
    },
}

/// Why an address is not a page, as far as the address alone tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unmatched {
    /// No page has an address of this shape.
    Path,
    /// The force segment cannot be a force slug (decoded text).
    Force { text: String },
    /// The round segment is not written as a round is (decoded text); `force` where the address
    /// names one. (A well-written round the data does not have is for the page to say.)
    Round { force: Option<ForceSlug>, text: String },
    /// The pillar segment is no pillar (decoded text).
    Pillar {
        force: ForceSlug,
        round: Round,
        text: String,
    },
}

impl Route {
    /// Reads a site path below the base (`/force/kent/2016/`, with or without the trailing
    /// slash, a query for the table and compare pages; a `#fragment` is ignored).
    pub fn parse(address: &str) -> Route {
        let address = address.split('#').next().unwrap_or("");
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let not_found = |why: Unmatched| Route::NotFound {
            path: if path.starts_with('/') {
                path.to_owned()
            } else {
                format!("/{path}")
            },
            why,
        };
        let force = |text: &str| {
            ForceSlug::new(text).ok_or_else(|| Unmatched::Force {
                text: percent_decode(text),
            })
        };
        let round = |force: Option<&ForceSlug>, text: &str| {
            Round::from_slug(text).ok_or_else(|| Unmatched::Round {
                force: force.cloned(),
                text: percent_decode(text),
            })
        };
        let parsed = match segments.as_slice() {
            [] => Ok(Route::Home),
            ["force", f] => force(f).map(|force| Route::ForceLatest { force }),
            ["force", f, r] => force(f).and_then(|force| {
                let round = round(Some(&force), r)?;
                Ok(Route::ForceRound { force, round })
            }),
            ["force", f, r, p] => force(f).and_then(|force| {
                let round = round(Some(&force), r)?;
                match Pillar::from_slug(p) {
                    Some(pillar) => Ok(Route::Pillar { force, round, pillar }),
                    None => Err(Unmatched::Pillar {
                        force,
                        round,
                        text: percent_decode(p),
                    }),
                }
            }),
            ["round", r] => round(None, r).map(|round| Route::RoundTable {
                round,
                state: TableState::from_query(query),
            }),
            ["compare"] => Ok(Route::Compare(CompareQuery::from_query(query))),
            ["places"] => Ok(Route::Places),
            ["data"] => Ok(Route::Data),
            ["monitoring"] => Ok(Route::Monitoring {
                date: query_get(&query_pairs(query), "date").and_then(Date::parse_iso),
            }),
            _ => Err(Unmatched::Path),
        };
        parsed.unwrap_or_else(not_found)
    }

    /// The canonical site path, always ending in `/` before any query (a not-found route gives
    /// back the path it was read from).
    pub fn path(&self) -> String {
        let with_query = |path: String, query: String| {
            if query.is_empty() {
                path
            } else {
                format!("{path}?{query}")
            }
        };
        match self {
            Route::Home => "/".to_owned(),
            Route::ForceLatest { force } => format!("/force/{force}/"),
            Route::ForceRound { force, round } => format!("/force/{force}/{}/", round.slug()),
            Route::Pillar { force, round, pillar } => {
                format!("/force/{force}/{}/{}/", round.slug(), pillar.slug())
            }
            Route::RoundTable { round, state } => {
                with_query(format!("/round/{}/", round.slug()), state.to_query())
            }
            Route::Compare(query) => with_query("/compare/".to_owned(), query.to_query()),
            Route::Places => "/places/".to_owned(),
            Route::Data => "/data/".to_owned(),
            Route::Monitoring { date } => with_query(
                "/monitoring/".to_owned(),
                date.map(|d| format!("date={d}")).unwrap_or_default(),
            ),
            Route::NotFound { path, .. } => path.clone(),
        }
    }

    /// The site path of the page's link-preview image (see [`crate::pages::preview`]), for the
    /// pages that have one: a force's round (`/force/kent/2016/preview.png`), a pillar, a
    /// round's table (whatever its sort or filters: `/round/2016/preview.png`) and the forces in
    /// enhanced monitoring (whatever the date). The prerenderer writes the image there and the
    /// page's head links it, both from this.
    pub fn preview_image_path(&self) -> Option<String> {
        match self {
            Route::ForceRound { .. }
            | Route::Pillar { .. }
            | Route::RoundTable { .. }
            | Route::Monitoring { .. } => Some(format!("{}{PREVIEW_FILE_NAME}", self.data_route().path())),
            _ => None,
        }
    }

    /// The path to an element of the page: `/force/kent/2021-22/#investigating-crime`.
    pub fn path_to(&self, fragment: &str) -> String {
        format!("{}#{fragment}", self.path())
    }

    /// A force's page, from a slug that search or the data gave.
    pub fn force_page(slug: &str) -> Route {
        match ForceSlug::parse(slug) {
            Some(force) => Route::ForceLatest { force },
            None => Route::NotFound {
                path: "/force/".to_owned(),
                why: Unmatched::Force {
                    text: slug.to_owned(),
                },
            },
        }
    }

    /// The national table of `round` in its default state.
    pub fn round_table(round: Round) -> Route {
        Route::RoundTable {
            round,
            state: TableState::default(),
        }
    }

    /// The route whose data this page shows: the same, less what only changes how the data is
    /// shown (the table's sort and filters, the monitoring page's date), so every state of a
    /// page shares one data.
    pub fn data_route(&self) -> Route {
        match self {
            Route::RoundTable { round, .. } => Route::round_table(*round),
            Route::Monitoring { .. } => Route::Monitoring { date: None },
            other => other.clone(),
        }
    }

    /// The force files the page needs besides the index.
    pub fn force_files(&self) -> Vec<ForceSlug> {
        match self {
            Route::ForceRound { force, .. } | Route::Pillar { force, .. } => vec![force.clone()],
            Route::Compare(query) => query.forces.clone(),
            _ => Vec::new(),
        }
    }

    /// Whether the page lists the place names (`places.json`).
    pub fn needs_places(&self) -> bool {
        matches!(self, Route::Places)
    }

    /// The route's force, where it names one.
    pub fn force(&self) -> Option<&ForceSlug> {
        match self {
            Route::ForceLatest { force } | Route::ForceRound { force, .. } | Route::Pillar { force, .. } => {
                Some(force)
            }
            _ => None,
        }
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

// Written as its path in embedded page data: compact, and the path is the route.
impl Serialize for Route {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.path())
    }
}

impl<'de> Deserialize<'de> for Route {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let path = String::deserialize(deserializer)?;
        Ok(Route::parse(&path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slug(s: &str) -> ForceSlug {
        ForceSlug::parse(s).unwrap()
    }

    #[test]
    fn every_page_shape_parses_and_writes_back() {
        let cases = [
            ("/", Route::Home),
            ("/force/kent/", Route::ForceLatest { force: slug("kent") }),
            (
                "/force/kent/2018-19/",
                Route::ForceRound {
                    force: slug("kent"),
                    round: Round::from_label("2018/19").unwrap(),
                },
            ),
            (
                "/force/kent/2016/legitimacy/",
                Route::Pillar {
                    force: slug("kent"),
                    round: Round::from_label("2016").unwrap(),
                    pillar: Pillar::Legitimacy,
                },
            ),
            (
                "/round/2021-22/",
                Route::round_table(Round::from_label("2021/22").unwrap()),
            ),
            (
                "/round/2016/?sort=effectiveness&order=desc",
                Route::RoundTable {
                    round: Round::from_label("2016").unwrap(),
                    state: TableState::from_query("sort=effectiveness&order=desc"),
                },
            ),
            ("/compare/", Route::Compare(CompareQuery::default())),
            ("/places/", Route::Places),
            ("/data/", Route::Data),
            ("/monitoring/", Route::Monitoring { date: None }),
            (
                "/monitoring/?date=2023-06-01",
                Route::Monitoring {
                    date: Date::new(2023, 6, 1),
                },
            ),
            (
                "/compare/?forces=kent,essex&round=2016",
                Route::Compare(CompareQuery::from_query("forces=kent,essex&round=2016")),
            ),
        ];
        for (path, route) in cases {
            assert_eq!(Route::parse(path), route, "{path}");
            assert_eq!(route.path(), path);
        }
    }

    #[test]
    fn trailing_slash_and_fragment_are_optional() {
        assert_eq!(
            Route::parse("/force/kent/2016"),
            Route::parse("/force/kent/2016/")
        );
        assert_eq!(
            Route::parse("/force/kent/2016/#judgements"),
            Route::parse("/force/kent/2016/")
        );
        assert_eq!(
            Route::parse("/force/kent/2021-22/").path_to("investigating-crime"),
            "/force/kent/2021-22/#investigating-crime"
        );
    }

    #[test]
    fn what_is_not_a_page_says_why() {
        let why = |path: &str| match Route::parse(path) {
            Route::NotFound { path: p, why } => {
                assert_eq!(p, path.split('?').next().unwrap());
                why
            }
            other => panic!("{path} parsed as {other:?}"),
        };
        assert_eq!(why("/nowhere/"), Unmatched::Path);
        assert_eq!(why("/force/kent/2016/effectiveness/extra/"), Unmatched::Path);
        assert_eq!(why("/404.html"), Unmatched::Path);
        assert_eq!(
            why("/force/Kent/"),
            Unmatched::Force {
                text: "Kent".to_owned()
            }
        );
        assert_eq!(
            why("/force/kent/20x9/"),
            Unmatched::Round {
                force: Some(slug("kent")),
                text: "20x9".to_owned()
            }
        );
        // Any round written as rounds are is an address; whether the data has the round is
        // for the page to say (`pages::not_found`).
        assert_eq!(Route::parse("/force/kent/2099/").path(), "/force/kent/2099/");
        assert_eq!(Route::parse("/round/2025-27/").path(), "/round/2025-27/");
        assert_eq!(
            why("/round/2018%2F19/"),
            Unmatched::Round {
                force: None,
                text: "2018/19".to_owned()
            }
        );
        assert_eq!(
            why("/force/kent/2016/bravery/"),
            Unmatched::Pillar {
                force: slug("kent"),
                round: Round::from_label("2016").unwrap(),
                text: "bravery".to_owned()
            }
        );
    }

    #[test]
    fn routes_serialise_as_their_paths() {
        let route = Route::parse("/compare/?forces=kent,essex");
        let json = serde_json::to_string(&route).unwrap();
        assert_eq!(json, "\"/compare/?forces=kent,essex\"");
        assert_eq!(serde_json::from_str::<Route>(&json).unwrap(), route);
        assert!(serde_json::from_str::<ForceSlug>("\"Kent\"").is_err());
    }

    #[test]
    fn force_rounds_pillars_and_tables_have_a_preview_image_beside_their_page() {
        let preview = |path: &str| Route::parse(path).preview_image_path();
        assert_eq!(
            preview("/force/kent/2016/").as_deref(),
            Some("/force/kent/2016/preview.png")
        );
        assert_eq!(
            preview("/force/kent/2018-19/legitimacy/").as_deref(),
            Some("/force/kent/2018-19/legitimacy/preview.png")
        );
        assert_eq!(
            preview("/round/2021-22/").as_deref(),
            Some("/round/2021-22/preview.png")
        );
        assert_eq!(
            preview("/round/2016/?sort=region").as_deref(),
            Some("/round/2016/preview.png")
        );
        for path in [
            "/",
            "/force/kent/",
            "/compare/?forces=kent,essex",
            "/places/",
            "/nowhere/",
        ] {
            assert_eq!(preview(path), None, "{path}");
        }
    }

    #[test]
    fn the_data_of_a_table_ignores_its_state() {
        let sorted = Route::parse("/round/2016/?sort=region");
        assert_eq!(sorted.data_route(), Route::parse("/round/2016/"));
        assert_ne!(sorted.path(), sorted.data_route().path());
        let dated = Route::parse("/monitoring/?date=2023-06-01");
        assert_eq!(dated.data_route(), Route::parse("/monitoring/"));
    }

    #[test]
    fn the_monitoring_page_reads_its_date_tolerantly_and_writes_it_in_full() {
        let date = |path: &str| match Route::parse(path) {
            Route::Monitoring { date } => date,
            other => panic!("{path} parsed as {other:?}"),
        };
        assert_eq!(date("/monitoring/?date=2023-6-1"), Date::new(2023, 6, 1));
        assert_eq!(
            Route::parse("/monitoring/?date=2023-6-1").path(),
            "/monitoring/?date=2023-06-01"
        );
        // Not a date: the page shows its own date.
        for path in [
            "/monitoring/?date=2023-02-30",
            "/monitoring/?date=June+2023",
            "/monitoring/?date=",
            "/monitoring/?day=2023-06-01",
            "/monitoring",
        ] {
            assert_eq!(date(path), None, "{path}");
        }
        assert_eq!(
            Route::parse("/monitoring/?date=2018-01-01")
                .preview_image_path()
                .as_deref(),
            Some("/monitoring/preview.png")
        );
    }
}
