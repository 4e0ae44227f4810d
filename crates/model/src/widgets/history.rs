//! A force's grade history as timelines: one per pillar (or graded area), in segments of rounds of
//! the same framework, so unlike things are not joined by a line.
//!
//! PEEL changed how it judged forces twice: 2015 to 2017 inspected the three pillars separately;
//! 2018/19 judged them in one integrated assessment; from 2021/22 it grades areas, not pillars, on
//! a five-point scale. A change of framework starts a new segment with a note saying why the
//! line breaks. Within a segment, a line joins two consecutive points only when both are grades
//! ("not graded" and "not held" are points without a line to them).

use serde::{Deserialize, Serialize};

use crate::area::{Area, Pillar};
use crate::bundle::Index;
use crate::force::ForceSlug;
use crate::grade::{Judgement, Scale};
use crate::round::{Framework, Round};
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
        .filter(|g| g.force == *force && !g.round.has_pillars())
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

/// Consecutive rounds of one framework.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub framework: Framework,
    pub scale: Scale,
    /// Why the line breaks before this segment; `None` for the first.
    pub note: Option<&'static str>,
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
    /// For a timeline that starts after the pillar rounds (a graded area, or a pillar held only
    /// for 2018/19), what its framework is ([`framework_intro`]); `None` otherwise. Pillar and
    /// graded-area timelines are separate, so this is where the change to graded areas is said:
    /// a page listing several such timelines can show it once, before the first.
    pub intro: Option<&'static str>,
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

/// Why the line breaks where the framework changes from `from` to `to`.
pub fn framework_note(from: Framework, to: Framework) -> &'static str {
    match (from, to) {
        (Framework::Pillars, Framework::IntegratedPillars) => {
            "From 2018/19 the three pillars were judged together in one integrated assessment, so \
             these grades are not joined to the earlier ones."
        }
        (_, Framework::GradedAreas) => {
            "From 2021/22 PEEL grades areas, not pillars, on a five-point scale that adds \
             “adequate”, so these grades are not comparable with the earlier ones."
        }
        _ => "The inspection framework changed here, so these grades are not joined to the earlier ones.",
    }
}

/// What a framework other than the separate pillar inspections of 2015 to 2017 is, for a
/// timeline that starts with it; `None` for [`Framework::Pillars`].
pub fn framework_intro(framework: Framework) -> Option<&'static str> {
    match framework {
        Framework::Pillars => None,
        Framework::IntegratedPillars => {
            Some("In 2018/19 the three pillars were judged together in one integrated assessment.")
        }
        Framework::GradedAreas => Some(
            "From 2021/22 PEEL grades areas, not pillars, on a five-point scale that adds \
             “adequate”; these grades are not comparable with the pillar grades of earlier rounds.",
        ),
    }
}

/// The timeline of one history. Points are put in round order (a repeated round is kept once).
pub fn timeline(history: &History) -> Timeline {
    let mut points: Vec<(Round, Option<Judgement>)> =
        history.points.iter().map(|p| (p.round, p.judgement)).collect();
    points.sort_by_key(|(round, _)| *round);
    points.dedup_by_key(|(round, _)| *round);

    let mut segments: Vec<Segment> = Vec::new();
    for (round, judgement) in points {
        let framework = round.framework();
        let scale = round.scale();
        let start_new = segments.last().is_none_or(|s| s.framework != framework);
        if start_new {
            let note = segments.last().map(|s| framework_note(s.framework, framework));
            segments.push(Segment {
                framework,
                scale,
                note,
                points: Vec::new(),
                latest_change: None,
            });
        }
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
        intro: segments.first().and_then(|s| framework_intro(s.framework)),
        segments,
        sentence,
    }
}

/// The note above a force's histories: where HMICFRS changed how it inspects, read from the
/// rounds' frameworks.
pub fn framework_changes_note() -> String {
    let changes: Vec<String> = Round::ALL
        .windows(2)
        .filter(|pair| pair[0].framework() != pair[1].framework())
        .map(|pair| match pair[1].framework() {
            Framework::IntegratedPillars => format!("{}, an integrated assessment", pair[1].label()),
            Framework::GradedAreas => format!("from {}, graded areas on a five-point scale", pair[1].label()),
            Framework::Pillars => format!("{}, separate pillar inspections", pair[1].label()),
        })
        .collect();
    format!(
        "Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it \
         inspects ({}) the line breaks, because those grades are not like for like.",
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
pub fn intros(timelines: &[Timeline]) -> Vec<&'static str> {
    let mut intros: Vec<&'static str> = timelines.iter().filter_map(|t| t.intro).collect();
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

/// Every history of a force, in the order given.
pub fn timelines(histories: &[History]) -> Vec<Timeline> {
    histories.iter().map(timeline).collect()
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
                    format!("then graded areas on a five-point scale: {}", listed())
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
        .flat_map(|s| s.points.iter().map(|p| p.round.label().to_owned()))
        .collect();
    join_and(&rounds)
}

#[cfg(test)]
mod tests;
