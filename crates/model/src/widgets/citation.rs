//! "Cite this page": the page's title, address, the date of the data, its official source and
//! the licence, as plain text a journalist can paste.

use crate::date::Date;
use crate::widgets::footnotes::{Footnote, Footnotes};
use crate::wording::join_and;

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
    citation_with(
        title,
        address,
        data_date,
        &format!("Source: {}", source_url.trim()),
    )
}

/// The citation of a page whose facts rest on `sources` (its numbered footnotes): each source
/// with its number, publisher and address, on the source line ([`sources_line`]). A page with no
/// source listed names `fallback_url`, its official page.
pub fn citation_of_sources(
    title: &str,
    address: &str,
    data_date: Option<Date>,
    sources: &Footnotes,
    fallback_url: &str,
) -> String {
    match sources_line(sources) {
        Some(line) => citation_with(title, address, data_date, &line),
        None => citation(title, address, data_date, fallback_url),
    }
}

/// The source line naming `sources` with their publishers: `Source: Kent Online, https://…` for
/// one; `Sources: [1] Kent Online, https://…; [2] HMICFRS, https://…` for several; `None` for
/// none.
pub fn sources_line(sources: &Footnotes) -> Option<String> {
    let named = |source: &Footnote| format!("{}, {}", source.publisher, source.url.trim());
    match sources.sources.as_slice() {
        [] => None,
        [one] => Some(format!("Source: {}", named(one))),
        _ => Some(format!(
            "Sources: {}",
            sources
                .numbered()
                .map(|(number, source)| format!("[{number}] {}", named(source)))
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

/// The source line of a view whose facts rest on too many pages to list: their `publishers`
/// by name, and `listed`, where each page is listed: `Sources: HMICFRS and Kent Online (each
/// grade's page is in the download)`; `None` for no publisher.
pub fn publishers_line(publishers: &[String], listed: &str) -> Option<String> {
    let label = match publishers {
        [] => return None,
        [_] => "Source",
        _ => "Sources",
    };
    Some(format!("{label}: {} ({listed})", join_and(publishers)))
}

/// The citation with its source line written by the caller, one fact a line as [`citation`]
/// writes them.
pub fn citation_with(title: &str, address: &str, data_date: Option<Date>, source_line: &str) -> String {
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
    fn a_view_on_many_pages_names_their_publishers_and_where_each_page_is_listed() {
        let names = |list: &[&str]| list.iter().map(|name| name.to_string()).collect::<Vec<_>>();
        assert_eq!(publishers_line(&[], "listed below"), None);
        assert_eq!(
            publishers_line(&names(&["HMICFRS"]), "listed below").as_deref(),
            Some("Source: HMICFRS (listed below)")
        );
        assert_eq!(
            publishers_line(&names(&["HMICFRS", "Kent Online", "BBC News"]), "listed below").as_deref(),
            Some("Sources: HMICFRS, Kent Online and BBC News (listed below)")
        );
        let text = citation_with(
            "PEEL 2016: grades of every force.",
            "/round/2016/?grade=good",
            None,
            "Source: HMICFRS (listed below)",
        );
        assert_eq!(
            text,
            "PEEL 2016: grades of every force. PEEL Explorer. /round/2016/?grade=good\n\
             Date of the data: not recorded.\n\
             Source: HMICFRS (listed below)\n\
             Contains public sector information licensed under the Open Government Licence v3.0."
        );
        assert_eq!(sources_line(&Footnotes::default()), None);
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
