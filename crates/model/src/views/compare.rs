//! `/compare/?forces=a,b&round=2016`: two to four forces side by side.

use serde::{Deserialize, Serialize};

use crate::bundle::{ForceFile, Index};
use crate::report::KeyFacts;
use crate::round::Round;

use super::build::{headline, headline_areas, history, latest_graded_round};
use super::{AreaJudgement, History};

pub const MAX_FORCES: usize = 4;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareView {
    /// The round compared; `None` when no force is chosen yet.
    pub round: Option<Round>,
    /// Rounds any chosen force has grades for.
    pub rounds: Vec<Round>,
    pub areas: Vec<crate::area::Area>,
    pub forces: Vec<CompareForce>,
    /// Slugs in the URL that are not forces, to say so.
    pub unknown: Vec<String>,
    /// Every force for the picker: (slug, name, region).
    pub all_forces: Vec<(String, String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareForce {
    pub slug: String,
    pub name: String,
    pub region: String,
    pub headline: Vec<AreaJudgement>,
    pub history: Vec<History>,
    /// Key facts from the latest page text held for the force, and its round.
    pub key_facts: Option<(Round, KeyFacts)>,
}

pub fn compare<'a>(
    index: &'a Index,
    slugs: &[String],
    round: Option<&str>,
    force_file: &dyn Fn(&str) -> Option<&'a ForceFile>,
) -> CompareView {
    let mut chosen: Vec<&str> = Vec::new();
    let mut unknown = Vec::new();
    for slug in slugs {
        if index.force(slug).is_some() {
            if !chosen.contains(&slug.as_str()) && chosen.len() < MAX_FORCES {
                chosen.push(slug);
            }
        } else {
            unknown.push(slug.clone());
        }
    }
    let mut rounds: Vec<Round> = index
        .grades
        .iter()
        .filter(|g| chosen.contains(&g.force.as_str()))
        .map(|g| g.round)
        .collect();
    rounds.sort();
    rounds.dedup();
    let round = round
        .and_then(Round::from_slug)
        .filter(|r| rounds.contains(r))
        .or_else(|| chosen.iter().filter_map(|s| latest_graded_round(index, s)).min())
        .or_else(|| rounds.last().copied());
    let forces = chosen
        .iter()
        .filter_map(|slug| index.force(slug))
        .map(|f| CompareForce {
            slug: f.slug.clone(),
            name: f.name.clone(),
            region: f.region.clone(),
            headline: round.map(|r| headline(index, &f.slug, r)).unwrap_or_default(),
            history: history(index, &f.slug),
            key_facts: force_file(&f.slug).and_then(|file| {
                file.reports
                    .iter()
                    .filter_map(|r| r.key_facts.clone().map(|k| (r.round, k)))
                    .max_by_key(|(round, _)| *round)
            }),
        })
        .collect();
    CompareView {
        round,
        rounds,
        areas: round.map(|r| headline_areas(index, r)).unwrap_or_default(),
        forces,
        unknown,
        all_forces: index
            .forces
            .iter()
            .map(|f| (f.slug.clone(), f.name.clone(), f.region.clone()))
            .collect(),
    }
}
