//! Claims → bytes: one row per claim, or one table per event.
//!
//! The columns are a stable interface: `type, claimant, victim, low, high,
//! figure, modality, place, date, dispatch_id, passage_no, sentence` (and
//! `verified`, `figure_start`, `figure_end` in JSON). Text and Markdown mark
//! the figure in its sentence; CSV, TSV, JSON keep the sentence plain with
//! the figure's offsets. `--by event` lays out each event as a reader
//! would on paper: one row per (type, victim), one column per claimant.

use std::io::{self, Write};

use super::Format;
use super::highlight::Highlight;
use crate::claims::events::{ClaimRecord, Event};

/// Column names of a claim row.
pub const COLUMNS: [&str; 12] = [
    "type",
    "claimant",
    "victim",
    "low",
    "high",
    "figure",
    "modality",
    "place",
    "date",
    "dispatch_id",
    "passage_no",
    "sentence",
];

/// The cells of a claim row, the sentence marked with `marks`.
fn cells(r: &ClaimRecord, marks: Highlight) -> Vec<String> {
    let c = &r.claim;
    vec![
        c.kind.to_string(),
        c.claimant.clone(),
        c.victim.clone(),
        c.low.to_string(),
        c.high.map(|h| h.to_string()).unwrap_or_default(),
        c.figure.clone(),
        c.modality.as_str().to_owned(),
        c.place.clone().unwrap_or_default(),
        c.date.clone().unwrap_or_default(),
        r.dispatch_id.clone(),
        r.passage_no.to_string(),
        marked_sentence(r, marks),
    ]
}

/// The sentence with the figure marked (offsets are into the passage; the
/// record's sentence starts at `sentence_start`).
pub fn marked_sentence(r: &ClaimRecord, marks: Highlight) -> String {
    let c = &r.claim;
    let s = &r.sentence;
    let (from, to) =
        (c.figure_start.saturating_sub(c.sentence_start), c.figure_end.saturating_sub(c.sentence_start));
    if marks == Highlight::None || to > s.len() || !s.is_char_boundary(from) || !s.is_char_boundary(to) {
        return marks.escape(s);
    }
    let start = s[..from].chars().count();
    let end = start + s[from..to].chars().count();
    marks.mark(s, &[(start, end)])
}

/// The range of a claim, as people read it: `5`, `≥ 31`, `8–12`.
pub fn range(low: u64, high: Option<u64>) -> String {
    match high {
        Some(h) if h == low => low.to_string(),
        Some(h) => format!("{low}–{h}"),
        None => format!("≥ {low}"),
    }
}

/// Writes claim rows in `format`; `query` heads the JSON document.
pub fn write_claims(
    records: &[ClaimRecord],
    format: Format,
    marks: Highlight,
    excel: bool,
    query: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => {
            for r in records {
                let c = &r.claim;
                writeln!(
                    out,
                    "{}  {}  {}  {} {}  victim {}  \"{}\"{}  {} ¶{}",
                    c.date.as_deref().unwrap_or("undated"),
                    c.place.as_deref().unwrap_or("-"),
                    c.claimant,
                    c.kind,
                    range(c.low, c.high),
                    c.victim,
                    c.figure,
                    match c.modality {
                        crate::claims::Modality::Asserted => String::new(),
                        m => format!(" ({})", m.as_str()),
                    },
                    r.dispatch_id,
                    r.passage_no
                )?;
                writeln!(out, "    {}", marked_sentence(r, marks))?;
            }
            Ok(())
        }
        Format::Json => {
            let doc = serde_json::json!({ "query": query, "total": records.len(), "claims": records });
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for r in records {
                serde_json::to_writer(&mut *out, r)?;
                writeln!(out)?;
            }
            Ok(())
        }
        _ => {
            let rows: Vec<Vec<String>> = records
                .iter()
                .map(|r| match format {
                    Format::Html => {
                        let mut row: Vec<String> =
                            cells(r, Highlight::None).iter().map(|c| Highlight::Html.escape(c)).collect();
                        if let Some(last) = row.last_mut() {
                            *last = marked_sentence(r, Highlight::Html);
                        }
                        row
                    }
                    Format::Markdown => cells(r, Highlight::Markdown),
                    _ => cells(r, Highlight::None),
                })
                .collect();
            if format == Format::Html {
                page_start(query, out)?;
            }
            table(format, &COLUMNS.map(str::to_owned), &rows, excel, out)?;
            if format == Format::Html {
                writeln!(out, "</main>\n</body>\n</html>")?;
            }
            Ok(())
        }
    }
}

/// The head of a self-contained HTML page (the stylesheet of the search
/// export and of the web page, inlined), up to the opening of `<main>`.
fn page_start(query: &str, out: &mut dyn Write) -> io::Result<()> {
    let q = Highlight::Html.escape(query);
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>depeches claims: {q}</title>\n\
         <style>{}</style>\n</head>\n<body class=\"export\">\n<main>\n<h1>Claims: {q}</h1>",
        super::html::STYLESHEET
    )
}

/// Writes a table in a tabular format (CSV, TSV, Markdown, HTML; text as
/// aligned columns).
pub fn table(
    format: Format,
    header: &[String],
    rows: &[Vec<String>],
    excel: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Csv => {
            if excel {
                out.write_all("\u{FEFF}".as_bytes())?;
            }
            let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut *out);
            w.write_record(header).map_err(io::Error::other)?;
            for row in rows {
                let row = row.iter().map(|c| if excel { guard_formula(c) } else { c.clone() });
                w.write_record(row).map_err(io::Error::other)?;
            }
            w.flush()
        }
        Format::Tsv => {
            writeln!(out, "{}", header.iter().map(|h| tsv(h)).collect::<Vec<_>>().join("\t"))?;
            for row in rows {
                writeln!(out, "{}", row.iter().map(|c| tsv(c)).collect::<Vec<_>>().join("\t"))?;
            }
            Ok(())
        }
        Format::Markdown => {
            let md = |c: &str| c.replace('|', "\\|").replace('\n', " ");
            writeln!(out, "| {} |", header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | "))?;
            writeln!(out, "|{}", " --- |".repeat(header.len()))?;
            for row in rows {
                writeln!(out, "| {} |", row.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | "))?;
            }
            Ok(())
        }
        Format::Html => {
            writeln!(out, "<table>\n<thead><tr>")?;
            for h in header {
                write!(out, "<th>{}</th>", Highlight::Html.escape(h))?;
            }
            writeln!(out, "</tr></thead>\n<tbody>")?;
            for row in rows {
                write!(out, "<tr>")?;
                for c in row {
                    // Cells are escaped already (the sentence carries <mark>).
                    write!(out, "<td>{c}</td>")?;
                }
                writeln!(out, "</tr>")?;
            }
            writeln!(out, "</tbody>\n</table>")
        }
        Format::Text | Format::Json | Format::Jsonl => {
            let widths: Vec<usize> = (0..header.len())
                .map(|i| {
                    rows.iter()
                        .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                        .chain([header[i].chars().count()])
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            let line = |cells: &[String], out: &mut dyn Write| -> io::Result<()> {
                let parts: Vec<String> =
                    cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}", w = *w)).collect();
                writeln!(out, "{}", parts.join("  ").trim_end())
            };
            line(header, out)?;
            for row in rows {
                line(row, out)?;
            }
            Ok(())
        }
    }
}

fn guard_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

fn tsv(cell: &str) -> String {
    cell.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r")
}

/// The claimants of an event, in order of first appearance.
fn claimants(e: &Event) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in &e.claims {
        if !out.contains(&r.claim.claimant) {
            out.push(r.claim.claimant.clone());
        }
    }
    out
}

/// One row of an event's table: a (type, victim), whether its claimants
/// disagree, and per claimant the distinct figures given, each with the
/// first claim that gives it (where it can be read).
pub struct EventRow<'a> {
    /// The claim type.
    pub kind: crate::claims::ClaimType,
    /// The victim side.
    pub victim: &'a str,
    /// Claimants of this row give ranges that do not overlap.
    pub disputed: bool,
    /// Per claimant (in the order given), its figures: the range as people
    /// read it and the claim that says it.
    pub figures: Vec<Vec<(String, &'a ClaimRecord)>>,
}

/// One event as rows: (type, victim) → the figures each of `claimants`
/// gives. Every form of `--by event` (text, CSV, HTML, the web page)
/// lays out these rows.
pub fn event_table<'a>(e: &'a Event, claimants: &[String]) -> Vec<EventRow<'a>> {
    let mut keys: Vec<(crate::claims::ClaimType, &str)> = Vec::new();
    for r in &e.claims {
        let k = (r.claim.kind, r.claim.victim.as_str());
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys.sort_by_key(|k| k.0);
    keys.into_iter()
        .map(|(kind, victim)| {
            let figures = claimants
                .iter()
                .map(|c| {
                    let mut unique: Vec<(String, &ClaimRecord)> = Vec::new();
                    for r in e.claims.iter().filter(|r| {
                        r.claim.kind == kind && r.claim.victim == victim && &r.claim.claimant == c
                    }) {
                        let f = range(r.claim.low, r.claim.high);
                        if !unique.iter().any(|(u, _)| *u == f) {
                            unique.push((f, r));
                        }
                    }
                    unique
                })
                .collect();
            let disputed = e.disputes.iter().any(|d| d.kind == kind && d.victim == victim);
            EventRow { kind, victim, disputed, figures }
        })
        .collect()
}

/// One event as rows of text cells.
fn event_rows(e: &Event, claimants: &[String]) -> Vec<Vec<String>> {
    event_table(e, claimants)
        .into_iter()
        .map(|row| {
            let mut cells = vec![row.kind.to_string(), row.victim.to_owned()];
            if row.disputed {
                cells[0].push_str(" (disputed)");
            }
            for f in &row.figures {
                cells.push(f.iter().map(|(r, _)| r.as_str()).collect::<Vec<_>>().join("; "));
            }
            cells
        })
        .collect()
}

/// Where a figure of the events' table links to: the sentence that says
/// it. The export has no links ([`super::html::NoLinks`]); the web page
/// links to the dispatch page, at the claim.
pub fn claim_anchor(r: &ClaimRecord) -> String {
    format!("p{}-c{}", r.passage_no, r.claim.figure_start)
}

/// The events as HTML: one section per event, its heading, and its table
/// (one row per type and victim, one column per claimant, each figure a
/// link to its sentence where `links` gives one, disputed rows marked).
/// Written by `claims --by event --format html` (inside a page) and by
/// the web page's `/claims`.
pub fn events_html(events: &[Event], links: &dyn super::html::Links, out: &mut dyn Write) -> io::Result<()> {
    let esc = |t: &str| Highlight::Html.escape(t);
    for (no, e) in events.iter().enumerate() {
        let class = if e.disputed { "event disputed" } else { "event" };
        writeln!(out, "<section class=\"{class}\" id=\"event-{}\">", no + 1)?;
        write!(out, "<h3>Event {}: {}", no + 1, esc(&heading_plain(e)))?;
        if e.disputed {
            write!(out, " <span class=\"badge\">disputed</span>")?;
        }
        writeln!(out, "</h3>")?;
        let cs = claimants(e);
        write!(
            out,
            "<table class=\"claims\">\n<thead><tr><th scope=\"col\">type</th><th scope=\"col\">victim</th>"
        )?;
        for c in &cs {
            write!(out, "<th scope=\"col\">{}</th>", esc(c))?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")?;
        for row in event_table(e, &cs) {
            let (tr, note) = if row.disputed {
                (" class=\"disputed\"", " <span class=\"badge\">disputed</span>")
            } else {
                ("", "")
            };
            write!(out, "<tr{tr}><th scope=\"row\">{}{note}</th><td>{}</td>", row.kind, esc(row.victim))?;
            for figures in &row.figures {
                let cells: Vec<String> = figures
                    .iter()
                    .map(|(f, r)| {
                        let title = esc(&format!("{} ¶{}: {}", r.dispatch_id, r.passage_no, r.sentence));
                        match links.claim(&r.dispatch_id, r.passage_no, &claim_anchor(r)) {
                            Some(href) => format!(
                                "<a class=\"figure\" href=\"{}\" title=\"{title}\">{}</a>",
                                esc(&href),
                                esc(f)
                            ),
                            None => format!("<span class=\"figure\" title=\"{title}\">{}</span>", esc(f)),
                        }
                    })
                    .collect();
                write!(out, "<td>{}</td>", cells.join("; "))?;
            }
            writeln!(out, "</tr>")?;
        }
        writeln!(out, "</tbody>\n</table>\n</section>")?;
    }
    Ok(())
}

/// The claims of one passage as an HTML list, one item per sentence:
/// the sentence with its figures marked, then each claim (type and
/// figure, claimant, victim), each the target of the figure links of
/// [`events_html`] (the dispatch page).
pub fn passage_claims_html(records: &[ClaimRecord], links: &dyn super::html::Links) -> String {
    if records.is_empty() {
        return String::new();
    }
    let esc = |t: &str| Highlight::Html.escape(t);
    let chip = |dim: &str, value: &str, text: String| match links.filter(dim, value) {
        Some(h) => format!("<a class=\"chip {dim}\" href=\"{}\">{}</a>", esc(&h), esc(&text)),
        None => format!("<span class=\"chip {dim}\">{}</span>", esc(&text)),
    };
    // Sentences in order, each with its claims in the order of their figures.
    let mut sentences: Vec<(usize, Vec<&ClaimRecord>)> = Vec::new();
    for r in records {
        match sentences.iter_mut().find(|(start, _)| *start == r.claim.sentence_start) {
            Some((_, rs)) => rs.push(r),
            None => sentences.push((r.claim.sentence_start, vec![r])),
        }
    }
    sentences.sort_by_key(|(start, _)| *start);
    let mut out = String::from("<ul class=\"passage-claims\" aria-label=\"Claims\">");
    for (_, mut rs) in sentences {
        rs.sort_by_key(|r| r.claim.figure_start);
        out.push_str(&format!("<li class=\"claim-sentence\"><q>{}</q><ul>", marked_figures(&rs)));
        for r in rs {
            let c = &r.claim;
            let modality = match c.modality {
                crate::claims::Modality::Asserted => String::new(),
                m => format!(" ({})", m.as_str()),
            };
            out.push_str(&format!(
                "<li id=\"{}\">{} by {}{} <span class=\"victim\">victim {}</span></li>",
                claim_anchor(r),
                chip("claim", c.kind.as_str(), format!("{} {}", c.kind, range(c.low, c.high))),
                chip("claimant", &c.claimant, c.claimant.clone()),
                esc(&modality),
                esc(&c.victim),
            ));
        }
        out.push_str("</ul></li>");
    }
    out.push_str("</ul>");
    out
}

/// A sentence with the figures of `records` (claims of that sentence,
/// in order of their figures) marked.
fn marked_figures(records: &[&ClaimRecord]) -> String {
    let Some(first) = records.first() else { return String::new() };
    let s = &first.sentence;
    let start = first.claim.sentence_start;
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for r in records {
        let (from, to) =
            (r.claim.figure_start.saturating_sub(start), r.claim.figure_end.saturating_sub(start));
        if to > s.len() || !s.is_char_boundary(from) || !s.is_char_boundary(to) || from >= to {
            continue;
        }
        let a = s[..from].chars().count();
        let b = a + s[from..to].chars().count();
        if marks.last().is_none_or(|&(_, end)| end <= a) {
            marks.push((a, b));
        }
    }
    Highlight::Html.mark(s, &marks)
}

/// The heading of an event.
fn heading(e: &Event) -> String {
    format!("{}{}", heading_plain(e), if e.disputed { ": DISPUTED" } else { "" })
}

/// The heading of an event, without saying it is disputed.
fn heading_plain(e: &Event) -> String {
    let when = match (&e.from, &e.to) {
        (Some(a), Some(b)) if a == b => a.clone(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "undated".into(),
    };
    format!(
        "{} ({}), {}, {} claim{}",
        e.place.as_deref().unwrap_or("place unknown"),
        e.place_path.as_deref().unwrap_or("-"),
        when,
        e.claims.len(),
        if e.claims.len() == 1 { "" } else { "s" },
    )
}

/// Writes events in `format`.
pub fn write_events(
    events: &[Event],
    format: Format,
    excel: bool,
    query: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Json => {
            let doc = serde_json::json!({ "query": query, "total": events.len(), "events": events });
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for e in events {
                serde_json::to_writer(&mut *out, e)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv | Format::Tsv => {
            // One table: the event's columns, then one column per claimant
            // of any event.
            let mut all: Vec<String> = Vec::new();
            for e in events {
                for c in claimants(e) {
                    if !all.contains(&c) {
                        all.push(c);
                    }
                }
            }
            let mut header: Vec<String> =
                ["event", "place", "from", "to", "disputed", "type", "victim"].map(str::to_owned).to_vec();
            header.extend(all.iter().cloned());
            let mut rows = Vec::new();
            for (no, e) in events.iter().enumerate() {
                for row in event_rows(e, &all) {
                    let mut full = vec![
                        (no + 1).to_string(),
                        e.place.clone().unwrap_or_default(),
                        e.from.clone().unwrap_or_default(),
                        e.to.clone().unwrap_or_default(),
                        e.disputed.to_string(),
                    ];
                    full.extend(row);
                    rows.push(full);
                }
            }
            table(format, &header, &rows, excel, out)
        }
        Format::Html => {
            page_start(query, out)?;
            events_html(events, &super::html::NoLinks, out)?;
            writeln!(out, "</main>\n</body>\n</html>")
        }
        Format::Text | Format::Markdown => {
            for (no, e) in events.iter().enumerate() {
                let head = format!("Event {}: {}", no + 1, heading(e));
                match format {
                    Format::Markdown => writeln!(out, "### {}\n", head.replace('|', "\\|"))?,
                    _ => writeln!(out, "{head}")?,
                }
                let cs = claimants(e);
                let mut header = vec!["type".to_owned(), "victim".to_owned()];
                header.extend(cs.iter().cloned());
                let rows = event_rows(e, &cs);
                table(format, &header, &rows, excel, out)?;
                writeln!(out)?;
            }
            Ok(())
        }
    }
}
