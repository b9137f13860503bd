//! Output: hit lists → bytes for a terminal, a program or a spreadsheet.
//!
//! Printers are kept apart from searching (as in ripgrep): the search layer
//! hands over hits, a [`Printer`] writes them. Printers stream: `begin`
//! with what is known before the hits (query, total, corrections), one
//! `item` per hit or dispatch, then `end`, so an export of every hit holds
//! one hit at a time. Formats: `text` for people (marks follow
//! `--highlight`), `json` (one document), `jsonl` (one object a line), `csv`
//! (RFC 4180), `tsv`, `markdown` (a GitHub table) and `html` (one
//! self-contained page of the same cards as the web page, [`html::card`]).
//! Column names are a stable interface ([`columns`]).

pub mod claims;
pub mod columns;
pub mod destination;
pub mod dispatch;
pub mod export;
pub mod highlight;
pub mod html;
mod json;
pub mod stats;
pub mod tables;
mod tabular;
mod text;
pub mod timeline;

pub use html::HtmlPrinter;
pub use json::{JsonPrinter, JsonlPrinter};
pub use tabular::{CsvPrinter, MarkdownPrinter, TsvPrinter};
pub use text::TextPrinter;

use std::io::{self, Write};
use std::path::Path;

use columns::Column;
use highlight::Highlight;

use crate::search::{Correction, DispatchGroup, Hit, SearchResults};

/// Output formats of `search` and `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Text,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// RFC 4180 comma-separated values.
    Csv,
    /// Tab-separated values, one line per row.
    Tsv,
    /// A GitHub-flavoured Markdown table.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

impl Format {
    /// The format a file name asks for, by its extension.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" => Format::Text,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "csv" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            _ => return None,
        })
    }
}

/// What is known before the first hit.
#[derive(Debug, Clone, Copy)]
pub struct Head<'a> {
    /// The query (empty when listing by filters).
    pub query: &'a str,
    /// The filters, as the user gave them.
    pub filters: &'a [String],
    /// Matching passages (or dispatches, for a dispatch list).
    pub total: usize,
    /// Whether the rows are dispatches (`--group dispatch`).
    pub dispatches: bool,
    /// Words matched with typos.
    pub corrections: &'a [Correction],
    /// Suggestions when nothing matched.
    pub suggestions: &'a [String],
}

/// One row of a hit list.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    /// A passage.
    Hit(&'a Hit),
    /// A dispatch (`--group dispatch`).
    Dispatch(&'a DispatchGroup),
}

impl Item<'_> {
    fn row(&self) -> &dyn columns::Row {
        match self {
            Item::Hit(h) => *h,
            Item::Dispatch(d) => *d,
        }
    }
}

/// Writes a hit list in one format, streaming.
pub trait Printer {
    /// Before the rows.
    fn begin(&mut self, head: &Head<'_>, out: &mut dyn Write) -> io::Result<()>;
    /// One row.
    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()>;
    /// After the rows; `shown` rows were written.
    fn end(&mut self, shown: usize, out: &mut dyn Write) -> io::Result<()>;
}

/// How to print.
#[derive(Debug, Clone)]
pub struct PrintConfig {
    /// Format.
    pub format: Format,
    /// Marks in text output.
    pub highlight: Highlight,
    /// Columns (`--fields`); `None` for the format's defaults.
    pub fields: Option<Vec<Column>>,
    /// CSV for Excel: a BOM, and formula-like cells guarded.
    pub excel: bool,
}

/// The printer of `config`, for rows of passages or of dispatches.
pub fn printer(config: &PrintConfig, dispatches: bool) -> Box<dyn Printer> {
    let default_columns =
        if dispatches { columns::DISPATCH_COLUMNS.to_vec() } else { columns::PASSAGE_COLUMNS.to_vec() };
    let columns = config.fields.clone().unwrap_or(default_columns);
    match config.format {
        Format::Text => Box::new(TextPrinter::new(config.highlight)),
        Format::Json => Box::new(JsonPrinter::new(config.fields.clone())),
        Format::Jsonl => Box::new(JsonlPrinter::new(config.fields.clone())),
        Format::Csv => Box::new(CsvPrinter::new(columns, config.excel)),
        Format::Tsv => Box::new(TsvPrinter { columns }),
        Format::Markdown => Box::new(MarkdownPrinter { columns }),
        // Readable cards; `--fields` asks for the table form.
        Format::Html if config.fields.is_some() => Box::new(HtmlPrinter::table(columns)),
        Format::Html => Box::new(HtmlPrinter::cards()),
    }
}

/// A size for people: binary units, one decimal (`65.6 MB`).
pub fn human_bytes(b: u64) -> String {
    match b {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}

/// Prints collected results (a limited search) with `printer`.
pub fn print_results(
    printer: &mut dyn Printer,
    results: &SearchResults,
    filters: &[String],
    out: &mut dyn Write,
) -> io::Result<()> {
    let head = Head {
        query: &results.query,
        filters,
        total: results.total,
        dispatches: false,
        corrections: &results.corrections,
        suggestions: &results.suggestions,
    };
    printer.begin(&head, out)?;
    for hit in &results.hits {
        printer.item(Item::Hit(hit), out)?;
    }
    printer.end(results.hits.len(), out)
}
