//! Grade distributions in words and as bars: how many forces got each grade for one area in one
//! round, where this force stands, and how much of the round the data covers.
//!
//! The texts are fragments without a full stop, starting in lower case so they can follow a
//! force's name or a label ("Northamptonshire Police: one of 13 forces graded requires
//! improvement for effectiveness in 2016"); [`crate::wording::sentence_case`] makes one stand alone.
//! Counts under ten are words. "Not graded" (an official non-grade) and "not held" (absent from
//! the data) are never folded into the grades or into each other.
//!
//! Where some forces' judgements are not held, no sentence counts or ranks forces ("only", "one
//! of", "all", "none of") without saying which forces it counts from: "the only force graded good
//! for treatment of the public in 2021/22 among the two forces whose grade for this area is held".
//! [`held_base`] ("held for two of 43 forces") and [`GradeCounts::held_base`] give the coverage
//! to show beside a distribution, a force's grade or a column. Where every force's judgement is
//! held, the sentences say no more than the counts.
//!
//! Each bar links to the national table filtered to its grade in its column
//! (`/round/2016/?grade=requires-improvement&area=effectiveness`, see [`crate::route::TableState`]).

use serde::{Deserialize, Serialize};

use crate::area::Area;
use crate::bundle::Index;
use crate::grade::{Grade, Judgement, Scale};
use crate::round::Round;
use crate::route::{GradeFilter, Route, TableState};
use crate::wording::{NOT_HELD, area_phrase, count_noun, count_word, join_and, plural, was_were};

/// How many forces have each judgement: every grade of a scale, "not graded" and "not held".
/// The one place grades are counted, for distributions and the national table's columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeCounts {
    /// Every grade of the scale, best first, with its count (zeros included).
    pub grades: Vec<(Grade, u32)>,
    pub not_graded: u32,
    /// No judgement held in this dataset.
    pub not_held: u32,
}

impl GradeCounts {
    /// Counts `judgements` (`None`: not held) on `scale`.
    pub fn tally(scale: Scale, judgements: impl IntoIterator<Item = Option<Judgement>>) -> GradeCounts {
        let mut counts = GradeCounts {
            grades: scale.grades().iter().map(|g| (*g, 0)).collect(),
            not_graded: 0,
            not_held: 0,
        };
        for judgement in judgements {
            match judgement {
                Some(Judgement::Graded(grade)) => {
                    if let Some((_, n)) = counts.grades.iter_mut().find(|(g, _)| *g == grade) {
                        *n += 1;
                    }
                }
                Some(Judgement::NotGraded) => counts.not_graded += 1,
                None => counts.not_held += 1,
            }
        }
        counts
    }

    pub fn count(&self, filter: GradeFilter) -> u32 {
        match filter {
            GradeFilter::Grade(g) => self.grades.iter().find(|(x, _)| *x == g).map_or(0, |(_, n)| *n),
            GradeFilter::NotGraded => self.not_graded,
            GradeFilter::NotHeld => self.not_held,
        }
    }

    /// Forces with a grade (not "not graded", not "not held").
    pub fn graded(&self) -> u32 {
        self.grades
            .iter()
            .fold(0u32, |sum, (_, n)| sum.saturating_add(*n))
    }

    /// Forces with a judgement held: graded or not graded.
    pub fn held(&self) -> u32 {
        self.graded().saturating_add(self.not_graded)
    }

    /// Every force counted: graded, not graded and not held.
    pub fn total(&self) -> u32 {
        self.held().saturating_add(self.not_held)
    }

    /// How many of the forces counted have a judgement held, in figures as tables write them:
    /// `held for 7 of 8 forces`; `None` when every judgement is held.
    pub fn held_base(&self) -> Option<String> {
        (self.not_held > 0).then(|| {
            format!(
                "held for {} of {} {}",
                self.held(),
                self.total(),
                plural(self.total(), "force", "forces")
            )
        })
    }

    /// `2 outstanding, 33 good, 8 requires improvement` (zeros left out; not graded and not
    /// held after the grades), or `none shown` when every count is zero. Where some judgements
    /// are not held but others are, the base follows:
    /// `1 outstanding, 3 good, 3 requires improvement, 1 not held (held for 7 of 8 forces)`.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .grades
            .iter()
            .map(|(g, n)| (*n, g.word()))
            .chain([
                (self.not_graded, Judgement::NOT_GRADED_WORD),
                (self.not_held, NOT_HELD),
            ])
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| format!("{n} {word}"))
            .collect();
        if parts.is_empty() {
            return "none shown".to_owned();
        }
        let mut text = parts.join(", ");
        if let Some(base) = self.held_base().filter(|_| self.held() > 0) {
            text.push_str(&format!(" ({base})"));
        }
        text
    }
}

/// How many forces got each grade for one area in one round, and where this force stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    pub round: Round,
    pub area: Area,
    pub scale: Scale,
    pub counts: GradeCounts,
    pub total_forces: u32,
    /// This force's judgement, where held.
    pub this_force: Option<Judgement>,
}

impl Distribution {
    /// Every force's judgement for `area` in `round`; `force` is the force the page is about.
    pub fn of(index: &Index, round: Round, area: &Area, force: Option<&str>) -> Distribution {
        let judgement = |slug: &str| {
            index
                .grades
                .iter()
                .find(|g| g.round == round && &g.area == area && g.force == slug)
                .map(|g| g.judgement)
        };
        let scale = round.scale();
        Distribution {
            round,
            area: area.clone(),
            scale,
            counts: GradeCounts::tally(scale, index.forces.iter().map(|f| judgement(&f.slug))),
            total_forces: index.forces.len() as u32,
            this_force: force.and_then(judgement),
        }
    }

    pub fn count(&self, grade: Grade) -> u32 {
        self.counts.count(GradeFilter::Grade(grade))
    }

    /// Forces with a judgement held (graded or not graded).
    pub fn held(&self) -> u32 {
        self.counts.held()
    }
}

/// One bar of a distribution chart.
#[derive(Clone, Debug, PartialEq)]
pub struct DistributionBar {
    pub filter: GradeFilter,
    /// `Requires improvement`, `Not graded`, `Not held`.
    pub label: &'static str,
    pub count: u32,
    /// `count` as a fraction of the largest count of the chart, in `0.0..=1.0`.
    pub fraction: f64,
    /// This force's judgement is this bar's (only when the chart is drawn for a force).
    pub this_force: bool,
    /// The national table showing these forces; `None` for question-level areas, which the
    /// table has no column for.
    pub path: Option<String>,
}

/// What a distribution chart draws and says.
#[derive(Clone, Debug, PartialEq)]
pub struct DistributionChart {
    /// Every grade of the scale, best first (zeros included), then "not graded" and "not held"
    /// where there are any (or where this force's judgement is one of them).
    pub bars: Vec<DistributionBar>,
    /// The largest count of the bars (0 if all are empty).
    pub largest: u32,
    /// [`force_sentence`] for a force's chart, else [`national_sentence`].
    pub summary: String,
    /// [`coverage_sentence`].
    pub coverage: String,
}

fn graded(dist: &Distribution) -> u32 {
    dist.counts.graded()
}

fn held(dist: &Distribution) -> u32 {
    dist.counts.held()
}

fn filter_count(dist: &Distribution, filter: GradeFilter) -> u32 {
    dist.counts.count(filter)
}

fn filter_of(judgement: Option<Judgement>) -> GradeFilter {
    match judgement {
        Some(Judgement::Graded(g)) => GradeFilter::Grade(g),
        Some(Judgement::NotGraded) => GradeFilter::NotGraded,
        None => GradeFilter::NotHeld,
    }
}

/// "for effectiveness in 2016".
fn for_area_in_round(dist: &Distribution) -> String {
    format!("for {} in {}", area_phrase(&dist.area), dist.round.label())
}

/// "an effectiveness grade" / "a grade for investigating crime", after "no".
fn no_grade_for(area: &Area) -> String {
    match area {
        Area::Pillar(p) => format!("no {} grade", p.slug()),
        other => format!("no grade for {}", area_phrase(other)),
    }
}

/// Every force the distribution counts from: `total_forces`, or more where the counts hold more.
fn total(dist: &Distribution) -> u32 {
    dist.total_forces.max(dist.counts.total())
}

/// Whether some force's judgement is not held, so that a sentence counting or ranking forces
/// must say which forces it counts from.
pub fn is_partial(dist: &Distribution) -> bool {
    dist.counts.not_held > 0
}

/// How many forces have a judgement held for this area in this round, to show beside the
/// distribution, a force's grade or a column: "held for 25 of 43 forces", "held for two of 43
/// forces", "held for none of the 43 forces"; `None` when every force's judgement is held.
pub fn held_base(dist: &Distribution) -> Option<String> {
    if !is_partial(dist) {
        return None;
    }
    let total = total(dist);
    let forces = plural(total, "force", "forces");
    Some(match held(dist) {
        0 => format!("held for none of the {total} {forces}"),
        held => format!("held for {} of {total} {forces}", count_word(held)),
    })
}

/// "grade", or "judgement" where some of the judgements held are "not graded".
fn grade_or_judgement(dist: &Distribution) -> &'static str {
    if dist.counts.not_graded > 0 {
        "judgement"
    } else {
        "grade"
    }
}

/// The forces a partial distribution counts from, after "the N forces": "whose effectiveness
/// grade is held", "whose grade for this area is held", "whose judgement for this question is
/// held".
fn whose_held(dist: &Distribution) -> String {
    let what = grade_or_judgement(dist);
    match &dist.area {
        Area::Pillar(p) => format!("whose {} {what} is held", p.slug()),
        Area::Question { .. } => format!("whose {what} for this question is held"),
        Area::GradedArea(_) => format!("whose {what} for this area is held"),
    }
}

/// The national table filtered to `filter` in this distribution's column.
pub fn table_path(dist: &Distribution, filter: GradeFilter) -> Option<String> {
    dist.area.is_headline().then(|| {
        Route::RoundTable {
            round: dist.round,
            state: TableState {
                grade: Some(filter),
                area: Some(dist.area.slug()),
                ..TableState::default()
            },
        }
        .path()
    })
}

/// Where this force stands: "one of 33 forces graded good for efficiency in 2016", "the only
/// force graded outstanding …", "one of two forces not graded for efficiency in 2017", or, where
/// no judgement is held for the force, "no effectiveness grade is held for this force in 2016;
/// of the 40 forces with one, one was graded outstanding, 25 good, 13 requires improvement and
/// one inadequate".
///
/// Where some forces' judgements are not held, the count says which forces it is of: "one of 13
/// forces graded requires improvement for effectiveness in 2016 among the 40 forces whose
/// effectiveness grade is held", "the only force graded good for treatment of the public in
/// 2021/22 among the two forces whose grade for this area is held", "one of two forces graded
/// good …: both forces whose grade for this area is held", "the only force graded good …, and
/// the only one whose grade for this area is held".
pub fn force_sentence(dist: &Distribution) -> String {
    let round = dist.round.label();
    let which = match dist.this_force {
        Some(Judgement::Graded(g)) => format!("graded {}", g.word()),
        Some(Judgement::NotGraded) => Judgement::NOT_GRADED_WORD.to_owned(),
        None => {
            let held = held(dist);
            let none_here = format!("{} is held for this force in {round}", no_grade_for(&dist.area));
            return match (held, items(dist).first()) {
                (0, _) | (_, None) => format!("{none_here}, nor for any other force"),
                (1, Some((_, Judgement::NOT_GRADED_WORD))) => {
                    format!("{none_here}; the only force with a judgement held was not graded")
                }
                (1, Some((_, word))) => format!("{none_here}; the only force with one was graded {word}"),
                _ => {
                    let with = if dist.counts.not_graded > 0 {
                        "a judgement held"
                    } else {
                        "one"
                    };
                    format!(
                        "{none_here}; of the {} with {with}, {}",
                        count_noun(held, "force", "forces"),
                        breakdown(dist)
                    )
                }
            };
        }
    };
    // The force is one of those counted, even if the counts were built without it.
    let n = filter_count(dist, filter_of(dist.this_force)).max(1);
    let area = for_area_in_round(dist);
    let text = if n == 1 {
        format!("the only force {which} {area}")
    } else {
        format!("one of {} {which} {area}", count_noun(n, "force", "forces"))
    };
    if !is_partial(dist) {
        return text;
    }
    // The force is one of those held, even if the counts were built without it.
    let held = held(dist).max(n);
    let whose = whose_held(dist);
    match (held, n == held) {
        (1, _) => format!("{text}, and the only one {whose}"),
        (2, true) => format!("{text}: both forces {whose}"),
        (_, true) => format!("{text}: all {} {whose}", count_noun(held, "force", "forces")),
        _ => format!("{text} among the {} {whose}", count_noun(held, "force", "forces")),
    }
}

/// "one was graded outstanding, 25 good, 13 requires improvement and one inadequate" (zeros
/// left out, not graded last).
fn breakdown(dist: &Distribution) -> String {
    let parts: Vec<String> = items(dist)
        .into_iter()
        .enumerate()
        .map(|(i, (n, word))| match (i, word) {
            (0, Judgement::NOT_GRADED_WORD) => format!("{} {} not graded", count_word(n), was_were(n)),
            (0, word) => format!("{} {} graded {word}", count_word(n), was_were(n)),
            (_, word) => format!("{} {word}", count_word(n)),
        })
        .collect();
    join_and(&parts)
}

/// The non-zero counts, grades best first, then not graded.
fn items(dist: &Distribution) -> Vec<(u32, &'static str)> {
    dist.counts
        .grades
        .iter()
        .map(|(g, n)| (*n, g.word()))
        .chain([(dist.counts.not_graded, Judgement::NOT_GRADED_WORD)])
        .filter(|(n, _)| *n > 0)
        .collect()
}

/// The whole distribution without a force marked: "efficiency in 2016: two forces graded
/// outstanding, 33 good and eight requires improvement". Where some forces' judgements are not
/// held, the counts say which forces they are of: "effectiveness in 2016: of the 40 forces whose
/// effectiveness grade is held, one was graded outstanding, 25 good, 13 requires improvement and
/// one inadequate; no grade held for three forces".
pub fn national_sentence(dist: &Distribution) -> String {
    let head = format!("{} in {}", area_phrase(&dist.area), dist.round.label());
    let held = held(dist);
    if is_partial(dist) && held >= 2 {
        return format!(
            "{head}: of the {} {}, {}; no grade held for {}",
            count_noun(held, "force", "forces"),
            whose_held(dist),
            breakdown(dist),
            count_noun(dist.counts.not_held, "force", "forces")
        );
    }
    let parts: Vec<String> = items(dist)
        .into_iter()
        .enumerate()
        .map(|(i, (n, word))| match (i, word) {
            (0, Judgement::NOT_GRADED_WORD) => format!("{} not graded", count_noun(n, "force", "forces")),
            (0, word) => format!("{} graded {word}", count_noun(n, "force", "forces")),
            (_, word) => format!("{} {word}", count_word(n)),
        })
        .collect();
    let mut text = if parts.is_empty() {
        format!("{head}: no grade held for any force")
    } else {
        format!("{head}: {}", join_and(&parts))
    };
    if dist.counts.not_held > 0 && !parts.is_empty() {
        text.push_str(&format!(
            "; no grade held for {}",
            count_noun(dist.counts.not_held, "force", "forces")
        ));
    }
    text
}

/// How much of the round the data covers for this area: "40 of 43 forces have a grade held
/// (three not held)", "41 of 43 forces have a grade held (one not graded, one not held)",
/// "all 43 forces have a grade held".
pub fn coverage_sentence(dist: &Distribution) -> String {
    let graded = graded(dist);
    let total = dist.total_forces;
    let mut text = if graded == 0 {
        format!("none of the {total} forces has a grade held")
    } else if graded >= total {
        format!("all {total} forces have a grade held")
    } else {
        let verb = if graded == 1 { "has" } else { "have" };
        format!("{} of {total} forces {verb} a grade held", count_word(graded))
    };
    let mut extras: Vec<String> = Vec::new();
    if dist.counts.not_graded > 0 {
        extras.push(format!("{} not graded", count_word(dist.counts.not_graded)));
    }
    if dist.counts.not_held > 0 && (graded > 0 || dist.counts.not_graded > 0) {
        extras.push(format!("{} not held", count_word(dist.counts.not_held)));
    }
    if !extras.is_empty() {
        text.push_str(&format!(" ({})", extras.join(", ")));
    }
    text
}

/// The chart: bars with counts and links, and its texts. With `for_force`, this force's bar is
/// marked and the summary is [`force_sentence`] (`Distribution::this_force` being `None` then
/// means "not held for this force"); without, no bar is marked and it is [`national_sentence`].
pub fn chart(dist: &Distribution, for_force: bool) -> DistributionChart {
    let mine = for_force.then(|| filter_of(dist.this_force));
    let mut filters: Vec<GradeFilter> = dist
        .counts
        .grades
        .iter()
        .map(|(g, _)| GradeFilter::Grade(*g))
        .collect();
    if let Some(GradeFilter::Grade(g)) = mine
        && !filters.contains(&GradeFilter::Grade(g))
    {
        filters.push(GradeFilter::Grade(g));
    }
    for extra in [GradeFilter::NotGraded, GradeFilter::NotHeld] {
        if filter_count(dist, extra) > 0 || mine == Some(extra) {
            filters.push(extra);
        }
    }
    let counts: Vec<u32> = filters
        .iter()
        .map(|f| {
            let n = filter_count(dist, *f);
            if mine == Some(*f) { n.max(1) } else { n }
        })
        .collect();
    let largest = counts.iter().copied().max().unwrap_or(0);
    let bars = filters
        .into_iter()
        .zip(counts)
        .map(|(filter, count)| DistributionBar {
            filter,
            label: filter.label(),
            count,
            fraction: if largest == 0 {
                0.0
            } else {
                f64::from(count) / f64::from(largest)
            },
            this_force: mine == Some(filter),
            path: table_path(dist, filter),
        })
        .collect();
    DistributionChart {
        bars,
        largest,
        summary: if for_force {
            force_sentence(dist)
        } else {
            national_sentence(dist)
        },
        coverage: coverage_sentence(dist),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::Pillar;
    use crate::grade::{Grade, Scale};
    use crate::round::Round;

    /// Counts per grade (best first on the four-point scale), not graded, not held, of 43.
    fn dist(
        round: Round,
        pillar: Pillar,
        counts: [u32; 4],
        not_graded: u32,
        this: Option<&str>,
    ) -> Distribution {
        let grades = Scale::FourPoint.grades();
        let held: u32 = counts.iter().sum::<u32>() + not_graded;
        Distribution {
            round,
            area: Area::Pillar(pillar),
            scale: Scale::FourPoint,
            counts: GradeCounts {
                grades: grades.iter().copied().zip(counts).collect(),
                not_graded,
                not_held: 43 - held,
            },
            total_forces: 43,
            this_force: this.and_then(Judgement::parse),
        }
    }

    /// PEEL 2016 effectiveness, from `data/grades.csv`: no row for Cleveland, Essex or Surrey.
    fn effectiveness_2016(this: Option<&str>) -> Distribution {
        dist(Round::R2016, Pillar::Effectiveness, [1, 25, 13, 1], 0, this)
    }

    #[test]
    fn northamptonshire_2016() {
        // Northamptonshire: requires improvement for effectiveness, good for efficiency.
        let effectiveness = effectiveness_2016(Some("requires improvement"));
        assert_eq!(
            force_sentence(&effectiveness),
            "one of 13 forces graded requires improvement for effectiveness in 2016 among the 40 \
             forces whose effectiveness grade is held"
        );
        assert_eq!(
            coverage_sentence(&effectiveness),
            "40 of 43 forces have a grade held (three not held)"
        );
        let efficiency = dist(Round::R2016, Pillar::Efficiency, [2, 33, 8, 0], 0, Some("good"));
        assert_eq!(
            force_sentence(&efficiency),
            "one of 33 forces graded good for efficiency in 2016"
        );
        assert_eq!(coverage_sentence(&efficiency), "all 43 forces have a grade held");

        let chart = chart(&effectiveness, true);
        let shape: Vec<(&str, u32, bool)> = chart
            .bars
            .iter()
            .map(|b| (b.label, b.count, b.this_force))
            .collect();
        assert_eq!(
            shape,
            [
                ("Outstanding", 1, false),
                ("Good", 25, false),
                ("Requires improvement", 13, true),
                ("Inadequate", 1, false),
                ("Not held", 3, false),
            ]
        );
        assert_eq!(chart.largest, 25);
        assert_eq!(chart.bars[1].fraction, 1.0);
        assert!((chart.bars[2].fraction - 13.0 / 25.0).abs() < 1e-12);
        assert_eq!(
            chart.bars[2].path.as_deref(),
            Some("/round/2016/?grade=requires-improvement&area=effectiveness")
        );
        assert_eq!(
            chart.bars[4].path.as_deref(),
            Some("/round/2016/?grade=not-held&area=effectiveness")
        );
        assert_eq!(chart.summary, force_sentence(&effectiveness));
    }

    #[test]
    fn a_force_with_no_grade_held_is_told_so() {
        // Essex has no 2016 effectiveness row.
        let essex = effectiveness_2016(None);
        assert_eq!(
            force_sentence(&essex),
            "no effectiveness grade is held for this force in 2016; of the 40 forces with one, one \
             was graded outstanding, 25 good, 13 requires improvement and one inadequate"
        );
        let chart = chart(&essex, true);
        assert_eq!(
            chart.bars.last().map(|b| (b.label, b.this_force)),
            Some(("Not held", true))
        );
        // Humberside has no 2017 efficiency row; Greater Manchester's was not graded.
        let humberside = dist(Round::R2017, Pillar::Efficiency, [2, 30, 9, 0], 1, None);
        assert_eq!(
            force_sentence(&humberside),
            "no efficiency grade is held for this force in 2017; of the 42 forces with a judgement \
             held, two were graded outstanding, 30 good, nine requires improvement and one not graded"
        );
        let one = Distribution {
            counts: GradeCounts {
                grades: vec![(Grade::Good, 1)],
                not_graded: 0,
                not_held: 42,
            },
            ..humberside.clone()
        };
        assert_eq!(
            force_sentence(&one),
            "no efficiency grade is held for this force in 2017; the only force with one was graded good"
        );
        let one_not_graded = Distribution {
            counts: GradeCounts {
                grades: Vec::new(),
                not_graded: 1,
                not_held: 42,
            },
            ..humberside.clone()
        };
        assert_eq!(
            force_sentence(&one_not_graded),
            "no efficiency grade is held for this force in 2017; the only force with a judgement held \
             was not graded"
        );
        let nobody = Distribution {
            counts: GradeCounts {
                grades: Vec::new(),
                not_graded: 0,
                not_held: 43,
            },
            ..humberside.clone()
        };
        assert_eq!(
            force_sentence(&nobody),
            "no efficiency grade is held for this force in 2017, nor for any other force"
        );
        assert_eq!(
            coverage_sentence(&nobody),
            "none of the 43 forces has a grade held"
        );
        assert_eq!(
            national_sentence(&nobody),
            "efficiency in 2017: no grade held for any force"
        );
    }

    #[test]
    fn not_graded_and_only_forces() {
        // Greater Manchester 2017 efficiency: the only force not graded.
        let gmp = dist(
            Round::R2017,
            Pillar::Efficiency,
            [2, 30, 9, 0],
            1,
            Some("not graded"),
        );
        assert_eq!(
            force_sentence(&gmp),
            "the only force not graded for efficiency in 2017 among the 42 forces whose efficiency \
             judgement is held"
        );
        assert_eq!(
            coverage_sentence(&gmp),
            "41 of 43 forces have a grade held (one not graded, one not held)"
        );
        let chart = chart(&gmp, true);
        let labels: Vec<&str> = chart.bars.iter().map(|b| b.label).collect();
        assert_eq!(
            labels,
            [
                "Outstanding",
                "Good",
                "Requires improvement",
                "Inadequate",
                "Not graded",
                "Not held"
            ]
        );
        assert!(chart.bars[4].this_force);
        // 2016 effectiveness: one force outstanding, one inadequate.
        let only = effectiveness_2016(Some("outstanding"));
        assert_eq!(
            force_sentence(&only),
            "the only force graded outstanding for effectiveness in 2016 among the 40 forces whose \
             effectiveness grade is held"
        );
        let two = dist(
            Round::R2016,
            Pillar::Efficiency,
            [2, 33, 8, 0],
            0,
            Some("outstanding"),
        );
        assert_eq!(
            force_sentence(&two),
            "one of two forces graded outstanding for efficiency in 2016"
        );
    }

    #[test]
    fn national_view_marks_no_force() {
        let effectiveness = effectiveness_2016(None);
        assert_eq!(
            national_sentence(&effectiveness),
            "effectiveness in 2016: of the 40 forces whose effectiveness grade is held, one was \
             graded outstanding, 25 good, 13 requires improvement and one inadequate; no grade held \
             for three forces"
        );
        let chart = chart(&effectiveness, false);
        assert!(chart.bars.iter().all(|b| !b.this_force));
        assert_eq!(chart.summary, national_sentence(&effectiveness));
        let legitimacy = dist(Round::R2017, Pillar::Legitimacy, [1, 34, 6, 0], 1, None);
        assert_eq!(
            national_sentence(&legitimacy),
            "legitimacy in 2017: of the 42 forces whose legitimacy judgement is held, one was graded \
             outstanding, 34 good, six requires improvement and one not graded; no grade held for \
             one force"
        );
    }

    #[test]
    fn graded_areas_and_questions() {
        // PEEL 2021/22 "Investigating crime": Greater Manchester inadequate; Kent and Lancashire
        // requires improvement; the other 40 forces not held in this dataset.
        let area = Distribution {
            round: Round::R2021_22,
            area: Area::GradedArea("Investigating crime".into()),
            scale: Scale::FivePoint,
            counts: GradeCounts {
                grades: Grade::ALL.iter().copied().zip([0, 0, 0, 2, 1]).collect(),
                not_graded: 0,
                not_held: 40,
            },
            total_forces: 43,
            this_force: Judgement::parse("requires improvement"),
        };
        assert_eq!(
            force_sentence(&area),
            "one of two forces graded requires improvement for investigating crime in 2021/22 among \
             the three forces whose grade for this area is held"
        );
        assert_eq!(
            coverage_sentence(&area),
            "three of 43 forces have a grade held (40 not held)"
        );
        let chart = chart(&area, true);
        assert_eq!(chart.bars.len(), 6);
        assert_eq!(
            chart.bars[3].path.as_deref(),
            Some("/round/2021-22/?grade=requires-improvement&area=investigating-crime")
        );
        let not_here = Distribution {
            this_force: None,
            ..area.clone()
        };
        assert!(force_sentence(&not_here).starts_with("no grade for investigating crime is held for this force in 2021/22; of the three forces with one, two were graded requires improvement and one inadequate"));
        let question = Distribution {
            area: Area::Question {
                pillar: Pillar::Effectiveness,
                number: 1,
                topic: "preventing".into(),
            },
            ..area
        };
        assert_eq!(table_path(&question, GradeFilter::NotHeld), None);
    }

    #[test]
    fn inconsistent_counts_never_panic() {
        let empty = Distribution {
            round: Round::R2015,
            area: Area::Pillar(Pillar::Legitimacy),
            scale: Scale::FourPoint,
            counts: GradeCounts {
                grades: Vec::new(),
                not_graded: 0,
                not_held: 0,
            },
            total_forces: 0,
            this_force: Judgement::parse("good"),
        };
        // The force's own grade counts, even where the counts leave it out.
        assert_eq!(
            force_sentence(&empty),
            "the only force graded good for legitimacy in 2015"
        );
        let chart = chart(&empty, true);
        assert_eq!(chart.largest, 1);
        assert_eq!(chart.bars.len(), 1);
        assert!(chart.bars[0].this_force);
        let huge = Distribution {
            counts: GradeCounts {
                grades: vec![(Grade::Good, u32::MAX), (Grade::Outstanding, u32::MAX)],
                not_graded: u32::MAX,
                not_held: u32::MAX,
            },
            ..empty
        };
        let chart = super::chart(&huge, false);
        assert!(chart.bars.iter().all(|b| (0.0..=1.0).contains(&b.fraction)));
        assert!(!coverage_sentence(&huge).is_empty());
        assert!(!force_sentence(&huge).is_empty());
    }

    /// `phrase` in `text` as whole words: "all" is not in "overall", "one of" is not in "none of".
    fn has_words(text: &str, phrase: &str) -> bool {
        text.match_indices(phrase).any(|(i, _)| {
            let before = text.get(..i).and_then(|t| t.chars().next_back());
            let after = text.get(i + phrase.len()..).and_then(|t| t.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// Words that count or rank forces, and so need their base when some forces are not held.
    const COUNTING: &[&str] = &[
        "only", "one of", "most", "all", "none of", "both", "every", "best", "worst", "highest", "lowest",
        "top", "bottom", "ranked", "first", "last",
    ];

    /// The sentence says which forces it counts from: the number of forces with a judgement held
    /// (or, for the coverage sentence, with a grade held) beside the word "held".
    fn states_base(text: &str, dist: &Distribution) -> bool {
        let held = dist.held();
        let total = dist.total_forces;
        let mut bases = vec![
            count_noun(held, "force", "forces"),
            format!("{} of {total}", count_word(held)),
            format!("{} of {total}", count_word(dist.counts.graded())),
        ];
        if held == 1 {
            bases.extend(["the only one whose".to_owned(), "the only force with".to_owned()]);
        }
        if held == 0 {
            bases.extend([
                "nor for any other force".to_owned(),
                "no grade held for any force".to_owned(),
            ]);
        }
        if dist.counts.graded() == 0 {
            // The coverage sentence counts grades: "none of the 43 forces has a grade held".
            bases.push(format!("none of the {total} forces"));
        }
        has_words(text, "held") && bases.iter().any(|b| has_words(text, b))
    }

    /// Ways `held` forces can share out the judgements of a scale of `levels` grades: (counts per
    /// grade, not graded). Unique, shared, all alike, spread, with and without "not graded".
    fn splits(held: u32, levels: usize) -> Vec<(Vec<u32>, u32)> {
        let mut out: Vec<(Vec<u32>, u32)> = Vec::new();
        let zeros = vec![0; levels];
        for i in 0..levels {
            let mut alike = zeros.clone();
            alike[i] = held;
            out.push((alike, 0));
        }
        for (first, ng) in [(1, 0), (2, 0), (1, 1), (0, 1), (3, 2)] {
            if first + ng <= held {
                let mut v = zeros.clone();
                v[0] = first;
                v[levels - 1] += held - first - ng;
                out.push((v, ng));
            }
        }
        let mut spread = zeros.clone();
        for i in 0..held as usize {
            spread[i % levels] += 1;
        }
        out.push((spread, 0));
        out.push((zeros.clone(), held));
        if held >= 2 {
            let mut v = zeros.clone();
            v[1] = held - 1;
            out.push((v, 1));
        }
        out.sort();
        out.dedup();
        out
    }

    /// Every round, pillars, graded areas and questions, every number of forces not held from
    /// none to all 43, and the force this page is about in each judgement the counts hold (and
    /// not held where some are not).
    fn grid() -> Vec<Distribution> {
        let areas = [
            Area::Pillar(Pillar::Effectiveness),
            Area::Pillar(Pillar::Legitimacy),
            Area::GradedArea("Investigating crime".into()),
            Area::GradedArea("Treatment of the public".into()),
            Area::Question {
                pillar: Pillar::Effectiveness,
                number: 1,
                topic: "preventing".into(),
            },
        ];
        let mut out = Vec::new();
        for round in Round::ALL {
            let scale = round.scale();
            for area in &areas {
                for not_held in 0..=43 {
                    for (grades, not_graded) in splits(43 - not_held, scale.grades().len()) {
                        let counts = GradeCounts {
                            grades: scale.grades().iter().copied().zip(grades).collect(),
                            not_graded,
                            not_held,
                        };
                        let mut these: Vec<Option<Judgement>> = counts
                            .grades
                            .iter()
                            .filter(|(_, n)| *n > 0)
                            .map(|(g, _)| Some(Judgement::Graded(*g)))
                            .collect();
                        if not_graded > 0 {
                            these.push(Some(Judgement::NotGraded));
                        }
                        if not_held > 0 {
                            these.push(None);
                        }
                        for this_force in these {
                            out.push(Distribution {
                                round,
                                area: area.clone(),
                                scale,
                                counts: counts.clone(),
                                total_forces: 43,
                                this_force,
                            });
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn no_count_or_rank_without_its_base_while_forces_are_not_held() {
        let grid = grid();
        assert!(grid.len() > 10_000, "{}", grid.len());
        let mut partial_counts = 0;
        for dist in &grid {
            let for_force = chart(dist, true);
            let national = chart(dist, false);
            let sentences = [
                force_sentence(dist),
                national_sentence(dist),
                coverage_sentence(dist),
                for_force.summary,
                for_force.coverage,
                national.summary,
                dist.counts.summary(),
            ];
            let not_held = dist.counts.not_held;
            let held = dist.held();
            if not_held == 0 {
                assert_eq!(held_base(dist), None);
                assert_eq!(dist.counts.held_base(), None);
                // Fully held: the sentences read as they always have, with no base added.
                assert!(!force_sentence(dist).contains("held"), "{dist:?}");
                assert!(!national_sentence(dist).contains("held"), "{dist:?}");
                continue;
            }
            let base = held_base(dist).unwrap_or_default();
            let written = if held == 0 {
                "none of the 43 forces".to_owned()
            } else {
                format!("{} of 43 forces", count_word(held))
            };
            assert_eq!(base, format!("held for {written}"));
            assert_eq!(
                dist.counts.held_base(),
                Some(format!("held for {held} of 43 forces"))
            );
            for sentence in &sentences {
                if COUNTING.iter().any(|w| has_words(sentence, w)) {
                    partial_counts += 1;
                    assert!(
                        states_base(sentence, dist),
                        "no base in {sentence:?} for {dist:?}"
                    );
                }
            }
            if held > 0 {
                assert!(
                    dist.counts
                        .summary()
                        .ends_with(&format!("(held for {held} of 43 forces)"))
                );
            }
        }
        // The check did bite: many partial sentences count forces.
        assert!(partial_counts > 10_000, "{partial_counts}");
    }

    #[test]
    fn the_base_check_catches_what_it_should() {
        let kent = treatment_of_the_public_2021_22(Some("good"));
        // The sentence before partial rounds were told honestly.
        assert!(!states_base(
            "the only force graded good for treatment of the public in 2021/22",
            &kent
        ));
        assert!(has_words("one of two", "one of") && !has_words("none of them", "one of"));
        assert!(!has_words("overall", "all") && !has_words("almost", "most"));
        assert!(has_words("all 43 forces", "all"));
    }

    /// PEEL 2021/22 "Treatment of the public", from `data/grades.csv`: Humberside outstanding,
    /// Kent good, the other 41 forces not held.
    fn treatment_of_the_public_2021_22(this: Option<&str>) -> Distribution {
        Distribution {
            round: Round::R2021_22,
            area: Area::GradedArea("Treatment of the public".into()),
            scale: Scale::FivePoint,
            counts: GradeCounts {
                grades: Grade::ALL.iter().copied().zip([1, 1, 0, 0, 0]).collect(),
                not_graded: 0,
                not_held: 41,
            },
            total_forces: 43,
            this_force: this.and_then(Judgement::parse),
        }
    }

    #[test]
    fn kent_2021_22_treatment_of_the_public_says_of_how_many() {
        let kent = treatment_of_the_public_2021_22(Some("good"));
        assert_eq!(
            force_sentence(&kent),
            "the only force graded good for treatment of the public in 2021/22 among the two forces \
             whose grade for this area is held"
        );
        assert_eq!(
            national_sentence(&kent),
            "treatment of the public in 2021/22: of the two forces whose grade for this area is held, \
             one was graded outstanding and one good; no grade held for 41 forces"
        );
        assert_eq!(
            coverage_sentence(&kent),
            "two of 43 forces have a grade held (41 not held)"
        );
        assert_eq!(held_base(&kent).as_deref(), Some("held for two of 43 forces"));
        assert_eq!(
            kent.counts.summary(),
            "1 outstanding, 1 good, 41 not held (held for 2 of 43 forces)"
        );
        assert_eq!(
            kent.counts.held_base().as_deref(),
            Some("held for 2 of 43 forces")
        );
        assert_eq!(chart(&kent, true).summary, force_sentence(&kent));
        // A force with no grade held for the area.
        assert_eq!(
            force_sentence(&treatment_of_the_public_2021_22(None)),
            "no grade for treatment of the public is held for this force in 2021/22; of the two \
             forces with one, one was graded outstanding and one good"
        );
    }

    #[test]
    fn partial_wording_when_the_force_is_alone_or_shares_its_grade_with_every_force_held() {
        // PEEL 2023-25 "Investigating crime": only Merseyside's grade (adequate) is held.
        let merseyside = Distribution {
            round: Round::R2023_25,
            area: Area::GradedArea("Investigating crime".into()),
            scale: Scale::FivePoint,
            counts: GradeCounts {
                grades: Grade::ALL.iter().copied().zip([0, 0, 1, 0, 0]).collect(),
                not_graded: 0,
                not_held: 42,
            },
            total_forces: 43,
            this_force: Judgement::parse("adequate"),
        };
        assert_eq!(
            force_sentence(&merseyside),
            "the only force graded adequate for investigating crime in 2023-25, and the only one \
             whose grade for this area is held"
        );
        assert_eq!(
            national_sentence(&merseyside),
            "investigating crime in 2023-25: one force graded adequate; no grade held for 42 forces"
        );
        assert_eq!(
            held_base(&merseyside).as_deref(),
            Some("held for one of 43 forces")
        );
        // PEEL 2017 legitimacy question 2: Kent and Lancashire, both good, the only two held.
        let kent = Distribution {
            round: Round::R2017,
            area: Area::Question {
                pillar: Pillar::Legitimacy,
                number: 2,
                topic: "ethical-lawful".into(),
            },
            scale: Scale::FourPoint,
            counts: GradeCounts {
                grades: Scale::FourPoint
                    .grades()
                    .iter()
                    .copied()
                    .zip([0, 2, 0, 0])
                    .collect(),
                not_graded: 0,
                not_held: 41,
            },
            total_forces: 43,
            this_force: Judgement::parse("good"),
        };
        assert_eq!(
            force_sentence(&kent),
            "one of two forces graded good for legitimacy question 2 in 2017: both forces whose grade \
             for this question is held"
        );
        // 2016 efficiency, every force's grade held but 40 of them alike.
        let many = dist(Round::R2016, Pillar::Efficiency, [0, 40, 0, 0], 0, Some("good"));
        let many = Distribution {
            counts: GradeCounts {
                not_held: 3,
                ..many.counts
            },
            ..many
        };
        assert_eq!(
            force_sentence(&many),
            "one of 40 forces graded good for efficiency in 2016: all 40 forces whose efficiency grade \
             is held"
        );
        assert_eq!(held_base(&many).as_deref(), Some("held for 40 of 43 forces"));
        // None held at all.
        let nobody = Distribution {
            counts: GradeCounts {
                grades: Vec::new(),
                not_graded: 0,
                not_held: 43,
            },
            this_force: None,
            ..merseyside
        };
        assert_eq!(
            held_base(&nobody).as_deref(),
            Some("held for none of the 43 forces")
        );
        assert_eq!(nobody.counts.summary(), "43 not held");
        assert_eq!(
            nobody.counts.held_base().as_deref(),
            Some("held for 0 of 43 forces")
        );
    }
}
