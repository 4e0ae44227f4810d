//! Every kind of embed of the fixture, rendered as the prerenderer writes it.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use peel_model::fixture::Fixture;
use peel_model::html::escape;
use peel_model::pages::embed::embed_map;

use super::document;
use crate::site::Site;

/// The embed at `path` of the fixture, as a document under the base path `/peel`.
fn rendered(fixture: &Fixture, path: &str) -> String {
    let embed = fixture.embed(path);
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(Site::new("/peel/", ""));
        document(embed, "/peel", "")
    });
    drop(owner);
    html
}

const KINDS: [&str; 3] = [
    "/embed/round/2016/legitimacy/",
    "/embed/force/kent/2016/",
    "/embed/monitoring/",
];

#[test]
fn no_embed_has_a_script_and_its_policy_runs_none() {
    let fixture = Fixture::load();
    for path in KINDS {
        let html = rendered(&fixture, path);
        assert!(!html.contains("<script"), "{path} holds a script");
        assert!(
            !html.contains(".wasm") && !html.contains(".js\""),
            "{path} names a script file"
        );
        assert!(
            html.contains("content=\"default-src 'none'; style-src 'self';"),
            "{path}: no policy"
        );
        assert!(
            html.contains("<link rel=\"stylesheet\" href=\"/peel/embed/embed.css\">"),
            "{path}"
        );
    }
}

#[test]
fn every_embed_carries_the_credit_line_and_opens_links_in_the_top_window() {
    let fixture = Fixture::load();
    for path in KINDS {
        let embed = fixture.embed(path);
        let credit = embed.credit_line();
        let full_page = format!("/peel{}", embed.full_page().path());
        let html = rendered(&fixture, path);
        assert!(html.contains("<base target=\"_top\">"), "{path}");
        assert!(
            html.contains(&format!("<a href=\"{}\" target=\"_top\">", escape(&full_page))),
            "{path} lacks its link to {full_page}"
        );
        let credit_html = html
            .split("<p class=\"embed__credit\">")
            .nth(1)
            .and_then(|rest| rest.split("</p>").next())
            .unwrap_or_else(|| panic!("{path} has no credit line"));
        let text = without_tags(credit_html);
        assert_eq!(text, credit, "{path}");
        assert!(
            credit.starts_with("PEEL Explorer, data: HMICFRS, Open Government Licence v3.0. "),
            "{credit}"
        );
        assert_eq!(
            credit_html.matches("target=\"_top\"").count(),
            2,
            "{path}: the site's and the licence's links open in the top window"
        );
    }
}

#[test]
fn the_grade_card_shows_the_grades_held_and_the_line_of_those_not_held() {
    let fixture = Fixture::load();
    let embed = fixture.embed("/embed/force/kent/2016/");
    let html = rendered(&fixture, "/embed/force/kent/2016/");
    let peel_model::pages::embed::EmbedContent::GradeCard(card) = &embed.content else {
        panic!("a grade card")
    };
    let held = card.held_grades();
    assert!(!held.is_empty());
    for grade in &held {
        assert!(html.contains(&format!("<dt>{}</dt>", escape(&grade.area.label()))));
        assert!(html.contains(&format!("grade-tag--{}", grade.judgement.slug())));
    }
    assert_eq!(html.matches("class=\"grade-card__row\"").count(), held.len());
    if let Some(not_held) = card.not_held() {
        assert!(html.contains(&escape(&not_held.lead())), "{html}");
    }
}

#[test]
fn every_embed_of_the_fixture_renders() {
    let fixture = Fixture::load();
    for route in embed_map(&fixture.sources()) {
        let html = rendered(&fixture, &route.path());
        assert!(html.contains("class=\"embed__credit\""), "{route}");
    }
}

/// The text of some HTML, its tags and comments left out.
fn without_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
}
