//! The Northamptonshire 2016 page, parsed whole and compared field by field with what a person
//! reads on it; and every sentence of it found in the report.

mod report_page_common;

use std::collections::BTreeSet;

use peel_ingest::report_page::chrome::{Scope, is_chrome};
use peel_model::fixture::Fixture;
use peel_model::report::{JudgementSource, KeyFigureId};
use peel_model::{Date, Grade, Judgement, Pillar, Report, Round};
use report_page_common::{FILE, REFERENCE, normalise, parse};

fn report() -> Report {
    parse(REFERENCE).report
}

/// Asserts a paragraph's first and last words.
#[track_caller]
fn reads(paragraph: &str, first: &str, last: &str) {
    assert!(
        paragraph.starts_with(first),
        "{paragraph:?} should start with {first:?}"
    );
    assert!(
        paragraph.ends_with(last),
        "{paragraph:?} should end with {last:?}"
    );
}

fn date(day: u8, month: u8, year: u16) -> Option<Date> {
    Date::new(year, month, day)
}

#[test]
fn parses_with_no_warnings() {
    let page = parse(REFERENCE);
    assert!(page.warnings.is_empty(), "{:?}", page.warnings);
}

#[test]
fn title_force_round_and_source() {
    let r = report();
    assert_eq!(r.title, "Northamptonshire 2016");
    assert_eq!(r.force, "northamptonshire");
    assert_eq!(r.round, Round::from_label("2016").unwrap());
    assert_eq!(r.source_file, FILE);
}

#[test]
fn introduction_and_headline_judgements() {
    let r = report();
    assert_eq!(r.introduction.len(), 1);
    reads(
        &r.introduction[0],
        "This is HMIC’s third PEEL (police effectiveness,",
        "inspection findings and reports.",
    );

    let headlines: Vec<_> = r
        .headline_judgements
        .iter()
        .map(|h| (h.pillar, h.judgement))
        .collect();
    assert_eq!(
        headlines,
        [
            (
                Pillar::Effectiveness,
                Judgement::Graded(Grade::RequiresImprovement)
            ),
            (Pillar::Efficiency, Judgement::Graded(Grade::Good)),
            (Pillar::Legitimacy, Judgement::Graded(Grade::Good)),
        ]
    );
    assert_eq!(
        r.headline_judgement(Pillar::Effectiveness).unwrap().text,
        "The extent to which the force is effective at keeping people safe and reducing crime requires improvement."
    );
    assert_eq!(
        r.headline_judgement(Pillar::Legitimacy).unwrap().text,
        "The extent to which the force is legitimate at keeping people safe and reducing crime is good."
    );
}

#[test]
fn inspector_observations_and_force_area() {
    let r = report();
    let inspector = r.inspector.as_ref().unwrap();
    assert_eq!(inspector.name, "Zoë Billingham");
    assert_eq!(inspector.title, "Her Majesty’s Inspector of Constabulary");

    assert_eq!(r.hmi_observations.len(), 13);
    reads(
        &r.hmi_observations[0],
        "I am satisfied with most aspects of Northamptonshire Police’s",
        "a consistently good service.",
    );
    reads(
        &r.hmi_observations[1],
        "Northamptonshire Police requires improvement in its approach",
        "anti-social behaviour.",
    );
    reads(
        &r.hmi_observations[12],
        "In summary, while I am pleased",
        "consistently good operational policing.",
    );

    assert_eq!(r.force_area.len(), 4);
    reads(
        &r.force_area[0],
        "Northamptonshire Police provides policing services",
        "Kettering, Corby and Towcester.",
    );
    reads(
        &r.force_area[3],
        "Features that both cause and/or indicate",
        "these features are combined.",
    );
}

#[test]
fn working_arrangements_and_looking_ahead() {
    let r = report();
    assert_eq!(r.working_arrangements.len(), 5);
    reads(
        &r.working_arrangements[0],
        "Northamptonshire Police participates in the East Midlands",
        "four other forces in the region.",
    );
    reads(
        &r.working_arrangements[4],
        "The force shares public enquiry counter services",
        "Northamptonshire County Council.",
    );

    let ahead = r.looking_ahead.as_ref().unwrap();
    assert_eq!(ahead.year, 2017);
    assert_eq!(ahead.paragraphs.len(), 2);
    reads(
        &ahead.paragraphs[0],
        "In the year ahead,",
        "HMIC identified last year.",
    );
    assert_eq!(ahead.paragraphs[1], "I will be particularly interested to see:");
    assert_eq!(ahead.bullets.len(), 5);
    assert_eq!(ahead.bullets[0], "how the force improves its crime prevention;");
    assert_eq!(
        ahead.bullets[4],
        "how the force improves the way it plans for the future."
    );
}

#[test]
fn pillar_sections() {
    let r = report();
    let order: Vec<Pillar> = r.pillars.iter().map(|p| p.pillar).collect();
    assert_eq!(order, Pillar::GRADED);

    let eff = r.pillar(Pillar::Effectiveness).unwrap();
    assert_eq!(
        eff.question,
        "How effective is the force at keeping people safe and reducing crime?"
    );
    assert_eq!(eff.last_updated, date(2, 3, 2017));
    assert_eq!(eff.judgement, Some(Judgement::Graded(Grade::RequiresImprovement)));
    assert_eq!(eff.judgement_source, Some(JudgementSource::OwnLine));
    assert_eq!(eff.paragraphs.len(), 10);
    reads(
        &eff.paragraphs[0],
        "Northamptonshire Police requires improvement in respect",
        "judged the force to require improvement.",
    );
    reads(
        &eff.paragraphs[3],
        "Northamptonshire Police has introduced a force-wide approach",
        "to cover other duties elsewhere.",
    );
    assert!(eff.paragraphs[3].contains("known as SARA – scan, analyse, review and assess."));
    reads(
        &eff.paragraphs[9],
        "Many of the problems identified in this year’s inspection",
        "to address many of these problems.",
    );
    let link = eff.questions_link.as_ref().unwrap();
    assert_eq!(
        (link.text.as_str(), link.pillar, link.count),
        (
            "View the five questions for effectiveness",
            Pillar::Effectiveness,
            5
        )
    );

    let eff_q = r.pillar(Pillar::Efficiency).unwrap();
    assert_eq!(
        eff_q.question,
        "How efficient is the force at keeping people safe and reducing crime?"
    );
    assert_eq!(eff_q.last_updated, date(3, 11, 2016));
    assert_eq!(eff_q.judgement, Some(Judgement::Graded(Grade::Good)));
    assert_eq!(eff_q.judgement_source, Some(JudgementSource::HeadlineJudgement));
    assert_eq!(eff_q.paragraphs.len(), 5);
    reads(
        &eff_q.paragraphs[0],
        "Northamptonshire Police has been assessed as good in respect of the efficiency",
        "needs to be strengthened.",
    );
    reads(
        &eff_q.paragraphs[4],
        "During our inspection some concerns",
        "in future PEEL inspections.",
    );
    let link = eff_q.questions_link.as_ref().unwrap();
    assert_eq!((link.pillar, link.count), (Pillar::Efficiency, 3));

    let leg = r.pillar(Pillar::Legitimacy).unwrap();
    assert_eq!(
        leg.question,
        "How legitimate is the force at keeping people safe and reducing crime?"
    );
    assert_eq!(leg.last_updated, date(8, 12, 2016));
    assert_eq!(leg.judgement, Some(Judgement::Graded(Grade::Good)));
    assert_eq!(leg.judgement_source, Some(JudgementSource::HeadlineJudgement));
    assert_eq!(leg.paragraphs.len(), 6);
    reads(
        &leg.paragraphs[0],
        "Northamptonshire Police has been assessed as good in respect of the legitimacy",
        "good in respect of legitimacy.",
    );
    reads(
        &leg.paragraphs[5],
        "Northamptonshire Police seeks to understand",
        "the performance assessment process.",
    );
    let link = leg.questions_link.as_ref().unwrap();
    assert_eq!(
        (link.text.as_str(), link.pillar, link.count),
        ("View the three questions for legitimacy", Pillar::Legitimacy, 3)
    );
}

#[test]
fn other_inspections_and_reports() {
    let r = report();
    let other = r.other_inspections.as_ref().unwrap();
    assert_eq!(
        other.question,
        "How well has the force performed in our other inspections?"
    );
    assert_eq!(other.introduction.len(), 2);
    reads(
        &other.introduction[0],
        "In addition to the three core PEEL pillars",
        "others are joint inspections.",
    );
    reads(
        &other.introduction[1],
        "Findings from these inspections",
        "each force's performance.",
    );
    assert_eq!(other.inspections.len(), 1);
    let leadership = r.other_inspection(Pillar::Leadership).unwrap();
    assert_eq!(leadership.pillar, Some(Pillar::Leadership));
    assert_eq!(leadership.last_updated, date(8, 12, 2016));
    assert_eq!(leadership.paragraphs.len(), 6);
    reads(
        &leadership.paragraphs[0],
        "Police leadership is crucial",
        "through its organisational development.",
    );
    reads(
        &leadership.paragraphs[5],
        "The force’s understanding of diversity",
        "personality types and working preferences.",
    );
    let link = leadership.questions_link.as_ref().unwrap();
    assert_eq!(
        (link.text.as_str(), link.pillar, link.count),
        ("View the three questions for leadership", Pillar::Leadership, 3)
    );

    let reports = r.other_reports.as_ref().unwrap();
    assert_eq!(reports.last_updated, date(24, 10, 2016));
    assert_eq!(
        reports.paragraphs,
        [
            "This section sets out the reports published by HMIC this year that help to better understand the performance of Northamptonshire Police."
        ]
    );
}

/// The key facts, all nine as published, are the fixture bundle's (which holds this page cut
/// short).
#[test]
fn key_facts() {
    let r = report();
    let facts = r.key_facts.as_ref().unwrap();
    assert_eq!(facts, Fixture::load().key_facts());
    assert_eq!(facts.period, "2019/20");
    assert_eq!(facts.figures.len(), 9);
    assert!(facts.paragraphs.is_empty());
    let workforce = facts.figure(KeyFigureId::WorkforceChange).unwrap();
    assert_eq!(
        (workforce.value, workforce.national),
        (-10.0, Some(-5.0)),
        "changes are signed from the words"
    );
    assert_eq!(workforce.text, "down10% 10yr change in local workforce");
    assert_eq!(
        workforce.national_text.as_deref(),
        Some("down5% 10yr national change")
    );
}

#[test]
fn force_context_and_crime_plan() {
    let r = report();
    assert_eq!(r.force_context.len(), 2);
    reads(
        &r.force_context[0],
        "The force is working with partners",
        "to Protect People from Harm.",
    );
    reads(
        &r.force_context[1],
        "The area’s population has grown",
        "population and policing demands.",
    );

    let plan = r.crime_plan.as_ref().unwrap();
    assert_eq!(plan.name, "Police and Crime Plan for Northamptonshire");
    assert_eq!(plan.period, "2016-21");
    assert_eq!(
        plan.introduction,
        "The 2016-21 Police and Crime Plan for Northamptonshire outlines four key priority areas:"
    );
    assert_eq!(plan.priorities.len(), 4);
    reads(
        &plan.priorities[0],
        "Keeping children and young people safe",
        "victims and offenders of the future",
    );
    reads(
        &plan.priorities[1],
        "Community partnerships",
        "anti-social behaviour and road safety",
    );
    reads(
        &plan.priorities[2],
        "Protecting people from harm",
        "national and international threats",
    );
    assert_eq!(
        plan.priorities[3],
        "Victims at the heart of justice right across the criminal justice system."
    );
    assert_eq!(plan.paragraphs.len(), 1);
    reads(
        &plan.paragraphs[0],
        "In addition the plan seeks to transform policing",
        "integration of Police with Fire and Rescue.",
    );
}

/// The site chrome on the page, as a person would list it.
const CHROME: [&str; 7] = [
    "Skip to content",
    "Read more about Northamptonshire",
    "Contact Zoë Billingham",
    "View other reports",
    "Read More",
    "Force Area",
    "Victim-based crimes",
];

#[test]
fn the_parser_drops_exactly_the_chrome() {
    let dropped: BTreeSet<String> = REFERENCE
        .lines()
        .map(normalise)
        .filter(|l| !l.is_empty() && is_chrome(l, Scope::KeyFacts))
        .collect();
    assert_eq!(dropped, CHROME.iter().map(|s| s.to_string()).collect());
    // Outside "Key facts", its labels are text like any other.
    assert!(!is_chrome("Force Area", Scope::Anywhere));
}

fn strings(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(s) => {
            out.insert(s.clone());
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Every line of the page that is not chrome is in the serialised report: as a whole string
/// value where it is text, and as its structured form where it is a heading, date or grade.
#[test]
fn every_sentence_of_the_source_is_in_the_report() {
    let r = report();
    let json = serde_json::to_value(&r).unwrap();
    let mut values = BTreeSet::new();
    strings(&json, &mut values);

    let headings = [
        "HMI's observations",
        "Working arrangements",
        "Other inspections",
        "Other reports",
        "Points of context provided by the force",
        "Police and crime plan priorities",
    ];
    let mut checked = 0;
    for line in REFERENCE.lines().map(normalise).filter(|l| !l.is_empty()) {
        checked += 1;
        if CHROME.contains(&line.as_str()) {
            continue;
        }
        if headings.contains(&line.as_str()) {
            // Structure: the part exists in the report.
            let present = match line.as_str() {
                "HMI's observations" => !r.hmi_observations.is_empty(),
                "Working arrangements" => !r.working_arrangements.is_empty(),
                "Other inspections" => r.other_inspections.is_some(),
                "Other reports" => r.other_reports.is_some(),
                "Points of context provided by the force" => !r.force_context.is_empty(),
                _ => r.crime_plan.is_some(),
            };
            assert!(present, "{line}");
        } else if let Some(year) = line.strip_prefix("Looking ahead to ") {
            assert_eq!(
                r.looking_ahead.as_ref().map(|a| a.year.to_string()),
                Some(year.to_owned())
            );
        } else if let Some(period) = line.strip_prefix("Key facts – ") {
            assert_eq!(r.key_facts.as_ref().map(|k| k.period.as_str()), Some(period));
        } else if let Some(uk) = line.strip_prefix("Last updated ") {
            let iso = Date::parse_uk(uk).unwrap().to_string();
            assert!(values.contains(&iso), "{line}: {iso} not in the report");
        } else if line == "Requires improvement" {
            assert!(values.contains("requires improvement"));
        } else if let Some((name, title)) = line.split_once(", ").filter(|_| line.starts_with("Zoë")) {
            assert!(values.contains(name) && values.contains(title), "{line}");
        } else if let Some(bullet) = line.strip_prefix("• ") {
            assert!(values.contains(bullet), "bullet not in the report: {bullet}");
        } else {
            assert!(values.contains(&line), "line not in the report: {line}");
        }
    }
    assert_eq!(checked, 117, "non-blank lines of the reference page");
}
