//! `/force/<force>/<round>/<pillar>/`: one pillar of a force's assessment: its question, date,
//! grade, the inspectors' text, and the questions HMICFRS asked, each with its grade where held.

use serde::{Deserialize, Serialize};

use crate::area::{Area, Pillar};
use crate::bundle::GradeRecord;
use crate::date::Date;
use crate::force::ForceSlug;
use crate::grade::Judgement;
use crate::questions::PillarQuestions;
use crate::report::JudgementSource;
use crate::round::Round;
use crate::route::Route;
use crate::widgets::distribution::Distribution;
use crate::widgets::footnotes::{Cited, Footnotes};
use crate::widgets::headline::AreaJudgement;
use crate::wording::{NOT_HELD, NOT_HELD_EXPLAINED, NOT_HELD_IN_DATASET, NOT_HELD_LABEL, plural};

use super::Sources;
use super::force_year::{self, ForceYear};
use super::not_found::{self, NotFoundView};
use super::preview::PreviewImage;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PillarView {
    pub year: ForceYear,
    pub pillar: Pillar,
    pub grade: PillarGrade,
    /// The pillar's question: the section's heading where the page text is held, else the
    /// question set's headline question.
    pub question: Option<String>,
    /// The inspectors' text for the pillar (its section, or for leadership its part of "Other
    /// inspections"); empty where not held.
    pub paragraphs: Vec<String>,
    pub last_updated: Option<Date>,
    /// Where the section's grade was read from, where the page text is held.
    pub grade_source: Option<JudgementSource>,
    pub questions: Option<PillarQuestions>,
    /// For each question of the set, its grade where held.
    pub question_grades: Vec<QuestionGrade>,
    pub distribution: Option<Distribution>,
    /// Pillars with a page in this round (for "other pillars" links).
    pub pillars: Vec<Pillar>,
    /// The page's sources, numbered in the order the page cites them: the enhanced monitoring
    /// notice's, the pillar's grade's, then its questions' grades'.
    #[serde(default)]
    pub footnotes: Footnotes,
}

/// Said of a pillar that was never graded, beside its "not graded" tag.
pub const NEVER_GRADED_SENTENCE: &str = "Leadership was inspected alongside PEEL but not graded.";

/// A pillar's grade: held or not, or never given (leadership was inspected, not graded).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PillarGrade {
    Graded(AreaJudgement),
    NeverGraded,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionGrade {
    pub number: u8,
    pub grade: Option<GradeRecord>,
}

impl PillarView {
    /// The grade in words for the title: `good`, `not graded`, `grade not held`.
    pub fn grade_words(&self) -> String {
        match &self.grade {
            PillarGrade::NeverGraded => Judgement::NOT_GRADED_WORD.to_owned(),
            PillarGrade::Graded(AreaJudgement {
                judgement: Some(j), ..
            }) => j.word().to_owned(),
            PillarGrade::Graded(_) => format!("grade {NOT_HELD}"),
        }
    }

    /// "Kent Police, PEEL 2016: Effectiveness - good".
    pub fn title(&self) -> String {
        format!(
            "{}: {} - {}",
            self.year.title(),
            self.pillar.label(),
            self.grade_words()
        )
    }

    /// For link previews: the text's first paragraph, or what the page holds.
    pub fn description(&self) -> String {
        self.paragraphs.first().cloned().unwrap_or_else(|| {
            format!(
                "{}. The questions HMICFRS asked and the grades held.",
                self.title()
            )
        })
    }

    /// The judgement, where the pillar is graded (held or not).
    pub fn judgement(&self) -> Option<Judgement> {
        match &self.grade {
            PillarGrade::Graded(g) => g.judgement,
            PillarGrade::NeverGraded => None,
        }
    }

    /// "In PEEL 2016 HMICFRS answered five questions about effectiveness. …"
    pub fn questions_sentence(&self) -> Option<String> {
        let set = self.questions.as_ref().filter(|q| !q.questions.is_empty())?;
        let n = set.questions.len();
        Some(format!(
            "In PEEL {} HMICFRS answered {n} {} about {}. Grades for individual questions are held for some forces only.",
            self.year.round.label(),
            plural(n as u32, "question", "questions"),
            self.pillar.label().to_lowercase()
        ))
    }

    /// Said when the round's question set for the pillar is not held.
    pub fn no_questions_sentence(&self) -> String {
        format!(
            "The question set for {} in PEEL {} is {NOT_HELD_IN_DATASET}.",
            self.pillar.label().to_lowercase(),
            self.year.round.label()
        )
    }

    /// Back to the whole force-year: its pillar summaries where the page text is held.
    pub fn back_link(&self) -> String {
        let round = self.year.round_route();
        if self.year.has_report {
            round.path_to("pillars")
        } else {
            round.path()
        }
    }

    /// The page's link-preview image: the force, the round, the pillar's grade and how every
    /// force was graded for it.
    pub fn preview_image(&self) -> Option<PreviewImage> {
        PreviewImage::of(&self.route(), self.preview_alt())
    }

    /// What the preview image shows, in words: "Kent Police, PEEL 2016, effectiveness: good. Of
    /// the 43 forces: 1 outstanding, 25 good, 13 requires improvement, 1 inadequate, 3 not held
    /// (held for 40 of 43 forces)."
    pub fn preview_alt(&self) -> String {
        let mut text = format!(
            "{}, {}: {}.",
            self.year.title(),
            self.pillar.label().to_lowercase(),
            self.grade_words()
        );
        if let Some(dist) = &self.distribution {
            text.push_str(&format!(
                " Of the {} forces: {}.",
                dist.total_forces,
                dist.counts.summary()
            ));
        }
        text
    }

    pub fn route(&self) -> Route {
        self.year.pillar_route(self.pillar)
    }

    /// Who published the page the pillar's grade was read from, and its footnote.
    pub fn grade_source(&self) -> Option<Cited> {
        match &self.grade {
            PillarGrade::Graded(AreaJudgement {
                judgement: Some(_),
                source_url: Some(url),
                ..
            }) => self.footnotes.cite(url),
            _ => None,
        }
    }

    /// Who published the page a question's grade was read from, and its footnote.
    pub fn question_source(&self, number: u8) -> Option<Cited> {
        self.question_grades
            .iter()
            .find(|q| q.number == number)
            .and_then(|q| q.grade.as_ref())
            .and_then(|g| self.footnotes.cite(&g.source_url))
    }

    /// Beside the pillar's grade or its questions' where some are not held: what "not held"
    /// means; `None` where every grade shown is held.
    pub fn not_held_note(&self) -> Option<String> {
        let pillar_not_held = matches!(&self.grade, PillarGrade::Graded(g) if g.judgement.is_none());
        let graded_questions = self
            .questions
            .iter()
            .flat_map(|q| &q.questions)
            .filter(|q| q.graded);
        let question_not_held = graded_questions.into_iter().any(|q| {
            !self
                .question_grades
                .iter()
                .any(|g| g.number == q.number && g.grade.is_some())
        });
        (pillar_not_held || question_not_held).then(|| format!("{NOT_HELD_LABEL}: {NOT_HELD_EXPLAINED}"))
    }
}

pub(super) fn build(
    sources: &Sources,
    force: &ForceSlug,
    round: Round,
    pillar: Pillar,
) -> Result<PillarView, NotFoundView> {
    let index = sources.index;
    let (f, kind) = not_found::find_force_year(index, force, round)?;
    let file = sources
        .force_file(force)
        .ok_or_else(|| not_found::unknown_force(force.as_str()))?;
    let report = file.report(round);
    let questions = index.questions.round(round);
    let pillars = ForceYear::pillars_in(questions, report);
    if !pillars.contains(&pillar) {
        return Err(not_found::no_such_pillar(
            f,
            round,
            pillar.slug(),
            pillars.is_empty(),
        ));
    }
    let area = Area::Pillar(pillar);
    let section = report.and_then(|r| r.pillar(pillar));
    let other = report.and_then(|r| r.other_inspection(pillar));
    let questions = questions.and_then(|q| q.pillar(pillar)).cloned();
    let question_grades: Vec<QuestionGrade> = questions
        .iter()
        .flat_map(|q| &q.questions)
        .map(|q| QuestionGrade {
            number: q.number,
            grade: file
                .grades
                .iter()
                .find(|g| {
                    g.round == round
                        && matches!(&g.area, Area::Question { pillar: p, number, .. } if *p == pillar && *number == q.number)
                })
                .cloned(),
        })
        .collect();
    let year = force_year::build(index, file, force, kind);
    let grade = file.grade(round, &area).filter(|_| pillar.is_graded());
    let footnotes = Footnotes::of(
        &index.publishers,
        year.monitoring
            .source_urls(false)
            .into_iter()
            .chain(grade.map(|g| g.source_url.as_str()))
            .chain(
                question_grades
                    .iter()
                    .filter_map(|q: &QuestionGrade| q.grade.as_ref())
                    .map(|g| g.source_url.as_str()),
            ),
    );
    Ok(PillarView {
        year,
        footnotes,
        pillar,
        grade: if pillar.is_graded() {
            PillarGrade::Graded(AreaJudgement {
                area: area.clone(),
                judgement: grade.map(|g| g.judgement),
                source_url: grade.map(|g| g.source_url.clone()),
            })
        } else {
            PillarGrade::NeverGraded
        },
        question: section
            .map(|s| s.question.clone())
            .or_else(|| questions.as_ref().and_then(|q| q.headline.clone())),
        paragraphs: section
            .map(|s| s.paragraphs.clone())
            .or_else(|| other.map(|o| o.paragraphs.clone()))
            .unwrap_or_default(),
        last_updated: section
            .and_then(|s| s.last_updated)
            .or_else(|| other.and_then(|o| o.last_updated)),
        grade_source: section.and_then(|s| s.judgement_source),
        questions,
        question_grades,
        distribution: pillar
            .is_graded()
            .then(|| Distribution::of(index, round, &area, Some(force))),
        pillars,
    })
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

    #[test]
    fn a_pillar_with_its_text_and_questions() {
        check(
            "/force/northamptonshire/2016/effectiveness/",
            expect![[r#"
                Pillar: Northamptonshire Police, PEEL 2016: Effectiveness - requires improvement
                Description: Northamptonshire Police requires improvement in respect of its effectiveness at keeping people safe and reducing crime. Our overall judgment is the same as last year, when we judged the force to require improvement.
                How effective is the force at keeping people safe and reducing crime?
                Rounds: 2016 </force/northamptonshire/2016/effectiveness/>, 2023-25 </force/northamptonshire/2023-25/>
                Grade: Requires improvement
                  Source: HMICFRS <https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/?> [1]
                Last updated: 2 March 2017
                Effectiveness in PEEL 2016: the only force graded requires improvement for effectiveness in 2016
                  Outstanding 0, Good 2, Requires improvement 1 (this force), Inadequate 0
                  all 3 forces have a grade held
                Findings:
                  Northamptonshire Police requires improvement in respect of its effectiveness at keeping people safe and reducing crime. Our overall judgment is the same as last year, when we judged the force to require improvement.
                In PEEL 2016 HMICFRS answered 5 questions about effectiveness. Grades for individual questions are held for some forces only.
                  1. How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?: Not held in this dataset
                  2. How effective is the force at investigating crime and reducing re-offending?: Not held in this dataset
                  3. How effective is the force at protecting those who are vulnerable from harm, and supporting victims?: Not held in this dataset
                  4. How effective is the force at tackling serious and organised crime?: Not held in this dataset
                  5. How effective are the force’s specialist capabilities?: Not graded
                Not held in this dataset: HMICFRS gave this grade in its official report, but this dataset has not captured it.
                Back: All of Northamptonshire Police, PEEL 2016 </force/northamptonshire/2016/#pillars>
                Sources:
                  1. HMICFRS: https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/? (linked)
                Citation:
                  Northamptonshire Police, PEEL 2016: Effectiveness - requires improvement. PEEL Explorer. /force/northamptonshire/2016/effectiveness/
                  Data last changed: 1 December 2026.
                  Source: HMICFRS, https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/?
                  Contains public sector information licensed under the Open Government Licence v3.0.
            "#]],
        );
    }

    #[test]
    fn a_pillar_without_text_shows_a_question_grade_held() {
        check(
            "/force/derbyshire/2016/effectiveness/",
            expect![[r#"
                Pillar: Derbyshire Constabulary, PEEL 2016: Effectiveness - good
                Description: Derbyshire Constabulary, PEEL 2016: Effectiveness - good. The questions HMICFRS asked and the grades held.
                How effective is the force at keeping people safe and reducing crime?
                Rounds: 2016 </force/derbyshire/2016/effectiveness/>, 2023-25 </force/derbyshire/2023-25/>
                Grade: Good
                  Source: HMICFRS <https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2016/derbyshire/> [1]
                Effectiveness in PEEL 2016: one of two forces graded good for effectiveness in 2016
                  Outstanding 0, Good 2 (this force), Requires improvement 1, Inadequate 0
                  all 3 forces have a grade held
                Findings:
                  Not held; official page <https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2016/derbyshire/>
                In PEEL 2016 HMICFRS answered 5 questions about effectiveness. Grades for individual questions are held for some forces only.
                  1. How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?: Not held in this dataset
                  2. How effective is the force at investigating crime and reducing re-offending?: Not held in this dataset
                  3. How effective is the force at protecting those who are vulnerable from harm, and supporting victims?: Not held in this dataset
                  4. How effective is the force at tackling serious and organised crime?: Outstanding. Source: HMICFRS <https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2016/derbyshire/> [1]
                  5. How effective are the force’s specialist capabilities?: Not graded
                Not held in this dataset: HMICFRS gave this grade in its official report, but this dataset has not captured it.
                Back: All of Derbyshire Constabulary, PEEL 2016 </force/derbyshire/2016/>
                Sources:
                  1. HMICFRS: https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2016/derbyshire/ (linked)
                Citation:
                  Derbyshire Constabulary, PEEL 2016: Effectiveness - good. PEEL Explorer. /force/derbyshire/2016/effectiveness/
                  Data last changed: 1 December 2026.
                  Source: HMICFRS, https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2016/derbyshire/
                  Contains public sector information licensed under the Open Government Licence v3.0.
            "#]],
        );
    }

    #[test]
    fn leadership_was_inspected_not_graded() {
        check(
            "/force/northamptonshire/2016/leadership/",
            expect![[r#"
            Pillar: Northamptonshire Police, PEEL 2016: Leadership - not graded
            Description: Police leadership is crucial in enabling a force to be effective, efficient and legitimate. This inspection focused on how a force understands, develops and displays leadership through its organisational development.
            Rounds: 2016 </force/northamptonshire/2016/leadership/>, 2023-25 </force/northamptonshire/2023-25/>
            Not graded. Leadership was inspected alongside PEEL but not graded.
            Last updated: 8 December 2016
            Findings:
              Police leadership is crucial in enabling a force to be effective, efficient and legitimate. This inspection focused on how a force understands, develops and displays leadership through its organisational development.
            In PEEL 2016 HMICFRS answered 1 question about leadership. Grades for individual questions are held for some forces only.
              1. How well does the force understand leadership?: Not graded
            Back: All of Northamptonshire Police, PEEL 2016 </force/northamptonshire/2016/#pillars>
            Citation:
              Northamptonshire Police, PEEL 2016: Leadership - not graded. PEEL Explorer. /force/northamptonshire/2016/leadership/
              Data last changed: 1 December 2026.
              Source: https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/
              Contains public sector information licensed under the Open Government Licence v3.0.
        "#]],
        );
    }
}
