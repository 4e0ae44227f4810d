//! "Download this map" / "Download these grades": the view's image as PNG and as SVG, drawn at
//! build time (`crates/preview`) with the credit line and the licence inside, each link saying
//! the file's format, size in pixels and length. Shown where the prerenderer gave the page its
//! images (`peel_model::pages::chart_image`).

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::chart_image::{ChartImages, IMAGES_NOTE};

use crate::site::{href, link};

/// `images` may change with the page's state (the table's chosen column).
#[component]
pub fn ChartImageLinks(
    /// "this map", "these grades".
    what: &'static str,
    #[prop(into)] images: Signal<Option<ChartImages>>,
) -> impl IntoView {
    move || {
        images.get().map(|ChartImages { png, svg }| {
            view! {
                <div class="chart-images">
                    <p class="chart-images__links">
                        "Download " {what} ": "
                        <a href=href(&png.path) download=png.name>{png.words}</a>
                        " or "
                        <a href=href(&svg.path) download=svg.name>{svg.words}</a>
                    </p>
                    <p class="chart-images__note">{IMAGES_NOTE} <a href=link(&Route::Data)>"the data page"</a> "."</p>
                </div>
            }
        })
    }
}
