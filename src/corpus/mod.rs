//! Reading corpora: files on disk → dispatches split into passages.
//!
//! Paths are files or directories; directories are walked recursively in
//! file-name order, following symlinks (loops are detected and reported),
//! so the same corpus always yields dispatches in the same order. Formats
//! are chosen by extension: `.txt` (one dispatch per file, see [`txt`]),
//! `.jsonl` and `.jsonl.gz` (one per line, see [`jsonl`]); other files in a
//! walked directory are passed over.
//!
//! Nothing here aborts on bad input: every problem becomes a [`Problem`]
//! naming the file (and line), handed to the caller, and reading goes on.

pub mod date;
pub mod decode;
pub mod jsonl;
pub mod passages;
pub mod txt;

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
}

/// A place in the corpus: a file, and a line for line-based formats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub path: PathBuf,
    /// 1-based line, for `.jsonl` records and header lines.
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path.display()),
            None => write!(f, "{}", self.path.display()),
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
}

impl Format {
    /// The format of `path`, by its extension.
    pub fn of(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".jsonl.gz") {
            Some(Format::JsonlGz)
        } else if name.ends_with(".jsonl") {
            Some(Format::Jsonl)
        } else if name.ends_with(".txt") {
            Some(Format::Txt)
        } else {
            None
        }
    }
}

/// The corpus files under `paths`, in a stable order, with the problems met
/// while looking for them.
pub fn files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let problem = |path: &Path, message: String| Problem {
        origin: Origin { path: path.to_owned(), line: None },
        message,
        skipped: true,
    };
    for root in paths {
        match std::fs::metadata(root) {
            Err(e) => problems.push(problem(root, format!("cannot read: {e}"))),
            Ok(m) if m.is_file() => match Format::of(root) {
                Some(_) => found.push(root.clone()),
                None => problems
                    .push(problem(root, "not a corpus file (expected .txt, .jsonl or .jsonl.gz)".into())),
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
    let at = |line: Option<usize>| Origin { path: path.to_owned(), line };
    let mut fail = |line, message: String, skipped| report(Problem { origin: at(line), message, skipped });
    match Format::of(path) {
        Some(Format::Txt) => match std::fs::read(path) {
            Err(e) => fail(None, format!("cannot read: {e}"), true),
            Ok(bytes) => {
                bytes_read.set(bytes.len() as u64);
                read_txt(path, &bytes, visit, &mut fail)
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
        None => fail(None, "not a corpus file (expected .txt, .jsonl or .jsonl.gz)".into(), true),
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
    visit(Dispatch {
        id,
        date: parsed.date,
        title: parsed.title.map(str::to_owned),
        source: parsed.source.map(str::to_owned),
        passages,
        origin: Origin { path: path.to_owned(), line: None },
    });
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
        visit(Dispatch {
            id,
            date: record.date,
            title: record.title,
            source: record.source,
            passages,
            origin: Origin { path: path.to_owned(), line: Some(line_no) },
        });
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
