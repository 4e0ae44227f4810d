//! Reading a CSV file of `data/` with its header checked and each record's line number kept,
//! and the reader the files of rows naming forces share ([`read_records`]): each row made a
//! record or refused on its line, every row checked.

use std::path::Path;

use crate::diagnostic::Diagnostic;

/// Where a data file is read from: its folder (the project's `data/`), or, in tests, its text.
#[derive(Clone, Copy, Debug)]
pub enum Input<'a> {
    Folder(&'a Path),
    #[cfg(test)]
    Text(&'a [u8]),
}

/// A data file's records, each with its line, and the problems found: rows refused, then what
/// checks across rows add with [`Records::refuse`].
pub struct Records<T> {
    label: String,
    pub rows: Vec<(usize, T)>,
    errors: Vec<Diagnostic>,
}

impl<T> Records<T> {
    /// A problem on `line` (0: the file as a whole).
    pub fn refuse(&mut self, line: usize, message: impl Into<String>) {
        self.errors
            .push(Diagnostic::new(self.label.as_str(), line, message));
    }

    /// Whether no problem has been found so far.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    /// Every record, or every problem.
    pub fn finish(self) -> Result<Vec<T>, Vec<Diagnostic>> {
        if self.errors.is_empty() {
            Ok(self.rows.into_iter().map(|(_, record)| record).collect())
        } else {
            Err(self.errors)
        }
    }
}

/// Reads the file `name` (header `columns`) from `input` and makes each row a record with
/// `record`, which refuses a row by saying what is wrong with it. `label` names the file in
/// messages. Fails at once only where the file cannot be read as a whole.
pub fn read_records<T>(
    input: Input,
    name: &str,
    label: &str,
    columns: &[&str],
    mut record: impl FnMut(&Row) -> Result<T, String>,
) -> Result<Records<T>, Vec<Diagnostic>> {
    let rows = match input {
        Input::Folder(dir) => read_rows(&dir.join(name), label, columns)?,
        #[cfg(test)]
        Input::Text(bytes) => parse_rows(bytes, label, columns)?,
    };
    let mut records = Records {
        label: label.to_owned(),
        rows: Vec::with_capacity(rows.len()),
        errors: Vec::new(),
    };
    for row in &rows {
        match record(row) {
            Ok(made) => records.rows.push((row.line, made)),
            Err(message) => records.refuse(row.line, message),
        }
    }
    Ok(records)
}

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
pub(crate) mod tests {
    use peel_model::Force;

    use super::*;

    /// Forces of the South East named by their slugs (`kent Police`), for the data files' tests.
    pub(crate) fn forces(slugs: &[&str]) -> Vec<Force> {
        slugs
            .iter()
            .map(|slug| Force {
                slug: peel_model::ForceSlug::new(slug).expect("a test slug"),
                name: format!("{slug} Police"),
                region: "South East".into(),
                country: "England".into(),
                page_url: "https://example.org/".into(),
                towns: Vec::new(),
            })
            .collect()
    }

    /// The problems a file's text has, as `read` (a data file's reader) reports them.
    pub(crate) fn errors<T: std::fmt::Debug>(
        read: impl Fn(Input, &str, &[Force]) -> Result<Vec<T>, Vec<Diagnostic>>,
        label: &str,
        text: &str,
        forces: &[Force],
    ) -> Vec<String> {
        read(Input::Text(text.as_bytes()), label, forces)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

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
