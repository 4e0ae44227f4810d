//! A table of the bench report: printed as aligned text, written as Markdown.

pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Leading columns that are names (left-aligned); the rest are numbers (right-aligned).
    pub name_columns: usize,
}

impl Table {
    /// The title, a blank line, and the header and rows in aligned columns.
    pub fn text(&self) -> String {
        let columns = self.header.len();
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                std::iter::once(&self.header)
                    .chain(&self.rows)
                    .map(|row| row.get(c).map_or(0, |cell| cell.chars().count()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut text = format!("{}\n\n", self.title);
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = (0..columns)
                .map(|c| {
                    let cell = row.get(c).map_or("", String::as_str);
                    if c < self.name_columns {
                        format!("{cell:<width$}", width = widths[c])
                    } else {
                        format!("{cell:>width$}", width = widths[c])
                    }
                })
                .collect();
            text += cells.join("   ").trim_end();
            text += "\n";
        }
        text
    }

    /// A level-3 heading and a Markdown table, numbers aligned right.
    pub fn markdown(&self) -> String {
        let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
        let rule: Vec<String> = (0..self.header.len())
            .map(|c| if c < self.name_columns { "---" } else { "---:" }.to_owned())
            .collect();
        let mut text = format!("### {}\n\n", self.title);
        text += &line(&self.header);
        text += &line(&rule);
        for row in &self.rows {
            text += &line(row);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let cells = |row: &[&str]| row.iter().map(|c| c.to_string()).collect();
        Table {
            title: "Sizes".into(),
            header: cells(&["", "this tree", "HEAD~1"]),
            rows: vec![
                cells(&["app wasm", "352.2 KB", "355.0 KB"]),
                cells(&["stylesheet", "7.1 KB", ""]),
            ],
            name_columns: 1,
        }
    }

    #[test]
    fn names_align_left_and_numbers_right_in_text() {
        let lines = [
            "Sizes",
            "",
            "             this tree     HEAD~1",
            "app wasm      352.2 KB   355.0 KB",
            "stylesheet      7.1 KB",
        ];
        assert_eq!(table().text(), lines.join("\n") + "\n");
    }

    #[test]
    fn markdown_marks_the_number_columns_right_aligned() {
        assert_eq!(
            table().markdown(),
            "### Sizes\n\n\
             |  | this tree | HEAD~1 |\n\
             | --- | ---: | ---: |\n\
             | app wasm | 352.2 KB | 355.0 KB |\n\
             | stylesheet | 7.1 KB |  |\n"
        );
    }
}
