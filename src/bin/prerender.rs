//! Writes every page of the site as static HTML into Trunk's output folder.
//! Run by `cargo xtask`; see `peel_explorer::prerender`.

use std::path::PathBuf;
use std::process::ExitCode;

use peel_explorer::prerender::{Options, run};
use peel_explorer::site::Site;

const USAGE: &str =
    "usage: prerender --dist DIR --bundle DIR --shell FILE [--base-path /sub/path/] [--origin https://host]";

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match run(&options) {
        Ok(summary) => {
            eprintln!(
                "prerendered {} pages into {}",
                summary.pages,
                options.dist.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args() -> Result<Options, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let (mut dist, mut bundle, mut shell) = (None, None, None);
    let (mut base, mut origin) = (String::from("/"), String::new());
    while let Some(arg) = parser.next()? {
        match arg {
            Long("dist") => dist = Some(PathBuf::from(parser.value()?)),
            Long("bundle") => bundle = Some(PathBuf::from(parser.value()?)),
            Long("shell") => shell = Some(PathBuf::from(parser.value()?)),
            Long("base-path") => base = parser.value()?.string()?,
            Long("origin") => origin = parser.value()?.string()?,
            _ => return Err(arg.unexpected()),
        }
    }
    let missing = |name: &str| lexopt::Error::from(format!("{name} is required"));
    Ok(Options {
        dist: dist.ok_or_else(|| missing("--dist"))?,
        bundle: bundle.ok_or_else(|| missing("--bundle"))?,
        shell: shell.ok_or_else(|| missing("--shell"))?,
        site: Site::new(&base, &origin),
    })
}
