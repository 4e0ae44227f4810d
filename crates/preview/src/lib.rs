//! Link-preview images of PEEL Explorer's pages, made at build time: the prerenderer hands each
//! force-round, pillar and national-table page's view ([`peel_model::pages::PageData`]) to
//! [`Renderer::svg`], which lays it out as an SVG (the force, the round, each grade as a tag
//! with its word, the site's name and the source), and [`Renderer::png`] draws it at 1200x630
//! with resvg. Native only: the browser build never links this crate.
//!
//! The same machinery draws the chart images readers download ([`Renderer::chart`]): a
//! round's map by one area, a force-round's grades, each with its key, credit line and licence,
//! as SVG whose words stay text and as PNG drawn from that SVG.
//!
//! Text is set in DejaVu Sans from the system ([`fonts`]; `cargo xtask` installs the Debian
//! package), never from files in the repository.

pub mod fonts;

#[cfg(feature = "render")]
mod charts;
#[cfg(feature = "render")]
mod colours;
#[cfg(feature = "render")]
mod layout;
#[cfg(feature = "render")]
mod pages;
#[cfg(feature = "render")]
mod render;

#[cfg(feature = "render")]
pub use charts::Chart;
#[cfg(feature = "render")]
pub use render::{Renderer, png_size};

#[cfg(all(test, feature = "render"))]
mod tests;
