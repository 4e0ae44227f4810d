//! A link to a page elsewhere, from the data. Only official pages become links: `https://` on a
//! government or police domain ([`official_link`]). Another source (a newspaper) is named with its
//! address written out, so a reader sees what kind of source it is and can still find it; an
//! address that is no web address at all (`javascript:`, a damaged bundle's text) is shown as
//! text, never followed.

use leptos::prelude::*;
use peel_model::links::{is_web_address, official_link};

#[component]
pub fn ExternalLink(
    #[prop(into)] href: String,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    match official_link(&href) {
        Some(link) => view! { <a href=link class=class>{children()}</a> }.into_any(),
        None => {
            let note = if is_web_address(&href) {
                format!(" (not an official site, so not linked: {href})")
            } else {
                format!(" (not a web address, so not linked: {href})")
            };
            view! { <span class=class>{children()}<span class="external-address">{note}</span></span> }
                .into_any()
        }
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::Example;
    let grade = |force: &str, area: &str| {
        fixture
            .force_file(force)
            .and_then(|file| file.grades.iter().find(|g| g.area.label() == area))
            .map(|g| g.source_url.clone())
            .unwrap_or_default()
    };
    let official = grade("kent", "Effectiveness");
    let newspaper = grade("kent", "Investigating crime");
    vec![
        Example::new("An official page: a link", move || {
            view! { <ExternalLink href=official>"Kent Police, PEEL 2016"</ExternalLink> }
        }),
        Example::new("A newspaper: named, its address written out", move || {
            view! { <ExternalLink href=newspaper>"kentonline.co.uk"</ExternalLink> }
        }),
    ]
}
