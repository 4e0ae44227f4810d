//! One component per file, each named for what it shows.

pub mod accordion;
pub mod announcer;
pub mod breadcrumbs;
pub mod cite_this_page;
pub mod copy_link;
pub mod download;
#[cfg(feature = "ssr")]
pub mod examples;
pub mod external_link;
pub mod force_search;
pub mod grade_distribution;
pub mod grade_history;
pub mod grade_tag;
pub mod key_facts;
pub mod last_updated;
pub mod linked_paragraphs;
pub mod loaded;
pub mod page_meta;
pub mod pillar_card;
pub mod round_switcher;
pub mod scroll_region;
pub mod site_footer;
pub mod site_header;
pub mod source_note;
pub mod static_content;
pub mod tile_map;
