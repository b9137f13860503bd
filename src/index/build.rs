//! An indexing run: corpus paths → committed index, with progress and a
//! summary.
//!
//! The run never stops on bad input: each [`Problem`] goes to the caller's
//! [`BuildEvents`] and is counted. Dispatches are committed every
//! `commit_every` passages, so an interrupted run keeps what it committed.
//! Reading, preparing and adding run as a pipeline on several threads
//! (see [`build`]); the outcome does not depend on their timing.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;

use super::incremental::{Known, absolute, content_hash};
use super::{DepechesIndex, IndexError, Indexer, PreparedDispatch, Preparer, size_on_disk};
use crate::corpus::{self, Dispatch, Problem};

/// A run commits at least this often, so a kill loses at most this much
/// work whatever the corpus size. Commits end segments, and more segments
/// mean more merging: a fixed time keeps their number in proportion to the
/// work, where a fixed passage count would not on a fast machine.
const COMMIT_SECONDS: u64 = 30;

/// Dispatches handed between the stages at a time. One at a time, the
/// stages spent a tenth of all indexing CPU waking each other up (futex
/// calls, rescheduling): a stage waiting on an empty channel is woken for
/// every message. A batch of this size is still a small share of the
/// channels' bounds, so the workers stay evenly loaded.
const BATCH_DISPATCHES: usize = 16;

/// The writer's memory by default, all threads together, in MB, for up
/// to four threads. The whole of OrangeSum fits in one segment at this
/// size (one tantivy thread for two workers, `writer_threads`); more
/// only raises the peak RSS of larger corpora
/// (4× OrangeSum must stay under 500 MB on two cores) now that mimalloc
/// keeps freed memory for reuse (see the binary's `allocator` module).
pub const DEFAULT_HEAP_MB: usize = 128;

/// The writer's memory by default for `threads` indexing threads, in
/// bytes: [`DEFAULT_HEAP_MB`], or 32 MB a thread when that is more, so that
/// a machine with many cores neither cuts its segments small nor falls
/// under tantivy's 15 MB a thread.
pub fn default_heap_bytes(threads: usize) -> usize {
    DEFAULT_HEAP_MB.max(32 * threads) << 20
}

/// tantivy's indexing threads for `threads` preparing workers: one for
/// two. Preparing a passage costs more than indexing it (on OrangeSum,
/// 45 % of the CPU against tantivy's 32 %), so one tantivy thread keeps up
/// with two workers; and one thread writes one segment, where each term
/// and its dictionary entry are written once instead of once a segment:
/// 4–5 % less CPU in all, an index 2 % smaller, the same passages in the
/// same order at every run.
fn writer_threads(threads: usize) -> usize {
    threads.div_ceil(2)
}

/// The least writer memory tantivy takes for `threads` threads, in MB
/// (15 MB a thread).
pub fn min_heap_mb(threads: usize) -> usize {
    15 * threads + 1
}

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
    /// Commit after this many passages (and at least every 30 s).
    pub commit_every: usize,
    /// Read the corpus this many times, ids suffixed `~2`, `~3`… after
    /// the first pass: a larger corpus of the same text, for scaling
    /// benchmarks (`depeches bench index --replicate N`).
    pub replicas: usize,
    /// Paths that are gone (`index --watch`): the dispatches read from
    /// them, or from under them, are removed.
    pub gone: Vec<PathBuf>,
}

impl IndexConfig {
    /// Defaults for indexing `paths` into `index_dir`.
    pub fn new(index_dir: PathBuf, paths: Vec<PathBuf>) -> IndexConfig {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
        IndexConfig {
            index_dir,
            paths,
            rebuild: false,
            threads,
            heap_bytes: default_heap_bytes(threads),
            // With COMMIT_SECONDS, bounds the work a kill can lose.
            commit_every: 1_000_000,
            replicas: 1,
            gone: Vec::new(),
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
    /// Bytes of passage text indexed.
    pub text_bytes: u64,
    /// Dispatches already in the index with the same content: skipped.
    pub unchanged: u64,
    /// Dispatches removed because their file, or JSONL line, is gone.
    pub removed: u64,
    /// Dispatches indexed in another language than French, by language
    /// code (a dispatch without a language counts as French).
    pub other_languages: BTreeMap<String, u64>,
}

/// Runs an indexing job.
pub fn build(config: &IndexConfig, events: &mut dyn BuildEvents) -> Result<BuildSummary, IndexError> {
    let started = Instant::now();
    let (files, problems) = corpus::files(&config.paths);
    if files.is_empty() && (config.gone.is_empty() || !super::exists(&config.index_dir)) {
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
    let mut indexer = Indexer::new(&index, writer_threads(config.threads), config.heap_bytes)?;
    let mut known = if config.rebuild {
        indexer.clear()?;
        Known::default()
    } else {
        indexer.load_near_duplicates(&index)?;
        Known::load(&index)?
    };
    let mut summary = pass(config, &files, &problems, &mut indexer, &mut known, events, false)?;
    events.finishing();
    indexer.finish()?;
    summary.seconds = started.elapsed().as_secs_f64();
    summary.index_bytes = size_on_disk(&config.index_dir);
    Ok(summary)
}

/// An index held open for writing from one run to the next (`index
/// --watch`): the writer, the near-duplicate clusters and what the index
/// holds stay in memory, so a batch of a few files costs what those files
/// cost, not a reading of the whole index. It holds the index's writer
/// lock while it lives (searches work meanwhile).
pub struct Live {
    indexer: Indexer,
    known: Known,
}

impl Live {
    /// Opens the index of `config` (creating it if needed) for runs.
    pub fn open(config: &IndexConfig) -> Result<Live, IndexError> {
        let index = open_for_writing(config)?;
        let mut indexer = Indexer::new(&index, writer_threads(config.threads), config.heap_bytes)?;
        indexer.load_near_duplicates(&index)?;
        let known = Known::load(&index)?;
        Ok(Live { indexer, known })
    }

    /// Brings the index up to date with `config.paths` (and removes what
    /// came from `config.gone`), as [`build`] does, and commits.
    pub fn run(
        &mut self,
        config: &IndexConfig,
        events: &mut dyn BuildEvents,
    ) -> Result<BuildSummary, IndexError> {
        let started = Instant::now();
        let (files, problems) = corpus::files(&config.paths);
        let mut summary = pass(config, &files, &problems, &mut self.indexer, &mut self.known, events, true)?;
        self.indexer.commit()?;
        summary.seconds = started.elapsed().as_secs_f64();
        summary.index_bytes = size_on_disk(&config.index_dir);
        Ok(summary)
    }
}

/// About how many passages `files` hold, from their sizes: a gzip stream
/// of wire copy holds about one passage per 100 compressed bytes
/// (OrangeSum: 29 MB, 274,000 passages), plain text and markup about one
/// per 300 bytes or fewer. Only a hint for sizing tables.
fn expected_passages(files: &[PathBuf], sizes: &[u64]) -> usize {
    let passages: u64 = files
        .iter()
        .zip(sizes)
        .map(|(file, &bytes)| {
            let gz = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
            bytes / if gz { 100 } else { 300 }
        })
        .sum();
    usize::try_from(passages).unwrap_or(usize::MAX)
}

/// One pass over `files` into `indexer`: read, prepare, add in corpus
/// order, remove what is gone. With `track`, `known` is updated with what
/// was added and removed (for the next pass of a [`Live`] index).
fn pass(
    config: &IndexConfig,
    files: &[PathBuf],
    problems: &[Problem],
    indexer: &mut Indexer,
    known: &mut Known,
    events: &mut dyn BuildEvents,
    track: bool,
) -> Result<BuildSummary, IndexError> {
    let origins: Vec<String> = files.iter().map(|f| absolute(f).to_string_lossy().into_owned()).collect();
    let sizes: Vec<u64> = files.iter().map(|f| std::fs::metadata(f).map_or(0, |m| m.len())).collect();
    let mut run = Run {
        events,
        summary: BuildSummary { files: files.len(), ..BuildSummary::default() },
        indexer,
        since_commit: 0,
        last_commit: Instant::now(),
    };
    for p in problems {
        run.problem(p);
    }
    run.events.start(files.len(), sizes.iter().sum::<u64>() * config.replicas.max(1) as u64);
    run.indexer.expect_passages(expected_passages(files, &sizes) * config.replicas.max(1));
    let fields = run.indexer.fields();
    let workers = config.threads.max(1);

    // Three stages: one thread reads and splits the corpus (a gzip stream
    // is sequential), workers prepare dispatches (entities, signatures,
    // documents: the costly, order-free part), and this thread adds them in
    // corpus order, so ids, clusters and commits do not depend on thread
    // timing. Bounded channels keep memory flat whatever the corpus size.
    let stop = AtomicBool::new(false);
    let (to_workers, for_workers) = mpsc::sync_channel::<Vec<Work>>(workers);
    // Shared by the workers only: when they are gone (after an error),
    // the reader's next send fails instead of blocking.
    let for_workers = Arc::new(Mutex::new(for_workers));
    let (to_main, for_main) = mpsc::sync_channel::<Stage>(2 * workers);
    let known_now: &Known = known;
    let result = std::thread::scope(|scope| -> Result<(Vec<Added>, Vec<String>), IndexError> {
        let reading =
            Reading { files, sizes: &sizes, replicas: config.replicas, known: known_now, stop: &stop, track };
        let reader_out = to_main.clone();
        // Named, so that a profile or /proc tells the stages apart. As
        // `scope.spawn`, a thread the OS cannot create is a panic.
        let stage = |name: String| std::thread::Builder::new().name(name);
        stage("read-corpus".into())
            .spawn_scoped(scope, move || reading.run(to_workers, reader_out))
            .expect("failed to spawn thread");
        let origins = &origins;
        for worker in 0..workers {
            let (for_workers, to_main) = (Arc::clone(&for_workers), to_main.clone());
            let spawned = stage(format!("prepare-{worker}")).spawn_scoped(scope, move || {
                let mut preparer = Preparer::new(fields);
                loop {
                    let next = for_workers.lock().map(|rx| rx.recv());
                    let Ok(Ok(batch)) = next else { return };
                    let Some(seq) = batch.first().map(|w| w.seq) else { continue };
                    let prepared = batch
                        .into_iter()
                        .map(|Work { file_no, hash, replaces, dispatch, .. }| {
                            let mut prepared = preparer.prepare(&dispatch, hash, &origins[file_no]);
                            prepared.replaces = replaces;
                            prepared
                        })
                        .collect();
                    if to_main.send(Stage::Prepared { seq, prepared }).is_err() {
                        return;
                    }
                }
            });
            spawned.expect("failed to spawn thread");
        }
        drop(to_main);
        drop(for_workers);
        let outcome = run.sequence(&for_main, config.commit_every).map(|ended| {
            // Dispatches gone from the files read: removed, unless their
            // file could not be read this time (nothing is lost to a
            // transient error).
            let roots: Vec<PathBuf> =
                config.paths.iter().filter(|p| p.exists()).chain(&config.gone).map(|p| absolute(p)).collect();
            let failed: HashSet<PathBuf> = ended.failed_files.iter().map(|&f| absolute(&files[f])).collect();
            let seen = |id: &str| ended.seen.contains_key(id);
            let mut removed = Vec::new();
            for id in known_now.gone(&roots, &seen) {
                let origin = &known_now.origins[known_now.dispatches[id].origin as usize];
                if !failed.contains(origin) {
                    run.indexer.remove(id);
                    run.summary.removed += 1;
                    if track {
                        removed.push(id.to_owned());
                    }
                }
            }
            run.summary.unchanged = ended.unchanged;
            (ended.added, removed)
        });
        if outcome.is_err() {
            // Let the other stages wind down: they stop at their next send.
            stop.store(true, Ordering::Relaxed);
        }
        drop(for_main);
        outcome
    });
    let (added, removed) = result?;
    for id in removed {
        known.dispatches.remove(&id);
    }
    for Added { id, hash, file_no, revision } in added {
        known.remember(id, hash, &absolute(&files[file_no]), revision);
    }
    Ok(run.summary)
}

/// A dispatch added by a tracked pass, for [`Known`].
struct Added {
    id: String,
    hash: u64,
    file_no: usize,
    revision: u64,
}

/// A dispatch for the workers, numbered in corpus order. The reader sends
/// them in batches of consecutive numbers.
struct Work {
    seq: u64,
    file_no: usize,
    hash: u64,
    /// The index may hold a dispatch of this id already.
    replaces: bool,
    dispatch: Dispatch,
}

/// What the reader and the workers hand to the sequencing thread.
enum Stage {
    /// Consecutive dispatches ready to add; `seq` is the first one's
    /// place in the corpus.
    Prepared { seq: u64, prepared: Vec<PreparedDispatch> },
    /// A corpus problem.
    Problem(Problem),
    /// Bytes of the corpus read so far.
    Progress(u64),
    /// The reader is done.
    Done(Ended),
}

/// What the reader knows at the end.
struct Ended {
    /// Dispatches sent to the workers.
    sent: u64,
    /// Dispatches skipped as unchanged.
    unchanged: u64,
    /// Every id read, with the file it was read from.
    seen: HashMap<String, usize>,
    /// Files with a problem that skipped something.
    failed_files: HashSet<usize>,
    /// With `track`: the dispatches sent to be added.
    added: Vec<Added>,
}

/// The reading stage: every file in order, dispatches numbered as read.
struct Reading<'a> {
    files: &'a [PathBuf],
    sizes: &'a [u64],
    replicas: usize,
    known: &'a Known,
    stop: &'a AtomicBool,
    /// Keep what is sent, for [`Ended::added`].
    track: bool,
}

impl Reading<'_> {
    fn run(self, to_workers: mpsc::SyncSender<Vec<Work>>, to_main: mpsc::SyncSender<Stage>) {
        let mut ended = Ended {
            sent: 0,
            unchanged: 0,
            seen: HashMap::new(),
            failed_files: HashSet::new(),
            added: Vec::new(),
        };
        let mut done_bytes = 0u64;
        let mut revisions: HashMap<String, u64> = HashMap::new();
        let stop = self.stop;
        let mut batch: Vec<Work> = Vec::with_capacity(BATCH_DISPATCHES);
        // Workers gone (after an error): stop reading.
        let send = |batch: &mut Vec<Work>| {
            if !batch.is_empty() && to_workers.send(std::mem::take(batch)).is_err() {
                stop.store(true, Ordering::Relaxed);
            }
        };
        for replica in 1..=self.replicas.max(1) {
            for (file_no, path) in self.files.iter().enumerate() {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let bytes_read = Cell::new(0);
                let failed = Cell::new(false);
                corpus::read_file(
                    path,
                    &bytes_read,
                    &mut |mut dispatch| {
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        if replica > 1 {
                            dispatch.id = format!("{}~{replica}", dispatch.id);
                        }
                        // Revisions: a later one replaces an earlier one,
                        // whichever file comes first; an earlier one is
                        // not indexed (its id still counts as seen, so the
                        // later one is not removed as gone).
                        let mut superseded = false;
                        if let Some(revision) = dispatch.meta.revision {
                            let indexed = self.known.dispatches.get(&dispatch.id).map_or(0, |k| k.revision);
                            let read = revisions.get(&dispatch.id).copied().unwrap_or(0);
                            if revision < indexed.max(read) {
                                let message = format!(
                                    "revision {revision} of dispatch {:?} is older than revision {} already {}: not indexed",
                                    dispatch.id,
                                    indexed.max(read),
                                    if indexed >= read { "indexed" } else { "read" }
                                );
                                let _ = to_main.send(Stage::Problem(Problem {
                                    origin: dispatch.origin.clone(),
                                    message,
                                    skipped: false,
                                }));
                                ended.seen.entry(dispatch.id.clone()).or_insert(file_no);
                                return;
                            }
                            superseded = revisions.insert(dispatch.id.clone(), revision).is_some();
                        }
                        let earlier = ended.seen.insert(dispatch.id.clone(), file_no);
                        let replaces = earlier.is_some() || self.known.dispatches.contains_key(&dispatch.id);
                        if let Some(first) = earlier.filter(|_| !superseded) {
                            // A documented rule: the later dispatch wins.
                            let message = format!(
                                "dispatch id {:?} already read from {}: this one replaces it",
                                dispatch.id,
                                self.files[first].display()
                            );
                            let dup = Problem { origin: dispatch.origin.clone(), message, skipped: false };
                            let _ = to_main.send(Stage::Problem(dup));
                        }
                        let hash = content_hash(&dispatch);
                        if self.known.dispatches.get(&dispatch.id).is_some_and(|k| k.hash == hash) {
                            ended.unchanged += 1;
                            return;
                        }
                        if self.track {
                            let (id, revision) = (dispatch.id.clone(), dispatch.meta.revision.unwrap_or(0));
                            ended.added.push(Added { id, hash, file_no, revision });
                        }
                        batch.push(Work { seq: ended.sent, file_no, hash, replaces, dispatch });
                        ended.sent += 1;
                        if batch.len() >= BATCH_DISPATCHES {
                            send(&mut batch);
                        }
                        if ended.sent.is_multiple_of(64) {
                            let _ = to_main.send(Stage::Progress(done_bytes + bytes_read.get()));
                        }
                    },
                    // A bad file is reported once, not once per replica.
                    &mut |p| {
                        failed.set(failed.get() || p.skipped);
                        if replica == 1 {
                            let _ = to_main.send(Stage::Problem(p));
                        }
                    },
                );
                // A file's last dispatches go now, not with the next file's.
                send(&mut batch);
                if failed.get() {
                    ended.failed_files.insert(file_no);
                }
                done_bytes += self.sizes[file_no];
                let _ = to_main.send(Stage::Progress(done_bytes));
            }
        }
        let _ = to_main.send(Stage::Done(ended));
    }
}

/// The state of a run, owned by the sequencing thread.
struct Run<'e> {
    events: &'e mut dyn BuildEvents,
    summary: BuildSummary,
    indexer: &'e mut Indexer,
    since_commit: usize,
    last_commit: Instant,
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
        commit_every: usize,
    ) -> Result<Ended, IndexError> {
        let mut waiting: BTreeMap<u64, Vec<PreparedDispatch>> = BTreeMap::new();
        let mut next = 0u64;
        let mut ended: Option<Ended> = None;
        let mut progress = 0u64;
        for stage in incoming {
            match stage {
                Stage::Problem(p) => self.problem(&p),
                Stage::Progress(bytes) => progress = bytes,
                Stage::Done(end) => ended = Some(end),
                Stage::Prepared { seq, prepared } => {
                    waiting.insert(seq, prepared);
                }
            }
            while let Some(batch) = waiting.remove(&next) {
                for prepared in batch {
                    next += 1;
                    self.add(prepared, commit_every)?;
                }
            }
            let (d, p) = (self.summary.dispatches, self.summary.passages);
            self.events.progress(progress, d, p);
            if ended.as_ref().is_some_and(|e| e.sent == next) {
                return Ok(ended.expect("checked"));
            }
        }
        // The channel closed before the reader was done: a stage died, and
        // its panic surfaces when the thread scope ends.
        Err(IndexError::Io {
            path: PathBuf::new(),
            source: std::io::Error::other("an indexing thread stopped before the end of the corpus"),
        })
    }

    fn add(&mut self, prepared: PreparedDispatch, commit_every: usize) -> Result<(), IndexError> {
        self.summary.text_bytes += prepared.text_bytes;
        if let Some(lang) = prepared.language.as_deref().filter(|l| *l != "fr") {
            *self.summary.other_languages.entry(lang.to_owned()).or_default() += 1;
        }
        let n = self.indexer.add_prepared(prepared)?;
        self.summary.dispatches += 1;
        crash_point(self.summary.dispatches);
        self.summary.passages += n as u64;
        self.since_commit += n;
        if self.since_commit >= commit_every || self.last_commit.elapsed().as_secs() >= COMMIT_SECONDS {
            self.since_commit = 0;
            self.last_commit = Instant::now();
            self.indexer.commit()?;
        }
        Ok(())
    }
}

/// Test hook, debug builds only: `DEPECHES_ABORT_AFTER_DISPATCHES=N` kills
/// the process (abort: no unwinding, no cleanup, as SIGKILL) after N
/// dispatches, to check that the next run completes the index. Release
/// builds compile it away.
fn crash_point(dispatches: u64) {
    #[cfg(debug_assertions)]
    if std::env::var("DEPECHES_ABORT_AFTER_DISPATCHES").ok().and_then(|v| v.parse::<u64>().ok())
        == Some(dispatches)
    {
        std::process::abort();
    }
    let _ = dispatches;
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

/// Build events for tests: nothing shown, a problem in the corpus fails
/// the test.
#[cfg(test)]
pub(crate) struct Silent;

#[cfg(test)]
impl BuildEvents for Silent {
    fn start(&mut self, _: usize, _: u64) {}
    fn progress(&mut self, _: u64, _: u64, _: u64) {}
    fn problem(&mut self, problem: &Problem) {
        panic!("{}", problem.message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_workers_write_one_segment() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut config = IndexConfig::new(dir.path().join("index"), vec![corpus]);
        config.threads = 2;
        config.heap_bytes = default_heap_bytes(2);
        let summary = build(&config, &mut Silent).unwrap();
        assert!(summary.passages > 10, "{summary:?}");
        let index = DepechesIndex::open(&config.index_dir).unwrap();
        assert_eq!(crate::index::stats::stats(&index, 1).unwrap().segments, 1);
        assert_eq!(
            (writer_threads(1), writer_threads(2), writer_threads(3), writer_threads(8)),
            (1, 1, 2, 4)
        );
    }
}
