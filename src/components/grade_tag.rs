//! A grade as a tag: always the word, colour only as a second signal.

use leptos::prelude::*;
use peel_model::Judgement;
use peel_model::wording::NOT_HELD_LABEL;

/// `None` is a judgement not held in this dataset, shown as such (never as "not graded");
/// `Some(Judgement::NotGraded)` is HMICFRS's own decision not to grade.
#[component]
pub fn GradeTag(judgement: Option<Judgement>) -> impl IntoView {
    let (class, word) = match judgement {
        Some(j) => (format!("grade-tag grade-tag--{}", j.slug()), j.label()),
        None => ("grade-tag grade-tag--not-held".to_owned(), NOT_HELD_LABEL),
    };
    view! { <strong class=class>{word}</strong> }
}
