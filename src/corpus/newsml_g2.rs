//! IPTC NewsML-G2 news items (`<newsItem>`, alone or in a `<newsMessage>`).
//!
//! Maps `newsItem@guid` → id, `@version` → revision, `@xml:lang` (else
//! `contentMeta/language@tag`) → language, `itemMeta/firstCreated` (else
//! `contentCreated`, `versionCreated`) → date and time, `provider`
//! (`@literal`, else its `name`, else its qcode's code, else its `@uri`'s
//! host) → source, `contentMeta/headline` → title, the first
//! `located/name` → place, `subject` (`@qcode`, else `name`) → subjects,
//! `keyword` → keywords, `genre` → item type, and the body of
//! `contentSet/inlineXML` — XHTML or NITF — → passages.

use std::io::BufRead;

use super::wire::{self, Parts};
use super::xml::{Ev, Tag, XmlError, XmlReader};
use super::{Sink, nitf};

/// Reads a NewsML-G2 file.
pub fn read(input: impl BufRead, sink: &mut Sink<'_>) {
    let mut reader = XmlReader::new(input);
    let mut read = 0;
    let result = (|| -> Result<(), XmlError> {
        loop {
            match reader.next_event()? {
                Ev::Open(tag) if tag.name == "newsItem" => {
                    let mut parts = Parts::default();
                    read_item(&mut reader, &tag, &mut parts)?;
                    let (dispatch, text) = parts.finish(|| wire::stem(sink.path()));
                    sink.xml_warnings(reader.take_warnings());
                    sink.dispatch(dispatch, &text, None);
                    read += 1;
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

/// The text of the first `<name>` child of the element just opened, the
/// rest of the element skipped (`located`, `subject` and `genre` alike).
fn first_name<R: BufRead>(reader: &mut XmlReader<R>) -> Result<Option<String>, XmlError> {
    let mut name = None;
    let depth = reader.stack().len();
    loop {
        match reader.next_event()? {
            Ev::Open(t) if t.name == "name" && name.is_none() => name = Some(reader.text_until_close()?),
            Ev::Close(_) if reader.stack().len() < depth => break,
            Ev::Eof => break,
            _ => {}
        }
    }
    Ok(name)
}

fn qcode_code(qcode: &str) -> &str {
    qcode.rsplit(':').next().unwrap_or(qcode)
}

fn read_item<R: BufRead>(reader: &mut XmlReader<R>, item: &Tag, parts: &mut Parts) -> Result<(), XmlError> {
    if let Some(guid) = item.attr("guid") {
        Parts::set(&mut parts.id, guid);
    }
    parts.meta.revision = item.attr("version").and_then(|v| v.trim().parse().ok());
    parts.meta.language = item.attr("lang").and_then(wire::language);
    let depth = reader.stack().len();
    let (mut first, mut version, mut content) = (None, None, None);
    let mut xhtml_depth = 0usize;
    loop {
        let in_meta = |r: &XmlReader<R>| r.stack().iter().any(|n| n == "contentMeta");
        match reader.next_event()? {
            Ev::Open(tag) if xhtml_depth > 0 => {
                if wire::is_hidden(&tag.name) || tag.name == "head" {
                    reader.skip_element()?;
                } else if wire::is_block(&tag.name) {
                    parts.body.end();
                }
            }
            Ev::Close(name) if xhtml_depth > 0 => {
                if reader.stack().len() < xhtml_depth {
                    xhtml_depth = 0;
                    parts.body.end();
                } else if wire::is_block(&name) {
                    parts.body.end();
                }
            }
            Ev::Text(text) if xhtml_depth > 0 => parts.body.push(&text),
            Ev::Open(tag) => match tag.name.as_str() {
                "firstCreated" => first = Some(reader.text_until_close()?),
                "versionCreated" => version = Some(reader.text_until_close()?),
                "contentCreated" => content = Some(reader.text_until_close()?),
                "provider" => {
                    if let Some(literal) = tag.attr("literal") {
                        Parts::set(&mut parts.source, literal);
                    }
                    let name = reader.text_until_close()?;
                    Parts::set(&mut parts.source, &name);
                    if let Some(q) = tag.attr("qcode") {
                        Parts::set(&mut parts.source, qcode_code(q));
                    }
                    // `uri="http://www.acmenews.com/about/"` → acmenews.com.
                    if let Some(uri) = tag.attr("uri") {
                        let host = uri.split("://").nth(1).unwrap_or(uri).split('/').next().unwrap_or("");
                        Parts::set(&mut parts.source, host.trim_start_matches("www."));
                    }
                }
                "headline" => {
                    let text = reader.text_until_close()?;
                    Parts::set(&mut parts.title, &text);
                }
                "language" if in_meta(reader) => {
                    if let Some(lang) = tag.attr("tag").and_then(wire::language) {
                        parts.meta.language.get_or_insert(lang);
                    }
                }
                "located" => {
                    let name = first_name(reader)?;
                    if let Some(name) = name {
                        Parts::set(&mut parts.meta.place, &name);
                    }
                }
                "subject" | "genre" => {
                    let qcode = tag.attr("qcode").map(str::to_owned);
                    let name = first_name(reader)?;
                    let value = qcode.or(name).unwrap_or_default();
                    if tag.name == "genre" {
                        if !value.is_empty() {
                            parts.meta.kind.get_or_insert(qcode_code(&value).to_lowercase());
                        }
                    } else if !value.trim().is_empty() {
                        parts.meta.subjects.push(value.trim().to_owned());
                    }
                }
                "keyword" => {
                    let text = reader.text_until_close()?;
                    if !text.trim().is_empty() {
                        parts.meta.keywords.push(text.trim().to_owned());
                    }
                }
                "nitf" => nitf::read_nitf(reader, &tag, parts)?,
                "body" if reader.stack().iter().any(|n| n == "inlineXML") => {
                    xhtml_depth = reader.stack().len();
                }
                _ => {}
            },
            Ev::Close(_) if reader.stack().len() < depth => break,
            Ev::Eof => break,
            _ => {}
        }
    }
    for when in [first, content, version].into_iter().flatten() {
        parts.set_when(wire::iso_datetime(&when));
    }
    Ok(())
}
