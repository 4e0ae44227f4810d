//! Key facts: each figure with its national level, in words and numbers.

use leptos::prelude::*;
use peel_model::report::KeyFacts;

#[component]
pub fn KeyFactsList(facts: KeyFacts) -> impl IntoView {
    view! {
        <div class="key-facts">
        <dl>
            {facts
                .figures
                .into_iter()
                .map(|figure| {
                    let id = format!("key-facts-{}", figure.id.slug());
                    view! {
                        <div class="key-facts__row" id=id>
                            <dt>{figure.id.label()}</dt>
                            <dd>
                                {figure.text}
                                {figure.national_text.map(|n| view! { <span class="key-facts__national">{format!(" (national: {n})")}</span> })}
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        {facts.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
    }
}
