//! `build_page` for every kind of page, on the project's real data: what each page holds, and
//! what it says when the address names something the data does not have.

use peel_ingest::bundle::{self, Bundle};
use peel_model::pages::pillar::PillarGrade;
use peel_model::pages::{PageData, Sources, build_page, site_map};
use peel_model::route::{CompareQuery, Route};
use peel_model::widgets::tile_map;
use peel_model::{Area, ForceSlug, Pillar, Round};

fn data() -> Bundle {
    bundle::project_bundle()
}

/// The page of `path`, built as the browser builds it: without the place names unless asked.
fn page(data: &Bundle, path: &str) -> PageData {
    build_page(
        &Route::parse(path),
        &Sources::new(&data.index, &data.forces, None),
    )
}

fn slug(text: &str) -> ForceSlug {
    text.parse().unwrap()
}

/// The "not found" message of a page, failing if the page was found.
fn not_found(data: &Bundle, path: &str) -> (String, Vec<String>) {
    match page(data, path) {
        PageData::NotFound(view) => (
            view.message,
            view.suggestions.iter().map(|(_, route)| route.path()).collect(),
        ),
        other => panic!("{path} was found: {other:?}"),
    }
}

/// The home page's count of a round's grades, against the data's rows counted here: PEEL 2023-25
/// holds 234 of the 344 grades of its eight areas graded for every force, all eight for 21
/// forces (the figures the issue read from data/grades.csv).
#[test]
fn the_home_page_counts_the_grades_held_of_each_round() {
    let data = data();
    let PageData::Home(home) = page(&data, "/") else {
        panic!("not the home page")
    };
    let round = Round::from_label("2023-25").unwrap();
    let questions = data.index.questions.round(round).unwrap();
    let every_force: Vec<&String> = questions
        .areas
        .iter()
        .filter(|a| !questions.graded_for_some_forces(&Area::GradedArea(a.to_string())))
        .collect();
    let held = |force: &ForceSlug| {
        data.index
            .grades
            .iter()
            .filter(|g| g.round == round && g.force == *force)
            .filter(|g| matches!(&g.area, Area::GradedArea(a) if every_force.contains(&a)))
            .count()
    };
    let forces = &data.index.forces;
    let total: usize = forces.iter().map(|f| held(&f.slug)).sum();
    let complete = forces
        .iter()
        .filter(|f| held(&f.slug) == every_force.len())
        .count();
    let none = forces.iter().filter(|f| held(&f.slug) == 0).count();
    let line = home
        .coverage
        .iter()
        .find(|c| c.coverage.round == round)
        .expect("PEEL 2023-25 on the home page");
    assert_eq!(
        line.sentence(),
        format!(
            "{total} of the {} grades of its eight areas graded for every force are held: all of \
             them for {complete} forces, some for {} and none for {}.",
            every_force.len() * forces.len(),
            forces.len() - complete - none,
            ["no", "one", "two", "three", "four", "five"][none]
        )
    );
    assert!(
        line.sentence().starts_with("234 of the 344 grades"),
        "{}",
        line.sentence()
    );
    // Each force's card: N of M, M the eight areas and those graded for some forces only that
    // are held for it.
    for card in home.regions.iter().flat_map(|r| &r.forces) {
        if card.round == Some(round) {
            let extra = card
                .grades
                .iter()
                .filter(
                    |g| matches!(&g.area, Area::GradedArea(a) if questions.graded_for_some_forces(&Area::GradedArea(a.to_string()))),
                )
                .count();
            assert_eq!(
                card.round_words(),
                format!(
                    "Latest held: PEEL 2023-25 ({} of {} graded areas held)",
                    held(&card.slug) + extra,
                    every_force.len() + extra
                ),
                "{}",
                card.name
            );
        }
    }
}

#[test]
fn a_mistyped_force_address_offers_the_closest_force() {
    let data = data();
    let PageData::NotFound(view) = page(&data, "/force/kentt/2016/") else {
        panic!("/force/kentt/2016/ was found")
    };
    assert_eq!(
        view.closest,
        [("Kent Police".to_owned(), Route::parse("/force/kent/2016/"))]
    );
    let PageData::NotFound(view) = page(&data, "/force/nowhere/") else {
        panic!("/force/nowhere/ was found")
    };
    assert_eq!(view.closest, []);
}

#[test]
fn the_home_page_lists_every_force_with_its_latest_grades() {
    let data = data();
    let PageData::Home(home) = page(&data, "/") else {
        panic!("not the home page")
    };
    assert_eq!(home.force_count(), data.index.forces.len());
    assert_eq!(home.coverage.len(), data.index.questions.rounds.len());
    for card in home.regions.iter().flat_map(|r| &r.forces) {
        let latest = data
            .index
            .grades
            .iter()
            .filter(|g| g.force == card.slug.as_str())
            .map(|g| g.round)
            .max();
        assert_eq!(card.round, latest, "{}", card.name);
        // A card links to the page of the round it shows.
        match card.round {
            Some(round) => assert_eq!(
                card.route().path(),
                format!("/force/{}/{}/", card.slug, round.slug())
            ),
            None => assert_eq!(card.route().path(), format!("/force/{}/", card.slug)),
        }
    }
}

#[test]
fn a_force_address_leads_to_its_latest_round_and_an_unknown_force_says_so() {
    let data = data();
    let PageData::ForceLatest(kent) = page(&data, "/force/kent/") else {
        panic!("not the force page")
    };
    assert_eq!(kent.latest, data.index.rounds_of(&slug("kent")).last().copied());
    let (message, suggestions) = not_found(&data, "/force/nowhere/");
    assert_eq!(
        message,
        "There is no police force called “nowhere” in PEEL Explorer."
    );
    assert!(suggestions.is_empty());
    let (message, _) = not_found(&data, "/force/Kent/2016/");
    assert_eq!(
        message,
        "There is no police force called “Kent” in PEEL Explorer."
    );
}

#[test]
fn a_force_round_page_with_its_report_text() {
    let data = data();
    let PageData::ForceRound(northants) = page(&data, "/force/northamptonshire/2016/") else {
        panic!("not the force-round page")
    };
    assert!(northants.report.is_some());
    assert!(northants.year.has_report);
    assert_eq!(northants.headline.len(), 3);
    let rows = northants.held_grades();
    assert_eq!(rows.len(), 3, "every pillar's grade held");
    for row in &rows {
        let Area::Pillar(pillar) = row.area else {
            panic!("a pillar round shows pillars")
        };
        assert_eq!(
            row.link.as_ref().map(Route::path),
            Some(format!("/force/northamptonshire/2016/{}/", pillar.slug()))
        );
        assert!(
            row.sentence.is_some(),
            "the report's judgement sentence for {pillar:?}"
        );
    }
    assert!(
        northants
            .description()
            .starts_with("Northamptonshire Police, PEEL 2016: effectiveness ")
    );
    assert_eq!(
        northants.compare_route().path(),
        "/compare/?forces=northamptonshire&round=2016"
    );
    assert_eq!(northants.distributions.len(), 3);
}

#[test]
fn a_force_round_page_without_report_text_still_shows_its_grades() {
    let data = data();
    let PageData::ForceRound(kent) = page(&data, "/force/kent/2016/") else {
        panic!("not the force-round page")
    };
    assert!(kent.report.is_none());
    assert!(kent.held_grades().iter().all(|row| row.sentence.is_none()));
    for h in &kent.headline {
        let held = data
            .index
            .headline(&slug("kent"), Round::from_label("2016").unwrap(), &h.area)
            .map(|g| g.judgement);
        assert_eq!(h.judgement, held);
    }
}

#[test]
fn a_partly_held_round_lists_every_area_with_not_held_where_no_grade_is_held() {
    let data = data();
    // A force-round of graded areas with some areas held and some not.
    let partial = data
        .index
        .force_rounds
        .iter()
        .filter(|fr| !data.index.has_pillars(fr.round))
        .find_map(|fr| {
            let PageData::ForceRound(view) =
                page(&data, &format!("/force/{}/{}/", fr.force, fr.round.slug()))
            else {
                return None;
            };
            let held = view.headline.iter().filter(|h| h.judgement.is_some()).count();
            (held > 0 && held < view.headline.len()).then_some(view)
        })
        .expect("the data has a partly held graded-area round");
    let areas = data
        .index
        .questions
        .round(partial.year.round)
        .map(|q| q.areas.len())
        .unwrap_or_default();
    assert!(
        partial.headline.len() >= areas,
        "every area of the round is listed"
    );
    for h in partial.headline.iter().filter(|h| h.judgement.is_none()) {
        assert_eq!(h.source_url, None, "a grade not held has no source");
    }
    assert!(
        partial.held_grades().iter().all(|row| row.link.is_none()),
        "no pillar pages"
    );
    // Every area is either held, said once among those not held, or among those graded for
    // some forces only.
    let held = partial.held_grades().len();
    let not_held = partial.not_held().map_or(0, |n| n.areas.len());
    let some = partial
        .graded_for_some_forces_not_held()
        .map_or(0, |n| n.areas.len());
    assert_eq!(held + not_held + some, partial.headline.len());
}

#[test]
fn kent_2023_25_leads_with_its_grades_and_says_what_changed_since_2021_22() {
    let data = data();
    let PageData::ForceRound(kent) = page(&data, "/force/kent/2023-25/") else {
        panic!("not the force-round page")
    };
    let kent_slug = slug("kent");
    let round = Round::from_label("2023-25").unwrap();
    let previous = Round::from_label("2021/22").unwrap();
    // The grades held, each with its national context and a footnote.
    let held = kent.held_grades();
    let in_data = data
        .index
        .grades
        .iter()
        .filter(|g| g.force == kent_slug && g.round == round)
        .count();
    assert_eq!(held.len(), in_data);
    for grade in &held {
        assert!(
            grade.context.as_deref().is_some_and(|c| c.ends_with(" held")),
            "{grade:?}"
        );
        let source = grade.source.as_ref().expect("a source");
        assert_eq!(
            kent.footnotes.sources[source.number - 1].url,
            data.index
                .source(data.index.headline(&kent_slug, round, &grade.area).unwrap())
                .unwrap()
        );
        assert!(
            !source.publisher.contains('.'),
            "a publisher's name, not a host: {source:?}"
        );
    }
    // Since 2021/22: every area of the same name held in both rounds, and only those.
    let changes = kent.changes.as_ref().expect("a previous round");
    assert_eq!(changes.previous, previous);
    let peel_model::widgets::changes::Comparison::Compared {
        changes: list,
        unpaired,
    } = &changes.compared
    else {
        panic!("two rounds of graded areas are compared")
    };
    assert!(unpaired, "renamed areas are not paired");
    let both: Vec<&Area> = held
        .iter()
        .map(|g| &g.area)
        .filter(|a| data.index.headline(&kent_slug, previous, a).is_some())
        .collect();
    let listed: Vec<&Area> = list.iter().map(|c| &c.area).collect();
    assert_eq!(listed, both);
    assert!(!listed.is_empty(), "the data changed under the test");
    // Not held: one line; the areas graded for some forces only apart.
    let not_held = kent.not_held().expect("areas not held");
    assert_eq!(not_held.link_words(), "Read them in the official report");
    assert_eq!(Some(not_held.url()), kent.year.report_url.as_deref());
    assert!(
        kent.year.monitoring.notice(&kent.year.force.name).is_none(),
        "never in Engage"
    );
}

#[test]
fn a_force_in_enhanced_monitoring_says_so_on_each_of_its_pages() {
    let data = data();
    let lincolnshire = slug("lincolnshire");
    let spell = data
        .index
        .monitoring
        .open_spell(&lincolnshire)
        .expect("Lincolnshire in Engage")
        .clone();
    let round = data.index.rounds_of(&lincolnshire).last().copied().unwrap();
    let pillar_round = data
        .index
        .rounds_of(&lincolnshire)
        .into_iter()
        .find(|r| data.index.has_pillars(*r))
        .unwrap();
    let notices = [
        match page(&data, "/force/lincolnshire/") {
            PageData::ForceLatest(view) => view.engage_notice(),
            other => panic!("{other:?}"),
        },
        match page(&data, &format!("/force/lincolnshire/{}/", round.slug())) {
            PageData::ForceRound(view) => view.year.monitoring.notice(&view.year.force.name),
            other => panic!("{other:?}"),
        },
        match page(
            &data,
            &format!("/force/lincolnshire/{}/effectiveness/", pillar_round.slug()),
        ) {
            PageData::Pillar(view) => view.year.monitoring.notice(&view.year.force.name),
            other => panic!("{other:?}"),
        },
    ];
    for notice in notices {
        let notice = notice.expect("a notice");
        assert!(
            notice.sentence.contains(&format!("on {}", spell.entered.words())),
            "{notice:?}"
        );
        assert!(
            notice.sentence.contains("6 December 2024"),
            "the data changed: {notice:?}"
        );
        assert_eq!(notice.concerns, spell.concerns);
        assert_eq!(
            notice.heading,
            format!(
                "In enhanced monitoring as of {}",
                data.index.monitoring.sources_up_to.unwrap().words()
            )
        );
    }
    // A force out of Engage shows its spell in its history, with its source.
    let staffordshire = slug("staffordshire");
    let round = data.index.rounds_of(&staffordshire).last().copied().unwrap();
    let PageData::ForceRound(view) = page(&data, &format!("/force/staffordshire/{}/", round.slug())) else {
        panic!("Staffordshire's page")
    };
    assert_eq!(view.year.monitoring.notice("Staffordshire Police"), None);
    let history = view.year.monitoring.history();
    assert_eq!(
        history.len(),
        data.index.monitoring.spells_of(&staffordshire).count()
    );
    assert_eq!(
        history[0].0,
        "In enhanced monitoring from June 2022 to 21 May 2024"
    );
    assert!(view.footnotes.cite(history[0].1).is_some());
}

#[test]
fn a_round_the_data_lacks_or_that_does_not_exist_says_which() {
    let data = data();
    let (message, suggestions) = not_found(&data, "/force/kent/2099/");
    assert_eq!(
        message,
        "“2099” is not a PEEL round. The rounds are 2015, 2016, 2017, 2018/19, 2021/22, 2023-25."
    );
    let kent_rounds: Vec<String> = data
        .index
        .rounds_of(&slug("kent"))
        .iter()
        .map(|r| format!("/force/kent/{}/", r.slug()))
        .collect();
    assert_eq!(suggestions, kent_rounds);
    let (message, suggestions) = not_found(&data, "/round/1999/");
    assert!(message.starts_with("“1999” is not a PEEL round."), "{message}");
    assert_eq!(suggestions.len(), data.index.questions.rounds.len());
    // A round with nothing held for the force (taken out of the data here: today every force
    // has every round held in some form).
    let mut index = data.index.clone();
    index
        .grades
        .retain(|g| !(g.force == "kent" && g.round == Round::from_label("2015").unwrap()));
    index
        .force_rounds
        .retain(|r| !(r.force == "kent" && r.round == Round::from_label("2015").unwrap()));
    let sources = Sources::new(&index, &data.forces, None);
    let PageData::NotFound(view) = build_page(&Route::parse("/force/kent/2015/"), &sources) else {
        panic!("Kent 2015 was found without any of its data")
    };
    assert_eq!(
        view.message,
        "No PEEL 2015 data is held for Kent Police in this dataset."
    );
    assert!(
        view.suggestions
            .iter()
            .all(|(_, route)| route.path() != "/force/kent/2015/")
    );
}

#[test]
fn a_pillar_page_with_text_without_text_and_never_graded() {
    let data = data();
    let PageData::Pillar(with_text) = page(&data, "/force/northamptonshire/2016/effectiveness/") else {
        panic!("not a pillar page")
    };
    assert!(!with_text.paragraphs.is_empty());
    assert!(with_text.question.is_some());
    assert!(matches!(with_text.grade, PillarGrade::Graded(_)));
    assert_eq!(with_text.back_link(), "/force/northamptonshire/2016/#pillars");

    // Kent 2016: grades but no report text; the question comes from the question set.
    let PageData::Pillar(without_text) = page(&data, "/force/kent/2016/effectiveness/") else {
        panic!("not a pillar page")
    };
    assert!(without_text.paragraphs.is_empty());
    let set_question = data
        .index
        .questions
        .round(Round::from_label("2016").unwrap())
        .and_then(|q| q.pillar(Pillar::Effectiveness))
        .and_then(|p| p.headline.clone());
    assert_eq!(without_text.question, set_question);
    assert_eq!(without_text.back_link(), "/force/kent/2016/");

    let PageData::Pillar(leadership) = page(&data, "/force/northamptonshire/2016/leadership/") else {
        panic!("not a pillar page")
    };
    assert_eq!(leadership.grade, PillarGrade::NeverGraded);
    assert_eq!(leadership.grade_words(), "not graded");
    assert!(leadership.distribution.is_none());
}

#[test]
fn a_pillar_the_round_has_not_says_why() {
    let data = data();
    let (message, suggestions) = not_found(&data, "/force/northamptonshire/2016/bravery/");
    assert_eq!(message, "There is no “bravery” pillar in PEEL 2016.");
    assert_eq!(suggestions, ["/force/northamptonshire/2016/"]);
    let kent_area_round = data
        .index
        .rounds_of(&slug("kent"))
        .into_iter()
        .find(|r| !data.index.has_pillars(*r))
        .expect("Kent has a graded-area round");
    let (message, _) = not_found(
        &data,
        &format!("/force/kent/{}/effectiveness/", kent_area_round.slug()),
    );
    assert_eq!(
        message,
        format!(
            "PEEL {} graded areas, not pillars, so there is no “effectiveness” page for Kent Police.",
            kent_area_round.label()
        )
    );
}

#[test]
fn the_national_table_has_every_force() {
    let data = data();
    let PageData::RoundTable(table) = page(&data, "/round/2016/?sort=region&order=desc") else {
        panic!("not the table")
    };
    assert_eq!(table.rows.len(), data.index.forces.len());
    assert_eq!(table.areas.len(), 3);
    assert_eq!(table.distributions.len(), 3);
    // The table's state changes how it shows, not what it holds.
    assert_eq!(page(&data, "/round/2016/"), PageData::RoundTable(table));
}

#[test]
fn the_tables_map_has_every_force_once_with_its_grade_for_the_chosen_column() {
    let data = data();
    let index = &data.index;
    for round in index.all_rounds() {
        let PageData::RoundTable(table) = page(&data, &Route::round_table(round).path()) else {
            panic!("not the table")
        };
        for (column, area) in table.areas.iter().enumerate() {
            let state = peel_model::route::TableState::from_query(&format!("area={}", area.slug()));
            let map = table.map(&state).expect("a map");
            assert_eq!(map.grades.as_ref().map(|g| &g.area), Some(area));
            assert_eq!(map.tiles.len(), index.forces.len(), "{round} {area}");
            // The same map as one built from the index, and the same grades as the table's column.
            assert_eq!(map, tile_map::from_index(index, round, area), "{round} {area}");
            for tile in &map.tiles {
                let row = table.rows.iter().find(|r| r.force == tile.force).unwrap();
                assert_eq!(
                    tile.judgement, row.grades[column],
                    "{round} {area} {}",
                    tile.force
                );
                assert_eq!(
                    tile.judgement,
                    index.headline(&tile.force, round, area).map(|g| g.judgement)
                );
            }
            let cells: std::collections::BTreeSet<(u8, u8)> =
                map.tiles.iter().map(|t| (t.column, t.row)).collect();
            assert_eq!(cells.len(), map.tiles.len(), "one square per cell");
        }
        // No area chosen: the first column.
        let first = table.map(&Default::default()).expect("a map");
        assert_eq!(first.grades.as_ref().map(|g| &g.area), table.areas.first());
    }
}

#[test]
fn the_home_map_shows_the_round_with_the_most_grades_held_by_its_fullest_area() {
    let data = data();
    let index = &data.index;
    let PageData::Home(home) = page(&data, "/") else {
        panic!("not the home page")
    };
    let map = home.map.expect("a map on the home page");
    let held = |round: Round| index.grades.iter().filter(|g| g.round == round).count();
    let most = index.all_rounds().into_iter().map(held).max().unwrap();
    let newest_with_most = index
        .all_rounds()
        .into_iter()
        .filter(|r| held(*r) == most)
        .max()
        .unwrap();
    assert_eq!(map.grades.round, newest_with_most);
    let area_held = |area: &Area| {
        index
            .grades
            .iter()
            .filter(|g| g.round == map.grades.round && &g.area == area)
            .count()
    };
    let areas = peel_model::widgets::headline::headline_areas(index, map.grades.round);
    let fullest = areas.iter().map(area_held).max().unwrap();
    assert_eq!(area_held(&map.grades.area), fullest);
    assert_eq!(
        areas.iter().find(|a| area_held(a) == fullest),
        Some(&map.grades.area),
        "the first of the fullest areas"
    );
    assert_eq!(map.map.tiles.len(), index.forces.len());
    assert_eq!(
        map.table.path(),
        format!(
            "/round/{}/?area={}",
            map.grades.round.slug(),
            map.grades.area.slug()
        )
    );
    assert!(map.sentence().starts_with(&format!(
        "PEEL {} is the round with the most grades held; the map shows its ",
        map.grades.round.label()
    )));
}

#[test]
fn the_compare_page_chooses_its_round() {
    let data = data();
    let latest = |slug: &str| {
        data.index
            .grades
            .iter()
            .filter(|g| g.force == slug)
            .map(|g| g.round)
            .max()
    };
    let PageData::Compare(chosen) = page(&data, "/compare/?forces=kent,essex,nowhere") else {
        panic!("not the compare page")
    };
    // No round asked for: the earliest of the forces' latest rounds.
    assert_eq!(chosen.round, latest("kent").min(latest("essex")));
    assert_eq!(chosen.unknown, ["nowhere"]);
    assert_eq!(chosen.shown, CompareQuery::from_query("forces=kent,essex"));
    assert_eq!(chosen.forces.len(), 2);
    let PageData::Compare(asked) = page(&data, "/compare/?forces=kent,essex&round=2016") else {
        panic!("not the compare page")
    };
    assert_eq!(asked.round, Some(Round::from_label("2016").unwrap()));
    assert_eq!(asked.route().path(), "/compare/?forces=kent,essex&round=2016");
    let PageData::Compare(empty) = page(&data, "/compare/") else {
        panic!("not the compare page")
    };
    assert_eq!(empty.round, None);
    assert!(empty.forces.is_empty());
    assert_eq!(empty.all_forces.len(), data.index.forces.len());
}

#[test]
fn the_places_page_lists_every_place_under_its_letter() {
    let data = data();
    let PageData::Places(places) = build_page(&Route::Places, &data.sources()) else {
        panic!("not the places page")
    };
    let listed: usize = places.letters.iter().map(|l| l.places.len()).sum();
    assert_eq!(listed as u32, places.place_count);
    assert!(listed <= data.places.places.len() && listed > data.places.places.len() / 2);
    for letter in &places.letters {
        for place in &letter.places {
            assert!(
                place.name.to_uppercase().starts_with(&letter.letter),
                "{} under {}",
                place.name,
                letter.letter
            );
            // Each place links the force the source pairs it with.
            let force = places.force_of(place).expect("every place's force is held");
            assert!(
                data.places.places.iter().any(|p| p.name == place.name
                    && force.page
                        == Route::ForceLatest {
                            force: p.force.clone()
                        }),
                "{} is listed with {}",
                place.name,
                force.name
            );
        }
    }
    // Without the place names, the page says so rather than showing an empty list.
    assert!(matches!(page(&data, "/places/"), PageData::NotFound(_)));
}

#[test]
fn an_address_of_no_shape_is_not_found() {
    let data = data();
    let (message, suggestions) = not_found(&data, "/nowhere/at/all/");
    assert_eq!(message, "There is no page at “/nowhere/at/all/”.");
    assert!(suggestions.is_empty());
}

#[test]
fn every_page_of_the_site_map_is_found_and_reads_back_as_itself() {
    let data = data();
    let sources = data.sources();
    let routes = site_map(&sources);
    assert!(routes.len() > 800, "{} pages", routes.len());
    for route in routes {
        assert_eq!(Route::parse(&route.path()), route);
        let built = build_page(&route, &sources);
        if let PageData::NotFound(view) = built {
            panic!("{route}: {}", view.message);
        }
    }
}

#[test]
fn preview_images_say_in_words_what_they_show() {
    let data = data();
    let PageData::ForceRound(round) = page(&data, "/force/northamptonshire/2016/") else {
        panic!("not a force-round page")
    };
    let image = round.preview_image().expect("a preview");
    assert_eq!(image.path, "/force/northamptonshire/2016/preview.png");
    assert_eq!(
        image.alt,
        "Northamptonshire Police, PEEL 2016. Effectiveness: requires improvement. Efficiency: good. \
         Legitimacy: good."
    );
    let PageData::Pillar(pillar) = page(&data, "/force/northamptonshire/2016/effectiveness/") else {
        panic!("not a pillar page")
    };
    let alt = pillar.preview_image().expect("a preview").alt;
    assert!(
        alt.starts_with(
            "Northamptonshire Police, PEEL 2016, effectiveness: requires improvement. Of the 43 forces: "
        ),
        "{alt}"
    );
    // A graded-area round names the areas not held as such, never as "not graded".
    let partial = data
        .index
        .forces
        .iter()
        .find_map(|f| match page(&data, &format!("/force/{}/2021-22/", f.slug)) {
            PageData::ForceRound(view) if view.areas_held_sentence().is_some() => Some(view),
            _ => None,
        })
        .expect("a force with some 2021/22 areas not held");
    let alt = partial.preview_alt();
    let not_held = partial.headline.iter().filter(|h| h.judgement.is_none()).count();
    assert_eq!(
        alt.matches(": not held in this dataset.").count(),
        not_held,
        "{alt}"
    );
    let PageData::RoundTable(table) = page(&data, "/round/2016/") else {
        panic!("not a table")
    };
    let image = table.preview_image().expect("a preview");
    assert_eq!(image.path, "/round/2016/preview.png");
    assert!(
        image
            .alt
            .starts_with("PEEL 2016: grades of every force. Grades are held for 43 of the 43 forces"),
        "{}",
        image.alt
    );
    assert!(
        image.alt.contains(" Effectiveness: 1 outstanding, "),
        "{}",
        image.alt
    );
}

#[test]
fn the_monitoring_page_names_and_links_every_force_of_every_spell() {
    let data = data();
    let PageData::Monitoring(view) = page(&data, "/monitoring/?date=2023-09-15") else {
        panic!("not the monitoring page")
    };
    let rows = view.rows();
    assert_eq!(rows.len(), data.index.monitoring.spells.len());
    for row in &rows {
        let force = data.index.force(&row.force.slug).expect("a force of the data");
        assert_eq!(row.force.name, force.name);
        assert_eq!(
            row.page,
            Some(Route::ForceLatest {
                force: force.slug.clone()
            })
        );
        // Every source is named by its publisher, never by its address.
        assert!(!row.source.publisher.contains('.'), "{}", row.source.publisher);
    }
    // Every force has its square on the map of a day.
    let on = view.on(view.day(None).expect("the data's date"));
    let map = view.map_on(&on).expect("a count for the data's date");
    assert_eq!(map.tiles.len(), data.index.forces.len());
    assert_eq!(
        on.sentence(),
        "On 31 October 2025, one force was in enhanced monitoring (Engage)."
    );
    assert_eq!(
        view.as_of_sentence().as_deref(),
        Some("In enhanced monitoring as of October 2025: Lincolnshire Police.")
    );
    let PageData::Home(home) = page(&data, "/") else {
        panic!("not the home page")
    };
    assert_eq!(
        home.engage.as_deref(),
        Some("In enhanced monitoring as of October 2025: Lincolnshire Police")
    );
    assert!(
        site_map(&data.sources()).contains(&Route::Monitoring { date: None }),
        "the page is prerendered"
    );
}

#[test]
fn the_data_page_lists_every_download_as_csv_and_json_with_the_rows_written() {
    let data = data();
    let PageData::Data(view) = page(&data, "/data/") else {
        panic!("not the data page")
    };
    let titles: Vec<&str> = view.downloads.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles[0], "Every grade of every round");
    assert!(titles.contains(&"The grades of PEEL 2016"));
    assert!(titles.contains(&"Forces in enhanced monitoring (Engage)"));
    assert!(titles.contains(&"Places and the force that covers each"));
    let grades_held: usize = data.forces.iter().map(|f| f.grades.len()).sum();
    for download in &view.downloads {
        let formats: Vec<&str> = download.files.iter().map(|f| f.format.as_str()).collect();
        assert_eq!(formats, ["CSV", "JSON"], "{}", download.title);
        let written = data
            .downloads
            .iter()
            .find(|d| d.file.path(peel_model::bundle::Layout::CURRENT) == download.files[0].path)
            .expect("a listed file is written");
        assert_eq!(written.file.rows, download.files[0].rows);
    }
    assert_eq!(view.downloads[0].files[0].rows as usize, grades_held);
    assert_eq!(
        view.downloads[0].files[0].size,
        format!(
            "{} rows, {}",
            peel_model::numbers::format_number(grades_held as f64, 0),
            peel_model::pages::data::size_words(data.downloads[0].content.len() as u64)
        )
    );
}
