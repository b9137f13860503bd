//! The on-disk index: opening, creating, and checking it is ours.
//!
//! An index is a tantivy index directory whose commits carry a small JSON
//! payload naming the depeches schema version. Opening checks that payload
//! and the schema itself, so an index built by another version (or a
//! directory that is not a depeches index at all) gives a message that says
//! what to do instead of a failure deep in a query.

mod build;
mod directory;
pub mod document;
pub mod incremental;
pub mod near_dup;
pub mod stats;
mod writer;

#[cfg(test)]
pub(crate) use build::Silent;
pub use build::{
    BuildEvents, BuildSummary, DEFAULT_HEAP_MB, IndexConfig, Live, build, default_heap_bytes, min_heap_mb,
};
pub use directory::WritebackDirectory;
pub use writer::{Indexer, PreparedDispatch, Preparer};

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::{Index, IndexReader, ReloadPolicy};

use crate::analysis;
use crate::schema::{IndexSchema, SchemaError};

/// What an index directory could not be opened for.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Nothing there yet.
    #[error("no index at {0}")]
    Missing(PathBuf),
    /// Something else is there.
    #[error(
        "{0} is not a depeches index: choose another --index directory, or delete it and run `depeches index`"
    )]
    Foreign(PathBuf),
    /// A depeches index of another schema version.
    #[error(
        "the index at {path} was built with schema version {found}, this depeches uses {expected}: run `depeches index --rebuild`"
    )]
    OtherVersion {
        /// Index directory.
        path: PathBuf,
        /// Version found in the index.
        found: String,
        /// Version of this binary.
        expected: u32,
    },
    /// Another indexing run holds the index.
    #[error(
        "the index at {path} is locked by {holder}: wait for that run to end (searches work meanwhile), or stop it"
    )]
    Locked {
        /// Index directory.
        path: PathBuf,
        /// Who holds it, as far as known.
        holder: String,
    },
    /// tantivy could not read it.
    #[error("the index at {path} cannot be read ({source}): run `depeches index --rebuild`")]
    Corrupt {
        /// Index directory.
        path: PathBuf,
        /// Cause.
        source: tantivy::TantivyError,
    },
    /// The embedded schema is broken (a build defect).
    #[error(transparent)]
    Schema(#[from] SchemaError),
    /// Other tantivy failures (disk full, permissions...).
    #[error("index at {path}: {source}")]
    Tantivy {
        /// Index directory.
        path: PathBuf,
        /// Cause.
        source: tantivy::TantivyError,
    },
    /// File system failures.
    #[error("index at {path}: {source}")]
    Io {
        /// Index directory.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
}

/// The payload stored with each commit.
#[derive(Debug, Serialize, Deserialize)]
pub struct CommitPayload {
    /// Schema version the index was built with.
    pub schema_version: u32,
    /// depeches version that made the commit.
    pub depeches: String,
    /// Fingerprint of the analysis and entity vocabularies the index was
    /// built with ([`vocabulary_fingerprint`]); absent in older indexes.
    #[serde(default)]
    pub vocabulary: Option<String>,
    /// The indexing sequence number the next dispatch gets (see the
    /// `seq` field); absent before schema 7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_seq: Option<u64>,
}

/// The data files in `index_schema/` that decide terms and facets: an index
/// built with other versions of them holds other terms and facets.
#[cfg(test)]
const VOCABULARY_FILES: [&str; 9] = [
    include_str!("../../index_schema/stopwords.txt"),
    include_str!("../../index_schema/synonyms.tsv"),
    include_str!("../../index_schema/irregular.tsv"),
    include_str!("../../index_schema/actors.toml"),
    include_str!("../../index_schema/places.tsv"),
    include_str!("../../index_schema/schema.toml"),
    include_str!("../../index_schema/claims/rules.toml"),
    include_str!("../../index_schema/claims/numbers.tsv"),
    include_str!("../../index_schema/claims/nationalities.tsv"),
];

/// A short fingerprint (FNV-1a, hex) of the vocabularies embedded in this
/// binary; `stats` reports it and `search` warns when an index's differs.
/// Computed by `build.rs` (the same hash over the same files: a cold
/// `search` spent 30 M instructions on it), checked by a unit test.
pub fn vocabulary_fingerprint() -> String {
    include_str!(concat!(env!("OUT_DIR"), "/vocabulary_fingerprint.txt")).to_owned()
}

/// The fingerprint computed from the embedded files (what `build.rs` does).
#[cfg(test)]
fn fingerprint_of_embedded_files() -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in VOCABULARY_FILES {
        for b in file.bytes().chain([0xFF]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// An open depeches index.
pub struct DepechesIndex {
    /// The tantivy index, analyzers registered.
    pub index: Index,
    /// Its schema.
    pub schema: IndexSchema,
    /// Its directory.
    pub path: PathBuf,
}

/// Does `dir` hold an index (of any kind)?
pub fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

impl DepechesIndex {
    /// Opens the index at `dir`, checking it was built by depeches with
    /// this schema.
    pub fn open(dir: &Path) -> Result<DepechesIndex, IndexError> {
        let schema = IndexSchema::embedded()?;
        if !dir.is_dir() || !exists(dir) {
            if dir.is_dir() && std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(false) {
                return Err(IndexError::Foreign(dir.to_owned()));
            }
            return Err(IndexError::Missing(dir.to_owned()));
        }
        let corrupt = |source| IndexError::Corrupt { path: dir.to_owned(), source };
        let directory = WritebackDirectory::open(dir).map_err(|e| corrupt(e.into()))?;
        let index = Index::open(directory).map_err(corrupt)?;
        let metas = index.load_metas().map_err(corrupt)?;
        let version = metas
            .payload
            .as_deref()
            .and_then(|p| serde_json::from_str::<CommitPayload>(p).ok())
            .map(|p| p.schema_version);
        match version {
            None if metas.segments.is_empty()
                && metas.payload.is_none()
                && index.schema() == schema.schema => {}
            None => return Err(IndexError::Foreign(dir.to_owned())),
            Some(v) if v != schema.version || index.schema() != schema.schema => {
                return Err(IndexError::OtherVersion {
                    path: dir.to_owned(),
                    found: v.to_string(),
                    expected: schema.version,
                });
            }
            Some(_) => {}
        }
        // tantivy opens segment files lazily, with the first reader: open
        // one now, so that a truncated or missing segment file is reported
        // here with what to do, not as a failure of the first query.
        index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map(|_: IndexReader| ())
            .map_err(corrupt)?;
        analysis::register(&index);
        Ok(DepechesIndex { index, schema, path: dir.to_owned() })
    }

    /// Creates an empty index at `dir` (which must not hold one).
    pub fn create(dir: &Path) -> Result<DepechesIndex, IndexError> {
        let schema = IndexSchema::embedded()?;
        std::fs::create_dir_all(dir).map_err(|source| IndexError::Io { path: dir.to_owned(), source })?;
        let tantivy_error = |source| IndexError::Tantivy { path: dir.to_owned(), source };
        let directory = WritebackDirectory::open(dir).map_err(|e| tantivy_error(e.into()))?;
        if Index::exists(&directory).map_err(|e| tantivy_error(e.into()))? {
            return Err(tantivy_error(tantivy::TantivyError::IndexAlreadyExists));
        }
        let index = Index::builder()
            .schema(schema.schema.clone())
            .settings(schema.settings.clone())
            // Created: the directory holds no index (just checked).
            .open_or_create(directory)
            .map_err(tantivy_error)?;
        analysis::register(&index);
        Ok(DepechesIndex { index, schema, path: dir.to_owned() })
    }

    /// The payload of the index's last commit, if any.
    pub fn last_payload(&self) -> Option<CommitPayload> {
        let metas = self.index.load_metas().ok()?;
        serde_json::from_str(metas.payload.as_deref()?).ok()
    }

    /// The payload to attach to commits.
    pub fn payload(&self) -> String {
        serde_json::to_string(&CommitPayload {
            schema_version: self.schema.version,
            depeches: env!("CARGO_PKG_VERSION").into(),
            vocabulary: Some(vocabulary_fingerprint()),
            next_seq: None,
        })
        .expect("payload serializes")
    }
}

/// Total size of the files under `dir`, in bytes.
pub fn size_on_disk(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// The highest dispatch sequence number among the live passages of
/// `index`'s last commit, if any.
pub fn max_seq(index: &DepechesIndex) -> Result<Option<u64>, IndexError> {
    let err = |source: tantivy::TantivyError| IndexError::Tantivy { path: index.path.clone(), source };
    let reader = index.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(err)?;
    Ok(max_seq_in(&reader.searcher()))
}

/// The highest `seq` among the live passages `searcher` sees.
pub fn max_seq_in(searcher: &tantivy::Searcher) -> Option<u64> {
    let mut max = None;
    for segment in searcher.segment_readers() {
        let Ok(column) = segment.fast_fields().u64("seq") else { continue };
        // The column's max counts deleted passages too: a removed
        // dispatch's number stays used, which is what sequences want.
        if segment.num_docs() > 0 || column.max_value() > 0 {
            max = max.max(Some(column.max_value()));
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_time_fingerprint_is_the_embedded_files_fingerprint() {
        assert_eq!(vocabulary_fingerprint(), fingerprint_of_embedded_files());
    }
}
