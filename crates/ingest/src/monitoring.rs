//! `data/monitoring.csv`: the forces moved into HMICFRS's enhanced monitoring phase (Engage),
//! one row a spell; and `data/dataset.json`'s month the monitoring sources reach up to.

use std::path::Path;

use peel_model::{Force, Monitoring, PartialDate, Spell};

use crate::csv_file::{Input, Row, read_records};
use crate::diagnostic::Diagnostic;
use crate::forces::{is_web_address, known_force};

pub const FILE: &str = "monitoring.csv";
const COLUMNS: [&str; 6] = ["force_slug", "entered", "left", "concerns", "source_url", "note"];

/// A spell and the line it was read from.
#[derive(Clone, Debug)]
pub struct SpellRow {
    pub spell: Spell,
    pub line: usize,
}

pub fn read_spells(data_dir: &Path, label: &str, forces: &[Force]) -> Result<Vec<SpellRow>, Vec<Diagnostic>> {
    read(Input::Folder(data_dir), label, forces)
}

fn read(input: Input, label: &str, forces: &[Force]) -> Result<Vec<SpellRow>, Vec<Diagnostic>> {
    let mut earlier: Vec<SpellRow> = Vec::new();
    read_records(input, FILE, label, &COLUMNS, |row| {
        let spell = check_row(row, forces)?;
        if let Some(other) = earlier.iter().find(|other| overlap(&other.spell, &spell)) {
            return Err(format!(
                "this spell of {} overlaps the one on line {} ({})",
                spell.force,
                other.line,
                span_words(&other.spell)
            ));
        }
        let row = SpellRow {
            spell,
            line: row.line,
        };
        earlier.push(row.clone());
        Ok(row)
    })?
    .finish()
}

/// The spells and the month their sources reach up to, checked against each other: no date
/// of a spell may be later than the sources.
pub fn monitoring(
    spells: Vec<SpellRow>,
    sources_up_to: PartialDate,
    label: &str,
    dataset_label: &str,
) -> Result<Monitoring, Vec<Diagnostic>> {
    let errors: Vec<Diagnostic> = spells
        .iter()
        .flat_map(|row| {
            std::iter::once(row.spell.entered)
                .chain(row.spell.left)
                .filter(|date| date.first_day() > sources_up_to.last_day())
                .map(|date| {
                    Diagnostic::new(
                        label,
                        row.line,
                        format!(
                            "{} is later than the month the sources reach up to ({}, {dataset_label}): \
                             update `monitoring_sources_up_to` there",
                            date.words(),
                            sources_up_to.words()
                        ),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Monitoring {
        spells: spells.into_iter().map(|row| row.spell).collect(),
        sources_up_to: Some(sources_up_to),
    })
}

fn check_row(row: &Row, forces: &[Force]) -> Result<Spell, String> {
    let (slug, entered, left, concerns, url, note) = (
        row.get(0),
        row.get(1),
        row.get(2),
        row.get(3),
        row.get(4),
        row.get(5),
    );
    let force = known_force(forces, slug)?;
    let date = |column: &str, text: &str| {
        PartialDate::parse(text).ok_or_else(|| {
            format!("`{column}` `{text}` is not a date of the form 2019, 2022-06 or 2024-12-06")
        })
    };
    let entered = date("entered", entered)?;
    let left = match left {
        "" => None,
        text => Some(date("left", text)?),
    };
    if let Some(left) = left
        && left.last_day() < entered.first_day()
    {
        return Err(format!(
            "`left` ({}) is before `entered` ({})",
            left.words(),
            entered.words()
        ));
    }
    if !is_web_address(url) {
        return Err(format!("`{url}` is not a web address (http:// or https://)"));
    }
    let concerns = concerns
        .split(';')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    Ok(Spell {
        force,
        entered,
        left,
        concerns,
        source_url: url.to_owned(),
        note: note.to_owned(),
    })
}

/// Two spells of one force overlap when neither surely ended before the other began (a spell
/// that left in June 2022 and one that entered in June 2022 may have met: refused).
fn overlap(a: &Spell, b: &Spell) -> bool {
    let ends_before = |first: &Spell, second: &Spell| {
        first
            .left
            .is_some_and(|left| left.last_day() < second.entered.first_day())
    };
    a.force == b.force && !ends_before(a, b) && !ends_before(b, a)
}

fn span_words(spell: &Spell) -> String {
    match spell.left {
        Some(left) => format!("{} to {}", spell.entered.words(), left.words()),
        None => format!("from {}", spell.entered.words()),
    }
}

/// `data/dataset.json`: facts about the data as a whole that no row holds.
pub const DATASET_FILE: &str = "dataset.json";

#[derive(serde::Deserialize)]
struct DatasetFile {
    monitoring_sources_up_to: String,
}

/// The month (or day) the monitoring sources reach up to, from `dataset.json`.
pub fn read_sources_up_to(data_dir: &Path, label: &str) -> Result<PartialDate, Diagnostic> {
    let bytes = std::fs::read(data_dir.join(DATASET_FILE))
        .map_err(|e| Diagnostic::new(label, 0, format!("cannot read the file: {e}")))?;
    parse_sources_up_to(&bytes, label)
}

pub fn parse_sources_up_to(bytes: &[u8], label: &str) -> Result<PartialDate, Diagnostic> {
    let file: DatasetFile = serde_json::from_slice(bytes)
        .map_err(|e| Diagnostic::new(label, e.line(), format!("cannot read the file: {e}")))?;
    let text = file.monitoring_sources_up_to;
    PartialDate::parse(&text)
        .filter(|d| !matches!(d, PartialDate::Year(_)))
        .ok_or_else(|| {
            Diagnostic::new(
                label,
                0,
                format!(
                    "`monitoring_sources_up_to` `{text}` is not a month or a day (2025-10 or 2025-10-31)"
                ),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "force_slug,entered,left,concerns,source_url,note\n";

    fn forces() -> Vec<Force> {
        crate::csv_file::tests::forces(&["cleveland", "lincolnshire"])
    }

    fn parse(rows: &str) -> Result<Vec<SpellRow>, Vec<Diagnostic>> {
        read(
            Input::Text(format!("{HEADER}{rows}").as_bytes()),
            "monitoring.csv",
            &forces(),
        )
    }

    fn error(rows: &str) -> String {
        crate::csv_file::tests::errors(read, "monitoring.csv", &format!("{HEADER}{rows}"), &forces())
            .join("\n")
    }

    #[test]
    fn reads_good_rows_keeping_each_dates_precision() {
        let spells = parse(
            "cleveland,2019,2023-09,crime prevention; safeguarding,https://example.org/a,read from a list\n\
             lincolnshire,2024-12-06,,,https://example.org/b,\n",
        )
        .unwrap();
        assert_eq!(spells.len(), 2);
        let cleveland = &spells[0].spell;
        assert_eq!(cleveland.entered.words(), "2019");
        assert_eq!(
            cleveland.left.map(|d| d.words()).as_deref(),
            Some("September 2023")
        );
        assert_eq!(cleveland.concerns, ["crime prevention", "safeguarding"]);
        assert_eq!(spells[1].spell.entered.words(), "6 December 2024");
        assert!(spells[1].spell.concerns.is_empty());
        assert!(spells[1].spell.is_open());
    }

    #[test]
    fn refuses_each_kind_of_bad_row_at_its_line() {
        assert_eq!(
            error("kentt,2019,,,https://example.org/,\n"),
            "monitoring.csv:2: unknown force `kentt` (not in forces.csv)"
        );
        assert_eq!(
            error("cleveland,June 2022,,,https://example.org/,\n"),
            "monitoring.csv:2: `entered` `June 2022` is not a date of the form 2019, 2022-06 or 2024-12-06"
        );
        assert_eq!(
            error("cleveland,2022-06,2022-6,,https://example.org/,\n"),
            "monitoring.csv:2: `left` `2022-6` is not a date of the form 2019, 2022-06 or 2024-12-06"
        );
        assert_eq!(
            error("cleveland,2022-06,2021,,https://example.org/,\n"),
            "monitoring.csv:2: `left` (2021) is before `entered` (June 2022)"
        );
        assert_eq!(
            error("cleveland,2022-06,,,example.org,\n"),
            "monitoring.csv:2: `example.org` is not a web address (http:// or https://)"
        );
    }

    #[test]
    fn refuses_overlapping_spells_of_one_force() {
        assert_eq!(
            error(
                "cleveland,2019,2021-03,,https://example.org/,\n\
                 cleveland,2021-03-15,,,https://example.org/,\n"
            ),
            "monitoring.csv:3: this spell of cleveland overlaps the one on line 2 (2019 to March 2021)"
        );
        assert_eq!(
            error(
                "cleveland,2022-01-10,,,https://example.org/,\n\
                 cleveland,2024,2024-05,,https://example.org/,\n"
            ),
            "monitoring.csv:3: this spell of cleveland overlaps the one on line 2 (from 10 January 2022)"
        );
        // One after the other, and two forces at once, are fine.
        let spells = parse(
            "cleveland,2019,2021-03,,https://example.org/,\n\
             cleveland,2021-04-01,,,https://example.org/,\n\
             lincolnshire,2019,,,https://example.org/,\n",
        )
        .unwrap();
        assert_eq!(spells.len(), 3);
    }

    #[test]
    fn no_spell_date_after_the_sources() {
        let spells = parse("lincolnshire,2025-11-02,,,https://example.org/,\n").unwrap();
        let errors = monitoring(
            spells,
            PartialDate::parse("2025-10").unwrap(),
            "monitoring.csv",
            "dataset.json",
        )
        .unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "monitoring.csv:2: 2 November 2025 is later than the month the sources reach up to \
             (October 2025, dataset.json): update `monitoring_sources_up_to` there"
        );
    }

    #[test]
    fn the_sources_month_is_read_from_dataset_json() {
        let month =
            parse_sources_up_to(br#"{"monitoring_sources_up_to": "2025-10"}"#, "dataset.json").unwrap();
        assert_eq!(month.words(), "October 2025");
        let error =
            parse_sources_up_to(br#"{"monitoring_sources_up_to": "2025"}"#, "dataset.json").unwrap_err();
        assert_eq!(
            error.to_string(),
            "dataset.json: `monitoring_sources_up_to` `2025` is not a month or a day (2025-10 or 2025-10-31)"
        );
        assert!(parse_sources_up_to(b"{}", "dataset.json").is_err());
    }
}
