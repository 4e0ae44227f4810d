//! Parser for the text of a force-year PEEL page (`data/sources/<force>-<round>.txt`).
//! Placeholder: being written.

use peel_model::Report;

use crate::diagnostic::Diagnostic;

/// A parsed page and the lines it could not place (kept in the report, reported here).
#[derive(Clone, Debug)]
pub struct ParsedPage {
    pub report: Report,
    pub warnings: Vec<Diagnostic>,
}

/// Parses the bytes of one page. `file` names it in messages and becomes `Report::source_file`.
pub fn parse_page(bytes: &[u8], file: &str) -> Result<ParsedPage, Diagnostic> {
    let _ = bytes;
    Err(Diagnostic::new(file, 0, "the page parser is not written yet"))
}
