//! The page for an address PEEL Explorer does not have: what was not found, in words, and where
//! to go instead.

use serde::{Deserialize, Serialize};

use crate::bundle::Index;
use crate::force::Force;
use crate::force::ForceSlug;
use crate::round::{Round, RoundKind};
use crate::route::{Route, Unmatched};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotFoundView {
    /// What was not found, in words: "There is no police force called “nowhere” …".
    pub message: String,
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
        suggestions: Vec::new(),
    }
}

/// The page for an address that is no page, saying why from what the address held.
pub fn unmatched(index: &Index, path: &str, why: &Unmatched) -> NotFoundView {
    match why {
        Unmatched::Path => NotFoundView {
            message: format!("There is no page at “{path}”."),
            suggestions: Vec::new(),
        },
        Unmatched::Force { text } => unknown_force(text),
        Unmatched::Round { force: None, text } => unknown_round(index, text),
        Unmatched::Round {
            force: Some(force),
            text,
        } => match index.force(force) {
            None => unknown_force(force.as_str()),
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
        suggestions: Vec::new(),
    }
}

/// A round the data does not have (`text` as the address wrote it), with every round's table.
pub fn unknown_round(index: &Index, text: &str) -> NotFoundView {
    NotFoundView {
        message: format!("“{text}” is not a PEEL round. {}", rounds_sentence(index)),
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
        return Err(unknown_force(force.as_str()));
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
            suggestions: rounds_of_force(index, f),
        })
    }
}

/// A pillar page the round does not have; `graded_areas`: the round graded areas, not pillars.
pub fn no_such_pillar(force: &Force, round: Round, text: &str, graded_areas: bool) -> NotFoundView {
    NotFoundView {
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
