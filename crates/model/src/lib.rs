//! The one set of PEEL Explorer types: read by ingest, written to the JSON bundle, rendered by
//! the prerenderer and the browser app. Nothing here does I/O.
//!
//! Layout, from the data up: the bundle's types (`area`, `bundle`, `force`, `grade`, `report`,
//! …); [`route`], every address of the site; [`wording`], the domain's words; [`widgets`], what
//! several pages show; [`pages`], one module per page with its view and builder.

pub mod area;
pub mod bundle;
pub mod date;
pub mod downloads;
#[cfg(any(test, feature = "fixture"))]
pub mod fixture;
pub mod force;
pub mod grade;
pub mod html;
pub mod links;
pub mod load;
pub mod monitoring;
pub mod numbers;
pub mod pages;
pub mod partial_date;
pub mod places;
pub mod publishers;
pub mod questions;
pub mod report;
pub mod round;
pub mod route;
#[cfg(feature = "schema")]
pub mod schema;
pub mod text;
pub mod widgets;
pub mod wording;

pub use area::{Area, Pillar};
pub use bundle::{BUNDLE_VERSION, ForceFile, GradeRecord, HeadlineGrade, Index, Tile};
pub use date::Date;
pub use force::{Force, ForceSlug};
pub use grade::{Grade, Judgement, Scale};
pub use monitoring::{Monitoring, Presence, Spell};
pub use partial_date::PartialDate;
pub use places::{Place, PlaceKind, PlaceMatch, PlacesFile};
pub use publishers::{Publisher, PublisherKind};
pub use report::Report;
pub use round::{Framework, Round, RoundKind};
pub use route::Route;
