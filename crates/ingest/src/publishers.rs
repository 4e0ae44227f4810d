//! `data/publishers.csv`: who published each source host. Every source address in the data
//! (grades, reports, monitoring) must have its host listed, so that the app can name it.

use std::collections::HashMap;
use std::path::Path;

use peel_model::links::publisher as host_of;
use peel_model::publishers::publisher_of;
use peel_model::{Publisher, PublisherKind};

use crate::csv_file::{Input, Row, read_records};
use crate::diagnostic::Diagnostic;

pub const FILE: &str = "publishers.csv";
const COLUMNS: [&str; 3] = ["host", "publisher", "kind"];

pub fn read_publishers(data_dir: &Path, label: &str) -> Result<Vec<Publisher>, Vec<Diagnostic>> {
    read(Input::Folder(data_dir), label)
}

fn read(input: Input, label: &str) -> Result<Vec<Publisher>, Vec<Diagnostic>> {
    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    read_records(input, FILE, label, &COLUMNS, |row| {
        let publisher = check_row(row)?;
        if let Some(first) = first_line_of.get(&publisher.host) {
            return Err(format!(
                "duplicate row: host `{}` is already on line {first}",
                publisher.host
            ));
        }
        first_line_of.insert(publisher.host.clone(), row.line);
        Ok(publisher)
    })?
    .finish()
}

fn check_row(row: &Row) -> Result<Publisher, String> {
    let (host, name, kind) = (row.get(0), row.get(1), row.get(2));
    let is_host = !host.is_empty()
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
    if !is_host {
        return Err(format!(
            "`{host}` is not a host name (lower case, like `kentonline.co.uk`, without `https://`)"
        ));
    }
    if host.starts_with("www.") {
        return Err(format!("`{host}`: write the host without `www.`"));
    }
    if name.is_empty() {
        return Err("`publisher` is empty: every host has a publisher's name".into());
    }
    let kind = PublisherKind::from_words(kind).ok_or_else(|| {
        let kinds: Vec<&str> = PublisherKind::ALL.iter().map(|k| k.words()).collect();
        format!("unknown kind `{kind}` (expected one of: {})", kinds.join(", "))
    })?;
    Ok(Publisher {
        host: host.to_owned(),
        name: name.to_owned(),
        kind,
    })
}

/// One source address of the data and where it stands.
pub struct SourceUse<'a> {
    pub url: &'a str,
    pub file: String,
    pub line: usize,
}

/// Every source address whose host has no publisher, as an error at the row that cites it.
pub fn check_sources_named<'a>(
    publishers: &[Publisher],
    sources: impl IntoIterator<Item = SourceUse<'a>>,
    publishers_label: &str,
) -> Vec<Diagnostic> {
    sources
        .into_iter()
        .filter(|source| publisher_of(publishers, source.url).is_none())
        .map(|source| {
            Diagnostic::new(
                source.file,
                source.line,
                format!(
                    "the source host `{}` has no publisher in {publishers_label}: add a row for it",
                    host_of(source.url)
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Publisher>, Vec<Diagnostic>> {
        read(Input::Text(text.as_bytes()), "publishers.csv")
    }

    fn errors(text: &str) -> Vec<String> {
        crate::csv_file::tests::errors(|input, label, _| read(input, label), "publishers.csv", text, &[])
    }

    #[test]
    fn reads_good_rows() {
        let publishers = parse(
            "host,publisher,kind\nkentonline.co.uk,Kent Online,news\n\
              kent-pcc.gov.uk,Kent Police and Crime Commissioner,police and crime commissioner\n",
        )
        .unwrap();
        assert_eq!(publishers.len(), 2);
        assert_eq!(publishers[1].kind, PublisherKind::PoliceAndCrimeCommissioner);
    }

    #[test]
    fn refuses_bad_rows_with_their_line() {
        assert_eq!(
            errors("host,publisher,kind\nhttps://kentonline.co.uk,Kent Online,news\n"),
            [
                "publishers.csv:2: `https://kentonline.co.uk` is not a host name (lower case, like `kentonline.co.uk`, without `https://`)"
            ]
        );
        assert_eq!(
            errors("host,publisher,kind\nwww.bbc.co.uk,BBC News,news\n"),
            ["publishers.csv:2: `www.bbc.co.uk`: write the host without `www.`"]
        );
        assert_eq!(
            errors("host,publisher,kind\nbbc.co.uk,,news\n"),
            ["publishers.csv:2: `publisher` is empty: every host has a publisher's name"]
        );
        assert!(
            errors("host,publisher,kind\nbbc.co.uk,BBC News,newspaper\n")[0]
                .starts_with("publishers.csv:2: unknown kind `newspaper`")
        );
        assert_eq!(
            errors("host,publisher,kind\nbbc.co.uk,BBC News,news\nbbc.co.uk,BBC,news\n"),
            ["publishers.csv:3: duplicate row: host `bbc.co.uk` is already on line 2"]
        );
    }

    #[test]
    fn a_source_without_a_publisher_is_named_at_its_row() {
        let publishers = parse(
            "host,publisher,kind
bbc.co.uk,BBC News,news
",
        )
        .unwrap();
        let found = check_sources_named(
            &publishers,
            [
                SourceUse {
                    url: "https://www.bbc.co.uk/news/1",
                    file: "grades.csv".into(),
                    line: 2,
                },
                SourceUse {
                    url: "https://example.org/story",
                    file: "grades.csv".into(),
                    line: 3,
                },
            ],
            "p.csv",
        );
        let found: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            ["grades.csv:3: the source host `example.org` has no publisher in p.csv: add a row for it"]
        );
    }
}
