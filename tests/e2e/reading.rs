//! The reading experience: every section of a report, pillar pages, expandable sections, deep
//! links, copy link, keyboard use and print.

use fantoccini::key::Key;
use peel_model::report::Report;
use peel_model::{Pillar, Round};
use serde_json::json;

use crate::browser::{Browser, Options, site, with_browser};
use crate::data::{grades, questions, report, tag_word};

const FORCE_PAGE: &str = "force/northamptonshire/2016/";

fn northants_2016_report() -> Report {
    report("northamptonshire", Round::from_label("2016").unwrap())
}

/// Whether every accordion section on the page is open (aria-expanded and not hidden).
async fn open_states(browser: &Browser) -> Vec<(String, bool, bool)> {
    let states = browser
        .eval(
            "return [...document.querySelectorAll('.accordion__section')].map(s => [s.id, \
             s.querySelector('.accordion__button').getAttribute('aria-expanded') === 'true', \
             !s.querySelector('.accordion__content').hasAttribute('hidden')])",
        )
        .await;
    states
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    (
                        r[0].as_str().unwrap_or_default().to_owned(),
                        r[1] == true,
                        r[2] == true,
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn every_section_of_the_report_is_on_its_page() {
    let report = northants_2016_report();
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}{FORCE_PAGE}", site())).await;
        let headings = browser.texts(".accordion__title").await;
        assert_eq!(
            headings,
            [
                "HMI’s observations",
                "The force area",
                "Working arrangements",
                "Looking ahead to 2017",
                "Findings by pillar",
                "Other inspections",
                "Other reports",
                "Key facts – 2019/20",
                "Points of context provided by the force",
                "Police and crime plan priorities",
                "How other forces were graded in PEEL 2016",
                "Grades over time",
            ]
        );
        browser.click(".accordion__show-all").await;
        let text = browser.text("main").await;
        let mut expected: Vec<String> = Vec::new();
        for paragraphs in [
            &report.introduction,
            &report.hmi_observations,
            &report.force_area,
            &report.working_arrangements,
            &report.force_context,
        ] {
            expected.extend(paragraphs.iter().cloned());
        }
        let looking_ahead = report.looking_ahead.as_ref().expect("looking ahead");
        expected.extend(looking_ahead.paragraphs.iter().cloned());
        expected.extend(looking_ahead.bullets.iter().cloned());
        let other = report.other_inspections.as_ref().expect("other inspections");
        expected.extend(other.introduction.iter().cloned());
        for inspection in &other.inspections {
            expected.extend(inspection.paragraphs.iter().cloned());
        }
        expected.extend(
            report
                .other_reports
                .as_ref()
                .expect("other reports")
                .paragraphs
                .iter()
                .cloned(),
        );
        let plan = report.crime_plan.as_ref().expect("crime plan");
        expected.extend(plan.priorities.iter().cloned());
        expected.extend(plan.paragraphs.iter().cloned());
        expected.push(plan.introduction.clone());
        for judgement in &report.headline_judgements {
            expected.push(judgement.text.clone());
        }
        for pillar in &report.pillars {
            expected.push(pillar.question.clone());
        }
        assert!(expected.len() > 40, "the report should have plenty of text");
        let missing: Vec<&String> = expected.iter().filter(|p| !text.contains(p.as_str())).collect();
        assert!(missing.is_empty(), "not shown on the force page: {missing:#?}");
        for figure in [
            "914 square miles",
            "0.757m people",
            "3.02 per 1000 population",
            "50p per person per day local",
        ] {
            assert!(text.contains(figure), "key fact “{figure}” not shown");
        }
        assert!(text.contains("Zoë Billingham"), "the inspector is named");
        assert_eq!(browser.count("#looking-ahead li").await, 5);
        assert_eq!(browser.count("#crime-plan li").await, 4);
        assert_eq!(browser.count("#force-context li").await, 2);
        assert_eq!(browser.count(".pillar-card").await, 3);
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn without_javascript_every_section_is_open() {
    with_browser(
        Options {
            javascript: false,
            ..Options::default()
        },
        |browser| async move {
            browser.goto(&format!("{}{FORCE_PAGE}", site())).await;
            let states = open_states(&browser).await;
            assert_eq!(states.len(), 12);
            assert!(
                states.iter().all(|(_, expanded, shown)| *expanded && *shown),
                "{states:?}"
            );
            assert!(
                browser
                    .text("#hmi-observations")
                    .await
                    .contains("I am satisfied with most aspects")
            );
            // Controls that need JavaScript are not offered without it.
            assert_eq!(
                browser
                    .eval("return getComputedStyle(document.querySelector('.accordion__controls')).display")
                    .await,
                "none"
            );
        },
    )
    .await;
}

#[tokio::test]
async fn collapsed_sections_are_hidden_until_found() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}{FORCE_PAGE}", site())).await;
        browser.wait_until("sections to close", "return !!document.querySelector('.accordion__content[hidden]')").await;
        let until_found = browser.count(".accordion__content[hidden='until-found']").await;
        assert_eq!(until_found, 12, "every closed section uses hidden=until-found");
        // What find-in-page does to such content: the browser fires `beforematch` and reveals
        // it; the section must then report itself open.
        browser
            .eval("const c = document.querySelector('#working-arrangements-content'); c.dispatchEvent(new Event('beforematch')); c.removeAttribute('hidden'); return true")
            .await;
        browser
            .wait_until("the section to open", "return document.querySelector('#working-arrangements .accordion__button').getAttribute('aria-expanded') === 'true'")
            .await;
    })
    .await;
}

#[tokio::test]
async fn show_all_and_hide_all() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}{FORCE_PAGE}", site())).await;
        browser
            .wait_until(
                "sections to close",
                "return !!document.querySelector('.accordion__content[hidden]')",
            )
            .await;
        assert_eq!(browser.text(".accordion__show-all").await, "Show all sections");
        browser.click(".accordion__show-all").await;
        let states = open_states(&browser).await;
        assert!(states.iter().all(|(_, e, s)| *e && *s), "all open: {states:?}");
        assert_eq!(browser.text(".accordion__show-all").await, "Hide all sections");
        browser.click(".accordion__show-all").await;
        let states = open_states(&browser).await;
        assert!(
            states.iter().all(|(_, e, s)| !*e && !*s),
            "all closed: {states:?}"
        );
        // One section on its own.
        browser.click("#hmi-observations .accordion__button").await;
        let states = open_states(&browser).await;
        let open: Vec<&str> = states
            .iter()
            .filter(|s| s.1 && s.2)
            .map(|s| s.0.as_str())
            .collect();
        assert_eq!(open, ["hmi-observations"]);
    })
    .await;
}

#[tokio::test]
async fn open_sections_are_remembered_for_the_session() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}{FORCE_PAGE}", site())).await;
        browser.wait_until("sections to close", "return !!document.querySelector('.accordion__content[hidden]')").await;
        browser.click("#key-facts .accordion__button").await;
        browser.click("#other-reports .accordion__button").await;
        browser.goto(&format!("{}force/northamptonshire/2015/", site())).await;
        browser.wait_for_app().await;
        browser.goto(&format!("{}{FORCE_PAGE}", site())).await;
        browser.wait_for_app().await;
        browser.wait_until("remembered sections", "return document.querySelector('#key-facts .accordion__button').getAttribute('aria-expanded') === 'true'").await;
        let open: Vec<String> = open_states(&browser).await.into_iter().filter(|s| s.1).map(|s| s.0).collect();
        assert_eq!(open, ["other-reports", "key-facts"]);
    })
    .await;
}

#[tokio::test]
async fn deep_link_into_a_collapsed_question_opens_it() {
    with_browser(Options { height: 700, ..Options::default() }, |browser| async move {
        browser.open(&format!("{}{FORCE_PAGE}effectiveness/#effectiveness-q2", site())).await;
        browser
            .wait_until("question 2 to open", "return document.querySelector('#effectiveness-q2 .accordion__button')?.getAttribute('aria-expanded') === 'true'")
            .await;
        let states = open_states(&browser).await;
        let open: Vec<&str> = states.iter().filter(|s| s.1 && s.2).map(|s| s.0.as_str()).collect();
        assert_eq!(open, ["effectiveness-q2"], "only the linked question opens");
        browser
            .wait_until("the question in view", "const r = document.getElementById('effectiveness-q2').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight")
            .await;
        // Client-side navigation to a fragment in a closed section opens it too.
        browser.mark_document().await;
        browser.click_link("All of Northamptonshire Police, PEEL 2016").await;
        browser.wait_until("the force page", "return !!document.querySelector('.contents')").await;
        // The link leads to the pillar summaries, a closed section: it opens.
        browser
            .wait_until("the pillar summaries to open", "return location.hash === '#pillars' && document.querySelector('#pillars .accordion__button').getAttribute('aria-expanded') === 'true' && !document.querySelector('#pillars-content').hidden")
            .await;
        browser.wait_until("other sections closed", "return !!document.querySelector('#key-facts-content[hidden]')").await;
        browser.click(".contents a[href='#key-facts']").await;
        browser
            .wait_until("key facts to open", "return document.querySelector('#key-facts .accordion__button').getAttribute('aria-expanded') === 'true' && !document.querySelector('#key-facts-content').hidden")
            .await;
        browser
            .wait_until("key facts in view", "const r = document.getElementById('key-facts').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight")
            .await;
        assert!(browser.same_document().await);
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn a_linked_paragraph_is_opened_and_highlighted() {
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!("{}{FORCE_PAGE}#hmi-observations-p3", site()))
            .await;
        browser
            .wait_until(
                "the paragraph highlighted",
                "return document.getElementById('hmi-observations-p3')?.classList.contains('is-linked')",
            )
            .await;
        assert!(
            !browser
                .eval("return document.getElementById('hmi-observations-content').hidden")
                .await
                .as_bool()
                .unwrap()
        );
        let background = browser
            .eval("return getComputedStyle(document.getElementById('hmi-observations-p3')).backgroundColor")
            .await;
        assert_ne!(
            background, "rgba(0, 0, 0, 0)",
            "a linked paragraph is highlighted"
        );
        assert_eq!(
            browser
                .eval("return document.querySelector('#hmi-observations-p3 a').getAttribute('href')")
                .await,
            "#hmi-observations-p3"
        );
    })
    .await;
}

#[tokio::test]
async fn copy_link_puts_the_sections_address_on_the_clipboard() {
    with_browser(Options::default(), |browser| async move {
        let page = format!("{}{FORCE_PAGE}", site());
        browser.open(&page).await;
        browser.allow_clipboard().await;
        browser.click("#looking-ahead .copy-link__button").await;
        browser
            .wait_until(
                "the confirmation",
                "return document.getElementById('announcer').textContent === 'Link copied'",
            )
            .await;
        let button = browser.text("#looking-ahead .copy-link__button").await;
        assert!(
            button.starts_with("Link copied"),
            "the button says so too: {button}"
        );
        let copied = browser.eval("return navigator.clipboard.readText()").await;
        assert_eq!(copied, format!("{page}#looking-ahead"));
    })
    .await;
}

#[tokio::test]
async fn a_force_year_with_only_grades_says_so() {
    let expected = tag_word(&grades()[&("kent".to_owned(), "2016".to_owned(), "efficiency".to_owned())]);
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}force/kent/2016/", site())).await;
        let text = browser.text("main").await;
        assert!(
            text.contains("PEEL Explorer holds only the grades of this assessment"),
            "{text}"
        );
        assert!(
            browser.count("#report a[href^='http']").await == 1,
            "the note links to the official page"
        );
        assert!(browser.count("#hmi-observations, #key-facts").await == 0, "no report sections without a report");
        let empty = browser
            .eval("return [...document.querySelectorAll('.accordion__content')].filter(c => c.textContent.trim() === '').length")
            .await;
        assert_eq!(empty, 0, "no empty sections");
        assert!(browser.texts("#judgements .grade-tag").await.contains(&expected));
        // Its pillar pages say the same of their text.
        browser
            .open(&format!("{}force/kent/2016/efficiency/", site()))
            .await;
        assert!(browser.text("#findings").await.contains("does not hold the text"));
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn each_pillar_page_shows_its_question_date_grade_text_and_questions() {
    let report = northants_2016_report();
    let grades = grades();
    let questions = questions();
    with_browser(Options::default(), |browser| async move {
        for pillar in ["effectiveness", "efficiency", "legitimacy", "leadership"] {
            browser.open(&format!("{}{FORCE_PAGE}{pillar}/", site())).await;
            let pillar_key = Pillar::from_slug(pillar).unwrap();
            // (question, paragraphs, last updated) of the pillar's text.
            let (section_question, section_paragraphs, section_date) = if pillar == "leadership" {
                let inspection = report
                    .other_inspections
                    .as_ref()
                    .and_then(|o| {
                        o.inspections
                            .iter()
                            .find(|i| i.pillar == Some(Pillar::Leadership))
                    })
                    .unwrap();
                (None, inspection.paragraphs.len(), inspection.last_updated)
            } else {
                let section = report.pillar(pillar_key).unwrap();
                (
                    Some(section.question.clone()),
                    section.paragraphs.len(),
                    section.last_updated,
                )
            };
            let title = browser.text("h1").await;
            assert_eq!(title.to_lowercase(), pillar, "{pillar}: heading");
            let document_title = browser.eval("return document.title").await;
            let grade_words = if pillar == "leadership" {
                "not graded".to_owned()
            } else {
                grades[&(
                    "northamptonshire".to_owned(),
                    "2016".to_owned(),
                    pillar.to_owned(),
                )]
                    .clone()
            };
            assert_eq!(
                document_title,
                format!(
                    "Northamptonshire Police, PEEL 2016: {} - {grade_words} | PEEL Explorer",
                    tag_word(pillar)
                ),
            );
            let grade = browser.text("#grade .grade-tag").await;
            if pillar == "leadership" {
                assert_eq!(grade, "Not graded");
            } else {
                let key = (
                    "northamptonshire".to_owned(),
                    "2016".to_owned(),
                    pillar.to_owned(),
                );
                assert_eq!(grade, tag_word(&grades[&key]), "{pillar}: grade");
                assert_eq!(
                    Some(browser.text(".page-header__question").await),
                    section_question
                );
            }
            let paragraphs = browser.count("#findings p.linked").await;
            assert_eq!(paragraphs, section_paragraphs, "{pillar}: paragraphs");
            let date = section_date.expect("a date").to_string();
            assert_eq!(
                browser
                    .eval("return document.querySelector('#grade time').getAttribute('datetime')")
                    .await,
                date
            );
            let set = questions
                .round(Round::from_label("2016").unwrap())
                .and_then(|r| r.pillar(pillar_key))
                .cloned()
                .expect("the 2016 question set");
            let expected_questions = set.questions.len();
            assert_eq!(
                browser.count("#questions .accordion__section").await,
                expected_questions,
                "{pillar}: questions"
            );
            // Each question shows its grade where the data holds one, "not held" where not.
            let tags = browser.texts("#questions .accordion__summary .grade-tag").await;
            assert_eq!(tags.len(), expected_questions);
            for (i, tag) in tags.iter().enumerate() {
                let n = i + 1;
                let held = grades.iter().find(|((force, round, area), _)| {
                    force == "northamptonshire"
                        && round == "2016"
                        && area.starts_with(&format!("{pillar}-q{n}-"))
                });
                let graded = set.questions[i].graded && set.graded;
                let want = match (held, graded) {
                    (Some((_, word)), _) => tag_word(word),
                    (None, false) => "Not graded".to_owned(),
                    (None, true) => "Not held in this dataset".to_owned(),
                };
                assert_eq!(tag, &want, "{pillar} question {n}");
            }
            browser.assert_no_console_errors().await;
        }
    })
    .await;
}

#[tokio::test]
async fn the_round_switcher_keeps_the_pillar() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}{FORCE_PAGE}legitimacy/", site())).await;
        assert_eq!(browser.text(".round-switcher [aria-current='page']").await, "2016");
        browser.click_link("2015").await;
        browser
            .wait_until("legitimacy 2015", "return location.pathname === '/force/northamptonshire/2015/legitimacy/' && document.querySelector('h1')?.textContent === 'Legitimacy'")
            .await;
        assert_eq!(browser.text(".round-switcher [aria-current='page']").await, "2015");
        assert_eq!(browser.text(".breadcrumbs [aria-current='page']").await, "Legitimacy");
        // Graded-area rounds have no pillar pages: the link leads to the round's page.
        browser.click_link("2023-25").await;
        browser.wait_until("the 2023-25 page", "return location.pathname === '/force/northamptonshire/2023-25/' && !!document.querySelector('#judgements')").await;
    })
    .await;
}

#[tokio::test]
async fn keyboard_alone_reaches_and_operates_every_control() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}{FORCE_PAGE}", site())).await;
        browser.wait_until("sections to close", "return !!document.querySelector('.accordion__content[hidden]')").await;
        // Operate an accordion button from the keyboard: Enter opens, Space closes.
        browser.eval("document.querySelector('#working-arrangements .accordion__button').focus(); return true").await;
        browser.press(Key::Enter).await;
        browser
            .wait_until("Enter to open it", "return document.querySelector('#working-arrangements .accordion__button').getAttribute('aria-expanded') === 'true'")
            .await;
        browser.press(Key::Space).await;
        browser
            .wait_until("Space to close it", "return document.querySelector('#working-arrangements .accordion__button').getAttribute('aria-expanded') === 'false'")
            .await;
        // "Show all sections" from the keyboard, so every control of the page is on show.
        browser.eval("document.querySelector('.accordion__show-all').focus(); return true").await;
        browser.press(Key::Enter).await;
        browser.wait_until("all sections open", "return !document.querySelector('.accordion__content[hidden]')").await;
        // Number every visible control (a disclosure's summary too, and every other focus stop,
        // such as a table's scroll region; not what a closed disclosure holds, which Chromium
        // lays out but hides), then Tab through the page from the top recording
        // what gets focus, and whether the focus shows.
        let controls = browser
            .eval("const c = [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex=\"0\"]')].filter(e => e.getClientRects().length > 0 && !e.closest('[hidden]') && !(e.closest('details:not([open])') && !e.closest('summary'))); c.forEach((e, i) => e.dataset.k = i); return c.length")
            .await
            .as_u64()
            .unwrap() as usize;
        assert!(controls > 50, "the open page has many controls ({controls})");
        browser.eval("document.activeElement?.blur(); window.scrollTo(0, 0); return true").await;
        let mut reached = std::collections::BTreeSet::new();
        let mut without_focus_style = Vec::new();
        for _ in 0..controls + 5 {
            browser.press(Key::Tab).await;
            let state = browser
                .eval("const e = document.activeElement; const s = getComputedStyle(e); return [e.dataset.k ?? null, s.boxShadow !== 'none' || s.outlineStyle !== 'none', e.outerHTML.slice(0, 80)]")
                .await;
            if let Some(k) = state[0].as_str() {
                reached.insert(k.to_owned());
                if state[1] != true {
                    without_focus_style.push(state[2].to_string());
                }
            }
        }
        let missed = browser
            .eval(&format!(
                "const reached = new Set({}); return [...document.querySelectorAll('[data-k]')].filter(e => !reached.has(e.dataset.k)).map(e => e.outerHTML.slice(0, 120))",
                serde_json::to_string(&reached).unwrap()
            ))
            .await;
        assert_eq!(reached.len(), controls, "Tab reached {} of {controls} controls; not {missed}", reached.len());
        assert!(without_focus_style.is_empty(), "focus not shown on: {without_focus_style:#?}");
        // A link, from the keyboard: the skip link moves focus to the main content.
        browser.eval("document.querySelector('.skip-link').focus(); return true").await;
        browser.press(Key::Enter).await;
        browser.wait_until("the skip link followed", "return location.hash === '#main-content'").await;
        browser
            .wait_until("focus in main", "return document.activeElement === document.getElementById('main-content')")
            .await;
    })
    .await;
}

#[tokio::test]
async fn printing_opens_every_section_and_writes_out_the_addresses() {
    let report = northants_2016_report();
    with_browser(Options::default(), |browser| async move {
        let page = format!("{}{FORCE_PAGE}", site());
        browser.open(&page).await;
        browser.wait_until("sections to close", "return !!document.querySelector('.accordion__content[hidden]')").await;
        browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" })).await;
        let hidden_chrome = browser
            .eval("return ['.site-header__nav', '.round-switcher', '.breadcrumbs', '.accordion__controls', '.copy-link'].map(s => getComputedStyle(document.querySelector(s)).display)")
            .await;
        assert!(hidden_chrome.as_array().unwrap().iter().all(|d| d == "none"), "navigation chrome printed: {hidden_chrome}");
        let closed_but_printed = browser
            .eval("return [...document.querySelectorAll('.accordion__content[hidden]')].every(c => getComputedStyle(c).display !== 'none' && getComputedStyle(c).contentVisibility === 'visible' && c.getBoundingClientRect().height > 0)")
            .await;
        assert_eq!(closed_but_printed, true, "closed sections print open");
        let printed_text = browser.text(".source-note").await;
        assert!(printed_text.contains(&page), "the page's address is printed: {printed_text}");
        let source = report.source_file.as_str();
        assert!(printed_text.contains(source));
        assert!(printed_text.contains("justiceinspectorates.gov.uk"), "the source's address is printed");
        browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "" })).await;
        assert_eq!(browser.eval("return getComputedStyle(document.querySelector('.site-header__nav')).display").await, "block");
    })
    .await;
}
