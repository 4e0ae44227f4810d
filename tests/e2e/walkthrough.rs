//! What a walkthrough as a new reader found, fixed: the home page's counts read as a share of the
//! round's grades, the compare page says which force past the fourth it left out, and a mistyped
//! force address offers the closest force.

use peel_model::wording::count_word;
use peel_model::{Area, Round};

use crate::browser::{Options, site, with_browser};
use crate::data::{force_names, index};

#[tokio::test]
async fn the_home_page_says_how_many_of_a_round_s_grades_are_held() {
    let index = index();
    let round = Round::from_label("2023-25").unwrap();
    let questions = index.questions.round(round).expect("the round's question set");
    let every_force: Vec<Area> = questions
        .areas
        .iter()
        .filter(|a| !questions.graded_for_some_forces(&Area::GradedArea(a.to_string())))
        .map(|a| Area::GradedArea(a.clone()))
        .collect();
    let held = |force: &peel_model::ForceSlug| {
        every_force
            .iter()
            .filter(|a| index.headline(force, round, a).is_some())
            .count()
    };
    let total: usize = index.forces.iter().map(|f| held(&f.slug)).sum();
    let complete = index
        .forces
        .iter()
        .filter(|f| held(&f.slug) == every_force.len())
        .count();
    let none = index.forces.iter().filter(|f| held(&f.slug) == 0).count();
    let forces = index.forces.len();
    let expected = format!(
        "PEEL {}: {total} of the {} grades of its {} areas graded for every force are held: all of \
         them for {complete} forces, some for {} and none for {}.",
        round.label(),
        every_force.len() * forces,
        count_word(every_force.len() as u32),
        count_word((forces - complete - none) as u32),
        count_word(none as u32)
    );
    // Kent's card: N of M, of the areas graded for every force.
    let kent: peel_model::ForceSlug = "kent".parse().unwrap();
    let kent_latest = index
        .grades
        .iter()
        .filter(|g| g.force == kent)
        .map(|g| g.round)
        .max();
    let kent_card = (kent_latest == Some(round)).then(|| {
        format!(
            "Latest held: PEEL {} ({} of {} graded areas held)",
            round.label(),
            held(&kent),
            every_force.len()
        )
    });
    with_browser(Options::default(), |browser| async move {
        browser.open(&site()).await;
        let lines = browser.texts(".coverage li").await;
        assert!(lines.contains(&expected), "“{expected}” not in {lines:#?}");
        if let Some(expected) = kent_card {
            let card = browser
                .eval("return [...document.querySelectorAll('.force-list__item')].find(i => i.querySelector('.force-list__name').textContent === 'Kent Police').querySelector('.force-list__round').textContent")
                .await;
            assert_eq!(card, expected);
        }
    })
    .await;
}

#[tokio::test]
async fn compare_says_that_four_is_the_most_and_which_force_was_left_out() {
    let names = force_names();
    let slugs: Vec<&String> = names.keys().take(5).collect();
    let address = slugs.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",");
    let fifth = names[slugs[4]].clone();
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!("{}compare/?forces={address}", site()))
            .await;
        assert_eq!(
            browser.text(".compare-left-out").await,
            format!("Four forces is the most that can be compared at once, so {fifth} was left out.")
        );
        assert_eq!(browser.count(".chosen-forces__item").await, 4);
        // Once the reader changes the comparison, the note has done its work.
        browser
            .click(".chosen-forces__item:nth-child(1) .chosen-forces__remove")
            .await;
        browser
            .wait_until(
                "three forces",
                "return document.querySelectorAll('.chosen-forces__item').length === 3",
            )
            .await;
        assert_eq!(browser.count(".compare-left-out").await, 0);
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn a_mistyped_force_address_offers_the_closest_force() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}force/kentt/2016/", site())).await;
        assert_eq!(browser.text("h1").await, "Page not found");
        assert_eq!(browser.text(".not-found__closest").await, "Did you mean Kent Police?");
        browser.click(".not-found__closest a").await;
        browser
            .wait_until("Kent's 2016 page", "return location.pathname === '/force/kent/2016/' && document.querySelector('h1').textContent.includes('Kent Police')")
            .await;
        // An address near no force offers none.
        browser.open(&format!("{}force/nowhere/", site())).await;
        assert_eq!(browser.count(".not-found__closest").await, 0);
    })
    .await;
}
