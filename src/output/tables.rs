//! Output of `facets` and `entities`: aligned tables for people, JSON for
//! programs.

use std::io::{self, Write};

use serde::Serialize;

use crate::entities::{Extractor, Mention};
use crate::search::FacetCount;

/// One row of `depeches facets`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FacetRow {
    /// The value: actor id, kind, or place name.
    pub value: String,
    /// Actor kind, or `null`.
    pub kind: Option<String>,
    /// Full facet path (`/place/Mali/Tombouctou/Niafunké`).
    pub path: String,
    /// Matching passages tagged with it.
    pub passages: u64,
    /// Dispatches among them.
    pub dispatches: u64,
}

impl FacetRow {
    /// A row from a count: the value is the last path component, the kind
    /// the component after `/actor` when there are two.
    pub fn from_count(c: &FacetCount) -> FacetRow {
        let parts: Vec<&str> = c.path.split('/').skip(1).collect();
        let value = parts.last().copied().unwrap_or_default().to_owned();
        let kind = (parts.first() == Some(&"actor") && parts.len() == 3).then(|| parts[1].to_owned());
        FacetRow { value, kind, path: c.path.clone(), passages: c.passages, dispatches: c.dispatches }
    }
}

/// Writes facet rows as the JSON document of `depeches facets --format
/// json` (and of the web page's `/api/facets`): `facet` is `actor`,
/// `kind` or `place`, `under` the place counted inside, if any.
pub fn facet_json(
    facet: &str,
    query: Option<&str>,
    under: Option<&str>,
    rows: &[FacetRow],
    out: &mut dyn Write,
) -> io::Result<()> {
    let doc = serde_json::json!({ "facet": facet, "query": query, "under": under, "values": rows });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// Writes facet rows as an aligned table.
pub fn facet_table(header: &str, rows: &[FacetRow], out: &mut dyn Write) -> io::Result<()> {
    let show_kind = rows.iter().any(|r| r.kind.is_some());
    let width = rows.iter().map(|r| r.value.chars().count()).max().unwrap_or(0).max(header.len());
    let kind_width = rows.iter().filter_map(|r| r.kind.as_ref()).map(|k| k.len()).max().unwrap_or(4).max(4);
    let path_col = |r: &FacetRow| r.path.strip_prefix("/place").map(str::to_owned);
    write!(out, "{header:<width$}")?;
    if show_kind {
        write!(out, "  {:<kind_width$}", "KIND")?;
    }
    write!(out, "  {:>8}  {:>10}", "PASSAGES", "DISPATCHES")?;
    if rows.iter().any(|r| path_col(r).is_some()) {
        write!(out, "  PATH")?;
    }
    writeln!(out)?;
    for r in rows {
        // Format widths count characters, so accents align.
        write!(out, "{:<width$}", r.value)?;
        if show_kind {
            write!(out, "  {:<kind_width$}", r.kind.as_deref().unwrap_or(""))?;
        }
        write!(out, "  {:>8}  {:>10}", r.passages, r.dispatches)?;
        if let Some(path) = path_col(r) {
            write!(out, "  {path}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A mention as `depeches entities` prints it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MentionRow<'a> {
    /// The words as written.
    pub text: &'a str,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset just past the last one.
    pub end: usize,
    /// Canonical id: actor id, place name, or kind for an unnamed actor.
    pub id: &'a str,
    /// Display name.
    pub name: &'a str,
    /// Actor kind or place level.
    pub kind: &'static str,
    /// Facet path.
    pub facet: String,
}

impl<'a> MentionRow<'a> {
    /// The row of mention `m` of `text`.
    pub fn new(extractor: &'a Extractor, text: &'a str, m: &Mention) -> MentionRow<'a> {
        let (start, end) = m.char_span(text);
        MentionRow {
            text: m.text(text),
            start,
            end,
            id: extractor.id(m.entity),
            name: extractor.name(m.entity),
            kind: extractor.kind_str(m.entity),
            facet: extractor.facet_path(m.entity),
        }
    }
}

/// Writes one line's mentions: as a JSON array, or one tab-separated row
/// per mention (`line`, when given, first).
pub fn mentions(
    rows: &[MentionRow<'_>],
    line: Option<usize>,
    json: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    if json {
        serde_json::to_writer(&mut *out, rows)?;
        return writeln!(out);
    }
    for r in rows {
        if let Some(line) = line {
            write!(out, "{line}\t")?;
        }
        writeln!(out, "{}\t{}..{}\t{}\t{}", r.text, r.start, r.end, r.id, r.facet)?;
    }
    Ok(())
}
