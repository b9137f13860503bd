//! Output: search results → bytes for a terminal or a program.
//!
//! Printers are kept apart from searching (as in ripgrep): the search layer
//! returns [`SearchResults`], a printer writes them. `text` is for people
//! (colour marks on a terminal, honouring `NO_COLOR`), `json` for scripts;
//! the JSON field names are a stable interface.

pub mod dispatch;
pub mod highlight;
mod json;
pub mod stats;
pub mod tables;
mod text;
pub mod timeline;

pub use json::JsonPrinter;
pub use text::TextPrinter;

use std::io::{self, Write};

use crate::search::SearchResults;

/// Output formats of `search`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Text,
    /// One JSON document.
    Json,
}

/// Writes search results in one format.
pub trait Printer {
    /// Writes `results` to `out`.
    fn print(&mut self, results: &SearchResults, out: &mut dyn Write) -> io::Result<()>;
}

/// The printer for `format`; `highlight` only matters for text.
pub fn printer(format: Format, highlight: highlight::Highlight) -> Box<dyn Printer> {
    match format {
        Format::Text => Box::new(TextPrinter { highlight }),
        Format::Json => Box::new(JsonPrinter),
    }
}
