//! The domain's wording, written once, and small text and URL helpers shared by every page.
//!
//! "Not held" (absent from this dataset) and "not graded" (HMICFRS's own decision not to grade)
//! are never the same thing and never zero: [`NOT_HELD`], [`NOT_HELD_IN_DATASET`] and
//! [`Judgement::NOT_GRADED_WORD`] are the only spellings.
//!
//! Conventions, used everywhere:
//! - A negative number is written with the minus sign U+2212 (`−10%`), never a hyphen: it reads as
//!   "minus" in screen readers and does not break a line. Positive changes carry `+`.
//! - Counts under ten are written in words in sentences ("one of two forces"), 10 and over in
//!   figures ("one of 13 forces"); charts and tables get the numbers.
//! - Thousands are separated by commas (`1,442`).

use crate::area::Area;
use crate::grade::Judgement;

/// A judgement that is not in the data, as a word: in tables, downloads and sentences.
pub const NOT_HELD: &str = "not held";

/// The same, where the sentence must say whose data: "… is not held in this dataset".
pub const NOT_HELD_IN_DATASET: &str = "not held in this dataset";

/// The label of a grade tag with no judgement held.
pub const NOT_HELD_LABEL: &str = "Not held in this dataset";

/// The label of the tag for a judgement HMICFRS chose not to give.
pub const NOT_GRADED_LABEL: &str = "Not graded";

/// What tells "not graded" from "not held", wherever both can appear.
pub const NOT_GRADED_NOTE: &str =
    "“Not graded” is HMICFRS’s own decision not to grade; “not held” means this dataset has no grade.";

/// A judgement's word, or [`NOT_HELD`].
pub fn judgement_word(judgement: Option<Judgement>) -> &'static str {
    judgement.map_or(NOT_HELD, Judgement::word)
}

/// Who published a page, from its address: `hmicfrs.justiceinspectorates.gov.uk`,
/// `northumbria-pcc.gov.uk` (the host, without `www.`), so a reader sees what kind of source it
/// is. The address itself where it has no host.
pub fn publisher(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.is_empty() {
        url.to_owned()
    } else {
        host.to_ascii_lowercase()
    }
}

/// Whether an address from the data may become a link: `https://` or `http://` with a host,
/// and nothing a browser would read otherwise (no spaces, quotes or angle brackets).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:@".contains(c))
            && !url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c))
    })
}

/// The domains whose pages become links: the inspectorate and the rest of government, the
/// police and their commissioners. A source elsewhere (a newspaper) is named and its address
/// shown, not linked: nothing in the data can make the site send a reader somewhere unvetted.
pub const OFFICIAL_DOMAINS: [&str; 4] = ["gov.uk", "police.uk", "gov.wales", "llyw.cymru"];

/// The link for an address from the data: `https://` on a host of [`OFFICIAL_DOMAINS`] (an
/// `http://` address of such a host is read over https), else `None`.
pub fn official_link(url: &str) -> Option<String> {
    if !is_web_address(url) {
        return None;
    }
    let rest = url.split_once("://").map(|(_, rest)| rest)?;
    let host = publisher(url);
    let official = OFFICIAL_DOMAINS
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")));
    official.then(|| format!("https://{rest}"))
}

/// `singular` for one, else `plural`.
pub fn plural<'a>(n: u32, singular: &'a str, plural: &'a str) -> &'a str {
    if n == 1 { singular } else { plural }
}

/// The minus sign used for negative numbers in all text.
pub const MINUS: char = '\u{2212}';

const UNDER_TEN: [&str; 10] = [
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// A count for a sentence: words under ten (`0` is "no"), figures from 10.
pub fn count_word(n: u32) -> String {
    match UNDER_TEN.get(n as usize) {
        Some(word) => (*word).to_owned(),
        None => n.to_string(),
    }
}

/// `one force`, `two forces`, `13 forces`, `no forces`.
pub fn count_noun(n: u32, singular: &str, plural: &str) -> String {
    format!("{} {}", count_word(n), if n == 1 { singular } else { plural })
}

/// `was` or `were`, to agree with a count.
pub fn was_were(n: u32) -> &'static str {
    if n == 1 { "was" } else { "were" }
}

/// A number as text with at most `max_decimals` decimals (trailing zeros dropped), thousands
/// separated by commas, negative numbers with [`MINUS`]: `1,442`, `3.02`, `−10`.
/// A value that rounds to zero is `0`, never `−0`. Not-a-number and infinities, which the data
/// never holds, are written `not held`.
pub fn format_number(value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return NOT_HELD.to_owned();
    }
    let digits = format!("{:.*}", max_decimals.min(6), value.abs());
    let digits = if digits.contains('.') {
        digits.trim_end_matches('0').trim_end_matches('.')
    } else {
        digits.as_str()
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::with_capacity(digits.len() + 4);
    let is_zero = digits.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !is_zero {
        out.push(MINUS);
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Like [`format_number`], with `+` before a positive value: `+14`, `−10`, `0`.
pub fn format_signed(value: f64, max_decimals: usize) -> String {
    let text = format_number(value, max_decimals);
    if value.is_finite() && value > 0.0 && text != "0" {
        format!("+{text}")
    } else {
        text
    }
}

/// Rounds half away from zero to `decimals` places, with a tiny tolerance so that a value meant
/// as x.5 but computed as x.4999… (binary floating point) still rounds away from zero.
pub fn round_to(value: f64, decimals: i32) -> f64 {
    if !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(decimals);
    let scaled = value * scale;
    let nudged = scaled + scaled.signum() * 1e-9 * scaled.abs().max(1.0);
    nudged.round() / scale
}

/// How an area reads inside a sentence: `effectiveness`, `effectiveness question 1`,
/// `investigating crime` (a graded area's first letter lowered unless it starts an acronym).
pub fn area_phrase(area: &Area) -> String {
    match area {
        Area::Pillar(p) => p.slug().to_owned(),
        Area::Question { pillar, number, .. } => format!("{} question {number}", pillar.slug()),
        Area::GradedArea(name) => lower_first(name),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second) if first.is_uppercase() && !second.is_some_and(char::is_uppercase) => {
            let mut out: String = first.to_lowercase().collect();
            out.push_str(text.get(first.len_utf8()..).unwrap_or(""));
            out
        }
        _ => text.to_owned(),
    }
}

/// The text with its first letter in capitals, for a fragment used as a sentence on its own.
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `a`, `a and b`, `a, b and c`.
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The `key=value` pairs of a URL query (a leading `?` allowed), percent-decoded, `+` as space.
/// Malformed escapes are kept as written; empty keys are dropped.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(key);
            (!key.is_empty()).then(|| (key, percent_decode(value)))
        })
        .collect()
}

/// The first value of `key` in decoded pairs, as `URLSearchParams.get` gives it.
pub fn query_get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// Decodes `%XX` escapes and `+`; invalid escapes and invalid UTF-8 are kept or replaced, never
/// a panic.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => match (bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex)) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: &u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Escapes a query value: everything but `A-Z a-z 0-9 - . _ ~` and `,` (kept readable in
/// `forces=a,b`) is percent-encoded.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_official_web_addresses_become_links() {
        assert_eq!(
            official_link("http://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/kent/?")
                .as_deref(),
            Some("https://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/kent/?")
        );
        assert!(official_link("https://www.staffordshire.police.uk/news/").is_some());
        assert!(official_link("https://democracy.carmarthenshire.gov.wales/x").is_some());
        assert_eq!(official_link("https://policeprofessional.com/news/peel/"), None);
        assert_eq!(official_link("https://gov.uk.evil.example/"), None);
        assert_eq!(official_link("https://evilgov.uk/"), None);
        assert_eq!(official_link("javascript:alert(1)//gov.uk"), None);
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(super::is_web_address(
            "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2021-22/"
        ));
        assert!(super::is_web_address(
            "http://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/kent/?"
        ));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "//evil.example/",
            "/force/kent/",
            "https://",
            "https://exa mple.org/",
            "https://example.org/\"onmouseover=\"alert(1)",
            "https://example.org/<script>",
        ] {
            assert!(!super::is_web_address(bad), "{bad}");
        }
    }

    use crate::area::Pillar;

    #[test]
    fn numbers_are_grouped_trimmed_and_signed_with_a_true_minus() {
        assert_eq!(format_number(914.0, 3), "914");
        assert_eq!(format_number(1442.0, 0), "1,442");
        assert_eq!(format_number(1_234_567.5, 1), "1,234,567.5");
        assert_eq!(format_number(3.02, 2), "3.02");
        assert_eq!(format_number(0.757, 3), "0.757");
        assert_eq!(format_number(3.10, 2), "3.1");
        assert_eq!(format_number(-10.0, 0), "\u{2212}10");
        assert_eq!(format_number(-0.0001, 2), "0");
        assert_eq!(format_number(100.0, 0), "100");
        assert_eq!(format_number(f64::NAN, 2), "not held");
        assert_eq!(format_number(f64::INFINITY, 2), "not held");
        assert_eq!(format_signed(14.0, 0), "+14");
        assert_eq!(format_signed(-5.0, 0), "\u{2212}5");
        assert_eq!(format_signed(0.0, 0), "0");
        assert_eq!(format_signed(0.0001, 1), "0");
        // Huge values format without panicking.
        assert!(format_number(1e300, 3).len() > 300);
        assert_eq!(format_number(12.0, 99), "12");
    }

    #[test]
    fn rounding_is_half_away_from_zero_on_decimal_inputs() {
        assert_eq!(round_to(18.157, 0), 18.0);
        assert_eq!(round_to(16.666, 0), 17.0);
        assert_eq!(round_to(12.499_999_999_999_993, 0), 13.0);
        assert_eq!(round_to(-2.5, 0), -3.0);
        assert_eq!(round_to(3.45, 1), 3.5);
        assert_eq!(round_to(0.0, 0), 0.0);
        assert!(round_to(f64::NAN, 0).is_nan());
    }

    #[test]
    fn counts_in_words_under_ten() {
        assert_eq!(count_word(0), "no");
        assert_eq!(count_word(9), "nine");
        assert_eq!(count_word(10), "10");
        assert_eq!(count_noun(1, "force", "forces"), "one force");
        assert_eq!(count_noun(13, "force", "forces"), "13 forces");
        assert_eq!(was_were(1), "was");
        assert_eq!(was_were(2), "were");
    }

    #[test]
    fn areas_read_in_sentences() {
        assert_eq!(area_phrase(&Area::Pillar(Pillar::Effectiveness)), "effectiveness");
        assert_eq!(
            area_phrase(&Area::GradedArea("Investigating crime".into())),
            "investigating crime"
        );
        assert_eq!(
            area_phrase(&Area::GradedArea("PEEL things".into())),
            "PEEL things"
        );
        assert_eq!(area_phrase(&Area::GradedArea(String::new())), "");
        assert_eq!(
            area_phrase(&Area::Question {
                pillar: Pillar::Legitimacy,
                number: 2,
                topic: "x".into()
            }),
            "legitimacy question 2"
        );
        assert_eq!(sentence_case("één"), "Één");
        assert_eq!(sentence_case(""), "");
        assert_eq!(join_and(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(join_and(&["a".into()]), "a");
        assert_eq!(join_and(&[]), "");
    }

    #[test]
    fn queries_decode_tolerantly_and_encode_safely() {
        let pairs = query_pairs("?a=1&b=East+Midlands&c=%C3%ABx&d=%zz%&=x&e&a=2");
        assert_eq!(query_get(&pairs, "a"), Some("1"));
        assert_eq!(query_get(&pairs, "b"), Some("East Midlands"));
        assert_eq!(query_get(&pairs, "c"), Some("ëx"));
        assert_eq!(query_get(&pairs, "d"), Some("%zz%"));
        assert_eq!(query_get(&pairs, "e"), Some(""));
        assert_eq!(query_get(&pairs, ""), None);
        assert_eq!(percent_decode("%FF%FE"), "\u{FFFD}\u{FFFD}");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_encode("a b&c=d,e/ë"), "a%20b%26c%3Dd,e%2F%C3%AB");
        assert_eq!(percent_decode(&percent_encode("a b&c=d,e/ë")), "a b&c=d,e/ë");
        assert!(query_pairs("").is_empty());
    }
}
