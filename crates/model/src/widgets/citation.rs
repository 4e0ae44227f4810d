//! "Cite this page": the page's title, address, the date of the data, its official source and
//! the licence, as plain text a journalist can paste.

use crate::date::Date;

/// The name of the licence PEEL material is reused under.
pub const LICENCE: &str = "Open Government Licence v3.0";

/// The licence's page.
pub const LICENCE_URL: &str = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/// The credit line to use where the data or a view of it is reused (with the data's date
/// after it, where known).
pub const CREDIT_LINE: &str = "PEEL Explorer, data: HMICFRS, Open Government Licence v3.0";

/// The attribution the licence asks for.
pub const LICENCE_LINE: &str =
    "Contains public sector information licensed under the Open Government Licence v3.0.";

/// The citation, one fact a line:
///
/// ```text
/// Kent Police, PEEL 2016. PEEL Explorer. https://example.org/force/kent/2016/
/// Data last changed: 2 March 2025.
/// Source: https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/kent/
/// Contains public sector information licensed under the Open Government Licence v3.0.
/// ```
///
/// `address` is the page's address as the reader sees it (absolute where known); a date not
/// recorded is said so, never guessed.
pub fn citation(title: &str, address: &str, data_date: Option<Date>, source_url: &str) -> String {
    let title = title.trim().trim_end_matches('.');
    let date = match data_date {
        Some(date) => format!("Data last changed: {}.", date.long()),
        None => "Date of the data: not recorded.".to_owned(),
    };
    format!(
        "{title}. PEEL Explorer. {}\n{date}\nSource: {}\n{LICENCE_LINE}",
        address.trim(),
        source_url.trim()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_fact_a_line() {
        let text = citation(
            "Kent Police, PEEL 2016",
            "https://example.org/force/kent/2016/",
            Date::new(2025, 3, 2),
            "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/kent/",
        );
        assert_eq!(
            text,
            "Kent Police, PEEL 2016. PEEL Explorer. https://example.org/force/kent/2016/\n\
             Data last changed: 2 March 2025.\n\
             Source: https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/kent/\n\
             Contains public sector information licensed under the Open Government Licence v3.0."
        );
        assert!(LICENCE_LINE.contains(LICENCE));
    }

    #[test]
    fn an_unknown_date_is_said_and_a_title_is_not_stopped_twice() {
        let text = citation(
            "Kent Police, PEEL 2016: Effectiveness - good.",
            "/force/kent/2016/effectiveness/",
            None,
            "https://example.org/",
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "Kent Police, PEEL 2016: Effectiveness - good. PEEL Explorer. /force/kent/2016/effectiveness/"
        );
        assert_eq!(lines[1], "Date of the data: not recorded.");
        assert_eq!(lines.len(), 4);
    }
}
