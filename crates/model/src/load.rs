//! Reading bundle files as the app fetches them, and what to tell the reader when that fails.
//!
//! Every failure is one [`LoadError`] kind with its own sentence: a reader with a damaged file is
//! not told to check their connection, and one with a newer site is told to reload.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::bundle::{BUNDLE_VERSION, ForceFile, Index};

/// Why a bundle file could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not reach the server (no connection, or it dropped).
    Offline,
    /// The server did not answer in time.
    Timeout,
    /// The server has no such file (404).
    Missing { url: String },
    /// The server answered with another error status.
    Server { url: String, status: u16 },
    /// The file is there but is not a bundle file this app can read.
    Damaged { url: String, detail: String },
    /// The file is from another version of the site's data: the page must be reloaded.
    OtherVersion { found: u32 },
}

impl LoadError {
    /// What happened, for the reader, in one or two sentences.
    pub fn sentence(&self) -> String {
        match self {
            LoadError::Offline => "PEEL Explorer could not reach the server: you may be offline. \
                                   Check your connection, then try again."
                .to_owned(),
            LoadError::Timeout => "The server took too long to answer. Try again in a moment.".to_owned(),
            LoadError::Missing { .. } => "A data file this page needs is missing from the server. \
                                          Retrying will not help; the site's maintainers need to \
                                          republish it."
                .to_owned(),
            LoadError::Server { status, .. } => {
                format!("The server answered with an error ({status}). Try again in a moment.")
            }
            LoadError::Damaged { .. } => "A data file this page needs is damaged, so PEEL Explorer \
                                          will not show it. Retrying will not help; the site's \
                                          maintainers need to republish it."
                .to_owned(),
            LoadError::OtherVersion { .. } => "This site has been updated since you opened it. \
                                               Reload the page to see the current version."
                .to_owned(),
        }
    }

    /// Whether trying the same request again can help.
    pub fn can_retry(&self) -> bool {
        matches!(
            self,
            LoadError::Offline | LoadError::Timeout | LoadError::Server { .. }
        )
    }

    /// What a developer needs to find the cause (for the console).
    pub fn detail(&self) -> String {
        match self {
            LoadError::Offline => "network error".to_owned(),
            LoadError::Timeout => "timed out".to_owned(),
            LoadError::Missing { url } => format!("{url}: 404"),
            LoadError::Server { url, status } => format!("{url}: {status}"),
            LoadError::Damaged { url, detail } => format!("{url}: {detail}"),
            LoadError::OtherVersion { found } => {
                format!("bundle version {found}, this app reads version {BUNDLE_VERSION}")
            }
        }
    }
}

/// The one field every bundle file starts with, read before the rest so that a file of another
/// version is told apart from a damaged one.
#[derive(Deserialize)]
pub struct Versioned {
    pub version: u32,
}

/// Decodes a bundle file (`index.json`, `force/<slug>.json`) fetched from `url`.
pub fn decode<T: DeserializeOwned>(url: &str, text: &str) -> Result<T, LoadError> {
    decode_with(
        url,
        || serde_json::from_str::<Versioned>(text),
        || serde_json::from_str(text),
    )
}

/// The rule of [`decode`] with any decoder (the browser app reads with the browser's
/// `JSON.parse`): `version` reads the file's [`Versioned`] head, `read` the whole file. A file of
/// another version is [`LoadError::OtherVersion`], whatever else it holds; any other failure
/// is [`LoadError::Damaged`].
pub fn decode_with<T, E: std::fmt::Display>(
    url: &str,
    version: impl FnOnce() -> Result<Versioned, E>,
    read: impl FnOnce() -> Result<T, E>,
) -> Result<T, LoadError> {
    let damaged = |e: E| LoadError::Damaged {
        url: url.to_owned(),
        detail: e.to_string(),
    };
    let Versioned { version } = version().map_err(damaged)?;
    if version != BUNDLE_VERSION {
        return Err(LoadError::OtherVersion { found: version });
    }
    read().map_err(damaged)
}

pub fn decode_index(url: &str, text: &str) -> Result<Index, LoadError> {
    decode(url, text)
}

pub fn decode_force_file(url: &str, text: &str) -> Result<ForceFile, LoadError> {
    decode(url, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_says_what_happened() {
        let missing = LoadError::Missing { url: "x".into() };
        assert!(missing.sentence().contains("missing"));
        assert!(!missing.can_retry());
        assert!(LoadError::Offline.sentence().contains("offline"));
        assert!(LoadError::Offline.can_retry());
        assert!(LoadError::OtherVersion { found: 9 }.sentence().contains("Reload"));
        let damaged = LoadError::Damaged {
            url: "x".into(),
            detail: String::new(),
        };
        assert!(damaged.sentence().contains("damaged"));
        assert!(!damaged.sentence().contains("connection"));
    }

    #[test]
    fn decoding_tells_damage_from_another_version() {
        let newer = format!("{{\"version\": {}, \"whatever\": true}}", BUNDLE_VERSION + 1);
        assert_eq!(
            decode_index("i", &newer),
            Err(LoadError::OtherVersion {
                found: BUNDLE_VERSION + 1
            })
        );
        for damaged in [
            "",
            "{",
            "[]",
            "{\"version\": \"1\"}",
            &format!("{{\"version\": {BUNDLE_VERSION}}}"),
        ] {
            assert!(
                matches!(decode_index("i", damaged), Err(LoadError::Damaged { .. })),
                "{damaged:?}"
            );
        }
    }
}
