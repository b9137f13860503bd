//! Output of `depeches show`: a whole dispatch, its metadata and facets,
//! every passage with the query's words marked.

use std::io::{self, Write};

use serde_json::json;

use super::highlight::Highlight;
use crate::search::{self, DispatchView, Hit};

/// Writes `view` for a person.
pub fn text(view: &DispatchView, highlight: Highlight, out: &mut dyn Write) -> io::Result<()> {
    let h = highlight;
    let (bold, dim, off) =
        if h == Highlight::Ansi { ("\x1b[1m", "\x1b[2m", "\x1b[0m") } else { ("", "", "") };
    writeln!(out, "{bold}{}{off}", h.escape(&view.dispatch_id))?;
    if let Some(title) = &view.title {
        writeln!(out, "{bold}{}{off}", h.escape(title))?;
    }
    let date = view.date.as_deref().unwrap_or("undated");
    let source = view.source.as_deref().map(|s| format!(" · {s}")).unwrap_or_default();
    let n = view.passages.len();
    writeln!(
        out,
        "{dim}{}{} · {n} passage{}{off}",
        h.escape(date),
        h.escape(&source),
        if n == 1 { "" } else { "s" }
    )?;
    let facets = view.facets();
    let (actors, places) = (search::actors(&facets), search::places(&facets));
    if !actors.is_empty() {
        writeln!(out, "{dim}actors: {}{off}", h.escape(&actors.join(", ")))?;
    }
    if !places.is_empty() {
        writeln!(out, "{dim}places: {}{off}", h.escape(&places.join(", ")))?;
    }
    for (name, value) in &view.wire {
        writeln!(out, "{dim}{name}: {}{off}", h.escape(value))?;
    }
    for p in &view.passages {
        writeln!(out)?;
        writeln!(out, "{dim}¶{}{off} {}", p.passage_no, h.mark(&p.snippet.text, &p.snippet.highlights))?;
    }
    Ok(())
}

/// Writes `view` as one JSON document.
pub fn json(view: &DispatchView, out: &mut dyn Write) -> io::Result<()> {
    let facets = view.facets();
    let passage = |p: &Hit| {
        json!({
            "passage_no": p.passage_no,
            "text": p.text,
            "highlights": p.snippet.highlights.iter().map(|&(start, end)| json!({"start": start, "end": end})).collect::<Vec<_>>(),
            "actors": p.actors(),
            "places": p.places(),
            "facets": p.facets,
        })
    };
    let doc = json!({
        "dispatch_id": view.dispatch_id,
        "date": view.date,
        "title": view.title,
        "source": view.source,
        "actors": search::actors(&facets),
        "places": search::places(&facets),
        "facets": facets,
        "passages": view.passages.iter().map(passage).collect::<Vec<_>>(),
        "wire": view.wire.iter().map(|(k, v)| (k.clone(), serde_json::Value::from(v.as_str()))).collect::<serde_json::Map<_, _>>(),
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
