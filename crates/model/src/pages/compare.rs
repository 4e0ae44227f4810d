//! `/compare/?forces=a,b&round=2016`: two to four forces side by side: grades for a round,
//! grade histories and key facts where held; the picker's suggestions; the page in words.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::force::ForceSlug;
use crate::report::{KeyFacts, KeyFigureId};
use crate::round::{Round, RoundKind};
use crate::route::{CompareQuery, MAX_FORCES, Route};
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

    /// Forces for the picker: (slug, name, region) as search wants them.
    pub fn force_refs(&self) -> Vec<ForceRef<'_>> {
        self.all_forces.iter().map(ForceRef::of_tuple).collect()
    }
}

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
    CompareView {
        shown: CompareQuery {
            forces: forces.iter().map(|f| f.slug.clone()).collect(),
            round: round.filter(|_| asked.is_some()),
            left_out: Vec::new(),
        },
        round,
        rounds,
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
pub(crate) mod tests {
    use super::*;
    use crate::area::{Area, Pillar};
    use crate::grade::Judgement;

    fn q(forces: &[&str], round: Option<Round>) -> CompareQuery {
        CompareQuery {
            forces: forces.iter().map(|s| ForceSlug::from(*s)).collect(),
            round,
            left_out: Vec::new(),
        }
    }

    #[test]
    fn queries_parse_tolerantly_and_serialise_canonically() {
        let query =
            CompareQuery::from_query("?forces=kent,,Essex,kent, surrey ,<b>,sussex,norfolk&round=2016");
        // The fifth force is left out, and kept apart to say so; never written back.
        assert_eq!(
            query,
            CompareQuery {
                left_out: vec![ForceSlug::from("norfolk")],
                ..q(
                    &["kent", "essex", "surrey", "sussex"],
                    Some(Round::from_label("2016").unwrap())
                )
            }
        );
        assert_eq!(query.to_query(), "forces=kent,essex,surrey,sussex&round=2016");
        assert_eq!(query.without_force("kent").left_out, Vec::<ForceSlug>::new());
        assert_eq!(
            query.path(),
            "/compare/?forces=kent,essex,surrey,sussex&round=2016"
        );
        assert_eq!(
            CompareQuery::from_query(&query.to_query()),
            q(
                &["kent", "essex", "surrey", "sussex"],
                Some(Round::from_label("2016").unwrap())
            )
        );
        assert_eq!(
            CompareQuery::from_query("round=2018%2F19&forces=kent%2Cessex").to_query(),
            "forces=kent,essex&round=2018-19"
        );
        assert_eq!(
            CompareQuery::from_query("round=20x9&forces="),
            CompareQuery::default()
        );
        assert_eq!(CompareQuery::default().to_query(), "");
        assert_eq!(CompareQuery::default().path(), "/compare/");
        assert_eq!(CompareQuery::from_query("%%&&=").path(), "/compare/");
        assert_eq!(
            CompareQuery::from_lookup(&|k| (k == "round").then(|| "2023-25".to_owned())).round,
            Some(Round::from_label("2023-25").unwrap())
        );
    }

    #[test]
    fn adding_and_removing_forces() {
        let one = q(&["northamptonshire"], Some(Round::from_label("2016").unwrap()));
        let two = one.with_force("leicestershire");
        assert_eq!(
            two.to_query(),
            "forces=northamptonshire,leicestershire&round=2016"
        );
        assert!(two.is_comparison() && !one.is_comparison());
        assert_eq!(two.with_force("leicestershire"), two);
        assert_eq!(two.with_force(" "), two);
        assert_eq!(two.with_force("no way"), two);
        let full = two.with_force("derbyshire").with_force("lincolnshire");
        assert!(full.is_full());
        assert!(!full.can_add("nottinghamshire"));
        assert_eq!(full.with_force("nottinghamshire"), full);
        assert!(two.can_add("derbyshire"));
        assert!(!two.can_add("northamptonshire"));
        let fewer = full.without_force("leicestershire");
        assert_eq!(fewer.forces, ["northamptonshire", "derbyshire", "lincolnshire"]);
        assert_eq!(fewer.without_force("kent"), fewer);
        assert_eq!(
            fewer.with_round(None).to_query(),
            "forces=northamptonshire,derbyshire,lincolnshire"
        );
        let one = CompareQuery::default().with_force("northamptonshire");
        assert_eq!(
            one.with_round(Some(Round::from_label("2016").unwrap())).path(),
            "/compare/?forces=northamptonshire&round=2016"
        );
        assert_eq!(one.path(), "/compare/?forces=northamptonshire");
    }

    /// The East Midlands forces and one other, as in `data/forces.csv`.
    fn all() -> Vec<(ForceSlug, String, String)> {
        [
            ("derbyshire", "Derbyshire Constabulary", "East Midlands"),
            ("kent", "Kent Police", "South East"),
            ("leicestershire", "Leicestershire Police", "East Midlands"),
            ("lincolnshire", "Lincolnshire Police", "East Midlands"),
            ("northamptonshire", "Northamptonshire Police", "East Midlands"),
            ("nottinghamshire", "Nottinghamshire Police", "East Midlands"),
            ("surrey", "Surrey Police", "South East"),
        ]
        .map(|(a, b, c)| (a.into(), b.to_owned(), c.to_owned()))
        .to_vec()
    }

    #[test]
    fn a_force_suggests_the_rest_of_its_region() {
        let all = all();
        let forces: Vec<ForceRef> = all.iter().map(ForceRef::of_tuple).collect();
        let slugs = |list: Vec<ForceRef>| list.iter().map(|f| f.slug.to_owned()).collect::<Vec<_>>();
        assert_eq!(
            slugs(region_neighbours("northamptonshire", &forces)),
            ["derbyshire", "leicestershire", "lincolnshire", "nottinghamshire"]
        );
        assert!(region_neighbours("atlantis", &forces).is_empty());
        let query = q(&["northamptonshire", "kent"], None);
        assert_eq!(
            slugs(suggestions(&query, &forces)),
            [
                "derbyshire",
                "leicestershire",
                "lincolnshire",
                "nottinghamshire",
                "surrey"
            ]
        );
        let full = q(&["northamptonshire", "kent", "surrey", "derbyshire"], None);
        assert!(suggestions(&full, &forces).is_empty());
        assert!(suggestions(&CompareQuery::default(), &forces).is_empty());
    }

    /// A force of the compare view with its three pillar grades (`-`: not held), each read from
    /// `https://example.org/<slug>/<pillar>`. Shared with the export tests.
    pub(crate) fn force(slug: &str, name: &str, grades: [&str; 3]) -> CompareForce {
        CompareForce {
            slug: slug.into(),
            name: name.into(),
            region: "East Midlands".into(),
            headline: Pillar::GRADED
                .iter()
                .zip(grades)
                .map(|(p, g)| AreaJudgement {
                    area: Area::Pillar(*p),
                    judgement: Judgement::parse(g),
                    source_url: Judgement::parse(g)
                        .map(|_| format!("https://example.org/{slug}/{}", p.slug())),
                })
                .collect(),
            history: Vec::new(),
            key_facts: None,
        }
    }

    #[test]
    fn the_comparison_in_words() {
        // PEEL 2016: Northamptonshire and Derbyshire, from data/grades.csv; Essex has no
        // effectiveness grade held.
        let view = CompareView {
            shown: CompareQuery::from_query("forces=northamptonshire,derbyshire,essex"),
            round: Some(Round::from_label("2016").unwrap()),
            rounds: vec![
                Round::from_label("2015").unwrap(),
                Round::from_label("2016").unwrap(),
            ],
            areas: Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect(),
            forces: vec![
                force(
                    "northamptonshire",
                    "Northamptonshire Police",
                    ["requires improvement", "good", "good"],
                ),
                force(
                    "derbyshire",
                    "Derbyshire Constabulary",
                    ["good", "good", "outstanding"],
                ),
                force("essex", "Essex Police", ["-", "good", "good"]),
            ],
            unknown: Vec::new(),
            left_out: Vec::new(),
            all_forces: all(),
            round_kinds: Vec::new(),
        };
        assert_eq!(
            describe(&view),
            "Northamptonshire Police, Derbyshire Constabulary and Essex Police: PEEL 2016 grades side by \
             side, with each force's grade history and key facts where held"
        );
        assert_eq!(
            area_sentences(&view),
            [
                "effectiveness in 2016: Northamptonshire Police requires improvement, Derbyshire \
                 Constabulary good, Essex Police not held",
                "efficiency in 2016: Northamptonshire Police good, Derbyshire Constabulary good, Essex \
                 Police good",
                "legitimacy in 2016: Northamptonshire Police good, Derbyshire Constabulary outstanding, \
                 Essex Police good",
            ]
        );
        // Only Northamptonshire's page text (and so key facts) is held.
        let mut with_facts = view.clone();
        with_facts.forces[0].key_facts = Some((
            Round::from_label("2016").unwrap(),
            crate::widgets::key_facts::tests::northamptonshire_2016(),
        ));
        let rows = key_fact_rows(&with_facts);
        assert_eq!(rows.len(), 9);
        assert_eq!(rows[4].id, KeyFigureId::OfficersPerThousand);
        assert_eq!(
            rows[4].values[0].as_ref().map(|f| f.sentence.as_str()),
            Some("3.02 officers per 1,000 people, 18% fewer than the national 3.69")
        );
        assert_eq!(rows[4].values[1], None);
        assert_eq!(rows[4].values.len(), 3);
        assert!(key_fact_rows(&view).is_empty());

        let one = CompareView {
            forces: view.forces[..1].to_vec(),
            ..view.clone()
        };
        assert_eq!(
            describe(&one),
            "Northamptonshire Police alone: add at least one more force to compare"
        );
        let none = CompareView {
            forces: Vec::new(),
            round: None,
            ..view.clone()
        };
        assert_eq!(describe(&none), "Choose two to four forces to compare");
        assert!(area_sentences(&none).is_empty());
    }
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

    #[test]
    fn forces_side_by_side_with_an_unknown_one_left_out() {
        check(
            "/compare/?forces=kent,northamptonshire,nowhere&round=2016",
            expect![[r#"
                Compare: Compare Kent Police, Northamptonshire Police
                Kent Police and Northamptonshire Police: PEEL 2016 grades side by side, with each force's grade history and key facts where held.
                Not found, so left out: “nowhere”.
                  Kent Police (South East): remove </compare/?forces=northamptonshire&round=2016>
                  Northamptonshire Police (East Midlands): remove </compare/?forces=kent&round=2016>
                  Add Derbyshire Constabulary </compare/?forces=kent,northamptonshire,derbyshire&round=2016>
                Rounds: 2016 </compare/?forces=kent,northamptonshire&round=2016>, 2023-25 </compare/?forces=kent,northamptonshire&round=2023-25>
                  effectiveness in 2016: Kent Police good, Northamptonshire Police requires improvement
                  efficiency in 2016: Kent Police good, Northamptonshire Police good
                  legitimacy in 2016: Kent Police outstanding, Northamptonshire Police good
                Kent Police: grades over time
                  Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it inspects (2023-25, graded areas on a five-point scale) the line breaks, because those grades are not like for like.
                  In 2023-25 PEEL graded areas, not pillars, on a five-point scale that adds “adequate”; these grades are not comparable with the pillar grades of earlier rounds.
                  Effectiveness: good in 2016 [2016 Good, 2023-25 –]
                  Efficiency: good in 2016 [2016 Good, 2023-25 –]
                  Legitimacy: outstanding in 2016 [2016 Outstanding, 2023-25 –]
                  Investigating crime: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: good in 2023-25 [2016 –, 2023-25 Good]
                  Responding to the public: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                Northamptonshire Police: grades over time
                  Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it inspects (2023-25, graded areas on a five-point scale) the line breaks, because those grades are not like for like.
                  In 2023-25 PEEL graded areas, not pillars, on a five-point scale that adds “adequate”; these grades are not comparable with the pillar grades of earlier rounds.
                  Effectiveness: requires improvement in 2016 [2016 Requires improvement, 2023-25 –]
                  Efficiency: good in 2016 [2016 Good, 2023-25 –]
                  Legitimacy: good in 2016 [2016 Good, 2023-25 –]
                  Building, supporting and protecting the workforce: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Investigating crime: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                  Leadership and force management: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Managing offenders and suspects: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Protecting vulnerable people: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Recording data about crime: outstanding in 2023-25 [2016 –, 2023-25 Outstanding]
                  Responding to the public: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                  Treating the public fairly, appropriately and respectfully: good in 2023-25 [2016 –, 2023-25 Good]
                Key facts: Kent Police | Northamptonshire Police (PEEL 2016, 2019/20)
                  Force area: Not held | 914 square miles
                  Population: Not held | 0.757 million people
                  Population change over 10 years: Not held | +10% over 10 years
                  Police officers in frontline roles: Not held | 88% of police officers in frontline roles, 4 percentage points below the national 92%
                  Police officers per 1,000 population: Not held | 3.02 officers per 1,000 people, 18% fewer than the national 3.69
                  Workforce change over 10 years: Not held | −10% over 10 years, against −5% nationally
                  Victim-based crimes per person: Not held | 0.07 victim-based crimes per person, 17% more than the national 0.06
                  Victim-based crimes, 5-year trend: Not held | +14% over 5 years, against +9% nationally
                  Cost of policing per person per day: Not held | 50p per person per day, 15% less than the national 59p
            "#]],
        );
    }

    #[test]
    fn a_fifth_force_in_the_address_is_left_out_and_said() {
        // The fixture's three forces and two that are not forces: Derbyshire comes fifth.
        let path = "/compare/?forces=kent,northamptonshire,essex,nowhere,kent,derbyshire&round=2016";
        let page = crate::fixture::Fixture::load().page(path);
        let crate::pages::PageData::Compare(view) = page else {
            panic!("a compare page: {page:?}");
        };
        assert_eq!(
            view.unknown_sentence().as_deref(),
            Some("Not found, so left out: “essex”, “nowhere”.")
        );
        assert_eq!(
            view.left_out_sentence().as_deref(),
            Some(
                "Four forces is the most that can be compared at once, so Derbyshire Constabulary \
                 was left out."
            )
        );
    }

    #[test]
    fn before_any_force_is_chosen() {
        check(
            "/compare/",
            expect![[r#"
            Compare: Compare forces
            Choose two to four forces to compare.
        "#]],
        );
    }
}
