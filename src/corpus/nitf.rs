//! NITF 3.x documents (`<nitf>`), alone or inside NewsML 1.2 and G2.
//!
//! Maps `docdata/doc-id@id-string` → id, `date.issue@norm` or the
//! dateline's `story.date@norm` → date and time, `hedline/hl1` (else
//! `head/title`) → title, `doc.copyright@holder` (else `distributor`) →
//! source, `nitf@xml:lang` → language, `evloc@city` or the dateline's
//! `location/city` → place, `key-list/keyword@key` → keywords, and every
//! block (`p`, `hl2`, `block`…) of `body.content` → a passage.

use std::io::BufRead;

use super::Sink;
use super::wire::{self, Parts};
use super::xml::{Ev, Tag, XmlError, XmlReader};

/// Reads a file whose root is `<nitf>`.
pub fn read(input: impl BufRead, sink: &mut Sink<'_>) {
    let mut reader = XmlReader::new(input);
    let result = (|| -> Result<(), XmlError> {
        loop {
            match reader.next_event()? {
                Ev::Open(tag) if tag.name == "nitf" => {
                    let mut parts = Parts::default();
                    read_nitf(&mut reader, &tag, &mut parts)?;
                    let (dispatch, text) = parts.finish(|| wire::stem(sink.path()));
                    sink.xml_warnings(reader.take_warnings());
                    sink.dispatch(dispatch, &text, None);
                }
                Ev::Eof => return Ok(()),
                _ => {}
            }
        }
    })();
    sink.xml_warnings(reader.take_warnings());
    if let Err(e) = result {
        sink.xml_error(e, 0);
    }
}

/// Reads the `<nitf>` element just opened (`tag`) into `parts`, up to its
/// end. Fields already set (by an enclosing NewsML item) are kept.
pub fn read_nitf<R: BufRead>(
    reader: &mut XmlReader<R>,
    tag: &Tag,
    parts: &mut Parts,
) -> Result<(), XmlError> {
    if let Some(lang) = tag.attr("lang").and_then(wire::language) {
        parts.meta.language.get_or_insert(lang);
    }
    let depth = reader.stack().len();
    let mut in_content = 0usize;
    loop {
        match reader.next_event()? {
            Ev::Open(tag) => {
                if in_content > 0 {
                    if wire::is_hidden(&tag.name) {
                        reader.skip_element()?;
                    } else if wire::is_block(&tag.name) {
                        parts.body.end();
                    }
                    continue;
                }
                match tag.name.as_str() {
                    "body.content" => in_content = reader.stack().len(),
                    "doc-id" => {
                        if let Some(id) = tag.attr("id-string") {
                            Parts::set(&mut parts.id, id);
                        }
                    }
                    "date.issue" | "story.date" => {
                        if let Some(norm) = tag.attr("norm") {
                            parts.set_when(wire::iso_datetime(norm));
                        }
                    }
                    "evloc" => {
                        if let Some(city) = tag.attr("city") {
                            Parts::set(&mut parts.meta.place, city);
                        }
                        if let Some(c) = tag.attr("country-code").or(tag.attr("iso-cc")) {
                            Parts::set(&mut parts.meta.country, c);
                        }
                    }
                    "keyword" => {
                        if let Some(key) = tag.attr("key") {
                            parts.meta.keywords.push(key.to_owned());
                        }
                    }
                    "doc.copyright" => {
                        if let Some(holder) = tag.attr("holder") {
                            Parts::set(&mut parts.source, holder);
                        }
                    }
                    "hl1" | "title" => {
                        let text = reader.text_until_close()?;
                        Parts::set(&mut parts.title, &text);
                    }
                    "distributor" => {
                        let text = reader.text_until_close()?;
                        Parts::set(&mut parts.source, &text);
                    }
                    "city" if reader.stack().iter().any(|n| n == "dateline") => {
                        let text = reader.text_until_close()?;
                        Parts::set(&mut parts.meta.place, &text);
                    }
                    "country" if reader.stack().iter().any(|n| n == "dateline") => {
                        let text = reader.text_until_close()?;
                        Parts::set(&mut parts.meta.country, &text);
                    }
                    _ => {}
                }
            }
            Ev::Close(name) => {
                if reader.stack().len() < depth {
                    return Ok(());
                }
                if in_content > 0 {
                    if reader.stack().len() < in_content {
                        in_content = 0;
                        parts.body.end();
                    } else if wire::is_block(&name) {
                        parts.body.end();
                    }
                }
            }
            Ev::Text(text) if in_content > 0 => parts.body.push(&text),
            Ev::Text(_) => {}
            Ev::Eof => return Ok(()),
        }
    }
}
