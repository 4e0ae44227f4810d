//! The one set of PEEL Explorer types: read by ingest, written to the JSON bundle, rendered by
//! the prerenderer and the browser app. Nothing here does I/O.

pub mod area;
pub mod bundle;
pub mod date;
pub mod explore;
pub mod force;
pub mod grade;
pub mod places;
pub mod questions;
pub mod report;
pub mod round;
pub mod text;
pub mod views;

pub use area::{Area, Pillar};
pub use bundle::{BUNDLE_VERSION, ForceFile, GradeRecord, HeadlineGrade, Index};
pub use date::Date;
pub use force::Force;
pub use grade::{Grade, Judgement, Scale};
pub use places::{Place, PlaceKind, PlaceMatch, PlacesFile};
pub use report::Report;
pub use round::{Framework, Round};
