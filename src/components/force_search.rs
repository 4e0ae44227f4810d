//! Find a force by its name, its region, or any place it covers (councils, counties, towns): an
//! editable combobox with a list of suggestions (the ARIA combobox pattern). Force names come
//! with the bundle's index, fetched when the box gets focus; place names are a file of their own,
//! fetched when the reader first types. Without JavaScript it is not shown; the home page's
//! list of every force and the places page are the fallback.

use std::sync::Arc;

use leptos::prelude::*;
use peel_model::load::LoadError;
use peel_model::widgets::search::{
    ComboKey, ForceRef, SearchHit, announcement, find, forces_of, move_active,
};
use peel_model::{Index, PlacesFile};

use crate::data::PageStore;

const MAX_RESULTS: usize = 8;

/// `id` keeps several on one page apart; `on_choose` receives the chosen force's slug.
#[component]
pub fn ForceSearch(
    id: &'static str,
    label: &'static str,
    #[prop(into)] on_choose: Callback<String>,
    /// Slugs not to offer (forces already chosen).
    #[prop(optional, into)]
    exclude: Signal<Vec<String>>,
) -> impl IntoView {
    let store = expect_context::<PageStore>();
    let index = RwSignal::new(None::<Arc<Index>>);
    let load_error = RwSignal::new(None::<LoadError>);
    let places = RwSignal::new(None::<Arc<PlacesFile>>);
    let places_error = RwSignal::new(None::<LoadError>);
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    let open = RwSignal::new(false);

    let hits = Memo::new(move |_| {
        let text = query.get();
        if text.trim().is_empty() {
            return Vec::new();
        }
        let excluded = exclude.get();
        index.with(|index| {
            let Some(index) = index else { return Vec::new() };
            let forces: Vec<ForceRef> = forces_of(&index.forces)
                .into_iter()
                .filter(|f| !excluded.iter().any(|s| s == f.slug))
                .collect();
            places.with(|places| {
                let places = places.as_ref().map_or(&[][..], |p| &p.places[..]);
                find(&text, &forces, places, MAX_RESULTS)
            })
        })
    });

    // The force list comes with the bundle's index, fetched the first time the box is used.
    let load = move || {
        if index.get_untracked().is_some() {
            return;
        }
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            match store.index().await {
                Ok(loaded) => index.set(Some(loaded)),
                Err(error) => load_error.set(Some(error)),
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (store, load_error);
    };
    // Place names, the first time the reader types.
    let load_places = move || {
        let wanted = places.with_untracked(Option::is_none) && places_error.with_untracked(Option::is_none);
        #[cfg(feature = "hydrate")]
        if wanted {
            leptos::task::spawn_local(async move {
                match store.places().await {
                    Ok(loaded) => places.set(Some(loaded)),
                    Err(error) => places_error.set(Some(error)),
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = wanted;
    };

    let choose = move |hit: SearchHit| {
        query.set(String::new());
        open.set(false);
        active.set(None);
        on_choose.run(hit.slug);
    };

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let len = hits.with_untracked(Vec::len);
        let key = match ev.key().as_str() {
            "ArrowDown" => Some(ComboKey::Down),
            "ArrowUp" => Some(ComboKey::Up),
            "Enter" => {
                let pick = active.get_untracked().or((len > 0).then_some(0));
                if let Some(hit) = pick.and_then(|i| hits.with_untracked(|h| h.get(i).cloned())) {
                    ev.prevent_default();
                    choose(hit);
                }
                None
            }
            "Escape" => {
                if open.get_untracked() {
                    open.set(false);
                    active.set(None);
                } else {
                    query.set(String::new());
                }
                None
            }
            _ => None,
        };
        if let Some(key) = key {
            ev.prevent_default();
            open.set(true);
            active.set(move_active(active.get_untracked(), len, key));
        }
    };

    let listbox_id = format!("{id}-listbox");
    let option_id = move |i: usize| format!("{id}-option-{i}");
    let expanded = move || open.get() && !hits.with(Vec::is_empty);
    view! {
        <div class="force-search js-only" role="search">
            <label class="force-search__label" for=id>{label}</label>
            <p class="force-search__hint" id=format!("{id}-hint")>"A force, or a town, city, council or county, such as Kettering"</p>
            <input
                id=id
                class="force-search__input"
                type="text"
                autocomplete="off"
                spellcheck="false"
                role="combobox"
                aria-autocomplete="list"
                aria-describedby=format!("{id}-hint")
                aria-controls=listbox_id.clone()
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                prop:value=move || query.get()
                on:focus=move |_| load()
                on:input=move |ev| {
                    load();
                    load_places();
                    query.set(event_target_value(&ev));
                    active.set(None);
                    open.set(true);
                }
                on:keydown=on_keydown
                on:blur=move |_| {
                    // Let a click on an option land first.
                    set_timeout(move || open.set(false), std::time::Duration::from_millis(200));
                }
            />
            <ul class="force-search__options" id=listbox_id role="listbox" aria-label=label hidden=move || !expanded()>
                {move || {
                    hits.get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, hit)| {
                            let selected = move || active.get() == Some(i);
                            let reason = hit.reason.clone();
                            let name = hit.name.clone();
                            view! {
                                <li
                                    id=option_id(i)
                                    role="option"
                                    class="force-search__option"
                                    class:force-search__option--active=selected
                                    aria-selected=move || selected().to_string()
                                    on:mousedown=move |ev| ev.prevent_default()
                                    on:click={
                                        let hit = hit.clone();
                                        move |_| choose(hit.clone())
                                    }
                                >
                                    <span class="force-search__name">{name}</span>
                                    {reason.map(|r| view! { <span class="force-search__reason">{r}</span> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            {move || load_error.get().map(|error| view! {
                <p class="force-search__error" role="alert">
                    {format!("The list of forces could not be loaded. {}", error.sentence())}
                </p>
            })}
            {move || places_error.get().map(|error| view! {
                <p class="force-search__error">
                    {format!("Place names could not be loaded, so only force names and regions are searched. {}", error.sentence())}
                </p>
            })}
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || {
                    // A load failure is said by the alert above.
                    let nothing_to_say = load_error.with(Option::is_some)
                        || query.with(|q| q.trim().is_empty())
                        || index.with(Option::is_none);
                    if nothing_to_say {
                        String::new()
                    } else {
                        announcement(hits.with(Vec::len))
                    }
                }}
            </p>
        </div>
    }
}

/// Examples for the component examples' page and tests (`components::examples`). Without the
/// app's start-up it shows its box only; the force list is fetched when it is used.
#[cfg(feature = "ssr")]
pub fn examples(_: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    vec![super::examples::Example::new("The search box", || {
        view! { <ForceSearch id="example-search" label="Search for a police force" on_choose=Callback::new(|_: String| ())/> }
    })]
}
