//! The embeddable pages (`/embed/…`, [`EmbedRoute`]): a round's tile map by one area, a
//! force-round's grade card and the monitoring timeline, each built from the same view as its
//! full page, with the credit line every reuse carries.

use crate::date::Date;
use crate::route::{EmbedRoute, Route};
use crate::widgets::citation::LICENCE;
use crate::widgets::headline::headline_areas;
use crate::widgets::tile_map::{self, TileMapView};

use super::{ForceRoundView, MonitoringView, Sources, force_round, monitoring, site_map};

/// What an embed shows: its own part, the words of its title, and the data's date for its
/// credit line.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedView {
    pub route: EmbedRoute,
    pub content: EmbedContent,
    pub data_date: Option<Date>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EmbedContent {
    TileMap(TileMapView),
    GradeCard(Box<ForceRoundView>),
    Timeline(Box<MonitoringView>),
}

pub use crate::widgets::citation::{CREDIT_DATA, CREDIT_SITE};

/// An embed as a page offers it ("Embed this"): where it is, its title (the page's title and
/// the `<iframe>`'s), and the height its `<iframe>` code gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOffer {
    pub route: EmbedRoute,
    pub title: String,
    pub height: u32,
}

impl EmbedOffer {
    /// The embed of a round's map: the map's round and area; `None` for a map of no grades.
    pub fn of_map(map: &TileMapView) -> Option<EmbedOffer> {
        let grades = map.grades.as_ref()?;
        let route = EmbedRoute::TileMap {
            round: grades.round,
            area: grades.area.slug(),
        };
        Some(EmbedOffer {
            height: route.frame_height(0),
            route,
            title: map.title(),
        })
    }

    /// The grade card of a force-round page.
    pub fn of_card(card: &ForceRoundView) -> EmbedOffer {
        let route = EmbedRoute::GradeCard {
            force: card.year.slug.clone(),
            round: card.year.round,
        };
        EmbedOffer {
            height: route.frame_height(
                card.held_grades().len()
                    + usize::from(card.not_held().is_some())
                    + usize::from(card.graded_for_some_forces_not_held().is_some()),
            ),
            route,
            title: format!("{}: grades held", card.title()),
        }
    }

    /// The monitoring page's timeline.
    pub fn of_timeline(monitoring: &MonitoringView) -> EmbedOffer {
        let route = EmbedRoute::Timeline;
        EmbedOffer {
            height: route.frame_height(0),
            route,
            title: monitoring.title(),
        }
    }

    /// The `<iframe>` code, the embed at `address` (its full address where the origin is known,
    /// else its path under the base path).
    pub fn iframe_code(&self, address: &str) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\">\
             </iframe>",
            crate::html::escape(address),
            crate::html::escape(&self.title),
            self.height
        )
    }
}

impl EmbedView {
    /// As a page offers it.
    pub fn offer(&self) -> EmbedOffer {
        match &self.content {
            EmbedContent::TileMap(map) => EmbedOffer::of_map(map).unwrap_or_else(|| EmbedOffer {
                route: self.route.clone(),
                title: map.title(),
                height: self.route.frame_height(0),
            }),
            EmbedContent::GradeCard(card) => EmbedOffer::of_card(card),
            EmbedContent::Timeline(monitoring) => EmbedOffer::of_timeline(monitoring),
        }
    }

    /// The page's title.
    pub fn title(&self) -> String {
        self.offer().title
    }

    /// "PEEL Explorer, data: HMICFRS, Open Government Licence v3.0. Data last changed: 2 March
    /// 2025." (a date not recorded is said so, as in citations).
    pub fn credit_line(&self) -> String {
        format!("{CREDIT_SITE}{CREDIT_DATA}{LICENCE}. {}", self.date_sentence())
    }

    /// "Data last changed: 2 March 2025.", or that the date is not recorded.
    pub fn date_sentence(&self) -> String {
        match self.data_date {
            Some(date) => format!("Data last changed: {}.", date.long()),
            None => "Date of the data: not recorded.".to_owned(),
        }
    }

    /// The page the embed comes from.
    pub fn full_page(&self) -> Route {
        self.route.full_page()
    }

    /// The words of the link to the full page.
    pub fn full_page_words(&self) -> String {
        match &self.content {
            EmbedContent::TileMap(_) => "See the full table".to_owned(),
            EmbedContent::GradeCard(card) => format!("Read {}", card.title()),
            EmbedContent::Timeline(_) => "See every spell on PEEL Explorer".to_owned(),
        }
    }
}

/// The embed at `route`, or `None` where the data has no such round, area or force-round.
pub fn build(route: &EmbedRoute, sources: &Sources) -> Option<EmbedView> {
    let index = sources.index;
    let content = match route {
        EmbedRoute::TileMap { round, area } => {
            index.round_kind(*round)?;
            let area = headline_areas(index, *round)
                .into_iter()
                .find(|a| a.slug() == *area)?;
            EmbedContent::TileMap(tile_map::from_index(index, *round, &area))
        }
        EmbedRoute::GradeCard { force, round } => {
            EmbedContent::GradeCard(Box::new(force_round::build(sources, force, *round).ok()?))
        }
        EmbedRoute::Timeline => EmbedContent::Timeline(Box::new(monitoring::build(index))),
    };
    Some(EmbedView {
        route: route.clone(),
        content,
        data_date: index.data_date,
    })
}

/// Every embed the prerenderer writes: a map for each area of each round, a grade card for
/// each force-round the site has a page for, and the timeline.
pub fn embed_map(sources: &Sources) -> Vec<EmbedRoute> {
    let index = sources.index;
    let mut embeds: Vec<EmbedRoute> = index
        .all_rounds()
        .into_iter()
        .flat_map(|round| {
            headline_areas(index, round)
                .into_iter()
                .map(move |area| EmbedRoute::TileMap {
                    round,
                    area: area.slug(),
                })
        })
        .collect();
    embeds.extend(site_map(sources).into_iter().filter_map(|route| match route {
        Route::ForceRound { force, round } => Some(EmbedRoute::GradeCard { force, round }),
        _ => None,
    }));
    embeds.push(EmbedRoute::Timeline);
    embeds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;

    #[test]
    fn every_embed_of_the_map_builds() {
        let fixture = Fixture::load();
        let routes = embed_map(&fixture.sources());
        assert!(routes.contains(&EmbedRoute::Timeline));
        assert!(routes.iter().any(|r| matches!(r, EmbedRoute::TileMap { .. })));
        assert!(routes.iter().any(|r| matches!(r, EmbedRoute::GradeCard { .. })));
        for route in routes {
            assert!(build(&route, &fixture.sources()).is_some(), "{route}");
        }
    }

    #[test]
    fn the_credit_line_names_the_source_the_licence_and_the_date() {
        let fixture = Fixture::load();
        let view = fixture.embed("/embed/monitoring/");
        let line = view.credit_line();
        assert!(
            line.starts_with("PEEL Explorer, data: HMICFRS, Open Government Licence v3.0. "),
            "{line}"
        );
        match fixture.index.data_date {
            Some(date) => assert!(line.contains(&date.long()), "{line}"),
            None => assert!(line.contains("not recorded"), "{line}"),
        }
    }

    #[test]
    fn a_map_is_of_the_area_its_address_names_and_an_unknown_one_is_none() {
        let fixture = Fixture::load();
        let view = fixture.embed("/embed/round/2016/legitimacy/");
        let EmbedContent::TileMap(map) = &view.content else {
            panic!("a map")
        };
        assert!(
            map.title().contains("legitimacy") || map.title().contains("Legitimacy"),
            "{}",
            map.title()
        );
        assert_eq!(view.full_page().path(), "/round/2016/?area=legitimacy");
        let unknown = EmbedRoute::parse("/embed/round/2016/no-such-area/").unwrap();
        assert_eq!(build(&unknown, &fixture.sources()), None);
    }

    #[test]
    fn each_page_offers_the_embed_built_for_it() {
        let fixture = Fixture::load();
        for path in [
            "/embed/round/2016/legitimacy/",
            "/embed/force/kent/2016/",
            "/embed/monitoring/",
        ] {
            let view = fixture.embed(path);
            assert_eq!(view.offer().route.path(), path);
        }
        let crate::pages::PageData::RoundTable(table) = fixture.page("/round/2016/?area=legitimacy") else {
            panic!("a table")
        };
        let state = crate::route::TableState {
            area: Some("legitimacy".to_owned()),
            ..Default::default()
        };
        let offer = EmbedOffer::of_map(&table.map(&state).unwrap()).unwrap();
        assert_eq!(offer.route.path(), "/embed/round/2016/legitimacy/");
        assert_eq!(
            offer.title,
            fixture.embed("/embed/round/2016/legitimacy/").title()
        );
    }

    #[test]
    fn the_iframe_code_has_a_title_full_width_a_height_and_lazy_loading() {
        let offer = EmbedOffer {
            route: EmbedRoute::Timeline,
            title: "Forces in \"Engage\"".to_owned(),
            height: 640,
        };
        assert_eq!(
            offer.iframe_code("https://example.org/embed/monitoring/"),
            "<iframe src=\"https://example.org/embed/monitoring/\" title=\"Forces in &quot;Engage&quot;\" \
             width=\"100%\" height=\"640\" loading=\"lazy\"></iframe>"
        );
    }
}
