//! A distribution in words: where a force stands, the whole distribution, and how much of the
//! round the data covers (see the notes of [`super`] on forces not held).

use crate::area::Area;
use crate::grade::Judgement;
use crate::wording::{NOT_HELD, area_phrase, count_noun, count_word, join_and, was_were};

use super::{Distribution, filter_of, is_partial};

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
            let held = dist.held();
            let none_here = format!("{} is held for this force in {round}", no_grade_for(&dist.area));
            return match (held, items(dist).first()) {
                (0, _) | (_, None) => format!("{none_here}, nor for any other force"),
                (1, Some((_, Judgement::NOT_GRADED_WORD))) => {
                    let not_graded = Judgement::NOT_GRADED_WORD;
                    format!("{none_here}; the only force with a judgement held was {not_graded}")
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
    let n = dist.counts.count(filter_of(dist.this_force)).max(1);
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
    let held = dist.held().max(n);
    let whose = whose_held(dist);
    match (held, n == held) {
        (1, _) => format!("{text}, and the only one {whose}"),
        (2, true) => format!("{text}: both forces {whose}"),
        (_, true) => format!("{text}: all {} {whose}", count_noun(held, "force", "forces")),
        _ => format!("{text} among the {} {whose}", count_noun(held, "force", "forces")),
    }
}

/// This force's grade in the national picture, counting only the forces whose judgement is
/// held, for the row of a grade: "one of nine forces graded good, of 25 held", "the only force
/// graded inadequate, of 43 held", "the only force with a grade held"; `None` where the force's
/// judgement is not held.
pub fn held_context(dist: &Distribution) -> Option<String> {
    let which = match dist.this_force? {
        Judgement::Graded(g) => format!("graded {}", g.word()),
        Judgement::NotGraded => Judgement::NOT_GRADED_WORD.to_owned(),
    };
    // The force is one of those counted, even if the counts were built without it.
    let n = dist.counts.count(filter_of(dist.this_force)).max(1);
    let held = dist.held().max(n);
    Some(match (n, held) {
        (1, 1) => format!("the only force with a {} held", grade_or_judgement(dist)),
        (1, _) => format!("the only force {which}, of {} held", count_word(held)),
        _ => format!(
            "one of {} {which}, of {} held",
            count_noun(n, "force", "forces"),
            count_word(held)
        ),
    })
}

/// "one was graded outstanding, 25 good, 13 requires improvement and one inadequate" (zeros
/// left out, not graded last).
fn breakdown(dist: &Distribution) -> String {
    let parts: Vec<String> = items(dist)
        .into_iter()
        .enumerate()
        .map(|(i, (n, word))| match (i, word) {
            (0, Judgement::NOT_GRADED_WORD) => format!("{} {} {word}", count_word(n), was_were(n)),
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
    let held = dist.held();
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
            (0, Judgement::NOT_GRADED_WORD) => format!("{} {word}", count_noun(n, "force", "forces")),
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
    let graded = dist.counts.graded();
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
        extras.push(format!(
            "{} {}",
            count_word(dist.counts.not_graded),
            Judgement::NOT_GRADED_WORD
        ));
    }
    if dist.counts.not_held > 0 && (graded > 0 || dist.counts.not_graded > 0) {
        extras.push(format!("{} {NOT_HELD}", count_word(dist.counts.not_held)));
    }
    if !extras.is_empty() {
        text.push_str(&format!(" ({})", extras.join(", ")));
    }
    text
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
