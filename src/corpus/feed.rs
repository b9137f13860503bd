//! RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one dispatch per `item` or
//! `entry`, read as a stream (a feed of 10,000 items is never held whole).
//!
//! RSS: `guid` (else `link`, else the title) → id, `pubDate` (RFC 822,
//! else `dc:date`) → date and time, `title` → title, the channel's `title`
//! → source, `language` / `dc:language` → language, `category` →
//! keywords, `content:encoded` (else `description`) → passages, its HTML
//! split into paragraphs ([`super::html::fragment_paragraphs`]).
//! Atom: `id` → id, `published` (else `updated`) → date and time, `title`
//! → title, the feed's `title` → source, `xml:lang` → language,
//! `category@term` → keywords, `content` (else `summary`) → passages:
//! `type="xhtml"` read as elements, `html` as escaped HTML, `text` split
//! on blank lines.

use std::io::BufRead;

use super::wire::{self, Paragraphs, Parts};
use super::xml::{Ev, Tag, XmlError, XmlReader};
use super::{Sink, html};

/// Reads an RSS or Atom file.
pub fn read(input: impl BufRead, sink: &mut Sink<'_>) {
    let mut reader = XmlReader::new(input);
    let mut read = 0;
    let result = (|| -> Result<(), XmlError> {
        let mut source: Option<String> = None;
        let mut language: Option<String> = None;
        loop {
            match reader.next_event()? {
                Ev::Open(tag) if matches!(tag.name.as_str(), "item" | "entry") => {
                    let mut parts = Parts { source: source.clone(), ..Parts::default() };
                    parts.meta.language =
                        tag.attr("lang").and_then(wire::language).or_else(|| language.clone());
                    let fallback = read_item(&mut reader, &mut parts)?;
                    let (dispatch, text) = parts.finish(|| {
                        fallback.unwrap_or_else(|| format!("{}#{}", wire::stem(sink.path()), read + 1))
                    });
                    sink.xml_warnings(reader.take_warnings());
                    sink.dispatch(dispatch, &text, None);
                    read += 1;
                }
                Ev::Open(tag) if matches!(tag.name.as_str(), "feed" | "channel" | "rss" | "RDF") => {
                    if let Some(lang) = tag.attr("lang").and_then(wire::language) {
                        language = Some(lang);
                    }
                }
                Ev::Open(tag) if tag.name == "title" && source.is_none() => {
                    let text = reader.text_until_close()?;
                    Parts::set(&mut source, &text);
                }
                Ev::Open(tag) if tag.name == "language" && language.is_none() => {
                    language = wire::language(&reader.text_until_close()?);
                }
                Ev::Eof => return Ok(()),
                _ => {}
            }
        }
    })();
    sink.xml_warnings(reader.take_warnings());
    if let Err(e) = result {
        sink.xml_error(e, read);
    }
}

/// Reads an item or entry into `parts`; returns an id to fall back on
/// (its link or title).
fn read_item<R: BufRead>(reader: &mut XmlReader<R>, parts: &mut Parts) -> Result<Option<String>, XmlError> {
    let depth = reader.stack().len();
    let (mut link, mut pub_date, mut updated) = (None, None, None);
    let (mut encoded, mut description): (Option<Paragraphs>, Option<Paragraphs>) = (None, None);
    loop {
        match reader.next_event()? {
            Ev::Open(tag) => match tag.name.as_str() {
                "guid" | "id" => {
                    let text = reader.text_until_close()?;
                    Parts::set(&mut parts.id, &text);
                }
                "link" => {
                    if let Some(href) = tag.attr("href")
                        && tag.attr("rel").is_none_or(|r| r == "alternate")
                    {
                        Parts::set(&mut link, href);
                    }
                    let text = reader.text_until_close()?;
                    Parts::set(&mut link, &text);
                }
                "title" => {
                    let text = reader.text_until_close()?;
                    let mut title = Paragraphs::default();
                    html::fragment_paragraphs(&text, &mut title);
                    Parts::set(&mut parts.title, &title.finish());
                }
                "pubDate" => pub_date = Some(wire::rfc822_datetime(&reader.text_until_close()?)),
                "date" | "published" => pub_date = Some(wire::iso_datetime(&reader.text_until_close()?)),
                "updated" => updated = Some(wire::iso_datetime(&reader.text_until_close()?)),
                "language" => {
                    if let Some(lang) = wire::language(&reader.text_until_close()?) {
                        parts.meta.language = Some(lang);
                    }
                }
                "category" => {
                    let term = tag.attr("term").map(str::to_owned);
                    let text = reader.text_until_close()?;
                    let value = term.unwrap_or(text);
                    if !value.trim().is_empty() {
                        parts.meta.keywords.push(value.trim().to_owned());
                    }
                }
                "encoded" | "content" => encoded = Some(content(reader, &tag)?),
                "description" | "summary" => description = Some(content(reader, &tag)?),
                _ => {}
            },
            Ev::Close(_) if reader.stack().len() < depth => break,
            Ev::Eof => break,
            _ => {}
        }
    }
    parts.set_when(pub_date.or(updated).unwrap_or_default());
    parts.body = encoded.or(description).unwrap_or_default();
    Ok(link.or_else(|| parts.title.clone()))
}

/// The paragraphs of a content element just opened.
fn content<R: BufRead>(reader: &mut XmlReader<R>, tag: &Tag) -> Result<Paragraphs, XmlError> {
    let mut out = Paragraphs::default();
    match tag.attr("type").unwrap_or("html") {
        "xhtml" | "application/xhtml+xml" => {
            let depth = reader.stack().len();
            let mut hidden = 0usize;
            loop {
                match reader.next_event()? {
                    Ev::Open(t) => {
                        if hidden > 0 || wire::is_hidden(&t.name) {
                            hidden += 1;
                        } else if wire::is_block(&t.name) {
                            out.end();
                        }
                    }
                    Ev::Close(name) => {
                        if reader.stack().len() < depth {
                            break;
                        }
                        if hidden > 0 {
                            hidden -= 1;
                        } else if wire::is_block(&name) {
                            out.end();
                        }
                    }
                    Ev::Text(t) if hidden == 0 => out.push(&t),
                    Ev::Eof => break,
                    Ev::Text(_) => {}
                }
            }
        }
        "text" | "text/plain" => {
            let text = reader.text_until_close()?;
            for paragraph in text.split("\n\n") {
                out.push(paragraph);
                out.end();
            }
        }
        _ => html::fragment_paragraphs(&reader.text_until_close()?, &mut out),
    }
    Ok(out)
}
