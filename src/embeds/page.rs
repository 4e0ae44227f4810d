//! An embed's page: its part of the full page, the link to the full page, the credit line, and
//! the document around them.

use leptos::prelude::*;
use peel_model::pages::embed::{CREDIT_DATA, CREDIT_SITE, EmbedContent, EmbedView};
use peel_model::route::{EMBED_STYLESHEET, Route};
use peel_model::widgets::citation::{LICENCE, LICENCE_URL};

use crate::components::engage_timeline::EngageTimeline;
use crate::components::tile_map::TileMap;
use crate::site::link;

use super::grade_card::GradeCard;

/// An embed's policy: nothing runs, nothing is fetched but its stylesheet and the site's icon.
/// (`frame-ancestors`, which says who may frame it, works only as a header: README, Hosting.)
pub const POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
                          form-action 'none'";

/// The embed's body: its part of the page, the link to the full page and the credit line.
#[component]
pub fn EmbedPage(embed: EmbedView) -> impl IntoView {
    let full_page = link(&embed.full_page());
    let full_page_words = embed.full_page_words();
    let date = embed.date_sentence();
    let content = match embed.content {
        EmbedContent::TileMap(map) => view! { <TileMap map id="embed-map"/> }.into_any(),
        EmbedContent::GradeCard(card) => view! { <GradeCard card=*card/> }.into_any(),
        EmbedContent::Timeline(monitoring) => {
            let title = monitoring.title();
            view! {
                <h1 class="embed__title">{title}</h1>
                <EngageTimeline
                    timeline=monitoring.timeline()
                    summary=monitoring.timeline_description()
                    id="embed-timeline"
                />
            }
            .into_any()
        }
    };
    view! {
        <main class="embed">
            {content}
            <p class="embed__full-page">
                <a href=full_page target="_top">{full_page_words}</a>
            </p>
            <p class="embed__credit">
                <a href=link(&Route::Home) target="_top">{CREDIT_SITE}</a>
                {CREDIT_DATA}
                <a href=LICENCE_URL target="_top">{LICENCE}</a>
                ". "
                {date}
            </p>
        </main>
    }
}

/// The embed as a whole document: `base` the site's base path (`""` or `/peel`), `icon` the
/// site's `<link rel="icon">` as Trunk wrote it (empty for none).
pub fn document(embed: EmbedView, base: &str, icon: &str) -> String {
    use peel_model::html::escape;

    let title = embed.title();
    // Without the hydration markers (`<!>` between text nodes): nothing hydrates an embed, and
    // text never holds a bare `<` (it is escaped).
    let body = view! { <EmbedPage embed/> }.to_html().replace("<!>", "");
    format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light\"><meta name=\"robots\" content=\"noindex\">\
         <title>{} (PEEL Explorer)</title><base target=\"_top\">{icon}\
         <link rel=\"stylesheet\" href=\"{base}{EMBED_STYLESHEET}\"></head><body>{body}</body></html>",
        escape(&title)
    )
}
