//! Dispatches → tantivy documents.
//!
//! One document per passage, carrying its dispatch's metadata. Adding a
//! dispatch first deletes the documents of any dispatch with the same id,
//! so re-indexing a corpus replaces its dispatches instead of duplicating
//! them. tantivy's writer threads run the analyzer, so analysis uses every
//! core while the caller reads and parses the corpus.
//!
//! Entities are extracted here, before the documents are built, because a
//! passage's document carries both its own facets and the union over its
//! dispatch (`dispatch_facets`), which needs every passage first. The
//! near-duplicate cluster of each passage is assigned here too, from the
//! same folded words, in corpus order, so that re-indexing a corpus gives
//! the same clusters.

use std::collections::BTreeSet;

use tantivy::schema::{Facet, TantivyDocument};
use tantivy::{IndexWriter, Term};

use super::near_dup::{Clusterer, Signature};
use super::{DepechesIndex, IndexError};
use crate::corpus::Dispatch;
use crate::entities::{Extractor, Mention, Scratch};
use crate::schema::Fields;

/// Adds dispatches to an index.
pub struct Indexer {
    writer: IndexWriter,
    extractor: &'static Extractor,
    mentions: Vec<Mention>,
    scratch: Scratch,
    clusters: Clusterer,
    fields: Fields,
    payload: String,
    path: std::path::PathBuf,
}

impl Indexer {
    /// A writer on `index` using `threads` threads and `heap_bytes` of
    /// indexing memory in all (the bound on the writer's RAM).
    pub fn new(index: &DepechesIndex, threads: usize, heap_bytes: usize) -> Result<Indexer, IndexError> {
        let tantivy_err = |source| IndexError::Tantivy { path: index.path.clone(), source };
        let writer = index.index.writer_with_num_threads(threads, heap_bytes).map_err(tantivy_err)?;
        Ok(Indexer {
            writer,
            extractor: Extractor::embedded(),
            mentions: Vec::new(),
            scratch: Scratch::default(),
            clusters: Clusterer::new(),
            fields: index.schema.fields,
            payload: index.payload(),
            path: index.path.clone(),
        })
    }

    /// Removes every document of the index.
    pub fn clear(&mut self) -> Result<(), IndexError> {
        self.writer.delete_all_documents().map_err(|e| self.error(e))?;
        Ok(())
    }

    /// Learns the near-duplicate clusters of the passages already in the
    /// index, so that passages added now fold with them. Signatures are
    /// not stored (140 bytes a passage, incompressible): they are computed
    /// again from the stored text, in index order.
    pub fn load_near_duplicates(&mut self, index: &DepechesIndex) -> Result<(), IndexError> {
        let err = |source: tantivy::TantivyError| IndexError::Tantivy { path: index.path.clone(), source };
        let reader = index.index.reader().map_err(err)?;
        let searcher = reader.searcher();
        for segment in searcher.segment_readers() {
            let clusters = segment.fast_fields().u64("near_dup").map_err(err)?;
            let store = segment
                .get_store_reader(64)
                .map_err(|e| IndexError::Io { path: index.path.clone(), source: e })?;
            for doc_id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(doc_id).map_err(err)?;
                let (Some(text), Some(cluster)) = (
                    doc.get_first(self.fields.text).and_then(|v| tantivy::schema::Value::as_str(&v)),
                    clusters.first(doc_id),
                ) else {
                    continue;
                };
                self.extractor.extract_into(text, &mut self.mentions, &mut self.scratch);
                self.clusters.insert_existing(cluster, &Signature::of(self.scratch.folded_words()));
            }
        }
        Ok(())
    }

    /// Adds `dispatch`, replacing any dispatch with the same id. Returns
    /// the number of passages added.
    pub fn add(&mut self, dispatch: &Dispatch) -> Result<usize, IndexError> {
        let f = self.fields;
        let mut near_dup = Vec::with_capacity(dispatch.passages.len());
        let passage_facets: Vec<Vec<Facet>> = dispatch
            .passages
            .iter()
            .map(|text| {
                self.extractor.extract_into(text, &mut self.mentions, &mut self.scratch);
                near_dup.push(self.clusters.assign(&Signature::of(self.scratch.folded_words())));
                let paths = self.extractor.facet_paths(&self.mentions);
                paths.iter().filter_map(|p| Facet::from_text(p).ok()).collect()
            })
            .collect();
        let dispatch_facets: BTreeSet<&Facet> = passage_facets.iter().flatten().collect();
        self.writer.delete_term(Term::from_field_text(f.dispatch_id, &dispatch.id));
        for (no, (text, facets)) in dispatch.passages.iter().zip(&passage_facets).enumerate() {
            let mut doc = TantivyDocument::new();
            doc.add_text(f.dispatch_id, &dispatch.id);
            doc.add_u64(f.passage_no, no as u64);
            doc.add_u64(f.near_dup, near_dup[no]);
            if let Some(date) = &dispatch.date {
                doc.add_text(f.date, date.to_string());
                doc.add_u64(f.date_first, u64::from(date.first_day()));
                doc.add_u64(f.date_last, u64::from(date.last_day()));
            }
            if let Some(title) = &dispatch.title {
                doc.add_text(f.title, title);
            }
            if let Some(source) = &dispatch.source {
                doc.add_text(f.source, source);
            }
            doc.add_text(f.text, text);
            for facet in facets {
                doc.add_facet(f.facets, facet.clone());
            }
            for &facet in &dispatch_facets {
                doc.add_facet(f.dispatch_facets, facet.clone());
            }
            self.writer.add_document(doc).map_err(|e| self.error(e))?;
        }
        Ok(dispatch.passages.len())
    }

    /// Makes everything added so far durable and visible to searches.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        let mut prepared = self
            .writer
            .prepare_commit()
            .map_err(|e| IndexError::Tantivy { path: self.path.clone(), source: e })?;
        prepared.set_payload(&self.payload);
        prepared.commit().map_err(|e| IndexError::Tantivy { path: self.path.clone(), source: e })?;
        Ok(())
    }

    /// Commits, then waits for background merges so the index is compact.
    pub fn finish(mut self) -> Result<(), IndexError> {
        self.commit()?;
        let path = self.path.clone();
        self.writer.wait_merging_threads().map_err(|source| IndexError::Tantivy { path, source })
    }

    fn error(&self, source: tantivy::TantivyError) -> IndexError {
        IndexError::Tantivy { path: self.path.clone(), source }
    }
}
