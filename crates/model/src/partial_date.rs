//! A date as precise as its source gave it: a year (`2019`), a month (`2022-06`) or a day
//! (`2024-12-06`). Never padded to a day the source did not give: "June 2022" stays a month.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

use crate::date::{Date, month_name};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Year(u16),
    Month { year: u16, month: u8 },
    Day(Date),
}

/// Where a day falls against a [`PartialDate`]: the date covers a span of days (a year, a
/// month or one day), and a day can be before it, inside it or after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Within {
    Before,
    Inside,
    After,
}

impl PartialDate {
    /// `2019`, `2022-06` or `2024-12-06`; anything else (`2022-6`, `June 2022`, `2022-02-30`)
    /// is refused.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize| -> Option<u16> {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            [year] => {
                let year = number(year, 4)?;
                (year >= 1900).then_some(PartialDate::Year(year))
            }
            [year, month] => {
                let (year, month) = (number(year, 4)?, number(month, 2)?);
                // Any day of the month makes it a real month.
                Date::new(year, u8::try_from(month).ok()?, 1)?;
                Some(PartialDate::Month {
                    year,
                    month: month as u8,
                })
            }
            [year, month, day] => {
                let date = Date::new(
                    number(year, 4)?,
                    u8::try_from(number(month, 2)?).ok()?,
                    u8::try_from(number(day, 2)?).ok()?,
                )?;
                Some(PartialDate::Day(date))
            }
            _ => None,
        }
    }

    /// The first day the date can mean.
    pub fn first_day(self) -> Date {
        match self {
            PartialDate::Year(year) => Date {
                year,
                month: 1,
                day: 1,
            },
            PartialDate::Month { year, month } => Date { year, month, day: 1 },
            PartialDate::Day(date) => date,
        }
    }

    /// The last day the date can mean.
    pub fn last_day(self) -> Date {
        match self {
            PartialDate::Year(year) => Date {
                year,
                month: 12,
                day: 31,
            },
            PartialDate::Month { year, month } => {
                let day = (28..=31)
                    .rev()
                    .find(|day| Date::new(year, month, *day).is_some())
                    .unwrap_or(28);
                Date { year, month, day }
            }
            PartialDate::Day(date) => date,
        }
    }

    /// Whether `day` is before, inside or after the span of days this date stands for.
    pub fn place_of(self, day: Date) -> Within {
        if day < self.first_day() {
            Within::Before
        } else if day > self.last_day() {
            Within::After
        } else {
            Within::Inside
        }
    }

    /// As a reader reads it: "2019", "June 2022", "6 December 2024".
    pub fn words(self) -> String {
        match self {
            PartialDate::Year(year) => year.to_string(),
            PartialDate::Month { year, month } => format!("{} {year}", month_name(month)),
            PartialDate::Day(date) => date.long(),
        }
    }

    /// Whether the date names a day (rather than only a month or a year).
    pub fn is_day(self) -> bool {
        matches!(self, PartialDate::Day(_))
    }
}

/// Ordered by the first day each can mean; of two that begin on the same day, the wider first
/// (2022, then June 2022, then 1 June 2022), so a sorted list reads from the vaguest.
impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then_with(|| other.last_day().cmp(&self.last_day()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    /// As in the data: `2019`, `2022-06`, `2024-12-06`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(year) => write!(f, "{year:04}"),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PartialDate::Day(date) => write!(f, "{date}"),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PartialDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a year, month or day")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_forms_and_nothing_else() {
        assert_eq!(PartialDate::parse("2019"), Some(PartialDate::Year(2019)));
        assert_eq!(
            PartialDate::parse("2022-06"),
            Some(PartialDate::Month { year: 2022, month: 6 })
        );
        assert_eq!(
            PartialDate::parse("2024-12-06"),
            Date::new(2024, 12, 6).map(PartialDate::Day)
        );
        for bad in [
            "",
            "19",
            "2022-6",
            "2022-13",
            "2022-02-30",
            "June 2022",
            "2022/06",
            "2022-06-",
            "20x9",
            "2022-06-06-01",
            "+2019",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn keeps_its_precision_in_words_and_in_json() {
        for (text, words) in [
            ("2019", "2019"),
            ("2022-06", "June 2022"),
            ("2024-12-06", "6 December 2024"),
        ] {
            let date = PartialDate::parse(text).unwrap();
            assert_eq!(date.words(), words);
            assert_eq!(date.to_string(), text);
            let json = serde_json::to_string(&date).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), date);
        }
    }

    #[test]
    fn a_day_is_placed_against_the_span_the_date_stands_for() {
        let june = PartialDate::parse("2022-06").unwrap();
        let day = |text: &str| Date::parse_iso(text).unwrap();
        assert_eq!(june.place_of(day("2022-05-31")), Within::Before);
        assert_eq!(june.place_of(day("2022-06-01")), Within::Inside);
        assert_eq!(june.place_of(day("2022-06-30")), Within::Inside);
        assert_eq!(june.place_of(day("2022-07-01")), Within::After);
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().last_day(),
            day("2024-02-29")
        );
        assert_eq!(PartialDate::Year(2019).last_day(), day("2019-12-31"));
    }

    #[test]
    fn orders_by_first_day_wider_first() {
        let mut dates: Vec<PartialDate> = ["2022-06-28", "2022-06", "2022", "2021-12"]
            .iter()
            .map(|t| PartialDate::parse(t).unwrap())
            .collect();
        dates.sort();
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["2021-12", "2022", "2022-06", "2022-06-28"]);
    }
}
