//! A page's sources as numbered footnotes: each fact names its publisher in words ("Kent
//! Online", "HMICFRS") with a number, and the full addresses are written out once, in a numbered
//! list near the foot of the page. One number per distinct address, in the order the page first
//! cites them.

use serde::{Deserialize, Serialize};

use crate::links::official_link;
use crate::publishers::{Publisher, publisher_name};

/// The numbered sources of one page, in the order the page first cites them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Footnotes {
    pub sources: Vec<Footnote>,
}

/// One source of a page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Footnote {
    /// The address, as the data holds it.
    pub url: String,
    /// Its publisher's name from `data/publishers.csv` ("Kent Online"); the host where the data
    /// names no publisher for it.
    pub publisher: String,
}

/// A fact's source as the fact shows it: who published it and the number of its footnote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    pub number: usize,
    pub publisher: String,
    /// Where the publisher's name links: the source itself, where it is an official page
    /// ([`official_link`]); other sources are named, not linked.
    pub link: Option<String>,
}

impl Footnotes {
    /// The footnotes of `urls`, cited in this order: a repeated address keeps its first number.
    pub fn of<'a>(publishers: &[Publisher], urls: impl IntoIterator<Item = &'a str>) -> Footnotes {
        let mut sources: Vec<Footnote> = Vec::new();
        for url in urls {
            if !sources.iter().any(|s| s.url == url) {
                sources.push(Footnote {
                    url: url.to_owned(),
                    publisher: publisher_name(publishers, url),
                });
            }
        }
        Footnotes { sources }
    }

    /// How a fact read from `url` cites it; `None` where the page does not list the address.
    pub fn cite(&self, url: &str) -> Option<Cited> {
        let (i, source) = self.sources.iter().enumerate().find(|(_, s)| s.url == url)?;
        Some(Cited {
            number: i + 1,
            publisher: source.publisher.clone(),
            link: source.link(),
        })
    }

    /// Each source with its number, from 1.
    pub fn numbered(&self) -> impl Iterator<Item = (usize, &Footnote)> {
        self.sources.iter().enumerate().map(|(i, s)| (i + 1, s))
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

impl Footnote {
    /// The address as a link, where it is an official page ([`official_link`]).
    pub fn link(&self) -> Option<String> {
        official_link(&self.url)
    }
}

/// The id of a footnote in its page's list, for the fact's link to it: `source-2`.
pub fn footnote_id(number: usize) -> String {
    format!("source-{number}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publishers::PublisherKind;

    fn publishers() -> Vec<Publisher> {
        [
            ("kentonline.co.uk", "Kent Online", PublisherKind::News),
            ("feeds.bbci.co.uk", "BBC News", PublisherKind::News),
            (
                "hmicfrs.justiceinspectorates.gov.uk",
                "HMICFRS",
                PublisherKind::Inspectorate,
            ),
        ]
        .into_iter()
        .map(|(host, name, kind)| Publisher {
            host: host.into(),
            name: name.into(),
            kind,
        })
        .collect()
    }

    // Kent, PEEL 2023-25 (`data/grades.csv`): two areas read from one Kent Online article.
    const BBC: &str = "https://feeds.bbci.co.uk/news/uk-england-kent-67443845";
    const KENT_ONLINE: &str =
        "https://www.kentonline.co.uk/kent/news/number-of-crimes-solved-by-police-unacceptably-low-298084/";
    const REPORT: &str = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/";

    #[test]
    fn one_number_per_distinct_source_in_the_order_first_cited() {
        let notes = Footnotes::of(&publishers(), [BBC, KENT_ONLINE, KENT_ONLINE, REPORT, BBC]);
        let numbered: Vec<(usize, &str)> = notes.numbered().map(|(n, s)| (n, s.url.as_str())).collect();
        assert_eq!(numbered, [(1, BBC), (2, KENT_ONLINE), (3, REPORT)]);
        assert_eq!(notes.cite(KENT_ONLINE).map(|c| c.number), Some(2));
        assert_eq!(notes.cite(BBC).map(|c| c.number), Some(1));
        assert_eq!(notes.cite("https://example.org/"), None);
        assert!(Footnotes::of(&publishers(), []).is_empty());
        assert_eq!(footnote_id(2), "source-2");
    }

    #[test]
    fn a_source_names_its_publisher_and_links_only_if_official() {
        let notes = Footnotes::of(
            &publishers(),
            [KENT_ONLINE, REPORT, "https://unlisted.example.org/a"],
        );
        assert_eq!(
            notes.cite(KENT_ONLINE),
            Some(Cited {
                number: 1,
                publisher: "Kent Online".into(),
                link: None
            })
        );
        assert_eq!(
            notes.cite(REPORT),
            Some(Cited {
                number: 2,
                publisher: "HMICFRS".into(),
                link: Some(REPORT.into())
            })
        );
        // A host the data names no publisher for is named by its host.
        assert_eq!(
            notes.cite("https://unlisted.example.org/a").map(|c| c.publisher),
            Some("unlisted.example.org".into())
        );
    }
}
