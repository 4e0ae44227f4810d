//! Lines with a meaning of their own inside a section: "Last updated" dates, grade lines,
//! bullets and question-set links. Anything else is a paragraph.

use peel_model::report::QuestionsLink;
use peel_model::{Date, Grade, Judgement, Pillar};

use super::Ctx;
use super::lines::{fold_char, strip_prefix_fold, word_count};
use crate::diagnostic::Diagnostic;

/// "Last updated 02/03/2017": the date (day first), or an error if the line names no real date.
/// `None` when the line is not a "Last updated" line at all.
pub(crate) fn last_updated(text: &str, line: usize, ctx: &Ctx) -> Result<Option<Date>, Diagnostic> {
    let Some(rest) = strip_prefix_fold(text, "Last updated") else {
        return Ok(None);
    };
    let rest = rest.trim_start_matches([' ', ':']);
    let rest = strip_prefix_fold(rest, "on ").unwrap_or(rest).trim();
    if let Some(date) = Date::parse_uk(rest) {
        return Ok(Some(date));
    }
    let date_like = rest.split('/').count() == 3
        && rest
            .split('/')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let message = if date_like {
        format!("\"{rest}\" is not a real date (dates are day/month/year, as 02/03/2017)")
    } else if rest.is_empty() {
        "\"Last updated\" without a date".to_owned()
    } else {
        format!("\"Last updated\" is followed by \"{rest}\", not a date like 02/03/2017")
    };
    Err(ctx.error(line, message))
}

/// A line that is only a grade ("Requires improvement"). A grade word the round's scale does not
/// have ("Adequate" in 2016) is an error.
pub(crate) fn grade_line(text: &str, line: usize, ctx: &Ctx) -> Result<Option<Judgement>, Diagnostic> {
    match Judgement::parse(text) {
        Some(judgement) => check_scale(judgement, text, line, ctx).map(Some),
        None => Ok(None),
    }
}

/// Refuses a grade that is not on the round's scale.
pub(crate) fn check_scale(
    judgement: Judgement,
    text: &str,
    line: usize,
    ctx: &Ctx,
) -> Result<Judgement, Diagnostic> {
    match judgement {
        Judgement::Graded(grade) if !ctx.scale.has(grade) => {
            Err(ctx.error(line, not_on_scale(grade, ctx, text)))
        }
        _ => Ok(judgement),
    }
}

fn not_on_scale(grade: Grade, ctx: &Ctx, text: &str) -> String {
    format!(
        "\"{}\" in \"{text}\" is not a grade of the {} round, which uses the {}",
        grade.label(),
        ctx.round,
        ctx.scale.describe()
    )
}

/// Whether a line in the place of a grade looks like an attempt at one ("Excellent"): a short
/// label rather than a sentence.
pub(crate) fn looks_like_grade(text: &str) -> bool {
    word_count(text) <= 3
        && !text.ends_with(['.', ':', '?', '!'])
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// A grade that is not one: the message for a line in a grade's place.
pub(crate) fn unknown_grade(text: &str, ctx: &Ctx) -> String {
    format!(
        "\"{text}\" is not a grade: the {} round uses the {}",
        ctx.round,
        ctx.scale.describe()
    )
}

const BULLETS: [char; 7] = ['•', '◦', '▪', '●', '‣', '∙', '·'];

/// The text of a bullet point, without its marker: "• how the force ..." (nesting is layout).
pub(crate) fn bullet(text: &str) -> Option<&str> {
    let mut chars = text.chars();
    let marker = chars.next()?;
    let rest = chars.as_str();
    let is_marker = BULLETS.contains(&marker) || ((marker == '-' || marker == '*') && rest.starts_with(' '));
    let rest = rest.trim_start();
    (is_marker && !rest.is_empty()).then_some(rest)
}

/// Whether the line is meant as a question-set link ("View the five questions for ...").
pub(crate) fn looks_like_link(text: &str) -> bool {
    strip_prefix_fold(text, "View the ").is_some()
        && text.split(' ').any(|w| w.eq_ignore_ascii_case("questions"))
}

/// "View the five questions for effectiveness".
pub(crate) fn questions_link(text: &str) -> Option<QuestionsLink> {
    let rest = strip_prefix_fold(text, "View the ")?;
    let mut words = rest.split(' ');
    let count = count_word(words.next()?)?;
    if !words.next()?.eq_ignore_ascii_case("questions") || !words.next()?.eq_ignore_ascii_case("for") {
        return None;
    }
    let target: String = words.next()?.chars().map(fold_char).collect();
    let target = target.trim_end_matches(['.', ':']);
    let pillar = Pillar::from_slug(target)?;
    words.next().is_none().then(|| QuestionsLink {
        text: text.to_owned(),
        pillar,
        count,
    })
}

fn count_word(word: &str) -> Option<u8> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    let position = WORDS.iter().position(|w| w.eq_ignore_ascii_case(word));
    match position {
        Some(i) => u8::try_from(i + 1).ok(),
        None => word.parse().ok().filter(|n| *n > 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_and_links() {
        assert_eq!(bullet("• how the force"), Some("how the force"));
        assert_eq!(bullet("- a dash list"), Some("a dash list"));
        assert_eq!(bullet("-10 degrees"), None);
        assert_eq!(bullet("•"), None);
        let link = questions_link("View the five questions for effectiveness").unwrap();
        assert_eq!((link.pillar, link.count), (Pillar::Effectiveness, 5));
        assert_eq!(
            questions_link("View the 3 questions for Leadership").map(|l| l.count),
            Some(3)
        );
        assert_eq!(questions_link("View the five questions for cake"), None);
        assert!(looks_like_link("View the five questions for cake"));
    }
}
