//! Reading corpora: files on disk → dispatches split into passages.
//!
//! Paths are files or directories; directories are walked recursively in
//! file-name order, following symlinks (loops are detected and reported),
//! so the same corpus always yields dispatches in the same order. A walk
//! takes the files whose extension may hold dispatches (`.txt`, `.jsonl`,
//! `.xml`, `.nitf`, `.sgml`, `.html`, `.rss`, `.atom`, `.gz`…, see
//! [`Format::of`]); what a file holds is then recognised by its content
//! ([`sniff`]: the root element, `<DOC`, gzip's magic bytes), so a NewsML
//! file named `.txt` or a Gigaword month named `afp_fre_200501.gz` is read
//! as what it is. One reader per format, all yielding the same
//! [`Dispatch`]: [`txt`], [`jsonl`], [`newsml`] (NewsML 1.2 with NITF
//! inside), [`newsml_g2`], [`nitf`], [`gigaword`], [`feed`] (RSS 2.0 and
//! Atom) and [`html`]. The XML readers share [`xml`], which never fetches a
//! DTD or external entity and bounds entity expansion.
//!
//! Whatever the format, [`wire::lift`] turns the AFP dateline prefix
//! (`BAMAKO, 22 oct 2023 (AFP) -`) and the closing signature line
//! (`str-cab/sba/mm`) into metadata, so they are not text of the passages.
//!
//! Nothing here aborts on bad input: every problem becomes a [`Problem`]
//! naming the file (and line), handed to the caller, and reading goes on.

pub mod date;
pub mod decode;
pub mod feed;
pub mod gigaword;
pub mod html;
pub mod jsonl;
pub mod newsml;
pub mod newsml_g2;
pub mod nitf;
pub mod passages;
pub mod txt;
pub mod watch;
pub mod wire;
pub mod xml;

use std::cell::Cell;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use date::DispatchDate;

/// A news dispatch, split into passages.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispatch {
    /// Identifier, unique in the corpus.
    pub id: String,
    /// Date, with the precision it was given at.
    pub date: Option<DispatchDate>,
    /// Headline.
    pub title: Option<String>,
    /// Wire service or publisher.
    pub source: Option<String>,
    /// Paragraphs, numbered by their index.
    pub passages: Vec<String>,
    /// Where the dispatch was read.
    pub origin: Origin,
    /// What wire formats say beyond the above: time, language, dateline,
    /// revision, item type, subjects (empty for `.txt` and `.jsonl`).
    pub meta: DispatchMeta,
}

/// A dispatch's wire metadata.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DispatchMeta {
    /// Time of day with its offset as given (`19:21:41+00:00`).
    pub time: Option<String>,
    /// Language code, lower case (`fr`, `en`, `ar`).
    pub language: Option<String>,
    /// The dateline prefix taken off the first passage
    /// (`BAMAKO, 22 oct 2023 (AFP)`).
    pub dateline: Option<String>,
    /// The dateline city (from the metadata, else the dateline prefix).
    pub place: Option<String>,
    /// The dateline country, as given (`MLI`, `Mali`).
    pub country: Option<String>,
    /// The signature line taken off the end (`str-cab/sba/mm`).
    pub signature: Option<String>,
    /// Revision number (NewsML `RevisionId`, G2 `version`): a later one
    /// replaces an earlier one, an earlier one arriving late does not.
    pub revision: Option<u64>,
    /// Item type, lower case: `alert`, `urgent`, `story`, `advis`…
    pub kind: Option<String>,
    /// Subject codes (IPTC), as given.
    pub subjects: Vec<String>,
    /// Keywords, as given.
    pub keywords: Vec<String>,
}

impl DispatchMeta {
    /// The places the dateline names, to search: the city of the dateline
    /// prefix (`BAMAKO` of `BAMAKO, 22 oct 2023 (AFP)`) and the place the
    /// agency format gives, when it is another; the date and the agency
    /// are left out (the date has its own field, and "AFP" would match
    /// every dispatch).
    pub fn dateline_places(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let prefix = self.dateline.as_deref().and_then(|d| d.split([',', '(']).next()).map(str::trim);
        for place in [prefix, self.place.as_deref().map(str::trim)].into_iter().flatten() {
            if !place.is_empty() && !out.iter().any(|o| o.to_lowercase() == place.to_lowercase()) {
                out.push(place);
            }
        }
        out
    }
}

/// A place in the corpus: a file, and a line for line-based formats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub path: PathBuf,
    /// 1-based line, for `.jsonl` records and header lines.
    pub line: Option<usize>,
    /// 1-based column, with a line, for errors in XML files.
    pub column: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{}:{line}:{column}", self.path.display()),
            (Some(line), None) => write!(f, "{}:{line}", self.path.display()),
            _ => write!(f, "{}", self.path.display()),
        }
    }
}

/// Something wrong in the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub origin: Origin,
    /// What, for a person.
    pub message: String,
    /// Whether a dispatch or file was left out (otherwise it was indexed,
    /// perhaps with less metadata).
    pub skipped: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Corpus file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One dispatch per `.txt` file.
    Txt,
    /// One dispatch per line of a `.jsonl` file.
    Jsonl,
    /// The same, gzip-compressed (`.jsonl.gz`).
    JsonlGz,
    /// Any other corpus extension: what it holds is told by its content
    /// ([`sniff`]).
    Sniffed,
}

/// Extensions of files that may hold dispatches in a wire format.
const WIRE_EXTENSIONS: [&str; 13] = [
    ".xml", ".nml", ".newsml", ".nitf", ".sgml", ".sgm", ".html", ".htm", ".xhtml", ".rss", ".atom", ".gz",
    ".g2",
];

impl Format {
    /// The format of `path`, by its extension: `None` for a file that is
    /// no corpus file.
    pub fn of(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".jsonl.gz") {
            Some(Format::JsonlGz)
        } else if name.ends_with(".jsonl") {
            Some(Format::Jsonl)
        } else if name.ends_with(".txt") {
            Some(Format::Txt)
        } else if WIRE_EXTENSIONS.iter().any(|e| name.ends_with(e)) {
            Some(Format::Sniffed)
        } else {
            None
        }
    }
}

/// What a file holds, told by its first bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// Plain text: a `.txt` dispatch.
    Text,
    /// JSON lines (a `.gz` that holds `.jsonl`).
    Jsonl,
    /// NewsML 1.2 (`<NewsML>`).
    NewsMl,
    /// IPTC NewsML-G2 (`<newsItem>`, `<newsMessage>`).
    NewsMlG2,
    /// NITF (`<nitf>`).
    Nitf,
    /// LDC Gigaword SGML (`<DOC`).
    Gigaword,
    /// RSS 2.0, RSS 1.0 (RDF) or Atom.
    Feed,
    /// An HTML page.
    Html,
    /// XML of no known format: the root element's name.
    OtherXml(String),
}

/// Tells what `head` (a file's first bytes, decompressed) holds: the root
/// element, past the prolog, comments and DOCTYPE.
pub fn sniff(head: &[u8]) -> Content {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(&head[..head.len().min(8192)]);
    let mut rest = text.trim_start();
    if rest.starts_with('{') {
        return Content::Jsonl;
    }
    if !rest.starts_with('<') {
        return Content::Text;
    }
    loop {
        if rest.starts_with("<?") {
            rest = rest.find("?>").map_or("", |e| &rest[e + 2..]).trim_start();
        } else if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]).trim_start();
        } else if rest.as_bytes().get(..9).is_some_and(|p| p.eq_ignore_ascii_case(b"<!DOCTYPE")) {
            // Compared as bytes: the ninth byte may fall inside a letter
            // (`<nitf><Léré`), where a `str` slice panics.
            let doctype = rest[9..].trim_start();
            if doctype.as_bytes().get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"html")) {
                return Content::Html;
            }
            // Past the internal subset, if any.
            let end = match (doctype.find('['), doctype.find('>')) {
                (Some(b), Some(g)) if b < g => doctype.find("]>").map_or(doctype.len(), |e| e + 2),
                (_, Some(g)) => g + 1,
                _ => doctype.len(),
            };
            rest = doctype[end..].trim_start();
        } else {
            break;
        }
    }
    let name: String = rest
        .trim_start_matches('<')
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '_' | '.' | '-'))
        .collect();
    let local = name.rsplit(':').next().unwrap_or("");
    match local {
        "DOC" => Content::Gigaword,
        "NewsML" => Content::NewsMl,
        "newsItem" | "newsMessage" | "packageItem" => Content::NewsMlG2,
        "nitf" => Content::Nitf,
        "rss" | "RDF" | "feed" => Content::Feed,
        _ if local.eq_ignore_ascii_case("html") => Content::Html,
        _ if rest.is_empty() => Content::Text,
        "" => Content::Text,
        _ => Content::OtherXml(local.to_owned()),
    }
}

/// The corpus files under `paths`, in a stable order, with the problems met
/// while looking for them.
pub fn files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let problem = |path: &Path, message: String| Problem {
        origin: Origin { path: path.to_owned(), line: None, column: None },
        message,
        skipped: true,
    };
    for root in paths {
        match std::fs::metadata(root) {
            Err(e) => problems.push(problem(root, format!("cannot read: {e}"))),
            Ok(m) if m.is_file() => match Format::of(root) {
                Some(_) => found.push(root.clone()),
                None => problems
                    .push(problem(root, "not a corpus file (expected .txt, .jsonl, .jsonl.gz, .xml, .sgml, .html, .rss, .atom, .gz…)".into())),
            },
            Ok(_) => {
                let walk = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name();
                for entry in walk {
                    match entry {
                        Ok(e) if e.file_type().is_file() && Format::of(e.path()).is_some() => {
                            found.push(e.into_path())
                        }
                        // A FIFO, socket or device named like a corpus file:
                        // reading it could block forever, so it is named and
                        // left out rather than read or passed over in silence.
                        Ok(e) if !e.file_type().is_dir() && Format::of(e.path()).is_some() => {
                            problems.push(problem(
                                e.path(),
                                "not a regular file (a FIFO, socket or device): skipped".into(),
                            ))
                        }
                        Ok(_) => {}
                        Err(e) => {
                            let path = e.path().unwrap_or(root).to_owned();
                            let message = match e.loop_ancestor() {
                                Some(a) => format!("symlink loop back to {}", a.display()),
                                None => e
                                    .io_error()
                                    .map_or_else(|| e.to_string(), |io| format!("cannot read: {io}")),
                            };
                            problems.push(problem(&path, message));
                        }
                    }
                }
            }
        }
    }
    (found, problems)
}

/// Reads every dispatch of the corpus file `path`: `visit` gets each
/// dispatch, `report` each problem. `bytes_read` counts the file's bytes
/// consumed so far (compressed bytes for `.gz`), for progress reporting.
pub fn read_file(
    path: &Path,
    bytes_read: &Cell<u64>,
    visit: &mut dyn FnMut(Dispatch),
    report: &mut dyn FnMut(Problem),
) {
    let at = |line: Option<usize>| Origin { path: path.to_owned(), line, column: None };
    let mut fail = |line, message: String, skipped| report(Problem { origin: at(line), message, skipped });
    match Format::of(path) {
        Some(Format::Txt) => match std::fs::read(path) {
            Err(e) => fail(None, format!("cannot read: {e}"), true),
            Ok(bytes) => {
                bytes_read.set(bytes.len() as u64);
                match sniff(&bytes) {
                    // A `.txt` dispatch may well start with `<b>` or `<<`:
                    // only a known format's root makes it markup.
                    Content::Text | Content::Jsonl | Content::OtherXml(_) => {
                        read_txt(path, &bytes, visit, &mut fail)
                    }
                    content => {
                        let mut sink = Sink { path, visit, report };
                        read_wire(content, Box::new(&bytes[..]), &mut sink)
                    }
                }
            }
        },
        Some(Format::Sniffed) => match File::open(path) {
            Err(e) => fail(None, format!("cannot read: {e}"), true),
            Ok(file) => {
                let mut file =
                    BufReader::with_capacity(1 << 16, CountingReader { inner: file, count: bytes_read });
                let gz = file.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
                let mut input: Box<dyn BufRead + '_> = if gz {
                    Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(file)))
                } else {
                    Box::new(file)
                };
                let content = match input.fill_buf() {
                    Ok(head) => sniff(head),
                    Err(e) => return fail(None, format!("cannot read: {e}"), true),
                };
                let mut sink = Sink { path, visit, report };
                read_wire(content, input, &mut sink)
            }
        },
        Some(format) => match File::open(path) {
            Err(e) => fail(None, format!("cannot read: {e}"), true),
            Ok(file) => {
                let file = CountingReader { inner: file, count: bytes_read };
                let reader: Box<dyn Read> = if format == Format::JsonlGz {
                    Box::new(flate2::read::MultiGzDecoder::new(file))
                } else {
                    Box::new(file)
                };
                read_jsonl(path, BufReader::with_capacity(1 << 16, reader), visit, &mut fail);
            }
        },
        None => {
            fail(None, "not a corpus file (expected .txt, .jsonl, .jsonl.gz, .xml, .html, .gz…)".into(), true)
        }
    }
}

/// Reads a file of a wire format, `content` as sniffed.
fn read_wire(content: Content, input: Box<dyn BufRead + '_>, sink: &mut Sink<'_>) {
    match content {
        Content::NewsMl => newsml::read(input, sink),
        Content::NewsMlG2 => newsml_g2::read(input, sink),
        Content::Nitf => nitf::read(input, sink),
        Content::Gigaword => gigaword::read(input, sink),
        Content::Feed => feed::read(input, sink),
        Content::Html => html::read(input, sink),
        Content::Text => match read_all(input) {
            Ok(bytes) => {
                let (path, visit, report) = (sink.path, &mut *sink.visit, &mut *sink.report);
                let mut fail = |line, message: String, skipped| {
                    report(Problem { origin: Origin { path: path.to_owned(), line, column: None }, message, skipped })
                };
                read_txt(path, &bytes, visit, &mut fail)
            }
            Err(e) => sink.skip(format!("cannot read: {e}")),
        },
        Content::Jsonl => {
            let (path, visit, report) = (sink.path, &mut *sink.visit, &mut *sink.report);
            let mut fail = |line, message: String, skipped| {
                report(Problem { origin: Origin { path: path.to_owned(), line, column: None }, message, skipped })
            };
            read_jsonl(path, input, visit, &mut fail)
        }
        Content::OtherXml(root) => sink.skip(format!(
            "XML with root element <{root}>: not a known dispatch format (NewsML, NewsML-G2, NITF, RSS, Atom, HTML): skipped"
        )),
    }
}

/// The rest of `input`, at most 256 MiB (a page or a dispatch, not an archive).
fn read_all(input: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.take(256 << 20).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Where the wire readers send dispatches and problems.
pub struct Sink<'a> {
    path: &'a Path,
    visit: &'a mut dyn FnMut(Dispatch),
    report: &'a mut dyn FnMut(Problem),
}

impl<'a> Sink<'a> {
    /// A sink for the file `path`.
    pub fn new(
        path: &'a Path,
        visit: &'a mut dyn FnMut(Dispatch),
        report: &'a mut dyn FnMut(Problem),
    ) -> Sink<'a> {
        Sink { path, visit, report }
    }

    /// The file being read.
    pub fn path(&self) -> &Path {
        self.path
    }

    fn problem(&mut self, line: Option<usize>, column: Option<usize>, message: String, skipped: bool) {
        let origin = Origin { path: self.path.to_owned(), line, column };
        (self.report)(Problem { origin, message, skipped });
    }

    /// A remark: the dispatch or file was read anyway.
    pub fn warn(&mut self, message: String) {
        self.problem(None, None, message, false);
    }

    /// A problem that left something out.
    pub fn skip(&mut self, message: String) {
        self.problem(None, None, message, true);
    }

    /// A problem at a line.
    pub fn at_line(&mut self, line: usize, message: String, skipped: bool) {
        self.problem(Some(line), None, message, skipped);
    }

    /// A fatal XML error: reported at its line and column (the file is
    /// read again to find them), after `read` dispatches were taken.
    pub fn xml_error(&mut self, error: xml::XmlError, read: usize) {
        let (line, column) = match xml::open(self.path) {
            Ok(input) => xml::line_column(input, error.offset),
            Err(_) => (0, 0),
        };
        let rest = if read > 0 { format!(" ({read} dispatches before it indexed)") } else { String::new() };
        self.problem(
            Some(line as usize),
            Some(column as usize),
            format!("{}: rest of file skipped{rest}", error.message),
            true,
        );
    }

    /// The XML reader's warnings, once each.
    pub fn xml_warnings(&mut self, warnings: Vec<String>) {
        for w in warnings {
            self.warn(w);
        }
    }

    /// Hands over a dispatch read from a wire format: its passages split
    /// from `text` (paragraphs separated by blank lines), the dateline and
    /// signature lifted, refused with a problem when no text is left.
    pub fn dispatch(&mut self, mut dispatch: Dispatch, text: &str, line: Option<usize>) {
        let (passages, cuts) = passages::split_counting_cuts(text);
        if cuts > 0 {
            self.problem(line, None, format!("dispatch {}: {}", dispatch.id, long_paragraphs(cuts)), false);
        }
        dispatch.passages = passages;
        wire::lift(&mut dispatch);
        if dispatch.passages.is_empty() {
            let message = format!("dispatch {} has no text: skipped", dispatch.id);
            return self.problem(line, None, message, true);
        }
        dispatch.origin = Origin { path: self.path.to_owned(), line, column: None };
        (self.visit)(dispatch);
    }
}

/// Counts the bytes read through it.
struct CountingReader<'a, R> {
    inner: R,
    count: &'a Cell<u64>,
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

fn read_txt(
    path: &Path,
    bytes: &[u8],
    visit: &mut dyn FnMut(Dispatch),
    fail: &mut dyn FnMut(Option<usize>, String, bool),
) {
    let text = match decode::decode(bytes) {
        decode::Decoded::Text(t) => t,
        decode::Decoded::Windows1252(t) => {
            fail(None, "not UTF-8: decoded as Windows-1252".into(), false);
            t.into()
        }
        decode::Decoded::Binary => {
            return fail(None, "not a text file (binary content): skipped".into(), true);
        }
    };
    let parsed = txt::parse(&text);
    if let Some((line, e)) = &parsed.bad_date {
        fail(Some(*line), format!("{e}; indexed without a date"), false);
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy()).unwrap_or_default();
    let id = parsed.id.map_or_else(|| stem.trim().to_owned(), str::to_owned);
    let (passages, cuts) = passages::split_counting_cuts(parsed.body);
    if cuts > 0 {
        fail(None, long_paragraphs(cuts), false);
    }
    if passages.is_empty() {
        return fail(None, "no text: skipped".into(), true);
    }
    let mut dispatch = Dispatch {
        id,
        date: parsed.date,
        title: parsed.title.map(str::to_owned),
        source: parsed.source.map(str::to_owned),
        passages,
        origin: Origin { path: path.to_owned(), line: None, column: None },
        meta: DispatchMeta::default(),
    };
    wire::lift(&mut dispatch);
    visit(dispatch);
}

/// The warning for paragraphs cut to [`passages::MAX_PASSAGE_CHARS`].
fn long_paragraphs(cuts: usize) -> String {
    let max = passages::MAX_PASSAGE_CHARS;
    match cuts {
        1 => format!("a paragraph of more than {max} characters (line ends lost?): cut into passages"),
        n => format!("{n} paragraphs of more than {max} characters (line ends lost?): cut into passages"),
    }
}

fn read_jsonl(
    path: &Path,
    mut reader: impl BufRead,
    visit: &mut dyn FnMut(Dispatch),
    fail: &mut dyn FnMut(Option<usize>, String, bool),
) {
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut records = false;
    loop {
        buf.clear();
        line_no += 1;
        match reader.read_until(b'\n', &mut buf) {
            // An empty .txt file is reported; so is a .jsonl file with no
            // record, as a warning: zero lines is a valid JSONL file.
            Ok(0) if !records => return fail(None, "empty file: no dispatch in it".into(), false),
            Ok(0) => return,
            Ok(_) => {}
            Err(e) => return fail(Some(line_no), format!("read error, rest of file skipped: {e}"), true),
        }
        let Ok(line) = std::str::from_utf8(&buf) else {
            fail(Some(line_no), "not UTF-8: line skipped".into(), true);
            continue;
        };
        let line = line.trim_start_matches('\u{FEFF}').trim();
        if line.is_empty() {
            continue;
        }
        records = true;
        let record = match jsonl::parse_line(line) {
            Ok(r) => r,
            Err(message) => {
                fail(Some(line_no), format!("{message}: line skipped"), true);
                continue;
            }
        };
        if let Some(w) = &record.warning {
            fail(Some(line_no), w.clone(), false);
        }
        let id = record.id.unwrap_or_else(|| {
            let stem = path.file_name().map(|s| s.to_string_lossy()).unwrap_or_default();
            let id = format!("{stem}:{line_no}");
            fail(Some(line_no), format!("no \"id\": indexed as {id}"), false);
            id
        });
        let (passages, cuts) = passages::split_counting_cuts(&record.text);
        if cuts > 0 {
            fail(Some(line_no), long_paragraphs(cuts), false);
        }
        if passages.is_empty() {
            fail(Some(line_no), format!("dispatch {id} has no text: skipped"), true);
            continue;
        }
        let mut dispatch = Dispatch {
            id,
            date: record.date,
            title: record.title,
            source: record.source,
            passages,
            origin: Origin { path: path.to_owned(), line: Some(line_no), column: None },
            meta: DispatchMeta::default(),
        };
        wire::lift(&mut dispatch);
        visit(dispatch);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(path: &Path) -> (Vec<Dispatch>, Vec<Problem>) {
        let (mut ds, mut ps) = (Vec::new(), Vec::new());
        read_file(path, &Cell::new(0), &mut |d| ds.push(d), &mut |p| ps.push(p));
        (ds, ps)
    }

    /// Found by the `wire_readers_never_panic` property test: the sniffer
    /// sliced nine bytes into a letter.
    #[test]
    fn sniffing_never_cuts_a_letter() {
        assert_eq!(sniff("<nitf><Léré".as_bytes()), Content::Nitf);
        assert_eq!(sniff("<!DOCTYPÉ".as_bytes()), Content::Text);
        assert_eq!(sniff("<!DOCTYPE hé><nitf>".as_bytes()), Content::Nitf);
    }

    #[test]
    fn jsonl_bad_line_is_reported_and_others_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        std::fs::write(
            &path,
            "{\"id\":\"a\",\"text\":\"Un.\\n\\nDeux.\"}\n{broken\n\n{\"id\":\"b\",\"date\":\"2023-09\",\"text\":\"Trois.\"}\n",
        )
        .unwrap();
        let (ds, ps) = read_all(&path);
        assert_eq!(ds.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(ds[0].passages, ["Un.", "Deux."]);
        assert_eq!(ds[1].origin.line, Some(4));
        assert_eq!(ps.len(), 1);
        assert!(ps[0].to_string().starts_with(&format!("{}:2: invalid JSON", path.display())));
    }

    #[test]
    fn an_empty_jsonl_file_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        std::fs::write(&path, "\n \r\n").unwrap();
        let (ds, ps) = read_all(&path);
        assert!(ds.is_empty());
        assert_eq!(ps.len(), 1);
        assert!(!ps[0].skipped);
        assert_eq!(ps[0].to_string(), format!("{}: empty file: no dispatch in it", path.display()));
    }

    #[test]
    fn gz_is_read() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl.gz");
        let mut gz = flate2::write::GzEncoder::new(File::create(&path).unwrap(), Default::default());
        gz.write_all(b"{\"id\":\"z\",\"text\":\"Kidal.\"}\n").unwrap();
        gz.finish().unwrap();
        let (ds, ps) = read_all(&path);
        assert_eq!((ds.len(), ps.len()), (1, 0));
        assert_eq!(ds[0].passages, ["Kidal."]);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_named_like_a_corpus_file_is_reported_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("note: mkfifo unavailable, test skipped");
            return;
        }
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        let (files, problems) = files(&[dir.path().to_owned()]);
        assert_eq!(files, [dir.path().join("a.txt")]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].skipped);
        assert!(
            problems[0]
                .to_string()
                .ends_with("pipe.txt: not a regular file (a FIFO, socket or device): skipped")
        );
    }

    #[test]
    fn walk_is_sorted_and_skips_other_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for f in ["b.txt", "a.txt", "sub/c.jsonl", "notes.md"] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let (files, problems) = files(&[dir.path().to_owned()]);
        let names: Vec<_> = files.iter().map(|p| p.strip_prefix(dir.path()).unwrap().to_owned()).collect();
        assert_eq!(names, [PathBuf::from("a.txt"), "b.txt".into(), "sub/c.jsonl".into()]);
        assert!(problems.is_empty());
    }
}
#[cfg(test)]
mod formats_tests;
