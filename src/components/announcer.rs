//! One polite live region for the page: short confirmations ("Link copied") reach screen
//! readers without moving focus.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    /// Says `message`; the same message twice is said twice (the region is cleared first).
    pub fn say(&self, message: impl Into<String>) {
        let message = message.into();
        self.0.set(String::new());
        let signal = self.0;
        request_animation_frame(move || signal.set(message));
    }
}

/// The announcer for components below; falls back to a detached one outside the app.
pub fn use_announcer() -> Announcer {
    use_context::<Announcer>().unwrap_or_else(|| Announcer(RwSignal::new(String::new())))
}

/// Provides the announcer and renders its live region (once, in the app shell).
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);
    view! { <div id="announcer" class="visually-hidden" role="status" aria-live="polite">{move || announcer.0.get()}</div> }
}
