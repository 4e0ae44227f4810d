//! A force's grade history as timelines: one per pillar (or graded area), in segments of rounds
//! judged alike, so unlike things are not joined by a line.
//!
//! How each round judged forces is data ([`RoundKind`], from the round's question set): pillars
//! inspected in separate tranches, pillars judged in one integrated assessment, or graded areas,
//! each on its scale. Consecutive rounds judged alike are a [`Run`]; where a timeline passes
//! from one run to another it starts a new segment with a note saying why the line breaks, and
//! every sentence naming a change of framework takes its rounds from the runs. Within a segment,
//! a line joins two consecutive points only when both are grades ("not graded" and "not held"
//! are points without a line to them).

use serde::{Deserialize, Serialize};

use crate::area::{Area, Pillar};
use crate::bundle::Index;
use crate::force::ForceSlug;
use crate::grade::{Judgement, Scale};
use crate::round::{Framework, Round, RoundKind};
use crate::wording::{NOT_HELD, join_and};

/// One pillar's (or graded area's) judgements across the rounds of a force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub area: Area,
    pub points: Vec<HistoryPoint>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryPoint {
    pub round: Round,
    /// `None`: not held in this dataset.
    pub judgement: Option<Judgement>,
}

/// Every pillar, then every graded area the force has a grade for, each across the rounds of
/// its framework that the force has data for and that have the area (an area renamed between
/// rounds is two histories, never joined).
pub fn histories(index: &Index, force: &ForceSlug) -> Vec<History> {
    let rounds = index.rounds_of(force);
    let mut areas: Vec<Area> = Pillar::GRADED.iter().map(|p| Area::Pillar(*p)).collect();
    for g in index
        .grades
        .iter()
        .filter(|g| g.force == *force && !index.has_pillars(g.round))
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
                .filter(|r| matches!(area, Area::Pillar(_)) == index.has_pillars(**r))
                .filter(|&&r| match &area {
                    Area::GradedArea(name) => {
                        index.questions.round(r).is_some_and(|q| q.areas.contains(name))
                            || index.headline(force, r, &area).is_some()
                    }
                    _ => true,
                })
                .map(|&round| HistoryPoint {
                    round,
                    judgement: index.headline(force, round, &area).map(|g| g.judgement),
                })
                .collect(),
            area,
        })
        .collect()
}

/// Consecutive rounds of the data judged alike ([`RoundKind::judged_like`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// The run's first round, and how the run judged forces.
    pub kind: RoundKind,
    pub last: Round,
    /// Whether the run reaches the data's latest round.
    pub ongoing: bool,
}

/// The data's rounds (`kinds`, in any order) as runs, oldest first.
pub fn runs(kinds: &[RoundKind]) -> Vec<Run> {
    let mut sorted = kinds.to_vec();
    sorted.sort_by_key(|k| k.round);
    let mut runs: Vec<Run> = Vec::new();
    for kind in sorted {
        match runs.last_mut() {
            Some(run) if run.kind.judged_like(kind) => run.last = kind.round,
            _ => runs.push(Run {
                kind,
                last: kind.round,
                ongoing: false,
            }),
        }
    }
    if let Some(last) = runs.last_mut() {
        last.ongoing = true;
    }
    runs
}

impl Run {
    fn contains(&self, round: Round) -> bool {
        self.kind.round <= round && round <= self.last
    }

    fn is_one_round(&self) -> bool {
        self.kind.round == self.last
    }

    /// The rounds it spans, to follow a comma: "2018/19", "from 2021/22", "2015 to 2017".
    fn span(&self) -> String {
        if self.is_one_round() {
            self.kind.round.label()
        } else if self.ongoing {
            format!("from {}", self.kind.round)
        } else {
            format!("{} to {}", self.kind.round, self.last)
        }
    }

    /// The same, to start a sentence: "In 2018/19", "From 2021/22", "From 2015 to 2017".
    fn when(&self) -> String {
        if self.is_one_round() {
            format!("In {}", self.kind.round)
        } else if self.ongoing {
            format!("From {}", self.kind.round)
        } else {
            format!("From {} to {}", self.kind.round, self.last)
        }
    }

    /// How it judged: "an integrated assessment", "graded areas on a five-point scale".
    fn what(&self) -> String {
        match self.kind.framework {
            Framework::Pillars => "separate pillar inspections".to_owned(),
            Framework::IntegratedPillars => "an integrated assessment".to_owned(),
            Framework::GradedAreas => format!("graded areas on a {}", self.kind.scale.name()),
        }
    }

    /// "grades" while the run lasts, "graded" for one that ended or is a single round.
    fn grades_verb(&self) -> &'static str {
        if self.ongoing && !self.is_one_round() {
            "grades"
        } else {
            "graded"
        }
    }
}

/// The run of `kinds` that `round` belongs to, and the run before it.
fn run_of(runs: &[Run], round: Round) -> Option<(Option<&Run>, &Run)> {
    let at = runs.iter().position(|r| r.contains(round))?;
    Some((at.checked_sub(1).map(|before| &runs[before]), &runs[at]))
}

/// " that adds “adequate”": the grade words of `to` that `from` does not have.
fn adds(from: Scale, to: Scale) -> String {
    let new: Vec<String> = to
        .grades()
        .iter()
        .filter(|g| !from.has(**g))
        .map(|g| format!("“{}”", g.word()))
        .collect();
    if new.is_empty() {
        String::new()
    } else {
        format!(" that adds {}", join_and(&new))
    }
}

/// One point of a timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelinePoint {
    pub round: Round,
    /// `None`: not held in this dataset.
    pub judgement: Option<Judgement>,
    /// `good`, `not graded`, `not held`.
    pub word: &'static str,
    /// The grade's place on the segment's scale, 0 for the best; `None` when not graded or not held.
    pub level: Option<u8>,
    /// Draw a line from the previous point: both are grades in the same segment.
    pub joined_to_previous: bool,
}

/// How a grade moved between the last two points of a segment, where both are grades.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Improved,
    Declined,
    Unchanged,
}

/// Consecutive rounds judged alike.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub framework: Framework,
    pub scale: Scale,
    /// Why the line breaks before this segment; `None` for the first.
    pub note: Option<String>,
    pub points: Vec<TimelinePoint>,
    /// From the second-last to the last point, where both are grades.
    pub latest_change: Option<Change>,
}

/// One pillar's (or graded area's) history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub area: Area,
    /// `Effectiveness`, `Investigating crime`.
    pub label: String,
    pub segments: Vec<Segment>,
    /// For a timeline that starts after the data's first run (a graded area, or a pillar held
    /// only for an integrated assessment), what its way of judging is ([`framework_intro`]);
    /// `None` otherwise. Pillar and graded-area timelines are separate, so this is where the
    /// change to graded areas is said: a page listing several such timelines can show it once,
    /// before the first.
    pub intro: Option<String>,
    /// The history for a screen reader: "Effectiveness: requires improvement in 2015, requires
    /// improvement in 2016, good in 2017; then the integrated 2018/19 assessment: good".
    pub sentence: String,
}

impl Segment {
    /// How many levels the segment's scale has (4 or 5), for drawing.
    pub fn levels(&self) -> usize {
        self.scale.grades().len()
    }
}

/// Why the line breaks where a timeline passes from a round judged like `before` to the run
/// `run`: "From 2021/22 PEEL grades areas, not pillars, on a five-point scale that adds
/// “adequate”, so these grades are not comparable with the earlier ones."
pub fn framework_note(before: RoundKind, run: &Run) -> String {
    let from = run.kind.round;
    match (before.framework, run.kind.framework) {
        (Framework::Pillars, Framework::IntegratedPillars) => format!(
            "From {from} the three pillars were judged together in one integrated assessment, so \
             these grades are not joined to the earlier ones."
        ),
        (_, Framework::GradedAreas) => {
            let not_pillars = if before.framework.has_pillars() {
                ", not pillars,"
            } else {
                ""
            };
            format!(
                "From {from} PEEL {} areas{not_pillars} on a {}{}, so these grades are not \
                 comparable with the earlier ones.",
                run.grades_verb(),
                run.kind.scale.name(),
                adds(before.scale, run.kind.scale)
            )
        }
        _ => "The inspection framework changed here, so these grades are not joined to the earlier ones."
            .to_owned(),
    }
}

/// What the run `run` is, after the run `before`, for a timeline that starts with it: "In
/// 2018/19 the three pillars were judged together in one integrated assessment."; `None` for
/// separate pillar inspections.
pub fn framework_intro(before: &Run, run: &Run) -> Option<String> {
    let when = run.when();
    match run.kind.framework {
        Framework::Pillars => None,
        Framework::IntegratedPillars => Some(format!(
            "{when} the three pillars were judged together in one integrated assessment."
        )),
        Framework::GradedAreas => {
            let pillars_before = before.kind.framework.has_pillars();
            let not_pillars = if pillars_before { ", not pillars," } else { "" };
            let earlier = if pillars_before {
                "the pillar grades of earlier rounds"
            } else {
                "the grades of earlier rounds"
            };
            Some(format!(
                "{when} PEEL {} areas{not_pillars} on a {}{}; these grades are not comparable with \
                 {earlier}.",
                run.grades_verb(),
                run.kind.scale.name(),
                adds(before.kind.scale, run.kind.scale)
            ))
        }
    }
}

/// The timeline of one history, its segments cut where the way of judging changes (`kinds`:
/// every round of the data). Points are put in round order (a repeated round is kept once); a
/// point of a round the data does not have is left out.
pub fn timeline(history: &History, kinds: &[RoundKind]) -> Timeline {
    let runs = runs(kinds);
    let mut points: Vec<(Round, Option<Judgement>)> =
        history.points.iter().map(|p| (p.round, p.judgement)).collect();
    points.sort_by_key(|(round, _)| *round);
    points.dedup_by_key(|(round, _)| *round);

    let mut segments: Vec<Segment> = Vec::new();
    let mut intro = None;
    let mut previous_kind: Option<RoundKind> = None;
    for (round, judgement) in points {
        let Some(kind) = kinds.iter().copied().find(|k| k.round == round) else {
            continue;
        };
        let Some((run_before, run)) = run_of(&runs, round) else {
            continue;
        };
        let (framework, scale) = (kind.framework, kind.scale);
        if previous_kind.is_none_or(|before| !before.judged_like(kind)) {
            let note = previous_kind.map(|before| framework_note(before, run));
            if previous_kind.is_none() {
                intro = run_before.and_then(|before| framework_intro(before, run));
            }
            segments.push(Segment {
                framework,
                scale,
                note,
                points: Vec::new(),
                latest_change: None,
            });
        }
        previous_kind = Some(kind);
        let Some(segment) = segments.last_mut() else {
            continue;
        };
        let level = judgement
            .and_then(Judgement::grade)
            .and_then(|g| scale.grades().iter().position(|x| *x == g))
            .and_then(|i| u8::try_from(i).ok());
        let previous = segment.points.last().and_then(|p| p.level);
        segment.latest_change = match (previous, level) {
            (Some(before), Some(now)) => Some(match now.cmp(&before) {
                std::cmp::Ordering::Less => Change::Improved,
                std::cmp::Ordering::Greater => Change::Declined,
                std::cmp::Ordering::Equal => Change::Unchanged,
            }),
            _ => None,
        };
        segment.points.push(TimelinePoint {
            round,
            judgement,
            word: judgement.map_or(NOT_HELD, Judgement::word),
            level,
            joined_to_previous: previous.is_some() && level.is_some(),
        });
    }
    let label = history.area.label();
    let sentence = sentence(&label, &segments);
    Timeline {
        area: history.area.clone(),
        label,
        intro,
        segments,
        sentence,
    }
}

/// The note above a force's histories: where HMICFRS changed how it inspects, from the data's
/// rounds (`kinds`): "… (2018/19, an integrated assessment; from 2021/22, graded areas on a
/// five-point scale) …".
pub fn framework_changes_note(kinds: &[RoundKind]) -> String {
    let changes: Vec<String> = runs(kinds)
        .iter()
        .skip(1)
        .map(|run| format!("{}, {}", run.span(), run.what()))
        .collect();
    let joins = "Each line joins the grades of rounds judged the same way.";
    if changes.is_empty() {
        return joins.to_owned();
    }
    format!(
        "{joins} Where HMICFRS changed how it inspects ({}) the line breaks, because those grades \
         are not like for like.",
        changes.join("; ")
    )
}

/// Every round any of the timelines has a point for, oldest first: the history table's columns.
pub fn rounds_of(timelines: &[Timeline]) -> Vec<Round> {
    let mut rounds: Vec<Round> = timelines
        .iter()
        .flat_map(|t| t.segments.iter().flat_map(|s| s.points.iter().map(|p| p.round)))
        .collect();
    rounds.sort();
    rounds.dedup();
    rounds
}

/// What the later frameworks of these timelines are, each said once, in order.
pub fn intros(timelines: &[Timeline]) -> Vec<String> {
    let mut intros: Vec<String> = timelines.iter().filter_map(|t| t.intro.clone()).collect();
    intros.dedup();
    intros
}

impl Timeline {
    /// The timeline's point for `round`, where the round is part of its framework.
    pub fn point(&self, round: Round) -> Option<&TimelinePoint> {
        self.segments
            .iter()
            .flat_map(|s| &s.points)
            .find(|p| p.round == round)
    }
}

/// A timeline drawn: points left to right, a gap between frameworks, best grade at the top and
/// points not held below the scale. In the drawing's own units (an SVG `viewBox`).
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    pub width: f64,
    pub height: f64,
    /// Where a framework changes: a vertical line at each x.
    pub dividers: Vec<f64>,
    /// Lines joining consecutive grades of one framework: (x1, y1, x2, y2).
    pub lines: Vec<(f64, f64, f64, f64)>,
    pub marks: Vec<ChartMark>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartMark {
    pub x: f64,
    pub y: f64,
    pub round: Round,
    pub judgement: Option<Judgement>,
}

/// Horizontal room per round, and between frameworks.
const SLOT: f64 = 24.0;
const BREAK: f64 = 14.0;
/// Vertical room per grade level; the margin above the best.
const LEVEL: f64 = 9.0;
const TOP: f64 = 6.0;

pub fn chart(timeline: &Timeline) -> TimelineChart {
    let levels = timeline.segments.iter().map(Segment::levels).max().unwrap_or(4) as f64;
    let height = TOP * 2.0 + LEVEL * levels + LEVEL;
    let mut x = SLOT / 2.0;
    let mut chart = TimelineChart {
        width: 0.0,
        height,
        dividers: Vec::new(),
        lines: Vec::new(),
        marks: Vec::new(),
    };
    for (i, segment) in timeline.segments.iter().enumerate() {
        if i > 0 {
            // Midway between the last point and the next.
            chart.dividers.push(x + (BREAK - SLOT) / 2.0);
            x += BREAK;
        }
        let mut previous: Option<(f64, f64)> = None;
        for point in &segment.points {
            let y = match point.level {
                Some(level) => TOP + LEVEL * f64::from(level),
                None => TOP + LEVEL * levels + LEVEL / 2.0,
            };
            if let (true, Some((px, py))) = (point.joined_to_previous, previous) {
                chart.lines.push((px, py, x, y));
            }
            chart.marks.push(ChartMark {
                x,
                y,
                round: point.round,
                judgement: point.judgement,
            });
            previous = Some((x, y));
            x += SLOT;
        }
    }
    chart.width = x - SLOT / 2.0;
    chart
}

/// Every history of a force, in the order given (`kinds`: every round of the data).
pub fn timelines(histories: &[History], kinds: &[RoundKind]) -> Vec<Timeline> {
    histories.iter().map(|h| timeline(h, kinds)).collect()
}

fn sentence(label: &str, segments: &[Segment]) -> String {
    let phrases: Vec<String> = segments
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.points.is_empty())
        .map(|(i, segment)| {
            let first = i == 0;
            let listed = || {
                let items: Vec<String> = segment
                    .points
                    .iter()
                    .map(|p| format!("{} in {}", p.word, p.round.label()))
                    .collect();
                items.join(", ")
            };
            match (segment.framework, segment.points.as_slice(), first) {
                (Framework::IntegratedPillars, [only], true) => {
                    format!(
                        "{} in the integrated {} assessment",
                        only.word,
                        only.round.label()
                    )
                }
                (Framework::IntegratedPillars, [only], false) => {
                    format!(
                        "then the integrated {} assessment: {}",
                        only.round.label(),
                        only.word
                    )
                }
                (Framework::IntegratedPillars, _, true) => format!("in integrated assessments, {}", listed()),
                (Framework::IntegratedPillars, _, false) => {
                    format!("then integrated assessments: {}", listed())
                }
                (Framework::GradedAreas, _, false) => {
                    format!("then graded areas on a {}: {}", segment.scale.name(), listed())
                }
                (Framework::Pillars, _, false) => format!("then separate pillar inspections: {}", listed()),
                (_, _, true) => listed(),
            }
        })
        .collect();
    if phrases.is_empty() {
        format!("{label}: no grades held")
    } else {
        format!("{label}: {}", phrases.join("; "))
    }
}

/// A short statement of the latest change, for a force page's summary: "Effectiveness: good in
/// 2017, up from requires improvement in 2016". `None` where the last two points of the last
/// segment are not both grades.
pub fn latest_change_sentence(timeline: &Timeline) -> Option<String> {
    let segment = timeline.segments.last()?;
    let change = segment.latest_change?;
    let [.., before, now] = segment.points.as_slice() else {
        return None;
    };
    let how = match change {
        Change::Improved => "up from",
        Change::Declined => "down from",
        Change::Unchanged => "the same as",
    };
    let parts = [
        format!("{} in {}", now.word, now.round.label()),
        format!("{how} {} in {}", before.word, before.round.label()),
    ];
    Some(format!("{}: {}", timeline.label, parts.join(", ")))
}

/// The rounds of the timeline in words, for a caption: "2015, 2016, 2017 and 2018/19".
pub fn rounds_phrase(timeline: &Timeline) -> String {
    let rounds: Vec<String> = timeline
        .segments
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.round.label()))
        .collect();
    join_and(&rounds)
}

#[cfg(test)]
mod tests;
