//! The bench's report: its tables printed, and written to `target/bench/report.md` (for
//! docs/performance.md) with every figure in `target/bench/report.json`.

use std::path::Path;

use crate::process::{Result, fail, root};

use super::probes::Probes;
use super::{json, tables};

pub fn write(probes: &Probes) -> Result<()> {
    let tables = tables::all(probes);
    println!(
        "\nPEEL Explorer: {} and {}",
        probes.current.label, probes.baseline.label
    );
    for table in &tables {
        print!("\n{}", table.text());
    }
    let markdown = format!(
        "<!-- cargo xtask bench --runs {}: {} and {} -->\n\n{}",
        probes.runs,
        probes.current.label,
        probes.baseline.label,
        tables.iter().map(|t| t.markdown()).collect::<Vec<_>>().join("\n")
    );
    let json = serde_json::to_string_pretty(&json::report(probes)).unwrap_or_default() + "\n";
    let dir = root().join("target/bench");
    match write_files(&dir, &markdown, &json) {
        Ok(()) => {
            eprintln!(
                "\nWritten: {} (the tables, for docs/performance.md) and {}",
                dir.join("report.md").display(),
                dir.join("report.json").display()
            );
            Ok(())
        }
        Err(e) => fail(
            "write the bench report",
            format!("{}: {e}", dir.display()),
            "Check the disk has room.",
        ),
    }
}

fn write_files(dir: &Path, markdown: &str, json: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("report.md"), markdown)?;
    std::fs::write(dir.join("report.json"), json)
}
