//! JSON output: one document `{"query", "total", "hits": [...]}`.
//!
//! Hit fields: `rank`, `score`, `dispatch_id`, `passage_no`, `date`,
//! `title`, `source`, `text`, `snippet`, `highlights` (`[{"start","end"}]`,
//! character offsets into `snippet`), `actors` (canonical ids), `places`
//! (names), `kinds` (actor kinds named or not) and `facets` (full facet
//! paths), `context` (`[{"passage_no", "text"}]`, with `--context`) and
//! `similar` (`{"count", "dispatches"}` for folded near-duplicates, else
//! `null`). The document also has `corrections` (`[{"typed", "found"}]`,
//! words matched with typos) and `suggestions` (with no hits). Absent
//! metadata is `null`. These names are an interface: scripts
//! and later formats rely on them.

use std::io::{self, Write};

use serde::Serialize;

use super::Printer;
use crate::search::{Hit, SearchResults};

/// JSON output.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonPrinter;

#[derive(Serialize)]
struct Document<'a> {
    query: &'a str,
    total: usize,
    corrections: Vec<Correction<'a>>,
    suggestions: &'a [String],
    hits: Vec<JsonHit<'a>>,
}

#[derive(Serialize)]
struct Correction<'a> {
    typed: &'a str,
    found: &'a [String],
}

#[derive(Serialize)]
struct Neighbour<'a> {
    passage_no: u64,
    text: &'a str,
}

#[derive(Serialize)]
struct Similar<'a> {
    count: usize,
    dispatches: &'a [String],
}

/// A hit as JSON.
#[derive(Serialize)]
pub struct JsonHit<'a> {
    rank: usize,
    score: f32,
    dispatch_id: &'a str,
    passage_no: u64,
    date: Option<&'a str>,
    title: Option<&'a str>,
    source: Option<&'a str>,
    text: &'a str,
    snippet: &'a str,
    highlights: Vec<Range>,
    actors: Vec<&'a str>,
    places: Vec<&'a str>,
    kinds: Vec<&'a str>,
    facets: &'a [String],
    context: Vec<Neighbour<'a>>,
    similar: Option<Similar<'a>>,
}

#[derive(Serialize)]
struct Range {
    start: usize,
    end: usize,
}

impl<'a> From<&'a Hit> for JsonHit<'a> {
    fn from(h: &'a Hit) -> Self {
        JsonHit {
            rank: h.rank,
            score: h.score,
            dispatch_id: &h.dispatch_id,
            passage_no: h.passage_no,
            date: h.date.as_deref(),
            title: h.title.as_deref(),
            source: h.source.as_deref(),
            text: &h.text,
            snippet: &h.snippet.text,
            highlights: h.snippet.highlights.iter().map(|&(start, end)| Range { start, end }).collect(),
            actors: h.actors(),
            places: h.places(),
            kinds: h.kinds(),
            facets: &h.facets,
            context: h
                .context
                .iter()
                .map(|n| Neighbour { passage_no: n.passage_no, text: &n.text })
                .collect(),
            similar: h.similar.as_ref().map(|s| Similar { count: s.count, dispatches: &s.dispatches }),
        }
    }
}

impl Printer for JsonPrinter {
    fn print(&mut self, results: &SearchResults, out: &mut dyn Write) -> io::Result<()> {
        let doc = Document {
            query: &results.query,
            total: results.total,
            corrections: results
                .corrections
                .iter()
                .map(|c| Correction { typed: &c.typed, found: &c.found })
                .collect(),
            suggestions: &results.suggestions,
            hits: results.hits.iter().map(JsonHit::from).collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}
