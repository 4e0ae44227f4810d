//! The embeddable pages (`/embed/…`): a part of a page that another site shows in an
//! `<iframe>`, rendered with the same components as the full page (feature `ssr` only), written as a
//! whole document with no script and no wasm, its own small stylesheet and its own
//! Content-Security-Policy. Every link opens in the top window (`<base target="_top">`, and the
//! credit line's links say so themselves), and every embed ends with the credit line.

mod grade_card;
mod page;

pub use page::{EmbedPage, POLICY, document};

#[cfg(test)]
mod tests;
