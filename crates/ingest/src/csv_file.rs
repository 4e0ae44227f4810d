//! Reading a CSV file of `data/` with its header checked and each record's line number kept.

use std::path::Path;

use crate::diagnostic::Diagnostic;

/// One data row: its fields by header position, and the line it starts on.
#[derive(Debug)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

impl Row {
    pub fn get(&self, column: usize) -> &str {
        self.fields.get(column).map(String::as_str).unwrap_or("")
    }
}

/// Reads `path`, checking that the header is exactly `columns` and every row has that many
/// fields. `label` names the file in messages.
pub fn read_rows(path: &Path, label: &str, columns: &[&str]) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let bytes = std::fs::read(path)
        .map_err(|e| vec![Diagnostic::new(label, 0, format!("cannot read the file: {e}"))])?;
    parse_rows(&bytes, label, columns)
}

pub fn parse_rows(bytes: &[u8], label: &str, columns: &[&str]) -> Result<Vec<Row>, Vec<Diagnostic>> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut header_seen = false;
    // The csv crate miscounts lines in CRLF files (grades.csv was one until the 1,044-row sync), so
    // they are counted here.
    let line_at = |byte: u64| {
        let mut end = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        // A record may be reported as starting on the end of the previous line's terminator.
        while end < bytes.len() && matches!(bytes[end], b'\r' | b'\n') {
            end += 1;
        }
        bytes[..end].iter().filter(|b| **b == b'\n').count() + 1
    };
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map(|p| line_at(p.byte())).unwrap_or(0);
                let what = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => "this line is not valid UTF-8".to_owned(),
                    _ => format!("cannot read this row: {e}"),
                };
                errors.push(Diagnostic::new(label, line, what));
                continue;
            }
        };
        let line = record.position().map(|p| line_at(p.byte())).unwrap_or(0);
        let fields: Vec<String> = record.iter().map(|f| f.trim().to_owned()).collect();
        if !header_seen {
            header_seen = true;
            if fields != columns {
                errors.push(Diagnostic::new(
                    label,
                    line,
                    format!(
                        "the header must be `{}`, found `{}`",
                        columns.join(","),
                        fields.join(",")
                    ),
                ));
                return Err(errors);
            }
            continue;
        }
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        if fields.len() != columns.len() {
            errors.push(Diagnostic::new(
                label,
                line,
                format!(
                    "expected {} fields ({}), found {}",
                    columns.len(),
                    columns.join(","),
                    fields.len()
                ),
            ));
            continue;
        }
        rows.push(Row { line, fields });
    }
    if !header_seen {
        errors.push(Diagnostic::new(
            label,
            0,
            "the file is empty (expected a header row)",
        ));
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_are_right_with_any_line_ending() {
        for text in ["a,b\nx,1\n\ny,2\n", "a,b\r\nx,1\r\n\r\ny,2\r\n"] {
            let rows = parse_rows(text.as_bytes(), "t.csv", &["a", "b"]).unwrap();
            let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [2, 4], "{text:?}");
        }
    }

    #[test]
    fn wrong_header_is_refused() {
        let errors = parse_rows(b"x,y\n1,2\n", "t.csv", &["a", "b"]).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "t.csv:1: the header must be `a,b`, found `x,y`"
        );
    }
}
