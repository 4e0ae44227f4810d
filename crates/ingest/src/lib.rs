//! Turns the project's `data/` folder into the validated PEEL Explorer bundle.
//!
//! `data/forces.csv`, `data/grades.csv`, `data/questions.json`, `data/reports.csv`,
//! `data/places.csv`, `data/tiles.csv`, `data/publishers.csv`, `data/monitoring.csv`,
//! `data/dataset.json` and every page in `data/sources/` are read into the types of `peel-model`,
//! checked against each other, and written as `index.json`, one JSON file per force,
//! `places.json`, and the downloads of `/data/` ([`downloads`]).

pub mod bundle;
mod csv_file;
pub mod diagnostic;
pub mod downloads;
pub mod forces;
pub mod grades;
pub mod monitoring;
pub mod places;
pub mod publishers;
pub mod questions;
pub mod report_page;
pub mod reports;
pub mod tiles;

pub use diagnostic::Diagnostic;
