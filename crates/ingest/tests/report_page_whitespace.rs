//! Whitespace differences do not change the report: CRLF, trailing spaces, extra blank lines,
//! non-breaking spaces, tabs, a byte-order mark.

mod report_page_common;

use report_page_common::{REFERENCE, parse};

fn lines_map(text: &str, f: impl Fn(usize, &str) -> String) -> String {
    text.split('\n')
        .enumerate()
        .map(|(i, l)| f(i, l))
        .collect::<Vec<_>>()
        .join("\n")
}

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn trailing_spaces(text: &str) -> String {
    lines_map(text, |i, l| format!("{l}{}", [" ", "  ", "\t", " \u{a0}"][i % 4]))
}

/// Each blank line doubled (so the wider gap before the force-area paragraphs stays wider),
/// and blank lines before the first line and after the last.
fn extra_blank_lines(text: &str) -> String {
    let body = lines_map(text, |_, l| {
        if l.trim().is_empty() {
            format!("{l}\n")
        } else {
            l.to_owned()
        }
    });
    format!("\n\n{body}\n\n\n")
}

/// Spaces turned into non-breaking spaces (U+00A0), doubled, and put at the starts of lines.
fn nbsp(text: &str) -> String {
    lines_map(text, |i, l| match i % 3 {
        0 => l.replace(' ', "\u{a0}"),
        1 => format!("\u{a0} {}", l.replace(' ', " \u{a0}")),
        _ => l.replace(' ', "\u{202f}"),
    })
}

fn tabs(text: &str) -> String {
    text.replace("  •", "\t•")
}

/// A UTF-8 byte-order mark, which only counts at the very start of the file.
fn bom(text: &str) -> String {
    format!("\u{feff}{text}")
}

#[test]
fn whitespace_variants_give_the_identical_report() {
    let reference = parse(REFERENCE).report;
    let variants: [(&str, String); 7] = [
        ("CRLF", crlf(REFERENCE)),
        ("trailing spaces", trailing_spaces(REFERENCE)),
        ("extra blank lines", extra_blank_lines(REFERENCE)),
        ("non-breaking spaces", nbsp(REFERENCE)),
        ("tabs", tabs(REFERENCE)),
        ("BOM", bom(REFERENCE)),
        (
            "all at once",
            bom(&crlf(&nbsp(&trailing_spaces(&extra_blank_lines(&tabs(
                REFERENCE,
            )))))),
        ),
    ];
    for (name, text) in variants {
        assert_ne!(text, REFERENCE, "{name} should differ from the reference");
        let page = parse(&text);
        assert!(page.warnings.is_empty(), "{name}: {:?}", page.warnings);
        assert!(page.report == reference, "{name} changed the report");
    }
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_title() {
    let text = format!("\u{feff}{}", REFERENCE.replacen("Skip to content\n", "", 1));
    assert_eq!(parse(&text).report.title, "Northamptonshire 2016");
}
