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
    let query = CompareQuery::from_query("?forces=kent,,Essex,kent, surrey ,<b>,sussex,norfolk&round=2016");
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
                source_url: Judgement::parse(g).map(|_| format!("https://example.org/{slug}/{}", p.slug())),
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
        grade_sources: Default::default(),
        data_date: None,
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

    // Cited with its round; without a grade's page to name, said so.
    assert_eq!(
        view.citation("/compare/?forces=northamptonshire,derbyshire,essex"),
        "Compare Northamptonshire Police, Derbyshire Constabulary, Essex Police, PEEL 2016. PEEL \
         Explorer. /compare/?forces=northamptonshire,derbyshire,essex\n\
         Date of the data: not recorded.\n\
         Sources: no grade of these forces is held in this dataset for the round.\n\
         Contains public sector information licensed under the Open Government Licence v3.0."
    );
}
