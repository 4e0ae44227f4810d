//! A table too wide for a phone scrolls sideways inside its own region. The region can take
//! keyboard focus (so it can be scrolled without a mouse) and says what it holds.

use leptos::prelude::*;

#[component]
pub fn ScrollRegion(
    /// What the region holds, for screen readers: "Key facts".
    #[prop(into)]
    label: String,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}
