//! The page's outline: its title line, the lines before the first heading, and one section
//! per heading. Chrome is dropped here (see `chrome`), so nothing after this sees it.

use peel_model::Pillar;

use super::chrome::{self, Scope};
use super::lines::{Line, eq_fold, folded, strip_prefix_fold, word_count};
use crate::diagnostic::Diagnostic;

/// A section heading the parser knows.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Heading {
    HmiObservations,
    WorkingArrangements,
    /// "Looking ahead to 2017".
    LookingAhead(u16),
    /// "How effective is the force at keeping people safe and reducing crime?"
    Pillar(Pillar),
    OtherInspections,
    OtherReports,
    /// "Key facts – 2019/20": the period, as written (may be empty).
    KeyFacts(String),
    /// "Points of context provided by the force".
    ForceContext,
    /// "Police and crime plan priorities".
    CrimePlan,
}

/// Headings that are a whole line, as published.
const FIXED: [(&str, Heading); 6] = [
    ("HMI's observations", Heading::HmiObservations),
    ("Working arrangements", Heading::WorkingArrangements),
    ("Other inspections", Heading::OtherInspections),
    ("Other reports", Heading::OtherReports),
    ("Points of context provided by the force", Heading::ForceContext),
    ("Police and crime plan priorities", Heading::CrimePlan),
];

impl Heading {
    /// Recognises a normalised line as a heading.
    pub(crate) fn read(text: &str) -> Option<Heading> {
        if let Some((_, heading)) = FIXED.iter().find(|(t, _)| eq_fold(text, t)) {
            return Some(heading.clone());
        }
        if let Some(year) = strip_prefix_fold(text, "Looking ahead to ") {
            // Only "Looking ahead to 2017"; "Looking ahead to next year, ..." is a sentence.
            let is_year = year.len() == 4 && year.chars().all(|c| c.is_ascii_digit());
            return year.parse().ok().filter(|_| is_year).map(Heading::LookingAhead);
        }
        if let Some(rest) = strip_prefix_fold(text, "Key facts")
            && (rest.is_empty() || rest.starts_with(' ') || rest.starts_with(':'))
        {
            let period = rest.trim_start_matches([' ', ':', '-', '–', '—']).trim();
            return Some(Heading::KeyFacts(period.to_owned()));
        }
        pillar_question(text).map(Heading::Pillar)
    }

    /// For messages: `the "Working arrangements" section`.
    pub(crate) fn describe(&self) -> String {
        match self {
            Heading::HmiObservations => "the \"HMI's observations\" section".into(),
            Heading::WorkingArrangements => "the \"Working arrangements\" section".into(),
            Heading::LookingAhead(_) => "the \"Looking ahead\" section".into(),
            Heading::Pillar(p) => format!("the {} section", p.slug()),
            Heading::OtherInspections => "the \"Other inspections\" section".into(),
            Heading::OtherReports => "the \"Other reports\" section".into(),
            Heading::KeyFacts(_) => "the \"Key facts\" section".into(),
            Heading::ForceContext => "the \"Points of context provided by the force\" section".into(),
            Heading::CrimePlan => "the \"Police and crime plan priorities\" section".into(),
        }
    }

    /// Two headings open the same section (a page has each at most once).
    fn same_section(&self, other: &Heading) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
            && match (self, other) {
                (Heading::Pillar(a), Heading::Pillar(b)) => a == b,
                _ => true,
            }
    }
}

/// "How effective is the force at keeping people safe and reducing crime?" names its pillar by
/// the adjective after "How".
fn pillar_question(text: &str) -> Option<Pillar> {
    let rest = strip_prefix_fold(text, "How ")?;
    let adjective = rest.split(' ').next()?;
    let pillar = Pillar::GRADED
        .into_iter()
        .find(|p| eq_fold(adjective, p.adjective()))?;
    let plausible = text.ends_with('?') && folded(text).contains("the force") && word_count(text) <= 25;
    plausible.then_some(pillar)
}

/// A content line with the number of blank lines just before it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry<'a> {
    pub no: usize,
    pub text: &'a str,
    /// Blank lines between this line and the previous non-blank one (chrome included).
    pub gap: usize,
}

#[derive(Clone, Debug)]
pub(crate) struct Section<'a> {
    pub heading: Heading,
    pub line: usize,
    pub text: &'a str,
    pub body: Vec<Entry<'a>>,
}

#[derive(Clone, Debug)]
pub(crate) struct Document<'a> {
    /// The first line that is not blank and not chrome.
    pub title: Entry<'a>,
    /// Between the title and the first heading.
    pub preamble: Vec<Entry<'a>>,
    pub sections: Vec<Section<'a>>,
    /// The last non-blank line of the file (where a cut-off page ends).
    pub last_line: usize,
}

/// Splits the lines at the headings. Refuses a heading that comes twice, and a heading with
/// nothing under it (the page was cut off there).
pub(crate) fn outline<'a>(lines: &'a [Line], file: &str) -> Result<Document<'a>, Diagnostic> {
    let mut gap = 0;
    let mut last_line = 0;
    let mut title = None;
    let mut preamble = Vec::new();
    let mut sections: Vec<Section<'a>> = Vec::new();
    for line in lines {
        if line.text.is_empty() {
            gap += 1;
            continue;
        }
        last_line = line.no;
        let in_key_facts = matches!(sections.last(), Some(s) if matches!(s.heading, Heading::KeyFacts(_)));
        let scope = if in_key_facts {
            Scope::KeyFacts
        } else {
            Scope::Anywhere
        };
        if chrome::is_chrome(&line.text, scope) {
            gap = 0;
            continue;
        }
        let entry = Entry {
            no: line.no,
            text: &line.text,
            gap,
        };
        gap = 0;
        if title.is_none() {
            title = Some(entry);
        } else if let Some(heading) = Heading::read(&line.text) {
            if let Some(first) = sections.iter().find(|s| s.heading.same_section(&heading)) {
                return Err(Diagnostic::new(
                    file,
                    line.no,
                    format!(
                        "{} comes twice: \"{}\" was already on line {}",
                        heading.describe(),
                        first.text,
                        first.line
                    ),
                ));
            }
            sections.push(Section {
                heading,
                line: line.no,
                text: &line.text,
                body: Vec::new(),
            });
        } else if let Some(section) = sections.last_mut() {
            section.body.push(entry);
        } else {
            preamble.push(entry);
        }
    }
    let title = title
        .ok_or_else(|| Diagnostic::new(file, 0, "not a PEEL page: the file holds nothing but site links"))?;
    if let Some(empty) = sections.iter().find(|s| s.body.is_empty()) {
        return Err(Diagnostic::new(
            file,
            empty.line,
            format!(
                "the heading \"{}\" has nothing under it: the page looks cut off",
                empty.text
            ),
        ));
    }
    Ok(Document {
        title,
        preamble,
        sections,
        last_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headings() {
        assert_eq!(
            Heading::read("HMI’s observations"),
            Some(Heading::HmiObservations)
        );
        assert_eq!(
            Heading::read("Looking ahead to 2017"),
            Some(Heading::LookingAhead(2017))
        );
        assert_eq!(Heading::read("Looking ahead to next year, we will see."), None);
        assert_eq!(
            Heading::read("Key facts – 2019/20"),
            Some(Heading::KeyFacts("2019/20".into()))
        );
        assert_eq!(
            Heading::read("Key facts - 2019/20"),
            Some(Heading::KeyFacts("2019/20".into()))
        );
        assert_eq!(Heading::read("Key factsheet"), None);
        assert_eq!(
            Heading::read("How legitimate is the force at keeping people safe and reducing crime?"),
            Some(Heading::Pillar(Pillar::Legitimacy))
        );
        assert_eq!(
            Heading::read("How well has the force performed in our other inspections?"),
            None
        );
    }
}
