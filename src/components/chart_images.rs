//! "Download this map" / "Download these grades": the links to the view's image as PNG and as
//! SVG, drawn at build time (`crates/preview`), each saying the file's format, size in pixels and
//! length. The prerenderer writes them (`peel_model::pages::chart_image::links_html`), since
//! only it knows the files' lengths; the browser shows them as given.

use leptos::prelude::*;

/// `links` may change with the page's state (the table's chosen column); empty: none (the
/// element is then hidden by its style).
#[component]
pub fn ChartImageLinks(#[prop(into)] links: Signal<String>) -> impl IntoView {
    view! { <div class="chart-images" inner_html=links></div> }
}
