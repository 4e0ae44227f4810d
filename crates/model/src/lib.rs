//! The one set of PEEL Explorer types: read by ingest, written to the JSON bundle, rendered by
//! the prerenderer and the browser app. Nothing here does I/O.
//!
//! Layout, from the data up: the bundle's types (`area`, `bundle`, `force`, `grade`, `report`,
//! …); [`route`], every address of the site; [`wording`], the domain's words; [`widgets`], what
//! several pages show; [`pages`], one module per page with its view and builder.

pub mod area;
pub mod bundle;
pub mod date;
#[cfg(any(test, feature = "fixture"))]
pub mod fixture;
pub mod force;
pub mod grade;
pub mod html;
pub mod load;
pub mod pages;
pub mod places;
pub mod questions;
pub mod report;
pub mod round;
pub mod route;
pub mod text;
pub mod widgets;
pub mod wording;

pub use area::{Area, Pillar};
pub use bundle::{BUNDLE_VERSION, ForceFile, GradeRecord, HeadlineGrade, Index, Tile};
pub use date::Date;
pub use force::Force;
pub use grade::{Grade, Judgement, Scale};
pub use places::{Place, PlaceKind, PlaceMatch, PlacesFile};
pub use report::Report;
pub use round::{Framework, Round};
pub use route::{ForceSlug, Route};
