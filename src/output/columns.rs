//! The columns of exported hit lists, and their values.
//!
//! Every tabular and JSON format exports the same named columns, in the
//! same order unless `--fields` chooses: a script written against one
//! format reads the others. Multi-valued columns (actors, places) are
//! arrays in JSON and joined with `; ` elsewhere. `highlighted` is the
//! snippet with its marks in the format's own markup (`<mark>` in HTML,
//! `**` elsewhere).

use std::fmt;
use std::str::FromStr;

use super::highlight::Highlight;
use crate::search::{DispatchGroup, Hit};

/// An exported column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 1-based rank.
    Rank,
    /// BM25 score (best passage score for a dispatch row).
    Score,
    /// Dispatch id.
    DispatchId,
    /// Passage number, from 0.
    PassageNo,
    /// Dispatch date as written.
    Date,
    /// Headline.
    Title,
    /// Wire service.
    Source,
    /// Matching passages of a dispatch (`--group dispatch`).
    Passages,
    /// Canonical ids of the named actors.
    Actors,
    /// Place names.
    Places,
    /// Actor kinds, named or not.
    Kinds,
    /// Full facet paths.
    Facets,
    /// The snippet, unmarked.
    Snippet,
    /// Highlight ranges in the snippet (characters).
    Highlights,
    /// The snippet with its marks in the format's markup.
    Highlighted,
    /// The whole passage.
    Text,
}

/// Every column, in the canonical order.
pub const ALL: [Column; 16] = [
    Column::Rank,
    Column::Score,
    Column::DispatchId,
    Column::PassageNo,
    Column::Date,
    Column::Title,
    Column::Source,
    Column::Passages,
    Column::Actors,
    Column::Places,
    Column::Kinds,
    Column::Facets,
    Column::Snippet,
    Column::Highlights,
    Column::Highlighted,
    Column::Text,
];

/// Default columns of a passage list in tabular formats.
pub const PASSAGE_COLUMNS: [Column; 12] = [
    Column::Rank,
    Column::Score,
    Column::DispatchId,
    Column::PassageNo,
    Column::Date,
    Column::Title,
    Column::Source,
    Column::Actors,
    Column::Places,
    Column::Snippet,
    Column::Text,
    Column::Highlighted,
];

/// Default columns of a dispatch list (`--group dispatch`).
pub const DISPATCH_COLUMNS: [Column; 8] = [
    Column::Rank,
    Column::DispatchId,
    Column::Date,
    Column::Title,
    Column::Source,
    Column::Passages,
    Column::Score,
    Column::Actors,
];

impl Column {
    /// Its name in headers, JSON keys and `--fields`.
    pub fn name(self) -> &'static str {
        match self {
            Column::Rank => "rank",
            Column::Score => "score",
            Column::DispatchId => "dispatch_id",
            Column::PassageNo => "passage_no",
            Column::Date => "date",
            Column::Title => "title",
            Column::Source => "source",
            Column::Passages => "passages",
            Column::Actors => "actors",
            Column::Places => "places",
            Column::Kinds => "kinds",
            Column::Facets => "facets",
            Column::Snippet => "snippet",
            Column::Highlights => "highlights",
            Column::Highlighted => "highlighted",
            Column::Text => "text",
        }
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Column {
    type Err = String;

    fn from_str(s: &str) -> Result<Column, String> {
        let s = s.trim();
        ALL.iter().copied().find(|c| c.name() == s).ok_or_else(|| {
            let known: Vec<&str> = ALL.iter().map(|c| c.name()).collect();
            format!("unknown field {s:?} (known: {})", known.join(", "))
        })
    }
}

/// `--fields a,b,c`: columns in the order given, no repeats.
pub fn parse_fields(list: &str) -> Result<Vec<Column>, String> {
    let mut out: Vec<Column> = Vec::new();
    for name in list.split(',').filter(|n| !n.trim().is_empty()) {
        let column: Column = name.parse()?;
        if out.contains(&column) {
            return Err(format!("field {:?} given twice", column.name()));
        }
        out.push(column);
    }
    if out.is_empty() {
        return Err("--fields needs at least one field".into());
    }
    Ok(out)
}

/// A value of a cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Missing (JSON `null`, empty elsewhere).
    Null,
    /// A whole number.
    Int(u64),
    /// A score.
    Float(f32),
    /// Text.
    Text(&'a str),
    /// Owned text (a marked snippet).
    Owned(String),
    /// Several values.
    List(Vec<&'a str>),
    /// Character ranges.
    Ranges(&'a [(usize, usize)]),
}

impl Cell<'_> {
    /// The cell as one line of text for tabular formats: lists joined with
    /// `; `, ranges as `start-end` joined with `; `, scores with 4 decimals.
    pub fn to_text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(n) => n.to_string(),
            Cell::Float(f) => format!("{f:.4}"),
            Cell::Text(s) => (*s).to_owned(),
            Cell::Owned(s) => s.clone(),
            Cell::List(items) => items.join("; "),
            Cell::Ranges(r) => r.iter().map(|(s, e)| format!("{s}-{e}")).collect::<Vec<_>>().join("; "),
        }
    }

    /// The cell as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{Value, json};
        match self {
            Cell::Null => Value::Null,
            Cell::Int(n) => json!(n),
            Cell::Float(f) => json!(f),
            Cell::Text(s) => json!(s),
            Cell::Owned(s) => json!(s),
            Cell::List(items) => json!(items),
            Cell::Ranges(r) => r.iter().map(|&(start, end)| json!({"start": start, "end": end})).collect(),
        }
    }
}

/// Something exported as one row: a passage hit or a dispatch.
pub trait Row {
    /// The value of `column`; `markup` marks `highlighted`.
    fn cell(&self, column: Column, markup: Highlight) -> Cell<'_>;
}

fn opt(s: &Option<String>) -> Cell<'_> {
    s.as_deref().map_or(Cell::Null, Cell::Text)
}

impl Row for Hit {
    fn cell(&self, column: Column, markup: Highlight) -> Cell<'_> {
        match column {
            Column::Rank => Cell::Int(self.rank as u64),
            Column::Score => Cell::Float(self.score),
            Column::DispatchId => Cell::Text(&self.dispatch_id),
            Column::PassageNo => Cell::Int(self.passage_no),
            Column::Date => opt(&self.date),
            Column::Title => opt(&self.title),
            Column::Source => opt(&self.source),
            Column::Passages => Cell::Null,
            Column::Actors => Cell::List(self.actors()),
            Column::Places => Cell::List(self.places()),
            Column::Kinds => Cell::List(self.kinds()),
            Column::Facets => Cell::List(self.facets.iter().map(String::as_str).collect()),
            Column::Snippet => Cell::Text(&self.snippet.text),
            Column::Highlights => Cell::Ranges(&self.snippet.highlights),
            Column::Highlighted => Cell::Owned(markup.mark(&self.snippet.text, &self.snippet.highlights)),
            Column::Text => Cell::Text(&self.text),
        }
    }
}

impl Row for DispatchGroup {
    fn cell(&self, column: Column, _: Highlight) -> Cell<'_> {
        match column {
            Column::Rank => Cell::Int(self.rank as u64),
            Column::Score => Cell::Float(self.best_score),
            Column::DispatchId => Cell::Text(&self.dispatch_id),
            Column::Date => opt(&self.date),
            Column::Title => opt(&self.title),
            Column::Source => opt(&self.source),
            Column::Passages => Cell::Int(self.passages),
            Column::Actors => Cell::List(self.actors()),
            Column::Places => Cell::List(self.places()),
            Column::Kinds => Cell::List(self.kinds()),
            Column::Facets => Cell::List(self.facets.iter().map(String::as_str).collect()),
            Column::PassageNo | Column::Snippet | Column::Highlights | Column::Highlighted | Column::Text => {
                Cell::Null
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_parse_in_order_and_refuse_unknowns() {
        assert_eq!(parse_fields("date,dispatch_id").unwrap(), [Column::Date, Column::DispatchId]);
        assert!(parse_fields("date,nope").unwrap_err().contains("unknown field \"nope\""));
        assert!(parse_fields("date,date").unwrap_err().contains("twice"));
        assert!(parse_fields(",").is_err());
    }

    #[test]
    fn cells_as_text_join_lists() {
        assert_eq!(Cell::List(vec!["CMA", "FAMa"]).to_text(), "CMA; FAMa");
        assert_eq!(Cell::Ranges(&[(0, 3), (5, 9)]).to_text(), "0-3; 5-9");
        assert_eq!(Cell::Float(1.5).to_text(), "1.5000");
    }
}
