//! Watching corpus paths: the files that appeared, changed or went away,
//! in batches.
//!
//! Built on the notify crate (inotify on Linux, FSEvents, ReadDirectoryChanges
//! elsewhere). A burst of events — 1,000 files dropped at once, an editor
//! writing a file in three steps — makes one [`Batch`]: after the first
//! event, events are gathered until the paths have been quiet for a moment
//! or a longest wait has passed, so a steady stream of files is still
//! indexed every `longest`. Only what is there at the end of the batch
//! counts: a path is `present` (read it again) or `gone` (remove what came
//! from it). Access events (our own reads) are ignored, and so is
//! everything under the ignored paths (the index, when it lies inside the
//! watched folder).
//!
//! Nothing is lost between batches: events that arrive while a batch is
//! being indexed wait in the channel for the next one. What happens while
//! nothing watches (the program stopped) is caught by the full pass an
//! indexing run starts with.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use super::Format;

/// What changed on disk during a batch.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Batch {
    /// Files and directories to read again (none inside another).
    pub present: Vec<PathBuf>,
    /// Paths that no longer exist: what came from them (or from under
    /// them) is gone.
    pub gone: Vec<PathBuf>,
    /// Problems the watcher reported (events lost, a watch limit reached).
    pub errors: Vec<String>,
}

/// Watches corpus paths.
pub struct DropFolder {
    _watcher: notify::RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    ignore: Vec<PathBuf>,
}

impl DropFolder {
    /// Starts watching `paths` (directories recursively), passing over
    /// anything under `ignore`. Paths are made canonical first, so that
    /// event paths compare with the origins the index stores.
    pub fn watch(paths: &[PathBuf], ignore: &[PathBuf]) -> notify::Result<DropFolder> {
        let (tx, events) = mpsc::channel();
        let mut watcher = notify::recommended_watcher(tx)?;
        for path in paths {
            let path = std::fs::canonicalize(path).map_err(notify::Error::io)?;
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
        let ignore = ignore.iter().map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())).collect();
        Ok(DropFolder { _watcher: watcher, events, ignore })
    }

    /// The next batch of changes: blocks until something changes, then
    /// gathers events until `quiet` passes without one, or `longest`
    /// since the first. `None` when the watcher is gone.
    pub fn next_batch(&self, quiet: Duration, longest: Duration) -> Option<Batch> {
        loop {
            let mut touched = BTreeSet::new();
            let mut errors = Vec::new();
            let first = self.events.recv().ok()?;
            self.take(first, &mut touched, &mut errors);
            let started = Instant::now();
            loop {
                let left = longest.saturating_sub(started.elapsed());
                if left.is_zero() {
                    break;
                }
                match self.events.recv_timeout(quiet.min(left)) {
                    Ok(event) => self.take(event, &mut touched, &mut errors),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            }
            if touched.is_empty() && errors.is_empty() {
                continue;
            }
            return Some(settle(touched, errors));
        }
    }

    fn take(
        &self,
        event: notify::Result<notify::Event>,
        touched: &mut BTreeSet<PathBuf>,
        errors: &mut Vec<String>,
    ) {
        let event = match event {
            Ok(e) => e,
            Err(e) => return errors.push(format!("watching: {e}")),
        };
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        if event.need_rescan() {
            errors.push("watching: events were lost (too many at once): rescanning everything".into());
        }
        for path in event.paths {
            if self.ignore.iter().any(|i| path.starts_with(i)) {
                continue;
            }
            touched.insert(path);
        }
    }
}

/// The paths of a batch as they are now: present corpus files and
/// directories (the outermost only), and gone paths.
fn settle(touched: BTreeSet<PathBuf>, errors: Vec<String>) -> Batch {
    let mut batch = Batch { errors, ..Batch::default() };
    for path in touched {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() || (m.is_file() && Format::of(&path).is_some()) => {
                // Sorted: a directory comes before what is inside it.
                if !batch.present.iter().any(|p: &PathBuf| path.starts_with(p)) {
                    batch.present.push(path);
                }
            }
            Ok(_) => {}
            Err(_) => batch.gone.push(path),
        }
    }
    batch
}
