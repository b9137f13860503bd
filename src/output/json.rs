//! JSON output: one document (`json`) or one object per line (`jsonl`).
//!
//! The document is `{"query", "filters", "total", "corrections",
//! "suggestions", "hits": [...]}` (`"dispatches"` instead of `"hits"` with
//! `--group dispatch`), written as the hits come: one hit per line inside
//! the array, so a document of every hit streams. A hit has the columns of
//! [`super::columns`] — `rank`, `score`, `dispatch_id`, `passage_no`,
//! `date`, `title`, `source`, `actors`, `places`, `kinds`, `facets`,
//! `snippet`, `highlights` (`[{"start","end"}]`, character offsets into
//! `snippet`), `highlighted` (the snippet with `**` marks), `text` — plus
//! `context` (`[{"passage_no","text"}]`, with `--context`) and `similar`
//! (`{"count","dispatches"}` for folded near-duplicates, else `null`).
//! `--fields` keeps only the columns named. Absent metadata is `null`.
//! These names are an interface: scripts rely on them.

use std::io::{self, Write};

use serde_json::{Map, Value, json};

use super::columns::{ALL, Column};
use super::highlight::Highlight;
use super::{Head, Item, Printer};

/// The JSON object of one row.
fn object(item: Item<'_>, fields: Option<&[Column]>) -> Value {
    let row = item.row();
    let default: Vec<Column> = ALL
        .iter()
        .copied()
        .filter(|c| match item {
            Item::Hit(_) => *c != Column::Passages,
            Item::Dispatch(_) => !matches!(
                c,
                Column::PassageNo | Column::Snippet | Column::Highlights | Column::Highlighted | Column::Text
            ),
        })
        .collect();
    let columns = fields.unwrap_or(&default);
    let mut map = Map::new();
    for &c in columns {
        map.insert(c.name().into(), row.cell(c, Highlight::Markdown).to_json());
    }
    if let (Item::Hit(hit), None) = (item, fields) {
        let context: Vec<Value> =
            hit.context.iter().map(|n| json!({"passage_no": n.passage_no, "text": n.text})).collect();
        map.insert("context".into(), Value::Array(context));
        let similar = hit.similar.as_ref().map(|s| json!({"count": s.count, "dispatches": s.dispatches}));
        map.insert("similar".into(), similar.unwrap_or(Value::Null));
        let marks = hit.title_highlights.iter().map(|&(start, end)| json!({"start": start, "end": end}));
        map.insert("title_highlights".into(), Value::Array(marks.collect()));
    }
    Value::Object(map)
}

/// One JSON document.
pub struct JsonPrinter {
    fields: Option<Vec<Column>>,
    first: bool,
}

impl JsonPrinter {
    /// A printer keeping `fields` (all when `None`).
    pub fn new(fields: Option<Vec<Column>>) -> JsonPrinter {
        JsonPrinter { fields, first: true }
    }
}

impl Printer for JsonPrinter {
    fn begin(&mut self, head: &Head<'_>, out: &mut dyn Write) -> io::Result<()> {
        let corrections: Vec<Value> =
            head.corrections.iter().map(|c| json!({"typed": c.typed, "found": c.found})).collect();
        let meta = json!({
            "query": head.query,
            "filters": head.filters,
            "total": head.total,
            "corrections": corrections,
            "suggestions": head.suggestions,
        });
        // The metadata object, left open for the streamed array.
        let meta = serde_json::to_string(&meta)?;
        let key = if head.dispatches { "dispatches" } else { "hits" };
        write!(out, "{},\"{key}\":[", meta.trim_end_matches('}'))
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer(&mut *out, &object(item, self.fields.as_deref()))?;
        Ok(())
    }

    fn end(&mut self, _: usize, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"\n]}\n")
    }
}

/// JSON Lines: one object per hit, nothing else.
pub struct JsonlPrinter {
    fields: Option<Vec<Column>>,
}

impl JsonlPrinter {
    /// A printer keeping `fields` (all when `None`).
    pub fn new(fields: Option<Vec<Column>>) -> JsonlPrinter {
        JsonlPrinter { fields }
    }
}

impl Printer for JsonlPrinter {
    fn begin(&mut self, _: &Head<'_>, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &object(item, self.fields.as_deref()))?;
        out.write_all(b"\n")
    }

    fn end(&mut self, _: usize, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
