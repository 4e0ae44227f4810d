//! End-to-end tests: the built site, served by a plain static server, in headless Chromium.
//! Run by `cargo xtask test`.
#![cfg(not(target_arch = "wasm32"))]

// Test support: not every helper is used by every test file at every moment.
mod accessibility;
#[allow(dead_code)]
mod browser;
mod chart_images;
mod cite_this_page;
mod comparison;
mod current_data;
mod data;
mod downloads;
mod embeds;
mod force_pages;
mod foundation;
mod look;
mod national_table;
mod previews;
mod reading;
mod release;
mod server;
mod tile_map;
mod trust;
mod walkthrough;
