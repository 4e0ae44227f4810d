use super::*;

/// The spells of `data/monitoring.csv`, dates as the data gives them (concerns and sources left
/// out: the count does not read them).
pub(crate) fn real_monitoring() -> Monitoring {
    let spell = |force: &str, entered: &str, left: Option<&str>| Spell {
        force: ForceSlug::from(force),
        entered: PartialDate::parse(entered).unwrap(),
        left: left.map(|l| PartialDate::parse(l).unwrap()),
        concerns: Vec::new(),
        source_url: "https://example.org/".into(),
        note: String::new(),
    };
    Monitoring {
        spells: vec![
            spell("cleveland", "2019", Some("2023-09")),
            spell("greater-manchester", "2020-12", Some("2022-10-28")),
            spell("gloucestershire", "2021-12", Some("2023-09-20")),
            spell("metropolitan", "2022-06-28", Some("2025-01-23")),
            spell("staffordshire", "2022-06", Some("2024-05-21")),
            spell("wiltshire", "2022-06", Some("2024-05-21")),
            spell("devon-and-cornwall", "2022-10-14", Some("2025-07-30")),
            spell("west-midlands", "2023-11-24", Some("2024-09-18")),
            spell("nottinghamshire", "2024-03-11", Some("2025-05")),
            spell("lincolnshire", "2024-12-06", None),
        ],
        sources_up_to: PartialDate::parse("2025-10"),
    }
}

/// "Cleveland" for `cleveland`: the tests' stand-in for the forces' names.
fn name_of(slug: &ForceSlug) -> String {
    let mut name = String::new();
    for (i, word) in slug.as_str().split('-').enumerate() {
        if i > 0 {
            name.push(' ');
        }
        name.push_str(&crate::wording::sentence_case(word));
    }
    name
}

fn on(text: &str) -> EngageOn {
    EngageOn::of(&real_monitoring(), Date::parse_iso(text).unwrap(), &name_of)
}

fn sure(on: &EngageOn) -> Vec<String> {
    match on {
        EngageOn::Counted { sure, .. } => sure.iter().map(|f| f.slug.to_string()).collect(),
        other => panic!("no count: {other:?}"),
    }
}

#[test]
fn a_day_inside_every_spell_counts_them_all_and_no_more() {
    let day = on("2023-06-01");
    assert_eq!(
        sure(&day),
        [
            "cleveland",
            "gloucestershire",
            "metropolitan",
            "staffordshire",
            "wiltshire",
            "devon-and-cornwall"
        ]
    );
    assert_eq!(
        day.sentence(),
        "On 1 June 2023, six forces were in enhanced monitoring (Engage)."
    );
}

#[test]
fn a_move_out_known_to_the_month_is_counted_apart_and_named() {
    let day = on("2023-09-15");
    // Gloucestershire moved out on 20 September 2023: still in on the 15th.
    assert_eq!(sure(&day).len(), 5);
    assert_eq!(
        day.sentence(),
        "On 15 September 2023, five forces were in enhanced monitoring (Engage), and one more may \
         have been: Cleveland’s move out is known only to the month (September 2023)."
    );
    let marks = day.marks().expect("a count");
    assert_eq!(marks.when, "on 15 September 2023");
    let cleveland = marks.presence_of(&ForceSlug::from("cleveland")).expect("marked");
    assert_eq!(cleveland.presence, Presence::Unsure);
    assert_eq!(
        cleveland.why.as_deref(),
        Some("Cleveland’s move out is known only to the month (September 2023)")
    );
    assert_eq!(
        marks
            .presence_of(&ForceSlug::from("metropolitan"))
            .map(|f| f.presence),
        Some(Presence::In)
    );
    // A force out of Engage that day is not marked.
    assert_eq!(marks.presence_of(&ForceSlug::from("lincolnshire")), None);
}

#[test]
fn a_move_in_known_to_the_year_or_month_is_unsure_too() {
    assert_eq!(
        on("2019-06-01").sentence(),
        "On 1 June 2019, no force was certainly in enhanced monitoring (Engage), but one may have \
         been: Cleveland’s move in is known only to the year (2019)."
    );
    assert_eq!(
        on("2020-12-10").sentence(),
        "On 10 December 2020, one force was in enhanced monitoring (Engage), and one more may \
         have been: Greater Manchester’s move in is known only to the month (December 2020)."
    );
    // A day spell's first day is in; a month spell's first month is unsure, then in.
    assert_eq!(
        sure(&on("2022-06-28")),
        [
            "cleveland",
            "greater-manchester",
            "gloucestershire",
            "metropolitan"
        ]
    );
    assert!(sure(&on("2022-07-01")).contains(&"staffordshire".to_owned()));
}

#[test]
fn the_data_s_last_day_counts_the_open_spell() {
    let day = on("2025-10-31");
    assert_eq!(sure(&day), ["lincolnshire"]);
    assert_eq!(
        day.sentence(),
        "On 31 October 2025, one force was in enhanced monitoring (Engage)."
    );
    // Nottinghamshire's move out is known to May 2025.
    assert_eq!(
        on("2025-05-20").sentence(),
        "On 20 May 2025, two forces were in enhanced monitoring (Engage), and one more may have \
         been: Nottinghamshire’s move out is known only to the month (May 2025)."
    );
}

#[test]
fn days_outside_the_data_get_no_count() {
    let before = on("2018-12-31");
    assert_eq!(
        before.sentence(),
        "The spells held begin in 2019, so the data cannot say which forces were in enhanced \
         monitoring (Engage) on 31 December 2018."
    );
    assert_eq!(before.marks(), None);
    let after = on("2025-11-01");
    assert_eq!(
        after.sentence(),
        "The sources reach up to October 2025, so the data cannot say which forces were in \
         enhanced monitoring (Engage) on 1 November 2025."
    );
    assert_eq!(after.marks(), None);
    assert!(matches!(on("2019-01-01"), EngageOn::Counted { .. }));
    assert!(matches!(on("2025-10-31"), EngageOn::Counted { .. }));
    let day = Date::parse_iso("2023-01-01").unwrap();
    let empty = EngageOn::of(&Monitoring::default(), day, &name_of);
    assert_eq!(empty, EngageOn::NoData { day });
    assert_eq!(
        empty.sentence(),
        "The data holds no spell in enhanced monitoring (Engage), so it gives no count for 1 \
         January 2023."
    );
}

#[test]
fn as_of_the_sources_the_open_spells_are_marked_and_named() {
    let monitoring = real_monitoring();
    let marks = EngageDay::as_of_sources(&monitoring).expect("the sources' month");
    assert_eq!(marks.when, "as of October 2025");
    let marked: Vec<(&str, Presence)> = marks
        .forces
        .iter()
        .map(|f| (f.force.as_str(), f.presence))
        .collect();
    assert_eq!(marked, [("lincolnshire", Presence::In)]);
    assert_eq!(
        open_spells_line(&monitoring, &name_of).as_deref(),
        Some("In enhanced monitoring as of October 2025: Lincolnshire")
    );
    let mut closed = monitoring.clone();
    closed.spells.pop();
    assert_eq!(
        open_spells_line(&closed, &name_of).as_deref(),
        Some("No force was in enhanced monitoring as of October 2025")
    );
    assert_eq!(open_spells_line(&Monitoring::default(), &name_of), None);
}
