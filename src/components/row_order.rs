//! A table whose rows are rendered once and then only moved: sorting, filtering and grouping
//! reorder and hide the rows already in the page by key, instead of rendering the table anew.
//!
//! Why by hand: rendering the national table's 43 rows afresh was one long task on a phone
//! (over half a second of blocking time when a shared address's state was applied after
//! load, docs/performance.md), while moving existing rows is a few DOM calls. Leptos' keyed
//! `<For>` would also move rows, but cannot adopt prerendered rows without walking them all
//! while hydrating, which is the cost `StaticContent` exists to avoid.

/// The rows to show, in order, in groups: each group one `<tbody>`, headed by a row naming it
/// when it has a name. A row is named by its `data-key` attribute; rows of no group are kept,
/// out of the page, for the next arrangement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Arrangement {
    pub groups: Vec<RowGroupKeys>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowGroupKeys {
    /// The group's heading, if grouped.
    pub heading: Option<String>,
    pub keys: Vec<String>,
}

#[cfg(feature = "hydrate")]
pub use arrange::RowOrder;

#[cfg(feature = "hydrate")]
mod arrange {
    use std::collections::HashMap;

    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element};

    use super::Arrangement;

    /// The rows of one table, by key, and the arrangement they are in.
    pub struct RowOrder {
        rows: HashMap<String, Element>,
        shown: Arrangement,
    }

    impl RowOrder {
        /// The rows of `table` as they are in the page, which shows `shown`.
        pub fn adopt(table: &Element, shown: Arrangement) -> Self {
            let mut rows = HashMap::new();
            if let Ok(list) = table.query_selector_all("tbody > tr[data-key]") {
                for i in 0..list.length() {
                    let Some(row) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                        continue;
                    };
                    if let Some(key) = row.get_attribute("data-key") {
                        rows.insert(key, row);
                    }
                }
            }
            RowOrder { rows, shown }
        }

        /// Moves the rows of `table` into `wanted`; nothing if it is shown already.
        pub fn arrange(&mut self, table: &Element, wanted: Arrangement, columns: usize) {
            if wanted == self.shown {
                return;
            }
            let Some(document) = table.owner_document() else {
                return;
            };
            while let Ok(Some(body)) = table.query_selector("tbody") {
                body.remove();
            }
            for group in &wanted.groups {
                let Some(body) = build_group(&document, group.heading.as_deref(), columns) else {
                    return;
                };
                for key in &group.keys {
                    if let Some(row) = self.rows.get(key) {
                        let _ = body.append_child(row);
                    }
                }
                let _ = table.append_child(&body);
            }
            self.shown = wanted;
        }
    }

    /// An empty `<tbody>`, with its heading row if it has a heading.
    fn build_group(document: &Document, heading: Option<&str>, columns: usize) -> Option<Element> {
        let body = document.create_element("tbody").ok()?;
        if let Some(heading) = heading {
            let row = document.create_element("tr").ok()?;
            row.set_class_name("grade-table__group");
            let cell = document.create_element("th").ok()?;
            let _ = cell.set_attribute("colspan", &columns.to_string());
            let _ = cell.set_attribute("scope", "rowgroup");
            cell.set_text_content(Some(heading));
            let _ = row.append_child(&cell);
            let _ = body.append_child(&row);
        }
        Some(body)
    }
}
