//! An indexing run: corpus paths → committed index, with progress and a
//! summary.
//!
//! The run never stops on bad input: each [`Problem`] goes to the caller's
//! [`BuildEvents`] and is counted. Dispatches are committed every
//! `commit_every` passages, so an interrupted run keeps what it committed.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use super::{DepechesIndex, IndexError, Indexer, size_on_disk};
use crate::corpus::{self, Problem};

/// What to index, and how.
#[derive(Debug, Clone)]
pub struct IndexConfig {
    /// Index directory.
    pub index_dir: PathBuf,
    /// Corpus files and directories.
    pub paths: Vec<PathBuf>,
    /// Start from an empty index.
    pub rebuild: bool,
    /// Writer threads.
    pub threads: usize,
    /// Writer memory, all threads together.
    pub heap_bytes: usize,
    /// Commit after this many passages.
    pub commit_every: usize,
}

impl IndexConfig {
    /// Defaults for indexing `paths` into `index_dir`.
    pub fn new(index_dir: PathBuf, paths: Vec<PathBuf>) -> IndexConfig {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        IndexConfig {
            index_dir,
            paths,
            rebuild: false,
            threads: cores.clamp(1, 8),
            heap_bytes: 256 << 20,
            commit_every: 250_000,
        }
    }
}

/// Callbacks of an indexing run, for progress bars and messages.
pub trait BuildEvents {
    /// The corpus has `files` files, `bytes` bytes in all.
    fn start(&mut self, files: usize, bytes: u64);
    /// `bytes` of the corpus are read so far.
    fn progress(&mut self, bytes: u64, dispatches: u64, passages: u64);
    /// Something in the corpus was wrong.
    fn problem(&mut self, problem: &Problem);
    /// The writer is committing and merging.
    fn finishing(&mut self) {}
}

/// What an indexing run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BuildSummary {
    /// Corpus files read.
    pub files: usize,
    /// Dispatches indexed.
    pub dispatches: u64,
    /// Passages indexed.
    pub passages: u64,
    /// Problems that left a dispatch or file out.
    pub skipped: u64,
    /// Problems that did not.
    pub warnings: u64,
    /// Wall time.
    pub seconds: f64,
    /// Index size after the run.
    pub index_bytes: u64,
}

/// Runs an indexing job.
pub fn build(config: &IndexConfig, events: &mut dyn BuildEvents) -> Result<BuildSummary, IndexError> {
    let started = Instant::now();
    let (files, problems) = corpus::files(&config.paths);
    if files.is_empty() {
        // Nothing to index: report why, and leave no empty index behind
        // for a later search to find nothing in.
        let mut summary = BuildSummary::default();
        for p in &problems {
            summary.skipped += u64::from(p.skipped);
            summary.warnings += u64::from(!p.skipped);
            events.problem(p);
        }
        return Ok(summary);
    }
    let index = open_for_writing(config)?;
    let mut indexer = Indexer::new(&index, config.threads, config.heap_bytes)?;
    if config.rebuild {
        indexer.clear()?;
    } else {
        indexer.load_near_duplicates(&index)?;
    }
    let sizes: Vec<u64> = files.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len())).collect();
    let run = RefCell::new(Run {
        events,
        summary: BuildSummary { files: files.len(), ..BuildSummary::default() },
        indexer,
        since_commit: 0,
        failure: None,
    });
    for p in &problems {
        run.borrow_mut().problem(p);
    }
    run.borrow_mut().events.start(files.len(), sizes.iter().sum());

    // Which file each id came from in this run: a second dispatch with the
    // same id replaces the first, and says so.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut done_bytes = 0u64;
    for (file_no, path) in files.iter().enumerate() {
        let bytes_read = Cell::new(0);
        corpus::read_file(
            path,
            &bytes_read,
            &mut |dispatch| {
                let mut run = run.borrow_mut();
                if run.failure.is_some() {
                    return;
                }
                if let Some(first) = seen.insert(dispatch.id.clone(), file_no) {
                    run.problem(&Problem {
                        origin: dispatch.origin.clone(),
                        message: format!(
                            "dispatch id {:?} already read from {}: this one replaces it",
                            dispatch.id,
                            files[first].display()
                        ),
                        skipped: false,
                    });
                }
                run.add(&dispatch, config.commit_every);
                let (d, p) = (run.summary.dispatches, run.summary.passages);
                run.events.progress(done_bytes + bytes_read.get(), d, p);
            },
            &mut |p| run.borrow_mut().problem(&p),
        );
        let mut run = run.borrow_mut();
        if let Some(e) = run.failure.take() {
            return Err(e);
        }
        done_bytes += sizes[file_no];
        let (d, p) = (run.summary.dispatches, run.summary.passages);
        run.events.progress(done_bytes, d, p);
    }
    let Run { events, mut summary, indexer, .. } = run.into_inner();
    events.finishing();
    indexer.finish()?;
    summary.seconds = started.elapsed().as_secs_f64();
    summary.index_bytes = size_on_disk(&config.index_dir);
    Ok(summary)
}

/// The mutable state of a run, shared by the corpus reader's callbacks.
struct Run<'e> {
    events: &'e mut dyn BuildEvents,
    summary: BuildSummary,
    indexer: Indexer,
    since_commit: usize,
    failure: Option<IndexError>,
}

impl Run<'_> {
    fn problem(&mut self, problem: &Problem) {
        if problem.skipped {
            self.summary.skipped += 1;
        } else {
            self.summary.warnings += 1;
        }
        self.events.problem(problem);
    }

    fn add(&mut self, dispatch: &corpus::Dispatch, commit_every: usize) {
        match self.indexer.add(dispatch) {
            Ok(n) => {
                self.summary.dispatches += 1;
                self.summary.passages += n as u64;
                self.since_commit += n;
            }
            Err(e) => self.failure = Some(e),
        }
        if self.since_commit >= commit_every {
            self.since_commit = 0;
            if let Err(e) = self.indexer.commit() {
                self.failure = Some(e);
            }
        }
    }
}

/// Opens the index to write to, creating it if needed; with `--rebuild`,
/// an unreadable or outdated depeches index is replaced (never a directory
/// that is not a depeches index).
fn open_for_writing(config: &IndexConfig) -> Result<DepechesIndex, IndexError> {
    match DepechesIndex::open(&config.index_dir) {
        Ok(index) => Ok(index),
        Err(IndexError::Missing(_)) => DepechesIndex::create(&config.index_dir),
        Err(IndexError::OtherVersion { .. } | IndexError::Corrupt { .. }) if config.rebuild => {
            recreate(&config.index_dir)
        }
        Err(e) => Err(e),
    }
}

/// Replaces an unreadable depeches index by an empty one.
fn recreate(dir: &std::path::Path) -> Result<DepechesIndex, IndexError> {
    let io = |source| IndexError::Io { path: dir.to_owned(), source };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).map_err(io)?;
        } else {
            std::fs::remove_file(&path).map_err(io)?;
        }
    }
    DepechesIndex::create(dir)
}
