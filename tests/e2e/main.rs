//! End-to-end tests: the built site, served by a plain static server, in headless Chromium.
//! Run by `cargo xtask test`.
#![cfg(not(target_arch = "wasm32"))]

mod browser;
mod data;
mod foundation;
