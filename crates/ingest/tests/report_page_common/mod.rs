//! Shared by the `report_page_*` tests: the reference page and small text surgery on it.
#![allow(dead_code)]

use std::sync::OnceLock;

use peel_ingest::Diagnostic;
use peel_ingest::report_page::{ParsedReportPage, parse_report_page};
use peel_model::questions::QuestionSets;

/// The one real page held: the text as captured from the HMICFRS site.
pub const REFERENCE: &str = include_str!("../../../../data/sources/northamptonshire-2016.txt");
pub const FILE: &str = "data/sources/northamptonshire-2016.txt";

/// The project's question sets: which rounds a page may be of, and their scales.
pub fn questions() -> &'static QuestionSets {
    static QUESTIONS: OnceLock<QuestionSets> = OnceLock::new();
    QUESTIONS.get_or_init(|| {
        let dir = peel_ingest::bundle::project_data_dir();
        peel_ingest::questions::read_questions(&dir, "data/questions.json").expect("the project's questions")
    })
}

/// Parses a page as the project's data would (`file` names it).
pub fn parse_page(bytes: &[u8], file: &str) -> Result<ParsedReportPage, Diagnostic> {
    parse_report_page(bytes, file, questions())
}

pub fn parse(text: &str) -> ParsedReportPage {
    match parse_page(text.as_bytes(), FILE) {
        Ok(page) => page,
        Err(e) => panic!("expected the page to parse, got: {e}"),
    }
}

pub fn parse_err(bytes: &[u8]) -> Diagnostic {
    match parse_page(bytes, FILE) {
        Ok(page) => panic!("expected an error, got a report titled {:?}", page.report.title),
        Err(e) => e,
    }
}

/// The 1-based number of the first line of `text` that contains `needle`.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line contains {needle:?}"))
}

/// `text` with the first line containing `needle` replaced by `with` (which may hold several
/// lines, or be empty to blank it).
pub fn replace_line(text: &str, needle: &str, with: &str) -> String {
    let n = line_of(text, needle);
    text.split('\n')
        .enumerate()
        .map(|(i, l)| if i + 1 == n { with.to_owned() } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` without the first line containing `needle`.
pub fn remove_line(text: &str, needle: &str) -> String {
    let n = line_of(text, needle);
    text.split('\n')
        .enumerate()
        .filter(|(i, _)| i + 1 != n)
        .map(|(_, l)| l)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first `n` lines of `text`.
pub fn first_lines(text: &str, n: usize) -> String {
    text.split('\n').take(n).collect::<Vec<_>>().join("\n")
}

/// Whitespace as the parser normalises it, written independently of it.
pub fn normalise(line: &str) -> String {
    line.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Asserts `e` displays as `FILE:line: ...` and its message contains every fragment.
pub fn assert_error(e: &Diagnostic, line: usize, fragments: &[&str]) {
    let shown = e.to_string();
    let prefix = if line == 0 {
        format!("{FILE}: ")
    } else {
        format!("{FILE}:{line}: ")
    };
    assert!(
        shown.starts_with(&prefix),
        "expected {prefix:?}..., got {shown:?}"
    );
    for fragment in fragments {
        assert!(shown.contains(fragment), "expected {fragment:?} in {shown:?}");
    }
}
