//! A safe, streaming XML event reader shared by the XML formats (NewsML
//! 1.2, NewsML-G2, NITF, RSS and Atom).
//!
//! Built on quick-xml, which never fetches anything: a DTD is only text to
//! it. On top of it this reader
//! - decodes text in the encoding the prolog declares (ISO-8859-1 and
//!   Windows-1252 through encoding_rs); a file declared UTF-8 that is not
//!   is decoded as Windows-1252 with a warning, not refused;
//! - expands the five XML entities, character references, and internal
//!   entities declared in the DOCTYPE whose value is plain text; an entity
//!   whose value refers to other entities (the "billion laughs" bomb) makes
//!   the file refused by name before anything is expanded, and external
//!   entities (`SYSTEM`/`PUBLIC`) are never read: they expand to nothing,
//!   with a warning. Expansion is capped at [`MAX_EXPANSION`] bytes a file;
//! - reports errors with the byte offset where they occur, which
//!   [`line_column`] turns into `line:column` (by reading the file again:
//!   errors are rare, and counting lines all along would cost every file);
//! - reports a file that ends inside an element (truncated) as an error.
//!
//! Element names are local names (prefix dropped): formats match
//! `content:encoded` as `encoded`.

use std::collections::HashMap;
use std::io::{BufRead, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use quick_xml::events::Event;

/// Most bytes that declared entities may expand to in one file.
pub const MAX_EXPANSION: usize = 1 << 20;

/// An XML event, decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Ev {
    /// A start tag (empty elements give a start and an end).
    Open(Tag),
    /// An end tag: the local name.
    Close(String),
    /// Character data, entities expanded (may come in several pieces).
    Text(String),
    /// The end of the document.
    Eof,
}

/// A start tag.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    /// Local name (`encoded` for `content:encoded`).
    pub name: String,
    /// Attributes, local names and decoded values (`lang` for `xml:lang`).
    pub attrs: Vec<(String, String)>,
}

impl Tag {
    /// The value of attribute `name` (local name).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// A fatal error in a file, at a byte offset.
#[derive(Debug, Clone, PartialEq)]
pub struct XmlError {
    /// Byte offset in the (decompressed) file.
    pub offset: u64,
    /// What went wrong.
    pub message: String,
}

/// A declared entity.
#[derive(Debug, Clone)]
enum Entity {
    Text(String),
    External,
}

/// Reads XML events from `R`, safely (see the module doc).
pub struct XmlReader<R: BufRead> {
    reader: quick_xml::Reader<R>,
    buf: Vec<u8>,
    stack: Vec<String>,
    state: State,
}

/// Decoding and entity state, apart from the parser's buffer.
struct State {
    encoding: &'static Encoding,
    entities: HashMap<String, Entity>,
    expanded: usize,
    warnings: Vec<String>,
    warned_encoding: bool,
}

impl<R: BufRead> XmlReader<R> {
    /// A reader over `input`.
    pub fn new(input: R) -> XmlReader<R> {
        let mut reader = quick_xml::Reader::from_reader(input);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.trim_text(false);
        XmlReader {
            reader,
            buf: Vec::with_capacity(4096),
            stack: Vec::new(),
            state: State {
                encoding: UTF_8,
                entities: HashMap::new(),
                expanded: 0,
                warnings: Vec::new(),
                warned_encoding: false,
            },
        }
    }

    /// The non-fatal remarks so far (encoding fallback, external entity
    /// not read), taken.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.state.warnings)
    }

    /// Names of the open elements, outermost first.
    pub fn stack(&self) -> &[String] {
        &self.stack
    }

    /// The next event.
    pub fn next_event(&mut self) -> Result<Ev, XmlError> {
        loop {
            self.buf.clear();
            let before = self.reader.buffer_position();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(e) => e,
                Err(e) => {
                    let offset = self.reader.error_position();
                    return Err(XmlError { offset, message: format!("malformed XML: {e}") });
                }
            };
            let at = self.reader.buffer_position();
            match event {
                Event::Decl(decl) => {
                    if let Some(Ok(label)) = decl.encoding() {
                        match Encoding::for_label(&label) {
                            Some(enc) => self.state.encoding = enc,
                            None => {
                                let name = String::from_utf8_lossy(&label).into_owned();
                                self.state
                                    .warnings
                                    .push(format!("unknown declared encoding {name:?}: read as UTF-8"));
                            }
                        }
                    }
                }
                Event::DocType(text) => {
                    let text = self.state.decode(&text);
                    self.state
                        .declare_entities(&text)
                        .map_err(|message| XmlError { offset: before, message })?;
                }
                Event::Start(start) => {
                    let name = local(start.local_name().as_ref());
                    let mut attrs = Vec::new();
                    for attr in start.attributes().with_checks(false) {
                        let attr = attr.map_err(|e| XmlError {
                            offset: at,
                            message: format!("malformed XML: bad attribute in <{name}>: {e}"),
                        })?;
                        let key = local(attr.key.local_name().as_ref());
                        let raw = self.state.decode(&attr.value);
                        let value = self
                            .state
                            .expand_all(&raw)
                            .map_err(|message| XmlError { offset: at, message })?;
                        attrs.push((key, value));
                    }
                    self.stack.push(name.clone());
                    return Ok(Ev::Open(Tag { name, attrs }));
                }
                Event::End(end) => {
                    self.stack.pop();
                    return Ok(Ev::Close(local(end.local_name().as_ref())));
                }
                Event::Empty(_) => unreachable!("expand_empty_elements is on"),
                Event::Text(text) => return Ok(Ev::Text(self.state.decode(&text))),
                Event::CData(data) => return Ok(Ev::Text(self.state.decode(&data))),
                Event::GeneralRef(r) => {
                    if r.is_char_ref() {
                        match r.resolve_char_ref() {
                            Ok(Some(c)) => return Ok(Ev::Text(c.to_string())),
                            _ => {
                                return Err(XmlError {
                                    offset: at,
                                    message: format!(
                                        "malformed XML: bad character reference &{};",
                                        String::from_utf8_lossy(&r)
                                    ),
                                });
                            }
                        }
                    }
                    let name = String::from_utf8_lossy(&r).into_owned();
                    let text =
                        self.state.entity(&name).map_err(|message| XmlError { offset: at, message })?;
                    return Ok(Ev::Text(text));
                }
                Event::Comment(_) | Event::PI(_) => {}
                Event::Eof => {
                    if let Some(open) = self.stack.last() {
                        return Err(XmlError {
                            offset: at,
                            message: format!("malformed XML: the file ends inside <{open}> (truncated?)"),
                        });
                    }
                    return Ok(Ev::Eof);
                }
            }
        }
    }

    /// The text of the element just opened, up to its end (nested
    /// elements' text included).
    pub fn text_until_close(&mut self) -> Result<String, XmlError> {
        let depth = self.stack.len();
        let mut out = String::new();
        loop {
            match self.next_event()? {
                Ev::Text(t) => out.push_str(&t),
                Ev::Close(_) if self.stack.len() < depth => return Ok(out),
                Ev::Eof => return Ok(out),
                _ => {}
            }
        }
    }

    /// Skips to the end of the element just opened.
    pub fn skip_element(&mut self) -> Result<(), XmlError> {
        self.text_until_close().map(drop)
    }
}

impl State {
    fn decode(&mut self, bytes: &[u8]) -> String {
        if self.encoding == UTF_8 {
            match std::str::from_utf8(bytes) {
                Ok(s) => return s.to_owned(),
                Err(_) => {
                    if !self.warned_encoding {
                        self.warned_encoding = true;
                        self.warnings
                            .push("declared (or assumed) UTF-8 but is not: decoded as Windows-1252".into());
                    }
                    return WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned();
                }
            }
        }
        self.encoding.decode_without_bom_handling(bytes).0.into_owned()
    }

    /// The text of entity `name` (predefined or declared).
    fn entity(&mut self, name: &str) -> Result<String, String> {
        let text = match name {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "apos" => "'",
            "quot" => "\"",
            _ => match self.entities.get(name) {
                Some(Entity::Text(t)) => t.as_str(),
                Some(Entity::External) => "",
                // Feeds written for RSS 0.91's DTD use HTML's names.
                None => match html_entity(name) {
                    Some(t) => t,
                    None => return Err(format!("malformed XML: undeclared entity &{name};")),
                },
            },
        };
        self.expanded += text.len();
        if self.expanded > MAX_EXPANSION {
            return Err(format!("entity expansion passes {MAX_EXPANSION} bytes: file refused"));
        }
        Ok(text.to_owned())
    }

    /// `raw` (an attribute value) with its references expanded.
    fn expand_all(&mut self, raw: &str) -> Result<String, String> {
        if !raw.contains('&') {
            return Ok(raw.to_owned());
        }
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(amp) = rest.find('&') {
            out.push_str(&rest[..amp]);
            let after = &rest[amp + 1..];
            let Some(semi) = after.find(';') else {
                return Err("malformed XML: '&' without ';' in an attribute".into());
            };
            let name = &after[..semi];
            if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix('x') {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                match code.and_then(char::from_u32) {
                    Some(c) => out.push(c),
                    None => return Err(format!("malformed XML: bad character reference &{name};")),
                }
            } else {
                out.push_str(&self.entity(name)?);
            }
            rest = &after[semi + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Reads the `<!ENTITY …>` declarations of a DOCTYPE's internal subset.
    fn declare_entities(&mut self, doctype: &str) -> Result<(), String> {
        let mut rest = doctype;
        while let Some(at) = rest.find("<!ENTITY") {
            rest = &rest[at + "<!ENTITY".len()..];
            let mut words = rest.trim_start();
            let parameter = words.starts_with('%');
            if parameter {
                words = words[1..].trim_start();
            }
            let name_end = words.find(|c: char| c.is_whitespace()).unwrap_or(words.len());
            let name = words[..name_end].to_owned();
            let body = words[name_end..].trim_start();
            if body.starts_with("SYSTEM") || body.starts_with("PUBLIC") {
                let target = body.split(['"', '\'']).nth(1).unwrap_or("").to_owned();
                self.warnings.push(format!(
                    "external entity &{name}; ({target}) not read: external entities are never fetched"
                ));
                if !parameter {
                    self.entities.insert(name, Entity::External);
                }
                continue;
            }
            let quote = body.chars().next().filter(|c| *c == '"' || *c == '\'');
            let Some(quote) = quote else { continue };
            let value = body[1..].split(quote).next().unwrap_or("");
            if parameter {
                continue;
            }
            if let Some(amp) = value.find('&') {
                let inner: String = value[amp + 1..].chars().take_while(|c| *c != ';').collect();
                if !inner.starts_with('#') {
                    return Err(format!(
                        "entity &{name}; is defined by other entities (&{inner};): nested entity \
                         expansion (a \"billion laughs\" bomb?) refused, file skipped"
                    ));
                }
            }
            self.entities.insert(name, Entity::Text(value.to_owned()));
        }
        Ok(())
    }
}

/// The commonest HTML named entities (French letters, quotes, spaces),
/// which feeds use without declaring them.
fn html_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "nbsp" => "\u{a0}",
        "eacute" => "é",
        "egrave" => "è",
        "ecirc" => "ê",
        "euml" => "ë",
        "agrave" => "à",
        "acirc" => "â",
        "ccedil" => "ç",
        "icirc" => "î",
        "iuml" => "ï",
        "ocirc" => "ô",
        "ugrave" => "ù",
        "ucirc" => "û",
        "uuml" => "ü",
        "oelig" => "œ",
        "Eacute" => "É",
        "Egrave" => "È",
        "Agrave" => "À",
        "Ccedil" => "Ç",
        "laquo" => "«",
        "raquo" => "»",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "hellip" => "…",
        "ndash" => "–",
        "mdash" => "—",
        "deg" => "°",
        "euro" => "€",
        "copy" => "©",
        _ => return None,
    })
}

fn local(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

/// The 1-based line and column of byte `offset` of `input`.
pub fn line_column(input: impl Read, offset: u64) -> (u64, u64) {
    let (mut line, mut column) = (1u64, 1u64);
    for byte in std::io::BufReader::new(input).bytes().take(offset as usize) {
        match byte {
            Ok(b'\n') => {
                line += 1;
                column = 1;
            }
            // Columns count characters: UTF-8 continuation bytes are not.
            Ok(b) if b & 0xC0 != 0x80 => column += 1,
            Ok(_) => {}
            Err(_) => break,
        }
    }
    (line, column)
}

/// Opens `path` for reading, decompressing gzip when its content is.
pub fn open(path: &Path) -> std::io::Result<Box<dyn BufRead>> {
    let mut file = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let gz = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gz {
        Box::new(std::io::BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(file)))
    } else {
        Box::new(file)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Result<Vec<Ev>, XmlError> {
        let mut r = XmlReader::new(xml.as_bytes());
        let mut out = Vec::new();
        loop {
            match r.next_event()? {
                Ev::Eof => return Ok(out),
                e => out.push(e),
            }
        }
    }

    #[test]
    fn entities_and_char_refs_expand() {
        let evs = events("<a t=\"x&amp;y\">L&#233;r&foo;</a>").unwrap_err();
        assert!(evs.message.contains("undeclared entity &foo;"), "{evs:?}");
        let evs = events("<!DOCTYPE a [<!ENTITY e \"é\">]><a t=\"x&amp;y\">L&#233;r&e;</a>").unwrap();
        let text: String =
            evs.iter().filter_map(|e| if let Ev::Text(t) = e { Some(t.as_str()) } else { None }).collect();
        assert_eq!(text, "Léré");
        assert!(matches!(&evs[0], Ev::Open(t) if t.attr("t") == Some("x&y")));
    }

    #[test]
    fn a_truncated_file_is_an_error() {
        let e = events("<a><b>texte").unwrap_err();
        assert!(e.message.contains("ends inside <b>"), "{e:?}");
    }

    #[test]
    fn line_and_column() {
        assert_eq!(line_column("ab\ncdé\nf".as_bytes(), 8), (3, 1));
        assert_eq!(line_column("ab\ncdé\nf".as_bytes(), 7), (2, 4));
        assert_eq!(line_column("ab".as_bytes(), 0), (1, 1));
    }
}
