//! Comparison logic for the explore widgets: figures against national levels in words, grade
//! distributions, histories, the national table's state, force search, downloads.
//! Plain functions over the view types, tested natively; components only render their results.

pub mod compare;
pub mod distribution;
pub mod export;
pub mod history;
pub mod key_facts;
pub mod search;
pub mod table;
pub mod words;
