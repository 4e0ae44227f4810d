//! A territorial police force (`data/forces.csv`) and its slug.

use std::fmt;

use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Force {
    /// As in the official PEEL URLs: `avon-and-somerset`.
    pub slug: ForceSlug,
    /// `Avon and Somerset Constabulary`.
    pub name: String,
    /// ONS region; Wales as one.
    pub region: String,
    pub country: String,
    /// One official HMICFRS page for the force.
    pub page_url: String,
    /// Towns the force's own report names (for search); empty where no report text is held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub towns: Vec<String>,
}

impl Force {
    /// The short name people search for: `Avon and Somerset` from `Avon and Somerset Constabulary`.
    pub fn short_name(&self) -> &str {
        let name = self.name.as_str();
        name.strip_suffix(" Constabulary")
            .or_else(|| name.strip_suffix(" Police"))
            .unwrap_or(name)
    }
}

/// A force's slug as in the official PEEL URLs (`avon-and-somerset`): `a-z`, `0-9` and `-`, not
/// at either end. Every force slug of the bundle, the routes and the data is one, checked where it
/// is read; whether such a force exists is for the data to say.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ForceSlug(String);

impl ForceSlug {
    /// Trimmed and lower-cased; `None` for text that cannot be a slug.
    pub fn parse(text: &str) -> Option<ForceSlug> {
        let slug = text.trim().to_ascii_lowercase();
        let ok = !slug.is_empty()
            && slug.len() <= 100
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        ok.then_some(ForceSlug(slug))
    }

    /// Exactly as written (no trimming or case folding), as a path segment or a data file must
    /// have it.
    pub fn new(text: &str) -> Option<ForceSlug> {
        ForceSlug::parse(text).filter(|s| s.0 == text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ForceSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for ForceSlug {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ForceSlug {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// Exactly as written, as [`ForceSlug::new`]: `"kent".parse::<ForceSlug>()`.
impl std::str::FromStr for ForceSlug {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        ForceSlug::new(text).ok_or_else(|| format!("“{text}” is not a force slug"))
    }
}

impl TryFrom<String> for ForceSlug {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

/// For tests' fixtures only: a slug written in the test.
#[cfg(test)]
impl From<&str> for ForceSlug {
    fn from(text: &str) -> ForceSlug {
        ForceSlug::new(text).unwrap_or_else(|| panic!("{text:?} is not a slug"))
    }
}

impl From<ForceSlug> for String {
    fn from(slug: ForceSlug) -> String {
        slug.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_is_plain_and_reads_and_writes_as_its_text() {
        assert_eq!(
            ForceSlug::new("avon-and-somerset").unwrap().as_str(),
            "avon-and-somerset"
        );
        assert_eq!(ForceSlug::parse(" Kent ").unwrap().as_str(), "kent");
        for bad in [
            "",
            "Kent",
            " kent",
            "-kent",
            "kent-",
            "kent police",
            "kent/",
            "ké",
        ] {
            assert_eq!(ForceSlug::new(bad), None, "{bad:?}");
        }
        let kent = ForceSlug::from("kent");
        assert_eq!(serde_json::to_string(&kent).unwrap(), "\"kent\"");
        assert_eq!(serde_json::from_str::<ForceSlug>("\"kent\"").unwrap(), kent);
        let error = serde_json::from_str::<ForceSlug>("\"Kent\"").unwrap_err();
        assert!(
            error.to_string().contains("“Kent” is not a force slug"),
            "{error}"
        );
    }
}
