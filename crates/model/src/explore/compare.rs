//! The compare page's query (`/compare/?forces=a,b,c&round=2016`), choosing forces, and
//! suggestions for the picker.
//!
//! Parsing is tolerant: force slugs are trimmed and lower-cased, empty ones and ones that cannot
//! be slugs (anything but `a-z`, `0-9`, `-`) are dropped, repeats are dropped keeping the first,
//! and only the first [`MAX_FORCES`] are kept. Whether a slug is a real force is for the view to
//! say (`CompareView::unknown`). A round is accepted as its slug (`2018-19`) or label (`2018/19`);
//! anything else is ignored. The query is written in one order (`forces`, then `round`), with
//! nothing for what is absent, so the URL always reproduces the view.

use crate::report::KeyFigureId;
use crate::round::Round;
use crate::views::{CompareView, PageRequest};

use super::key_facts::{FigureText, describe_figure};
use super::search::ForceRef;
use super::words::{area_phrase, join_and, query_get, query_pairs};

/// At most this many forces side by side: the view builder's limit.
pub use crate::views::MAX_FORCES;

/// At least this many forces make a comparison.
pub const MIN_FORCES: usize = 2;

/// What the compare page shows, as its URL says it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareQuery {
    /// Force slugs in the order chosen; no repeats, at most [`MAX_FORCES`].
    pub forces: Vec<String>,
    pub round: Option<Round>,
}

fn clean_slug(text: &str) -> Option<String> {
    let slug = text.trim().to_ascii_lowercase();
    let ok = !slug.is_empty()
        && slug.len() <= 100
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then_some(slug)
}

impl CompareQuery {
    /// From a URL query (`?forces=kent,essex&round=2016`; leading `?` optional).
    pub fn from_query(query: &str) -> CompareQuery {
        let pairs = query_pairs(query);
        CompareQuery::from_lookup(&|key| query_get(&pairs, key).map(str::to_owned))
    }

    /// From already decoded query values (`|key| query_map.get(key)`).
    pub fn from_lookup(get: &dyn Fn(&str) -> Option<String>) -> CompareQuery {
        let mut query = CompareQuery::default();
        for slug in get("forces")
            .unwrap_or_default()
            .split(',')
            .filter_map(clean_slug)
        {
            query = query.with_force(&slug);
        }
        query.round = get("round").and_then(|r| {
            let r = r.trim();
            Round::from_slug(r).or_else(|| Round::from_label(r))
        });
        query
    }

    /// `forces=kent,essex&round=2016`, or `""` when nothing is chosen.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.forces.is_empty() {
            parts.push(format!("forces={}", self.forces.join(",")));
        }
        if let Some(round) = self.round {
            parts.push(format!("round={}", round.slug()));
        }
        parts.join("&")
    }

    /// The page request this query asks for.
    pub fn request(&self) -> PageRequest {
        PageRequest::Compare {
            forces: self.forces.clone(),
            round: self.round.map(|r| r.slug().to_owned()),
        }
    }

    /// `/compare/?forces=kent,essex&round=2016`.
    pub fn path(&self) -> String {
        self.request().path()
    }

    pub fn is_full(&self) -> bool {
        self.forces.len() >= MAX_FORCES
    }

    /// Two or more forces chosen.
    pub fn is_comparison(&self) -> bool {
        self.forces.len() >= MIN_FORCES
    }

    pub fn contains(&self, slug: &str) -> bool {
        self.forces.iter().any(|f| f == slug)
    }

    /// Whether [`CompareQuery::with_force`] would add `slug`.
    pub fn can_add(&self, slug: &str) -> bool {
        clean_slug(slug).is_some_and(|s| !self.contains(&s)) && !self.is_full()
    }

    /// The query with `slug` added at the end; unchanged if it is already there, if the query is
    /// full, or if `slug` cannot be a slug.
    pub fn with_force(&self, slug: &str) -> CompareQuery {
        let mut query = self.clone();
        if let Some(slug) = clean_slug(slug)
            && !query.contains(&slug)
            && !query.is_full()
        {
            query.forces.push(slug);
        }
        query
    }

    /// The query without `slug` (unchanged if it is not there).
    pub fn without_force(&self, slug: &str) -> CompareQuery {
        let mut query = self.clone();
        query.forces.retain(|f| f != slug.trim());
        query
    }

    /// The query for another round (`None`: let the page choose).
    pub fn with_round(&self, round: Option<Round>) -> CompareQuery {
        CompareQuery {
            forces: self.forces.clone(),
            round,
        }
    }
}

/// The compare link of a force's page: the force alone, its region's other forces then being
/// suggested by the picker ([`suggestions`]). `round` keeps the page's round where given.
pub fn compare_link(slug: &str, round: Option<Round>) -> String {
    CompareQuery::default().with_force(slug).with_round(round).path()
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
                    let word = judgement.map_or("not held", |j| j.word());
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
    use crate::views::{AreaJudgement, CompareForce};

    fn q(forces: &[&str], round: Option<Round>) -> CompareQuery {
        CompareQuery {
            forces: forces.iter().map(|s| (*s).to_owned()).collect(),
            round,
        }
    }

    #[test]
    fn queries_parse_tolerantly_and_serialise_canonically() {
        let query =
            CompareQuery::from_query("?forces=kent,,Essex,kent, surrey ,<b>,sussex,norfolk&round=2016");
        assert_eq!(
            query,
            q(&["kent", "essex", "surrey", "sussex"], Some(Round::R2016))
        );
        assert_eq!(query.to_query(), "forces=kent,essex,surrey,sussex&round=2016");
        assert_eq!(
            query.path(),
            "/compare/?forces=kent,essex,surrey,sussex&round=2016"
        );
        assert_eq!(CompareQuery::from_query(&query.to_query()), query);
        assert_eq!(
            CompareQuery::from_query("round=2018%2F19&forces=kent%2Cessex").to_query(),
            "forces=kent,essex&round=2018-19"
        );
        assert_eq!(
            CompareQuery::from_query("round=2019&forces="),
            CompareQuery::default()
        );
        assert_eq!(CompareQuery::default().to_query(), "");
        assert_eq!(CompareQuery::default().path(), "/compare/");
        assert_eq!(CompareQuery::from_query("%%&&=").path(), "/compare/");
        assert_eq!(
            CompareQuery::from_lookup(&|k| (k == "round").then(|| "2023-25".to_owned())).round,
            Some(Round::R2023_25)
        );
    }

    #[test]
    fn adding_and_removing_forces() {
        let one = q(&["northamptonshire"], Some(Round::R2016));
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
        assert_eq!(
            compare_link("northamptonshire", Some(Round::R2016)),
            "/compare/?forces=northamptonshire&round=2016"
        );
        assert_eq!(
            compare_link("northamptonshire", None),
            "/compare/?forces=northamptonshire"
        );
    }

    /// The East Midlands forces and one other, as in `data/forces.csv`.
    fn all() -> Vec<(String, String, String)> {
        [
            ("derbyshire", "Derbyshire Constabulary", "East Midlands"),
            ("kent", "Kent Police", "South East"),
            ("leicestershire", "Leicestershire Police", "East Midlands"),
            ("lincolnshire", "Lincolnshire Police", "East Midlands"),
            ("northamptonshire", "Northamptonshire Police", "East Midlands"),
            ("nottinghamshire", "Nottinghamshire Police", "East Midlands"),
            ("surrey", "Surrey Police", "South East"),
        ]
        .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
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
            round: Some(Round::R2016),
            rounds: vec![Round::R2015, Round::R2016],
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
            all_forces: all(),
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
            Round::R2016,
            crate::explore::key_facts::tests::northamptonshire_2016(),
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
