use expect_test::expect;

use super::*;
use crate::fixture::Fixture;
use crate::pages::PageData;
use crate::pages::page_text::check;
use crate::widgets::engage::EngageOn;

fn view() -> MonitoringView {
    let PageData::Monitoring(view) = Fixture::load().page("/monitoring/") else {
        panic!("not the monitoring page")
    };
    view
}

#[test]
fn every_date_shows_the_same_data() {
    let fixture = Fixture::load();
    assert_eq!(
        fixture.page("/monitoring/?date=2019-06-01"),
        fixture.page("/monitoring/")
    );
}

#[test]
fn the_default_day_is_the_last_of_the_sources_month() {
    let view = view();
    assert_eq!(view.day(None), Date::new(2025, 10, 31));
    assert_eq!(view.day(Date::new(2023, 6, 1)), Date::new(2023, 6, 1));
}

#[test]
fn a_spell_of_a_force_the_data_lacks_is_named_by_its_slug_and_not_linked() {
    // The fixture's spells are of forces outside its three (none of those was in Engage).
    let rows = view().rows();
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r.page.is_none()));
    assert_eq!(rows[0].force.name, "cleveland");
}

#[test]
fn a_source_is_named_by_its_publisher_and_linked_only_if_official() {
    let rows = view().rows();
    let cleveland = &rows[0].source;
    assert_eq!((cleveland.number, cleveland.publisher.as_str()), (1, "HMICFRS"));
    assert_eq!(cleveland.link.as_deref(), Some(cleveland.url.as_str()));
    let manchester = &rows[1].source;
    assert_eq!(
        (manchester.number, manchester.publisher.as_str()),
        (2, "WiredGov")
    );
    assert_eq!(manchester.link, None);
    assert_eq!(rows[1].left, "28 October 2022");
    assert_eq!(rows[4].left, "No move out found up to October 2025");
    assert!(rows[1].concerns.is_empty());
}

#[test]
fn the_map_of_a_day_marks_its_forces_and_a_day_outside_the_data_has_none() {
    let view = view();
    let on = view.on(Date::new(2023, 9, 15).unwrap());
    assert!(matches!(on, EngageOn::Counted { .. }));
    // The fixture's squares are of its three forces, none of them in Engage.
    let map = view.map_on(&on).expect("a map");
    assert_eq!(map.tiles.len(), 3);
    assert_eq!(map.marked(crate::monitoring::Presence::Out), 3);
    assert_eq!(view.map_on(&view.on(Date::new(2018, 6, 1).unwrap())), None);
}

#[test]
fn the_page_as_it_first_shows() {
    check(
        "/monitoring/",
        expect![[r#"
            Monitoring: Enhanced monitoring (Engage): forces since 2019
            Description: Which police forces of England and Wales HMICFRS moved into enhanced monitoring (Engage) since 2019, when each moved in and out, and how many were in Engage on any day; the sources reach up to October 2025.
            HMICFRS, the inspectorate of the police in England and Wales, monitors every force in one of two phases. Scan is the routine phase, where a force normally is. Engage is enhanced monitoring: a force is moved into it when it is not managing the inspectorate’s concerns about it, or when there are significant failures in the service it gives.
            The inspectorate decides when a force moves into Engage and when it moves out again to Scan, and makes each move public in a letter or a news release. Each spell below was read from such a letter or release, or from a report of one by the trade or news press; the list of sources says which.
            Dates are as precise as the sources give them: a year, a month or a day. This is the list the sources support since 2019: a force moved into Engage earlier, or whose spell the sources held do not report, may be missing. The sources reach up to October 2025: a spell with no move out found was still open then.
            In enhanced monitoring as of October 2025: lincolnshire.
            Count: On 31 October 2025, one force was in enhanced monitoring (Engage).
              Enhanced monitoring (Engage) on 31 October 2025 Each square is a police force, placed next to its neighbours (a tile map, not to scale). A square outlined in black and marked E is a force in enhanced monitoring (Engage) on 31 October 2025. Each square links to the force’s page.
                DBY (Derbyshire Constabulary: no spell in enhanced monitoring (Engage) held on 31 October 2025) </force/derbyshire/>
                NHT (Northamptonshire Police: no spell in enhanced monitoring (Engage) held on 31 October 2025) </force/northamptonshire/>
                KEN (Kent Police: no spell in enhanced monitoring (Engage) held on 31 October 2025) </force/kent/>
                Key: E In enhanced monitoring (Engage) on 31 October 2025 (0), No spell in Engage held on 31 October 2025 (3)
            Timeline: five spells of five forces in enhanced monitoring (Engage), from 2019 to October 2025, each a bar from the move in to the move out; a month or year shaded with stripes is a date known only to that month or year. The table below gives the same.
              cleveland: 2019 to September 2023
              greater-manchester: December 2020 to 28 October 2022
              metropolitan: 28 June 2022 to 23 January 2025
              nottinghamshire: 11 March 2024 to May 2025
              lincolnshire: from 6 December 2024, no move out found up to October 2025
            Spells:
              cleveland: in 2019, out September 2023
                Concerns: crime prevention; safeguarding vulnerable people and children; understanding demand; engaging communities; senior leaders' ethical behaviour; treatment of the workforce
                Source 1: HMICFRS (linked) <https://hmicfrs.justiceinspectorates.gov.uk/about-us/what-we-do/our-approach-to-monitoring-forces/police-forces-previously-in-engage/>
                  HMICFRS page of forces previously in Engage: entered 2019; moved out September 2023
              greater-manchester: in December 2020, out 28 October 2022
                Concerns: Not given in the source
                Source 2: WiredGov (not linked) <https://www.wired-gov.net/wg/news.nsf/articles/greater+manchester+police+removed+from+enhanced+monitoring+31102022111000?open>
                  copy of the HMICFRS release: moved into Engage in December 2020; removal announced with the revisit letter of 28 October 2022
              metropolitan: in 28 June 2022, out 23 January 2025
                Concerns: Not given in the source
                Source 3: WiredGov (not linked) <https://www.wired-gov.net/wg/news.nsf/articles/metropolitan+police+service+removed+from+enhanced+monitoring+24012025092500?open>
                  copy of the HMICFRS release: moved into Engage on 28 June 2022; removal announced on 23 January 2025
              nottinghamshire: in 11 March 2024, out May 2025
                Concerns: investigations and support for victims; performance governance and planning
                Source 4: WiredGov (not linked) <https://www.wired-gov.net/wg/news.nsf/articles/nottinghamshire+police+removed+from+enhanced+monitoring+23052025111000?open>
                  copy of the HMICFRS release dated May 2025: removed from Engage; moved in on 11 March 2024
              lincolnshire: in 6 December 2024, out No move out found up to October 2025
                Concerns: attendance times for calls; investigations and victim support; managing registered sex offenders; understanding demand; strategic planning
                Source 5: HMICFRS (linked) <https://hmicfrs.justiceinspectorates.gov.uk/publication-html/lincolnshire-police-moved-into-enhanced-monitoring/>
                  HMICFRS letter of 6 December 2024: moved into Engage (five causes of concern); no removal found in sources up to October 2025
            Citation:
              Enhanced monitoring (Engage): forces since 2019. PEEL Explorer. /monitoring/
              Data last changed: 1 December 2026.
              Source: HMICFRS and WiredGov (each spell's source is listed on the page)
              Contains public sector information licensed under the Open Government Licence v3.0.
        "#]],
    );
}

#[test]
fn a_day_with_an_uncertain_move_counts_it_apart() {
    check(
        "/monitoring/?date=2019-06-01",
        expect![[r#"
            Monitoring: Enhanced monitoring (Engage): forces since 2019
            Description: Which police forces of England and Wales HMICFRS moved into enhanced monitoring (Engage) since 2019, when each moved in and out, and how many were in Engage on any day; the sources reach up to October 2025.
            HMICFRS, the inspectorate of the police in England and Wales, monitors every force in one of two phases. Scan is the routine phase, where a force normally is. Engage is enhanced monitoring: a force is moved into it when it is not managing the inspectorate’s concerns about it, or when there are significant failures in the service it gives.
            The inspectorate decides when a force moves into Engage and when it moves out again to Scan, and makes each move public in a letter or a news release. Each spell below was read from such a letter or release, or from a report of one by the trade or news press; the list of sources says which.
            Dates are as precise as the sources give them: a year, a month or a day. This is the list the sources support since 2019: a force moved into Engage earlier, or whose spell the sources held do not report, may be missing. The sources reach up to October 2025: a spell with no move out found was still open then.
            In enhanced monitoring as of October 2025: lincolnshire.
            Count: On 1 June 2019, no force was certainly in enhanced monitoring (Engage), but one may have been: cleveland’s move in is known only to the year (2019).
              Enhanced monitoring (Engage) on 1 June 2019 Each square is a police force, placed next to its neighbours (a tile map, not to scale). A square outlined in black and marked E is a force in enhanced monitoring (Engage) on 1 June 2019. Each square links to the force’s page.
                DBY (Derbyshire Constabulary: no spell in enhanced monitoring (Engage) held on 1 June 2019) </force/derbyshire/>
                NHT (Northamptonshire Police: no spell in enhanced monitoring (Engage) held on 1 June 2019) </force/northamptonshire/>
                KEN (Kent Police: no spell in enhanced monitoring (Engage) held on 1 June 2019) </force/kent/>
                Key: E In enhanced monitoring (Engage) on 1 June 2019 (0), No spell in Engage held on 1 June 2019 (3)
            Timeline: five spells of five forces in enhanced monitoring (Engage), from 2019 to October 2025, each a bar from the move in to the move out; a month or year shaded with stripes is a date known only to that month or year. The table below gives the same.
              cleveland: 2019 to September 2023
              greater-manchester: December 2020 to 28 October 2022
              metropolitan: 28 June 2022 to 23 January 2025
              nottinghamshire: 11 March 2024 to May 2025
              lincolnshire: from 6 December 2024, no move out found up to October 2025
            Spells:
              cleveland: in 2019, out September 2023
                Concerns: crime prevention; safeguarding vulnerable people and children; understanding demand; engaging communities; senior leaders' ethical behaviour; treatment of the workforce
                Source 1: HMICFRS (linked) <https://hmicfrs.justiceinspectorates.gov.uk/about-us/what-we-do/our-approach-to-monitoring-forces/police-forces-previously-in-engage/>
                  HMICFRS page of forces previously in Engage: entered 2019; moved out September 2023
              greater-manchester: in December 2020, out 28 October 2022
                Concerns: Not given in the source
                Source 2: WiredGov (not linked) <https://www.wired-gov.net/wg/news.nsf/articles/greater+manchester+police+removed+from+enhanced+monitoring+31102022111000?open>
                  copy of the HMICFRS release: moved into Engage in December 2020; removal announced with the revisit letter of 28 October 2022
              metropolitan: in 28 June 2022, out 23 January 2025
                Concerns: Not given in the source
                Source 3: WiredGov (not linked) <https://www.wired-gov.net/wg/news.nsf/articles/metropolitan+police+service+removed+from+enhanced+monitoring+24012025092500?open>
                  copy of the HMICFRS release: moved into Engage on 28 June 2022; removal announced on 23 January 2025
              nottinghamshire: in 11 March 2024, out May 2025
                Concerns: investigations and support for victims; performance governance and planning
                Source 4: WiredGov (not linked) <https://www.wired-gov.net/wg/news.nsf/articles/nottinghamshire+police+removed+from+enhanced+monitoring+23052025111000?open>
                  copy of the HMICFRS release dated May 2025: removed from Engage; moved in on 11 March 2024
              lincolnshire: in 6 December 2024, out No move out found up to October 2025
                Concerns: attendance times for calls; investigations and victim support; managing registered sex offenders; understanding demand; strategic planning
                Source 5: HMICFRS (linked) <https://hmicfrs.justiceinspectorates.gov.uk/publication-html/lincolnshire-police-moved-into-enhanced-monitoring/>
                  HMICFRS letter of 6 December 2024: moved into Engage (five causes of concern); no removal found in sources up to October 2025
            Citation:
              Enhanced monitoring (Engage): forces since 2019. PEEL Explorer. /monitoring/
              Data last changed: 1 December 2026.
              Source: HMICFRS and WiredGov (each spell's source is listed on the page)
              Contains public sector information licensed under the Open Government Licence v3.0.
        "#]],
    );
}
