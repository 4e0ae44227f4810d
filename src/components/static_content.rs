//! Content that never changes once shown (a report's tables, charts and cards).
//!
//! While the app hydrates a prerendered page, the block is taken as the server wrote it (as an
//! element whose inner HTML is already there): the view inside is neither run nor, in the
//! browser, compiled. V8 compiles wasm functions the first time they run, and compiling and
//! running the view code of a whole force page was most of its start-up (docs/performance.md).
//! When prerendering, and when the app renders a page it navigated to, the view is rendered as
//! usual. The block may hold links (the router hears their clicks), never event handlers or
//! reactive values: after hydration those would not run. A test reads the app's source for
//! them ([`contract`]); the component tests check adoption and rendering in the browser.

use std::cell::Cell;

use leptos::either::Either;
use leptos::prelude::*;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod contract;

thread_local! {
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `hydrate` (the app's hydration of the prerendered page) with static blocks taken as
/// they are.
pub fn while_hydrating<R>(hydrate: impl FnOnce() -> R) -> R {
    HYDRATING.set(true);
    let result = hydrate();
    HYDRATING.set(false);
    result
}

/// Whether the app is hydrating the prerendered page now: for a static block that cannot be a
/// `<div>` (a table's `<tbody>`), adopted the same way.
pub fn hydrating() -> bool {
    HYDRATING.get()
}

/// `content` inside a `<div>` (of `class`, if given), adopted as it is when hydrating.
#[component]
pub fn StaticContent<F, V>(#[prop(optional)] class: &'static str, content: F) -> impl IntoView
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let class = (!class.is_empty()).then_some(class);
    if HYDRATING.get() {
        // An element with inner HTML hydrates without walking its children, and its (empty)
        // inner HTML is not written when hydrating a prerendered page.
        Either::Left(view! { <div class=class inner_html=String::new()></div> })
    } else {
        Either::Right(view! { <div class=class>{content()}</div> })
    }
}
