//! "Cite this page": the page's title, address, the date of the data, its official source and
//! the licence, as plain text a journalist can paste.

use crate::date::Date;
use crate::widgets::footnotes::{Footnote, Footnotes};

/// The name of the licence PEEL material is reused under.
pub const LICENCE: &str = "Open Government Licence v3.0";

/// The licence's page.
pub const LICENCE_URL: &str = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/// The credit line to use where the data or a view of it is reused (with the data's date
/// after it, where known): [`CREDIT_SITE`], [`CREDIT_DATA`] and [`LICENCE`], as an embed writes
/// it with the site's name linked.
pub const CREDIT_LINE: &str = "PEEL Explorer, data: HMICFRS, Open Government Licence v3.0";

/// The credit line's first words, naming the site.
pub const CREDIT_SITE: &str = "PEEL Explorer";

/// The credit line's words between the site and the licence's name.
pub const CREDIT_DATA: &str = ", data: HMICFRS, ";

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
    lines(
        title,
        address,
        data_date,
        &format!("Source: {}", source_url.trim()),
    )
}

/// The citation of a page whose facts rest on `sources` (its numbered footnotes): each source
/// with its number, publisher and address, on the source line (`Source: Kent Online, https://…`
/// for one; `Sources: [1] Kent Online, https://…; [2] HMICFRS, https://…` for several). A page
/// with no source listed names `fallback_url`, its official page.
pub fn citation_of_sources(
    title: &str,
    address: &str,
    data_date: Option<Date>,
    sources: &Footnotes,
    fallback_url: &str,
) -> String {
    let named = |source: &Footnote| format!("{}, {}", source.publisher, source.url.trim());
    let line = match sources.sources.as_slice() {
        [] => return citation(title, address, data_date, fallback_url),
        [one] => format!("Source: {}", named(one)),
        _ => format!(
            "Sources: {}",
            sources
                .numbered()
                .map(|(number, source)| format!("[{number}] {}", named(source)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    };
    lines(title, address, data_date, &line)
}

fn lines(title: &str, address: &str, data_date: Option<Date>, source_line: &str) -> String {
    let title = title.trim().trim_end_matches('.');
    let date = match data_date {
        Some(date) => format!("Data last changed: {}.", date.long()),
        None => "Date of the data: not recorded.".to_owned(),
    };
    format!(
        "{title}. PEEL Explorer. {}\n{date}\n{source_line}\n{LICENCE_LINE}",
        address.trim()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_credit_line_is_its_parts() {
        assert_eq!(format!("{CREDIT_SITE}{CREDIT_DATA}{LICENCE}"), CREDIT_LINE);
    }

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
    fn a_page_cites_the_sources_its_grades_rest_on_with_their_publishers() {
        let footnote = |publisher: &str, url: &str| Footnote {
            url: url.to_owned(),
            publisher: publisher.to_owned(),
        };
        let official = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent/";
        let news = Footnotes {
            sources: vec![footnote(
                "Kent Online",
                "https://www.kentonline.co.uk/kent/news/peel-123/",
            )],
        };
        let text = citation_of_sources(
            "Kent Police, PEEL 2021/22",
            "/force/kent/2021-22/",
            None,
            &news,
            official,
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[2],
            "Source: Kent Online, https://www.kentonline.co.uk/kent/news/peel-123/"
        );
        assert!(!text.contains("HMICFRS"), "HMICFRS only where it is the source");
        let two = Footnotes {
            sources: vec![news.sources[0].clone(), footnote("HMICFRS", official)],
        };
        let text = citation_of_sources(
            "Kent Police, PEEL 2021/22",
            "/force/kent/2021-22/",
            None,
            &two,
            official,
        );
        assert_eq!(
            text.lines().nth(2).unwrap(),
            format!(
                "Sources: [1] Kent Online, https://www.kentonline.co.uk/kent/news/peel-123/; [2] HMICFRS, {official}"
            )
        );
        let none = citation_of_sources(
            "Kent Police, PEEL 2021/22",
            "/x/",
            None,
            &Footnotes::default(),
            official,
        );
        assert_eq!(none.lines().nth(2).unwrap(), format!("Source: {official}"));
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
