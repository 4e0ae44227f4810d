//! PEEL Explorer: the browser app (feature `hydrate`) and the pages the prerenderer renders
//! natively (feature `ssr`). One component tree serves both.

pub mod app;
pub mod components;
pub mod data;
pub mod routes;
pub mod site;

#[cfg(feature = "ssr")]
pub mod content_security_policy;
/// Rendered at build time only: no embed is ever hydrated.
#[cfg(feature = "ssr")]
pub mod embeds;
#[cfg(feature = "ssr")]
pub mod prerender;

#[cfg(feature = "hydrate")]
mod start;
#[cfg(feature = "hydrate")]
mod timing;
