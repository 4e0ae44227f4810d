//! Turns the project's `data/` folder into the validated PEEL Explorer bundle.
//!
//! `data/forces.csv`, `data/grades.csv`, `data/questions.json` and every page in
//! `data/sources/` are read into the types of `peel-model`, checked against each other, and
//! written as `index.json` plus one JSON file per force.

pub mod diagnostic;
pub mod page;

pub use diagnostic::Diagnostic;
