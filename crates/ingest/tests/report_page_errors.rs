//! Bad input gives an `Err` that names the file and the line, and says what is wrong; lines
//! that fit nowhere are kept and reported as warnings.

mod report_page_common;

use peel_model::Pillar;
use report_page_common::{
    FILE, REFERENCE, assert_error, first_lines, line_of, parse, parse_err, remove_line, replace_line,
};

// ---- the file as a whole ------------------------------------------------------------------

#[test]
fn empty_file() {
    assert_error(&parse_err(b""), 1, &["the file is empty"]);
    assert_error(
        &parse_err(b"\n \r\n\xC2\xA0\n"),
        1,
        &["the file is empty", "blank lines"],
    );
    assert_error(&parse_err(b"\xEF\xBB\xBF"), 1, &["the file is empty"]);
}

#[test]
fn not_utf8_names_the_line_of_the_first_bad_byte() {
    // The page saved as Latin-1: "Zoë" has the single byte 0xEB.
    let latin1: Vec<u8> = REFERENCE
        .chars()
        .flat_map(|c| match c {
            'ë' => vec![0xEB],
            c => c.to_string().into_bytes(),
        })
        .collect();
    let line = line_of(REFERENCE, "Zoë Billingham,");
    assert_error(&parse_err(&latin1), line, &["not UTF-8", "0xEB", "column 3"]);

    // A stray byte further down.
    let line = line_of(REFERENCE, "Working arrangements");
    let mut bytes = first_lines(REFERENCE, line - 1).into_bytes();
    bytes.extend_from_slice(b"\nWorking \xFF arrangements\n");
    assert_error(&parse_err(&bytes), line, &["not UTF-8", "0xFF"]);

    // Cut in the middle of a character.
    let cut = REFERENCE.find("Zoë").unwrap() + 3;
    let bytes = REFERENCE.as_bytes().get(..cut).unwrap();
    assert_error(
        &parse_err(bytes),
        line_of(REFERENCE, "Zoë Billingham,"),
        &["not UTF-8", "middle of a character"],
    );
}

#[test]
fn not_a_peel_page() {
    assert_error(
        &parse_err(b"Hello world\n\nThis is a shopping list.\n"),
        1,
        &["not a PEEL page", "Hello world"],
    );
    assert_error(
        &parse_err(b"<!DOCTYPE html>\n<html lang=\"en\">\n"),
        1,
        &["not a PEEL page"],
    );
    // Only site chrome.
    assert_error(
        &parse_err(b"Skip to content\nRead More\n"),
        0,
        &["not a PEEL page"],
    );
    // A title, but no PEEL structure after it.
    let e = parse_err("Skip to content\n\nMeeting notes 2016\n\nWe met.\n".as_bytes());
    assert_error(
        &e,
        3,
        &["not a PEEL page", "no headline judgement", "no pillar section"],
    );
}

#[test]
fn unknown_round() {
    let text = replace_line(REFERENCE, "Northamptonshire 2016", "Northamptonshire 2019");
    let e = parse_err(text.as_bytes());
    assert_error(&e, 3, &["\"2019\" in the title is not a PEEL round", "2018/19"]);
}

#[test]
fn a_graded_area_round_is_not_this_form() {
    let text = replace_line(REFERENCE, "Northamptonshire 2016", "Northamptonshire 2021/22");
    assert_error(
        &parse_err(text.as_bytes()),
        3,
        &["2021/22 pages grade areas", "pillar rounds only"],
    );
}

// ---- cut off ------------------------------------------------------------------------------

#[test]
fn cut_off_after_a_pillar_heading() {
    let heading = line_of(REFERENCE, "How efficient is the force");
    let e = parse_err(first_lines(REFERENCE, heading).as_bytes());
    assert_error(
        &e,
        heading,
        &["\"How efficient is the force", "nothing under it", "cut off"],
    );
}

#[test]
fn cut_off_before_the_pillar_sections() {
    let last = line_of(
        REFERENCE,
        "how the force improves the way it plans for the future.",
    );
    let e = parse_err(first_lines(REFERENCE, last + 2).as_bytes());
    assert_error(
        &e,
        last,
        &[
            "without the effectiveness section",
            "headline judgement on line 9",
            "cut off",
        ],
    );
}

#[test]
fn cut_off_before_the_key_facts() {
    let last = line_of(REFERENCE, "View other reports");
    let e = parse_err(first_lines(REFERENCE, last + 1).as_bytes());
    assert_error(&e, last, &["without its \"Key facts\" section", "cut off"]);
}

#[test]
fn cut_off_in_the_middle_of_a_line() {
    let cut = REFERENCE.find("policing in the county").unwrap();
    let text = REFERENCE.get(..cut).unwrap();
    let e = parse_err(text.as_bytes());
    assert_error(
        &e,
        line_of(REFERENCE, "In addition the plan seeks"),
        &["ends mid-sentence", "transform", "cut off"],
    );
}

#[test]
fn cut_off_after_an_announcement() {
    let intro = line_of(REFERENCE, "outlines four key priority areas:");
    let e = parse_err(first_lines(REFERENCE, intro).as_bytes());
    assert_error(
        &e,
        intro,
        &["priority areas:", "not what it announces", "cut off"],
    );
}

#[test]
fn a_pillar_section_without_text() {
    // The efficiency section keeps its heading, date and link, but loses its five paragraphs.
    let mut text = REFERENCE.to_owned();
    for needle in [
        "Northamptonshire Police has been assessed as good in respect of the efficiency",
        "Northamptonshire Police has improved the efficiency",
        "The force is good at using its resources to manage current demand.",
        "plans for demand in the future require improvement.",
        "During our inspection some concerns",
    ] {
        text = remove_line(&text, needle);
    }
    let heading = line_of(&text, "How efficient is the force");
    let e = parse_err(text.as_bytes());
    assert_error(&e, heading, &["efficiency section", "has no text", "cut off"]);
}

// ---- structure ----------------------------------------------------------------------------

#[test]
fn a_section_twice() {
    let looking = line_of(REFERENCE, "Looking ahead to 2017");
    let text = replace_line(
        REFERENCE,
        "Looking ahead to 2017",
        "Working arrangements\n\nThe force shares a helicopter.\n\nLooking ahead to 2017",
    );
    let e = parse_err(text.as_bytes());
    assert_error(
        &e,
        looking,
        &["\"Working arrangements\" section comes twice", "line 56"],
    );

    // A pillar's section twice.
    let reports = line_of(REFERENCE, "Other reports");
    let text = replace_line(
        REFERENCE,
        "Other reports",
        "How legitimate is the force at keeping people safe and reducing crime?\n\nMore text.\n\nOther reports",
    );
    let e = parse_err(text.as_bytes());
    assert_error(&e, reports, &["legitimacy section comes twice", "line 126"]);
}

#[test]
fn a_headline_judgement_twice() {
    let line = line_of(REFERENCE, "force is legitimate at keeping");
    let text = replace_line(
        REFERENCE,
        "force is legitimate at keeping",
        "The extent to which the force is effective at keeping people safe and reducing crime is good.",
    );
    assert_error(
        &parse_err(text.as_bytes()),
        line,
        &["second headline judgement for Effectiveness", "line 9"],
    );
}

// ---- grades -------------------------------------------------------------------------------

#[test]
fn a_grade_the_rounds_scale_does_not_have() {
    let line = line_of(REFERENCE, "Requires improvement");
    let text = replace_line(REFERENCE, "Requires improvement", "Adequate");
    let e = parse_err(text.as_bytes());
    assert_error(
        &e,
        line,
        &[
            "\"Adequate\"",
            "not a grade of the 2016 round",
            "four-point scale",
        ],
    );

    let line = line_of(REFERENCE, "force is efficient at keeping");
    let text = REFERENCE.replace(
        "reducing crime is good.\n\nThe extent to which the force is legitimate",
        "reducing crime is adequate.\n\nThe extent to which the force is legitimate",
    );
    let e = parse_err(text.as_bytes());
    assert_error(&e, line, &["\"Adequate\"", "2016", "four-point scale"]);
}

#[test]
fn a_word_that_is_no_grade_under_the_date() {
    let line = line_of(REFERENCE, "Requires improvement");
    let text = replace_line(REFERENCE, "Requires improvement", "Excellent");
    assert_error(
        &parse_err(text.as_bytes()),
        line,
        &["\"Excellent\" is not a grade", "four-point scale"],
    );
}

#[test]
fn a_headline_judgement_without_a_grade() {
    let line = line_of(REFERENCE, "force is efficient at keeping");
    let text = REFERENCE.replace(
        "reducing crime is good.\n\nThe extent to which the force is legitimate",
        "reducing crime is splendid.\n\nThe extent to which the force is legitimate",
    );
    assert_error(
        &parse_err(text.as_bytes()),
        line,
        &["headline judgement for Efficiency", "without a grade"],
    );
}

#[test]
fn a_section_grade_that_contradicts_the_headline() {
    let line = line_of(REFERENCE, "Requires improvement");
    let text = replace_line(REFERENCE, "Requires improvement", "Good");
    let e = parse_err(text.as_bytes());
    assert_error(
        &e,
        line,
        &[
            "effectiveness section is graded \"Good\"",
            "\"Requires improvement\"",
            "line 9",
        ],
    );
}

#[test]
fn a_questions_link_in_the_wrong_section() {
    let line = line_of(REFERENCE, "View the three questions for efficiency");
    let text = replace_line(
        REFERENCE,
        "View the three questions for efficiency",
        "View the three questions for legitimacy",
    );
    assert_error(
        &parse_err(text.as_bytes()),
        line,
        &["questions for legitimacy\" is in the efficiency section"],
    );
}

// ---- dates --------------------------------------------------------------------------------

#[test]
fn impossible_and_malformed_dates() {
    let line = line_of(REFERENCE, "Last updated 02/03/2017");
    for (date, fragment) in [
        ("31/02/2017", "\"31/02/2017\" is not a real date"),
        ("02/13/2017", "\"02/13/2017\" is not a real date"),
        ("00/01/2017", "not a real date"),
        ("2017-03-02", "not a date like 02/03/2017"),
        ("", "without a date"),
    ] {
        let text = replace_line(
            REFERENCE,
            "Last updated 02/03/2017",
            &format!("Last updated {date}"),
        );
        assert_error(&parse_err(text.as_bytes()), line, &[fragment]);
    }
    // In "Other reports" too.
    let line = line_of(REFERENCE, "Last updated 24/10/2016");
    let text = replace_line(REFERENCE, "Last updated 24/10/2016", "Last updated 29/02/2017");
    assert_error(
        &parse_err(text.as_bytes()),
        line,
        &["\"29/02/2017\" is not a real date"],
    );
}

// ---- warnings: kept, and reported --------------------------------------------------------

#[test]
fn an_unknown_line_in_the_key_facts_is_kept_and_reported() {
    let line = line_of(REFERENCE, "Victim-based crimes");
    let text = replace_line(REFERENCE, "Victim-based crimes", "Helicopters: two");
    let page = parse(&text);
    assert_eq!(page.warnings.len(), 1, "{:?}", page.warnings);
    let warning = page.warnings[0].to_string();
    assert!(warning.starts_with(&format!("{FILE}:{line}: ")), "{warning}");
    assert!(warning.contains("Helicopters: two"), "{warning}");
    let facts = page.report.key_facts.unwrap();
    assert_eq!(facts.paragraphs, ["Helicopters: two"]);
    assert_eq!(facts.figures.len(), 9);
}

#[test]
fn stray_lines_elsewhere_are_kept_where_they_stand() {
    // After the inspector's signature: kept with the introduction.
    let text = replace_line(REFERENCE, "Contact Zoë Billingham", "A stray line.");
    let page = parse(&text);
    assert_eq!(page.warnings.len(), 1);
    assert_eq!(
        page.warnings[0].line,
        line_of(REFERENCE, "Contact Zoë Billingham")
    );
    assert_eq!(
        page.report.introduction.last().map(String::as_str),
        Some("A stray line.")
    );

    // A point of context that is not a bullet.
    let text = replace_line(REFERENCE, "The area’s population has grown", "Not a bullet.");
    let page = parse(&text);
    assert_eq!(page.warnings.len(), 1);
    assert_eq!(
        page.report.force_context.last().map(String::as_str),
        Some("Not a bullet.")
    );

    // A second "Last updated" inside a pillar section's text.
    let text = replace_line(
        REFERENCE,
        "During our inspection some concerns",
        "Last updated 01/01/2017",
    );
    let page = parse(&text);
    assert_eq!(page.warnings.len(), 1);
    let efficiency = page.report.pillar(Pillar::Efficiency).unwrap();
    assert_eq!(
        efficiency.paragraphs.last().map(String::as_str),
        Some("Last updated 01/01/2017")
    );
}
