//! The chart images on the project's real data: what the SVG says as text.

use peel_ingest::bundle::{self, Bundle};
use peel_model::Date;
use peel_model::pages::embed::{self, EmbedView};
use peel_model::route::EmbedRoute;
use resvg::usvg::roxmltree;

use super::Chart;
use crate::layout::tests::Fixed;

fn embed(data: &Bundle, path: &str) -> EmbedView {
    let route = EmbedRoute::parse(path).unwrap_or_else(|| panic!("{path}: no embed"));
    let mut view = embed::build(&route, &data.sources()).unwrap_or_else(|| panic!("{path}: not in the data"));
    view.data_date = Date::parse_iso("2025-03-02");
    view
}

fn chart(view: &EmbedView) -> Chart {
    super::chart(view, &Fixed).expect("an embed with an image")
}

/// Every text of the SVG, in order, as read back by an XML parser; and its title and
/// description.
fn texts(svg: &str) -> (Vec<String>, String, String) {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}"));
    let of = |tag: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name(tag))
            .map(|n| n.text().unwrap_or("").to_owned())
            .collect()
    };
    let root = doc.root_element();
    assert_eq!(root.attribute("font-family"), Some("DejaVu Sans, sans-serif"));
    assert_eq!(root.attribute("role"), Some("img"));
    (of("text"), of("title").concat(), of("desc").concat())
}

const CREDIT: &str =
    "PEEL Explorer, data: HMICFRS, Open Government Licence v3.0. Data last changed: 2 March 2025.";
const LICENCE: &str = "Reuse under the Open Government Licence v3.0: \
     https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

#[test]
fn a_map_holds_its_title_key_credit_line_and_licence_as_text() {
    let data = bundle::project_bundle();
    let chart = chart(&embed(&data, "/embed/round/2023-25/responding-to-the-public/"));
    assert_eq!((chart.width, chart.height), (1200, 900));
    let (texts, title, description) = texts(&chart.svg);
    for text in [
        "PEEL Explorer",
        "Responding to the public in PEEL 2023-25",
        "Key",
        "Outstanding (0)",
        "Good (4)",
        "Adequate (10)",
        "Requires improvement (15)",
        "Inadequate (5)",
        "Not held in this dataset (9)",
        "KEN",
        "LIN",
        CREDIT,
        "Source: HMICFRS PEEL 2023-25; data as held by PEEL Explorer.",
        LICENCE,
    ] {
        assert!(texts.iter().any(|t| t == text), "no “{text}” in {texts:?}");
    }
    // The mark for enhanced monitoring, in the key (wrapped) and on Lincolnshire's square.
    assert!(texts.iter().any(|t| t == "– E"), "{texts:?}");
    assert!(
        texts
            .join(" ")
            .contains("In enhanced monitoring (Engage) as of October 2025 (1)"),
        "{texts:?}"
    );
    assert_eq!(title, "Responding to the public in PEEL 2023-25");
    assert!(
        description.contains("Kent Police: requires improvement"),
        "{description}"
    );
    assert!(description.ends_with(CREDIT), "{description}");
}

#[test]
fn a_force_rounds_grades_hold_every_grade_word_the_notice_and_the_credit_line() {
    let data = bundle::project_bundle();
    let chart = chart(&embed(&data, "/embed/force/lincolnshire/2021-22/"));
    let (texts, title, _) = texts(&chart.svg);
    for text in [
        "PEEL 2021/22",
        "Lincolnshire Police",
        "In enhanced monitoring as of October 2025",
        "Treatment of the public",
        "Recording data about crime",
        CREDIT,
        LICENCE,
    ] {
        assert!(texts.iter().any(|t| t == text), "no “{text}” in {texts:?}");
    }
    let words: Vec<&str> = texts
        .iter()
        .map(String::as_str)
        .filter(|t| {
            [
                "Outstanding",
                "Good",
                "Adequate",
                "Requires improvement",
                "Inadequate",
            ]
            .contains(t)
        })
        .collect();
    assert_eq!(
        words,
        [
            "Adequate",
            "Adequate",
            "Requires improvement",
            "Requires improvement",
            "Adequate",
            "Requires improvement",
            "Adequate",
            "Requires improvement",
            "Requires improvement",
        ]
    );
    assert!(
        texts
            .concat()
            .contains("Disrupting serious organised crime: no grade held."),
        "{texts:?}"
    );
    assert_eq!(title, "Lincolnshire Police, PEEL 2021/22: grades held");
}

#[test]
fn a_force_round_with_areas_not_held_says_so_in_one_line() {
    // Northumbria, PEEL 2021/22: one area's grade held.
    let data = bundle::project_bundle();
    let chart = chart(&embed(&data, "/embed/force/northumbria/2021-22/"));
    let (texts, _, _) = texts(&chart.svg);
    let all = texts.join(" ");
    assert!(all.contains("Not held in this dataset: "), "{all}");
    assert!(all.contains("Read them in the official report"), "{all}");
}
