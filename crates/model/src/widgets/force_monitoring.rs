//! What a force's pages say about HMICFRS's enhanced monitoring of it (the Engage phase): a
//! notice at the top of each page while a spell is open as of the month the sources reach, and
//! every spell in the page's history. A force never in Engage says nothing.
//!
//! Dates are written as precise as the source gave them ("2019", "June 2022", "6 December
//! 2024"), and what holds for the present is said "as of" the sources' month, never "now".

use serde::{Deserialize, Serialize};

use crate::force::ForceSlug;
use crate::monitoring::{Monitoring, Spell};
use crate::partial_date::PartialDate;
use crate::route::Route;

/// One force's spells in Engage, and how far the sources reach.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ForceMonitoring {
    /// The force's spells, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spells: Vec<Spell>,
    /// The month the monitoring sources reach up to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources_up_to: Option<PartialDate>,
}

/// The notice at the top of a force's pages while it is in Engage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngageNotice {
    /// "In enhanced monitoring as of October 2025".
    pub heading: String,
    /// "HMICFRS moved Lincolnshire Police into enhanced monitoring (its Engage phase) on 6
    /// December 2024, and no move out was found in sources up to October 2025."
    pub sentence: String,
    /// What the inspectorate's concerns were about, each in a few words; empty where the source
    /// did not say.
    pub concerns: Vec<String>,
    pub source_url: String,
}

/// The site's national page of enhanced monitoring, which the notice links to.
pub fn national_page() -> Route {
    Route::Monitoring { date: None }
}

impl ForceMonitoring {
    /// The spells of `force` in `monitoring`.
    pub fn of(monitoring: &Monitoring, force: &ForceSlug) -> ForceMonitoring {
        let mut spells: Vec<Spell> = monitoring.spells_of(force).cloned().collect();
        spells.sort_by_key(|s| s.entered);
        ForceMonitoring {
            spells,
            sources_up_to: monitoring.sources_up_to,
        }
    }

    /// "as of October 2025", or "as far as the sources reach" where their month is not held.
    pub fn as_of(&self) -> String {
        self.sources_up_to.map_or_else(
            || "as far as the sources reach".to_owned(),
            |month| format!("as of {}", month.words()),
        )
    }

    /// The notice for a force still in Engage as of the sources' month; `None` for any other.
    pub fn notice(&self, force_name: &str) -> Option<EngageNotice> {
        let spell = self.spells.iter().find(|s| s.is_open())?;
        let up_to = self.sources_up_to.map_or_else(
            || "in the sources".to_owned(),
            |m| format!("in sources up to {}", m.words()),
        );
        Some(EngageNotice {
            heading: format!("In enhanced monitoring {}", self.as_of()),
            sentence: format!(
                "HMICFRS moved {force_name} into enhanced monitoring (its Engage phase) {}, and no move out was found {up_to}.",
                on_or_in(spell.entered)
            ),
            concerns: spell.concerns.clone(),
            source_url: spell.source_url.clone(),
        })
    }

    /// Each spell for the page's history, oldest first, with its source: "In enhanced
    /// monitoring from June 2022 to 21 May 2024", "In enhanced monitoring from 6 December 2024,
    /// with no move out found in sources up to October 2025".
    pub fn history(&self) -> Vec<(String, &str)> {
        self.spells
            .iter()
            .map(|spell| {
                let from = spell.entered.words();
                let line = match (spell.left, self.sources_up_to) {
                    (Some(left), _) => format!("In enhanced monitoring from {from} to {}", left.words()),
                    (None, Some(month)) => format!(
                        "In enhanced monitoring from {from}, with no move out found in sources up to {}",
                        month.words()
                    ),
                    (None, None) => format!("In enhanced monitoring from {from}, with no move out found"),
                };
                (line, spell.source_url.as_str())
            })
            .collect()
    }

    /// The sources a page cites, in page order: the open spell's (the notice, at the top),
    /// then, where `with_history`, every spell's.
    pub fn source_urls(&self, with_history: bool) -> Vec<&str> {
        let mut urls: Vec<&str> = self
            .spells
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.source_url.as_str())
            .collect();
        if with_history {
            urls.extend(self.spells.iter().map(|s| s.source_url.as_str()));
        }
        urls
    }
}

/// "on 6 December 2024", "in June 2022", "in 2019".
fn on_or_in(date: PartialDate) -> String {
    let preposition = if date.is_day() { "on" } else { "in" };
    format!("{preposition} {}", date.words())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monitoring() -> Monitoring {
        Monitoring {
            spells: crate::fixture::Fixture::engage_spells(),
            sources_up_to: PartialDate::parse("2025-10"),
        }
    }

    fn of(force: &str) -> ForceMonitoring {
        ForceMonitoring::of(&monitoring(), &ForceSlug::parse(force).unwrap())
    }

    #[test]
    fn a_force_in_engage_has_a_notice_as_of_the_sources_month() {
        let lincolnshire = of("lincolnshire");
        let notice = lincolnshire.notice("Lincolnshire Police").expect("a notice");
        assert_eq!(notice.heading, "In enhanced monitoring as of October 2025");
        assert_eq!(
            notice.sentence,
            "HMICFRS moved Lincolnshire Police into enhanced monitoring (its Engage phase) on 6 December \
             2024, and no move out was found in sources up to October 2025."
        );
        assert_eq!(notice.concerns.len(), 5);
        assert_eq!(
            lincolnshire.history(),
            [(
                "In enhanced monitoring from 6 December 2024, with no move out found in sources up to October 2025"
                    .to_owned(),
                notice.source_url.as_str()
            )]
        );
        assert_eq!(lincolnshire.source_urls(false), [notice.source_url.as_str()]);
    }

    #[test]
    fn a_force_out_of_engage_shows_its_spells_at_their_precision_and_no_notice() {
        let staffordshire = of("staffordshire");
        assert_eq!(staffordshire.notice("Staffordshire Police"), None);
        let history = staffordshire.history();
        assert_eq!(
            history[0].0,
            "In enhanced monitoring from June 2022 to 21 May 2024"
        );
        assert!(staffordshire.source_urls(false).is_empty());
        assert_eq!(staffordshire.source_urls(true), [history[0].1]);
        assert_eq!(
            of("cleveland").history()[0].0,
            "In enhanced monitoring from 2019 to September 2023"
        );
    }

    #[test]
    fn a_force_never_in_engage_says_nothing() {
        let kent = of("kent");
        assert_eq!(kent.notice("Kent Police"), None);
        assert!(kent.history().is_empty());
        assert!(kent.source_urls(true).is_empty());
        assert_eq!(kent.as_of(), "as of October 2025");
    }

    #[test]
    fn a_month_or_year_is_said_with_in() {
        assert_eq!(on_or_in(PartialDate::parse("2022-06").unwrap()), "in June 2022");
        assert_eq!(on_or_in(PartialDate::parse("2019").unwrap()), "in 2019");
        assert_eq!(
            on_or_in(PartialDate::parse("2024-12-06").unwrap()),
            "on 6 December 2024"
        );
    }
}
