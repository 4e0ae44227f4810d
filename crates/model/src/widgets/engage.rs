//! Which forces were in enhanced monitoring (Engage) on a day, in words: the monitoring page's
//! count for the reader's date, the marks on the tile map, the home page's line.
//!
//! Dates in the data are as precise as their sources, so on a day inside the month or year of a
//! move in or out a force may or may not have been in Engage ([`Presence::Unsure`]): it is
//! counted apart, and why is said. Before the first spell held and after the month the sources
//! reach up to, the data says nothing, and no count is given. What holds at the end of the data
//! is said "as of" the sources' month, never "now".

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::force::ForceSlug;
use crate::monitoring::{Monitoring, Presence, Spell};
use crate::partial_date::{PartialDate, Within};
use crate::wording::{count_noun, count_word, join_and, was_were};

/// What the phase is called in sentences: "in enhanced monitoring (Engage)".
pub const ENGAGE: &str = "enhanced monitoring (Engage)";

/// A force and its name, as a sentence names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedForce {
    pub slug: ForceSlug,
    /// `Lincolnshire Police`; the slug where the data has no such force.
    pub name: String,
}

/// Which move of a spell a date leaves unsure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Move {
    In,
    Out,
}

/// A force that may have been in Engage on the day: the day falls in the month or year its move
/// in or out is known to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uncertain {
    pub force: NamedForce,
    pub which: Move,
    pub date: PartialDate,
}

/// What the data says about Engage on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngageOn {
    /// The data holds no spell, or does not say how far its sources reach.
    NoData { day: Date },
    /// The day is before the first spell held.
    BeforeData { day: Date, first: PartialDate },
    /// The day is after the month the sources reach up to.
    AfterSources { day: Date, up_to: PartialDate },
    /// The forces in Engage on the day, and those that may have been.
    Counted {
        day: Date,
        sure: Vec<NamedForce>,
        unsure: Vec<Uncertain>,
    },
}

impl Uncertain {
    /// "Cleveland Police’s move out is known only to the month (September 2023)".
    pub fn reason(&self) -> String {
        let which = match self.which {
            Move::In => "in",
            Move::Out => "out",
        };
        let precision = match self.date {
            PartialDate::Year(_) => "year",
            PartialDate::Month { .. } | PartialDate::Day(_) => "month",
        };
        format!(
            "{}’s move {which} is known only to the {precision} ({})",
            self.force.name,
            self.date.words()
        )
    }
}

/// Which move leaves `day` unsure for a spell whose presence on it is [`Presence::Unsure`].
fn unsure_move(spell: &Spell, day: Date) -> (Move, PartialDate) {
    let entering = !spell.entered.is_day() && spell.entered.place_of(day) == Within::Inside;
    match spell.left {
        Some(left) if !entering => (Move::Out, left),
        _ => (Move::In, spell.entered),
    }
}

impl EngageOn {
    /// What the data says about `day`; `name_of` names a force.
    pub fn of(monitoring: &Monitoring, day: Date, name_of: &dyn Fn(&ForceSlug) -> String) -> EngageOn {
        let named = |slug: &ForceSlug| NamedForce {
            slug: slug.clone(),
            name: name_of(slug),
        };
        let first = monitoring.spells.iter().map(|s| s.entered).min();
        let (Some(first), Some(up_to)) = (first, monitoring.sources_up_to) else {
            return EngageOn::NoData { day };
        };
        if day < first.first_day() {
            return EngageOn::BeforeData { day, first };
        }
        if day > up_to.last_day() {
            return EngageOn::AfterSources { day, up_to };
        }
        let mut sure = Vec::new();
        let mut unsure = Vec::new();
        for (spell, presence) in monitoring.on(day) {
            match presence {
                Presence::In => sure.push(named(&spell.force)),
                Presence::Unsure => {
                    let (which, date) = unsure_move(spell, day);
                    unsure.push(Uncertain {
                        force: named(&spell.force),
                        which,
                        date,
                    });
                }
                Presence::Out => {}
            }
        }
        EngageOn::Counted { day, sure, unsure }
    }

    pub fn day(&self) -> Date {
        match self {
            EngageOn::NoData { day }
            | EngageOn::BeforeData { day, .. }
            | EngageOn::AfterSources { day, .. }
            | EngageOn::Counted { day, .. } => *day,
        }
    }

    /// The count in one sentence, or why there is none: "On 1 June 2023, five forces were in
    /// enhanced monitoring (Engage), and one more may have been: Cleveland Police’s move out is
    /// known only to the month (September 2023)."
    pub fn sentence(&self) -> String {
        let on = self.day().long();
        match self {
            EngageOn::NoData { .. } => {
                format!("The data holds no spell in {ENGAGE}, so it gives no count for {on}.")
            }
            EngageOn::BeforeData { first, .. } => format!(
                "The spells held begin in {}, so the data cannot say which forces were in {ENGAGE} \
                 on {on}.",
                first.words()
            ),
            EngageOn::AfterSources { up_to, .. } => format!(
                "The sources reach up to {}, so the data cannot say which forces were in {ENGAGE} \
                 on {on}.",
                up_to.words()
            ),
            EngageOn::Counted { sure, unsure, .. } => {
                let n = sure.len() as u32;
                let reasons: Vec<String> = unsure.iter().map(Uncertain::reason).collect();
                let m = unsure.len() as u32;
                match (n, m) {
                    (0, 0) => format!("On {on}, no force was in {ENGAGE}."),
                    (_, 0) => format!(
                        "On {on}, {} {} in {ENGAGE}.",
                        count_noun(n, "force", "forces"),
                        was_were(n)
                    ),
                    (0, _) => format!(
                        "On {on}, no force was certainly in {ENGAGE}, but {} may have been: {}.",
                        count_word(m),
                        reasons.join("; ")
                    ),
                    _ => format!(
                        "On {on}, {} {} in {ENGAGE}, and {} more may have been: {}.",
                        count_noun(n, "force", "forces"),
                        was_were(n),
                        count_word(m),
                        reasons.join("; ")
                    ),
                }
            }
        }
    }

    /// The marks of the tile map for this day; `None` where the data gives no count.
    pub fn marks(&self) -> Option<EngageDay> {
        let EngageOn::Counted { day, sure, unsure } = self else {
            return None;
        };
        let forces = sure
            .iter()
            .map(|f| EngageForce {
                force: f.slug.clone(),
                presence: Presence::In,
                why: None,
            })
            .chain(unsure.iter().map(|u| EngageForce {
                force: u.force.slug.clone(),
                presence: Presence::Unsure,
                why: Some(u.reason()),
            }))
            .collect();
        Some(EngageDay {
            when: format!("on {}", day.long()),
            forces,
        })
    }
}

/// The forces a tile map marks: in Engage on one day, or that may have been, with the day in
/// words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngageDay {
    /// `as of October 2025`, `on 1 June 2023`.
    pub when: String,
    pub forces: Vec<EngageForce>,
}

/// One force marked on the map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngageForce {
    pub force: ForceSlug,
    /// [`Presence::In`] or [`Presence::Unsure`].
    pub presence: Presence,
    /// Why it is unsure: "Cleveland Police’s move out is known only to the month (September 2023)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

impl EngageDay {
    /// The forces whose spell was still open when the sources end, "as of" their month: what
    /// the home page and the national tables mark. `None` where the data does not say how far
    /// its sources reach.
    pub fn as_of_sources(monitoring: &Monitoring) -> Option<EngageDay> {
        Some(EngageDay {
            when: as_of(monitoring)?,
            forces: monitoring
                .open_spells()
                .map(|s| EngageForce {
                    force: s.force.clone(),
                    presence: Presence::In,
                    why: None,
                })
                .collect(),
        })
    }

    /// How `force` is marked, if it is.
    pub fn presence_of(&self, force: &ForceSlug) -> Option<&EngageForce> {
        self.forces.iter().find(|f| &f.force == force)
    }
}

/// "as of October 2025": the sources' month, where the data gives it.
pub fn as_of(monitoring: &Monitoring) -> Option<String> {
    monitoring
        .sources_up_to
        .map(|month| format!("as of {}", month.words()))
}

/// The home page's line: "In enhanced monitoring as of October 2025: Lincolnshire Police", or
/// "No force was in enhanced monitoring as of October 2025" where no spell is open.
pub fn open_spells_line(monitoring: &Monitoring, name_of: &dyn Fn(&ForceSlug) -> String) -> Option<String> {
    let as_of = as_of(monitoring)?;
    let names: Vec<String> = monitoring.open_spells().map(|s| name_of(&s.force)).collect();
    Some(if names.is_empty() {
        format!("No force was in enhanced monitoring {as_of}")
    } else {
        format!("In enhanced monitoring {as_of}: {}", join_and(&names))
    })
}

#[cfg(test)]
pub(crate) mod tests;
