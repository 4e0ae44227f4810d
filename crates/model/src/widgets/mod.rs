//! Pieces several pages show, as plain functions over the bundle and view types, tested
//! natively; components only render their results: headline grades and coverage, how much of a
//! round is held (`completeness`), grade distributions, grade histories, changes since a force's
//! previous round, key facts against national levels, force search, the tile map of England and
//! Wales, the citation of a page, a page's sources as footnotes, a force's spells in enhanced
//! monitoring, the forces in enhanced monitoring on a day and their timeline.
//!
//! Conventions (see [`crate::wording`]): negative numbers use the minus sign U+2212; counts under
//! ten are words in sentences; a judgement not in the data is "not held", never zero or "not
//! graded"; no function panics, whatever its input.

pub mod changes;
pub mod citation;
pub mod completeness;
pub mod distribution;
pub mod engage;
pub mod engage_timeline;
pub mod footnotes;
pub mod force_monitoring;
pub mod headline;
pub mod history;
pub mod key_facts;
pub mod search;
pub mod tile_map;
