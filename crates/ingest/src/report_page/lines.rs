//! Bytes to normalised lines, and the case- and quote-blind matching the rest of the parser uses.
//!
//! Normalising is what makes whitespace differences not matter: a UTF-8 byte-order mark is
//! dropped, lines end at `\n` (a `\r` before it, or anywhere, is whitespace), and inside a
//! line every run of whitespace (spaces, tabs, non-breaking spaces U+00A0, U+202F ...) becomes
//! one space, with none at either end. Blank lines are kept (as empty text) because the
//! length of a gap between paragraphs carries meaning in one place (see `narrative`).

use crate::diagnostic::Diagnostic;

/// One line of the page, normalised. `no` is 1-based, as in an editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub no: usize,
    pub text: String,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The page as text: refuses an empty file and bytes that are not UTF-8 (naming the line of
/// the first bad byte).
pub(crate) fn decode<'b>(bytes: &'b [u8], file: &str) -> Result<&'b str, Diagnostic> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, &e, file))?;
    if text.is_empty() {
        // Line 1, where a title should be: every page error names a line.
        return Err(Diagnostic::new(file, 1, "the file is empty"));
    }
    if text.chars().all(char::is_whitespace) {
        return Err(Diagnostic::new(
            file,
            1,
            "the file is empty: it holds only blank lines",
        ));
    }
    Ok(text)
}

fn not_utf8(bytes: &[u8], error: &std::str::Utf8Error, file: &str) -> Diagnostic {
    let good = bytes.get(..error.valid_up_to()).unwrap_or_default();
    // The prefix is valid UTF-8 by definition of `valid_up_to`.
    let good = std::str::from_utf8(good).unwrap_or_default();
    let line = 1 + good.matches('\n').count();
    let column = 1 + good.rsplit('\n').next().unwrap_or_default().chars().count();
    let message = match (bytes.get(error.valid_up_to()), error.error_len()) {
        (Some(byte), Some(_)) => format!(
            "the file is not UTF-8 text: byte 0x{byte:02X} at column {column} is not valid UTF-8 \
             (save the page as UTF-8)"
        ),
        _ => format!("the file is not UTF-8 text: it ends in the middle of a character at column {column}"),
    };
    Diagnostic::new(file, line, message)
}

/// Splits decoded text into normalised lines.
pub(crate) fn split(text: &str) -> Vec<Line> {
    text.split('\n')
        .enumerate()
        .map(|(i, raw)| Line {
            no: i + 1,
            text: normalise(raw),
        })
        .collect()
}

/// One line with its whitespace normalised: runs of whitespace become one space; none at the ends.
pub(crate) fn normalise(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for word in raw.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// How two spellings of a word are compared: letter case, curly quotes and dashes do not count.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The text folded for `contains` checks. Never slice the original by offsets into this.
pub(crate) fn folded(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

pub(crate) fn eq_fold(a: &str, b: &str) -> bool {
    a.chars().map(fold_char).eq(b.chars().map(fold_char))
}

/// `text` without `prefix`, compared folded; the rest is a slice of `text` itself.
pub(crate) fn strip_prefix_fold<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.chars();
    for p in prefix.chars() {
        let c = chars.next()?;
        if fold_char(c) != fold_char(p) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// `text` without `suffix`, compared folded.
pub(crate) fn strip_suffix_fold<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let mut chars = text.chars();
    for p in suffix.chars().rev() {
        let c = chars.next_back()?;
        if fold_char(c) != fold_char(p) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// Whether the line ends a sentence (or a quotation or bracket that ends one).
pub(crate) fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['”', '’', '"', '\'', ')', ']']);
    trimmed.ends_with(['.', '!', '?', '…'])
}

pub(crate) fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_whitespace() {
        assert_eq!(normalise("  a\u{a0}\u{a0}b\t c \r"), "a b c");
        assert_eq!(normalise("\u{a0}"), "");
    }

    #[test]
    fn folded_prefixes_and_suffixes_slice_the_original() {
        assert_eq!(
            strip_prefix_fold("HMI’s observations", "hmi's "),
            Some("observations")
        );
        assert_eq!(strip_prefix_fold("Zoë", "zoe"), None);
        assert_eq!(strip_suffix_fold("crime is Good", " good"), Some("crime is"));
        assert_eq!(strip_suffix_fold("é", "xx"), None);
        assert!(eq_fold("Key facts – 2019/20", "key facts - 2019/20"));
    }

    #[test]
    fn bad_bytes_are_placed() {
        let e = decode(b"a\nb\xffc", "f").unwrap_err();
        assert_eq!((e.line, e.message.contains("0xFF at column 2")), (2, true));
        let e = decode("a\n\u{e9}".as_bytes().get(..3).unwrap(), "f").unwrap_err();
        assert!(e.message.contains("middle of a character"), "{e}");
        assert_eq!(decode(b"\xEF\xBB\xBF", "f").unwrap_err().line, 1);
    }
}
