//! "Cite this page" for a national table: its title and state, and the publishers its grades
//! were read from (each grade's own page is too many to list; the downloads list them).

use crate::publishers::{Publisher, publisher_name};
use crate::route::TableState;
use crate::widgets::citation::{citation_with, publishers_line};

use super::{RoundTableRow, RoundTableView};

impl RoundTableView {
    /// "Cite this page" for the table in `state` at `address` (the address as the reader sees
    /// it, with its query): the title, and the table's description of the state where it is not
    /// the table as it first shows; the publishers the round's grades were read from, as each
    /// grade's own page is too many to list.
    pub fn citation(&self, state: &TableState, address: &str) -> String {
        let state = state.normalise(self);
        let title = if state == TableState::default() {
            self.title()
        } else {
            format!(
                "{}. {}",
                self.title(),
                state.describe(self, state.rows(self).len())
            )
        };
        let sources =
            publishers_line(&self.source_publishers, SOURCES_LISTED).unwrap_or_else(|| NO_SOURCES.to_owned());
        citation_with(&title, address, self.data_date, &sources)
    }
}

/// Where the citation of a table says each grade's page is listed (as the downloads list them).
const SOURCES_LISTED: &str =
    "the page each grade was read from is in the table’s JSON download; the CSV lists each force’s pages";

/// The citation's source line for a round with no grade held.
const NO_SOURCES: &str = "Sources: no grade of this round is held in this dataset.";

/// The publishers of the pages `rows`' held grades were read from, each once, the most grades
/// first, then by name.
pub(super) fn source_publishers(publishers: &[Publisher], rows: &[RoundTableRow]) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let urls = rows
        .iter()
        .flat_map(|row| row.grades.iter().zip(&row.sources))
        .filter_map(|(grade, source)| grade.and(source.as_deref()));
    for url in urls {
        let name = publisher_name(publishers, url);
        match counts.iter_mut().find(|(known, _)| *known == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    counts.sort_by(|(a, a_count), (b, b_count)| b_count.cmp(a_count).then_with(|| a.cmp(b)));
    counts.into_iter().map(|(name, _)| name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::Judgement;

    #[test]
    fn a_tables_citation_names_its_state_and_the_publishers_its_grades_rest_on() {
        let view = RoundTableView {
            data_date: crate::date::Date::new(2025, 3, 2),
            source_publishers: vec!["HMICFRS".into(), "Kent Online".into()],
            ..super::super::rows::tests::view()
        };
        assert_eq!(
            view.citation(&TableState::default(), "https://example.org/round/2017/"),
            "PEEL 2017: grades of every force. PEEL Explorer. https://example.org/round/2017/\n\
             Data last changed: 2 March 2025.\n\
             Sources: HMICFRS and Kent Online (the page each grade was read from is in the table’s \
             JSON download; the CSV lists each force’s pages)\n\
             Contains public sector information licensed under the Open Government Licence v3.0."
        );
        let filtered = TableState::from_query("grade=requires-improvement&area=effectiveness");
        let text = view.citation(
            &filtered,
            "/round/2017/?grade=requires-improvement&area=effectiveness",
        );
        assert_eq!(
            text.lines().next(),
            Some(
                "PEEL 2017: grades of every force. 3 of 8 forces: graded requires improvement for \
                 effectiveness. The effectiveness grade is not held in this dataset for one of the \
                 eight forces. Sorted by force name, A to Z. PEEL Explorer. \
                 /round/2017/?grade=requires-improvement&area=effectiveness"
            )
        );
        let none = RoundTableView {
            source_publishers: Vec::new(),
            data_date: None,
            ..view
        };
        let text = none.citation(&TableState::default(), "/round/2017/");
        assert_eq!(
            text.lines().skip(1).take(2).collect::<Vec<_>>(),
            [
                "Date of the data: not recorded.",
                "Sources: no grade of this round is held in this dataset."
            ]
        );
    }

    #[test]
    fn the_publishers_of_held_grades_each_once_most_grades_first() {
        use crate::publishers::PublisherKind;
        let publisher = |host: &str, name: &str, kind| Publisher {
            host: host.into(),
            name: name.into(),
            kind,
        };
        let publishers = [
            publisher(
                "hmicfrs.justiceinspectorates.gov.uk",
                "HMICFRS",
                PublisherKind::Inspectorate,
            ),
            publisher("kentonline.co.uk", "Kent Online", PublisherKind::News),
        ];
        let row = |grades: &[Option<Judgement>], sources: &[&str]| RoundTableRow {
            grades: grades.to_vec(),
            sources: sources.iter().map(|s| Some(s.to_string())).collect(),
            ..super::super::rows::tests::view().rows[0].clone()
        };
        let good = Judgement::parse("good");
        let report = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent/";
        let news = "https://www.kentonline.co.uk/kent/news/peel/";
        let rows = [
            row(&[good, good], &[news, news]),
            row(&[good, None], &[report, "https://ignored.example.org/not-held"]),
            row(&[good], &["https://www.example.org/a"]),
        ];
        assert_eq!(
            source_publishers(&publishers, &rows),
            ["Kent Online", "HMICFRS", "example.org"]
        );
    }
}
