//! Tabular exports: CSV, TSV and Markdown, one row per hit.
//!
//! - CSV follows RFC 4180 (the `csv` crate quotes exactly the fields that
//!   need it, lines end in CRLF). `--excel` adds a UTF-8 byte-order mark,
//!   so Excel reads the accents, and puts a `'` before any text cell that
//!   starts with `=`, `+`, `-`, `@`, a tab or a carriage return, so a
//!   passage cannot run as a formula in the analyst's spreadsheet (CSV
//!   injection).
//! - TSV puts one row per line: a backslash, tab, newline or carriage
//!   return inside a field is written `\\`, `\t`, `\n`, `\r`.
//! - Markdown is a GitHub table; Markdown's own characters are escaped and
//!   `highlighted` marks with `**`.
//!
//! A header row names the columns ([`super::columns`]); lists are joined
//! with `; `.

use std::io::{self, Write};

use super::columns::{Cell, Column};
use super::highlight::Highlight;
use super::{Head, Item, Printer};

/// CSV (RFC 4180).
pub struct CsvPrinter {
    columns: Vec<Column>,
    excel: bool,
}

impl CsvPrinter {
    /// A printer of `columns`; `excel` for the BOM and formula guard.
    pub fn new(columns: Vec<Column>, excel: bool) -> CsvPrinter {
        CsvPrinter { columns, excel }
    }

    fn record<I, S>(&self, fields: I, out: &mut dyn Write) -> io::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<[u8]>,
    {
        let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
        writer.write_record(fields).map_err(io::Error::other)?;
        writer.flush()
    }
}

/// Cells that a spreadsheet would take for a formula.
fn guard_formula(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text }
}

impl Printer for CsvPrinter {
    fn begin(&mut self, _: &Head<'_>, out: &mut dyn Write) -> io::Result<()> {
        if self.excel {
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        self.record(self.columns.iter().map(|c| c.name()), out)
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        let row = item.row();
        let cells: Vec<String> = self
            .columns
            .iter()
            .map(|&c| {
                let cell = row.cell(c, Highlight::Markdown);
                let numeric = matches!(cell, Cell::Int(_) | Cell::Float(_));
                let text = cell.to_text();
                if self.excel && !numeric { guard_formula(text) } else { text }
            })
            .collect();
        self.record(cells, out)
    }

    fn end(&mut self, _: usize, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// TSV: one row per line, separators escaped.
pub struct TsvPrinter {
    /// Columns, in order.
    pub columns: Vec<Column>,
}

fn tsv_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

impl Printer for TsvPrinter {
    fn begin(&mut self, _: &Head<'_>, out: &mut dyn Write) -> io::Result<()> {
        let names: Vec<&str> = self.columns.iter().map(|c| c.name()).collect();
        writeln!(out, "{}", names.join("\t"))
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        let row = item.row();
        let cells: Vec<String> =
            self.columns.iter().map(|&c| tsv_escape(&row.cell(c, Highlight::Markdown).to_text())).collect();
        writeln!(out, "{}", cells.join("\t"))
    }

    fn end(&mut self, _: usize, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// A Markdown table.
pub struct MarkdownPrinter {
    /// Columns, in order.
    pub columns: Vec<Column>,
}

impl Printer for MarkdownPrinter {
    fn begin(&mut self, _: &Head<'_>, out: &mut dyn Write) -> io::Result<()> {
        let names: Vec<&str> = self.columns.iter().map(|c| c.name()).collect();
        writeln!(out, "| {} |", names.join(" | "))?;
        let rule: Vec<&str> = self
            .columns
            .iter()
            .map(|c| {
                if matches!(c, Column::Rank | Column::Score | Column::PassageNo | Column::Passages) {
                    "---:"
                } else {
                    "---"
                }
            })
            .collect();
        writeln!(out, "| {} |", rule.join(" | "))
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        let row = item.row();
        let cells: Vec<String> = self
            .columns
            .iter()
            .map(|&c| {
                let cell = match row.cell(c, Highlight::Markdown) {
                    // Already marked and escaped.
                    Cell::Owned(marked) => marked,
                    other => Highlight::Markdown.escape(&other.to_text()),
                };
                cell.replace(['\n', '\r'], " ")
            })
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))
    }

    fn end(&mut self, _: usize, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_escapes_separators() {
        assert_eq!(tsv_escape("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
    }

    #[test]
    fn formulas_are_guarded() {
        assert_eq!(guard_formula("=1+1".into()), "'=1+1");
        assert_eq!(guard_formula("-2".into()), "'-2");
        assert_eq!(guard_formula("Kidal".into()), "Kidal");
    }
}
