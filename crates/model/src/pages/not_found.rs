//! The page for an address PEEL Explorer does not have: what was not found, in words, and where
//! to go instead.

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::force::Force;
use crate::force::ForceSlug;
use crate::round::{Round, RoundKind};
use crate::route::{Route, Unmatched};
use crate::text::{normalise, slugify};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotFoundView {
    /// What was not found, in words: "There is no police force called “nowhere” …".
    pub message: String,
    /// For a mistyped force, the closest forces: "Did you mean Kent Police?" (name, route).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closest: Vec<(String, Route)>,
    /// Where to go instead: (label, route).
    pub suggestions: Vec<(String, Route)>,
}

/// What a static host serves for any address it does not have (`404.html`); the app, once
/// loaded, says exactly what was not found.
pub fn any_address() -> NotFoundView {
    NotFoundView {
        message: "There is no page at this address in PEEL Explorer. It may have been mistyped, or the \
                  force or round may not be in the data."
            .to_owned(),
        closest: Vec::new(),
        suggestions: Vec::new(),
    }
}

/// The page for an address that is no page, saying why from what the address held.
pub fn unmatched(index: &Index, path: &str, why: &Unmatched) -> NotFoundView {
    match why {
        Unmatched::Path => NotFoundView {
            message: format!("There is no page at “{path}”."),
            closest: Vec::new(),
            suggestions: Vec::new(),
        },
        Unmatched::Force { text } => no_such_force(index, text, None),
        Unmatched::Round { force: None, text } => unknown_round(index, text),
        Unmatched::Round {
            force: Some(force),
            text,
        } => match index.force(force) {
            None => no_such_force(index, force.as_str(), None),
            Some(f) => not_a_round_of_force(index, f, text),
        },
        Unmatched::Pillar { force, round, text } => match find_force_year(index, force, *round) {
            Err(not_found) => not_found,
            Ok((f, kind)) => no_such_pillar(f, *round, text, !kind.framework.has_pillars()),
        },
    }
}

pub fn unknown_force(slug: &str) -> NotFoundView {
    NotFoundView {
        message: format!("There is no police force called “{slug}” in PEEL Explorer."),
        closest: Vec::new(),
        suggestions: Vec::new(),
    }
}

/// A force address that names no force, with the closest forces offered: each leads to the
/// page of `round` where the force has it, else to the force's page.
pub fn no_such_force(index: &Index, text: &str, round: Option<Round>) -> NotFoundView {
    let closest = closest_forces(index, text)
        .into_iter()
        .map(|f| {
            let route = match round.filter(|r| index.rounds_of(&f.slug).contains(r)) {
                Some(round) => Route::ForceRound {
                    force: f.slug.clone(),
                    round,
                },
                None => Route::ForceLatest {
                    force: f.slug.clone(),
                },
            };
            (f.name.clone(), route)
        })
        .collect();
    NotFoundView {
        closest,
        ..unknown_force(text)
    }
}

/// The forces whose slug or name is nearest `text` by edit distance ([`distance`], in letters,
/// after folding case, accents and punctuation), where the nearest is within a third of the
/// text's length (at least one letter): ties all kept, at most three.
pub fn closest_forces<'a>(index: &'a Index, text: &str) -> Vec<&'a Force> {
    let typed = slugify(&normalise(text));
    let within = (typed.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, &Force)> = index
        .forces
        .iter()
        .map(|f| {
            let by_slug = distance(&typed, f.slug.as_str());
            let by_name = distance(&typed, &slugify(&normalise(&f.name)));
            (by_slug.min(by_name), f)
        })
        .filter(|(distance, _)| *distance <= within)
        .collect();
    let Some(best) = scored.iter().map(|(d, _)| *d).min() else {
        return Vec::new();
    };
    scored.retain(|(d, _)| *d == best);
    scored.sort_by(|(_, a), (_, b)| a.name.cmp(&b.name));
    scored.into_iter().take(3).map(|(_, f)| f).collect()
}

/// How far `typed` is from a force's slug or name: the edit distance of the whole, or, one
/// more, of their starts where the shorter has four letters or more (so `northampton` is near
/// `northamptonshire`, and `derbyshire-police` near `derbyshire`).
fn distance(typed: &str, candidate: &str) -> usize {
    let whole = edit_distance(typed, candidate);
    let shorter = typed.chars().count().min(candidate.chars().count());
    if shorter < 4 {
        return whole;
    }
    let start = |text: &str| text.chars().take(shorter).collect::<String>();
    whole.min(edit_distance(&start(typed), &start(candidate)) + 1)
}

/// Levenshtein distance in characters: insertions, deletions and substitutions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A round the data does not have (`text` as the address wrote it), with every round's table.
pub fn unknown_round(index: &Index, text: &str) -> NotFoundView {
    NotFoundView {
        message: format!("“{text}” is not a PEEL round. {}", rounds_sentence(index)),
        closest: Vec::new(),
        suggestions: index
            .all_rounds()
            .into_iter()
            .map(|r| (format!("PEEL {}", r.label()), Route::round_table(r)))
            .collect(),
    }
}

/// A force's address with a round the data does not have, with the force's rounds.
fn not_a_round_of_force(index: &Index, force: &Force, text: &str) -> NotFoundView {
    NotFoundView {
        message: format!("“{text}” is not a PEEL round. {}", rounds_sentence(index)),
        closest: Vec::new(),
        suggestions: rounds_of_force(index, force),
    }
}

/// "The rounds are 2016, 2023-25.", from the data's question sets.
fn rounds_sentence(index: &Index) -> String {
    let labels: Vec<String> = index.all_rounds().into_iter().map(Round::label).collect();
    match labels.as_slice() {
        [] => "No round is held in this dataset.".to_owned(),
        [only] => format!("The one round held is {only}."),
        _ => format!("The rounds are {}.", labels.join(", ")),
    }
}

/// Every round held for the force, as suggestions.
fn rounds_of_force(index: &Index, force: &Force) -> Vec<(String, Route)> {
    let slug = &force.slug;
    index
        .rounds_of(&force.slug)
        .into_iter()
        .map(|round| {
            (
                format!("{}, PEEL {}", force.name, round.label()),
                Route::ForceRound {
                    force: slug.clone(),
                    round,
                },
            )
        })
        .collect()
}

/// The force of a force-round page and how its round judged forces, or what to say when the
/// force, the round or the force's data for it is not held.
pub fn find_force_year<'a>(
    index: &'a Index,
    force: &ForceSlug,
    round: Round,
) -> Result<(&'a Force, RoundKind), NotFoundView> {
    let Some(f) = index.force(force) else {
        return Err(no_such_force(index, force.as_str(), Some(round)));
    };
    let Some(kind) = index.round_kind(round) else {
        return Err(not_a_round_of_force(index, f, &round.slug()));
    };
    if index.rounds_of(&f.slug).contains(&round) {
        Ok((f, kind))
    } else {
        Err(NotFoundView {
            message: format!(
                "No PEEL {} data is held for {} in this dataset.",
                round.label(),
                f.name
            ),
            closest: Vec::new(),
            suggestions: rounds_of_force(index, f),
        })
    }
}

/// A pillar page the round does not have; `graded_areas`: the round graded areas, not pillars.
pub fn no_such_pillar(force: &Force, round: Round, text: &str, graded_areas: bool) -> NotFoundView {
    NotFoundView {
        closest: Vec::new(),
        message: if graded_areas {
            format!(
                "PEEL {} graded areas, not pillars, so there is no “{text}” page for {}.",
                round.label(),
                force.name
            )
        } else {
            format!("There is no “{text}” pillar in PEEL {}.", round.label())
        },
        suggestions: vec![(
            format!("{}, PEEL {}", force.name, round.label()),
            Route::ForceRound {
                force: force.slug.clone(),
                round,
            },
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_letters_inserted_deleted_or_changed() {
        assert_eq!(edit_distance("kentt", "kent"), 1);
        assert_eq!(edit_distance("kent", "kent"), 0);
        assert_eq!(edit_distance("", "essex"), 5);
        assert_eq!(edit_distance("gwent", "kentt"), 3);
        assert_eq!(edit_distance("sussex", "essex"), 2);
        assert_eq!(distance("northampton", "northamptonshire"), 1);
        assert_eq!(distance("kentt", "kent"), 1);
        assert_eq!(distance("ken", "kent"), 1);
        assert_eq!(distance("k", "kent"), 3);
    }
}

#[cfg(test)]
mod fixture_tests {
    use expect_test::expect;

    use crate::pages::page_text::check;

    #[test]
    fn each_address_that_is_no_page_says_why_and_where_to_go() {
        check(
            "/nowhere/",
            expect![[r#"
            Not found: There is no page at “/nowhere/”.
        "#]],
        );
        check(
            "/force/nowhere/2016/",
            expect![[r#"
            Not found: There is no police force called “nowhere” in PEEL Explorer.
        "#]],
        );
        check(
            "/force/kentt/2016/",
            expect![[r#"
            Not found: There is no police force called “kentt” in PEEL Explorer.
              Did you mean Kent Police? </force/kent/2016/>
        "#]],
        );
        check(
            "/force/northampton/",
            expect![[r#"
            Not found: There is no police force called “northampton” in PEEL Explorer.
              Did you mean Northamptonshire Police? </force/northamptonshire/>
        "#]],
        );
        check(
            "/force/Derbyshire%20Police/2017/",
            expect![[r#"
            Not found: There is no police force called “Derbyshire Police” in PEEL Explorer.
              Did you mean Derbyshire Constabulary? </force/derbyshire/>
        "#]],
        );
        check(
            "/force/kent/2019/",
            expect![[r#"
                Not found: “2019” is not a PEEL round. The rounds are 2016, 2023-25.
                  Kent Police, PEEL 2016 </force/kent/2016/>
                  Kent Police, PEEL 2023-25 </force/kent/2023-25/>
            "#]],
        );
        check(
            "/force/kent/2017/",
            expect![[r#"
                Not found: “2017” is not a PEEL round. The rounds are 2016, 2023-25.
                  Kent Police, PEEL 2016 </force/kent/2016/>
                  Kent Police, PEEL 2023-25 </force/kent/2023-25/>
            "#]],
        );
        check(
            "/force/kent/2023-25/effectiveness/",
            expect![[r#"
            Not found: PEEL 2023-25 graded areas, not pillars, so there is no “effectiveness” page for Kent Police.
              Kent Police, PEEL 2023-25 </force/kent/2023-25/>
        "#]],
        );
        check(
            "/force/kent/2016/courage/",
            expect![[r#"
            Not found: There is no “courage” pillar in PEEL 2016.
              Kent Police, PEEL 2016 </force/kent/2016/>
        "#]],
        );
    }
}
