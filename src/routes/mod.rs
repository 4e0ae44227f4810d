//! One file per page.

pub mod compare;
pub mod force_latest;
pub mod force_round;
pub mod home;
pub mod not_found;
pub mod pillar;
pub mod round_table;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// A route parameter as given in the URL (empty when absent).
pub(crate) fn param(name: &'static str) -> impl Fn() -> String + Send + Sync + Copy + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}
