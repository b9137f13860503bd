//! HTML export: one self-contained page (no external CSS, script or font),
//! that opens in any browser and can be mailed as it is.
//!
//! Hits are rows of a table with the chosen columns; every text is
//! HTML-escaped, `highlighted` marks with `<mark>`, and actors and places
//! are shown as labels.

use std::io::{self, Write};

use super::columns::{Cell, Column};
use super::highlight::Highlight;
use super::{Head, Item, Printer};

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4em .6em;\
vertical-align:top;text-align:left}th{background:#f4f4f4}mark{background:#ffe066}\
.label{display:inline-block;border-radius:3px;padding:0 .4em;margin:0 .2em .2em 0;font-size:85%}\
.actors .label{background:#e3ecfa}.places .label{background:#e6f4e6}.n{text-align:right}";

/// One HTML page.
pub struct HtmlPrinter {
    columns: Vec<Column>,
}

impl HtmlPrinter {
    /// A page showing `columns`.
    pub fn new(columns: Vec<Column>) -> HtmlPrinter {
        HtmlPrinter { columns }
    }
}

impl Printer for HtmlPrinter {
    fn begin(&mut self, head: &Head<'_>, out: &mut dyn Write) -> io::Result<()> {
        let h = Highlight::Html;
        let what = if head.dispatches { "dispatches" } else { "passages" };
        let query = if head.query.is_empty() { "(no query)".to_owned() } else { h.escape(head.query) };
        writeln!(out, "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">")?;
        writeln!(out, "<title>depeches: {query}</title>\n<style>{STYLE}</style>\n</head>\n<body>")?;
        writeln!(out, "<h1>{query}</h1>")?;
        write!(out, "<p>{} {what}", head.total)?;
        if !head.filters.is_empty() {
            write!(out, " · filters: {}", h.escape(&head.filters.join(", ")))?;
        }
        writeln!(out, "</p>")?;
        for c in head.corrections {
            writeln!(out, "<p>{} → {}</p>", h.escape(&c.typed), h.escape(&c.found.join(", ")))?;
        }
        writeln!(out, "<table>\n<thead><tr>")?;
        for c in &self.columns {
            writeln!(out, "<th>{}</th>", c.name())?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        let row = item.row();
        writeln!(out, "<tr>")?;
        for &c in &self.columns {
            let cell = row.cell(c, Highlight::Html);
            let html = match (&cell, c) {
                // Marked by Highlight::Html, escaped there.
                (Cell::Owned(marked), _) => marked.clone(),
                (Cell::List(items), Column::Actors | Column::Places | Column::Kinds | Column::Facets) => {
                    items
                        .iter()
                        .map(|i| format!("<span class=\"label\">{}</span>", Highlight::Html.escape(i)))
                        .collect::<String>()
                }
                _ => Highlight::Html.escape(&cell.to_text()),
            };
            let class = match c {
                Column::Actors => " class=\"actors\"",
                Column::Places => " class=\"places\"",
                Column::Rank | Column::Score | Column::PassageNo | Column::Passages => " class=\"n\"",
                _ => "",
            };
            writeln!(out, "<td{class}>{html}</td>")?;
        }
        writeln!(out, "</tr>")
    }

    fn end(&mut self, shown: usize, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "</tbody>\n</table>\n<p>{shown} shown.</p>\n</body>\n</html>")
    }
}
