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

/// Examples for the component examples' page and tests (`components::examples`): every kind of
/// tag, the scale's grades as words, not any force's grade.
#[cfg(feature = "ssr")]
pub fn examples(_: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use peel_model::Grade;
    vec![super::examples::Example::new(
        "Every grade, not graded, and not held",
        || {
            Grade::ALL
                .into_iter()
                .map(|grade| Some(Judgement::Graded(grade)))
                .chain([Some(Judgement::NotGraded), None])
                .map(|judgement| view! { <p><GradeTag judgement/></p> })
                .collect_view()
        },
    )]
}
