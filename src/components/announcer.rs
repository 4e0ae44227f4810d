//! One polite live region for the page: short confirmations ("Link copied") reach screen
//! readers without moving focus.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    pub fn new() -> Self {
        Announcer(RwSignal::new(String::new()))
    }

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

impl Default for Announcer {
    fn default() -> Self {
        Announcer::new()
    }
}

/// Renders the live region of the announcer the app provides (once, in the app shell).
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = use_announcer();
    view! { <div id="announcer" class="visually-hidden" role="status" aria-live="polite">{move || announcer.0.get()}</div> }
}
