//! `data/tiles.csv`: each force's square on the tile map of England and Wales (column from the
//! west, row from the north, and the letters the square shows). Every force of forces.csv has
//! exactly one square, and no two squares share a cell.

use std::collections::HashMap;
use std::path::Path;

use peel_model::{Force, ForceSlug, Tile};

use crate::csv_file::{Input, Row, read_records};
use crate::diagnostic::Diagnostic;
use crate::forces::known_force;

pub const FILE: &str = "tiles.csv";
const COLUMNS: [&str; 4] = ["force_slug", "column", "row", "abbreviation"];

pub fn read_tiles(data_dir: &Path, label: &str, forces: &[Force]) -> Result<Vec<Tile>, Vec<Diagnostic>> {
    read(Input::Folder(data_dir), label, forces)
}

fn read(input: Input, label: &str, forces: &[Force]) -> Result<Vec<Tile>, Vec<Diagnostic>> {
    let mut line_of_force: HashMap<ForceSlug, usize> = HashMap::new();
    let mut line_of_cell: HashMap<(u8, u8), (usize, ForceSlug)> = HashMap::new();
    let mut line_of_abbreviation: HashMap<String, usize> = HashMap::new();
    let mut tiles = read_records(input, FILE, label, &COLUMNS, |row| {
        let tile = check_row(row, forces)?;
        if let Some(first) = line_of_force.get(&tile.force) {
            return Err(format!(
                "duplicate row: {} already has its square on line {first}",
                tile.force
            ));
        }
        if let Some((first, other)) = line_of_cell.get(&(tile.column, tile.row)) {
            return Err(format!(
                "column {}, row {} is already {other}'s square (line {first}): two squares cannot share a cell",
                tile.column, tile.row
            ));
        }
        if let Some(first) = line_of_abbreviation.get(&tile.abbreviation) {
            return Err(format!(
                "`{}` already marks another square (line {first}): each square's letters must tell it apart",
                tile.abbreviation
            ));
        }
        line_of_force.insert(tile.force.clone(), row.line);
        line_of_cell.insert((tile.column, tile.row), (row.line, tile.force.clone()));
        line_of_abbreviation.insert(tile.abbreviation.clone(), row.line);
        Ok(tile)
    })?;
    // A force is missing only if its row is not there at all, not if its row was refused above.
    if tiles.is_clean() {
        for force in forces {
            if !line_of_force.contains_key(&force.slug) {
                tiles.refuse(
                    0,
                    format!(
                        "no square for `{}`: every force of forces.csv has one",
                        force.slug
                    ),
                );
            }
        }
    }
    tiles.finish()
}

fn check_row(row: &Row, forces: &[Force]) -> Result<Tile, String> {
    let (slug, column, line_row, abbreviation) = (row.get(0), row.get(1), row.get(2), row.get(3));
    let force = known_force(forces, slug)?;
    let column = position(column, "column", Tile::MAX_COLUMN)?;
    let line_row = position(line_row, "row", Tile::MAX_ROW)?;
    let length = abbreviation.chars().count();
    let letters_ok = abbreviation
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '&' || c == '-');
    if !(2..=4).contains(&length) || !letters_ok {
        return Err(format!(
            "`{abbreviation}` is not a square's abbreviation (two to four letters, digits, `&` or `-`)"
        ));
    }
    Ok(Tile {
        force,
        column,
        row: line_row,
        abbreviation: abbreviation.to_owned(),
    })
}

/// A column or row: a whole number from 1 to `max`.
fn position(text: &str, what: &str, max: u8) -> Result<u8, String> {
    text.parse::<u8>()
        .ok()
        .filter(|n| (1..=max).contains(n))
        .ok_or_else(|| format!("`{text}` is not a {what} of the map (a whole number from 1 to {max})"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv_file::tests::forces as south_east;

    fn forces() -> Vec<Force> {
        south_east(&["kent", "surrey", "sussex"])
    }

    const HEAD: &str = "force_slug,column,row,abbreviation\nkent,7,9,KEN\nsurrey,6,9,SRY\n";

    fn errors(rows: &str) -> Vec<String> {
        crate::csv_file::tests::errors(read, "tiles.csv", &format!("{HEAD}{rows}"), &forces())
    }

    #[test]
    fn reads_good_rows() {
        let text = format!("{HEAD}sussex,6,10,SSX\n");
        let tiles = read(Input::Text(text.as_bytes()), "tiles.csv", &forces()).unwrap();
        assert_eq!(
            tiles[2],
            Tile {
                force: ForceSlug::new("sussex").unwrap(),
                column: 6,
                row: 10,
                abbreviation: "SSX".into()
            }
        );
    }

    #[test]
    fn each_bad_row_names_its_line() {
        assert_eq!(
            errors("nowhere,1,1,NOW\n"),
            ["tiles.csv:4: unknown force `nowhere` (not in forces.csv)"]
        );
        assert_eq!(
            errors("kent,1,1,KNT\n"),
            ["tiles.csv:4: duplicate row: kent already has its square on line 2"]
        );
        assert_eq!(
            errors("sussex,7,9,SSX\n"),
            [
                "tiles.csv:4: column 7, row 9 is already kent's square (line 2): two squares cannot \
                 share a cell"
            ]
        );
        assert_eq!(
            errors("sussex,6,10,KEN\n"),
            [
                "tiles.csv:4: `KEN` already marks another square (line 2): each square's letters \
                 must tell it apart"
            ]
        );
        for (column, row) in [
            ("0", "1"),
            ("11", "1"),
            ("x", "1"),
            ("", "1"),
            ("-1", "1"),
            ("2.5", "1"),
        ] {
            assert_eq!(
                errors(&format!("sussex,{column},{row},SSX\n")),
                [format!(
                    "tiles.csv:4: `{column}` is not a column of the map (a whole number from 1 to 10)"
                )]
            );
        }
        assert_eq!(
            errors("sussex,1,13,SSX\n"),
            ["tiles.csv:4: `13` is not a row of the map (a whole number from 1 to 12)"]
        );
        for abbreviation in ["", "S", "SUSSX", "S X", "S/X"] {
            assert_eq!(
                errors(&format!("sussex,6,10,{abbreviation}\n")),
                [format!(
                    "tiles.csv:4: `{abbreviation}` is not a square's abbreviation (two to four \
                     letters, digits, `&` or `-`)"
                )]
            );
        }
    }

    #[test]
    fn a_force_without_a_square_is_named() {
        assert_eq!(
            errors(""),
            ["tiles.csv: no square for `sussex`: every force of forces.csv has one"]
        );
    }

    /// The pairs of force areas that share a border on land (a shore facing another across an
    /// estuary, as Kent and Essex across the Thames, does not count), compiled for this test
    /// from the council areas each force covers.
    const NEIGHBOURS: [(&str, &str); 100] = [
        ("avon-and-somerset", "devon-and-cornwall"),
        ("avon-and-somerset", "dorset"),
        ("avon-and-somerset", "gloucestershire"),
        ("avon-and-somerset", "wiltshire"),
        ("bedfordshire", "cambridgeshire"),
        ("bedfordshire", "hertfordshire"),
        ("bedfordshire", "northamptonshire"),
        ("bedfordshire", "thames-valley"),
        ("cambridgeshire", "essex"),
        ("cambridgeshire", "hertfordshire"),
        ("cambridgeshire", "leicestershire"),
        ("cambridgeshire", "lincolnshire"),
        ("cambridgeshire", "norfolk"),
        ("cambridgeshire", "northamptonshire"),
        ("cambridgeshire", "suffolk"),
        ("cheshire", "derbyshire"),
        ("cheshire", "greater-manchester"),
        ("cheshire", "merseyside"),
        ("cheshire", "north-wales"),
        ("cheshire", "staffordshire"),
        ("cheshire", "west-mercia"),
        ("city-of-london", "metropolitan"),
        ("cleveland", "durham"),
        ("cleveland", "north-yorkshire"),
        ("cumbria", "durham"),
        ("cumbria", "lancashire"),
        ("cumbria", "north-yorkshire"),
        ("cumbria", "northumbria"),
        ("derbyshire", "greater-manchester"),
        ("derbyshire", "leicestershire"),
        ("derbyshire", "nottinghamshire"),
        ("derbyshire", "south-yorkshire"),
        ("derbyshire", "staffordshire"),
        ("derbyshire", "west-yorkshire"),
        ("devon-and-cornwall", "dorset"),
        ("dorset", "hampshire"),
        ("dorset", "wiltshire"),
        ("durham", "north-yorkshire"),
        ("durham", "northumbria"),
        ("dyfed-powys", "gwent"),
        ("dyfed-powys", "north-wales"),
        ("dyfed-powys", "south-wales"),
        ("dyfed-powys", "west-mercia"),
        ("essex", "hertfordshire"),
        ("essex", "metropolitan"),
        ("essex", "suffolk"),
        ("gloucestershire", "gwent"),
        ("gloucestershire", "thames-valley"),
        ("gloucestershire", "warwickshire"),
        ("gloucestershire", "west-mercia"),
        ("gloucestershire", "wiltshire"),
        ("greater-manchester", "lancashire"),
        ("greater-manchester", "merseyside"),
        ("greater-manchester", "west-yorkshire"),
        ("gwent", "south-wales"),
        ("gwent", "west-mercia"),
        ("hampshire", "surrey"),
        ("hampshire", "sussex"),
        ("hampshire", "thames-valley"),
        ("hampshire", "wiltshire"),
        ("hertfordshire", "metropolitan"),
        ("hertfordshire", "thames-valley"),
        ("humberside", "lincolnshire"),
        ("humberside", "north-yorkshire"),
        ("humberside", "nottinghamshire"),
        ("humberside", "south-yorkshire"),
        ("kent", "metropolitan"),
        ("kent", "surrey"),
        ("kent", "sussex"),
        ("lancashire", "merseyside"),
        ("lancashire", "north-yorkshire"),
        ("lancashire", "west-yorkshire"),
        ("leicestershire", "lincolnshire"),
        ("leicestershire", "northamptonshire"),
        ("leicestershire", "nottinghamshire"),
        ("leicestershire", "staffordshire"),
        ("leicestershire", "warwickshire"),
        ("lincolnshire", "norfolk"),
        ("lincolnshire", "northamptonshire"),
        ("lincolnshire", "nottinghamshire"),
        ("metropolitan", "surrey"),
        ("metropolitan", "thames-valley"),
        ("norfolk", "suffolk"),
        ("north-wales", "west-mercia"),
        ("north-yorkshire", "south-yorkshire"),
        ("north-yorkshire", "west-yorkshire"),
        ("northamptonshire", "thames-valley"),
        ("northamptonshire", "warwickshire"),
        ("nottinghamshire", "south-yorkshire"),
        ("south-yorkshire", "west-yorkshire"),
        ("staffordshire", "warwickshire"),
        ("staffordshire", "west-mercia"),
        ("staffordshire", "west-midlands"),
        ("surrey", "sussex"),
        ("surrey", "thames-valley"),
        ("thames-valley", "warwickshire"),
        ("thames-valley", "wiltshire"),
        ("warwickshire", "west-mercia"),
        ("warwickshire", "west-midlands"),
        ("west-mercia", "west-midlands"),
    ];

    /// The layout in `data/tiles.csv` keeps each force beside its real neighbours as far as a
    /// grid of squares allows.
    #[test]
    fn the_project_layout_keeps_neighbours_together() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let forces = crate::forces::read_forces(&dir, "data/forces.csv").unwrap();
        let tiles = read_tiles(&dir, "data/tiles.csv", &forces).unwrap();
        let at = |slug: &str| {
            let tile = tiles.iter().find(|t| t.force == slug).unwrap();
            (i32::from(tile.column), i32::from(tile.row))
        };
        let mut edges = 0;
        let mut corners = 0;
        for (a, b) in NEIGHBOURS {
            let ((x1, y1), (x2, y2)) = (at(a), at(b));
            match ((x1 - x2).abs(), (y1 - y2).abs()) {
                (0, 1) | (1, 0) => edges += 1,
                (1, 1) => corners += 1,
                _ => {}
            }
        }
        assert!(edges >= 60, "{edges} of 100 neighbouring pairs share an edge");
        assert!(
            edges + corners >= 90,
            "{} of 100 neighbouring pairs touch",
            edges + corners
        );
        for force in &forces {
            let shares_an_edge = NEIGHBOURS.iter().any(|(a, b)| {
                let other = if force.slug == *a {
                    b
                } else if force.slug == *b {
                    a
                } else {
                    return false;
                };
                let ((x1, y1), (x2, y2)) = (at(force.slug.as_str()), at(other));
                (x1 - x2).abs() + (y1 - y2).abs() == 1
            });
            assert!(shares_an_edge, "{} touches none of its neighbours", force.slug);
        }
        // The country's shape: Northumbria at the top, Devon and Cornwall in the south-west,
        // Kent in the south-east, Wales in the west.
        let top = tiles.iter().map(|t| t.row).min().unwrap();
        assert_eq!(at("northumbria").1, i32::from(top));
        assert!(at("devon-and-cornwall").1 > at("avon-and-somerset").1);
        assert!(at("devon-and-cornwall").0 < at("kent").0);
        assert!(at("kent").0 > at("surrey").0 && at("kent").1 > at("essex").1);
        for wales in ["north-wales", "dyfed-powys", "south-wales"] {
            assert!(at(wales).0 < at("west-mercia").0, "{wales}");
        }
    }

    #[test]
    fn reads_the_project_tiles() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let forces = crate::forces::read_forces(&dir, "data/forces.csv").unwrap();
        let tiles = read_tiles(&dir, "data/tiles.csv", &forces).unwrap();
        assert_eq!(tiles.len(), 43);
        assert_eq!(tiles.len(), forces.len());
    }
}
