//! `data/places.csv`: place names people type, each with the force that covers it.

use std::collections::HashMap;
use std::path::Path;

use peel_model::{Force, Place, PlaceKind};

use crate::csv_file::{Row, parse_rows, read_rows};
use crate::diagnostic::Diagnostic;
use crate::forces::known_force;

pub const FILE: &str = "places.csv";
const COLUMNS: [&str; 4] = ["place", "kind", "force_slug", "within"];

pub fn read_places(data_dir: &Path, label: &str, forces: &[Force]) -> Result<Vec<Place>, Vec<Diagnostic>> {
    check_rows(read_rows(&data_dir.join(FILE), label, &COLUMNS)?, label, forces)
}

pub fn parse_places(bytes: &[u8], label: &str, forces: &[Force]) -> Result<Vec<Place>, Vec<Diagnostic>> {
    check_rows(parse_rows(bytes, label, &COLUMNS)?, label, forces)
}

fn check_rows(rows: Vec<Row>, label: &str, forces: &[Force]) -> Result<Vec<Place>, Vec<Diagnostic>> {
    let mut places: Vec<(usize, Place)> = Vec::with_capacity(rows.len());
    let mut errors = Vec::new();
    let mut first_line_of: HashMap<&[String], usize> = HashMap::new();
    for row in &rows {
        if let Some(first) = first_line_of.get(row.fields.as_slice()) {
            errors.push(Diagnostic::new(
                label,
                row.line,
                format!("duplicate row: the same as line {first}"),
            ));
            continue;
        }
        first_line_of.insert(row.fields.as_slice(), row.line);
        match check_row(row, forces) {
            Ok(place) => places.push((row.line, place)),
            Err(message) => errors.push(Diagnostic::new(label, row.line, message)),
        }
    }
    check_councils(&places, label, &mut errors);
    if errors.is_empty() {
        Ok(places.into_iter().map(|(_, place)| place).collect())
    } else {
        Err(errors)
    }
}

fn check_row(row: &Row, forces: &[Force]) -> Result<Place, String> {
    let (name, kind_text, slug, within) = (row.get(0), row.get(1), row.get(2), row.get(3));
    if name.is_empty() {
        return Err("`place` is empty: every row names a place".into());
    }
    let kind = PlaceKind::parse(kind_text).ok_or_else(|| {
        let kinds: Vec<&str> = PlaceKind::ALL.iter().map(|k| k.key()).collect();
        format!(
            "unknown kind `{kind_text}` (expected one of: {})",
            kinds.join(", ")
        )
    })?;
    let force = known_force(forces, slug)?;
    Ok(Place {
        name: name.to_owned(),
        kind,
        force,
        within: (!within.is_empty()).then(|| within.to_owned()),
    })
}

/// Every force area is made of whole councils, so a place's `within` must be a local authority of
/// the file, covered by the same force.
fn check_councils(places: &[(usize, Place)], label: &str, errors: &mut Vec<Diagnostic>) {
    let councils: HashMap<&str, &str> = places
        .iter()
        .filter(|(_, p)| p.kind == PlaceKind::LocalAuthority)
        .map(|(_, p)| (p.name.as_str(), p.force.as_str()))
        .collect();
    for (line, place) in places {
        let Some(within) = &place.within else {
            continue;
        };
        match councils.get(within.as_str()) {
            None => errors.push(Diagnostic::new(
                label,
                *line,
                format!("`{within}` is not a local authority of {}", FILE),
            )),
            Some(force) if place.force != *force => errors.push(Diagnostic::new(
                label,
                *line,
                format!(
                    "{} is in {within}, which {force} covers, not {}",
                    place.name, place.force
                ),
            )),
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forces() -> Vec<Force> {
        ["kent", "surrey"]
            .into_iter()
            .map(|slug| Force {
                slug: peel_model::ForceSlug::new(slug).unwrap(),
                name: format!("{slug} Police"),
                region: "South East".into(),
                country: "England".into(),
                page_url: "https://example.org/".into(),
                towns: Vec::new(),
            })
            .collect()
    }

    const HEAD: &str = "place,kind,force_slug,within\nAshford,local authority,kent,\n";

    fn errors(rows: &str) -> Vec<String> {
        parse_places(format!("{HEAD}{rows}").as_bytes(), "places.csv", &forces())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn reads_good_rows() {
        let places = parse_places(
            format!("{HEAD}Ashford,town,kent,Ashford\nKent,county,kent,\n").as_bytes(),
            "places.csv",
            &forces(),
        )
        .unwrap();
        assert_eq!(places.len(), 3);
        assert_eq!(places[1].kind, PlaceKind::Town);
        assert_eq!(places[1].within.as_deref(), Some("Ashford"));
        assert_eq!(places[2].within, None);
    }

    #[test]
    fn each_bad_row_names_its_line() {
        assert_eq!(
            errors("Hythe,village,kent,Ashford\n"),
            [
                "places.csv:3: unknown kind `village` (expected one of: city, town, local authority, \
              county, former district)"
            ]
        );
        assert_eq!(
            errors("Hythe,town,nowhere,Ashford\n"),
            ["places.csv:3: unknown force `nowhere` (not in forces.csv)"]
        );
        assert_eq!(
            errors(",town,kent,Ashford\n"),
            ["places.csv:3: `place` is empty: every row names a place"]
        );
        assert_eq!(
            errors("Ashford,local authority,kent,\n"),
            ["places.csv:3: duplicate row: the same as line 2"]
        );
        assert_eq!(
            errors("Hythe,town,kent,Folkestone and Hythe\n"),
            ["places.csv:3: `Folkestone and Hythe` is not a local authority of places.csv"]
        );
        assert_eq!(
            errors("Hythe,town,surrey,Ashford\n"),
            ["places.csv:3: Hythe is in Ashford, which kent covers, not surrey"]
        );
    }

    #[test]
    fn one_name_in_two_places_is_not_a_duplicate() {
        let text = format!(
            "{HEAD}Spelthorne,local authority,surrey,\nAshford,town,kent,Ashford\n\
             Ashford,town,surrey,Spelthorne\n"
        );
        assert_eq!(
            parse_places(text.as_bytes(), "places.csv", &forces())
                .unwrap()
                .len(),
            4
        );
    }

    #[test]
    fn reads_the_project_places() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let forces = crate::forces::read_forces(&dir, "data/forces.csv").unwrap();
        let places = read_places(&dir, "data/places.csv", &forces).unwrap();
        assert_eq!(places.len(), 1171);
        let councils = places
            .iter()
            .filter(|p| p.kind == PlaceKind::LocalAuthority)
            .count();
        assert_eq!(councils, 318);
    }
}
