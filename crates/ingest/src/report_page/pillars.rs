//! The dated sections: one per pillar ("How effective is the force ...?"), "Other inspections"
//! (leadership in 2016, any other generically) and "Other reports".

use peel_model::report::{
    HeadlineJudgement, JudgementSource, OtherInspection, OtherInspections, OtherReports, PillarSection,
};
use peel_model::{Judgement, Pillar};

use super::Ctx;
use super::items::{
    grade_line, last_updated, looks_like_grade, looks_like_link, questions_link, unknown_grade,
};
use super::sections::Entry;
use crate::diagnostic::Diagnostic;

/// One pillar's section. Its grade is the line under "Last updated" where there is one
/// (`OwnLine`), else the headline judgement's (`HeadlineJudgement`); the two must agree.
pub(crate) fn pillar_section(
    pillar: Pillar,
    heading: &Entry,
    body: &[Entry],
    headline: Option<&(HeadlineJudgement, usize)>,
    ctx: &mut Ctx,
) -> Result<PillarSection, Diagnostic> {
    let mut section = PillarSection {
        pillar,
        question: heading.text.to_owned(),
        last_updated: None,
        judgement: None,
        judgement_source: None,
        paragraphs: Vec::new(),
        questions_link: None,
    };
    let mut own: Option<(Judgement, usize)> = None;
    let mut date_line = None;
    for entry in body {
        let before_text = section.paragraphs.is_empty();
        if let Some(date) = last_updated(entry.text, entry.no, ctx)? {
            if section.last_updated.is_none() && before_text && own.is_none() {
                section.last_updated = Some(date);
                date_line = Some(entry.no);
                continue;
            }
            ctx.unplaced(entry, "a second \"Last updated\" in the section");
            section.paragraphs.push(entry.text.to_owned());
            continue;
        }
        if before_text && own.is_none() {
            if let Some(judgement) = grade_line(entry.text, entry.no, ctx)? {
                own = Some((judgement, entry.no));
                continue;
            }
            let right_under_date = date_line.is_some_and(|d| d + 1 == entry.no);
            if right_under_date && looks_like_grade(entry.text) {
                return Err(ctx.error(entry.no, unknown_grade(entry.text, ctx)));
            }
        }
        if let Some(link) = questions_link(entry.text) {
            if link.pillar != pillar {
                return Err(ctx.error(
                    entry.no,
                    format!("\"{}\" is in the {} section", entry.text, pillar.slug()),
                ));
            }
            if section.questions_link.is_none() {
                section.questions_link = Some(link);
                continue;
            }
            ctx.unplaced(entry, "a second question-set link in the section");
        } else if looks_like_link(entry.text) {
            ctx.unplaced(entry, "a question-set link the parser cannot read");
        } else if grade_line(entry.text, entry.no, ctx)?.is_some() {
            ctx.unplaced(entry, "a grade line away from the \"Last updated\" date");
        }
        section.paragraphs.push(entry.text.to_owned());
    }
    if section.paragraphs.is_empty() {
        return Err(ctx.error(
            heading.no,
            format!(
                "the {} section \"{}\" has no text: the page looks cut off",
                pillar.slug(),
                heading.text
            ),
        ));
    }
    match (own, headline) {
        (Some((own, line)), Some((headline, headline_line))) if own != headline.judgement => {
            return Err(ctx.error(
                line,
                format!(
                    "the {} section is graded \"{}\" here but \"{}\" by the headline judgement on line {}",
                    pillar.slug(),
                    own.label(),
                    headline.judgement.label(),
                    headline_line
                ),
            ));
        }
        (Some((own, _)), _) => {
            section.judgement = Some(own);
            section.judgement_source = Some(JudgementSource::OwnLine);
        }
        (None, Some((headline, _))) => {
            section.judgement = Some(headline.judgement);
            section.judgement_source = Some(JudgementSource::HeadlineJudgement);
        }
        (None, None) => {}
    }
    Ok(section)
}

/// "Other inspections": its question, introduction, then each inspection. An inspection starts
/// at its "Last updated" line (or, without one, at text after the previous inspection's link)
/// and ends at its question-set link, which also says what it inspected.
pub(crate) fn other_inspections(
    heading: &Entry,
    body: &[Entry],
    ctx: &mut Ctx,
) -> Result<OtherInspections, Diagnostic> {
    let (question, rest) = match body.split_first() {
        Some((first, rest)) if first.text.ends_with('?') => (first.text.to_owned(), rest),
        _ => (String::new(), body),
    };
    let mut other = OtherInspections {
        question,
        introduction: Vec::new(),
        inspections: Vec::new(),
    };
    let mut current: Option<(OtherInspection, usize)> = None;
    // The line each inspection in `other.inspections` starts on.
    let mut starts = Vec::new();
    for entry in rest {
        if let Some(date) = last_updated(entry.text, entry.no, ctx)? {
            close(&mut other, &mut starts, current.take(), ctx)?;
            let mut inspection = blank_inspection();
            inspection.last_updated = Some(date);
            current = Some((inspection, entry.no));
        } else if let Some(link) = questions_link(entry.text) {
            let (inspection, _) = current.get_or_insert_with(|| (blank_inspection(), entry.no));
            inspection.pillar = Some(link.pillar);
            inspection.questions_link = Some(link);
            close(&mut other, &mut starts, current.take(), ctx)?;
        } else {
            if looks_like_link(entry.text) {
                ctx.unplaced(entry, "a question-set link the parser cannot read");
            } else if Judgement::parse(entry.text).is_some() {
                ctx.unplaced(entry, "a grade line, but these inspections are not graded");
            }
            match current.as_mut() {
                Some((inspection, _)) => inspection.paragraphs.push(entry.text.to_owned()),
                None if other.inspections.is_empty() => other.introduction.push(entry.text.to_owned()),
                None => {
                    let mut inspection = blank_inspection();
                    inspection.paragraphs.push(entry.text.to_owned());
                    current = Some((inspection, entry.no));
                }
            }
        }
    }
    close(&mut other, &mut starts, current.take(), ctx)?;
    if other.introduction.is_empty() && other.inspections.is_empty() {
        return Err(ctx.error(
            heading.no,
            format!(
                "the \"{}\" section has no text: the page looks cut off",
                heading.text
            ),
        ));
    }
    Ok(other)
}

fn blank_inspection() -> OtherInspection {
    OtherInspection {
        pillar: None,
        last_updated: None,
        paragraphs: Vec::new(),
        questions_link: None,
    }
}

fn close(
    other: &mut OtherInspections,
    starts: &mut Vec<usize>,
    current: Option<(OtherInspection, usize)>,
    ctx: &Ctx,
) -> Result<(), Diagnostic> {
    let Some((inspection, line)) = current else {
        return Ok(());
    };
    if inspection.paragraphs.is_empty() {
        return Err(ctx.error(
            line,
            "an inspection in \"Other inspections\" has no text: the page looks cut off",
        ));
    }
    if let Some(pillar) = inspection.pillar
        && let Some(first) = other.inspections.iter().position(|i| i.pillar == Some(pillar))
    {
        let first = starts.get(first).copied().unwrap_or_default();
        return Err(ctx.error(
            line,
            format!(
                "the {} inspection comes twice in \"Other inspections\" (the first starts on line {first})",
                pillar.slug()
            ),
        ));
    }
    starts.push(line);
    other.inspections.push(inspection);
    Ok(())
}

/// "Other reports": a date and paragraphs (its link is chrome).
pub(crate) fn other_reports(body: &[Entry], ctx: &mut Ctx) -> Result<OtherReports, Diagnostic> {
    let mut reports = OtherReports {
        last_updated: None,
        paragraphs: Vec::new(),
    };
    for entry in body {
        if let Some(date) = last_updated(entry.text, entry.no, ctx)? {
            if reports.last_updated.is_none() && reports.paragraphs.is_empty() {
                reports.last_updated = Some(date);
                continue;
            }
            ctx.unplaced(entry, "a second \"Last updated\" in the section");
        }
        reports.paragraphs.push(entry.text.to_owned());
    }
    Ok(reports)
}
