//! The templates on the project's real data, and images drawn from them.

use std::path::Path;

use peel_ingest::bundle::{self, Bundle};
use peel_model::Round;
use peel_model::pages::preview::{HEIGHT, MAX_BYTES, WIDTH, source_line};
use peel_model::pages::{PageData, build_page, site_map};
use peel_model::route::{GradeFilter, Route};
use peel_model::wording::NOT_HELD_LABEL;
use resvg::usvg::roxmltree;

use crate::layout::tests::Fixed;
use crate::{Renderer, png_size};

fn data() -> Bundle {
    bundle::project_bundle()
}

fn page(data: &Bundle, path: &str) -> PageData {
    build_page(&Route::parse(path), &data.sources())
}

/// The template's SVG of a page, laid out without the fonts.
fn svg(page: &PageData) -> String {
    crate::pages::svg(page, &Fixed).expect("a page with a preview")
}

/// Every text of the SVG, in order, as read back by an XML parser.
fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}"));
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn a_force_round_shows_the_force_the_round_and_each_grade_in_words() {
    let data = data();
    let page = page(&data, "/force/northamptonshire/2016/");
    let PageData::ForceRound(view) = &page else {
        panic!("not a force-round page")
    };
    let texts = texts(&svg(&page));
    for text in [
        "PEEL Explorer",
        "PEEL 2016",
        "Northamptonshire Police",
        "Effectiveness",
        "Efficiency",
        "Legitimacy",
        &source_line(Round::from_label("2016").unwrap()),
    ] {
        assert!(texts.iter().any(|t| t == text), "no “{text}” in {texts:?}");
    }
    // Each grade as its tag's word, in the order of the page.
    let words: Vec<&str> = texts
        .iter()
        .map(String::as_str)
        .filter(|t| ["Outstanding", "Good", "Requires improvement", "Inadequate"].contains(t))
        .collect();
    let expected: Vec<&str> = view
        .headline
        .iter()
        .map(|h| h.judgement.unwrap().label())
        .collect();
    assert_eq!(words, expected);
    assert_eq!(
        words,
        ["Requires improvement", "Good", "Good"],
        "the data changed under the test"
    );
}

#[test]
fn a_graded_area_round_says_which_areas_are_not_held() {
    // Northumbria, PEEL 2021/22: one area's grade held.
    let page = page(&data(), "/force/northumbria/2021-22/");
    let PageData::ForceRound(partial) = &page else {
        panic!("not a force-round page")
    };
    let texts = texts(&svg(&page));
    let not_held = partial.headline.iter().filter(|h| h.judgement.is_none()).count();
    assert!(not_held > 0);
    assert_eq!(
        texts.iter().filter(|t| *t == NOT_HELD_LABEL).count(),
        not_held,
        "{texts:?}"
    );
    for h in partial.headline.iter().filter(|h| h.judgement.is_some()) {
        let word = h.judgement.unwrap().label();
        assert!(texts.iter().any(|t| t == word), "no “{word}” in {texts:?}");
    }
    let sentence = partial.areas_held_sentence().expect("some areas not held");
    assert!(texts.contains(&sentence), "{texts:?}");
}

#[test]
fn text_from_the_data_is_escaped() {
    let data = data();
    let PageData::ForceRound(mut view) = page(&data, "/force/kent/2016/") else {
        panic!("not a force-round page")
    };
    let name = "Avon & Somerset <Police> \"A\" 'B'";
    view.year.force.name = name.to_owned();
    let svg = svg(&PageData::ForceRound(view));
    assert!(
        svg.contains("Avon &amp; Somerset &lt;Police&gt; &quot;A&quot; &#39;B&#39;"),
        "{svg}"
    );
    assert!(texts(&svg).iter().any(|t| t == name));
}

#[test]
fn a_pillar_shows_its_grade_and_how_every_force_was_graded() {
    let data = data();
    let page = page(&data, "/force/northamptonshire/2016/effectiveness/");
    let PageData::Pillar(view) = &page else {
        panic!("not a pillar page")
    };
    let texts = texts(&svg(&page));
    for text in [
        "Northamptonshire Police, PEEL 2016",
        "Effectiveness",
        "Requires improvement",
    ] {
        assert!(texts.iter().any(|t| t == text), "no “{text}” in {texts:?}");
    }
    // Every bar's label and count, this force's marked.
    let dist = view.distribution.as_ref().unwrap();
    for (filter, count) in dist
        .counts
        .grades
        .iter()
        .map(|(g, n)| (GradeFilter::Grade(*g), *n))
        .chain([(GradeFilter::NotHeld, dist.counts.not_held)])
        .filter(|(_, n)| *n > 0)
    {
        let at = texts
            .iter()
            .rposition(|t| t == filter.label())
            .unwrap_or_else(|| panic!("no bar {filter:?}"));
        assert_eq!(texts[at + 1], count.to_string(), "{filter:?}");
    }
    assert!(
        texts.iter().any(|t| t == "\u{2190} Northamptonshire Police"),
        "{texts:?}"
    );
}

#[test]
fn leadership_reads_not_graded() {
    let data = data();
    let Some(path) = site_map(&data.sources())
        .into_iter()
        .map(|r| r.path())
        .find(|p| p.ends_with("/leadership/"))
    else {
        panic!("no leadership page in the site")
    };
    let texts = texts(&svg(&page(&data, &path)));
    assert!(texts.iter().any(|t| t == "Not graded"), "{path}: {texts:?}");
}

#[test]
fn the_national_table_counts_each_grade_of_each_column() {
    use peel_model::Grade::{Adequate, Good, Inadequate, Outstanding, RequiresImprovement};
    use peel_model::route::GradeFilter::{Grade, NotHeld};
    let data = data();
    // The scale's grades, then "not graded" and "not held" where any column has one: in the real
    // data, a pillar of 2016 and areas of 2023-25 not held for some forces, nothing not graded.
    for (path, columns) in [
        (
            "/round/2016/",
            vec![
                Grade(Outstanding),
                Grade(Good),
                Grade(RequiresImprovement),
                Grade(Inadequate),
                NotHeld,
            ],
        ),
        (
            "/round/2023-25/",
            vec![
                Grade(Outstanding),
                Grade(Good),
                Grade(Adequate),
                Grade(RequiresImprovement),
                Grade(Inadequate),
                NotHeld,
            ],
        ),
    ] {
        let page = page(&data, path);
        let PageData::RoundTable(view) = &page else {
            panic!("not a table")
        };
        let texts = texts(&svg(&page));
        assert!(texts.iter().any(|t| *t == format!("PEEL {}", view.round.label())));
        assert!(texts.contains(&view.coverage_sentence()), "{texts:?}");
        // The header's words (a long one on two lines), then each row: its area and counts.
        let header: String = texts
            .iter()
            .skip_while(|t| **t != view.coverage_sentence())
            .skip(1)
            .take_while(|t| {
                t.parse::<u32>().is_err() && !view.areas.iter().any(|a| texts_match(t, &a.label()))
            })
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let words: Vec<&str> = columns.iter().map(|c| c.label()).collect();
        assert_eq!(header, words.join(" "), "{path}");
        for dist in &view.distributions {
            let at = texts
                .iter()
                .position(|t| texts_match(t, &dist.area.label()))
                .unwrap_or_else(|| panic!("{path}: no row {}", dist.area.label()));
            let counts: Vec<String> = texts[at..]
                .iter()
                .skip_while(|t| t.parse::<u32>().is_err())
                .take(columns.len())
                .cloned()
                .collect();
            let expected: Vec<String> = columns
                .iter()
                .map(|c| dist.counts.count(*c).to_string())
                .collect();
            assert_eq!(counts, expected, "{path}: {}", dist.area.label());
        }
    }
}

#[test]
fn the_monitoring_timeline_names_every_force_of_every_spell_and_the_forces_as_of_the_sources() {
    let data = data();
    let page = page(&data, "/monitoring/");
    let PageData::Monitoring(view) = &page else {
        panic!("not the monitoring page")
    };
    let texts = texts(&svg(&page));
    let names: Vec<String> = data
        .index
        .monitoring
        .spells
        .iter()
        .map(|s| data.index.force(&s.force).expect("a force").name.clone())
        .collect();
    assert_eq!(names.len(), 10);
    for text in [
        "PEEL Explorer".to_owned(),
        view.title(),
        "In enhanced monitoring as of October 2025: Lincolnshire Police.".to_owned(),
        view.preview_source_line(),
    ]
    .iter()
    .chain(&names)
    {
        assert!(
            texts.iter().any(|t| texts_match(t, text)),
            "no “{text}” in {texts:?}"
        );
    }
    // The years along the top, from the first spell's to the sources' month.
    for year in 2019..=2025 {
        assert!(texts.contains(&year.to_string()), "no {year} in {texts:?}");
    }
    assert!(view.preview_source_line().starts_with("Sources: HMICFRS"));
}

/// Whether a drawn text is `full` or its beginning (on more lines or shortened with "…").
fn texts_match(drawn: &str, full: &str) -> bool {
    let drawn = drawn.trim_end_matches('…');
    !drawn.is_empty() && full.starts_with(drawn)
}

#[test]
fn every_page_with_a_preview_is_laid_out() {
    let data = data();
    let sources = data.sources();
    let mut drawn = 0;
    for route in site_map(&sources) {
        let page = build_page(&route, &sources);
        let template = crate::pages::svg(&page, &Fixed);
        assert_eq!(
            template.is_some(),
            route.preview_image_path().is_some(),
            "{route}"
        );
        assert_eq!(
            page.preview_image().map(|i| i.path),
            route.preview_image_path(),
            "{route}"
        );
        if let Some(svg) = template {
            assert!(!texts(&svg).is_empty(), "{route}");
            drawn += 1;
        }
    }
    assert!(drawn > 700, "{drawn} previews");
}

#[test]
fn a_drawn_preview_is_a_1200_by_630_png_of_at_most_60_kb() {
    let renderer = Renderer::new().unwrap_or_else(|e| panic!("{e}"));
    let data = data();
    for path in [
        "/force/northamptonshire/2016/",
        "/force/avon-and-somerset/2023-25/",
        "/force/northamptonshire/2016/effectiveness/",
        "/round/2016/",
        "/round/2023-25/",
        "/monitoring/",
    ] {
        let svg = renderer.svg(&page(&data, path)).expect("a preview");
        let png = renderer.png(&svg).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(png_size(&png), Some((WIDTH, HEIGHT)), "{path}");
        assert!(png.len() <= MAX_BYTES, "{path}: {} bytes", png.len());
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let reader = decoder.read_info().unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!((reader.info().width, reader.info().height), (WIDTH, HEIGHT));
    }
}

#[test]
fn cached_images_are_named_by_what_they_draw() {
    let renderer = Renderer::new().unwrap_or_else(|e| panic!("{e}"));
    let name = renderer.cache_name("<svg/>");
    assert_eq!(name, renderer.cache_name("<svg/>"));
    assert_ne!(name, renderer.cache_name("<svg />"));
    assert!(name.ends_with(".png") && name.len() == 20, "{name}");
}

#[test]
fn missing_fonts_say_what_to_install() {
    let error = Renderer::with_fonts(
        Path::new("/nowhere/DejaVuSans.ttf"),
        Path::new(crate::fonts::BOLD),
    )
    .err()
    .expect("no renderer without its fonts");
    assert!(error.contains("/nowhere/DejaVuSans.ttf"), "{error}");
    assert!(error.contains("fonts-dejavu-core"), "{error}");
}

#[test]
fn png_size_reads_the_header_only_of_a_png() {
    assert_eq!(png_size(b"GIF89a"), None);
    assert_eq!(png_size(&[0; 40]), None);
}
