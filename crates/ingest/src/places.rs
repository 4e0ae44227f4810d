//! `data/places.csv`: place names people type, each with the force that covers it.

use std::collections::HashMap;
use std::path::Path;

use peel_model::{Force, Place, PlaceKind};

use crate::csv_file::{Input, Row, read_records};
use crate::diagnostic::Diagnostic;
use crate::forces::known_force;

pub const FILE: &str = "places.csv";
const COLUMNS: [&str; 4] = ["place", "kind", "force_slug", "within"];

pub fn read_places(data_dir: &Path, label: &str, forces: &[Force]) -> Result<Vec<Place>, Vec<Diagnostic>> {
    read(Input::Folder(data_dir), label, forces)
}

fn read(input: Input, label: &str, forces: &[Force]) -> Result<Vec<Place>, Vec<Diagnostic>> {
    let mut first_line_of: HashMap<Vec<String>, usize> = HashMap::new();
    let mut places = read_records(input, FILE, label, &COLUMNS, |row| {
        if let Some(first) = first_line_of.get(&row.fields) {
            return Err(format!("duplicate row: the same as line {first}"));
        }
        first_line_of.insert(row.fields.clone(), row.line);
        check_row(row, forces)
    })?;
    for (line, message) in council_problems(&places.rows) {
        places.refuse(line, message);
    }
    places.finish()
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
fn council_problems(places: &[(usize, Place)]) -> Vec<(usize, String)> {
    let councils: HashMap<&str, &str> = places
        .iter()
        .filter(|(_, p)| p.kind == PlaceKind::LocalAuthority)
        .map(|(_, p)| (p.name.as_str(), p.force.as_str()))
        .collect();
    let mut problems = Vec::new();
    for (line, place) in places {
        let Some(within) = &place.within else {
            continue;
        };
        match councils.get(within.as_str()) {
            None => problems.push((*line, format!("`{within}` is not a local authority of {}", FILE))),
            Some(force) if place.force != *force => problems.push((
                *line,
                format!(
                    "{} is in {within}, which {force} covers, not {}",
                    place.name, place.force
                ),
            )),
            Some(_) => {}
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv_file::tests::forces as south_east;

    fn forces() -> Vec<Force> {
        south_east(&["kent", "surrey"])
    }

    const HEAD: &str = "place,kind,force_slug,within\nAshford,local authority,kent,\n";

    fn errors(rows: &str) -> Vec<String> {
        crate::csv_file::tests::errors(read, "places.csv", &format!("{HEAD}{rows}"), &forces())
    }

    fn parse(text: &str) -> Result<Vec<Place>, Vec<Diagnostic>> {
        read(Input::Text(text.as_bytes()), "places.csv", &forces())
    }

    #[test]
    fn reads_good_rows() {
        let places = parse(&format!("{HEAD}Ashford,town,kent,Ashford\nKent,county,kent,\n")).unwrap();
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
        assert_eq!(parse(&text).unwrap().len(), 4);
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
