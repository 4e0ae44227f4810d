//! The addresses of the embeddable pages, under `/embed/`: static pages with no script that
//! another site shows in an `<iframe>`. They are not pages of the app (it never navigates to
//! one), so they have a route type of their own.
//!
//! | address                              | embed                         |
//! |--------------------------------------|-------------------------------|
//! | `/embed/round/<round>/<area>/`       | [`EmbedRoute::TileMap`]       |
//! | `/embed/force/<force>/<round>/`      | [`EmbedRoute::GradeCard`]     |
//! | `/embed/monitoring/`                 | [`EmbedRoute::Timeline`]      |

use std::fmt;

use crate::force::ForceSlug;
use crate::round::Round;

use super::Route;

/// The folder every embed is under; a host lets any site frame what is in it.
pub const EMBED_FOLDER: &str = "/embed/";

/// The embeds' one stylesheet, a site path (written by `cargo xtask dist`).
pub const EMBED_STYLESHEET: &str = "/embed/embed.css";

/// Who may frame the file at a site path (below the base), as the `frame-ancestors` of the
/// Content-Security-Policy header a host sends (README, Hosting): any site may frame an embed,
/// no site any other page.
pub fn frame_ancestors(path: &str) -> &'static str {
    if path.starts_with(EMBED_FOLDER) {
        "*"
    } else {
        "'none'"
    }
}

/// An embeddable page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedRoute {
    /// A round's tile map coloured by one area (`area` its slug, as the table's address names it).
    TileMap { round: Round, area: String },
    /// A force-round's grades held, the areas not held, and a link to the full page.
    GradeCard { force: ForceSlug, round: Round },
    /// Every spell in enhanced monitoring on one timeline.
    Timeline,
}

impl EmbedRoute {
    /// Reads a site path below the base; `None` for one that is no embed.
    pub fn parse(path: &str) -> Option<EmbedRoute> {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            ["embed", "round", round, area] if is_slug(area) => Some(EmbedRoute::TileMap {
                round: Round::from_slug(round)?,
                area: (*area).to_owned(),
            }),
            ["embed", "force", force, round] => Some(EmbedRoute::GradeCard {
                force: ForceSlug::new(force)?,
                round: Round::from_slug(round)?,
            }),
            ["embed", "monitoring"] => Some(EmbedRoute::Timeline),
            _ => None,
        }
    }

    /// The site path, ending in `/`.
    pub fn path(&self) -> String {
        match self {
            EmbedRoute::TileMap { round, area } => format!("/embed/round/{}/{area}/", round.slug()),
            EmbedRoute::GradeCard { force, round } => format!("/embed/force/{force}/{}/", round.slug()),
            EmbedRoute::Timeline => "/embed/monitoring/".to_owned(),
        }
    }

    /// The page the embed is taken from, which its links open.
    pub fn full_page(&self) -> Route {
        match self {
            EmbedRoute::TileMap { round, area } => Route::RoundTable {
                round: *round,
                state: super::TableState {
                    area: Some(area.clone()),
                    ..Default::default()
                },
            },
            EmbedRoute::GradeCard { force, round } => Route::ForceRound {
                force: force.clone(),
                round: *round,
            },
            EmbedRoute::Timeline => Route::Monitoring { date: None },
        }
    }

    /// A height in CSS pixels for the `<iframe>` code, meant to fit the embed in a column of an
    /// article (about 600 px wide) without a scroll bar in the frame (narrower, the frame
    /// scrolls; the reader of the code may change it): a card's height grows with its `rows`
    /// (the grades held and the lines of areas not held).
    pub fn frame_height(&self, rows: usize) -> u32 {
        match self {
            EmbedRoute::TileMap { .. } => 900,
            EmbedRoute::GradeCard { .. } => 300 + 100 * rows as u32,
            EmbedRoute::Timeline => 700,
        }
    }
}

/// Whether `text` is written as an area's slug is (lower-case letters, digits, hyphens).
fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl fmt::Display for EmbedRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embed_parses_and_writes_back() {
        for path in [
            "/embed/round/2023-25/responding-to-the-public/",
            "/embed/round/2016/effectiveness/",
            "/embed/force/kent/2021-22/",
            "/embed/monitoring/",
        ] {
            let route = EmbedRoute::parse(path).unwrap_or_else(|| panic!("{path} is an embed"));
            assert_eq!(route.path(), path);
            assert!(route.path().starts_with(EMBED_FOLDER));
        }
        for path in [
            "/embed/",
            "/embed/round/2016/",
            "/embed/force/kent/",
            "/embed/round/last-year/x/",
            "/embed/round/2016/Not_A_Slug/",
            "/force/kent/2016/",
        ] {
            assert_eq!(EmbedRoute::parse(path), None, "{path}");
        }
    }

    #[test]
    fn only_embeds_may_be_framed() {
        assert_eq!(frame_ancestors("/embed/monitoring/"), "*");
        assert_eq!(frame_ancestors("/embed/embed.css"), "*");
        for path in [
            "/",
            "/monitoring/",
            "/force/kent/2016/",
            "/embedded/",
            "/404.html",
        ] {
            assert_eq!(frame_ancestors(path), "'none'", "{path}");
        }
    }

    #[test]
    fn each_embed_opens_its_full_page() {
        let map = EmbedRoute::parse("/embed/round/2016/legitimacy/").unwrap();
        assert_eq!(map.full_page().path(), "/round/2016/?area=legitimacy");
        let card = EmbedRoute::parse("/embed/force/kent/2016/").unwrap();
        assert_eq!(card.full_page().path(), "/force/kent/2016/");
        assert_eq!(EmbedRoute::Timeline.full_page().path(), "/monitoring/");
    }
}
