//! The page's `<title>`, description and link-preview (`og:`) tags.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use peel_model::Route;

use crate::site::use_site;

#[component]
pub fn PageMeta(title: String, description: String, route: Route) -> impl IntoView {
    let site = use_site();
    let url = site.absolute(&route.path());
    let full_title = format!("{title} | PEEL Explorer");
    view! {
        <Title text=full_title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:site_name" content="PEEL Explorer"/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:url" content=url.clone()/>
        <Link rel="canonical" href=url/>
    }
}
