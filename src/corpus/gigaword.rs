//! LDC Gigaword SGML: many `<DOC id=… type=…>` per file (French
//! Gigaword: AFP's French wire, one `.gz` file a month).
//!
//! Maps `DOC@id` → id, the date in the id (`AFP_FRE_20050101.0001` →
//! 2005-01-01) → date, its agency (`AFP`) → source, its language code
//! (`FRE` → fr) → language, `DOC@type` (`story`, `advis`, `multi`…) → item
//! type (kept as a facet: every type is indexed), `HEADLINE` → title,
//! `DATELINE` → dateline and its city → place, the `P`s of `TEXT` →
//! passages (a `TEXT` without `P` is split on blank lines).
//!
//! SGML, not XML: it is read line by line, tags found wherever they are on
//! a line, lines capped at 1 MiB, so a 500 MB month streams in bounded
//! memory. Text is UTF-8, or else Windows-1252 (older releases), with a
//! warning.

use std::io::{BufRead, Read};

use super::wire::{self, Parts};
use super::{DispatchDate, Sink};

/// Longest line read; the rest of a longer line is read as further lines.
const MAX_LINE: u64 = 1 << 20;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    Headline,
    Dateline,
    Text,
}

/// Reads a Gigaword file.
pub fn read(mut input: impl BufRead, sink: &mut Sink<'_>) {
    let mut line = Vec::new();
    let mut line_no = 0usize;
    let mut doc: Option<(Parts, usize)> = None;
    let mut field = Field::None;
    let (mut headline, mut dateline) = (String::new(), String::new());
    let mut in_p = false;
    let mut warned = false;
    loop {
        line.clear();
        line_no += 1;
        match (&mut input).take(MAX_LINE).read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return sink.at_line(line_no, format!("read error, rest of file skipped: {e}"), true),
        }
        let text = match std::str::from_utf8(&line) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => {
                if !warned {
                    warned = true;
                    sink.at_line(line_no, "not UTF-8: decoded as Windows-1252".into(), false);
                }
                encoding_rs::WINDOWS_1252.decode_without_bom_handling(&line).0
            }
        };
        let mut rest: &str = &text;
        while !rest.is_empty() {
            let (piece, tag) = match rest.find('<') {
                Some(0) => match rest.find('>') {
                    Some(end) => (None, Some(&rest[1..end])),
                    None => (Some(rest), None),
                },
                Some(at) => (Some(&rest[..at]), None),
                None => (Some(rest), None),
            };
            if let Some(piece) = piece {
                rest = &rest[piece.len()..];
                let Some((parts, _)) = doc.as_mut() else { continue };
                let piece = unescape(piece);
                match field {
                    Field::Headline => headline.push_str(&piece),
                    Field::Dateline => dateline.push_str(&piece),
                    Field::Text if in_p => parts.body.push(&piece),
                    Field::Text => {
                        // No <P>: blank lines separate paragraphs.
                        if piece.trim().is_empty() && piece.contains('\n') {
                            parts.body.end();
                        } else {
                            parts.body.push(&piece);
                        }
                    }
                    Field::None => {}
                }
                continue;
            }
            let tag = tag.expect("a tag");
            rest = &rest[tag.len() + 2..];
            let name: String =
                tag.trim_start_matches('/').chars().take_while(|c| c.is_alphanumeric()).collect();
            let closing = tag.starts_with('/');
            match (name.to_ascii_uppercase().as_str(), closing) {
                ("DOC", false) => {
                    if let Some((parts, start)) = doc.take() {
                        sink.at_line(start, "<DOC> not closed before the next one".into(), false);
                        finish(parts, start, &mut headline, &mut dateline, sink);
                    }
                    doc = Some((open_doc(tag), line_no));
                    field = Field::None;
                }
                ("DOC", true) => {
                    if let Some((parts, start)) = doc.take() {
                        finish(parts, start, &mut headline, &mut dateline, sink);
                    }
                    field = Field::None;
                }
                ("HEADLINE", open) => field = if open { Field::None } else { Field::Headline },
                ("DATELINE", open) => field = if open { Field::None } else { Field::Dateline },
                ("TEXT", open) => {
                    field = if open { Field::None } else { Field::Text };
                    if let Some((parts, _)) = doc.as_mut() {
                        parts.body.end();
                    }
                }
                ("P", closing) => {
                    in_p = !closing;
                    if let Some((parts, _)) = doc.as_mut() {
                        parts.body.end();
                    }
                }
                _ => {}
            }
        }
    }
    if let Some((parts, start)) = doc.take() {
        sink.at_line(start, "the file ends inside a <DOC> (truncated?)".into(), false);
        finish(parts, start, &mut headline, &mut dateline, sink);
    }
}

/// A document's fields from its `<DOC id="…" type="…">` tag.
fn open_doc(tag: &str) -> Parts {
    let mut parts = Parts::default();
    let id = attribute(tag, "id").unwrap_or_default();
    parts.meta.kind = attribute(tag, "type").map(|t| t.to_lowercase());
    // AFP_FRE_20050101.0001: agency, language, date.
    let mut fields = id.split('_');
    let agency = fields.next().unwrap_or("");
    if !agency.is_empty() && agency.chars().all(|c| c.is_ascii_uppercase()) {
        parts.source = Some(agency.to_owned());
    }
    parts.meta.language = fields.next().and_then(|l| match l.to_ascii_uppercase().as_str() {
        "FRE" | "FRA" => Some("fr".to_owned()),
        "ENG" => Some("en".to_owned()),
        "SPA" => Some("es".to_owned()),
        "ARB" | "ARA" => Some("ar".to_owned()),
        "CMN" | "CHI" => Some("zh".to_owned()),
        _ => None,
    });
    let digits: String = fields.next().unwrap_or("").chars().take(8).collect();
    // ASCII digits only: eight bytes of other letters would not slice.
    if digits.len() == 8 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let date = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]);
        parts.date = date.parse::<DispatchDate>().ok();
    }
    if !id.is_empty() {
        parts.id = Some(id);
    }
    parts
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let at = from + at;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value = rest[1..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_owned(),
            _ => value.split_whitespace().next().unwrap_or("").to_owned(),
        });
    }
    None
}

fn finish(mut parts: Parts, start: usize, headline: &mut String, dateline: &mut String, sink: &mut Sink<'_>) {
    Parts::set(&mut parts.title, headline);
    let line = dateline.split_whitespace().collect::<Vec<_>>().join(" ");
    if !line.is_empty() {
        let city = line.split([',', '(']).next().unwrap_or("").trim();
        if !city.is_empty() {
            parts.meta.place = Some(wire::title_case(city));
        }
        parts.meta.dateline = Some(line);
    }
    headline.clear();
    dateline.clear();
    let (dispatch, text) = parts.finish(|| format!("{}:{start}", wire::stem(sink.path())));
    sink.dispatch(dispatch, &text, Some(start));
}

/// SGML entities of the LDC files (`&AMP;`, `&amp;`, `&lt;`…).
fn unescape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find(';').filter(|&e| e <= 8);
        let replaced = end.and_then(|e| match after[1..e].to_ascii_lowercase().as_str() {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        });
        match (replaced, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}
