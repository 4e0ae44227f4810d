//! The top of the page: title ("Northamptonshire 2016"), introduction, one headline judgement
//! per pillar, and the inspector who signs the page.

use peel_model::questions::QuestionSets;
use peel_model::report::{HeadlineJudgement, Inspector};
use peel_model::text::slugify;
use peel_model::{ForceSlug, Grade, Judgement, Pillar, Round, Scale};

use super::Ctx;
use super::items::check_scale;
use super::lines::{eq_fold, folded, strip_prefix_fold, strip_suffix_fold, word_count};
use super::sections::Entry;
use crate::diagnostic::Diagnostic;

/// The page title: the place's name, the force's slug made from it, and the round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Title {
    pub text: String,
    pub name: String,
    pub force: ForceSlug,
    pub round: Round,
    /// The round's scale, from its question set.
    pub scale: Scale,
}

/// Reads "<Name> <round>" ("Avon and Somerset 2018/19"), whose round must be a pillar round of
/// `questions`.
pub(crate) fn title(entry: &Entry, file: &str, questions: &QuestionSets) -> Result<Title, Diagnostic> {
    let text = entry.text;
    let not_peel = || {
        Diagnostic::new(
            file,
            entry.no,
            format!(
                "not a PEEL page: the first line should be its title, a force and a year such \
                 as \"Northamptonshire 2016\", but it is \"{}\"",
                shorten(text)
            ),
        )
    };
    let (name, token) = text.rsplit_once(' ').ok_or_else(not_peel)?;
    let name_ok = name.chars().any(char::is_alphabetic)
        && word_count(name) <= 6
        && !name.ends_with(['.', ',', ':', ';', '?', '!']);
    if !name_ok || !looks_like_round(token) {
        return Err(not_peel());
    }
    let set = Round::from_label(token)
        .or_else(|| Round::from_slug(token))
        .or_else(|| Round::from_label(&token.replace(['-', '–'], "/")))
        .or_else(|| Round::from_label(&token.replace(['/', '–'], "-")))
        .and_then(|round| questions.round(round))
        .ok_or_else(|| {
            let known: Vec<String> = questions.rounds.iter().map(|r| r.round.label()).collect();
            Diagnostic::new(
                file,
                entry.no,
                format!(
                    "\"{token}\" in the title is not a PEEL round of questions.json (the rounds are {})",
                    known.join(", ")
                ),
            )
        })?;
    if !set.framework().has_pillars() {
        let round = set.round;
        return Err(Diagnostic::new(
            file,
            entry.no,
            format!(
                "{round} pages grade areas, not pillars; this parser reads the pages of pillar rounds \
                 only"
            ),
        ));
    }
    let force = ForceSlug::new(&slugify(name)).ok_or_else(|| {
        Diagnostic::new(
            file,
            entry.no,
            format!("\"{name}\" in the title makes no force slug (a-z, 0-9 and -)"),
        )
    })?;
    Ok(Title {
        text: text.to_owned(),
        name: name.to_owned(),
        force,
        round: set.round,
        scale: set.scale,
    })
}

/// "2016", "2018/19", "2023-25": four digits, perhaps a separator and more digits.
fn looks_like_round(token: &str) -> bool {
    let mut parts = token.splitn(2, ['/', '-', '–']);
    let year = parts.next().unwrap_or_default();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    year.len() == 4 && digits(year) && parts.next().is_none_or(|rest| digits(rest) && rest.len() <= 4)
}

pub(crate) fn shorten(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(MAX).collect();
        short.push('…');
        short
    }
}

/// What the top of the page holds.
#[derive(Clone, Debug, Default)]
pub(crate) struct Preamble {
    pub introduction: Vec<String>,
    /// With the line each is on.
    pub headline_judgements: Vec<(HeadlineJudgement, usize)>,
    pub inspector: Option<Inspector>,
}

/// Reads the lines between the title and the first heading.
pub(crate) fn read(entries: &[Entry], ctx: &mut Ctx) -> Result<Preamble, Diagnostic> {
    let mut preamble = Preamble::default();
    for entry in entries {
        if let Some(judgement) = headline(entry, ctx)? {
            let pillar = judgement.pillar;
            if let Some((_, first)) = preamble
                .headline_judgements
                .iter()
                .find(|(h, _)| h.pillar == pillar)
            {
                return Err(ctx.error(
                    entry.no,
                    format!("a second headline judgement for {pillar} (the first is on line {first})"),
                ));
            }
            preamble.headline_judgements.push((judgement, entry.no));
        } else if let Some(inspector) = inspector(entry.text).filter(|_| preamble.inspector.is_none()) {
            preamble.inspector = Some(inspector);
        } else if preamble.headline_judgements.is_empty() && preamble.inspector.is_none() {
            preamble.introduction.push(entry.text.to_owned());
        } else {
            ctx.unplaced(entry, "the introduction");
            preamble.introduction.push(entry.text.to_owned());
        }
    }
    Ok(preamble)
}

/// Judgement words as they end a headline sentence, longest first.
const JUDGEMENTS: [(&str, Judgement); 6] = [
    (
        "requires improvement",
        Judgement::Graded(Grade::RequiresImprovement),
    ),
    ("not graded", Judgement::NotGraded),
    ("outstanding", Judgement::Graded(Grade::Outstanding)),
    ("inadequate", Judgement::Graded(Grade::Inadequate)),
    ("adequate", Judgement::Graded(Grade::Adequate)),
    ("good", Judgement::Graded(Grade::Good)),
];

/// "The extent to which the force is effective at keeping people safe and reducing crime
/// requires improvement." A sentence that starts so but ends in no grade is an error.
fn headline(entry: &Entry, ctx: &Ctx) -> Result<Option<HeadlineJudgement>, Diagnostic> {
    let Some(rest) = strip_prefix_fold(entry.text, "The extent to which the force is ") else {
        return Ok(None);
    };
    let adjective = rest.split(' ').next().unwrap_or_default();
    let Some(pillar) = Pillar::GRADED
        .into_iter()
        .find(|p| eq_fold(adjective, p.adjective()))
    else {
        return Ok(None);
    };
    let sentence = entry.text.trim_end_matches(['.', ' ']);
    let judgement = JUDGEMENTS.iter().find_map(|(word, judgement)| {
        strip_suffix_fold(sentence, word)
            .filter(|before| before.ends_with(' '))
            .map(|_| *judgement)
    });
    let Some(judgement) = judgement else {
        return Err(ctx.error(
            entry.no,
            format!(
                "the headline judgement for {pillar} ends without a grade (the {} round uses the {})",
                ctx.round,
                ctx.scale.describe()
            ),
        ));
    };
    let judgement = check_scale(judgement, entry.text, entry.no, ctx)?;
    Ok(Some(HeadlineJudgement {
        pillar,
        judgement,
        text: entry.text.to_owned(),
    }))
}

/// "Zoë Billingham, Her Majesty’s Inspector of Constabulary": a name of capitalised words, a
/// comma, and a title that names an "Inspector of" something.
fn inspector(text: &str) -> Option<Inspector> {
    let (name, title) = text.split_once(',')?;
    let (name, title) = (name.trim(), title.trim());
    let name_ok = (1..=5).contains(&word_count(name))
        && name
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !name.chars().any(|c| c.is_ascii_digit());
    let title_ok = folded(title).contains("inspector of") && word_count(title) <= 15 && !title.ends_with('.');
    (name_ok && title_ok).then(|| Inspector {
        name: name.to_owned(),
        title: title.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Entry<'_> {
        Entry { no: 3, text, gap: 1 }
    }

    #[test]
    fn titles() {
        let dir = crate::bundle::project_data_dir();
        let questions = crate::questions::read_questions(&dir, "data/questions.json").unwrap();
        let title = |text: &str| title(&entry(text), "f", &questions);
        let integrated = Round::from_label("2018/19").unwrap();
        let t = title("Avon and Somerset 2018/19").unwrap();
        assert_eq!((t.name.as_str(), t.round), ("Avon and Somerset", integrated));
        assert_eq!(t.scale, Scale::FourPoint);
        assert_eq!(t.force.as_str(), "avon-and-somerset");
        let e = title("Ωμέγα 2016").unwrap_err();
        assert!(e.message.contains("makes no force slug"), "{e}");
        assert_eq!(title("Kent 2018-19").unwrap().round, integrated);
        assert_eq!(title("Kent 2018–19").unwrap().round, integrated);
        let e = title("Kent 2019").unwrap_err();
        assert!(
            e.message.contains(
                "\"2019\" in the title is not a PEEL round of questions.json (the rounds are 2015,"
            ),
            "{e}"
        );
        assert!(
            title("Hello world")
                .unwrap_err()
                .message
                .contains("not a PEEL page")
        );
        assert!(title("Kent 2021/22").unwrap_err().message.contains("grade areas"));
    }

    #[test]
    fn inspectors() {
        let i = inspector("Zoë Billingham, Her Majesty’s Inspector of Constabulary").unwrap();
        assert_eq!(i.name, "Zoë Billingham");
        assert_eq!(inspector("In summary, the Inspector said so."), None);
    }
}
