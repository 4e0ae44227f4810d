//! "Key facts – 2019/20": figures recognised by their words and units, never by position, so a
//! page that leaves one out still reads.
//!
//! A line with "national" in it is the national level of the nearest figure above it that is
//! stated in the same unit ("92% national level" belongs to "88% frontline police officers";
//! "3.69 national level", a bare number, to the rate just above it). Changes are signed by
//! the words "up" and "down". A line that is no figure the parser knows is kept in
//! `KeyFacts::paragraphs` and reported.

use peel_model::report::{KeyFacts, KeyFigure, KeyFigureId};

use super::Ctx;
use super::lines::folded;
use super::sections::Entry;
use crate::diagnostic::Diagnostic;

/// What a line's words say its number measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    SquareMiles,
    People,
    /// A share in per cent.
    Percent,
    /// A change in per cent over so many years, where the line says.
    Change(Option<u8>),
    /// Per 1,000 population, or per person.
    Rate,
    Pence,
    /// A bare number ("3.69 national level").
    Bare,
}

impl Unit {
    fn of(id: KeyFigureId) -> Unit {
        match id {
            KeyFigureId::ForceArea => Unit::SquareMiles,
            KeyFigureId::Population => Unit::People,
            KeyFigureId::PopulationChange | KeyFigureId::WorkforceChange => Unit::Change(Some(10)),
            KeyFigureId::VictimBasedCrimesTrend => Unit::Change(Some(5)),
            KeyFigureId::FrontlineOfficers => Unit::Percent,
            KeyFigureId::OfficersPerThousand | KeyFigureId::VictimBasedCrimes => Unit::Rate,
            KeyFigureId::CostPerPersonPerDay => Unit::Pence,
        }
    }

    /// Whether a national line in `self` can be the national level of a figure in `local`.
    fn fits(self, local: Unit) -> bool {
        match (self, local) {
            (Unit::Bare, Unit::Rate | Unit::SquareMiles | Unit::People) => true,
            (Unit::Change(None), Unit::Change(_)) => true,
            (a, b) => a == b,
        }
    }
}

/// One line read as a figure.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Reading {
    value: f64,
    unit: Unit,
    national: bool,
    /// Which figure a local line is; national lines are placed by unit.
    id: Option<KeyFigureId>,
}

pub(crate) fn key_facts(period: &str, body: &[Entry], ctx: &mut Ctx) -> Result<KeyFacts, Diagnostic> {
    let mut facts = KeyFacts {
        period: period.to_owned(),
        figures: Vec::new(),
        paragraphs: Vec::new(),
    };
    let mut lines: Vec<usize> = Vec::new();
    for entry in body {
        match read(entry.text) {
            Some(Reading {
                value,
                id: Some(id),
                national: false,
                ..
            }) => {
                if let Some(i) = facts.figures.iter().position(|f| f.id == id) {
                    let first = lines.get(i).copied().unwrap_or_default();
                    return Err(ctx.error(
                        entry.no,
                        format!(
                            "a second \"{}\" key fact (the first is on line {first})",
                            id.label()
                        ),
                    ));
                }
                facts.figures.push(KeyFigure {
                    id,
                    value,
                    national: None,
                    text: entry.text.to_owned(),
                    national_text: None,
                });
                lines.push(entry.no);
            }
            Some(Reading {
                value,
                unit,
                national: true,
                ..
            }) => {
                let local = facts
                    .figures
                    .iter_mut()
                    .rev()
                    .find(|f| f.national.is_none() && unit.fits(Unit::of(f.id)));
                match local {
                    Some(figure) => {
                        figure.national = Some(value);
                        figure.national_text = Some(entry.text.to_owned());
                    }
                    None => {
                        ctx.unplaced(entry, "a national level with no local figure above it");
                        facts.paragraphs.push(entry.text.to_owned());
                    }
                }
            }
            _ => {
                ctx.unplaced(entry, "not a key fact the parser knows");
                facts.paragraphs.push(entry.text.to_owned());
            }
        }
    }
    Ok(facts)
}

/// Reads one line: "0.757m people", "down10% 10yr change in local workforce", "59p per person
/// per day national".
fn read(text: &str) -> Option<Reading> {
    let words = folded(text);
    let (number, after) = number(text)?;
    let after_folded = folded(after);
    let has = |w: &str| words.contains(w);
    let national = has("national");
    let percent = after.starts_with('%');
    let years = if has("10 yr") || has("10yr") || has("10 year") || has("10-year") {
        Some(10)
    } else if has("5 yr") || has("5yr") || has("5 year") || has("5-year") {
        Some(5)
    } else {
        None
    };
    let sign = if words.starts_with("down") || words.starts_with('-') {
        -1.0
    } else {
        1.0
    };

    let mut value = number;
    let unit = if has("square mile") {
        Unit::SquareMiles
    } else if has("people") && !percent {
        let millions = after_folded.starts_with('m') || after_folded.trim_start().starts_with("million");
        if !millions {
            value /= 1_000_000.0;
        }
        Unit::People
    } else if percent && (has("change") || has("trend")) {
        value *= sign;
        Unit::Change(years)
    } else if percent {
        Unit::Percent
    } else if has("per person per day") || after_folded.starts_with('p') {
        if text.contains('£') {
            value *= 100.0;
        }
        Unit::Pence
    } else if has("per 1000") || has("per 1,000") || has("per thousand") || has("per person") {
        Unit::Rate
    } else if national {
        Unit::Bare
    } else {
        return None;
    };

    let id = match unit {
        _ if national => None,
        Unit::SquareMiles => Some(KeyFigureId::ForceArea),
        Unit::People => Some(KeyFigureId::Population),
        Unit::Percent if has("frontline") => Some(KeyFigureId::FrontlineOfficers),
        Unit::Change(_) if has("workforce") => Some(KeyFigureId::WorkforceChange),
        Unit::Change(_) if has("population") => Some(KeyFigureId::PopulationChange),
        Unit::Change(Some(5)) => Some(KeyFigureId::VictimBasedCrimesTrend),
        Unit::Change(_) if has("crime") => Some(KeyFigureId::VictimBasedCrimesTrend),
        Unit::Change(Some(10)) => Some(KeyFigureId::PopulationChange),
        Unit::Pence => Some(KeyFigureId::CostPerPersonPerDay),
        Unit::Rate if has("per 1000") || has("per 1,000") || has("per thousand") => {
            Some(KeyFigureId::OfficersPerThousand)
        }
        Unit::Rate => Some(KeyFigureId::VictimBasedCrimes),
        _ => return None,
    };
    value.is_finite().then_some(Reading {
        value,
        unit,
        national,
        id,
    })
}

/// The first number in the line ("1,442", "0.757") and the text after it.
fn number(text: &str) -> Option<(f64, &str)> {
    let (start, _) = text.char_indices().find(|(_, c)| c.is_ascii_digit())?;
    let from = text.get(start..)?;
    let end = from
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == ','))
        .map_or(from.len(), |(i, _)| i);
    let digits = from.get(..end)?.trim_end_matches(['.', ',']);
    // A "." or "," after the digits ends the sentence, not the number.
    let after = from.get(digits.len()..)?;
    let cleaned: String = digits.chars().filter(|c| *c != ',').collect();
    let value: f64 = cleaned.parse().ok()?;
    value.is_finite().then_some((value, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_figure_by_its_words() {
        let id = |t: &str| read(t).and_then(|r| r.id);
        assert_eq!(id("914 square miles"), Some(KeyFigureId::ForceArea));
        assert_eq!(id("0.757m people"), Some(KeyFigureId::Population));
        assert_eq!(
            id("up10% local 10 yr change"),
            Some(KeyFigureId::PopulationChange)
        );
        assert_eq!(
            id("88% frontline police officers"),
            Some(KeyFigureId::FrontlineOfficers)
        );
        assert_eq!(
            id("3.02 per 1000 population"),
            Some(KeyFigureId::OfficersPerThousand)
        );
        assert_eq!(
            id("down10% 10yr change in local workforce"),
            Some(KeyFigureId::WorkforceChange)
        );
        assert_eq!(id("0.07 per person"), Some(KeyFigureId::VictimBasedCrimes));
        assert_eq!(
            id("up14% Local 5 year trend"),
            Some(KeyFigureId::VictimBasedCrimesTrend)
        );
        assert_eq!(
            id("50p per person per day local"),
            Some(KeyFigureId::CostPerPersonPerDay)
        );
        assert_eq!(
            read("down10% 10yr change in local workforce").map(|r| r.value),
            Some(-10.0)
        );
        assert_eq!(read("1,442 square miles").map(|r| r.value), Some(1442.0));
        assert_eq!(
            read("down5% 10yr national change").map(|r| (r.national, r.unit)),
            Some((true, Unit::Change(Some(10))))
        );
        assert_eq!(read("Force Area"), None);
        assert_eq!(read("1.2.3 square miles"), None);
    }
}
