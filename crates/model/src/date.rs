//! A calendar date, as the pages write it (`02/03/2017`, day first) and as JSON keeps it (`2017-03-02`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `March` for 3; an empty name for a month that does not exist.
pub fn month_name(month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("")
}

impl Date {
    /// A real date or nothing: 31/02/2017 is refused.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1900 && (1..=days_in_month).contains(&day)).then_some(Date { year, month, day })
    }

    /// `02/03/2017` (UK order: day, month, year).
    pub fn parse_uk(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('/');
        let day = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let year = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Date::new(year, month, day)
    }

    /// `2017-03-02`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Date::new(year, month, day)
    }

    /// `2 March 2017`, as GOV.UK writes dates.
    pub fn long(self) -> String {
        format!("{} {} {}", self.day, month_name(self.month), self.year)
    }

    /// The day's number counted from 1 January 1970 (negative before it), so that days can be
    /// subtracted and spaced on a drawing.
    pub fn day_number(self) -> i64 {
        // Days from the civil calendar, counting years from March so that a leap day is a
        // year's last (H. Hinnant's algorithm).
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse_iso(&text).ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_uk_dates_and_refuses_impossible_ones() {
        assert_eq!(Date::parse_uk("02/03/2017"), Date::new(2017, 3, 2));
        assert_eq!(Date::parse_uk("31/02/2017"), None);
        assert_eq!(
            Date::parse_uk("29/02/2016").map(|d| d.to_string()),
            Some("2016-02-29".into())
        );
        assert_eq!(Date::parse_uk("2/3"), None);
        assert_eq!(Date::new(2017, 3, 2).unwrap().long(), "2 March 2017");
    }

    #[test]
    fn day_numbers_count_days_across_months_and_leap_years() {
        let day = |text: &str| Date::parse_iso(text).unwrap().day_number();
        assert_eq!(day("1970-01-01"), 0);
        assert_eq!(day("1969-12-31"), -1);
        assert_eq!(day("2000-03-01") - day("2000-02-28"), 2);
        assert_eq!(day("2019-03-01") - day("2019-02-28"), 1);
        assert_eq!(day("2025-10-31") - day("2019-01-01"), 2495);
    }
}
