//! `/compare/?forces=a,b&round=2016`: two to four forces side by side: grades for a round,
//! grade histories and key facts where held; the picker's suggestions; the page in words.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::date::Date;
use crate::force::ForceSlug;
use crate::report::{KeyFacts, KeyFigureId};
use crate::round::{Round, RoundKind};
use crate::route::{CompareQuery, MAX_FORCES, Route};
use crate::widgets::citation::{citation_with, sources_line};
use crate::widgets::footnotes::Footnotes;
use crate::widgets::headline::{AreaJudgement, are_pillars, headline, headline_areas, latest_graded_round};
use crate::widgets::history::{History, histories};
use crate::widgets::key_facts::{FigureText, describe_figure};
use crate::widgets::search::ForceRef;
use crate::wording::{area_phrase, count_word, join_and, judgement_word, sentence_case, was_were};

use super::Sources;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareView {
    /// The query as shown: the forces that exist, and the round where the address chose one.
    pub shown: CompareQuery,
    /// The round compared; `None` when no force is chosen yet.
    pub round: Option<Round>,
    /// Rounds any chosen force has grades for.
    pub rounds: Vec<Round>,
    /// The pages the compared grades (the round's, of the forces shown) were read from, for
    /// the citation.
    #[serde(default, skip_serializing_if = "Footnotes::is_empty")]
    pub grade_sources: Footnotes,
    /// When the data was last changed, where known, for the citation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_date: Option<Date>,
    pub areas: Vec<Area>,
    pub forces: Vec<CompareForce>,
    /// Slugs in the URL that are not forces, to say so.
    pub unknown: Vec<String>,
    /// Forces the address named past the most that can be compared (their names, or the slug
    /// where it is no force), to say so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<String>,
    /// Every force for the picker: (slug, name, region).
    pub all_forces: Vec<(ForceSlug, String, String)>,
    /// Every round of the data with how it judged forces: where the histories' lines break.
    pub round_kinds: Vec<RoundKind>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareForce {
    pub slug: ForceSlug,
    pub name: String,
    pub region: String,
    pub headline: Vec<AreaJudgement>,
    pub history: Vec<History>,
    /// Key facts from the latest page text held for the force, and its round.
    pub key_facts: Option<(Round, KeyFacts)>,
}

impl CompareView {
    /// Whether the round compared graded pillars, not areas.
    pub fn has_pillars(&self) -> bool {
        are_pillars(&self.areas)
    }

    /// "Compare Kent Police, Essex Police", or "Compare forces" before any is chosen.
    pub fn title(&self) -> String {
        if self.forces.is_empty() {
            "Compare forces".to_owned()
        } else {
            let names: Vec<&str> = self.forces.iter().map(|f| f.name.as_str()).collect();
            format!("Compare {}", names.join(", "))
        }
    }

    /// This page's address.
    pub fn route(&self) -> Route {
        Route::Compare(self.shown.clone())
    }

    /// The page with `slug` added.
    pub fn with_force(&self, slug: &str) -> Route {
        Route::Compare(self.shown.with_force(slug))
    }

    /// The page without `slug`.
    pub fn without_force(&self, slug: &ForceSlug) -> Route {
        Route::Compare(self.shown.without_force(slug.as_str()))
    }

    /// The same forces in each round any of them has grades for.
    pub fn round_links(&self) -> Vec<(Round, Route)> {
        self.rounds
            .iter()
            .map(|r| (*r, Route::Compare(self.shown.with_round(Some(*r)))))
            .collect()
    }

    /// "Not found, so left out: “nowhere”." where the address named forces that do not exist.
    pub fn unknown_sentence(&self) -> Option<String> {
        (!self.unknown.is_empty()).then(|| {
            let quoted: Vec<String> = self.unknown.iter().map(|s| format!("“{s}”")).collect();
            format!("Not found, so left out: {}.", quoted.join(", "))
        })
    }

    /// "Four forces is the most that can be compared at once, so Surrey Police was left out."
    /// where the address named more.
    pub fn left_out_sentence(&self) -> Option<String> {
        (!self.left_out.is_empty()).then(|| {
            format!(
                "{} forces is the most that can be compared at once, so {} {} left out.",
                sentence_case(&count_word(MAX_FORCES as u32)),
                join_and(&self.left_out),
                was_were(self.left_out.len() as u32)
            )
        })
    }

    /// "Cite this page" at `address` (the address as the reader sees it, with its query): the
    /// title and round, and the pages the compared grades were read from, numbered.
    pub fn citation(&self, address: &str) -> String {
        let title = match self.round {
            Some(round) => format!("{}, PEEL {}", self.title(), round.label()),
            None => self.title(),
        };
        let sources = sources_line(&self.grade_sources).unwrap_or_else(|| NO_SOURCES.to_owned());
        citation_with(&title, address, self.data_date, &sources)
    }

    /// Forces for the picker: (slug, name, region) as search wants them.
    pub fn force_refs(&self) -> Vec<ForceRef<'_>> {
        self.all_forces.iter().map(ForceRef::of_tuple).collect()
    }
}

/// The citation's source line where no compared grade is held.
const NO_SOURCES: &str = "Sources: no grade of these forces is held in this dataset for the round.";

/// The view of `query`: the forces that exist (at most four, in order), the round asked for
/// where any chosen force has grades for it, else the latest round all chosen forces share in
/// their latest grades (the earliest of their latest rounds), else the latest any has.
pub(super) fn build(sources: &Sources, query: &CompareQuery) -> CompareView {
    let index = sources.index;
    let mut chosen: Vec<&ForceSlug> = Vec::new();
    let mut unknown = Vec::new();
    for slug in &query.forces {
        if index.force(slug).is_some() {
            if !chosen.contains(&slug) {
                chosen.push(slug);
            }
        } else {
            unknown.push(slug.to_string());
        }
    }
    let mut rounds: Vec<Round> = index
        .grades
        .iter()
        .filter(|g| chosen.contains(&&g.force))
        .map(|g| g.round)
        .collect();
    rounds.sort();
    rounds.dedup();
    // A round the data does not have is as if none was asked for.
    let asked = query.round.filter(|r| index.round_kind(*r).is_some());
    let round = asked
        .filter(|r| rounds.contains(r))
        .or_else(|| chosen.iter().filter_map(|s| latest_graded_round(index, s)).min())
        .or_else(|| rounds.last().copied());
    let forces = chosen
        .iter()
        .filter_map(|slug| Some((*slug, index.force(slug)?)))
        .map(|(slug, f)| CompareForce {
            slug: slug.clone(),
            name: f.name.clone(),
            region: f.region.clone(),
            headline: round.map(|r| headline(index, &f.slug, r)).unwrap_or_default(),
            history: histories(index, &f.slug),
            key_facts: sources.force_file(&f.slug).and_then(|file| {
                file.reports
                    .iter()
                    .filter_map(|r| r.key_facts.clone().map(|k| (r.round, k)))
                    .max_by_key(|(round, _)| *round)
            }),
        })
        .collect::<Vec<_>>();
    let grade_sources = Footnotes::of(
        &index.publishers,
        forces
            .iter()
            .flat_map(|force| &force.headline)
            .filter(|grade| grade.judgement.is_some())
            .filter_map(|grade| grade.source_url.as_deref()),
    );
    CompareView {
        shown: CompareQuery {
            forces: forces.iter().map(|f| f.slug.clone()).collect(),
            round: round.filter(|_| asked.is_some()),
            left_out: Vec::new(),
        },
        round,
        rounds,
        grade_sources,
        data_date: index.data_date,
        areas: round.map(|r| headline_areas(index, r)).unwrap_or_default(),
        forces,
        unknown,
        left_out: query
            .left_out
            .iter()
            .map(|slug| {
                index
                    .force(slug)
                    .map_or_else(|| format!("“{slug}”"), |f| f.name.clone())
            })
            .collect(),
        all_forces: index
            .forces
            .iter()
            .map(|f| (f.slug.clone(), f.name.clone(), f.region.clone()))
            .collect(),
        round_kinds: index.round_kinds(),
    }
}

/// The other forces of `slug`'s region, by name (empty if `slug` is not in `forces`).
pub fn region_neighbours<'a>(slug: &str, forces: &[ForceRef<'a>]) -> Vec<ForceRef<'a>> {
    let Some(me) = forces.iter().find(|f| f.slug == slug) else {
        return Vec::new();
    };
    let mut others: Vec<ForceRef<'a>> = forces
        .iter()
        .filter(|f| f.region == me.region && f.slug != slug)
        .copied()
        .collect();
    others.sort_by(|a, b| a.name.cmp(b.name).then_with(|| a.slug.cmp(b.slug)));
    others
}

/// Forces to suggest adding: the other forces of the chosen forces' regions, by name, none
/// already chosen; nothing when the query is full.
pub fn suggestions<'a>(query: &CompareQuery, forces: &[ForceRef<'a>]) -> Vec<ForceRef<'a>> {
    if query.is_full() {
        return Vec::new();
    }
    let regions: Vec<&str> = forces
        .iter()
        .filter(|f| query.contains(f.slug))
        .map(|f| f.region)
        .collect();
    let mut others: Vec<ForceRef<'a>> = forces
        .iter()
        .filter(|f| regions.contains(&f.region) && !query.contains(f.slug))
        .copied()
        .collect();
    others.sort_by(|a, b| a.name.cmp(b.name).then_with(|| a.slug.cmp(b.slug)));
    others
}

/// What the page compares, in words: "Kent Police, Essex Police and Surrey Police: PEEL 2016
/// grades side by side, with each force's grade history and key facts where held".
pub fn describe(view: &CompareView) -> String {
    let names: Vec<String> = view.forces.iter().map(|f| f.name.clone()).collect();
    match (names.len(), view.round) {
        (0, _) => "Choose two to four forces to compare".to_owned(),
        (1, _) => format!(
            "{} alone: add at least one more force to compare",
            join_and(&names)
        ),
        (_, Some(round)) => format!(
            "{}: PEEL {} grades side by side, with each force's grade history and key facts where held",
            join_and(&names),
            round.label()
        ),
        (_, None) => format!("{}: no grades are held for these forces", join_and(&names)),
    }
}

/// One sentence per area of the round, for a screen reader or a caption: "effectiveness in 2016:
/// Kent Police good, Essex Police not held".
pub fn area_sentences(view: &CompareView) -> Vec<String> {
    let Some(round) = view.round else {
        return Vec::new();
    };
    view.areas
        .iter()
        .map(|area| {
            let grades: Vec<String> = view
                .forces
                .iter()
                .map(|f| {
                    let judgement = f
                        .headline
                        .iter()
                        .find(|h| &h.area == area)
                        .and_then(|h| h.judgement);
                    let word = judgement_word(judgement);
                    format!("{} {word}", f.name)
                })
                .collect();
            format!(
                "{} in {}: {}",
                area_phrase(area),
                round.label(),
                grades.join(", ")
            )
        })
        .collect()
}

/// One key fact across the compared forces.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFactRow {
    pub id: KeyFigureId,
    /// `Police officers per 1,000 population`.
    pub label: &'static str,
    /// One per force, in the view's order; `None`: not held for that force.
    pub values: Vec<Option<FigureText>>,
}

/// The key facts side by side: one row per figure that at least one force has, in
/// [`KeyFigureId::ALL`] order. Each force's facts come from its latest page held
/// (`CompareForce::key_facts`, whose round the page should state, as rounds may differ).
pub fn key_fact_rows(view: &CompareView) -> Vec<KeyFactRow> {
    KeyFigureId::ALL
        .into_iter()
        .filter_map(|id| {
            let values: Vec<Option<FigureText>> = view
                .forces
                .iter()
                .map(|f| {
                    f.key_facts
                        .as_ref()
                        .and_then(|(_, facts)| facts.figure(id))
                        .and_then(describe_figure)
                })
                .collect();
            values.iter().any(Option::is_some).then(|| KeyFactRow {
                id,
                label: id.label(),
                values,
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;

#[cfg(test)]
mod fixture_tests;
