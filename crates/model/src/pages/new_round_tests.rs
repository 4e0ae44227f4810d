//! A round is data: the fixture with two rounds added as ingest would add them from a
//! `questions.json` entry and CSV rows (2025-27, two areas, one grade held, for Kent; 2027-29,
//! two areas, no grade held yet), and every kind of page showing both, with no change of code.
//! The two rounds and Kent's grade are made up for this test; they are in no data file.

use expect_test::expect;

use crate::area::Area;
use crate::bundle::{ForceRound, GradeRecord, HeadlineGrade, RoundInfo};
use crate::fixture::Fixture;
use crate::grade::Judgement;
use crate::questions::RoundQuestions;
use crate::round::Round;
use crate::route::Route;

use super::page_text::{check_in, text_of};
use super::{Sources, site_map};

const AREAS: [&str; 2] = ["Investigating crime", "Responding to the public"];
const REPORT: &str = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/";

fn round(label: &str) -> Round {
    Round::from_label(label).unwrap()
}

/// The fixture with the two rounds added.
fn fixture() -> Fixture {
    let mut fixture = Fixture::load();
    let index = &mut fixture.index;
    let (one_grade, no_grade) = (round("2025-27"), round("2027-29"));
    for (new, held) in [(one_grade, 1), (no_grade, 0)] {
        index
            .questions
            .rounds
            .push(RoundQuestions::bare(&new.label(), &AREAS));
        index.rounds.push(RoundInfo {
            round: new,
            forces_with_grades: held,
        });
    }
    let area = Area::GradedArea(AREAS[0].to_owned());
    let judgement = Judgement::parse("good").unwrap();
    index.sources.push(REPORT.to_owned());
    index.grades.push(HeadlineGrade {
        force: "kent".into(),
        round: one_grade,
        area: area.clone(),
        judgement,
        source: (index.sources.len() - 1) as u32,
    });
    index.force_rounds.push(ForceRound {
        force: "kent".into(),
        round: one_grade,
        page_url: REPORT.to_owned(),
        has_report: false,
        report_url: Some(REPORT.to_owned()),
    });
    let kent = fixture
        .forces
        .iter_mut()
        .find(|f| f.force.slug == "kent")
        .expect("Kent's file");
    kent.grades.push(GradeRecord {
        round: one_grade,
        area,
        judgement,
        source_url: REPORT.to_owned(),
        note: None,
    });
    fixture
}

#[test]
fn the_new_rounds_are_in_the_site_map_where_held() {
    let fixture = fixture();
    let sources = Sources::new(&fixture.index, &fixture.forces, Some(&fixture.places));
    let paths: Vec<String> = site_map(&sources).iter().map(Route::path).collect();
    for path in ["/round/2025-27/", "/round/2027-29/", "/force/kent/2025-27/"] {
        assert!(paths.iter().any(|p| p == path), "{path} is not prerendered");
    }
    for path in ["/force/kent/2027-29/", "/force/derbyshire/2025-27/"] {
        assert!(!paths.iter().any(|p| p == path), "{path}: nothing of it is held");
    }
}

/// Every page the fixture's site has, and the new rounds' addresses of each kind, says no round
/// the data does not have (the real data's other rounds, which code used to name) outside the
/// one report text the fixture holds.
#[test]
fn no_page_names_a_round_the_data_does_not_have() {
    let fixture = fixture();
    let sources = Sources::new(&fixture.index, &fixture.forces, Some(&fixture.places));
    let mut paths: Vec<String> = site_map(&sources)
        .iter()
        .map(Route::path)
        .filter(|p| !p.starts_with("/force/northamptonshire/2016/"))
        .collect();
    paths.extend(
        [
            "/force/kent/2027-29/",
            "/force/kent/2029-31/",
            "/round/2029-31/",
            "/force/kent/2025-27/effectiveness/",
            "/compare/?forces=kent,derbyshire&round=2025-27",
            "/compare/?forces=kent,derbyshire&round=2027-29",
        ]
        .map(str::to_owned),
    );
    for path in &paths {
        let text = text_of(&fixture, path);
        for absent in ["2015", "2017", "2018/19", "2018-19", "2021/22", "2021-22"] {
            assert!(!text.contains(absent), "{path} names {absent}:\n{text}");
        }
    }
}

/// The lines of `fixture`'s page at `path` from the first that starts with `from` up to (not
/// including) the first after it that starts with `to`, or to the end: the part a test is about,
/// where the rest is the fixture's page as other tests show it.
fn part_of(fixture: &Fixture, path: &str, from: &str, to: Option<&str>) -> String {
    let text = text_of(fixture, path);
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|line| !line.trim_start().starts_with(from))
        .collect();
    let end = lines
        .iter()
        .skip(1)
        .position(|line| to.is_some_and(|to| line.trim_start().starts_with(to)))
        .map_or(lines.len(), |at| at + 1);
    lines[..end].join("\n") + "\n"
}

#[test]
fn the_home_page_counts_the_new_rounds() {
    let fixture = fixture();
    expect![[r#"
        Coverage:
          PEEL 2016 </round/2016/>
            All nine grades of its three pillars are held, for every force.
          PEEL 2023-25 </round/2023-25/>
            19 of the 24 grades of its eight areas graded for every force are held: all of them for two forces and some for one.
          PEEL 2025-27 </round/2025-27/>
            One of the six grades of its two areas graded for every force is held: some for one force and none for two.
          PEEL 2027-29 </round/2027-29/>
            No grades of this round are held yet.
    "#]]
    .assert_eq(&part_of(&fixture, "/", "Coverage:", Some("East Midlands:")));
    // Kent's latest held round is the new one, with its one grade.
    expect![[r#"
        South East:
          Kent Police </force/kent/2025-27/>
            Latest held: PEEL 2025-27 (1 of 2 graded areas held)
            Investigating crime: Good
    "#]]
    .assert_eq(&part_of(&fixture, "/", "South East:", None));
}

#[test]
fn a_force_is_sent_on_to_the_newest_round_with_a_grade() {
    check_in(
        &fixture(),
        "/force/kent/",
        expect![[r#"
            Force: Kent Police
            The latest PEEL assessment held for Kent Police is PEEL 2025-27 (1 of 2 areas held).
              Sent on to </force/kent/2025-27/>
        "#]],
    );
}

#[test]
fn a_force_page_of_a_round_with_one_grade() {
    check_in(
        &fixture(),
        "/force/kent/2025-27/",
        expect![[r#"
            Force round: Kent Police, PEEL 2025-27
            Description: Kent Police, PEEL 2025-27: investigating crime good.
            Region: South East
            Rounds: 2016 </force/kent/2016/>, 2023-25 </force/kent/2023-25/>, 2025-27 </force/kent/2025-27/>
            PEEL 2025-27 graded areas of policing on a five-point scale (outstanding, good, adequate, requires improvement, inadequate).
              Investigating crime: Good
                The only force with a grade held
                Source: HMICFRS <https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/> [1]
            Not held in this dataset: Responding to the public (#responding-to-the-public) (one area). HMICFRS gave this grade in its official report, but this dataset has not captured it. Read it in the official report <https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/>
            Since PEEL 2023-25:
              Investigating crime: good, up from requires improvement in 2023-25
            Compare Kent Police with other forces </compare/?forces=kent&round=2025-27>
            Official report <https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/>
            How other forces were graded in PEEL 2025-27
              Investigating crime in PEEL 2025-27: the only force graded good for investigating crime in 2025-27, and the only one whose grade for this area is held
                Outstanding 0, Good 1 (this force), Adequate 0, Requires improvement 0, Inadequate 0, Not held 2
                one of 3 forces has a grade held (two not held)
              Responding to the public in PEEL 2025-27: no grade for responding to the public is held for this force in 2025-27, nor for any other force
                Outstanding 0, Good 0, Adequate 0, Requires improvement 0, Inadequate 0, Not held 3 (this force)
                none of the 3 forces has a grade held
            Kent Police: grades over time
              Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it inspects (from 2023-25, graded areas on a five-point scale) the line breaks, because those grades are not like for like.
              From 2023-25 PEEL grades areas, not pillars, on a five-point scale that adds “adequate”; these grades are not comparable with the pillar grades of earlier rounds.
              Effectiveness: good in 2016 [2016 Good, 2023-25 –, 2025-27 –]
              Efficiency: good in 2016 [2016 Good, 2023-25 –, 2025-27 –]
              Legitimacy: outstanding in 2016 [2016 Outstanding, 2023-25 –, 2025-27 –]
              Investigating crime: requires improvement in 2023-25, good in 2025-27 [2016 –, 2023-25 Requires improvement, 2025-27 Good]
              Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: good in 2023-25 [2016 –, 2023-25 Good, 2025-27 –]
              Responding to the public: requires improvement in 2023-25, not held in 2025-27 [2016 –, 2023-25 Requires improvement, 2025-27 Not held in this dataset]
              Not held in this dataset: HMICFRS gave this grade in its official report, but this dataset has not captured it.
            Sources:
              1. HMICFRS: https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/ (linked)
            Citation:
              Kent Police, PEEL 2025-27. PEEL Explorer. /force/kent/2025-27/
              Data last changed: 1 December 2026.
              Source: HMICFRS, https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2025-27/
              Contains public sector information licensed under the Open Government Licence v3.0.
        "#]],
    );
}

#[test]
fn the_tables_of_a_round_with_one_grade_and_of_one_with_none() {
    let fixture = fixture();
    check_in(
        &fixture,
        "/round/2025-27/",
        expect![[r#"
            Round table: PEEL 2025-27: grades of every force
            Grades are held for one of the 3 forces in PEEL 2025-27.
            Each force was graded on areas of policing, on a five-point scale (outstanding, good, adequate, requires improvement, inadequate). For two of the 3 forces no grade of this round is held in this dataset.
            Investigating crime in PEEL 2025-27 Each square is a police force, placed next to its neighbours (a tile map, not to scale), coloured by its grade for investigating crime in PEEL 2025-27 and marked with the grade’s letters. A square outlined in black and marked E is a force in enhanced monitoring (Engage) as of October 2025. Each square links to the force’s page.
              DBY – (Derbyshire Constabulary: not held in this dataset) </force/derbyshire/>
              NHT – (Northamptonshire Police: not held in this dataset) </force/northamptonshire/>
              KEN G (Kent Police: good) </force/kent/2025-27/>
              Key: O Outstanding (0), G Good (1), A Adequate (0), RI Requires improvement (0), I Inadequate (0), – Not held in this dataset (2), E In enhanced monitoring (Engage) as of October 2025 (0)
            All 3 forces. Sorted by force name, A to Z.
              Investigating crime: 1 good, 2 not held (held for 1 of 3 forces)
              Responding to the public: 3 not held
              Derbyshire Constabulary </force/derbyshire/> (East Midlands)
                Standing: None of 2 held
                Investigating crime: Not held in this dataset
                Responding to the public: Not held in this dataset
              Kent Police </force/kent/2025-27/> (South East)
                Standing: 1 good; 1 of 2 held
                Investigating crime: Good </force/kent/2025-27/#investigating-crime>
                Responding to the public: Not held in this dataset </force/kent/2025-27/#responding-to-the-public>
              Northamptonshire Police </force/northamptonshire/> (East Midlands)
                Standing: None of 2 held
                Investigating crime: Not held in this dataset
                Responding to the public: Not held in this dataset
            Citation:
              PEEL 2025-27: grades of every force. PEEL Explorer. /round/2025-27/
              Data last changed: 1 December 2026.
              Source: HMICFRS (the page each grade was read from is in the table’s JSON download; the CSV lists each force’s pages)
              Contains public sector information licensed under the Open Government Licence v3.0.
        "#]],
    );
    check_in(
        &fixture,
        "/round/2027-29/",
        expect![[r#"
            Round table: PEEL 2027-29: grades of every force
            No grades are held for any of the 3 forces in PEEL 2027-29.
            Each force was graded on areas of policing, on a five-point scale (outstanding, good, adequate, requires improvement, inadequate). No grade of this round is held in this dataset for any of the 3 forces.
            Investigating crime in PEEL 2027-29 Each square is a police force, placed next to its neighbours (a tile map, not to scale), coloured by its grade for investigating crime in PEEL 2027-29 and marked with the grade’s letters. A square outlined in black and marked E is a force in enhanced monitoring (Engage) as of October 2025. Each square links to the force’s page.
              DBY – (Derbyshire Constabulary: not held in this dataset) </force/derbyshire/>
              NHT – (Northamptonshire Police: not held in this dataset) </force/northamptonshire/>
              KEN – (Kent Police: not held in this dataset) </force/kent/>
              Key: O Outstanding (0), G Good (0), A Adequate (0), RI Requires improvement (0), I Inadequate (0), – Not held in this dataset (3), E In enhanced monitoring (Engage) as of October 2025 (0)
            All 3 forces. Sorted by force name, A to Z.
              Investigating crime: 3 not held
              Responding to the public: 3 not held
              Derbyshire Constabulary </force/derbyshire/> (East Midlands)
                Standing: None of 2 held
                Investigating crime: Not held in this dataset
                Responding to the public: Not held in this dataset
              Kent Police </force/kent/> (South East)
                Standing: None of 2 held
                Investigating crime: Not held in this dataset
                Responding to the public: Not held in this dataset
              Northamptonshire Police </force/northamptonshire/> (East Midlands)
                Standing: None of 2 held
                Investigating crime: Not held in this dataset
                Responding to the public: Not held in this dataset
            Citation:
              PEEL 2027-29: grades of every force. PEEL Explorer. /round/2027-29/
              Data last changed: 1 December 2026.
              Sources: no grade of this round is held in this dataset.
              Contains public sector information licensed under the Open Government Licence v3.0.
        "#]],
    );
}

#[test]
fn compare_in_the_new_rounds() {
    let fixture = fixture();
    // The grade histories are the force page's (`a_force_page_of_a_round_with_one_grade`).
    expect![[r#"
        Compare: Compare Kent Police, Derbyshire Constabulary
        Kent Police and Derbyshire Constabulary: PEEL 2025-27 grades side by side, with each force's grade history and key facts where held.
          Kent Police (South East): remove </compare/?forces=derbyshire&round=2025-27>
          Derbyshire Constabulary (East Midlands): remove </compare/?forces=kent&round=2025-27>
          Add Northamptonshire Police </compare/?forces=kent,derbyshire,northamptonshire&round=2025-27>
        Rounds: 2016 </compare/?forces=kent,derbyshire&round=2016>, 2023-25 </compare/?forces=kent,derbyshire&round=2023-25>, 2025-27 </compare/?forces=kent,derbyshire&round=2025-27>
          investigating crime in 2025-27: Kent Police good, Derbyshire Constabulary not held
          responding to the public in 2025-27: Kent Police not held, Derbyshire Constabulary not held
    "#]].assert_eq(&part_of(
        &fixture,
        "/compare/?forces=kent,derbyshire&round=2025-27",
        "Compare:",
        Some("Kent Police: grades over time"),
    ));
    // No chosen force has a grade of 2027-29: the latest round both have.
    expect![[r#"
        Compare: Compare Kent Police, Derbyshire Constabulary
        Kent Police and Derbyshire Constabulary: PEEL 2023-25 grades side by side, with each force's grade history and key facts where held.
          Kent Police (South East): remove </compare/?forces=derbyshire&round=2023-25>
          Derbyshire Constabulary (East Midlands): remove </compare/?forces=kent&round=2023-25>
          Add Northamptonshire Police </compare/?forces=kent,derbyshire,northamptonshire&round=2023-25>
        Rounds: 2016 </compare/?forces=kent,derbyshire&round=2016>, 2023-25 </compare/?forces=kent,derbyshire&round=2023-25>, 2025-27 </compare/?forces=kent,derbyshire&round=2025-27>
    "#]].assert_eq(&part_of(
        &fixture,
        "/compare/?forces=kent,derbyshire&round=2027-29",
        "Compare:",
        Some("treating the public"),
    ));
}

#[test]
fn pages_the_new_rounds_do_not_have_say_why() {
    let fixture = fixture();
    check_in(
        &fixture,
        "/force/kent/2027-29/",
        expect![[r#"
        Not found: No PEEL 2027-29 data is held for Kent Police in this dataset.
          Kent Police, PEEL 2016 </force/kent/2016/>
          Kent Police, PEEL 2023-25 </force/kent/2023-25/>
          Kent Police, PEEL 2025-27 </force/kent/2025-27/>
    "#]],
    );
    check_in(
        &fixture,
        "/force/derbyshire/2025-27/",
        expect![[r#"
        Not found: No PEEL 2025-27 data is held for Derbyshire Constabulary in this dataset.
          Derbyshire Constabulary, PEEL 2016 </force/derbyshire/2016/>
          Derbyshire Constabulary, PEEL 2023-25 </force/derbyshire/2023-25/>
    "#]],
    );
    check_in(
        &fixture,
        "/force/kent/2025-27/effectiveness/",
        expect![[r#"
        Not found: PEEL 2025-27 graded areas, not pillars, so there is no “effectiveness” page for Kent Police.
          Kent Police, PEEL 2025-27 </force/kent/2025-27/>
    "#]],
    );
    check_in(
        &fixture,
        "/force/kent/2029-31/",
        expect![[r#"
        Not found: “2029-31” is not a PEEL round. The rounds are 2016, 2023-25, 2025-27, 2027-29.
          Kent Police, PEEL 2016 </force/kent/2016/>
          Kent Police, PEEL 2023-25 </force/kent/2023-25/>
          Kent Police, PEEL 2025-27 </force/kent/2025-27/>
    "#]],
    );
    check_in(
        &fixture,
        "/round/2029-31/",
        expect![[r#"
        Not found: “2029-31” is not a PEEL round. The rounds are 2016, 2023-25, 2025-27, 2027-29.
          PEEL 2016 </round/2016/>
          PEEL 2023-25 </round/2023-25/>
          PEEL 2025-27 </round/2025-27/>
          PEEL 2027-29 </round/2027-29/>
    "#]],
    );
}
