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

use super::highlight::Highlight;
use super::{Head, Item, Printer};
use crate::search::{DispatchGroup, Hit};

const DIM_ON: &str = "\x1b[2m";
const BOLD_ON: &str = "\x1b[1m";
const OFF: &str = "\x1b[0m";

/// Human-readable output.
#[derive(Debug, Clone, Copy)]
pub struct TextPrinter {
    /// How matched words are marked.
    pub highlight: Highlight,
    /// Matches announced by `begin`.
    total: usize,
}

impl TextPrinter {
    /// A printer marking matches with `highlight`.
    pub fn new(highlight: Highlight) -> TextPrinter {
        TextPrinter { highlight, total: 0 }
    }
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
            writeln!(out, "   {bold}{}{off}", h.mark(title, &hit.title_highlights))?;
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

impl TextPrinter {
    fn dispatch(&self, d: &DispatchGroup, out: &mut dyn Write) -> io::Result<()> {
        let h = self.highlight;
        let (bold, dim, off) = (self.style(BOLD_ON), self.style(DIM_ON), self.style(OFF));
        write!(out, "{bold}{}. {}{off}", d.rank, h.escape(&d.dispatch_id))?;
        write!(out, "{dim} · {}", h.escape(d.date.as_deref().unwrap_or("undated")))?;
        if let Some(source) = &d.source {
            write!(out, " · {}", h.escape(source))?;
        }
        let s = if d.passages == 1 { "" } else { "s" };
        writeln!(out, " · {} matching passage{s} · best score {:.2}{off}", d.passages, d.best_score)?;
        if let Some(title) = &d.title {
            writeln!(out, "   {bold}{}{off}", h.escape(title))?;
        }
        let (actors, places) = (d.actors(), d.places());
        if !actors.is_empty() {
            writeln!(out, "   {dim}actors: {}{off}", h.escape(&actors.join(", ")))?;
        }
        if !places.is_empty() {
            writeln!(out, "   {dim}places: {}{off}", h.escape(&places.join(", ")))?;
        }
        Ok(())
    }
}

impl Printer for TextPrinter {
    fn begin(&mut self, head: &Head<'_>, out: &mut dyn Write) -> io::Result<()> {
        let h = self.highlight;
        self.total = head.total;
        for c in head.corrections {
            writeln!(out, "{} → {}", h.escape(&c.typed), h.escape(&c.found.join(", ")))?;
        }
        let n = head.total;
        let (one, many) = if head.dispatches { ("dispatch", "dispatches") } else { ("passage", "passages") };
        let noun = if n == 1 { one } else { many };
        if head.query.is_empty() {
            writeln!(out, "{n} {noun}{}", if head.dispatches { "" } else { ", newest first" })?;
        } else {
            let verb = if n == 1 { "matches" } else { "match" };
            writeln!(out, "{n} {noun} {verb} {}", h.escape(&format!("{:?}", head.query)))?;
        }
        if !head.suggestions.is_empty() {
            writeln!(out, "did you mean: {}?", h.escape(&head.suggestions.join(", ")))?;
        }
        Ok(())
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out)?;
        match item {
            Item::Hit(hit) => self.hit(hit, out),
            Item::Dispatch(d) => self.dispatch(d, out),
        }
    }

    fn end(&mut self, shown: usize, out: &mut dyn Write) -> io::Result<()> {
        if shown < self.total {
            writeln!(out, "\n{shown} of {} shown (--limit N or --all for more)", self.total)?;
        }
        Ok(())
    }
}
