//! Site chrome: the link and label text captured with a page that is not part of its findings.
//!
//! This table is the one place that decides what the parser drops on purpose. Every other
//! non-blank line of a page ends up in the [`peel_model::Report`]; a line it cannot place is
//! kept and reported as a warning, never dropped.

use super::lines::{eq_fold, fold_char, strip_prefix_fold, word_count};

/// How a chrome line is recognised (letter case, curly quotes and dashes do not count).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// The whole line.
    Exact(&'static str),
    /// The prefix, then a proper name of at most five words (`Read more about Avon and
    /// Somerset`, `Contact Zoë Billingham`); a sentence that happens to start the same way
    /// is not chrome.
    Name(&'static str),
}

/// Where a pattern applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Anywhere,
    /// Only inside "Key facts": labels such as "Force Area" that a figure's
    /// [`peel_model::report::KeyFigureId::label`] restates.
    KeyFacts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chrome {
    pub pattern: Pattern,
    pub scope: Scope,
    /// Why it is not content.
    pub why: &'static str,
}

pub const CHROME: &[Chrome] = &[
    Chrome {
        pattern: Pattern::Exact("Skip to content"),
        scope: Scope::Anywhere,
        why: "accessibility link to the main text",
    },
    Chrome {
        pattern: Pattern::Name("Read more about "),
        scope: Scope::Anywhere,
        why: "link to the force's own page",
    },
    Chrome {
        pattern: Pattern::Name("Contact "),
        scope: Scope::Anywhere,
        why: "link to a form for contacting the inspector",
    },
    Chrome {
        pattern: Pattern::Exact("View other reports"),
        scope: Scope::Anywhere,
        why: "link to the list of other reports",
    },
    Chrome {
        pattern: Pattern::Exact("Read More"),
        scope: Scope::Anywhere,
        why: "button that unfolds a list; the list is whole in the text",
    },
    Chrome {
        pattern: Pattern::Exact("Force Area"),
        scope: Scope::KeyFacts,
        why: "label of the force-area figure (KeyFigureId::ForceArea)",
    },
    Chrome {
        pattern: Pattern::Exact("Victim-based crimes"),
        scope: Scope::KeyFacts,
        why: "label of the victim-based crime figures (KeyFigureId::VictimBasedCrimes)",
    },
];

/// Whether a normalised line is chrome in a part of the page with this scope
/// (`Scope::KeyFacts` also matches the patterns that apply anywhere).
pub fn is_chrome(line: &str, scope: Scope) -> bool {
    CHROME
        .iter()
        .filter(|c| c.scope == Scope::Anywhere || c.scope == scope)
        .any(|c| matches(c.pattern, line))
}

fn matches(pattern: Pattern, line: &str) -> bool {
    match pattern {
        Pattern::Exact(text) => eq_fold(line, text),
        Pattern::Name(prefix) => strip_prefix_fold(line, prefix).is_some_and(is_proper_name),
    }
}

/// `Zoë Billingham`, `Avon and Somerset`, `Devon & Cornwall`: capitalised words, with
/// lower-case joining words between them, no digits and no punctuation that ends a clause.
fn is_proper_name(text: &str) -> bool {
    const JOINING: [&str; 6] = ["and", "of", "the", "&", "upon", "on"];
    let words = word_count(text);
    let starts_upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (1..=5).contains(&words)
        && text.split(' ').next().is_some_and(starts_upper)
        && text.split(' ').all(|w| starts_upper(w) || JOINING.contains(&w))
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || ".,;:?!".contains(fold_char(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_after_a_prefix_are_chrome_but_sentences_are_not() {
        assert!(is_chrome("Read more about Northamptonshire", Scope::Anywhere));
        assert!(is_chrome("Read more about Avon and Somerset", Scope::Anywhere));
        assert!(is_chrome("Contact Zoë Billingham", Scope::Anywhere));
        assert!(is_chrome("read more", Scope::Anywhere));
        assert!(!is_chrome("Contact with the public is good.", Scope::Anywhere));
        assert!(!is_chrome(
            "Read more about how the force works.",
            Scope::Anywhere
        ));
        assert!(!is_chrome("Force Area", Scope::Anywhere));
        assert!(is_chrome("Force Area", Scope::KeyFacts));
        assert!(is_chrome("Skip to content", Scope::KeyFacts));
    }
}
