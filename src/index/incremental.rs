//! What an index already holds, so that a run re-analyzes only what changed.
//!
//! Every passage document carries its dispatch's content hash and origin
//! file. Before a run, [`Known::load`] reads them from the fast columns
//! (no stored document is decompressed). During the run a dispatch whose id
//! and hash are known is skipped; one whose hash differs replaces the old;
//! after the run, a known dispatch from a file under the indexed paths that
//! was not read again (the file is gone, or the JSONL line) is removed.
//! Dispatches from other paths are left alone: indexing `./new` never
//! removes what `./archive` brought.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{DepechesIndex, IndexError};
use crate::analysis::word_hash::{FX, mix64, word_hash};
use crate::corpus::Dispatch;

/// A dispatch already in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownDispatch {
    /// Its content hash.
    pub hash: u64,
    /// Index into [`Known::origins`].
    pub origin: u32,
    /// Its revision (0 when the format has none).
    pub revision: u64,
}

/// The dispatches an index holds, by id.
#[derive(Debug, Default)]
pub struct Known {
    /// By dispatch id.
    pub dispatches: HashMap<String, KnownDispatch>,
    /// Origin files, deduplicated.
    pub origins: Vec<PathBuf>,
    /// Numbers of `origins`, for [`Known::remember`]; built when needed.
    by_origin: HashMap<PathBuf, u32>,
}

impl Known {
    /// Reads the ids, hashes and origins of `index`'s live dispatches.
    pub fn load(index: &DepechesIndex) -> Result<Known, IndexError> {
        let err = |source: tantivy::TantivyError| IndexError::Tantivy { path: index.path.clone(), source };
        let io = |source: std::io::Error| IndexError::Io { path: index.path.clone(), source };
        let reader = index.index.reader().map_err(err)?;
        let searcher = reader.searcher();
        let mut known = Known::default();
        let mut origin_no: HashMap<String, u32> = HashMap::new();
        let (mut id, mut origin) = (String::new(), String::new());
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(ids), Some(origins)) =
                (fast.str("dispatch_id").map_err(err)?, fast.str("origin").map_err(err)?)
            else {
                continue;
            };
            let hashes = fast.u64("content_hash").map_err(err)?;
            let numbers = fast.u64("passage_no").map_err(err)?;
            let revisions = fast.u64("revision").map_err(err)?;
            for doc in segment.doc_ids_alive() {
                // One passage stands for its dispatch.
                if numbers.first(doc) != Some(0) {
                    continue;
                }
                let (Some(id_ord), Some(origin_ord), Some(hash)) =
                    (ids.term_ords(doc).next(), origins.term_ords(doc).next(), hashes.first(doc))
                else {
                    continue;
                };
                ids.ord_to_str(id_ord, &mut id).map_err(io)?;
                origins.ord_to_str(origin_ord, &mut origin).map_err(io)?;
                let next = known.origins.len() as u32;
                let origin = *origin_no.entry(origin.clone()).or_insert_with(|| {
                    known.origins.push(PathBuf::from(&origin));
                    next
                });
                let revision = revisions.first(doc).unwrap_or(0);
                known.dispatches.insert(id.clone(), KnownDispatch { hash, origin, revision });
            }
        }
        Ok(known)
    }

    /// Records a dispatch just added (for an index kept open from one run
    /// to the next).
    pub fn remember(&mut self, id: String, hash: u64, origin: &Path, revision: u64) {
        if self.by_origin.len() != self.origins.len() {
            self.by_origin = self.origins.iter().enumerate().map(|(i, p)| (p.clone(), i as u32)).collect();
        }
        let number = match self.by_origin.get(origin) {
            Some(&n) => n,
            None => {
                let n = self.origins.len() as u32;
                self.origins.push(origin.to_owned());
                self.by_origin.insert(origin.to_owned(), n);
                n
            }
        };
        self.dispatches.insert(id, KnownDispatch { hash, origin: number, revision });
    }

    /// The known dispatches read from a file under one of `roots` (files
    /// or directories, absolute) whose id is not in `seen`: gone from the
    /// corpus.
    pub fn gone<'a>(&'a self, roots: &[PathBuf], seen: &'a dyn Fn(&str) -> bool) -> Vec<&'a str> {
        let under = |origin: &Path| roots.iter().any(|r| origin.starts_with(r));
        self.dispatches
            .iter()
            .filter(|(id, k)| !seen(id) && under(&self.origins[k.origin as usize]))
            .map(|(id, _)| id.as_str())
            .collect()
    }
}

/// A hash of everything a dispatch brings to the index: id, date, title,
/// source and passages, each hashed eight bytes at a time
/// ([`word_hash`], the near-duplicate signatures' fixed hash, which
/// never changes between Rust versions or runs) and chained in order, so
/// that moving text between fields changes it. The byte-at-a-time FNV-1a
/// it replaced (schema version 12) was a serial multiply per byte of the
/// corpus: 0.8 % of an OrangeSum build's CPU.
pub fn content_hash(d: &Dispatch) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |field: &str| h = (h.rotate_left(5) ^ word_hash(field)).wrapping_mul(FX);
    eat(&d.id);
    eat(&d.date.map(|x| x.to_string()).unwrap_or_default());
    eat(d.title.as_deref().unwrap_or(""));
    eat(d.source.as_deref().unwrap_or(""));
    for p in &d.passages {
        eat(p);
    }
    mix64(h ^ d.passages.len() as u64)
}

/// `path` made absolute (and symlinks resolved when it exists), so that
/// origins compare whatever directory the user ran from.
pub fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Origin;

    fn dispatch(id: &str, passages: &[&str]) -> Dispatch {
        Dispatch {
            id: id.into(),
            date: None,
            title: None,
            source: None,
            passages: passages.iter().map(|p| p.to_string()).collect(),
            origin: Origin { path: "x".into(), line: None, column: None },
            meta: Default::default(),
        }
    }

    #[test]
    fn the_hash_follows_the_content() {
        let a = dispatch("a", &["Un.", "Deux."]);
        assert_eq!(content_hash(&a), content_hash(&a.clone()));
        assert_ne!(content_hash(&a), content_hash(&dispatch("a", &["Un.", "Deux !"])));
        assert_ne!(content_hash(&a), content_hash(&dispatch("a", &["Un.Deux."])));
        assert_ne!(content_hash(&a), content_hash(&dispatch("b", &["Un.", "Deux."])));
        // Pinned: stored in indexes, it must not change by accident.
        assert_eq!(content_hash(&dispatch("a", &["Un."])), 0x2e9d_c117_85a6_3ccf);
    }
}
