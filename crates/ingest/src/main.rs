//! `peel-ingest`: parse one source page, or build the whole bundle from `data/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use peel_ingest::{Diagnostic, bundle, questions, report_page};
use peel_model::Date;

fn usage() -> String {
    format!(
        "\
usage:
  peel-ingest parse <FILE> [--strict] [--data DIR]
      Print the report parsed from one source page as JSON; warnings go to stderr.
      Its grades are checked against DIR/grades.csv (default: the page's data folder), its
      round against DIR/questions.json (default: that folder's, else the project's).
  peel-ingest bundle [--data DIR] [--out DIR] [--strict] [--data-date YYYY-MM-DD]
      Check everything in DIR (default data) and write the bundle to DIR (default
      {}).",
        default_out().display()
    )
}

/// `target/bundle/data/v<BUNDLE_VERSION>`.
fn default_out() -> PathBuf {
    Path::new("target/bundle").join(peel_model::bundle::Layout::CURRENT.dir())
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

enum Command {
    Parse {
        file: PathBuf,
        data: Option<PathBuf>,
    },
    Bundle {
        data: PathBuf,
        out: PathBuf,
        data_date: Option<Date>,
    },
}

fn run() -> Result<ExitCode, String> {
    let (command, strict) = parse_args().map_err(|e| format!("{e}\n{}", usage()))?;
    match command {
        Command::Parse { file, data } => parse(&file, data, strict),
        Command::Bundle { data, out, data_date } => build(&data, &out, strict, data_date),
    }
}

fn parse_args() -> Result<(Command, bool), lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut subcommand = None;
    let mut file = None;
    let mut data = None;
    let mut out = None;
    let mut data_date = None;
    let mut strict = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("strict") => strict = true,
            Long("data") => data = Some(PathBuf::from(parser.value()?)),
            Long("out") => out = Some(PathBuf::from(parser.value()?)),
            Long("data-date") => {
                let text = parser.value()?.string()?;
                data_date = Some(Date::parse_iso(&text).ok_or_else(|| {
                    lexopt::Error::from(format!("--data-date `{text}` is not a date (YYYY-MM-DD)"))
                })?);
            }
            Long("help") | Short('h') => {
                println!("{}", usage());
                std::process::exit(0);
            }
            Value(value) if subcommand.is_none() => subcommand = Some(value.string()?),
            Value(value) if subcommand.as_deref() == Some("parse") && file.is_none() => {
                file = Some(PathBuf::from(value))
            }
            _ => return Err(arg.unexpected()),
        }
    }
    let command = match subcommand.as_deref() {
        Some("parse") => Command::Parse {
            file: file.ok_or_else(|| lexopt::Error::from("parse needs a FILE"))?,
            data,
        },
        Some("bundle") => Command::Bundle {
            data: data.unwrap_or_else(|| PathBuf::from("data")),
            out: out.unwrap_or_else(default_out),
            data_date,
        },
        Some(other) => return Err(format!("unknown command `{other}`").into()),
        None => return Err("no command given".into()),
    };
    Ok((command, strict))
}

fn parse(file: &Path, data: Option<PathBuf>, strict: bool) -> Result<ExitCode, String> {
    let label = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| format!("{label}: cannot read the file: {e}"))?;
    // The page's data folder: data/sources/x.txt -> data/.
    let data = data.or_else(|| {
        let dir = file.parent()?.parent()?;
        dir.join("grades.csv").exists().then(|| dir.to_path_buf())
    });
    // Which rounds there are: the data folder's questions.json, else the project's own.
    let questions_dir = data.clone().unwrap_or_else(bundle::project_data_dir);
    let questions = questions::read_questions(
        &questions_dir,
        &questions_dir.join(questions::FILE).display().to_string(),
    )
    .map_err(|e| e.to_string())?;
    let parsed = report_page::parse_report_page(&bytes, &label, &questions).map_err(|e| e.to_string())?;
    report_warnings(&parsed.warnings, strict)?;
    if let Some(data) = data {
        bundle::check_page_against_data(&parsed.report, &data).map_err(join)?;
    } else {
        eprintln!("note: no data folder with grades.csv found; grades not cross-checked (use --data DIR)");
    }
    let json = serde_json::to_string_pretty(&parsed.report).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(ExitCode::SUCCESS)
}

fn build(data: &Path, out: &Path, strict: bool, data_date: Option<Date>) -> Result<ExitCode, String> {
    let options = bundle::Options {
        strict,
        data_date,
        ..Default::default()
    };
    let built = bundle::build(data, &options).map_err(join)?;
    report_warnings(&built.warnings, strict)?;
    bundle::write(&built, out).map_err(|e| format!("cannot write the bundle to {}: {e}", out.display()))?;
    eprintln!(
        "bundle: {} forces, {} headline grades, {} full pages, {} report pages, {} places -> {}",
        built.index.forces.len(),
        built.index.grades.len(),
        built.index.force_rounds.iter().filter(|r| r.has_report).count(),
        built
            .index
            .force_rounds
            .iter()
            .filter(|r| r.report_url.is_some())
            .count(),
        built.places.places.len(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn report_warnings(warnings: &[Diagnostic], strict: bool) -> Result<(), String> {
    if strict && !warnings.is_empty() {
        return Err(join(warnings.to_vec()) + "\n(--strict: warnings are errors)");
    }
    for warning in warnings {
        eprintln!("warning: {warning}");
    }
    Ok(())
}

fn join(diagnostics: Vec<Diagnostic>) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\nerror: ")
}
