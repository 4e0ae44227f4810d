//! Property tests: `parse_report_page` never panics on mutated pages (lines deleted, duplicated,
//! swapped, truncated; random bytes; characters changed; tricky lines inserted), what it returns
//! is well-formed, and whitespace noise never changes the report. Also replays the small
//! regression corpus in `tests/corpus/` (`ok-*` files must parse, `err-*` files must not).
//!
//! Kept to a few seconds: it runs in CI.

mod report_page_common;

use peel_model::Report;
use proptest::prelude::*;
use proptest::sample::Index;
use report_page_common::{REFERENCE, parse_page};

const FILE: &str = "fuzz.txt";

/// Lines that steer the parser into its corners.
const TRICKY: &[&str] = &[
    "",
    "\u{a0}",
    "Skip to content",
    "Read More",
    "Read more about Kent",
    "Contact Zoë Billingham",
    "Kent 2016",
    "Kent 2019",
    "Kent 2021/22",
    "HMI's observations",
    "HMI’s observations",
    "Working arrangements",
    "Looking ahead to 2018",
    "Looking ahead to 99999",
    "How effective is the force at keeping people safe and reducing crime?",
    "How efficient is the force?",
    "How legitimate is the force at keeping people safe and reducing crime?",
    "Other inspections",
    "Other reports",
    "Key facts",
    "Key facts – ",
    "Key facts - 2020/21",
    "Points of context provided by the force",
    "Police and crime plan priorities",
    "The extent to which the force is effective at keeping people safe and reducing crime is adequate.",
    "The extent to which the force is efficient at keeping people safe and reducing crime is not graded.",
    "The extent to which the force is legitimate",
    "Zoë Billingham, Her Majesty’s Inspector of Constabulary",
    "Last updated",
    "Last updated 31/02/2017",
    "Last updated 29/02/2016",
    "Last updated 1/1/1",
    "Last updated 99999/1/2016",
    "Requires improvement",
    "Adequate",
    "Not graded",
    "Excellent",
    "View the five questions for effectiveness",
    "View the 300 questions for leadership",
    "View the 0 questions for efficiency",
    "View the three questions for",
    "View other reports",
    "•",
    "  • a bullet",
    "- ",
    "Force Area",
    "914 square miles",
    "up% national change",
    "down10% 10yr national change",
    "3.69 national level",
    "1.2.3 per person",
    "1,,,,. per 1000 population",
    "0.757m people",
    "12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890 square miles",
    "The 2016-21 Police and Crime Plan for Kent outlines:",
    "İSTANBUL İİİ ẞ 2016",
    "e\u{301}\u{301}\u{301} ﷽ \u{202e}reversed",
    "ends with a colon:",
    "\r",
];

#[derive(Clone, Debug)]
enum Mutation {
    Delete(Index),
    Duplicate(Index),
    Swap(Index, Index),
    /// Keep this many bytes (may cut a character in two).
    Truncate(Index),
    InsertBytes(Index, Vec<u8>),
    ReplaceChar(Index, char),
    InsertLine(Index, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::Delete),
        2 => any::<Index>().prop_map(Mutation::Duplicate),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(i, b)| Mutation::InsertBytes(i, b)),
        2 => (any::<Index>(), any::<char>()).prop_map(|(i, c)| Mutation::ReplaceChar(i, c)),
        3 => (any::<Index>(), prop::sample::select(TRICKY)).prop_map(|(i, l)| Mutation::InsertLine(i, l)),
    ]
}

fn split_lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect()
}

fn apply(bytes: Vec<u8>, mutation: &Mutation) -> Vec<u8> {
    let join = |lines: Vec<Vec<u8>>| lines.join(&b'\n');
    match mutation {
        Mutation::Delete(i) => {
            let mut lines = split_lines(&bytes);
            lines.remove(i.index(lines.len()));
            join(lines)
        }
        Mutation::Duplicate(i) => {
            let mut lines = split_lines(&bytes);
            let at = i.index(lines.len());
            let line = lines[at].clone();
            lines.insert(at, line);
            join(lines)
        }
        Mutation::Swap(a, b) => {
            let mut lines = split_lines(&bytes);
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            join(lines)
        }
        Mutation::Truncate(i) => {
            let mut bytes = bytes;
            bytes.truncate(i.index(bytes.len() + 1));
            bytes
        }
        Mutation::InsertBytes(i, new) => {
            let at = i.index(bytes.len() + 1);
            let mut out = bytes[..at].to_vec();
            out.extend_from_slice(new);
            out.extend_from_slice(&bytes[at..]);
            out
        }
        Mutation::ReplaceChar(i, c) => match String::from_utf8(bytes) {
            Ok(text) => {
                let n = text.chars().count();
                if n == 0 {
                    return c.to_string().into_bytes();
                }
                let at = i.index(n);
                text.chars()
                    .enumerate()
                    .map(|(k, old)| if k == at { *c } else { old })
                    .collect::<String>()
                    .into_bytes()
            }
            Err(e) => e.into_bytes(),
        },
        Mutation::InsertLine(i, line) => {
            let mut lines = split_lines(&bytes);
            lines.insert(i.index(lines.len() + 1), line.as_bytes().to_vec());
            join(lines)
        }
    }
}

/// Whatever `parse_report_page` returns is well-formed: errors and warnings point into the file, a
/// report serialises and reads back unchanged, and parsing is deterministic.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let lines = bytes.split(|b| *b == b'\n').count();
    let first = parse_page(bytes, FILE);
    match &first {
        Err(e) => {
            prop_assert!(e.line <= lines, "line {} of {lines}: {e}", e.line);
            prop_assert!(e.to_string().starts_with(FILE));
            prop_assert!(!e.message.is_empty());
        }
        Ok(page) => {
            for w in &page.warnings {
                prop_assert!(w.line >= 1 && w.line <= lines, "{w}");
            }
            let json = serde_json::to_string(&page.report).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back: Report = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(back == page.report, "the report does not read back from its JSON");
        }
    }
    let second = parse_page(bytes, FILE);
    prop_assert_eq!(format!("{first:?}"), format!("{second:?}"));
    Ok(())
}

/// `cases` unless `PROPTEST_CASES` asks for more (`PROPTEST_CASES=100000` for a long hunt).
/// Failures are not written to disk: add a failing input to `tests/corpus/` by hand.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn mutated_pages_never_panic(mutations in prop::collection::vec(mutation(), 1..6)) {
        let bytes = mutations.iter().fold(REFERENCE.as_bytes().to_vec(), apply);
        check(&bytes)?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes)?;
    }

    #[test]
    fn random_text_after_a_title_never_panics(lines in prop::collection::vec(
        prop_oneof![prop::sample::select(TRICKY).prop_map(str::to_owned), any::<String>()],
        0..40,
    )) {
        let text = format!("Kent 2016\n\n{}", lines.join("\n"));
        check(text.as_bytes())?;
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Whitespace noise on every line (trailing spaces, tabs, CR, non-breaking spaces for spaces)
    /// never changes the report.
    #[test]
    fn whitespace_noise_never_changes_the_report(noise in prop::collection::vec((0u8..4, 0u8..3), 221)) {
        let reference = parse_page(REFERENCE.as_bytes(), FILE).map(|p| p.report);
        let noisy: Vec<String> = REFERENCE
            .split('\n')
            .zip(noise.iter().cycle())
            .map(|(line, (end, inner))| {
                let line = match inner {
                    0 => line.to_owned(),
                    1 => line.replace(' ', "\u{a0}"),
                    _ => line.replace(' ', "  "),
                };
                format!("{line}{}", ["", " ", "\t \u{a0}", "\r"][usize::from(*end)])
            })
            .collect();
        let parsed = parse_page(noisy.join("\n").as_bytes(), FILE).map(|p| p.report);
        prop_assert!(parsed == reference);
    }
}

#[test]
fn the_regression_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let result = parse_page(&bytes, &name);
        if name.starts_with("ok-") {
            assert!(result.is_ok(), "{name}: {:?}", result.err());
        } else if name.starts_with("err-") {
            assert!(result.is_err(), "{name} should not parse");
        } else {
            continue;
        }
        check(&bytes).unwrap();
        seen += 1;
    }
    assert!(seen >= 5, "the corpus holds {seen} cases");
}
