//! The domain's words, written once: what is not held, what is not graded, counts in words, how
//! an area reads in a sentence, lists joined with "and".
//!
//! "Not held" (absent from this dataset) and "not graded" (HMICFRS's own decision not to grade)
//! are never the same thing and never zero: [`NOT_HELD`], [`NOT_HELD_IN_DATASET`],
//! [`NOT_HELD_LABEL`], [`NOT_HELD_SHORT_LABEL`], [`Judgement::NOT_GRADED_WORD`] and
//! [`Judgement::label`] are the only spellings, and [`NOT_HELD_EXPLAINED`] (or
//! [`NOT_HELD_EXPLAINED_MANY`]) the one explanation beside them.
//!
//! Counts under ten are written in words in sentences ("one of two forces"), 10 and over in
//! figures ("one of 13 forces"); charts and tables get the numbers ([`crate::numbers`]).

use crate::area::Area;
use crate::grade::Judgement;

/// A judgement that is not in the data, as a word: in tables, downloads and sentences.
pub const NOT_HELD: &str = "not held";

/// The same, where the sentence must say whose data: "… is not held in this dataset".
pub const NOT_HELD_IN_DATASET: &str = "not held in this dataset";

/// The label of a grade tag with no judgement held.
pub const NOT_HELD_LABEL: &str = "Not held in this dataset";

/// The label among grades' labels (a filter's options, a chart's bars): `Not held`.
pub const NOT_HELD_SHORT_LABEL: &str = "Not held";

/// Said beside a grade not held, wherever one appears: what "not held" means for the reader.
pub const NOT_HELD_EXPLAINED: &str =
    "HMICFRS gave this grade in its official report, but this dataset has not captured it.";

/// The same, beside several grades not held.
pub const NOT_HELD_EXPLAINED_MANY: &str =
    "HMICFRS gave these grades in its official report, but this dataset has not captured them.";

/// Said of a round of which the data holds no grade at all (a round just begun, or one whose
/// grades are still to be gathered).
pub const NO_GRADES_OF_ROUND_YET: &str = "No grades of this round are held yet.";

/// What tells "not graded" from "not held", wherever both can appear.
pub const NOT_GRADED_NOTE: &str =
    "“Not graded” is HMICFRS’s own decision not to grade; “not held” means this dataset has no grade.";

/// A judgement's word, or [`NOT_HELD`].
pub fn judgement_word(judgement: Option<Judgement>) -> &'static str {
    judgement.map_or(NOT_HELD, Judgement::word)
}

/// `singular` for one, else `plural`.
pub fn plural<'a>(n: u32, singular: &'a str, plural: &'a str) -> &'a str {
    if n == 1 { singular } else { plural }
}

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

/// `is` or `are`, to agree with a count.
pub fn is_are(n: u32) -> &'static str {
    if n == 1 { "is" } else { "are" }
}

/// `was` or `were`, to agree with a count.
pub fn was_were(n: u32) -> &'static str {
    if n == 1 { "was" } else { "were" }
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::area::Pillar;

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
}
