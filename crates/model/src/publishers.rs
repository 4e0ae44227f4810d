//! Who published each source page (`data/publishers.csv`): a source is shown by its
//! publisher's name ("Kent Online", "HMICFRS"), not its address. Which sources become links is
//! the official-link rule's business, not the publisher's.

use serde::{Deserialize, Serialize};

use crate::links::publisher as host_of;

/// A site that published sources of the data.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publisher {
    /// Without `www.`: `kentonline.co.uk`.
    pub host: String,
    /// `Kent Online`.
    pub name: String,
    pub kind: PublisherKind,
}

/// What kind of body a publisher is, as `data/publishers.csv` spells it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublisherKind {
    Inspectorate,
    PoliceForce,
    PoliceAndCrimeCommissioner,
    LocalGovernment,
    StaffAssociation,
    TradePress,
    News,
    NewsAggregator,
    Community,
}

impl PublisherKind {
    pub const ALL: [PublisherKind; 9] = [
        PublisherKind::Inspectorate,
        PublisherKind::PoliceForce,
        PublisherKind::PoliceAndCrimeCommissioner,
        PublisherKind::LocalGovernment,
        PublisherKind::StaffAssociation,
        PublisherKind::TradePress,
        PublisherKind::News,
        PublisherKind::NewsAggregator,
        PublisherKind::Community,
    ];

    /// As in the data: `police and crime commissioner`.
    pub fn words(self) -> &'static str {
        match self {
            PublisherKind::Inspectorate => "inspectorate",
            PublisherKind::PoliceForce => "police force",
            PublisherKind::PoliceAndCrimeCommissioner => "police and crime commissioner",
            PublisherKind::LocalGovernment => "local government",
            PublisherKind::StaffAssociation => "staff association",
            PublisherKind::TradePress => "trade press",
            PublisherKind::News => "news",
            PublisherKind::NewsAggregator => "news aggregator",
            PublisherKind::Community => "community",
        }
    }

    pub fn from_words(words: &str) -> Option<PublisherKind> {
        PublisherKind::ALL.into_iter().find(|k| k.words() == words)
    }
}

/// Finds the publisher of an address by its host (`www.` ignored).
pub fn publisher_of<'a>(publishers: &'a [Publisher], url: &str) -> Option<&'a Publisher> {
    let host = host_of(url);
    publishers.iter().find(|p| p.host == host)
}

/// The name of an address's publisher, or its host where the data names no publisher for it.
pub fn publisher_name(publishers: &[Publisher], url: &str) -> String {
    publisher_of(publishers, url).map_or_else(|| host_of(url), |p| p.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_read_as_the_data_writes_them() {
        for kind in PublisherKind::ALL {
            assert_eq!(PublisherKind::from_words(kind.words()), Some(kind));
        }
        assert_eq!(PublisherKind::from_words("newspaper"), None);
    }

    #[test]
    fn finds_a_publisher_by_host_without_www() {
        let publishers = vec![Publisher {
            host: "kentonline.co.uk".into(),
            name: "Kent Online".into(),
            kind: PublisherKind::News,
        }];
        let found = publisher_of(&publishers, "https://www.kentonline.co.uk/news/a-story/");
        assert_eq!(found.map(|p| p.name.as_str()), Some("Kent Online"));
        assert!(publisher_of(&publishers, "https://example.org/").is_none());
        assert_eq!(
            publisher_name(&publishers, "https://www.kentonline.co.uk/news/a-story/"),
            "Kent Online"
        );
        assert_eq!(
            publisher_name(&publishers, "https://www.example.org/a"),
            "example.org"
        );
    }
}
