//! HTML pages (`.html` saved from a news site): one dispatch a page.
//!
//! Parsed with scraper (html5ever: the HTML5 parsing algorithm, so tag
//! soup is read as a browser reads it). The passages are the paragraphs of
//! the page's `<article>`, else `<main>`, else `<body>`: block elements
//! (`p`, `div`, `li`, `h2`…) end a paragraph, scripts, styles, navigation
//! and forms are no text. Maps `<h1>` (else `<title>`) → title,
//! `<link rel=canonical>` (else `og:url`, else the file name) → id,
//! `article:published_time` (else the first `<time datetime>`, else
//! `<meta name=date>`) → date and time, `og:site_name` → source,
//! `<html lang>` → language. The same paragraph walk reads the HTML
//! content of feed items ([`paragraphs`]).

use std::io::BufRead;

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

use super::wire::{self, Paragraphs, Parts};
use super::{Sink, read_all};

/// Reads an HTML page.
pub fn read(input: impl BufRead, sink: &mut Sink<'_>) {
    let bytes = match read_all(input) {
        Ok(b) => b,
        Err(e) => return sink.skip(format!("cannot read: {e}")),
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => {
            let declared = declared_charset(&bytes).unwrap_or(encoding_rs::WINDOWS_1252);
            if declared == encoding_rs::UTF_8 {
                sink.warn("declared UTF-8 but is not: decoded as Windows-1252".into());
            }
            let enc = if declared == encoding_rs::UTF_8 { encoding_rs::WINDOWS_1252 } else { declared };
            enc.decode_without_bom_handling(&bytes).0
        }
    };
    let page = Html::parse_document(&text);
    let mut parts = Parts::default();
    let select = |css: &str| Selector::parse(css).expect("a valid selector");
    let first = |css: &str| page.select(&select(css)).next();
    let attr = |css: &str, name: &str| first(css).and_then(|e| e.value().attr(name)).map(str::to_owned);
    if let Some(id) =
        attr("link[rel=canonical]", "href").or_else(|| attr("meta[property='og:url']", "content"))
    {
        Parts::set(&mut parts.id, &id);
    }
    for css in ["h1", "title"] {
        if let Some(e) = first(css) {
            Parts::set(&mut parts.title, &e.text().collect::<String>());
        }
    }
    let when = attr("meta[property='article:published_time']", "content")
        .or_else(|| attr("time[datetime]", "datetime"))
        .or_else(|| attr("meta[name=date]", "content"));
    if let Some(when) = when {
        parts.set_when(wire::iso_datetime(&when));
    }
    if let Some(site) = attr("meta[property='og:site_name']", "content") {
        Parts::set(&mut parts.source, &site);
    }
    parts.meta.language = attr("html", "lang").and_then(|l| wire::language(&l));
    let root = first("article").or_else(|| first("main")).or_else(|| first("body"));
    if let Some(root) = root {
        paragraphs(root, &mut parts.body);
    }
    let (dispatch, text) = parts.finish(|| wire::stem(sink.path()));
    // The headline is the title, not the first passage.
    let text = match (&dispatch.title, text.split_once("\n\n")) {
        (Some(title), Some((first, rest))) if first.split_whitespace().eq(title.split_whitespace()) => rest,
        _ => &text,
    };
    sink.dispatch(dispatch, text, None);
}

/// The charset a page declares in a `<meta>` of its first KiB.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// The paragraphs under `root`, added to `out`.
pub fn paragraphs(root: ElementRef<'_>, out: &mut Paragraphs) {
    // Iterative: a hostile page may nest elements deeper than a stack.
    let mut hidden = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    if hidden > 0 || wire::is_hidden(e.name()) {
                        hidden += 1;
                    } else if wire::is_block(e.name()) {
                        out.end();
                    }
                }
                Node::Text(t) if hidden == 0 => out.push(&t.text),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if hidden > 0 {
                        hidden -= 1;
                    } else if wire::is_block(e.name()) {
                        out.end();
                    }
                }
            }
        }
    }
    out.end();
}

/// The paragraphs of an HTML fragment (a feed item's content).
pub fn fragment_paragraphs(html: &str, out: &mut Paragraphs) {
    let fragment = Html::parse_fragment(html);
    paragraphs(fragment.root_element(), out);
}
