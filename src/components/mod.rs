//! One component per file, each named for what it shows.

pub mod breadcrumbs;
pub mod grade_tag;
pub mod loaded;
pub mod page_meta;
pub mod round_switcher;
pub mod site_footer;
pub mod site_header;
pub mod source_note;
