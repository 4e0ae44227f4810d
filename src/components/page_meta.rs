//! The page's `<title>`, description and link-preview (`og:`, `twitter:`) tags.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use peel_model::Route;
use peel_model::pages::PreviewImage;
use peel_model::pages::preview::{HEIGHT, WIDTH};

use crate::site::use_site;

/// `image`: the page's link-preview image (force-round, pillar and table pages), linked with
/// its size and alt text, and shown large by sites that unfurl links. Its address is absolute
/// where the site's origin is known (`cargo xtask dist --origin`), as scrapers need.
#[component]
pub fn PageMeta(
    title: String,
    description: String,
    route: Route,
    #[prop(optional_no_strip)] image: Option<PreviewImage>,
) -> impl IntoView {
    let site = use_site();
    let url = site.absolute(&route.path());
    let full_title = format!("{title} | PEEL Explorer");
    let image = image.map(|image| {
        let src = site.absolute(&image.path);
        view! {
            <Meta property="og:image" content=src/>
            <Meta property="og:image:type" content="image/png"/>
            <Meta property="og:image:width" content=WIDTH.to_string()/>
            <Meta property="og:image:height" content=HEIGHT.to_string()/>
            <Meta property="og:image:alt" content=image.alt/>
            <Meta name="twitter:card" content="summary_large_image"/>
        }
    });
    view! {
        <Title text=full_title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:site_name" content="PEEL Explorer"/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:url" content=url.clone()/>
        {image}
        <Link rel="canonical" href=url/>
    }
}
