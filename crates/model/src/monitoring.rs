//! HMICFRS's enhanced monitoring of forces (`data/monitoring.csv`). The inspectorate monitors
//! every force in one of two phases: Scan, the routine one, and Engage, for a force that is not
//! managing the inspectorate's concerns. Each [`Spell`] is one force's time in Engage.
//!
//! Dates are as precise as the sources (a year, a month or a day), so on some days whether a
//! force was in Engage is not known: [`Presence::Unsure`]. What the data says about the present
//! holds "as of" [`Monitoring::sources_up_to`], never "now".

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::force::ForceSlug;
use crate::partial_date::{PartialDate, Within};

/// The forces moved into Engage, as far as the sources reach.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Monitoring {
    /// Every spell, in the order of `data/monitoring.csv` (by date entered).
    pub spells: Vec<Spell>,
    /// The month the sources reach up to: a spell with no end held was still open then.
    pub sources_up_to: Option<PartialDate>,
}

/// One force's time in Engage.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spell {
    pub force: ForceSlug,
    pub entered: PartialDate,
    /// `None`: no move out of Engage was found in the sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<PartialDate>,
    /// What the inspectorate's concerns were about, in a few words each; empty where the source
    /// did not say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concerns: Vec<String>,
    pub source_url: String,
    /// How the dates were read from the source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Whether a force was in Engage on a given day.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Presence {
    In,
    Out,
    /// The day falls in the month or year the source gives for the move in or out.
    Unsure,
}

impl Spell {
    /// Whether the force was in Engage on `day`. Moved in on a day: in from that day; moved
    /// out on a day: out from that day.
    pub fn presence_on(&self, day: Date) -> Presence {
        match self.entered.place_of(day) {
            Within::Before => return Presence::Out,
            Within::Inside if !self.entered.is_day() => return Presence::Unsure,
            Within::Inside | Within::After => {}
        }
        match self.left.map(|left| (left, left.place_of(day))) {
            None | Some((_, Within::Before)) => Presence::In,
            Some((left, Within::Inside)) if !left.is_day() => Presence::Unsure,
            Some(_) => Presence::Out,
        }
    }

    /// Whether no move out was found in the sources.
    pub fn is_open(&self) -> bool {
        self.left.is_none()
    }
}

impl Monitoring {
    /// The spells of one force, oldest first.
    pub fn spells_of<'a>(&'a self, force: &'a ForceSlug) -> impl Iterator<Item = &'a Spell> + 'a {
        self.spells.iter().filter(move |s| &s.force == force)
    }

    /// The force's spell that was still open when the sources end, if any.
    pub fn open_spell(&self, force: &ForceSlug) -> Option<&Spell> {
        self.spells.iter().find(|s| &s.force == force && s.is_open())
    }

    /// The forces whose spell was still open when the sources end.
    pub fn open_spells(&self) -> impl Iterator<Item = &Spell> {
        self.spells.iter().filter(|s| s.is_open())
    }

    /// Each spell with whether its force was in Engage on `day`.
    pub fn on(&self, day: Date) -> impl Iterator<Item = (&Spell, Presence)> {
        self.spells.iter().map(move |s| (s, s.presence_on(day)))
    }

    /// The last day the data speaks for: the end of the month the sources reach up to.
    pub fn last_day(&self) -> Option<Date> {
        self.sources_up_to.map(PartialDate::last_day)
    }

    /// The first day the data speaks for: the first day of the earliest spell.
    pub fn first_day(&self) -> Option<Date> {
        self.spells.iter().map(|s| s.entered.first_day()).min()
    }

    /// The newest date the spells hold (a move in or out).
    pub fn newest_date(&self) -> Option<PartialDate> {
        self.spells
            .iter()
            .flat_map(|s| std::iter::once(s.entered).chain(s.left))
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spell(force: &str, entered: &str, left: Option<&str>) -> Spell {
        Spell {
            force: ForceSlug::parse(force).unwrap(),
            entered: PartialDate::parse(entered).unwrap(),
            left: left.map(|l| PartialDate::parse(l).unwrap()),
            concerns: Vec::new(),
            source_url: "https://example.org/".into(),
            note: String::new(),
        }
    }

    fn day(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    #[test]
    fn a_day_spell_counts_from_the_day_in_to_the_day_out() {
        // Metropolitan: 28 June 2022 to 23 January 2025.
        let met = spell("metropolitan", "2022-06-28", Some("2025-01-23"));
        assert_eq!(met.presence_on(day("2022-06-27")), Presence::Out);
        assert_eq!(met.presence_on(day("2022-06-28")), Presence::In);
        assert_eq!(met.presence_on(day("2025-01-22")), Presence::In);
        assert_eq!(met.presence_on(day("2025-01-23")), Presence::Out);
    }

    #[test]
    fn a_month_or_year_leaves_its_days_unsure() {
        // Cleveland: 2019 to September 2023.
        let cleveland = spell("cleveland", "2019", Some("2023-09"));
        assert_eq!(cleveland.presence_on(day("2018-12-31")), Presence::Out);
        assert_eq!(cleveland.presence_on(day("2019-06-01")), Presence::Unsure);
        assert_eq!(cleveland.presence_on(day("2020-01-01")), Presence::In);
        assert_eq!(cleveland.presence_on(day("2023-09-15")), Presence::Unsure);
        assert_eq!(cleveland.presence_on(day("2023-10-01")), Presence::Out);
    }

    #[test]
    fn an_open_spell_is_in_from_its_start() {
        let lincolnshire = spell("lincolnshire", "2024-12-06", None);
        assert!(lincolnshire.is_open());
        assert_eq!(lincolnshire.presence_on(day("2025-10-31")), Presence::In);
        let monitoring = Monitoring {
            spells: vec![spell("cleveland", "2019", Some("2023-09")), lincolnshire],
            sources_up_to: PartialDate::parse("2025-10"),
        };
        let slug = ForceSlug::parse("lincolnshire").unwrap();
        assert!(monitoring.open_spell(&slug).is_some());
        assert_eq!(monitoring.open_spells().count(), 1);
        assert_eq!(monitoring.last_day(), Some(day("2025-10-31")));
        assert_eq!(monitoring.first_day(), Some(day("2019-01-01")));
        assert_eq!(monitoring.newest_date(), PartialDate::parse("2024-12-06"));
    }
}
