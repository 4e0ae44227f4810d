//! `data/grades.csv`: every graded judgement, with the page it was read from.

use std::collections::HashMap;
use std::path::Path;

use peel_model::questions::{QuestionSets, RoundQuestions};
use peel_model::{Area, Force, ForceSlug, GradeRecord, Judgement, Round};

use crate::csv_file::{Input, Row, read_records};
use crate::diagnostic::Diagnostic;
use crate::forces::{is_web_address, known_force};
use crate::questions::not_a_label;

pub const FILE: &str = "grades.csv";
const COLUMNS: [&str; 6] = ["force_slug", "year", "area", "grade", "source_url", "note"];

/// A grade row with the force it belongs to and where it was read.
#[derive(Clone, Debug)]
pub struct GradeRow {
    pub force: ForceSlug,
    pub line: usize,
    pub record: GradeRecord,
}

pub fn read_grades(
    data_dir: &Path,
    label: &str,
    forces: &[Force],
    questions: &QuestionSets,
) -> Result<Vec<GradeRow>, Vec<Diagnostic>> {
    let mut first_line_of: HashMap<(ForceSlug, Round, Area), usize> = HashMap::new();
    read_records(Input::Folder(data_dir), FILE, label, &COLUMNS, |row| {
        let grade = check_row(row, forces, questions)?;
        let key = (grade.force.clone(), grade.record.round, grade.record.area.clone());
        if let Some(first) = first_line_of.get(&key) {
            return Err(format!(
                "duplicate row: {} {} `{}` is already graded on line {first}",
                grade.force, grade.record.round, grade.record.area
            ));
        }
        first_line_of.insert(key, row.line);
        Ok(grade)
    })?
    .finish()
}

fn check_row(row: &Row, forces: &[Force], questions: &QuestionSets) -> Result<GradeRow, String> {
    let (slug, year, area_text, grade_text, url, note) = (
        row.get(0),
        row.get(1),
        row.get(2),
        row.get(3),
        row.get(4),
        row.get(5),
    );
    let force = known_force(forces, slug)?;
    let set = round_of_questions(year, questions)?;
    let (round, scale) = (set.round, set.scale);
    let judgement = Judgement::parse(grade_text).ok_or_else(|| {
        format!(
            "unknown grade word `{grade_text}` (expected one of: outstanding, good, adequate, \
             requires improvement, inadequate, not graded)"
        )
    })?;
    if let Judgement::Graded(grade) = judgement
        && !scale.has(grade)
    {
        return Err(format!(
            "`{grade_text}` is not on the {} of {round}",
            scale.describe()
        ));
    }
    let area = Area::parse(area_text).ok_or_else(|| format!("unknown area `{area_text}`"))?;
    check_area(&area, round, questions)?;
    if !is_web_address(url) {
        return Err(format!("`{url}` is not a web address (http:// or https://)"));
    }
    Ok(GradeRow {
        force,
        line: row.line,
        record: GradeRecord {
            round,
            area,
            judgement,
            source_url: url.to_owned(),
            note: (!note.is_empty()).then(|| note.to_owned()),
        },
    })
}

/// The question set of the round a row's `text` names, which must be a round of
/// `questions.json`: a round is added there, and only there.
pub fn round_of_questions<'a>(text: &str, questions: &'a QuestionSets) -> Result<&'a RoundQuestions, String> {
    let known = || {
        let labels: Vec<String> = questions.rounds.iter().map(|r| r.round.label()).collect();
        labels.join(", ")
    };
    let round = Round::from_label(text).ok_or_else(|| {
        format!(
            "{} (the rounds of questions.json: {})",
            not_a_label(text),
            known()
        )
    })?;
    questions.round(round).ok_or_else(|| {
        format!(
            "`{text}` is not a round of questions.json (its rounds: {}); add the round's entry there \
             first",
            known()
        )
    })
}

/// The area must exist in that round's framework and question set.
fn check_area(area: &Area, round: Round, questions: &QuestionSets) -> Result<(), String> {
    let set = questions
        .round(round)
        .ok_or_else(|| format!("questions.json has no question set for {round}"))?;
    let has_pillars = set.framework().has_pillars();
    match area {
        Area::Pillar(pillar) | Area::Question { pillar, .. } if !has_pillars => Err(format!(
            "{round} graded areas, not pillars: `{}` does not apply (areas: {})",
            pillar.slug(),
            set.areas.join("; ")
        )),
        Area::Pillar(pillar) if !pillar.is_graded() => Err(format!("`{}` is never graded", pillar.slug())),
        Area::Pillar(_) => Ok(()),
        Area::Question { pillar, number, .. } => {
            let pillar_set = set
                .pillar(*pillar)
                .ok_or_else(|| format!("questions.json has no {} questions for {round}", pillar.slug()))?;
            match pillar_set.questions.iter().find(|q| q.number == *number) {
                None => Err(format!(
                    "{round} {} has {} questions; there is no question {number}",
                    pillar.slug(),
                    pillar_set.questions.len()
                )),
                Some(q) if !q.graded => Err(format!(
                    "{round} {} question {number} is not graded in questions.json",
                    pillar.slug()
                )),
                Some(_) => Ok(()),
            }
        }
        Area::GradedArea(name) if has_pillars => Err(format!(
            "unknown area `{name}`: {round} graded pillars (effectiveness, efficiency, legitimacy) \
             and their questions (e.g. effectiveness-q1-preventing)"
        )),
        Area::GradedArea(name) => {
            if set.areas.iter().any(|a| a == name) {
                Ok(())
            } else {
                Err(format!(
                    "unknown area `{name}` for {round} (areas: {})",
                    set.areas.join("; ")
                ))
            }
        }
    }
}
