//! Bad rows in the CSV data are rejected with `file:line: what is wrong` and a non-zero exit.

use std::path::{Path, PathBuf};
use std::process::Command;

fn project_data() -> PathBuf {
    peel_ingest::bundle::project_data_dir()
}

/// Every file of the project's data folder that ingest reads (source pages aside).
const DATA_FILES: [&str; 9] = [
    "forces.csv",
    "questions.json",
    "grades.csv",
    "reports.csv",
    "places.csv",
    "tiles.csv",
    "publishers.csv",
    "monitoring.csv",
    "dataset.json",
];

/// A copy of the project's data folder (without source pages) with one line appended to `file`.
fn data_with_row(name: &str, file: &str, row: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peel-ingest-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for data_file in DATA_FILES {
        std::fs::copy(project_data().join(data_file), dir.join(data_file)).unwrap();
    }
    let mut text = std::fs::read_to_string(project_data().join(file)).unwrap();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(row);
    text.push('\n');
    std::fs::write(dir.join(file), text).unwrap();
    dir
}

fn data_with_grade_row(name: &str, row: &str) -> PathBuf {
    data_with_row(name, "grades.csv", row)
}

fn bundle(data: &Path) -> (bool, String) {
    let out = data.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_peel-ingest"))
        .args(["bundle", "--data"])
        .arg(data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `row` appended to `file` is refused with `file:line: message` on the row's own line.
fn expect_error_in(file: &str, name: &str, row: &str, message: &str) {
    let data = data_with_row(name, file, row);
    let line = std::fs::read_to_string(data.join(file)).unwrap().lines().count();
    let (ok, stderr) = bundle(&data);
    assert!(!ok, "{name}: ingest accepted a bad row");
    let place = format!("{file}:{line}: ");
    assert!(stderr.contains(&place), "{name}: no `{place}` in:\n{stderr}");
    assert!(stderr.contains(message), "{name}: no `{message}` in:\n{stderr}");
    assert!(
        !data.join("out").exists(),
        "{name}: a bundle was written despite the error"
    );
    assert!(!stderr.contains("panicked"), "{name}: ingest panicked:\n{stderr}");
    std::fs::remove_dir_all(&data).unwrap();
}

fn expect_error(name: &str, row: &str, message: &str) {
    expect_error_in("grades.csv", name, row, message);
}

#[test]
fn the_project_data_builds() {
    let data = data_with_grade_row("clean", "");
    let (ok, stderr) = bundle(&data);
    assert!(ok, "{stderr}");
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn unknown_force() {
    expect_error(
        "force",
        "nowhere,2016,efficiency,good,https://example.org/,",
        "unknown force `nowhere`",
    );
}

#[test]
fn a_force_slug_that_is_no_slug() {
    for (name, slug) in [
        ("slug-case", "Kent"),
        ("slug-dash", "-kent"),
        ("slug-space", "kent police"),
    ] {
        expect_error_in(
            "forces.csv",
            name,
            &format!("{slug},Kent Police,South East,England,https://example.org/"),
            &format!("`{slug}` is not a force slug"),
        );
    }
}

#[test]
fn unknown_grade_word() {
    expect_error(
        "grade",
        "kent,2016,efficiency,excellent,https://example.org/,",
        "unknown grade word `excellent`",
    );
}

#[test]
fn grade_not_on_the_rounds_scale() {
    expect_error(
        "scale",
        "kent,2016,efficiency,adequate,https://example.org/,",
        "not on the four-point scale",
    );
}

#[test]
fn duplicate_row() {
    expect_error(
        "duplicate",
        "avon-and-somerset,2015,effectiveness,good,https://example.org/,",
        "duplicate row",
    );
}

#[test]
fn year_that_is_not_a_round() {
    expect_error(
        "round",
        "kent,2021-22,Investigating crime,good,https://example.org/,",
        "`2021-22` is not a PEEL round: a round is written as its year (`2016`), two consecutive \
         years with a slash (`2018/19`) or a longer span with a hyphen (`2023-25`)",
    );
}

#[test]
fn round_that_questions_json_does_not_have() {
    // A round is added in questions.json, and only there: a grade row cannot bring one in.
    expect_error(
        "round-not-in-questions",
        "kent,2025-27,Investigating crime,good,https://example.org/,",
        "`2025-27` is not a round of questions.json (its rounds: 2015, 2016, 2017, 2018/19, 2021/22, \
         2023-25); add the round's entry there first",
    );
}

#[test]
fn question_the_round_does_not_have() {
    expect_error(
        "question",
        "kent,2016,efficiency-q7-anything,good,https://example.org/,",
        "there is no question 7",
    );
}

#[test]
fn pillar_in_a_graded_area_round() {
    expect_error(
        "area",
        "kent,2021/22,efficiency,good,https://example.org/,",
        "graded areas, not pillars",
    );
}

#[test]
fn graded_area_not_in_the_rounds_question_set() {
    // A 2021/22 area, not one of 2023-25's.
    expect_error(
        "area-of-another-round",
        "kent,2023-25,Good use of resources,good,https://example.org/,",
        "unknown area `Good use of resources` for 2023-25",
    );
}

#[test]
fn source_that_is_not_a_web_address() {
    // grades.csv takes http:// as well as https://: 92 of its real rows cite pages captured over
    // http://. Only reports.csv insists on https.
    expect_error(
        "source-url",
        "kent,2016,efficiency,good,www.example.org/kent,",
        "`www.example.org/kent` is not a web address",
    );
}

#[test]
fn wrong_number_of_fields() {
    expect_error("fields", "kent,2016,efficiency,good", "expected 6 fields");
}

#[test]
fn report_of_an_unknown_force() {
    expect_error_in(
        "reports.csv",
        "report-force",
        "nowhere,2021/22,https://example.org/nowhere-2021-22/",
        "unknown force `nowhere`",
    );
}

#[test]
fn report_of_an_unknown_round() {
    expect_error_in(
        "reports.csv",
        "report-round",
        "kent,2022/23,https://example.org/kent-2022-23/",
        "`2022/23` is not a round of questions.json",
    );
}

#[test]
fn report_of_a_pillar_round() {
    expect_error_in(
        "reports.csv",
        "report-pillar-round",
        "kent,2018/19,https://example.org/kent-2018/",
        "2018/19 graded pillars, not areas",
    );
}

#[test]
fn report_listed_twice() {
    expect_error_in(
        "reports.csv",
        "report-duplicate",
        "kent,2021/22,https://example.org/kent-2021-22/",
        "duplicate row: kent 2021/22 already has its report page on line",
    );
}

#[test]
fn report_not_over_https() {
    expect_error_in(
        "reports.csv",
        "report-http",
        "kent,2023-25,http://example.org/kent-2023-25/",
        "`http://example.org/kent-2023-25/` is not an https:// address",
    );
}

#[test]
fn place_of_an_unknown_kind() {
    expect_error_in(
        "places.csv",
        "place-kind",
        "Wye,village,kent,Ashford",
        "unknown kind `village`",
    );
}

#[test]
fn place_of_an_unknown_force() {
    expect_error_in(
        "places.csv",
        "place-force",
        "Wye,town,nowhere,Ashford",
        "unknown force `nowhere`",
    );
}

#[test]
fn place_listed_twice() {
    expect_error_in(
        "places.csv",
        "place-duplicate",
        "Aberdare,town,south-wales,Rhondda Cynon Taf",
        "duplicate row: the same as line",
    );
}

#[test]
fn place_without_a_name() {
    expect_error_in(
        "places.csv",
        "place-name",
        ",town,kent,Ashford",
        "`place` is empty",
    );
}

#[test]
fn place_in_a_council_that_is_not_listed() {
    expect_error_in(
        "places.csv",
        "place-within",
        "Wye,town,kent,Wye Valley",
        "`Wye Valley` is not a local authority of places.csv",
    );
}

#[test]
fn place_of_another_force_than_its_council() {
    expect_error_in(
        "places.csv",
        "place-council-force",
        "Wye,town,surrey,Ashford",
        "Wye is in Ashford, which kent covers, not surrey",
    );
}

#[test]
fn tile_of_an_unknown_force() {
    expect_error_in(
        "tiles.csv",
        "tile-force",
        "nowhere,10,12,NOW",
        "unknown force `nowhere`",
    );
}

#[test]
fn second_tile_for_a_force() {
    expect_error_in(
        "tiles.csv",
        "tile-duplicate",
        "kent,10,12,KT",
        "duplicate row: kent already has its square on line",
    );
}

/// The project's tiles.csv with one force's row rewritten by `edit` (or removed, for `None`), in
/// a copy of the data folder; the row's line number.
fn data_with_tile_row(name: &str, force: &str, edit: impl Fn(&[&str]) -> Option<String>) -> (PathBuf, usize) {
    let data = data_with_row(name, "tiles.csv", "");
    let text = std::fs::read_to_string(data.join("tiles.csv")).unwrap();
    let mut line = 0;
    let mut lines: Vec<String> = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let fields: Vec<&str> = l.split(',').collect();
        if fields[0] == force {
            line = i + 1;
            lines.extend(edit(&fields));
        } else {
            lines.push(l.to_owned());
        }
    }
    assert!(line > 0, "no row for {force} in tiles.csv");
    std::fs::write(data.join("tiles.csv"), lines.join("\n") + "\n").unwrap();
    (data, line)
}

/// A tile of the project's tiles.csv: its fields.
fn project_tile(force: &str) -> Vec<String> {
    std::fs::read_to_string(project_data().join("tiles.csv"))
        .unwrap()
        .lines()
        .map(|l| l.split(',').map(str::to_owned).collect::<Vec<_>>())
        .find(|fields| fields[0] == force)
        .unwrap_or_else(|| panic!("no tile for {force}"))
}

fn expect_refused(data: &Path, place: &str, message: &str) {
    let (ok, stderr) = bundle(data);
    assert!(!ok, "accepted: {message}");
    assert!(stderr.contains(place), "no `{place}` in:\n{stderr}");
    assert!(stderr.contains(message), "no `{message}` in:\n{stderr}");
    assert!(!stderr.contains("panicked"), "ingest panicked:\n{stderr}");
    assert!(
        !data.join("out").exists(),
        "a bundle was written despite the error"
    );
    std::fs::remove_dir_all(data).unwrap();
}

#[test]
fn two_tiles_in_one_cell() {
    let kent = project_tile("kent");
    let (data, line) = data_with_tile_row("tile-cell", "surrey", |fields| {
        Some(format!("{},{},{},{}", fields[0], kent[1], kent[2], fields[3]))
    });
    expect_refused(
        &data,
        &format!("tiles.csv:{line}: "),
        &format!("column {}, row {} is already kent's square", kent[1], kent[2]),
    );
}

#[test]
fn tile_outside_the_grid() {
    let (data, line) = data_with_tile_row("tile-column", "kent", |f| {
        Some(format!("{},11,{},{}", f[0], f[2], f[3]))
    });
    expect_refused(
        &data,
        &format!("tiles.csv:{line}: "),
        "`11` is not a column of the map (a whole number from 1 to 10)",
    );
    let (data, line) = data_with_tile_row("tile-row", "kent", |f| {
        Some(format!("{},{},0,{}", f[0], f[1], f[3]))
    });
    expect_refused(
        &data,
        &format!("tiles.csv:{line}: "),
        "`0` is not a row of the map (a whole number from 1 to 12)",
    );
}

#[test]
fn tile_without_its_letters() {
    let (data, line) = data_with_tile_row("tile-abbreviation", "kent", |f| {
        Some(format!("{},{},{},", f[0], f[1], f[2]))
    });
    expect_refused(
        &data,
        &format!("tiles.csv:{line}: "),
        "`` is not a square's abbreviation",
    );
}

#[test]
fn tile_letters_used_twice() {
    let kent = project_tile("kent");
    let (data, line) = data_with_tile_row("tile-letters-twice", "surrey", |f| {
        Some(format!("{},{},{},{}", f[0], f[1], f[2], kent[3]))
    });
    // Kent's row comes before Surrey's in the file.
    expect_refused(
        &data,
        &format!("tiles.csv:{line}: "),
        &format!("`{}` already marks another square", kent[3]),
    );
}

#[test]
fn force_without_a_tile() {
    let (data, _) = data_with_tile_row("tile-missing", "kent", |_| None);
    expect_refused(
        &data,
        "tiles.csv: ",
        "no square for `kent`: every force of forces.csv has one",
    );
}

#[test]
fn source_whose_publisher_is_not_listed() {
    expect_error(
        "unlisted-publisher",
        "kent,2016,effectiveness-q1-preventing,good,https://news.example.org/kent-peel,",
        "the source host `news.example.org` has no publisher in",
    );
}

#[test]
fn monitoring_spell_of_an_unknown_force() {
    expect_error_in(
        "monitoring.csv",
        "monitoring-unknown-force",
        "kentt,2019,,,https://hmicfrs.justiceinspectorates.gov.uk/,",
        "unknown force `kentt` (not in forces.csv)",
    );
}

#[test]
fn monitoring_date_of_another_form() {
    expect_error_in(
        "monitoring.csv",
        "monitoring-date-form",
        "kent,06/2022,,,https://hmicfrs.justiceinspectorates.gov.uk/,",
        "`entered` `06/2022` is not a date of the form 2019, 2022-06 or 2024-12-06",
    );
}

#[test]
fn monitoring_spell_left_before_it_was_entered() {
    expect_error_in(
        "monitoring.csv",
        "monitoring-left-first",
        "kent,2023-05,2022,,https://hmicfrs.justiceinspectorates.gov.uk/,",
        "`left` (2022) is before `entered` (May 2023)",
    );
}

#[test]
fn monitoring_spells_of_one_force_overlapping() {
    // Lincolnshire's spell from 6 December 2024 has no end in the data.
    expect_error_in(
        "monitoring.csv",
        "monitoring-overlap",
        "lincolnshire,2025-03,2025-04,,https://hmicfrs.justiceinspectorates.gov.uk/,",
        "this spell of lincolnshire overlaps the one on line",
    );
}

#[test]
fn monitoring_source_without_a_publisher() {
    expect_error_in(
        "monitoring.csv",
        "monitoring-publisher",
        "kent,2019,2020,,https://example.org/kent,",
        "the source host `example.org` has no publisher in",
    );
}

#[test]
fn publisher_of_an_unknown_kind() {
    expect_error_in(
        "publishers.csv",
        "publisher-kind",
        "example.org,Example,newspaper",
        "unknown kind `newspaper`",
    );
}

#[test]
fn missing_new_data_files_are_clear_errors() {
    for file in [
        "reports.csv",
        "places.csv",
        "tiles.csv",
        "publishers.csv",
        "monitoring.csv",
        "dataset.json",
    ] {
        let data = data_with_grade_row(&format!("missing-{file}"), "");
        std::fs::remove_file(data.join(file)).unwrap();
        let (ok, stderr) = bundle(&data);
        assert!(!ok, "{file}: built without it");
        assert!(
            stderr.contains(&format!("{file}: cannot read the file")),
            "{stderr}"
        );
        std::fs::remove_dir_all(&data).unwrap();
    }
}

#[test]
fn missing_data_folder_is_a_clear_error() {
    let (ok, stderr) = bundle(Path::new("/nonexistent/peel-data"));
    assert!(!ok);
    assert!(stderr.contains("forces.csv: cannot read the file"), "{stderr}");
}

/// `peel-ingest parse` on bad input: `error: <file>:<line>: <what is wrong>` and status 1.
#[test]
fn parse_command_reports_a_bad_page_with_its_line() {
    let dir = std::env::temp_dir().join(format!("peel-ingest-parse-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty.txt", b"", ":1: the file is empty"),
        ("not-peel.txt", b"Hello\nworld\n", ":1: not a PEEL page"),
        ("not-utf8.txt", b"Kent 2016\n\xff\xfe\n", ":2: "),
    ];
    for (name, bytes, expected) in cases {
        let file = dir.join(name);
        std::fs::write(&file, bytes).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_peel-ingest"))
            .arg("parse")
            .arg(&file)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.starts_with(&format!("error: {}{expected}", file.display())),
            "{name}: {stderr}"
        );
        assert!(output.stdout.is_empty(), "{name}: nothing on stdout");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn parse_command_prints_the_reference_page_without_warnings() {
    let page = project_data().join("sources/northamptonshire-2016.txt");
    let output = Command::new(env!("CARGO_BIN_EXE_peel-ingest"))
        .arg("parse")
        .arg(&page)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["force"], "northamptonshire");
    assert_eq!(report["key_facts"]["figures"].as_array().unwrap().len(), 9);
}
