//! Builds each page's view from the index and the force files it needs.

use crate::area::{Area, Pillar};
use crate::bundle::{ForceFile, Index};
use crate::grade::{Grade, Judgement};
use crate::round::Round;

use super::{
    AreaJudgement, Coverage, Distribution, ForceLatest, ForceLatestView, ForceRoundView, ForceYear, History,
    HistoryPoint, HomeView, NotFoundView, PageData, PageRequest, PillarView, QuestionGrade, RegionForces,
    RoundPages, compare, round_table,
};

/// The view of `request`. `force_file` gives the force files named by
/// [`PageRequest::force_files`]; a file it cannot give is reported as not found.
pub fn build_page<'a>(
    request: &PageRequest,
    index: &'a Index,
    force_file: &dyn Fn(&str) -> Option<&'a ForceFile>,
) -> PageData {
    match request {
        PageRequest::Home => PageData::Home(home(index)),
        PageRequest::ForceLatest { force } => match index.force(force) {
            Some(f) => PageData::ForceLatest(ForceLatestView {
                force: f.clone(),
                latest: index.rounds_of(force).last().copied(),
            }),
            None => unknown_force(force),
        },
        PageRequest::ForceRound { force, round } => match find_force_year(index, force, round) {
            Err(not_found) => PageData::NotFound(not_found),
            Ok(round) => match force_file(force) {
                Some(file) => PageData::ForceRound(Box::new(force_round(index, file, round))),
                None => unknown_force(force),
            },
        },
        PageRequest::Pillar { force, round, pillar } => {
            let year = match find_force_year(index, force, round) {
                Err(not_found) => return PageData::NotFound(not_found),
                Ok(round) => round,
            };
            let Some(file) = force_file(force) else {
                return unknown_force(force);
            };
            let questions = index.questions.round(year);
            let pillars = ForceYear::pillars_in(year, questions, file.report(year));
            match Pillar::from_slug(pillar).filter(|p| pillars.contains(p)) {
                Some(p) => PageData::Pillar(Box::new(pillar_view(index, file, year, p, pillars))),
                None => PageData::NotFound(NotFoundView {
                    message: if pillars.is_empty() {
                        format!(
                            "PEEL {} graded areas, not pillars, so there is no “{pillar}” page for {}.",
                            year.label(),
                            file.force.name
                        )
                    } else {
                        format!("There is no “{pillar}” pillar in PEEL {}.", year.label())
                    },
                    suggestions: vec![(
                        format!("{}, PEEL {}", file.force.name, year.label()),
                        PageRequest::ForceRound {
                            force: force.clone(),
                            round: year.slug().into(),
                        }
                        .path(),
                    )],
                }),
            }
        }
        PageRequest::RoundTable { round } => match Round::from_slug(round) {
            Some(r) => PageData::RoundTable(round_table::round_table(index, r)),
            None => unknown_round(round),
        },
        PageRequest::Compare { forces, round } => {
            PageData::Compare(compare::compare(index, forces, round.as_deref(), force_file))
        }
        PageRequest::NotFound { path } => PageData::NotFound(NotFoundView {
            message: format!("There is no page at “{path}”."),
            suggestions: Vec::new(),
        }),
    }
}

fn unknown_force(slug: &str) -> PageData {
    PageData::NotFound(NotFoundView {
        message: format!("There is no police force called “{slug}” in PEEL Explorer."),
        suggestions: Vec::new(),
    })
}

fn unknown_round(round: &str) -> PageData {
    PageData::NotFound(NotFoundView {
        message: format!("“{round}” is not a PEEL round. {}", rounds_sentence()),
        suggestions: Round::ALL
            .iter()
            .map(|r| {
                (
                    format!("PEEL {}", r.label()),
                    PageRequest::RoundTable {
                        round: r.slug().into(),
                    }
                    .path(),
                )
            })
            .collect(),
    })
}

fn rounds_sentence() -> String {
    let labels: Vec<&str> = Round::ALL.iter().map(|r| r.label()).collect();
    format!("The rounds are {}.", labels.join(", "))
}

/// The round of a force-year page, or what to say when there is none.
fn find_force_year(index: &Index, force: &str, round: &str) -> Result<Round, NotFoundView> {
    let Some(f) = index.force(force) else {
        return Err(NotFoundView {
            message: format!("There is no police force called “{force}” in PEEL Explorer."),
            suggestions: Vec::new(),
        });
    };
    let held = index.rounds_of(force);
    let suggestions = held
        .iter()
        .map(|r| {
            (
                format!("{}, PEEL {}", f.name, r.label()),
                PageRequest::ForceRound {
                    force: force.into(),
                    round: r.slug().into(),
                }
                .path(),
            )
        })
        .collect();
    match Round::from_slug(round) {
        None => Err(NotFoundView {
            message: format!("“{round}” is not a PEEL round. {}", rounds_sentence()),
            suggestions,
        }),
        Some(r) if !held.contains(&r) => Err(NotFoundView {
            message: format!(
                "No PEEL {} data is held for {} in this dataset.",
                r.label(),
                f.name
            ),
            suggestions,
        }),
        Some(r) => Ok(r),
    }
}

pub(super) fn coverage(index: &Index) -> Vec<Coverage> {
    index
        .rounds
        .iter()
        .map(|r| Coverage {
            round: r.round,
            forces_with_grades: r.forces_with_grades,
            total_forces: index.forces.len() as u32,
        })
        .collect()
}

fn home(index: &Index) -> HomeView {
    let regions = index
        .regions
        .iter()
        .map(|region| RegionForces {
            region: region.clone(),
            forces: index
                .forces
                .iter()
                .filter(|f| &f.region == region)
                .map(|f| {
                    let round = latest_graded_round(index, &f.slug);
                    let all = round.map(|r| headline(index, &f.slug, r)).unwrap_or_default();
                    let areas_in_round = all.len() as u32;
                    // Graded-area rounds are often held only in part: list what is held and
                    // say how much that is, rather than a row of "not held".
                    let grades = if round.is_some_and(|r| !r.has_pillars()) {
                        all.into_iter().filter(|g| g.judgement.is_some()).collect()
                    } else {
                        all
                    };
                    ForceLatest {
                        slug: f.slug.clone(),
                        name: f.name.clone(),
                        region: f.region.clone(),
                        towns: f.towns.clone(),
                        round,
                        grades,
                        areas_in_round,
                    }
                })
                .collect(),
        })
        .collect();
    HomeView {
        regions,
        coverage: coverage(index),
        data_date: index.data_date,
    }
}

/// The latest round in which the force has a headline grade held.
pub(super) fn latest_graded_round(index: &Index, force: &str) -> Option<Round> {
    index
        .grades
        .iter()
        .filter(|g| g.force == force)
        .map(|g| g.round)
        .max()
}

/// The round's headline areas, each with the force's judgement or "not held".
pub(super) fn headline_areas(index: &Index, round: Round) -> Vec<Area> {
    if round.has_pillars() {
        Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect()
    } else {
        let mut areas: Vec<Area> = index
            .questions
            .round(round)
            .map(|q| q.areas.iter().map(|a| Area::GradedArea(a.clone())).collect())
            .unwrap_or_default();
        // An area graded in the data but missing from the question set still shows.
        for g in index.grades.iter().filter(|g| g.round == round) {
            if !areas.contains(&g.area) {
                areas.push(g.area.clone());
            }
        }
        areas
    }
}

pub(super) fn headline(index: &Index, force: &str, round: Round) -> Vec<AreaJudgement> {
    headline_areas(index, round)
        .into_iter()
        .map(|area| {
            let grade = index.headline(force, round, &area);
            AreaJudgement {
                judgement: grade.map(|g| g.judgement),
                source_url: grade.and_then(|g| index.source(g)).map(str::to_owned),
                area,
            }
        })
        .collect()
}

pub(super) fn distribution(index: &Index, round: Round, area: &Area, force: Option<&str>) -> Distribution {
    let judgements: Vec<(&str, Judgement)> = index
        .grades
        .iter()
        .filter(|g| g.round == round && &g.area == area)
        .map(|g| (g.force.as_str(), g.judgement))
        .collect();
    let scale = round.scale();
    let counts = scale
        .grades()
        .iter()
        .map(|grade| {
            let n = judgements
                .iter()
                .filter(|(_, j)| *j == Judgement::Graded(*grade))
                .count();
            (*grade, n as u32)
        })
        .collect();
    let total_forces = index.forces.len() as u32;
    Distribution {
        round,
        area: area.clone(),
        scale,
        counts,
        not_graded: judgements
            .iter()
            .filter(|(_, j)| *j == Judgement::NotGraded)
            .count() as u32,
        not_held: total_forces.saturating_sub(judgements.len() as u32),
        total_forces,
        this_force: force.and_then(|f| judgements.iter().find(|(s, _)| *s == f).map(|(_, j)| *j)),
    }
}

pub(super) fn history(index: &Index, force: &str) -> Vec<History> {
    let rounds = index.rounds_of(force);
    let mut areas: Vec<Area> = Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect();
    for g in index
        .grades
        .iter()
        .filter(|g| g.force == force && !g.round.has_pillars())
    {
        if !areas.contains(&g.area) {
            areas.push(g.area.clone());
        }
    }
    areas
        .into_iter()
        .map(|area| History {
            points: rounds
                .iter()
                .filter(|r| matches!(area, Area::Pillar(_)) == r.has_pillars())
                .map(|&round| HistoryPoint {
                    round,
                    judgement: index.headline(force, round, &area).map(|g| g.judgement),
                })
                .collect(),
            area,
        })
        .collect()
}

fn force_year(index: &Index, file: &ForceFile, round: Round) -> ForceYear {
    let slug = &file.force.slug;
    let held = index.force_round(slug, round);
    ForceYear {
        force: index.force(slug).cloned().unwrap_or_else(|| file.force.clone()),
        round,
        rounds: index
            .rounds_of(slug)
            .into_iter()
            .map(|r| RoundPages {
                round: r,
                pillars: ForceYear::pillars_in(r, index.questions.round(r), file.report(r)),
            })
            .collect(),
        page_url: held
            .map(|r| r.page_url.clone())
            .unwrap_or_else(|| file.force.page_url.clone()),
        has_report: file.report(round).is_some(),
        data_date: index.data_date,
    }
}

fn force_round(index: &Index, file: &ForceFile, round: Round) -> ForceRoundView {
    let slug = &file.force.slug;
    let headline = headline(index, slug, round);
    let distributions = headline
        .iter()
        .map(|h| distribution(index, round, &h.area, Some(slug)))
        .collect();
    ForceRoundView {
        year: force_year(index, file, round),
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
        history: history(index, slug),
    }
}

fn pillar_view(
    index: &Index,
    file: &ForceFile,
    round: Round,
    pillar: Pillar,
    pillars: Vec<Pillar>,
) -> PillarView {
    let slug = &file.force.slug;
    let area = Area::Pillar(pillar);
    let report = file.report(round);
    let questions = index
        .questions
        .round(round)
        .and_then(|q| q.pillar(pillar))
        .cloned();
    let question_grades = questions
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
    PillarView {
        year: force_year(index, file, round),
        pillar,
        judgement: pillar.is_graded().then(|| {
            let grade = file.grade(round, &area);
            AreaJudgement {
                area: area.clone(),
                judgement: grade.map(|g| g.judgement),
                source_url: grade.map(|g| g.source_url.clone()),
            }
        }),
        section: report.and_then(|r| r.pillar(pillar)).cloned(),
        other_inspection: report.and_then(|r| r.other_inspection(pillar)).cloned(),
        questions,
        question_grades,
        distribution: pillar
            .is_graded()
            .then(|| distribution(index, round, &area, Some(slug))),
        pillars,
    }
}

/// Grades best first, for sorting: a missing judgement sorts last, "not graded" just before.
pub fn judgement_order(judgement: Option<Judgement>) -> u8 {
    match judgement {
        Some(Judgement::Graded(g)) => g.rank(),
        Some(Judgement::NotGraded) => Grade::ALL.len() as u8 + 1,
        None => Grade::ALL.len() as u8 + 2,
    }
}
