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
            Citation:
              Compare Kent Police, Northamptonshire Police, PEEL 2016. PEEL Explorer. /compare/?forces=kent,northamptonshire&round=2016
              Data last changed: 1 December 2026.
              Sources: [1] HMICFRS, https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/kent/?; [2] HMICFRS, https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/?
              Contains public sector information licensed under the Open Government Licence v3.0.
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
