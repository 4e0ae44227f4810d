//! `/force/<force>/<round>/`: a force's PEEL assessment for one round: its headline grades,
//! everything the report text holds in the page's order, and how the force compares.

use serde::{Deserialize, Serialize};

use crate::bundle::GradeRecord;
use crate::force::ForceSlug;
use crate::grade::Judgement;
use crate::questions::RoundQuestions;
use crate::report::Report;
use crate::round::{Round, RoundKind};
use crate::route::{CompareQuery, Route};
use crate::widgets::changes::{Changes, changes_since_previous};
use crate::widgets::distribution::Distribution;
use crate::widgets::footnotes::Footnotes;
use crate::widgets::headline::{AreaJudgement, headline};
use crate::widgets::history::{History, histories};

use super::Sources;
use super::force_year::{self, ForceYear};
use super::not_found::{self, NotFoundView};
use super::preview::{PreviewImage, judgement_words};

mod grades;

pub use grades::{GradedForSomeForces, HeldGrade, NAME_SEPARATOR, NotHeld, area_names};

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
    /// Every round of the data with how it judged forces: where the history's lines break.
    pub round_kinds: Vec<RoundKind>,
    /// How the grades changed since the force's previous round held; `None` where this is its
    /// first.
    pub changes: Option<Changes>,
    /// The page's sources, numbered in the order the page cites them: the enhanced monitoring
    /// notice's, the grades', then the monitoring spells' of the history.
    pub footnotes: Footnotes,
    /// The links to the grades' images ([`super::chart_image::links_html`]): filled by the
    /// prerenderer, `None` where the page was built in the browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<String>,
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
        let what = if self.year.framework.has_pillars() {
            "three pillars"
        } else {
            "areas of policing"
        };
        format!(
            "PEEL {} graded {what} on a {}.",
            self.year.round.label(),
            self.year.scale.describe()
        )
    }

    /// For graded-area rounds, how many of the round's areas have a grade held, of how many:
    /// data for these rounds is often partial.
    pub fn areas_held(&self) -> Option<(usize, usize)> {
        (!self.year.framework.has_pillars()).then(|| {
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
            None if !self.year.framework.has_pillars() => OfficialReport::ForcePage {
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
            left_out: Vec::new(),
        })
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
    let (_, kind) = not_found::find_force_year(index, force, round)?;
    let file = sources
        .force_file(force)
        .ok_or_else(|| not_found::unknown_force(force.as_str()))?;
    let headline = headline(index, force, round);
    let distributions = headline
        .iter()
        .map(|h| Distribution::of(index, round, &h.area, Some(force)))
        .collect();
    let year = force_year::build(index, file, force, kind);
    let grade_sources = headline
        .iter()
        .filter(|h| h.judgement.is_some())
        .filter_map(|h| h.source_url.as_deref());
    let notice = year.monitoring.source_urls(false);
    let spells: Vec<&str> = year
        .monitoring
        .history()
        .into_iter()
        .map(|(_, url)| url)
        .collect();
    let footnotes = Footnotes::of(
        &index.publishers,
        notice.into_iter().chain(grade_sources).chain(spells),
    );
    Ok(ForceRoundView {
        changes: changes_since_previous(index, force, round),
        footnotes,
        year,
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
        round_kinds: index.round_kinds(),
        images: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::Area;
    use crate::fixture::Fixture;
    use crate::pages::PageData;

    fn page(path: &str) -> ForceRoundView {
        match Fixture::load().page(path) {
            PageData::ForceRound(view) => *view,
            other => panic!("{path}: {other:?}"),
        }
    }

    #[test]
    fn grades_held_come_first_each_among_the_forces_held_with_its_footnote() {
        // Kent, PEEL 2023-25 in the fixture: three areas held, two of them read from one article.
        let kent = page("/force/kent/2023-25/");
        let held = kent.held_grades();
        let areas: Vec<String> = held.iter().map(|g| g.area.label()).collect();
        assert_eq!(
            areas,
            [
                "Preventing and deterring crime and anti-social behaviour, and reducing vulnerability",
                "Responding to the public",
                "Investigating crime"
            ]
        );
        let numbers: Vec<Option<usize>> = held.iter().map(|g| g.source.as_ref().map(|s| s.number)).collect();
        assert_eq!(
            numbers,
            [Some(1), Some(2), Some(2)],
            "one number per distinct source"
        );
        assert_eq!(kent.footnotes.sources.len(), 2);
        // Counted among the forces whose grade is held, from the page's own distributions.
        for grade in &held {
            let dist = kent.distributions.iter().find(|d| d.area == grade.area).unwrap();
            assert_eq!(grade.context, crate::widgets::distribution::held_context(dist));
            assert!(grade.context.as_deref().unwrap().contains(" held"), "{grade:?}");
        }
    }

    #[test]
    fn areas_not_held_are_said_once_apart_from_those_graded_for_some_forces() {
        let kent = page("/force/kent/2023-25/");
        let not_held = kent.not_held().expect("areas not held");
        assert_eq!(not_held.areas.len(), 5);
        assert!(
            !not_held
                .areas
                .iter()
                .any(|a| a.label() == "Disrupting serious organised crime")
        );
        assert_eq!(not_held.link_words(), "Read them in the official report");
        assert_eq!(
            not_held.url(),
            "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/"
        );
        let some = kent.graded_for_some_forces_not_held().expect("two such areas");
        let names: Vec<String> = some.areas.iter().map(Area::label).collect();
        assert_eq!(
            names,
            ["Recording data about crime", "Disrupting serious organised crime"]
        );
        assert_eq!(kent.no_grades_sentence(), None);
        // A pillar round with every grade held says nothing of the kind.
        let northamptonshire = page("/force/northamptonshire/2016/");
        assert_eq!(northamptonshire.not_held(), None);
        assert_eq!(northamptonshire.graded_for_some_forces_not_held(), None);
    }
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

    #[test]
    fn a_pillar_round_with_its_report_text() {
        check(
            "/force/northamptonshire/2016/",
            expect![[r#"
                Force round: Northamptonshire Police, PEEL 2016
                Description: Northamptonshire Police, PEEL 2016: effectiveness requires improvement, efficiency good, legitimacy good.
                Region: East Midlands
                Rounds: 2016 </force/northamptonshire/2016/>, 2023-25 </force/northamptonshire/2023-25/>
                This is HMIC’s third PEEL (police effectiveness, efficiency and legitimacy) assessment of Northamptonshire Police. PEEL is designed to give the public information about how their local police force is performing in several important areas, in a way that is comparable both across England and Wales, and year on year. The assessment is updated throughout the year with our inspection findings and reports.
                PEEL 2016 graded three pillars on a four-point scale (outstanding, good, requires improvement, inadequate).
                  Effectiveness: Requires improvement </force/northamptonshire/2016/effectiveness/>
                    The extent to which the force is effective at keeping people safe and reducing crime requires improvement.
                    The only force graded requires improvement, of three held
                    Source: HMICFRS <https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/?> [1]
                  Efficiency: Good </force/northamptonshire/2016/efficiency/>
                    The extent to which the force is efficient at keeping people safe and reducing crime is good.
                    One of three forces graded good, of three held
                    Source: HMICFRS <https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/?> [1]
                  Legitimacy: Good </force/northamptonshire/2016/legitimacy/>
                    The extent to which the force is legitimate at keeping people safe and reducing crime is good.
                    The only force graded good, of three held
                    Source: HMICFRS <https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/?> [1]
                Compare Northamptonshire Police with other forces </compare/?forces=northamptonshire&round=2016>
                Inspector: Zoë Billingham, Her Majesty’s Inspector of Constabulary
                HMI’s observations:
                  I am satisfied with most aspects of Northamptonshire Police’s overall performance. However, there are some areas where the force recognises that it needs to improve in order to provide a consistently good service.
                Effectiveness: Requires improvement </force/northamptonshire/2016/effectiveness/>
                  How effective is the force at keeping people safe and reducing crime?
                  Northamptonshire Police requires improvement in respect of its effectiveness at keeping people safe and reducing crime. Our overall judgment is the same as last year, when we judged the force to require improvement.
                Efficiency: Good </force/northamptonshire/2016/efficiency/>
                  How efficient is the force at keeping people safe and reducing crime?
                  Northamptonshire Police has been assessed as good in respect of the efficiency with which it keeps people safe and reduces crime. It is taking steps to understand current and future demand better and is developing tools to allow effective monitoring of changes in demand. The force is developing its understanding of hidden demand. While it sets great store on the opportunities for savings and efficiencies from the use of information communication technology (ICT) and closer collaboration with other forces, its future planning needs to be strengthened.
                Legitimacy: Good </force/northamptonshire/2016/legitimacy/>
                  How legitimate is the force at keeping people safe and reducing crime?
                  Northamptonshire Police has been assessed as good in respect of the legitimacy with which it keeps people safe and reduces crime. Our findings this year are consistent with last year’s findings, in which we judged the force to be good in respect of legitimacy.
                How well has the force performed in our other inspections?
                  Leadership: Not graded
                    Police leadership is crucial in enabling a force to be effective, efficient and legitimate. This inspection focused on how a force understands, develops and displays leadership through its organisational development.
                Key facts – 2019/20
                  Force area: 914 square miles
                  Population: 0.757 million people
                  Population change over 10 years: +10% over 10 years
                  Police officers in frontline roles: 88% of police officers in frontline roles, 4 percentage points below the national 92%
                  Police officers per 1,000 population: 3.02 officers per 1,000 people, 18% fewer than the national 3.69
                  Workforce change over 10 years: −10% over 10 years, against −5% nationally
                  Victim-based crimes per person: 0.07 victim-based crimes per person, 17% more than the national 0.06
                  Victim-based crimes, 5-year trend: +14% over 5 years, against +9% nationally
                  Cost of policing per person per day: 50p per person per day, 15% less than the national 59p
                How other forces were graded in PEEL 2016
                  Effectiveness in PEEL 2016: the only force graded requires improvement for effectiveness in 2016
                    Outstanding 0, Good 2, Requires improvement 1 (this force), Inadequate 0
                    all 3 forces have a grade held
                  Efficiency in PEEL 2016: one of three forces graded good for efficiency in 2016
                    Outstanding 0, Good 3 (this force), Requires improvement 0, Inadequate 0
                    all 3 forces have a grade held
                  Legitimacy in PEEL 2016: the only force graded good for legitimacy in 2016
                    Outstanding 2, Good 1 (this force), Requires improvement 0, Inadequate 0
                    all 3 forces have a grade held
                Northamptonshire Police: grades over time
                  Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it inspects (2023-25, graded areas on a five-point scale) the line breaks, because those grades are not like for like.
                  In 2023-25 PEEL graded areas, not pillars, on a five-point scale that adds “adequate”; these grades are not comparable with the pillar grades of earlier rounds.
                  Effectiveness: requires improvement in 2016 [2016 Requires improvement, 2023-25 –]
                  Efficiency: good in 2016 [2016 Good, 2023-25 –]
                  Legitimacy: good in 2016 [2016 Good, 2023-25 –]
                  Building, supporting and protecting the workforce: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Investigating crime: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                  Leadership and force management: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Managing offenders and suspects: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Protecting vulnerable people: adequate in 2023-25 [2016 –, 2023-25 Adequate]
                  Recording data about crime: outstanding in 2023-25 [2016 –, 2023-25 Outstanding]
                  Responding to the public: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                  Treating the public fairly, appropriately and respectfully: good in 2023-25 [2016 –, 2023-25 Good]
                Sources:
                  1. HMICFRS: https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/? (linked)
                Citation:
                  Northamptonshire Police, PEEL 2016. PEEL Explorer. /force/northamptonshire/2016/
                  Data last changed: 1 December 2026.
                  Source: HMICFRS, https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/?
                  Contains public sector information licensed under the Open Government Licence v3.0.
            "#]],
        );
    }

    #[test]
    fn an_area_round_held_in_part_says_how_much_is_held() {
        check(
            "/force/kent/2023-25/",
            expect![[r#"
                Force round: Kent Police, PEEL 2023-25
                Description: Kent Police, PEEL 2023-25: preventing and deterring crime and anti-social behaviour, and reducing vulnerability good, responding to the public requires improvement, investigating crime requires improvement.
                Region: South East
                Rounds: 2016 </force/kent/2016/>, 2023-25 </force/kent/2023-25/>
                PEEL 2023-25 graded areas of policing on a five-point scale (outstanding, good, adequate, requires improvement, inadequate).
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: Good
                    One of two forces graded good, of three held
                    Source: BBC News [1]
                  Responding to the public: Requires improvement
                    One of three forces graded requires improvement, of three held
                    Source: Kent Online [2]
                  Investigating crime: Requires improvement
                    One of three forces graded requires improvement, of three held
                    Source: Kent Online [2]
                Not held in this dataset: Treating the public fairly, appropriately and respectfully (#treating-the-public-fairly-appropriately-and-respectfully); Protecting vulnerable people (#protecting-vulnerable-people); Managing offenders and suspects (#managing-offenders-and-suspects); Building, supporting and protecting the workforce (#building-supporting-and-protecting-the-workforce); Leadership and force management (#leadership-and-force-management) (five areas). HMICFRS gave these grades in its official report, but this dataset has not captured them. Read them in the official report <https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/>
                Recording data about crime (#recording-data-about-crime); Disrupting serious organised crime (#disrupting-serious-organised-crime): no grade held. HMICFRS graded these areas for some forces only, so a missing grade can mean they were not graded for this force, as well as not captured by this dataset.
                Since PEEL 2016:
                  PEEL 2016, the force's previous round held, graded pillars and PEEL 2023-25 graded areas of policing, so their grades are not compared.
                Compare Kent Police with other forces </compare/?forces=kent&round=2023-25>
                Official report <https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/>
                How other forces were graded in PEEL 2023-25
                  Treating the public fairly, appropriately and respectfully in PEEL 2023-25: no grade for treating the public fairly, appropriately and respectfully is held for this force in 2023-25; of the two forces with one, one was graded good and one adequate
                    Outstanding 0, Good 1, Adequate 1, Requires improvement 0, Inadequate 0, Not held 1 (this force)
                    two of 3 forces have a grade held (one not held)
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability in PEEL 2023-25: one of two forces graded good for preventing and deterring crime and anti-social behaviour, and reducing vulnerability in 2023-25
                    Outstanding 0, Good 2 (this force), Adequate 1, Requires improvement 0, Inadequate 0
                    all 3 forces have a grade held
                  Responding to the public in PEEL 2023-25: one of three forces graded requires improvement for responding to the public in 2023-25
                    Outstanding 0, Good 0, Adequate 0, Requires improvement 3 (this force), Inadequate 0
                    all 3 forces have a grade held
                  Investigating crime in PEEL 2023-25: one of three forces graded requires improvement for investigating crime in 2023-25
                    Outstanding 0, Good 0, Adequate 0, Requires improvement 3 (this force), Inadequate 0
                    all 3 forces have a grade held
                  Protecting vulnerable people in PEEL 2023-25: no grade for protecting vulnerable people is held for this force in 2023-25; of the two forces with one, one was graded adequate and one requires improvement
                    Outstanding 0, Good 0, Adequate 1, Requires improvement 1, Inadequate 0, Not held 1 (this force)
                    two of 3 forces have a grade held (one not held)
                  Managing offenders and suspects in PEEL 2023-25: no grade for managing offenders and suspects is held for this force in 2023-25; of the two forces with one, two were graded adequate
                    Outstanding 0, Good 0, Adequate 2, Requires improvement 0, Inadequate 0, Not held 1 (this force)
                    two of 3 forces have a grade held (one not held)
                  Building, supporting and protecting the workforce in PEEL 2023-25: no grade for building, supporting and protecting the workforce is held for this force in 2023-25; of the two forces with one, two were graded adequate
                    Outstanding 0, Good 0, Adequate 2, Requires improvement 0, Inadequate 0, Not held 1 (this force)
                    two of 3 forces have a grade held (one not held)
                  Leadership and force management in PEEL 2023-25: no grade for leadership and force management is held for this force in 2023-25; of the two forces with one, one was graded adequate and one requires improvement
                    Outstanding 0, Good 0, Adequate 1, Requires improvement 1, Inadequate 0, Not held 1 (this force)
                    two of 3 forces have a grade held (one not held)
                  Recording data about crime in PEEL 2023-25: no grade for recording data about crime is held for this force in 2023-25; the only force with one was graded outstanding
                    Outstanding 1, Good 0, Adequate 0, Requires improvement 0, Inadequate 0, Not held 2 (this force)
                    one of 3 forces has a grade held (two not held)
                  Disrupting serious organised crime in PEEL 2023-25: no grade for disrupting serious organised crime is held for this force in 2023-25, nor for any other force
                    Outstanding 0, Good 0, Adequate 0, Requires improvement 0, Inadequate 0, Not held 3 (this force)
                    none of the 3 forces has a grade held
                Kent Police: grades over time
                  Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it inspects (2023-25, graded areas on a five-point scale) the line breaks, because those grades are not like for like.
                  In 2023-25 PEEL graded areas, not pillars, on a five-point scale that adds “adequate”; these grades are not comparable with the pillar grades of earlier rounds.
                  Effectiveness: good in 2016 [2016 Good, 2023-25 –]
                  Efficiency: good in 2016 [2016 Good, 2023-25 –]
                  Legitimacy: outstanding in 2016 [2016 Outstanding, 2023-25 –]
                  Investigating crime: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                  Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: good in 2023-25 [2016 –, 2023-25 Good]
                  Responding to the public: requires improvement in 2023-25 [2016 –, 2023-25 Requires improvement]
                Sources:
                  1. BBC News: https://feeds.bbci.co.uk/news/uk-england-kent-67443845 (not linked)
                  2. Kent Online: https://www.kentonline.co.uk/kent/news/number-of-crimes-solved-by-police-unacceptably-low-298084/ (not linked)
                Citation:
                  Kent Police, PEEL 2023-25. PEEL Explorer. /force/kent/2023-25/
                  Data last changed: 1 December 2026.
                  Sources: [1] BBC News, https://feeds.bbci.co.uk/news/uk-england-kent-67443845; [2] Kent Online, https://www.kentonline.co.uk/kent/news/number-of-crimes-solved-by-police-unacceptably-low-298084/
                  Contains public sector information licensed under the Open Government Licence v3.0.
            "#]],
        );
    }
}
