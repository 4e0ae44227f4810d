//! `data/forces.csv`: the 43 territorial forces.

use std::collections::HashSet;
use std::path::Path;

use peel_model::{Force, ForceSlug};

use crate::csv_file::read_rows;
use crate::diagnostic::Diagnostic;

pub const FILE: &str = "forces.csv";
const COLUMNS: [&str; 5] = ["slug", "official_name", "region", "country", "hmicfrs_page_url"];

pub fn read_forces(data_dir: &Path, label: &str) -> Result<Vec<Force>, Vec<Diagnostic>> {
    let rows = read_rows(&data_dir.join(FILE), label, &COLUMNS)?;
    let mut forces = Vec::with_capacity(rows.len());
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for row in rows {
        let text = row.get(0);
        let mut problem = |message: String| errors.push(Diagnostic::new(label, row.line, message));
        let Some(slug) = ForceSlug::new(text) else {
            problem(format!(
                "`{text}` is not a force slug (lower-case letters, digits and hyphens)"
            ));
            continue;
        };
        if !seen.insert(slug.clone()) {
            problem(format!("duplicate row: force `{slug}` is listed twice"));
            continue;
        }
        for (column, value) in [(1, row.get(1)), (2, row.get(2)), (3, row.get(3))] {
            if value.is_empty() {
                problem(format!("`{}` is empty", COLUMNS[column]));
            }
        }
        let url = row.get(4);
        if !is_web_address(url) {
            problem(format!("`{url}` is not a web address (http:// or https://)"));
        }
        forces.push(Force {
            slug,
            name: row.get(1).to_owned(),
            region: row.get(2).to_owned(),
            country: row.get(3).to_owned(),
            // Some addresses were captured with an empty query (`.../northamptonshire/?`).
            page_url: url.trim_end_matches('?').to_owned(),
            towns: Vec::new(),
        });
    }
    if forces.is_empty() && errors.is_empty() {
        errors.push(Diagnostic::new(label, 0, "no forces listed"));
    }
    if errors.is_empty() {
        Ok(forces)
    } else {
        Err(errors)
    }
}

/// The slug of a force of `forces.csv`, or why `text` names none: for the files that name forces.
pub fn known_force(forces: &[Force], text: &str) -> Result<ForceSlug, String> {
    forces
        .iter()
        .find(|f| f.slug == text)
        .map(|f| f.slug.clone())
        .ok_or_else(|| format!("unknown force `{text}` (not in forces.csv)"))
}

pub fn is_web_address(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://")) && !text.contains(char::is_whitespace)
}
