//! Parser for a source report page: the text of a force-year PEEL page as captured from the
//! HMICFRS site (`data/sources/<force>-<round>.txt`), into a [`peel_model::Report`]. (Not a page
//! of this site: those are the model's `pages`.)
//!
//! # How a page is read
//! 1. [`lines`]: bytes to normalised lines (BOM, UTF-8, CRLF, whitespace runs, U+00A0).
//! 2. [`sections`]: the title, the lines before the first heading, one section per heading;
//!    [`chrome`] lines ("Skip to content", "Read More" ...) are dropped there, and only there.
//! 3. Each part is read by its own module: [`preamble`] (title, introduction, headline
//!    judgements, inspector), [`narrative`] (HMI's observations, force area, working
//!    arrangements, looking ahead), [`pillars`] (pillar sections, other inspections, other
//!    reports), [`key_facts`], [`context`] (points of context, crime plan). [`items`] reads the
//!    lines that mean something on their own (dates, grade lines, bullets, question links).
//!
//! # Lossless
//! Every non-blank line is chrome, or placed in the report with its text as published (after
//! whitespace normalisation). A line that fits nowhere is kept as an extra paragraph of the
//! nearest part (`KeyFacts::paragraphs` for the key facts) and returned as a warning.
//!
//! # Errors
//! An `Err` names the line where the page went wrong: an empty file, bytes that are not UTF-8,
//! no "<Name> <round>" title, a round that is not in `questions.json`, a round this form does
//! not cover (graded areas), no PEEL structure after the title, a section twice, a grade word the
//! round's scale does not have, a grade line that is not a grade, a section grade that
//! contradicts the headline judgement, an impossible date, or a page cut off.
//!
//! # What "cut off" means
//! A page in this form runs: title, headline judgements, HMI's observations, ..., one section per
//! pillar, other inspections, other reports, key facts, points of context, crime plan. It is
//! taken to be cut off (an error at the last line it has, or at the heading concerned) when:
//! - a heading has nothing under it, or a pillar section / inspection has no text;
//! - a pillar announced by a headline judgement has no section;
//! - a page with pillars has no "Key facts" section (every page of this form ends with it);
//! - its last line stops mid-sentence (a paragraph not ending in `.`, `!`, `?` or a closing
//!   quote after one) or announces what does not follow (ends in `:`).

pub mod chrome;
mod context;
mod items;
mod key_facts;
mod lines;
mod narrative;
mod pillars;
mod preamble;
mod sections;

use peel_model::questions::QuestionSets;
use peel_model::{Judgement, Report, Round, Scale};

use crate::diagnostic::Diagnostic;
use sections::{Document, Entry, Heading};

/// A parsed page and the lines it could not place (kept in the report, reported here).
#[derive(Clone, Debug)]
pub struct ParsedReportPage {
    pub report: Report,
    pub warnings: Vec<Diagnostic>,
}

/// Parses the bytes of one page. `file` names it in messages and becomes `Report::source_file`;
/// the page's round must be a pillar round of `questions`, whose scale its grades must be on.
pub fn parse_report_page(
    bytes: &[u8],
    file: &str,
    questions: &QuestionSets,
) -> Result<ParsedReportPage, Diagnostic> {
    let text = lines::decode(bytes, file)?;
    let lines = lines::split(text);
    let document = sections::outline(&lines, file)?;
    let title = preamble::title(&document.title, file, questions)?;
    let mut ctx = Ctx {
        file,
        round: title.round,
        scale: title.scale,
        warnings: Vec::new(),
    };
    let top = preamble::read(&document.preamble, &mut ctx)?;

    let mut report = Report::new(
        title.force.clone(),
        title.round,
        title.text.clone(),
        file.to_owned(),
    );
    report.introduction = top.introduction.clone();
    report.headline_judgements = top.headline_judgements.iter().map(|(h, _)| h.clone()).collect();
    report.inspector = top.inspector.clone();
    for section in &document.sections {
        let heading = Entry {
            no: section.line,
            text: section.text,
            gap: 0,
        };
        let body = section.body.as_slice();
        match &section.heading {
            Heading::HmiObservations => {
                (report.hmi_observations, report.force_area) = narrative::hmi_observations(body);
            }
            Heading::WorkingArrangements => report.working_arrangements = narrative::paragraphs(body),
            Heading::LookingAhead(year) => report.looking_ahead = Some(narrative::looking_ahead(*year, body)),
            Heading::Pillar(pillar) => {
                let headline = top.headline_judgements.iter().find(|(h, _)| h.pillar == *pillar);
                let section = pillars::pillar_section(*pillar, &heading, body, headline, &mut ctx)?;
                report.pillars.push(section);
            }
            Heading::OtherInspections => {
                report.other_inspections = Some(pillars::other_inspections(&heading, body, &mut ctx)?);
            }
            Heading::OtherReports => report.other_reports = Some(pillars::other_reports(body, &mut ctx)?),
            Heading::KeyFacts(period) => {
                report.key_facts = Some(key_facts::key_facts(period, body, &mut ctx)?)
            }
            Heading::ForceContext => report.force_context = context::force_context(body, &mut ctx),
            Heading::CrimePlan => report.crime_plan = Some(context::crime_plan(body)),
        }
    }
    check_complete(&report, &document, &top, &ctx)?;
    Ok(ParsedReportPage {
        report,
        warnings: ctx.warnings,
    })
}

/// Refuses a page without PEEL structure, and a page cut off (see the module's documentation).
fn check_complete(
    report: &Report,
    document: &Document,
    top: &preamble::Preamble,
    ctx: &Ctx,
) -> Result<(), Diagnostic> {
    if report.headline_judgements.is_empty() && report.pillars.is_empty() {
        return Err(ctx.error(
            document.title.no,
            format!(
                "not a PEEL page: after the title \"{}\" there is no headline judgement (\"The extent to \
                 which the force is effective ...\") and no pillar section (\"How effective is the force \
                 ...?\")",
                document.title.text
            ),
        ));
    }
    let last = document
        .sections
        .last()
        .map_or(document.preamble.as_slice(), |s| s.body.as_slice())
        .last();
    let in_key_facts =
        matches!(document.sections.last(), Some(s) if matches!(s.heading, Heading::KeyFacts(_)));
    if let Some(last) = last {
        let text = last.text;
        if text.ends_with(':') {
            return Err(ctx.error(
                last.no,
                format!(
                    "the page ends with \"{}\" but not what it announces: the page looks cut off",
                    tail(text)
                ),
            ));
        }
        let paragraph = !in_key_facts
            && items::bullet(text).is_none()
            && items::questions_link(text).is_none()
            && Judgement::parse(text).is_none()
            && lines::strip_prefix_fold(text, "Last updated").is_none();
        if paragraph && !lines::ends_sentence(text) {
            return Err(ctx.error(
                last.no,
                format!(
                    "the page ends mid-sentence (\"{}\"): the page looks cut off",
                    tail(text)
                ),
            ));
        }
    }
    let end = document.last_line;
    for (headline, line) in &top.headline_judgements {
        if report.pillar(headline.pillar).is_none() {
            return Err(ctx.error(
                end,
                format!(
                    "the page ends without the {} section that the headline judgement on line {line} \
                     announces: the page looks cut off",
                    headline.pillar.slug()
                ),
            ));
        }
    }
    if report.key_facts.is_none() {
        return Err(ctx.error(
            end,
            "the page ends without its \"Key facts\" section, which every page of this form has: the \
             page looks cut off",
        ));
    }
    Ok(())
}

/// The last words of a line, for messages.
fn tail(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let from = words.len().saturating_sub(6);
    let tail = words.get(from..).unwrap_or_default().join(" ");
    if from > 0 { format!("…{tail}") } else { tail }
}

/// What the readers of the parts share: the file, the round, and the warnings so far.
pub(crate) struct Ctx<'f> {
    pub file: &'f str,
    pub round: Round,
    pub scale: Scale,
    pub warnings: Vec<Diagnostic>,
}

impl Ctx<'_> {
    pub(crate) fn error(&self, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.file, line, message)
    }

    /// Records a line kept where it was found because it fits nowhere better.
    pub(crate) fn unplaced(&mut self, entry: &Entry, why: &str) {
        self.warnings.push(Diagnostic::new(
            self.file,
            entry.no,
            format!(
                "line kept as a paragraph where it stands ({why}): \"{}\"",
                preamble::shorten(entry.text)
            ),
        ));
    }
}
