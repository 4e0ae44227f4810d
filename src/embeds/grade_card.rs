//! A force-round's grade card: the grades held with their national context, the one line of
//! areas not held with its link to the official report, and the areas graded for some forces
//! only, as the full page says them.

use leptos::prelude::*;
use peel_model::pages::ForceRoundView;
use peel_model::pages::force_round::area_names;
use peel_model::wording::sentence_case;

use crate::components::grade_tag::GradeTag;

#[component]
pub fn GradeCard(card: ForceRoundView) -> impl IntoView {
    let not_held = card.not_held().map(|not_held| {
        view! {
            <p class="grade-card__not-held">
                {not_held.lead()}
                {area_names(&not_held.areas)}
                {not_held.tail()} " "
                <a href=not_held.url().to_owned() target="_top">{not_held.link_words()}</a>
                "."
            </p>
        }
    });
    let graded_for_some = card.graded_for_some_forces_not_held().map(|some| {
        view! { <p class="grade-card__not-held">{area_names(&some.areas)}{some.tail()}</p> }
    });
    view! {
        <h1 class="embed__title">{card.title()}</h1>
        <p>{card.judgements_intro()}</p>
        {card.no_grades_sentence().map(|sentence| view! { <p>{sentence}</p> })}
        <dl class="grade-card">
            {card
                .held_grades()
                .into_iter()
                .map(|grade| {
                    view! {
                        <div class="grade-card__row">
                            <dt>{grade.area.label()}</dt>
                            <dd>
                                <GradeTag judgement=Some(grade.judgement)/>
                                {grade.context.map(|c| view! { <span class="grade-card__context">{sentence_case(&c)}"."</span> })}
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        {not_held}
        {graded_for_some}
    }
}
