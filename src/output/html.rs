//! HTML: the readable hit card, shared by the HTML export and the web page,
//! and the export itself (one self-contained page that opens in any
//! browser and can be mailed as it is: no external CSS, script or font).
//!
//! A passage is shown once, as a card ([`card`]): headline, dispatch id,
//! ¶, date and source, the snippet with the matched words in `<mark>`,
//! actor and place chips, the neighbouring passages of `--context` and the
//! "+N similar" fold. `search --format html` writes these cards; the web
//! page (`depeches serve`) writes the very same cards with links ([`Links`])
//! on the headline and the chips. `--fields` gives the table form instead,
//! one column per field. Every text from a dispatch is HTML-escaped.

use std::io::{self, Write};

use super::columns::{Cell, Column};
use super::highlight::Highlight;
use super::{Head, Item, Printer};
use crate::search::{DispatchGroup, Hit};

/// The stylesheet of the cards and of the web page: inlined in an export,
/// served as `/static/depeches.css` by `depeches serve`.
pub const STYLESHEET: &str = include_str!("depeches.css");

/// Where a card's parts link to; the export has no links ([`NoLinks`]),
/// the web page links the headline to the dispatch and the chips to a
/// filter.
pub trait Links {
    /// The page of passage `passage_no` of dispatch `id`.
    fn dispatch(&self, id: &str, passage_no: Option<u64>) -> Option<String>;
    /// The current search with a filter on `value` of `dimension` added
    /// (`actor` / `CMA`, `place` / `Léré`).
    fn filter(&self, dimension: &str, value: &str) -> Option<String>;
    /// The sentence of a claim: passage `passage_no` of dispatch `id`,
    /// at the element `anchor` (see [`super::claims::claim_anchor`]).
    fn claim(&self, id: &str, passage_no: u64, anchor: &str) -> Option<String> {
        let _ = (id, passage_no, anchor);
        None
    }
}

/// No links: a self-contained export.
pub struct NoLinks;

impl Links for NoLinks {
    fn dispatch(&self, _: &str, _: Option<u64>) -> Option<String> {
        None
    }

    fn filter(&self, _: &str, _: &str) -> Option<String> {
        None
    }
}

/// `text` escaped for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    Highlight::Html.escape(text)
}

/// `<a href>` around `inner` (already HTML) when there is a link, else a
/// `<span>`.
fn link_or_span(href: Option<String>, class: &str, inner: &str) -> String {
    match href {
        Some(h) => format!("<a class=\"{class}\" href=\"{}\">{inner}</a>", escape(&h)),
        None => format!("<span class=\"{class}\">{inner}</span>"),
    }
}

/// The chips of one dimension (`actor`, `place`, `kind`) as a list.
pub fn chips(dimension: &str, label: &str, values: &[&str], links: &dyn Links) -> String {
    if values.is_empty() {
        return String::new();
    }
    let mut out = format!("<ul class=\"chips {dimension}s\" aria-label=\"{label}\">");
    for v in values {
        let chip = link_or_span(links.filter(dimension, v), &format!("chip {dimension}"), &escape(v));
        out.push_str(&format!("<li>{chip}</li>"));
    }
    out.push_str("</ul>");
    out
}

/// The claims of a passage as chips: type and figure, and who says it;
/// the web page links each to a filter on its claim type.
pub fn claim_chips(claims: &[crate::claims::Claim], links: &dyn Links) -> String {
    if claims.is_empty() {
        return String::new();
    }
    let mut out = String::from("<ul class=\"chips claims\" aria-label=\"Claims\">");
    for c in claims {
        let text = format!("{} {} · {}", c.kind, super::claims::range(c.low, c.high), c.claimant);
        let chip = link_or_span(links.filter("claim", c.kind.as_str()), "chip claim", &escape(&text));
        out.push_str(&format!("<li>{chip}</li>"));
    }
    out.push_str("</ul>");
    out
}

/// The card of one passage hit.
pub fn card(hit: &Hit, links: &dyn Links, out: &mut dyn Write) -> io::Result<()> {
    let title = hit.title.as_deref().unwrap_or(&hit.dispatch_id);
    let open = link_or_span(links.dispatch(&hit.dispatch_id, Some(hit.passage_no)), "open", &escape(title));
    writeln!(
        out,
        "<article class=\"card\" id=\"r{}\" data-dispatch=\"{}\" data-passage=\"{}\">",
        hit.rank,
        escape(&hit.dispatch_id),
        hit.passage_no
    )?;
    writeln!(out, "<h3 class=\"card-title\"><span class=\"rank\">{}.</span> {open}</h3>", hit.rank)?;
    // The id is the headline of a dispatch without one: not twice.
    write!(out, "<p class=\"meta\">")?;
    if hit.title.is_some() {
        write!(out, "<span class=\"id\">{}</span> · ", escape(&hit.dispatch_id))?;
    }
    write!(out, "¶{}", hit.passage_no)?;
    match &hit.date {
        Some(d) => write!(out, " · <time>{}</time>", escape(d))?,
        None => write!(out, " · undated")?,
    }
    if let Some(s) = &hit.source {
        write!(out, " · <span class=\"source\">{}</span>", escape(s))?;
    }
    if hit.score > 0.0 {
        write!(out, " · <span class=\"score\" title=\"BM25 score\">{:.2}</span>", hit.score)?;
    }
    writeln!(out, "</p>")?;
    let before = hit.context.iter().filter(|n| n.passage_no < hit.passage_no);
    let after = hit.context.iter().filter(|n| n.passage_no > hit.passage_no);
    for n in before {
        writeln!(out, "<p class=\"context\">¶{} {}</p>", n.passage_no, escape(&n.text))?;
    }
    writeln!(
        out,
        "<p class=\"passage\">{}</p>",
        Highlight::Html.mark(&hit.snippet.text, &hit.snippet.highlights)
    )?;
    for n in after {
        writeln!(out, "<p class=\"context\">¶{} {}</p>", n.passage_no, escape(&n.text))?;
    }
    let chip_lists = [
        chips("actor", "Actors", &hit.actors(), links),
        chips("place", "Places", &hit.places(), links),
        claim_chips(&hit.claims, links),
    ];
    let chip_lists: String = chip_lists.concat();
    if !chip_lists.is_empty() {
        writeln!(out, "<div class=\"tags\">{chip_lists}</div>")?;
    }
    if let Some(similar) = &hit.similar {
        let s = if similar.count == 1 { "" } else { "s" };
        writeln!(
            out,
            "<details class=\"similar\"><summary>+{} similar passage{s}</summary><ul>",
            similar.count
        )?;
        for d in &similar.dispatches {
            writeln!(out, "<li>{}</li>", link_or_span(links.dispatch(d, None), "open-similar", &escape(d)))?;
        }
        writeln!(out, "</ul></details>")?;
    }
    writeln!(out, "</article>")
}

/// The card of one dispatch of a dispatch list (`--group dispatch`).
pub fn dispatch_card(group: &DispatchGroup, links: &dyn Links, out: &mut dyn Write) -> io::Result<()> {
    let title = group.title.as_deref().unwrap_or(&group.dispatch_id);
    let open = link_or_span(links.dispatch(&group.dispatch_id, None), "open", &escape(title));
    writeln!(
        out,
        "<article class=\"card\" id=\"r{}\" data-dispatch=\"{}\">",
        group.rank,
        escape(&group.dispatch_id)
    )?;
    writeln!(out, "<h3 class=\"card-title\"><span class=\"rank\">{}.</span> {open}</h3>", group.rank)?;
    let s = if group.passages == 1 { "" } else { "s" };
    write!(
        out,
        "<p class=\"meta\"><span class=\"id\">{}</span> · {} matching passage{s}",
        escape(&group.dispatch_id),
        group.passages
    )?;
    if let Some(d) = &group.date {
        write!(out, " · <time>{}</time>", escape(d))?;
    }
    if let Some(src) = &group.source {
        write!(out, " · <span class=\"source\">{}</span>", escape(src))?;
    }
    writeln!(out, "</p>")?;
    let tags =
        [chips("actor", "Actors", &group.actors(), links), chips("place", "Places", &group.places(), links)];
    let tags: String = tags.concat();
    if !tags.is_empty() {
        writeln!(out, "<div class=\"tags\">{tags}</div>")?;
    }
    writeln!(out, "</article>")
}

/// One HTML page: cards, or a table of `columns` (`--fields`).
pub struct HtmlPrinter {
    columns: Vec<Column>,
    table: bool,
}

impl HtmlPrinter {
    /// A page of readable cards.
    pub fn cards() -> HtmlPrinter {
        HtmlPrinter { columns: Vec::new(), table: false }
    }

    /// A page showing `columns` as a table.
    pub fn table(columns: Vec<Column>) -> HtmlPrinter {
        HtmlPrinter { columns, table: true }
    }
}

impl Printer for HtmlPrinter {
    fn begin(&mut self, head: &Head<'_>, out: &mut dyn Write) -> io::Result<()> {
        let what = if head.dispatches { "dispatches" } else { "passages" };
        let query = if head.query.is_empty() { "(no query)".to_owned() } else { escape(head.query) };
        writeln!(out, "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">")?;
        writeln!(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")?;
        writeln!(
            out,
            "<title>depeches: {query}</title>\n<style>{STYLESHEET}</style>\n</head>\n<body class=\"export\">"
        )?;
        writeln!(out, "<main>\n<h1>{query}</h1>")?;
        write!(out, "<p class=\"count\">{} {what}", head.total)?;
        if !head.filters.is_empty() {
            write!(out, " · filters: {}", escape(&head.filters.join(", ")))?;
        }
        writeln!(out, "</p>")?;
        for c in head.corrections {
            writeln!(out, "<p class=\"note\">{} → {}</p>", escape(&c.typed), escape(&c.found.join(", ")))?;
        }
        if !head.suggestions.is_empty() {
            writeln!(out, "<p class=\"note\">Did you mean: {}?</p>", escape(&head.suggestions.join(", ")))?;
        }
        if !self.table {
            return writeln!(out, "<div class=\"hits\">");
        }
        writeln!(out, "<table>\n<thead><tr>")?;
        for c in &self.columns {
            writeln!(out, "<th>{}</th>", c.name())?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")
    }

    fn item(&mut self, item: Item<'_>, out: &mut dyn Write) -> io::Result<()> {
        if !self.table {
            return match item {
                Item::Hit(hit) => card(hit, &NoLinks, out),
                Item::Dispatch(group) => dispatch_card(group, &NoLinks, out),
            };
        }
        let row = item.row();
        writeln!(out, "<tr>")?;
        for &c in &self.columns {
            let cell = row.cell(c, Highlight::Html);
            let html = match (&cell, c) {
                // Marked by Highlight::Html, escaped there.
                (Cell::Owned(marked), _) => marked.clone(),
                (Cell::List(items), Column::Actors | Column::Places | Column::Kinds | Column::Facets) => {
                    items
                        .iter()
                        .map(|i| format!("<span class=\"label\">{}</span>", escape(i)))
                        .collect::<String>()
                }
                _ => escape(&cell.to_text()),
            };
            let class = match c {
                Column::Actors => " class=\"actors\"",
                Column::Places => " class=\"places\"",
                Column::Rank | Column::Score | Column::PassageNo | Column::Passages => " class=\"n\"",
                _ => "",
            };
            writeln!(out, "<td{class}>{html}</td>")?;
        }
        writeln!(out, "</tr>")
    }

    fn end(&mut self, shown: usize, out: &mut dyn Write) -> io::Result<()> {
        if self.table {
            writeln!(out, "</tbody>\n</table>")?;
        } else {
            writeln!(out, "</div>")?;
        }
        writeln!(out, "<p class=\"count\">{shown} shown.</p>\n</main>\n</body>\n</html>")
    }
}
