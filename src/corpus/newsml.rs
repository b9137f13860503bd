//! AFP NewsML 1.2 (`<NewsML>`), one dispatch per `NewsItem`, its body in
//! NITF 3.x inside `DataContent` (see [`super::nitf`]).
//!
//! Maps `NewsItemId` → id, `RevisionId` → revision, `NewsItemType` →
//! item type (alert, urgent, story…), `FirstCreated` (else
//! `ThisRevisionCreated`, `DateLineDate`) → date and time, `HeadLine` →
//! title, `Provider/Party@FormalName` (else `ProviderId`) → source,
//! `NewsItem@xml:lang` (else `Language@FormalName`) → language,
//! `Location` `City`/`Country` properties → place and country, the
//! `FormalName`s under `SubjectCode` → subjects, `Keyword` properties →
//! keywords. A revision re-sent under the same `NewsItemId` replaces the
//! indexed one only if its `RevisionId` is higher (see the index build).

use std::io::BufRead;

use super::wire::{self, Parts};
use super::xml::{Ev, XmlError, XmlReader};
use super::{Sink, nitf};

/// Reads a NewsML 1.2 file.
pub fn read(input: impl BufRead, sink: &mut Sink<'_>) {
    let mut reader = XmlReader::new(input);
    let mut read = 0;
    let result = (|| -> Result<(), XmlError> {
        let mut provider_id: Option<String> = None;
        loop {
            match reader.next_event()? {
                Ev::Open(tag) if tag.name == "NewsItem" => {
                    let mut parts = Parts::default();
                    if let Some(lang) = tag.attr("lang").and_then(wire::language) {
                        parts.meta.language = Some(lang);
                    }
                    read_item(&mut reader, &mut parts, &mut provider_id)?;
                    if parts.source.is_none() {
                        parts.source = provider_id.clone();
                    }
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

fn read_item<R: BufRead>(
    reader: &mut XmlReader<R>,
    parts: &mut Parts,
    provider_id: &mut Option<String>,
) -> Result<(), XmlError> {
    let depth = reader.stack().len();
    let (mut first, mut revised, mut dateline) = (None, None, None);
    loop {
        match reader.next_event()? {
            Ev::Open(tag) => match tag.name.as_str() {
                "NewsItemId" => {
                    let text = reader.text_until_close()?;
                    Parts::set(&mut parts.id, &text);
                }
                "ProviderId" => {
                    let text = reader.text_until_close()?;
                    let text = text.trim();
                    // `afp.com` → `AFP`.
                    let name = text.strip_suffix(".com").map_or(text.to_owned(), str::to_ascii_uppercase);
                    Parts::set(provider_id, &name);
                }
                "RevisionId" => {
                    let text = reader.text_until_close()?;
                    parts.meta.revision = text.trim().parse().ok();
                }
                "NewsItemType" => {
                    if let Some(kind) = tag.attr("FormalName") {
                        parts.meta.kind = Some(kind.trim().to_lowercase());
                    }
                }
                "FirstCreated" => first = Some(reader.text_until_close()?),
                "ThisRevisionCreated" => revised = Some(reader.text_until_close()?),
                "DateLineDate" => dateline = Some(reader.text_until_close()?),
                "HeadLine" => {
                    let text = reader.text_until_close()?;
                    Parts::set(&mut parts.title, &text);
                }
                "Party" if reader.stack().iter().any(|n| n == "Provider") => {
                    if let Some(name) = tag.attr("FormalName") {
                        Parts::set(&mut parts.source, name);
                    }
                }
                "Language" => {
                    if let Some(lang) = tag.attr("FormalName").and_then(wire::language) {
                        parts.meta.language.get_or_insert(lang);
                    }
                }
                "Subject" | "SubjectMatter" | "SubjectDetail" => {
                    if let Some(code) = tag.attr("FormalName") {
                        parts.meta.subjects.push(code.trim().to_owned());
                    }
                }
                "Property" => {
                    let value = tag.attr("Value").unwrap_or("");
                    let in_location = reader.stack().iter().any(|n| n == "Location");
                    match tag.attr("FormalName") {
                        Some("City") if in_location => Parts::set(&mut parts.meta.place, value),
                        Some("Country") if in_location => Parts::set(&mut parts.meta.country, value),
                        Some("Keyword") if !value.trim().is_empty() => {
                            parts.meta.keywords.push(value.trim().to_owned())
                        }
                        _ => {}
                    }
                }
                "nitf" => nitf::read_nitf(reader, &tag, parts)?,
                _ => {}
            },
            Ev::Close(_) if reader.stack().len() < depth => break,
            Ev::Eof => break,
            _ => {}
        }
    }
    // The story's date is when it was first written; a revision keeps it.
    for when in [first, revised, dateline].into_iter().flatten() {
        parts.set_when(wire::iso_datetime(&when));
    }
    Ok(())
}
