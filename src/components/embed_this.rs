//! "Embed this": a disclosure (`<details>`, so it opens without JavaScript) with the `<iframe>`
//! code of the page's embed, a button that copies exactly that code and says so, and a live
//! preview of the embed (an `<iframe>` of the site's own page, allowed by `frame-src 'self'`).

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;
use peel_model::pages::embed::EmbedOffer;

use super::copy_link::CopyButton;
use crate::site::use_site;

/// `offer` may change with the page's state (the table's chosen area).
#[component]
pub fn EmbedThis(#[prop(into)] offer: Signal<EmbedOffer>) -> impl IntoView {
    let site = use_site();
    // The full address where the deployer gave the origin, else the path under the base path.
    let absolute = !site.origin().is_empty();
    let preview_site = site.clone();
    let code =
        Signal::derive(move || offer.with(|offer| offer.iframe_code(&site.absolute(&offer.route.path()))));
    let address_note = if absolute {
        "Paste this code into your page: the embed shows the credit line and the date of the data, and its links open in your reader’s window."
    } else {
        "Paste this code into your page: the embed shows the credit line and the date of the data, and its links open in your reader’s window. Its address is the embed’s path on this site: put this site’s address (its origin, as in your browser’s address bar) before it."
    };
    // `loading` is set as a plain attribute: leptos' typed one does not build on an element
    // with reactive attributes.
    let preview = view! {
        <iframe
            class="embed-this__preview"
            src=move || offer.with(|offer| preview_site.href(&offer.route.path()))
            title=move || offer.with(|offer| format!("Preview: {}", offer.title))
            width="100%"
            height=move || offer.with(|offer| offer.height.to_string())
        ></iframe>
    }
    .add_any_attr(custom_attribute("loading", "lazy"));
    view! {
        <details class="embed-this" id="embed-this">
            <summary class="embed-this__summary">"Embed this"</summary>
            <p class="embed-this__note">{address_note}</p>
            <pre class="embed-this__code"><code id="embed-this-code">{move || code.get()}</code></pre>
            <p class="embed-this__actions js-only">
                <CopyButton
                    text=code
                    idle="Copy the embed code"
                    done="Embed code copied"
                    failed="Could not copy the embed code. Select its text and copy it instead."
                    fallback="Could not copy: select the code above and copy it."
                    class="embed-this"
                />
            </p>
            <p class="embed-this__preview-title">"Preview"</p>
            {preview}
        </details>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::{Example, force_round};
    let card = force_round(fixture, "/force/kent/2016/");
    let offer = EmbedOffer::of_card(&card);
    vec![Example::new("A force-round's grade card", move || {
        view! { <EmbedThis offer=Signal::stored(offer)/> }
    })]
}
