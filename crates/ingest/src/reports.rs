//! `data/reports.csv`: the official HMICFRS report page of a force's graded-area round.

use std::collections::HashMap;
use std::path::Path;

use peel_model::questions::QuestionSets;
use peel_model::{Force, ForceSlug, Framework, Round};

use crate::csv_file::{Input, Row, read_records};
use crate::diagnostic::Diagnostic;
use crate::forces::known_force;
use crate::grades::round_of_questions;

pub const FILE: &str = "reports.csv";
const COLUMNS: [&str; 3] = ["force_slug", "round", "url"];

/// One row: a force-round and its report page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportLink {
    pub force: ForceSlug,
    pub round: Round,
    pub url: String,
    pub line: usize,
}

pub fn read_reports(
    data_dir: &Path,
    label: &str,
    forces: &[Force],
    questions: &QuestionSets,
) -> Result<Vec<ReportLink>, Vec<Diagnostic>> {
    read(Input::Folder(data_dir), label, forces, questions)
}

fn read(
    input: Input,
    label: &str,
    forces: &[Force],
    questions: &QuestionSets,
) -> Result<Vec<ReportLink>, Vec<Diagnostic>> {
    let mut first_line_of: HashMap<(ForceSlug, Round), usize> = HashMap::new();
    read_records(input, FILE, label, &COLUMNS, |row| {
        let link = check_row(row, forces, questions)?;
        let key = (link.force.clone(), link.round);
        if let Some(first) = first_line_of.get(&key) {
            return Err(format!(
                "duplicate row: {} {} already has its report page on line {first}",
                link.force, link.round
            ));
        }
        first_line_of.insert(key, row.line);
        Ok(link)
    })?
    .finish()
}

fn check_row(row: &Row, forces: &[Force], questions: &QuestionSets) -> Result<ReportLink, String> {
    let (slug, round_text, url) = (row.get(0), row.get(1), row.get(2));
    let force = known_force(forces, slug)?;
    let set = round_of_questions(round_text, questions)?;
    let round = set.round;
    // One report page per force-round exists only since graded areas; the pillar rounds' pages
    // come from grades.csv, one per pillar and tranche.
    if set.framework() != Framework::GradedAreas {
        let rounds: Vec<String> = questions
            .kinds()
            .into_iter()
            .filter(|k| k.framework == Framework::GradedAreas)
            .map(|k| k.round.label())
            .collect();
        return Err(format!(
            "{round} graded pillars, not areas: reports.csv holds the one report page of a \
             graded-area round ({})",
            rounds.join(", ")
        ));
    }
    // Stricter than grades.csv, whose older rows cite pages captured over http://: every report
    // page here was seen on the HMICFRS site, which is served over https only.
    if !is_https_address(url) {
        return Err(format!(
            "`{url}` is not an https:// address (report pages are linked over https only)"
        ));
    }
    Ok(ReportLink {
        force,
        round,
        url: url.to_owned(),
        line: row.line,
    })
}

fn is_https_address(text: &str) -> bool {
    text.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !text.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv_file::tests::forces;

    fn questions() -> QuestionSets {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        crate::questions::read_questions(&dir, "data/questions.json").unwrap()
    }

    fn errors(text: &str) -> Vec<String> {
        let questions = questions();
        let read = |input: Input, label: &str, forces: &[Force]| read(input, label, forces, &questions);
        crate::csv_file::tests::errors(read, "reports.csv", text, &forces(&["kent"]))
    }

    #[test]
    fn reads_good_rows() {
        let links = read(
            Input::Text(
                b"force_slug,round,url\nkent,2021/22,https://example.org/kent-2021-22/\n\
                  kent,2023-25,https://example.org/kent-2023-25/\n",
            ),
            "reports.csv",
            &forces(&["kent"]),
            &questions(),
        )
        .unwrap();
        assert_eq!(links.len(), 2);
        assert_eq!(links[1].round, Round::from_label("2023-25").unwrap());
        assert_eq!(links[1].line, 3);
    }

    #[test]
    fn each_bad_row_names_its_line() {
        let head = "force_slug,round,url\n";
        assert_eq!(
            errors(&format!("{head}nowhere,2021/22,https://example.org/\n")),
            ["reports.csv:2: unknown force `nowhere` (not in forces.csv)"]
        );
        assert!(
            errors(&format!("{head}kent,2022,https://example.org/\n"))[0]
                .starts_with("reports.csv:2: `2022` is not a round of questions.json")
        );
        assert!(
            errors(&format!("{head}kent,2021-22,https://example.org/\n"))[0]
                .starts_with("reports.csv:2: `2021-22` is not a PEEL round")
        );
        assert!(
            errors(&format!("{head}kent,2016,https://example.org/\n"))[0]
                .starts_with("reports.csv:2: 2016 graded pillars, not areas")
        );
        assert_eq!(
            errors(&format!(
                "{head}kent,2021/22,https://example.org/a\nkent,2021/22,https://example.org/b\n"
            )),
            ["reports.csv:3: duplicate row: kent 2021/22 already has its report page on line 2"]
        );
        for url in [
            "http://example.org/",
            "example.org",
            "https://",
            "https://exa mple.org/",
            "",
        ] {
            let found = errors(&format!("{head}kent,2023-25,{url}\n"));
            assert!(found[0].starts_with("reports.csv:2: "), "{url}: {found:?}");
            assert!(
                found[0].contains("is not an https:// address"),
                "{url}: {found:?}"
            );
        }
    }

    #[test]
    fn reads_the_project_reports() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let forces = crate::forces::read_forces(&dir, "data/forces.csv").unwrap();
        let links = read_reports(&dir, "data/reports.csv", &forces, &questions()).unwrap();
        assert_eq!(links.len(), 78);
    }
}
