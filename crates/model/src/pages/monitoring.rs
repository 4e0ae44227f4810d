//! `/monitoring/`: the forces HMICFRS moved into enhanced monitoring (Engage): what Engage is,
//! every spell on one timeline and in a table (its text twin), and how many forces were in
//! Engage on the day the reader picks (the address's `date`; by default the data's own date, the
//! last day of the month the sources reach up to), with the map of that day.
//!
//! The page's data is the same whatever the date ([`crate::route::Route::data_route`]): the
//! count and the map are worked out from it for the day asked.

use serde::{Deserialize, Serialize};

use crate::bundle::{Index, Tile};
use crate::date::Date;
use crate::force::ForceSlug;
use crate::links::official_link;
use crate::monitoring::Monitoring;
use crate::publishers::{Publisher, publisher_of};
use crate::route::Route;
use crate::widgets::citation;
use crate::widgets::engage::{EngageOn, NamedForce, open_spells_line};
use crate::widgets::engage_timeline::{self, SpellTimeline};
use crate::widgets::tile_map::{self, MapForce, TileMapView};
use crate::wording::{count_noun, join_and};

use super::preview::PreviewImage;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonitoringView {
    /// Every spell, and how far the sources reach.
    pub monitoring: Monitoring,
    /// Every force with its name, in the index's order: the rows' names and the map's squares.
    pub forces: Vec<NamedForce>,
    pub tiles: Vec<Tile>,
    /// The publishers of the spells' sources.
    pub publishers: Vec<Publisher>,
    pub data_date: Option<Date>,
}

/// A spell as the table shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpellRow {
    pub force: NamedForce,
    /// The force's page; `None` where the data has no such force.
    pub page: Option<Route>,
    /// "2019", "June 2022", "6 December 2024".
    pub entered: String,
    /// The move out in words, or that none was found: "No move out found up to October 2025".
    pub left: String,
    /// What the concerns were about; empty where the source did not say.
    pub concerns: Vec<String>,
    pub source: SpellSource,
}

/// Where a spell was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpellSource {
    /// Its number in the page's list of sources, from 1.
    pub number: usize,
    /// `HMICFRS`, `WiredGov`; the host where the data names no publisher.
    pub publisher: String,
    pub url: String,
    /// The link, for an official page only ([`official_link`]).
    pub link: Option<String>,
    /// How the dates were read from it.
    pub note: String,
}

/// What a concern cell says where the source did not say what the concerns were about.
pub const NO_CONCERNS: &str = "Not given in the source";

impl MonitoringView {
    /// The force's name; its slug where the data has no such force.
    pub fn name_of(&self, slug: &ForceSlug) -> String {
        self.forces
            .iter()
            .find(|f| &f.slug == slug)
            .map_or_else(|| slug.to_string(), |f| f.name.clone())
    }

    /// The force's page, where the data has the force.
    pub fn page_of(&self, slug: &ForceSlug) -> Option<Route> {
        self.forces
            .iter()
            .any(|f| &f.slug == slug)
            .then(|| Route::ForceLatest { force: slug.clone() })
    }

    /// The year of the first spell held: "2019".
    fn since(&self) -> Option<u16> {
        self.monitoring.first_day().map(|d| d.year)
    }

    /// "Enhanced monitoring (Engage): forces since 2019".
    pub fn title(&self) -> String {
        match self.since() {
            Some(year) => format!("Enhanced monitoring (Engage): forces since {year}"),
            None => "Enhanced monitoring (Engage)".to_owned(),
        }
    }

    /// The page's description, for search results and link previews.
    pub fn description(&self) -> String {
        let since = self
            .since()
            .map(|year| format!(" since {year}"))
            .unwrap_or_default();
        let reach = self
            .monitoring
            .sources_up_to
            .map(|month| format!("; the sources reach up to {}", month.words()))
            .unwrap_or_default();
        format!(
            "Which police forces of England and Wales HMICFRS moved into enhanced monitoring \
             (Engage){since}, when each moved in and out, and how many were in Engage on any \
             day{reach}."
        )
    }

    /// What Engage is, in a few paragraphs of our own words, and how far the list goes.
    pub fn introduction(&self) -> Vec<String> {
        let mut paragraphs = vec![
            "HMICFRS, the inspectorate of the police in England and Wales, monitors every force \
             in one of two phases. Scan is the routine phase, where a force normally is. Engage \
             is enhanced monitoring: a force is moved into it when it is not managing the \
             inspectorate’s concerns about it, or when there are significant failures in the \
             service it gives."
                .to_owned(),
            "The inspectorate decides when a force moves into Engage and when it moves out again \
             to Scan, and makes each move public in a letter or a news release. Each spell below \
             was read from such a letter or release, or from a report of one by the trade or \
             news press; the list of sources says which."
                .to_owned(),
        ];
        let since = self
            .since()
            .map(|year| format!(" since {year}"))
            .unwrap_or_default();
        let mut limits = format!(
            "Dates are as precise as the sources give them: a year, a month or a day. This is \
             the list the sources support{since}: a force moved into Engage earlier, or whose \
             spell the sources held do not report, may be missing."
        );
        if let Some(month) = self.monitoring.sources_up_to {
            limits.push_str(&format!(
                " The sources reach up to {}: a spell with no move out found was still open then.",
                month.words()
            ));
        }
        paragraphs.push(limits);
        paragraphs
    }

    /// "In enhanced monitoring as of October 2025: Lincolnshire Police."
    pub fn as_of_sentence(&self) -> Option<String> {
        open_spells_line(&self.monitoring, &|slug| self.name_of(slug)).map(|line| line + ".")
    }

    /// The day the page counts on: the one asked for, else the data's own date.
    pub fn day(&self, asked: Option<Date>) -> Option<Date> {
        asked.or_else(|| self.monitoring.last_day())
    }

    /// What the data says about Engage on `day`.
    pub fn on(&self, day: Date) -> EngageOn {
        EngageOn::of(&self.monitoring, day, &|slug| self.name_of(slug))
    }

    /// The map of `on`'s day, every square saying where its force stood; `None` where the data
    /// gives no count for the day.
    pub fn map_on(&self, on: &EngageOn) -> Option<TileMapView> {
        let marks = on.marks()?;
        let forces: Vec<MapForce> = self
            .forces
            .iter()
            .map(|f| MapForce {
                slug: &f.slug,
                name: &f.name,
                judgement: None,
                round_held: false,
            })
            .collect();
        Some(tile_map::engage_map(&self.tiles, &forces, &marks))
    }

    /// Every spell on one timeline.
    pub fn timeline(&self) -> SpellTimeline {
        engage_timeline::layout(&self.monitoring, &|slug| self.name_of(slug))
    }

    /// What the timeline shows, and where its text twin is: the table below it.
    pub fn timeline_summary(&self) -> String {
        format!("{} The table below gives the same.", self.timeline_description())
    }

    /// "10 spells of 10 forces, from 2019 to October 2025", each bar and its stripes: what the
    /// timeline shows.
    pub fn timeline_description(&self) -> String {
        let spells = self.monitoring.spells.len() as u32;
        let mut forces: Vec<&ForceSlug> = self.monitoring.spells.iter().map(|s| &s.force).collect();
        forces.sort();
        forces.dedup();
        let span = match (self.since(), self.monitoring.sources_up_to) {
            (Some(year), Some(month)) => format!(", from {year} to {}", month.words()),
            _ => String::new(),
        };
        format!(
            "{} of {} in enhanced monitoring (Engage){span}, each a bar from the move in to the \
             move out; a month or year shaded with stripes is a date known only to that month or \
             year.",
            count_noun(spells, "spell", "spells"),
            count_noun(forces.len() as u32, "force", "forces")
        )
    }

    /// The table's rows, one per spell, in the data's order (by date moved in).
    pub fn rows(&self) -> Vec<SpellRow> {
        let up_to = self
            .monitoring
            .sources_up_to
            .map(|m| format!(" up to {}", m.words()))
            .unwrap_or_default();
        self.monitoring
            .spells
            .iter()
            .enumerate()
            .map(|(i, spell)| {
                let publisher = publisher_of(&self.publishers, &spell.source_url)
                    .map_or_else(|| crate::links::publisher(&spell.source_url), |p| p.name.clone());
                SpellRow {
                    force: NamedForce {
                        slug: spell.force.clone(),
                        name: self.name_of(&spell.force),
                    },
                    page: self.page_of(&spell.force),
                    entered: spell.entered.words(),
                    left: spell
                        .left
                        .map_or_else(|| format!("No move out found{up_to}"), |left| left.words()),
                    concerns: spell.concerns.clone(),
                    source: SpellSource {
                        number: i + 1,
                        publisher,
                        url: spell.source_url.clone(),
                        link: official_link(&spell.source_url),
                        note: spell.note.clone(),
                    },
                }
            })
            .collect()
    }

    /// The publishers of the spells' sources, each once, in the order first cited.
    fn cited_publishers(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for row in self.rows() {
            if !names.contains(&row.source.publisher) {
                names.push(row.source.publisher);
            }
        }
        names
    }

    /// The line the link-preview image ends with: "Sources: HMICFRS, Police Professional and
    /// WiredGov; data as held by PEEL Explorer".
    pub fn preview_source_line(&self) -> String {
        format!(
            "Sources: {}; data as held by PEEL Explorer",
            join_and(&self.cited_publishers())
        )
    }

    /// "Cite this page", at `address` (the page's address as the reader sees it).
    pub fn citation(&self, address: &str) -> String {
        let sources = format!(
            "{} (each spell's source is listed on the page)",
            join_and(&self.cited_publishers())
        );
        citation::citation(&self.title(), address, self.data_date, &sources)
    }

    /// The page's link-preview image: the timeline.
    pub fn preview_image(&self) -> Option<PreviewImage> {
        PreviewImage::of(&Route::Monitoring { date: None }, self.preview_alt())
    }

    /// What the preview image shows, in words.
    pub fn preview_alt(&self) -> String {
        let mut text = format!("{}. A timeline of {}", self.title(), self.timeline_summary());
        // The summary's last sentence is about the page's table, not the image.
        if let Some(cut) = text.find(" The table below") {
            text.truncate(cut);
        }
        let bars: Vec<String> = self.timeline().rows.into_iter().map(|r| r.words).collect();
        if !bars.is_empty() {
            text.push_str(&format!(" {}.", bars.join("; ")));
        }
        if let Some(sentence) = self.as_of_sentence() {
            text.push(' ');
            text.push_str(&sentence);
        }
        text
    }
}

pub(super) fn build(index: &Index) -> MonitoringView {
    let publishers = index
        .publishers
        .iter()
        .filter(|p| {
            index
                .monitoring
                .spells
                .iter()
                .any(|s| publisher_of(std::slice::from_ref(*p), &s.source_url).is_some())
        })
        .cloned()
        .collect();
    MonitoringView {
        monitoring: index.monitoring.clone(),
        forces: index
            .forces
            .iter()
            .map(|f| NamedForce {
                slug: f.slug.clone(),
                name: f.name.clone(),
            })
            .collect(),
        tiles: index.tiles.clone(),
        publishers,
        data_date: index.data_date,
    }
}

#[cfg(test)]
mod tests;
