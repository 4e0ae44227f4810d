//! `/force/<force>/<round>/`: a force's PEEL assessment for one round: its headline grades,
//! everything the report text holds in the page's order, and how the force compares.

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::GradeRecord;
use crate::force::ForceSlug;
use crate::grade::Judgement;
use crate::links::publisher;
use crate::questions::RoundQuestions;
use crate::report::Report;
use crate::round::Round;
use crate::route::{CompareQuery, Route};
use crate::widgets::distribution::{self, Distribution};
use crate::widgets::headline::{AreaJudgement, headline};
use crate::widgets::history::{History, histories};

use super::Sources;
use super::force_year::{self, ForceYear};
use super::not_found::{self, NotFoundView};
use super::preview::{PreviewImage, judgement_words};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForceRoundView {
    pub year: ForceYear,
    /// The round's headline areas (three pillars, or the graded areas), each with its grade or
    /// "not held".
    pub headline: Vec<AreaJudgement>,
    pub report: Option<Report>,
    pub questions: Option<RoundQuestions>,
    /// Question-level grades held for this force and round.
    pub question_grades: Vec<GradeRecord>,
    /// National distribution for each headline area this round.
    pub distributions: Vec<Distribution>,
    /// Every pillar (or graded area) of the force across rounds.
    pub history: Vec<History>,
}

/// One row of the page's judgements.
#[derive(Clone, Debug, PartialEq)]
pub struct JudgementRow {
    pub area: Area,
    pub judgement: Option<Judgement>,
    /// The area's pillar page, where the round has one.
    pub link: Option<Route>,
    /// The report's one-line judgement for the pillar, where the text is held.
    pub sentence: Option<String>,
    /// The page the grade was read from, where a grade is held.
    pub source: Option<GradeSource>,
}

/// Where a grade was read from, and who published it.
#[derive(Clone, Debug, PartialEq)]
pub struct GradeSource {
    pub url: String,
    /// `hmicfrs.justiceinspectorates.gov.uk`, `northumbria-pcc.gov.uk`.
    pub publisher: String,
}

/// Where to read the whole assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum OfficialReport {
    /// The official report page of the force-round.
    Report { url: String },
    /// No report address is held: the force's HMICFRS page, which lists its reports.
    ForcePage { url: String },
}

impl ForceRoundView {
    /// "Kent Police, PEEL 2016".
    pub fn title(&self) -> String {
        self.year.title()
    }

    /// "effectiveness requires improvement, efficiency good, legitimacy good", or "no grades held".
    pub fn summary_words(&self) -> String {
        let held: Vec<String> = self
            .headline
            .iter()
            .filter_map(|h| {
                h.judgement
                    .map(|j| format!("{} {}", h.area.label().to_lowercase(), j.word()))
            })
            .collect();
        if held.is_empty() {
            "no grades held".to_owned()
        } else {
            held.join(", ")
        }
    }

    /// For link previews: "Kent Police, PEEL 2016: effectiveness good, ….".
    pub fn description(&self) -> String {
        format!("{}: {}.", self.title(), self.summary_words())
    }

    /// The page's link-preview image: the force, the round and each headline judgement.
    pub fn preview_image(&self) -> Option<PreviewImage> {
        PreviewImage::of(&self.year.round_route(), self.preview_alt())
    }

    /// What the preview image shows, in words: "Kent Police, PEEL 2016. Effectiveness: requires
    /// improvement. Efficiency: good. Legitimacy: good."
    pub fn preview_alt(&self) -> String {
        let mut text = format!("{}.", self.title());
        for h in &self.headline {
            text.push_str(&format!(" {}: {}.", h.area.label(), judgement_words(h.judgement)));
        }
        text
    }

    /// "PEEL 2016 graded three pillars on a four-point scale …".
    pub fn judgements_intro(&self) -> String {
        let round = self.year.round;
        let what = if round.has_pillars() {
            "three pillars"
        } else {
            "areas of policing"
        };
        format!(
            "PEEL {} graded {what} on a {}.",
            round.label(),
            round.scale().describe()
        )
    }

    /// The headline judgements, each with its pillar page and the report's sentence.
    pub fn judgement_rows(&self) -> Vec<JudgementRow> {
        let pillar_pages = self.year.pillar_pages();
        self.headline
            .iter()
            .map(|h| {
                let pillar = match &h.area {
                    Area::Pillar(p) => Some(*p),
                    _ => None,
                };
                JudgementRow {
                    area: h.area.clone(),
                    judgement: h.judgement,
                    link: pillar
                        .filter(|p| pillar_pages.contains(p))
                        .map(|p| self.year.pillar_route(p)),
                    sentence: pillar
                        .zip(self.report.as_ref())
                        .and_then(|(p, r)| r.headline_judgement(p))
                        .map(|j| j.text.clone()),
                    source: h
                        .source_url
                        .as_ref()
                        .filter(|_| h.judgement.is_some())
                        .map(|url| GradeSource {
                            url: url.clone(),
                            publisher: publisher(url),
                        }),
                }
            })
            .collect()
    }

    /// For graded-area rounds, how many of the round's areas have a grade held, of how many:
    /// data for these rounds is often partial.
    pub fn areas_held(&self) -> Option<(usize, usize)> {
        (!self.year.round.has_pillars()).then(|| {
            (
                self.headline.iter().filter(|h| h.judgement.is_some()).count(),
                self.headline.len(),
            )
        })
    }

    /// "4 of 10 areas held in this dataset; the official report has every grade." for a
    /// graded-area round with areas not held; `None` otherwise.
    pub fn areas_held_sentence(&self) -> Option<String> {
        let (held, all) = self.areas_held()?;
        (held < all).then(|| {
            format!("{held} of {all} areas held in this dataset; the official report has every grade.")
        })
    }

    /// The official report where its address is held, else the force's HMICFRS page.
    pub fn official_report(&self) -> OfficialReport {
        match &self.year.report_url {
            Some(url) => OfficialReport::Report { url: url.clone() },
            None if !self.year.round.has_pillars() => OfficialReport::ForcePage {
                url: self.year.force.page_url.clone(),
            },
            None => OfficialReport::Report {
                url: self.year.page_url.clone(),
            },
        }
    }

    /// Whether any headline judgement is HMICFRS's "not graded", which the page then explains.
    pub fn has_not_graded(&self) -> bool {
        self.headline
            .iter()
            .any(|h| h.judgement == Some(Judgement::NotGraded))
    }

    /// The compare page with this force chosen, in this round.
    pub fn compare_route(&self) -> Route {
        Route::Compare(CompareQuery {
            forces: vec![self.year.slug.clone()],
            round: Some(self.year.round),
        })
    }

    /// Beside a headline judgement (a judgement row or a pillar card): for how many forces the
    /// area's grade is held this round, "held for two of 43 forces"; `None` where every force's
    /// is held, or the page has no distribution for the area.
    pub fn held_base(&self, area: &Area) -> Option<String> {
        self.distributions
            .iter()
            .find(|d| &d.area == area)
            .and_then(distribution::held_base)
    }

    /// "How other forces were graded in PEEL 2016".
    pub fn national_title(&self) -> String {
        format!("How other forces were graded in PEEL {}", self.year.round.label())
    }
}

pub(super) fn build(
    sources: &Sources,
    force: &ForceSlug,
    round: Round,
) -> Result<ForceRoundView, NotFoundView> {
    let index = sources.index;
    not_found::find_force_year(index, force, round)?;
    let file = sources
        .force_file(force)
        .ok_or_else(|| not_found::unknown_force(force.as_str()))?;
    let headline = headline(index, force, round);
    let distributions = headline
        .iter()
        .map(|h| Distribution::of(index, round, &h.area, Some(force)))
        .collect();
    Ok(ForceRoundView {
        year: force_year::build(index, file, force, round),
        headline,
        report: file.report(round).cloned(),
        questions: index.questions.round(round).cloned(),
        question_grades: file
            .grades
            .iter()
            .filter(|g| g.round == round && !g.area.is_headline())
            .cloned()
            .collect(),
        distributions,
        history: histories(index, force),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::force::Force;
    use crate::grade::{Grade, Scale};
    use crate::widgets::distribution::GradeCounts;

    #[test]
    fn each_headline_judgement_has_its_held_base() {
        // Kent, PEEL 2021/22: "Treatment of the public" is held for Kent and Humberside only;
        // "Investigating crime" for Kent, Greater Manchester and Lancashire.
        let area = |name: &str| Area::GradedArea(name.into());
        let distribution = |name: &str, counts: [u32; 5]| Distribution {
            round: Round::R2021_22,
            area: area(name),
            scale: Scale::FivePoint,
            counts: GradeCounts {
                grades: Grade::ALL.iter().copied().zip(counts).collect(),
                not_graded: 0,
                not_held: 43 - counts.iter().sum::<u32>(),
            },
            total_forces: 43,
            this_force: None,
        };
        let view = ForceRoundView {
            year: ForceYear {
                slug: ForceSlug::from("kent"),
                force: Force {
                    slug: "kent".into(),
                    name: "Kent Police".into(),
                    region: "South East".into(),
                    country: "England".into(),
                    page_url: String::new(),
                    towns: Vec::new(),
                },
                round: Round::R2021_22,
                rounds: Vec::new(),
                page_url: String::new(),
                report_url: None,
                has_report: false,
                data_date: None,
            },
            headline: Vec::new(),
            report: None,
            questions: None,
            question_grades: Vec::new(),
            distributions: vec![
                distribution("Treatment of the public", [1, 1, 0, 0, 0]),
                distribution("Investigating crime", [0, 0, 0, 2, 1]),
                distribution("Everyone", [0, 43, 0, 0, 0]),
            ],
            history: Vec::new(),
        };
        assert_eq!(
            view.held_base(&area("Treatment of the public")).as_deref(),
            Some("held for two of 43 forces")
        );
        assert_eq!(
            view.held_base(&area("Investigating crime")).as_deref(),
            Some("held for three of 43 forces")
        );
        assert_eq!(view.held_base(&area("Everyone")), None);
        assert_eq!(view.held_base(&area("Not on the page")), None);
    }
}
