//! A territorial police force (`data/forces.csv`).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Force {
    /// As in the official PEEL URLs: `avon-and-somerset`.
    pub slug: String,
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
