//! "Copy link": puts the page's address with a section's fragment on the clipboard, and says so.

use leptos::prelude::*;

use super::announcer::use_announcer;

/// `fragment` is the id to link to; `label` names it for screen readers ("HMI’s observations").
#[component]
pub fn CopyLink(fragment: String, label: String) -> impl IntoView {
    let announcer = use_announcer();
    // What the button last did: None, Ok(()) copied, Err(url) could not copy.
    let outcome = RwSignal::new(None::<Result<(), String>>);
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let url = link_to(&fragment);
            leptos::task::spawn_local(async move {
                match copy_to_clipboard(&url).await {
                    Ok(()) => {
                        outcome.set(Some(Ok(())));
                        announcer.say("Link copied");
                    }
                    Err(()) => {
                        announcer.say(format!("Could not copy the link. It is {url}"));
                        outcome.set(Some(Err(url)));
                    }
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&announcer, &fragment);
    };
    view! {
        <span class="copy-link js-only">
            <button type="button" class="copy-link__button" on:click=on_click>
                {move || match outcome.get() {
                    Some(Ok(())) => "Link copied",
                    _ => "Copy link",
                }}
                <span class="visually-hidden">{format!(" to “{label}”")}</span>
            </button>
            {move || match outcome.get() {
                Some(Err(url)) => Some(view! { <span class="copy-link__fallback">"Copy this link: " <code>{url}</code></span> }),
                _ => None,
            }}
        </span>
    }
}

/// A button that copies `text` and says so (the button's words change to `done`, the announcer
/// reads them); where the browser refuses, the announcer says `failed` and `fallback` is shown
/// beside it. `class` names the button (`<class>__button`, besides `copy-button`, its look) and
/// the fallback (`<class>__fallback`).
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    idle: &'static str,
    done: &'static str,
    failed: &'static str,
    fallback: &'static str,
    class: &'static str,
) -> impl IntoView {
    let announcer = use_announcer();
    // What the button last did: None, Ok(()) copied, Err(()) could not copy.
    let outcome = RwSignal::new(None::<Result<(), ()>>);
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let copied = text.get_untracked();
            leptos::task::spawn_local(async move {
                match copy_to_clipboard(&copied).await {
                    Ok(()) => {
                        outcome.set(Some(Ok(())));
                        announcer.say(done);
                    }
                    Err(()) => {
                        outcome.set(Some(Err(())));
                        announcer.say(failed);
                    }
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&announcer, &outcome, &text, failed);
    };
    view! {
        <button type="button" class=format!("copy-button {class}__button") on:click=on_click>
            {move || match outcome.get() {
                Some(Ok(())) => done,
                _ => idle,
            }}
        </button>
        {move || matches!(outcome.get(), Some(Err(()))).then(|| view! {
            <span class=format!("{class}__fallback")>{fallback}</span>
        })}
    }
}

/// The current page's address with `#fragment`.
#[cfg(feature = "hydrate")]
fn link_to(fragment: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location.as_ref().and_then(|l| f(l).ok()).unwrap_or_default()
    };
    format!(
        "{}{}{}#{fragment}",
        part(|l| l.origin()),
        part(|l| l.pathname()),
        part(|l| l.search())
    )
}

/// Puts `text` on the clipboard (also for "Cite this page").
#[cfg(feature = "hydrate")]
pub(super) async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::Example;
    let section = &fixture.report().pillars[0];
    let (fragment, label) = (
        format!("{}-summary", section.pillar.slug()),
        section.pillar.label().to_owned(),
    );
    vec![Example::new(
        "A link to a report's section",
        move || view! { <CopyLink fragment label/> },
    )]
}
