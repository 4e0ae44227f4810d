//! Key facts against the national level: each figure in words with its unit, the difference from
//! England and Wales in words, and the geometry of a pair of bars (force, national).
//!
//! Decisions:
//! - Figures are shown as published (at most three decimals, trailing zeros dropped): `3.02`,
//!   `0.757`, `914`. Pence of 100 or more are written in pounds (`£1.05`).
//! - A level (officers, crimes, cost) is compared as a relative difference computed from the two
//!   published figures, `(force − national) / national`, rounded half away from zero to a whole
//!   per cent (3.02 against 3.69 is 18.2% fewer: "18% fewer"). A difference that rounds to 0%
//!   but is not zero says "less than 1%". Figures published with one significant digit (0.07
//!   against 0.06) give a coarse percentage; it is still the honest arithmetic of what is held.
//! - Countable things are "fewer" or "more"; money "less" or "more".
//! - A share (per cent of officers in frontline roles) is compared in percentage points, to at
//!   most one decimal: "4 percentage points below the national 92%".
//! - Changes and trends are signed values side by side, not differenced: "+14% over 5 years,
//!   against +9% nationally". Negative numbers use the minus sign U+2212 (see [`super::words`]).
//! - Equal values say "the same as the national …".
//! - A value that is not a finite number (never in the data) is treated as not held.

use crate::report::{KeyFacts, KeyFigure, KeyFigureId, Unit};

use crate::numbers::{MINUS, format_number, format_signed, round_to};

/// Decimals kept when writing a figure (the pages publish at most three).
const DECIMALS: usize = 3;

/// How the force's figure stands against the national level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
    Same,
}

impl Direction {
    /// A word for a table cell or an icon's text alternative.
    pub fn word(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
            Direction::Same => "the same",
        }
    }
}

/// One bar of a pair, as fractions of the drawing's width: it starts at `start` and is `length`
/// long. Both are in `0.0..=1.0` and never NaN.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub start: f64,
    pub length: f64,
}

/// Two bars on one shared scale, so both fit: the force's and the national level.
/// `zero` is where the value 0 lies (0.0 unless a value is negative, as changes can be);
/// a bar for a negative value ends at `zero`, a bar for a positive one starts there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarPair {
    pub force: Bar,
    pub national: Bar,
    pub zero: f64,
}

/// A key figure in words, ready to show beside (or instead of) its bars.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureText {
    pub id: KeyFigureId,
    /// `Police officers per 1,000 population`.
    pub label: &'static str,
    /// The force's figure with its unit: `3.02 officers per 1,000 people`.
    pub value: String,
    /// The national level with the same unit, where the page gives one: `3.69 officers per 1,000 people`.
    pub national: Option<String>,
    /// The difference alone, for a table cell: `18% fewer`, `4 percentage points below`,
    /// `the same`. `None` without a national level, and for changes (compared side by side).
    pub difference: Option<String>,
    /// The whole statement: `3.02 officers per 1,000 people, 18% fewer than the national 3.69`;
    /// just `value` when there is no national level.
    pub sentence: String,
    pub direction: Option<Direction>,
    /// Bars for the force and national values; `None` without a national level.
    pub bars: Option<BarPair>,
}

/// The figure with its unit, as a reader says it: `3.02 officers per 1,000 people`,
/// `88% of police officers in frontline roles`, `50p per person per day`, `914 square miles`,
/// `0.757 million people`, `+14% over 5 years`.
pub fn format_value(id: KeyFigureId, value: f64) -> String {
    let n = format_number(value, DECIMALS);
    match id {
        KeyFigureId::ForceArea if n == "1" => "1 square mile".to_owned(),
        KeyFigureId::ForceArea => format!("{n} square miles"),
        KeyFigureId::Population => format!("{n} million people"),
        KeyFigureId::FrontlineOfficers => format!("{n}% of police officers in frontline roles"),
        KeyFigureId::OfficersPerThousand => format!("{n} officers per 1,000 people"),
        KeyFigureId::VictimBasedCrimes => format!("{n} victim-based crimes per person"),
        KeyFigureId::CostPerPersonPerDay => format!("{} per person per day", money(value)),
        KeyFigureId::PopulationChange
        | KeyFigureId::WorkforceChange
        | KeyFigureId::VictimBasedCrimesTrend => {
            let years = id
                .change_years()
                .map_or(String::new(), |y| format!(" over {y} years"));
            format!("{}%{years}", format_signed(value, DECIMALS))
        }
    }
}

/// The national level as it follows "the national": `3.69`, `59p`, `92%`, `+9%`.
fn national_short(id: KeyFigureId, value: f64) -> String {
    match id.unit() {
        Unit::SquareMiles => format!("{} square miles", format_number(value, DECIMALS)),
        Unit::MillionPeople => format!("{} million", format_number(value, DECIMALS)),
        Unit::Percent => format!("{}%", format_number(value, DECIMALS)),
        Unit::PercentChange => format!("{}%", format_signed(value, DECIMALS)),
        Unit::PerThousandPopulation | Unit::PerPerson => format_number(value, DECIMALS),
        Unit::PencePerPersonPerDay => money(value),
    }
}

/// Pence as written on the pages (`50p`), or pounds from 100p (`£1.05`, `£2`).
fn money(pence: f64) -> String {
    if !pence.is_finite() || pence.abs() < 100.0 {
        return format!("{}p", format_number(pence, 2));
    }
    let pounds = format_number(pence / 100.0, 2);
    let sign_free = pounds.trim_start_matches(MINUS);
    let sign = if pounds.len() != sign_free.len() {
        MINUS.to_string()
    } else {
        String::new()
    };
    match sign_free.split_once('.') {
        Some((_, frac)) if frac.len() == 1 => format!("{sign}£{sign_free}0"),
        _ => format!("{sign}£{sign_free}"),
    }
}

/// More and less, in the words that suit what is counted.
fn more_less(id: KeyFigureId) -> (&'static str, &'static str) {
    match id.unit() {
        Unit::PencePerPersonPerDay => ("more", "less"),
        Unit::SquareMiles => ("larger", "smaller"),
        _ => ("more", "fewer"),
    }
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The figure in words against its national level (where held), with bars.
/// `None` if the figure's value is not a finite number.
pub fn describe_figure(figure: &KeyFigure) -> Option<FigureText> {
    let id = figure.id;
    let value = figure.value;
    if !value.is_finite() {
        return None;
    }
    let national = figure.national.filter(|n| n.is_finite());
    let text = format_value(id, value);
    let Some(nat) = national else {
        return Some(FigureText {
            id,
            label: id.label(),
            value: text.clone(),
            national: None,
            difference: None,
            sentence: text,
            direction: None,
            bars: None,
        });
    };
    let direction = if same(value, nat) {
        Direction::Same
    } else if value > nat {
        Direction::Higher
    } else {
        Direction::Lower
    };
    let nat_short = national_short(id, nat);
    let (difference, comparison) = match id.unit() {
        Unit::PercentChange => {
            let comparison = if direction == Direction::Same {
                format!("the same as the national {nat_short}")
            } else {
                format!("against {nat_short} nationally")
            };
            (None, comparison)
        }
        Unit::Percent => {
            let points = round_to((value - nat).abs(), 1);
            let difference = match direction {
                Direction::Same => "the same".to_owned(),
                _ => {
                    let shown = if points == 0.0 { 0.1 } else { points };
                    let unit = if shown == 1.0 {
                        "percentage point"
                    } else {
                        "percentage points"
                    };
                    let less_than = if points == 0.0 { "less than " } else { "" };
                    let side = if direction == Direction::Higher {
                        "above"
                    } else {
                        "below"
                    };
                    format!("{less_than}{} {unit} {side}", format_number(shown, 1))
                }
            };
            let comparison = if direction == Direction::Same {
                format!("the same as the national {nat_short}")
            } else {
                format!("{difference} the national {nat_short}")
            };
            (Some(difference), comparison)
        }
        _ => {
            let (more, less) = more_less(id);
            let word = if direction == Direction::Higher {
                more
            } else {
                less
            };
            match direction {
                Direction::Same => (
                    Some("the same".to_owned()),
                    format!("the same as the national {nat_short}"),
                ),
                _ if nat == 0.0 => (None, format!("against the national {nat_short}")),
                _ => {
                    let percent = round_to(((value - nat) / nat.abs() * 100.0).abs(), 0);
                    let difference = if percent == 0.0 {
                        format!("less than 1% {word}")
                    } else {
                        format!("{}% {word}", format_number(percent, 0))
                    };
                    let comparison = format!("{difference} than the national {nat_short}");
                    (Some(difference), comparison)
                }
            }
        }
    };
    Some(FigureText {
        id,
        label: id.label(),
        sentence: format!("{text}, {comparison}"),
        value: text,
        national: Some(format_value(id, nat)),
        difference,
        direction: Some(direction),
        bars: Some(bar_pair(value, nat)),
    })
}

/// Every figure of a key facts block, in the page's order; figures that are not numbers are left out.
pub fn describe_key_facts(facts: &KeyFacts) -> Vec<FigureText> {
    facts.figures.iter().filter_map(describe_figure).collect()
}

/// Bars for a pair of values on one scale from `min(0, a, b)` to `max(0, a, b)`, so both fit and
/// both start at zero. Values that are not finite, and a pair of zeros, give empty bars.
pub fn bar_pair(force: f64, national: f64) -> BarPair {
    let clean = |v: f64| if v.is_finite() { v } else { 0.0 };
    let (force, national) = (clean(force), clean(national));
    let low = force.min(national).min(0.0);
    let high = force.max(national).max(0.0);
    let span = high - low;
    if !span.is_finite() || span <= 0.0 {
        let empty = Bar {
            start: 0.0,
            length: 0.0,
        };
        return BarPair {
            force: empty,
            national: empty,
            zero: 0.0,
        };
    }
    let fraction = |v: f64| {
        let f = v / span;
        if f.is_finite() { f.clamp(0.0, 1.0) } else { 0.0 }
    };
    let zero = fraction(-low);
    let bar = |v: f64| {
        let length = fraction(v.abs());
        let start = if v < 0.0 { zero - length } else { zero };
        Bar {
            start: start.clamp(0.0, 1.0),
            length: length.min(1.0 - start.clamp(0.0, 1.0)),
        }
    };
    BarPair {
        force: bar(force),
        national: bar(national),
        zero,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn figure(id: KeyFigureId, value: f64, national: Option<f64>) -> KeyFigure {
        KeyFigure {
            id,
            value,
            national,
            text: String::new(),
            national_text: None,
        }
    }

    /// Northamptonshire's key facts as its 2016 PEEL page publishes them (from the fixture).
    pub(crate) fn northamptonshire_2016() -> KeyFacts {
        crate::fixture::Fixture::load().key_facts().clone()
    }

    #[test]
    fn northamptonshire_2016_in_words() {
        let facts = northamptonshire_2016();
        let lines: Vec<String> = describe_key_facts(&facts)
            .into_iter()
            .map(|f| f.sentence)
            .collect();
        assert_eq!(
            lines,
            [
                "914 square miles",
                "0.757 million people",
                "+10% over 10 years",
                "88% of police officers in frontline roles, 4 percentage points below the national 92%",
                "3.02 officers per 1,000 people, 18% fewer than the national 3.69",
                "\u{2212}10% over 10 years, against \u{2212}5% nationally",
                "0.07 victim-based crimes per person, 17% more than the national 0.06",
                "+14% over 5 years, against +9% nationally",
                "50p per person per day, 15% less than the national 59p",
            ]
        );
        let officers = describe_figure(&facts.figures[4]).unwrap();
        assert_eq!(officers.value, "3.02 officers per 1,000 people");
        assert_eq!(
            officers.national.as_deref(),
            Some("3.69 officers per 1,000 people")
        );
        assert_eq!(officers.difference.as_deref(), Some("18% fewer"));
        assert_eq!(officers.direction, Some(Direction::Lower));
        assert_eq!(officers.label, "Police officers per 1,000 population");
        let bars = officers.bars.unwrap();
        assert_eq!(bars.national.length, 1.0);
        assert!((bars.force.length - 3.02 / 3.69).abs() < 1e-12);
        assert_eq!(bars.zero, 0.0);

        let frontline = describe_figure(&facts.figures[3]).unwrap();
        assert_eq!(frontline.difference.as_deref(), Some("4 percentage points below"));
        let crimes = describe_figure(&facts.figures[6]).unwrap();
        assert_eq!(crimes.direction, Some(Direction::Higher));
        assert_eq!(crimes.difference.as_deref(), Some("17% more"));
        let workforce = describe_figure(&facts.figures[5]).unwrap();
        assert_eq!(workforce.difference, None);
        assert_eq!(workforce.direction, Some(Direction::Lower));
        assert_eq!(workforce.national.as_deref(), Some("\u{2212}5% over 10 years"));
        // Both negative: the scale runs from −10 to 0, the national bar is half as long.
        let bars = workforce.bars.unwrap();
        assert_eq!(bars.zero, 1.0);
        assert_eq!(
            bars.force,
            Bar {
                start: 0.0,
                length: 1.0
            }
        );
        assert_eq!(
            bars.national,
            Bar {
                start: 0.5,
                length: 0.5
            }
        );
        let area = describe_figure(&facts.figures[0]).unwrap();
        assert_eq!(area.bars, None);
        assert_eq!(area.direction, None);
        assert_eq!(area.national, None);
    }

    #[test]
    fn values_carry_their_units() {
        assert_eq!(format_value(KeyFigureId::ForceArea, 1442.0), "1,442 square miles");
        assert_eq!(format_value(KeyFigureId::ForceArea, 1.0), "1 square mile");
        assert_eq!(format_value(KeyFigureId::Population, 1.5), "1.5 million people");
        assert_eq!(
            format_value(KeyFigureId::CostPerPersonPerDay, 50.0),
            "50p per person per day"
        );
        assert_eq!(
            format_value(KeyFigureId::CostPerPersonPerDay, 105.0),
            "£1.05 per person per day"
        );
        assert_eq!(
            format_value(KeyFigureId::CostPerPersonPerDay, 150.0),
            "£1.50 per person per day"
        );
        assert_eq!(
            format_value(KeyFigureId::CostPerPersonPerDay, 200.0),
            "£2 per person per day"
        );
        assert_eq!(
            format_value(KeyFigureId::CostPerPersonPerDay, 49.5),
            "49.5p per person per day"
        );
        assert_eq!(
            format_value(KeyFigureId::WorkforceChange, 0.0),
            "0% over 10 years"
        );
        assert_eq!(
            format_value(KeyFigureId::VictimBasedCrimesTrend, -3.5),
            "\u{2212}3.5% over 5 years"
        );
    }

    #[test]
    fn equal_and_tiny_differences_are_said_plainly() {
        let same = describe_figure(&figure(KeyFigureId::OfficersPerThousand, 3.69, Some(3.69))).unwrap();
        assert_eq!(
            same.sentence,
            "3.69 officers per 1,000 people, the same as the national 3.69"
        );
        assert_eq!(same.direction, Some(Direction::Same));
        assert_eq!(same.difference.as_deref(), Some("the same"));
        let share = describe_figure(&figure(KeyFigureId::FrontlineOfficers, 92.0, Some(92.0))).unwrap();
        assert_eq!(
            share.sentence,
            "92% of police officers in frontline roles, the same as the national 92%"
        );
        let trend = describe_figure(&figure(KeyFigureId::VictimBasedCrimesTrend, 9.0, Some(9.0))).unwrap();
        assert_eq!(trend.sentence, "+9% over 5 years, the same as the national +9%");
        let tiny = describe_figure(&figure(KeyFigureId::OfficersPerThousand, 3.70, Some(3.69))).unwrap();
        assert_eq!(tiny.difference.as_deref(), Some("less than 1% more"));
        let one_point = describe_figure(&figure(KeyFigureId::FrontlineOfficers, 93.0, Some(92.0))).unwrap();
        assert_eq!(
            one_point.sentence,
            "93% of police officers in frontline roles, 1 percentage point above the national 92%"
        );
        let half = describe_figure(&figure(KeyFigureId::FrontlineOfficers, 88.5, Some(92.0))).unwrap();
        assert_eq!(half.difference.as_deref(), Some("3.5 percentage points below"));
        let sliver = describe_figure(&figure(KeyFigureId::FrontlineOfficers, 92.01, Some(92.0))).unwrap();
        assert_eq!(
            sliver.difference.as_deref(),
            Some("less than 0.1 percentage points above")
        );
        let costly = describe_figure(&figure(KeyFigureId::CostPerPersonPerDay, 118.0, Some(59.0))).unwrap();
        assert_eq!(
            costly.sentence,
            "£1.18 per person per day, 100% more than the national 59p"
        );
    }

    #[test]
    fn odd_values_never_panic_or_mislead() {
        assert_eq!(
            describe_figure(&figure(KeyFigureId::Population, f64::NAN, None)),
            None
        );
        let no_national = describe_figure(&figure(
            KeyFigureId::OfficersPerThousand,
            3.0,
            Some(f64::INFINITY),
        ))
        .unwrap();
        assert_eq!(no_national.national, None);
        assert_eq!(no_national.sentence, "3 officers per 1,000 people");
        let zero = describe_figure(&figure(KeyFigureId::OfficersPerThousand, 3.0, Some(0.0))).unwrap();
        assert_eq!(
            zero.sentence,
            "3 officers per 1,000 people, against the national 0"
        );
        assert_eq!(zero.difference, None);
        assert_eq!(zero.direction, Some(Direction::Higher));
        let big = describe_figure(&figure(KeyFigureId::OfficersPerThousand, 1e300, Some(1e-300))).unwrap();
        assert!(big.sentence.contains("more than the national"));
        for (a, b) in [
            (0.0, 0.0),
            (f64::NAN, 1.0),
            (1.0, f64::NEG_INFINITY),
            (f64::MAX, -f64::MAX),
            (-3.0, 5.0),
            (1e-300, 0.0),
        ] {
            let bars = bar_pair(a, b);
            for v in [
                bars.zero,
                bars.force.start,
                bars.force.length,
                bars.national.start,
                bars.national.length,
            ] {
                assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{a} {b}: {bars:?}");
            }
            assert!(bars.force.start + bars.force.length <= 1.0 + 1e-12);
        }
        assert_eq!(bar_pair(0.0, 0.0).force.length, 0.0);
    }

    #[test]
    fn bars_of_mixed_signs_meet_at_zero() {
        let bars = bar_pair(-3.0, 5.0);
        assert!((bars.zero - 3.0 / 8.0).abs() < 1e-12);
        assert!((bars.force.start - 0.0).abs() < 1e-12);
        assert!((bars.force.length - 3.0 / 8.0).abs() < 1e-12);
        assert!((bars.national.start - 3.0 / 8.0).abs() < 1e-12);
        assert!((bars.national.length - 5.0 / 8.0).abs() < 1e-12);
        let bars = bar_pair(50.0, 59.0);
        assert_eq!(
            bars.national,
            Bar {
                start: 0.0,
                length: 1.0
            }
        );
        assert!((bars.force.length - 50.0 / 59.0).abs() < 1e-12);
    }
}
