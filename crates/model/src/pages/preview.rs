//! Link-preview images (`og:image`): which pages have one, where it lives, and what it shows in
//! words. A force's round page, a pillar page, a round's national table and the monitoring page
//! each have a 1200x630 PNG beside the page (`/force/kent/2016/preview.png`, [`Route::preview_image_path`]),
//! drawn at build time from the page's view (`crates/preview`) and linked from the page's head.
//!
//! The alt text says what the image shows: the same judgements, in words.

use crate::grade::Judgement;
use crate::round::Round;
use crate::route::Route;
use crate::wording::NOT_HELD_IN_DATASET;

use super::PageData;

/// The image's size in pixels: what link previews show large (`summary_large_image`).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The largest an image may be, in bytes: previews are fetched by every site a link is
/// shared on.
pub const MAX_BYTES: usize = 60 * 1024;

/// A page's link-preview image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewImage {
    /// Its site path below the base (from [`Route::preview_image_path`]).
    pub path: String,
    /// What it shows, in words (`og:image:alt`).
    pub alt: String,
}

impl PreviewImage {
    /// The image of `route`'s page, where it has one.
    pub fn of(route: &Route, alt: String) -> Option<PreviewImage> {
        route.preview_image_path().map(|path| PreviewImage { path, alt })
    }
}

/// The line each image ends with: "Source: HMICFRS PEEL 2016; data as held by PEEL Explorer".
pub fn source_line(round: Round) -> String {
    format!(
        "Source: HMICFRS PEEL {}; data as held by PEEL Explorer",
        round.label()
    )
}

/// A judgement as the alt text says it: `requires improvement`, `not graded`, `not held in this
/// dataset`.
pub fn judgement_words(judgement: Option<Judgement>) -> &'static str {
    judgement.map_or(NOT_HELD_IN_DATASET, Judgement::word)
}

impl PageData {
    /// The page's link-preview image, for the pages that have one.
    pub fn preview_image(&self) -> Option<PreviewImage> {
        match self {
            PageData::ForceRound(view) => view.preview_image(),
            PageData::Pillar(view) => view.preview_image(),
            PageData::RoundTable(view) => view.preview_image(),
            PageData::Monitoring(view) => view.preview_image(),
            _ => None,
        }
    }
}
