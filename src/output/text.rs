//! Terminal output: one block per hit, matched words marked.
//!
//! ```text
//! 4 passages match "armee malienne"
//!
//! 1. 000_059ab664ff4507f1 ¶1 · 2023-09 · score 2.12
//!    L'armée malienne a confirmé sur les réseaux sociaux que…
//!    actors: FAMa · places: Léré, Tombouctou
//! ```
//!
//! Marks follow `--highlight` (ANSI colour on a terminal, nothing when
//! piped, HTML or Markdown on request); with ANSI, metadata is dimmed and
//! ids are bold. With HTML every printed text is escaped, not only the
//! snippets, so the output can be pasted into a page as it is.

use std::io::{self, Write};

use super::Printer;
use super::highlight::Highlight;
use crate::search::{Hit, SearchResults};

const DIM_ON: &str = "\x1b[2m";
const BOLD_ON: &str = "\x1b[1m";
const OFF: &str = "\x1b[0m";

/// Human-readable output.
#[derive(Debug, Clone, Copy)]
pub struct TextPrinter {
    /// How matched words are marked.
    pub highlight: Highlight,
}

impl TextPrinter {
    fn style<'a>(&self, code: &'a str) -> &'a str {
        if self.highlight == Highlight::Ansi { code } else { "" }
    }

    fn hit(&self, hit: &Hit, out: &mut dyn Write) -> io::Result<()> {
        let h = self.highlight;
        let (bold, dim, off) = (self.style(BOLD_ON), self.style(DIM_ON), self.style(OFF));
        write!(out, "{bold}{}. {}{off} ¶{}", hit.rank, h.escape(&hit.dispatch_id), hit.passage_no)?;
        write!(out, "{dim} · {}", h.escape(hit.date.as_deref().unwrap_or("undated")))?;
        if let Some(source) = &hit.source {
            write!(out, " · {}", h.escape(source))?;
        }
        if hit.score > 0.0 {
            write!(out, " · score {:.2}", hit.score)?;
        }
        writeln!(out, "{off}")?;
        if let Some(title) = &hit.title {
            writeln!(out, "   {bold}{}{off}", h.escape(title))?;
        }
        for n in hit.context.iter().filter(|n| n.passage_no < hit.passage_no) {
            writeln!(out, "   {dim}¶{} {}{off}", n.passage_no, h.escape(&n.text))?;
        }
        writeln!(out, "   {}", h.mark(&hit.snippet.text, &hit.snippet.highlights))?;
        for n in hit.context.iter().filter(|n| n.passage_no > hit.passage_no) {
            writeln!(out, "   {dim}¶{} {}{off}", n.passage_no, h.escape(&n.text))?;
        }
        let (actors, places) = (hit.actors(), hit.places());
        if !actors.is_empty() || !places.is_empty() {
            write!(out, "   {dim}")?;
            if !actors.is_empty() {
                write!(out, "actors: {}", h.escape(&actors.join(", ")))?;
            }
            if !places.is_empty() {
                let sep = if actors.is_empty() { "" } else { " · " };
                write!(out, "{sep}places: {}", h.escape(&places.join(", ")))?;
            }
            writeln!(out, "{off}")?;
        }
        if let Some(similar) = &hit.similar {
            let mut shown: Vec<String> = similar.dispatches.iter().map(|d| h.escape(d)).collect();
            if similar.dispatches.len() < similar.count {
                shown.push("…".into());
            }
            writeln!(out, "   {dim}+{} similar in dispatches {}{off}", similar.count, shown.join(", "))?;
        }
        Ok(())
    }
}

impl Printer for TextPrinter {
    fn print(&mut self, results: &SearchResults, out: &mut dyn Write) -> io::Result<()> {
        let h = self.highlight;
        for c in &results.corrections {
            writeln!(out, "{} → {}", h.escape(&c.typed), h.escape(&c.found.join(", ")))?;
        }
        let n = results.total;
        if results.query.is_empty() {
            writeln!(out, "{n} passage{}, newest first", if n == 1 { "" } else { "s" })?;
        } else {
            let noun = if n == 1 { "passage matches" } else { "passages match" };
            writeln!(out, "{n} {noun} {}", h.escape(&format!("{:?}", results.query)))?;
        }
        if !results.suggestions.is_empty() {
            writeln!(out, "did you mean: {}?", h.escape(&results.suggestions.join(", ")))?;
        }
        for hit in &results.hits {
            writeln!(out)?;
            self.hit(hit, out)?;
        }
        if results.hits.len() < n {
            writeln!(out, "\n{} of {n} shown (--limit N for more)", results.hits.len())?;
        }
        Ok(())
    }
}
