//! The page for an address PEEL Explorer does not have: what was not found, and where to go
//! instead.

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::NotFoundView;
use peel_model::route::NOT_FOUND_FILE;

use crate::components::page_meta::PageMeta;
use crate::site::link;

#[component]
pub fn NotFoundPage(not_found: NotFoundView) -> impl IntoView {
    let NotFoundView {
        message,
        closest,
        suggestions,
    } = not_found;
    view! {
        <PageMeta
            title="Page not found".to_owned()
            description=message.clone()
            route=Route::parse(NOT_FOUND_FILE)
        />
        <div class="not-found">
            <h1>"Page not found"</h1>
            <p class="lead">{message}</p>
            {(!closest.is_empty()).then(|| {
                let count = closest.len();
                view! {
                    <p class="not-found__closest">
                        "Did you mean "
                        {closest
                            .into_iter()
                            .enumerate()
                            .map(|(i, (name, route))| {
                                let joiner = match count - i {
                                    1 => "",
                                    2 => " or ",
                                    _ => ", ",
                                };
                                view! { <a href=link(&route)>{name}</a>{joiner} }
                            })
                            .collect_view()}
                        "?"
                    </p>
                }
            })}
            {(!suggestions.is_empty()).then(|| view! {
                <h2>"You may be looking for"</h2>
                <ul>
                    {suggestions
                        .into_iter()
                        .map(|(label, route)| view! { <li><a href=link(&route)>{label}</a></li> })
                        .collect_view()}
                </ul>
            })}
            <p><a href=link(&Route::Home)>"Go to the list of police forces"</a></p>
        </div>
    }
}
