//! An indexing run: corpus paths → committed index, with progress and a
//! summary.
//!
//! The run never stops on bad input: each [`Problem`] goes to the caller's
//! [`BuildEvents`] and is counted. Dispatches are committed every
//! `commit_every` passages, so an interrupted run keeps what it committed.
//! Reading, preparing and adding run as a pipeline on several threads
//! (see [`build`]); the outcome does not depend on their timing.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

use super::{DepechesIndex, IndexError, Indexer, PreparedDispatch, Preparer, size_on_disk};
use crate::corpus::{self, Dispatch, Origin, Problem};

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
    let mut run = Run {
        events,
        summary: BuildSummary { files: files.len(), ..BuildSummary::default() },
        indexer,
        since_commit: 0,
        seen: HashMap::new(),
    };
    for p in &problems {
        run.problem(p);
    }
    run.events.start(files.len(), sizes.iter().sum());
    let fields = run.indexer.fields();
    let workers = config.threads.max(1);

    // Three stages: one thread reads and splits the corpus (a gzip stream
    // is sequential), workers prepare dispatches (entities, signatures,
    // documents: the costly, order-free part), and this thread adds them in
    // corpus order, so ids, clusters and commits do not depend on thread
    // timing. Bounded channels keep memory flat whatever the corpus size.
    let stop = AtomicBool::new(false);
    let (to_workers, for_workers) = mpsc::sync_channel::<(u64, usize, Dispatch)>(4 * workers);
    // Shared by the workers only: when they are gone (after an error),
    // the reader's next send fails instead of blocking.
    let for_workers = Arc::new(Mutex::new(for_workers));
    let (to_main, for_main) = mpsc::sync_channel::<Stage>(8 * workers);
    let result = std::thread::scope(|scope| -> Result<(), IndexError> {
        let (files, sizes, stop) = (&files, &sizes, &stop);
        let reader_out = to_main.clone();
        scope.spawn(move || read_corpus(files, sizes, stop, to_workers, reader_out));
        for _ in 0..workers {
            let (for_workers, to_main) = (Arc::clone(&for_workers), to_main.clone());
            scope.spawn(move || {
                let mut preparer = Preparer::new(fields);
                loop {
                    let next = for_workers.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, file_no, dispatch))) = next else { return };
                    let prepared = preparer.prepare(&dispatch);
                    let origin = dispatch.origin;
                    if to_main.send(Stage::Prepared { seq, file_no, origin, prepared }).is_err() {
                        return;
                    }
                }
            });
        }
        drop(to_main);
        drop(for_workers);
        let outcome = run.sequence(&for_main, files, config.commit_every);
        if outcome.is_err() {
            // Let the other stages wind down: they stop at their next send.
            stop.store(true, Ordering::Relaxed);
        }
        drop(for_main);
        outcome
    });
    result?;
    let Run { events, mut summary, indexer, .. } = run;
    events.finishing();
    indexer.finish()?;
    summary.seconds = started.elapsed().as_secs_f64();
    summary.index_bytes = size_on_disk(&config.index_dir);
    Ok(summary)
}

/// What the reader and the workers hand to the sequencing thread.
enum Stage {
    /// A dispatch ready to add; `seq` is its place in the corpus.
    Prepared { seq: u64, file_no: usize, origin: Origin, prepared: PreparedDispatch },
    /// A corpus problem.
    Problem(Problem),
    /// Bytes of the corpus read so far.
    Progress(u64),
    /// The reader is done; `dispatches` were sent in all.
    Done { dispatches: u64 },
}

/// The reading stage: every file in order, dispatches numbered as read.
fn read_corpus(
    files: &[PathBuf],
    sizes: &[u64],
    stop: &AtomicBool,
    to_workers: mpsc::SyncSender<(u64, usize, Dispatch)>,
    to_main: mpsc::SyncSender<Stage>,
) {
    let mut seq = 0u64;
    let mut done_bytes = 0u64;
    for (file_no, path) in files.iter().enumerate() {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let bytes_read = Cell::new(0);
        corpus::read_file(
            path,
            &bytes_read,
            &mut |dispatch| {
                if stop.load(Ordering::Relaxed) || to_workers.send((seq, file_no, dispatch)).is_err() {
                    stop.store(true, Ordering::Relaxed);
                    return;
                }
                seq += 1;
                if seq.is_multiple_of(64) {
                    let _ = to_main.send(Stage::Progress(done_bytes + bytes_read.get()));
                }
            },
            &mut |p| {
                let _ = to_main.send(Stage::Problem(p));
            },
        );
        done_bytes += sizes[file_no];
        let _ = to_main.send(Stage::Progress(done_bytes));
    }
    let _ = to_main.send(Stage::Done { dispatches: seq });
}

/// The state of a run, owned by the sequencing thread.
struct Run<'e> {
    events: &'e mut dyn BuildEvents,
    summary: BuildSummary,
    indexer: Indexer,
    since_commit: usize,
    /// Which file each id came from in this run: a second dispatch with the
    /// same id replaces the first, and says so.
    seen: HashMap<String, usize>,
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

    /// Adds prepared dispatches in corpus order as they arrive (workers
    /// finish out of order), until the reader is done and all are added.
    fn sequence(
        &mut self,
        incoming: &mpsc::Receiver<Stage>,
        files: &[PathBuf],
        commit_every: usize,
    ) -> Result<(), IndexError> {
        let mut waiting: BTreeMap<u64, (usize, Origin, PreparedDispatch)> = BTreeMap::new();
        let mut next = 0u64;
        let mut expected = None;
        let mut progress = 0u64;
        for stage in incoming {
            match stage {
                Stage::Problem(p) => self.problem(&p),
                Stage::Progress(bytes) => progress = bytes,
                Stage::Done { dispatches } => expected = Some(dispatches),
                Stage::Prepared { seq, file_no, origin, prepared } => {
                    waiting.insert(seq, (file_no, origin, prepared));
                }
            }
            while let Some((file_no, origin, prepared)) = waiting.remove(&next) {
                next += 1;
                self.add(file_no, origin, prepared, files, commit_every)?;
            }
            let (d, p) = (self.summary.dispatches, self.summary.passages);
            self.events.progress(progress, d, p);
            if expected == Some(next) {
                return Ok(());
            }
        }
        // The channel closed before the reader said it was done: a stage
        // died. Its panic surfaces when the thread scope ends.
        Ok(())
    }

    fn add(
        &mut self,
        file_no: usize,
        origin: Origin,
        prepared: PreparedDispatch,
        files: &[PathBuf],
        commit_every: usize,
    ) -> Result<(), IndexError> {
        if let Some(first) = self.seen.insert(prepared.id.clone(), file_no) {
            let message = format!(
                "dispatch id {:?} already read from {}: this one replaces it",
                prepared.id,
                files[first].display()
            );
            self.problem(&Problem { origin, message, skipped: false });
        }
        let n = self.indexer.add_prepared(prepared)?;
        self.summary.dispatches += 1;
        self.summary.passages += n as u64;
        self.since_commit += n;
        if self.since_commit >= commit_every {
            self.since_commit = 0;
            self.indexer.commit()?;
        }
        Ok(())
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
