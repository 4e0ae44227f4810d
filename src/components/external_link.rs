//! A link to a page elsewhere, from the data: a link only when the address is a web address
//! (`https://` or `http://` with a host). Anything else (`javascript:`, `data:`, a damaged
//! bundle's text) is shown as text, never followed.

use leptos::prelude::*;
use peel_model::wording::is_web_address;

#[component]
pub fn ExternalLink(
    #[prop(into)] href: String,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    if is_web_address(&href) {
        view! { <a href=href class=class>{children()}</a> }.into_any()
    } else {
        view! { <span class=class>{children()} {format!(" (address not shown as a link: {href})")}</span> }
            .into_any()
    }
}
