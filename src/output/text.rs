//! Terminal output: one block per hit, marks in bold colour.
//!
//! ```text
//! 2 passages match "armee malienne"
//!
//! 1. 000_059ab664ff4507f1 ¶1 · 2023-09 · score 3.52
//!    L'armée malienne a confirmé sur les réseaux sociaux que…
//! ```

use std::io::{self, Write};

use super::Printer;
use crate::search::{Hit, SearchResults};

const MARK_ON: &str = "\x1b[1;31m";
const DIM_ON: &str = "\x1b[2m";
const BOLD_ON: &str = "\x1b[1m";
const OFF: &str = "\x1b[0m";

/// Human-readable output.
#[derive(Debug, Clone, Copy)]
pub struct TextPrinter {
    /// Use ANSI colours.
    pub color: bool,
}

impl TextPrinter {
    fn style<'a>(&self, code: &'a str) -> &'a str {
        if self.color { code } else { "" }
    }

    fn hit(&self, hit: &Hit, out: &mut dyn Write) -> io::Result<()> {
        let (bold, dim, off) = (self.style(BOLD_ON), self.style(DIM_ON), self.style(OFF));
        write!(out, "{bold}{}. {}{off} ¶{}", hit.rank, hit.dispatch_id, hit.passage_no)?;
        write!(out, "{dim} · {}", hit.date.as_deref().unwrap_or("undated"))?;
        if let Some(source) = &hit.source {
            write!(out, " · {source}")?;
        }
        writeln!(out, " · score {:.2}{off}", hit.score)?;
        if let Some(title) = &hit.title {
            writeln!(out, "   {bold}{title}{off}")?;
        }
        write!(out, "   ")?;
        self.marked(&hit.snippet.text, &hit.snippet.highlights, out)?;
        writeln!(out)?;
        let (actors, places) = (hit.actors(), hit.places());
        if !actors.is_empty() || !places.is_empty() {
            write!(out, "   {dim}")?;
            if !actors.is_empty() {
                write!(out, "actors: {}", actors.join(", "))?;
            }
            if !places.is_empty() {
                let sep = if actors.is_empty() { "" } else { " · " };
                write!(out, "{sep}places: {}", places.join(", "))?;
            }
            writeln!(out, "{off}")?;
        }
        Ok(())
    }

    /// Writes `text` with `[start, end)` character ranges marked: in colour,
    /// or between `[` `]` when colour is off so marks survive a pipe.
    fn marked(&self, text: &str, highlights: &[(usize, usize)], out: &mut dyn Write) -> io::Result<()> {
        let (on, off) = if self.color { (MARK_ON, OFF) } else { ("[", "]") };
        let mut marks = highlights.iter().peekable();
        let mut buf = String::with_capacity(text.len() + 16 * highlights.len());
        for (i, c) in text.chars().enumerate() {
            if marks.peek().is_some_and(|&&(s, _)| s == i) {
                buf.push_str(on);
            }
            buf.push(c);
            if marks.peek().is_some_and(|&&(_, e)| e == i + 1) {
                buf.push_str(off);
                marks.next();
            }
        }
        out.write_all(buf.as_bytes())
    }
}

impl Printer for TextPrinter {
    fn print(&mut self, results: &SearchResults, out: &mut dyn Write) -> io::Result<()> {
        let n = results.total;
        if results.query.is_empty() {
            writeln!(out, "{n} passage{}, newest first", if n == 1 { "" } else { "s" })?;
        } else {
            let noun = if n == 1 { "passage matches" } else { "passages match" };
            writeln!(out, "{n} {noun} {:?}", results.query)?;
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
