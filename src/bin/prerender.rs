//! Writes every page of the site as static HTML into Trunk's output folder.
//! Run by `cargo xtask`; see `peel_explorer::prerender`.

use std::path::PathBuf;
use std::process::ExitCode;

use peel_explorer::prerender::{Options, run};
use peel_explorer::site::Site;

const USAGE: &str = "usage: prerender --dist DIR --bundle DIR --shell FILE [--base-path /sub/path/] \
                     [--origin https://host] [--preview-cache DIR]";

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
            let previews = &summary.previews;
            eprintln!(
                "prerendered {} pages and {} embeds into {} in {:.1} s; {} link-preview images ({} drawn, the others \
                 unchanged since the last build), {:.1} to {:.1} KB, {:.1} MB in all, {:.1} s of {} \
                 threads",
                summary.pages,
                summary.embeds,
                options.dist.display(),
                summary.elapsed.as_secs_f64(),
                previews.count,
                previews.drawn,
                previews.smallest as f64 / 1024.0,
                previews.largest as f64 / 1024.0,
                previews.total_bytes as f64 / (1024.0 * 1024.0),
                previews.time.as_secs_f64(),
                previews.threads
            );
            let (count, pngs, svg_bytes, time) = &summary.chart_images;
            eprintln!(
                "{count} chart images as PNG and SVG in {:.1} s: PNGs {} drawn (the others unchanged since \
                 the last build), {:.1} to {:.1} KB, {:.1} MB in all; SVGs {:.1} MB in all",
                time.as_secs_f64(),
                pngs.drawn,
                pngs.smallest as f64 / 1024.0,
                pngs.largest as f64 / 1024.0,
                pngs.total_bytes as f64 / (1024.0 * 1024.0),
                *svg_bytes as f64 / (1024.0 * 1024.0),
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
    let mut preview_cache = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("dist") => dist = Some(PathBuf::from(parser.value()?)),
            Long("bundle") => bundle = Some(PathBuf::from(parser.value()?)),
            Long("shell") => shell = Some(PathBuf::from(parser.value()?)),
            Long("base-path") => base = parser.value()?.string()?,
            Long("origin") => origin = parser.value()?.string()?,
            Long("preview-cache") => preview_cache = Some(PathBuf::from(parser.value()?)),
            _ => return Err(arg.unexpected()),
        }
    }
    let missing = |name: &str| lexopt::Error::from(format!("{name} is required"));
    Ok(Options {
        dist: dist.ok_or_else(|| missing("--dist"))?,
        bundle: bundle.ok_or_else(|| missing("--bundle"))?,
        shell: shell.ok_or_else(|| missing("--shell"))?,
        site: Site::new(&base, &origin),
        preview_cache,
    })
}
