//! Following an index: the passages matching a request that were indexed
//! since the last look, each shown once, across restarts.
//!
//! Every dispatch gets a sequence number when it is added (the `seq`
//! field; a replaced dispatch gets a new one), which only grows, across
//! runs and removals (the next number rides in each commit's payload). A
//! [`Follower`] remembers the highest number it has seen; each
//! [`Follower::poll`] reloads the index, reads the highest number now
//! committed, and returns the matching passages numbered above the mark
//! and at most that (one snapshot for both, so a commit landing meanwhile
//! is neither half-seen nor skipped). The mark can be kept in a state file
//! ([`FollowState`]), written atomically after each batch is handed over.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Hit, SearchError, SearchRequest, Searcher};

/// Where a follower stopped, as kept in `--state FILE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowState {
    /// The highest dispatch sequence number already looked at.
    pub seen_seq: u64,
}

impl FollowState {
    /// The state in `path`, `None` when the file does not exist.
    pub fn load(path: &Path) -> std::io::Result<Option<FollowState>> {
        match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text).map(Some).map_err(|e| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not a follow state file: {e}"))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Writes the state to `path` atomically (a temporary file renamed),
    /// so a kill leaves the old state or the new one, never half of one.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        serde_json::to_writer(&mut file, self)?;
        std::io::Write::write_all(&mut file, b"\n")?;
        file.as_file().sync_all()?;
        file.persist(path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Follows one request over an index.
pub struct Follower {
    searcher: Searcher,
    request: SearchRequest,
    /// Highest sequence number looked at; `None`: none yet (an empty
    /// index: everything to come is new).
    seen: Option<u64>,
}

impl Follower {
    /// Follows `request` (its limit is ignored) from `seen` on: `None`
    /// starts from what the index holds now (only what comes next is new).
    pub fn new(searcher: Searcher, request: SearchRequest, seen: Option<u64>) -> Follower {
        let seen = seen.or_else(|| searcher.max_seq());
        Follower { searcher, request, seen }
    }

    /// The highest sequence number looked at, to save.
    pub fn state(&self) -> Option<FollowState> {
        self.seen.map(|seen_seq| FollowState { seen_seq })
    }

    /// The matching passages indexed since the last poll, oldest dispatch
    /// first (by date, then id), in passage order.
    pub fn poll(&mut self) -> Result<Vec<Hit>, SearchError> {
        self.searcher.reload()?;
        let Some(newest) = self.searcher.max_seq() else { return Ok(Vec::new()) };
        if self.seen.is_some_and(|s| s >= newest) {
            return Ok(Vec::new());
        }
        let mut request = self.request.clone();
        // Strictly above the mark (nothing seen yet: everything).
        request.filters.after_seq = self.seen;
        request.fold = false;
        request.context = 0;
        let mut hits = Vec::new();
        self.searcher.for_each_hit(&request, |hit| -> Result<(), SearchError> {
            hits.push(hit);
            Ok(())
        })?;
        hits.sort_by(|a, b| {
            (&a.date, &a.dispatch_id, a.passage_no).cmp(&(&b.date, &b.dispatch_id, b.passage_no))
        });
        for (rank, hit) in hits.iter_mut().enumerate() {
            hit.rank = rank + 1;
        }
        self.seen = Some(newest);
        Ok(hits)
    }
}
