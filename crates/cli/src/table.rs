//! Printing rows as aligned columns, CSV or JSON.

use std::io::{IsTerminal, Write};

use serde::Serialize;

use crate::kb::Format;

/// Rows ready for the table and CSV printers.
pub struct Table {
    /// Column names.
    pub headers: Vec<&'static str>,
    /// One vector of cells per row.
    pub rows: Vec<Vec<String>>,
}

/// Widest a table cell is printed before it is cut with `…`.
const CELL: usize = 60;

impl Table {
    /// A table with these columns and no rows.
    pub fn new(headers: &[&'static str]) -> Table {
        Table {
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn write_table(&self, out: &mut impl Write) -> std::io::Result<()> {
        let cut = |s: &str| -> String {
            let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
            if one_line.chars().count() > CELL {
                one_line.chars().take(CELL - 1).collect::<String>() + "…"
            } else {
                one_line
            }
        };
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| cut(c)).collect())
            .collect();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for r in &cells {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |out: &mut dyn Write, r: &[String]| -> std::io::Result<()> {
            let mut s = String::new();
            for (i, (c, w)) in r.iter().zip(&widths).enumerate() {
                if i + 1 == r.len() {
                    s.push_str(c);
                } else {
                    s.push_str(&format!("{c:<w$}  ", w = w));
                }
            }
            writeln!(out, "{}", s.trim_end())
        };
        let head: Vec<String> = self.headers.iter().map(|h| h.to_uppercase()).collect();
        line(out, &head)?;
        for r in &cells {
            line(out, r)?;
        }
        Ok(())
    }

    fn write_csv(&self, out: &mut impl Write) -> std::io::Result<()> {
        let field = |s: &str| {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        };
        writeln!(out, "{}", self.headers.join(","))?;
        for r in &self.rows {
            let cells: Vec<String> = r.iter().map(|c| field(c)).collect();
            writeln!(out, "{}", cells.join(","))?;
        }
        Ok(())
    }
}

/// The format to use: the one asked for, else a table on a terminal and JSON otherwise.
pub fn resolve(format: Option<Format>) -> Format {
    format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Json
    })
}

/// Prints `value` as JSON, or `table()` as a table or CSV.
pub fn print<T: Serialize>(
    format: Format,
    value: &T,
    table: impl FnOnce() -> Table,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, value)?;
            writeln!(out)?;
        }
        Format::Table => table().write_table(&mut out)?,
        Format::Csv => table().write_csv(&mut out)?,
    }
    out.flush()?;
    Ok(())
}

/// Joins a list for one cell.
pub fn list(items: &[String]) -> String {
    items.join("; ")
}

/// An optional cell.
pub fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it() {
        let mut t = Table::new(&["a", "b"]);
        t.row(vec!["x, y".into(), "say \"hi\"".into()]);
        let mut out = Vec::new();
        t.write_csv(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n"
        );
    }

    #[test]
    fn table_aligns_and_cuts() {
        let mut t = Table::new(&["name", "n"]);
        t.row(vec!["x".repeat(100), "1".into()]);
        t.row(vec!["short".into(), "22".into()]);
        let mut out = Vec::new();
        t.write_table(&mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[0], format!("{:<60}  N", "NAME"));
        assert!(lines[1].contains('…'));
        assert!(lines[2].starts_with("short "));
    }
}
