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
use std::sync::Arc;

use tantivy::schema::{Facet, TantivyDocument};
use tantivy::{IndexWriter, Term};

use super::document::{PassageDocument, PassageValue};
use super::near_dup::{Signature, WINDOW_TEXTS, WindowedClusterer};
use super::{DepechesIndex, IndexError};
use crate::analysis::{AnalyzedText, FrenchTokenizer, PassageTerms};
use crate::claims::extract::ClaimScratch;
use crate::claims::{Claim, ClaimExtractor};
use crate::corpus::Dispatch;
use crate::entities::words::{WordBuffer, claims_tag};
use crate::entities::{Extractor, Mention, Scratch};
use crate::schema::Fields;

/// A dispatch turned into tantivy documents, all but their near-duplicate
/// cluster (which depends on the dispatches added before it).
pub struct PreparedDispatch {
    /// Dispatch id.
    pub id: String,
    /// One document per passage, in order.
    pub docs: Vec<PassageDocument>,
    /// One near-duplicate signature per passage.
    pub signatures: Vec<Signature>,
    /// Bytes of passage text.
    pub text_bytes: u64,
    /// Whether a dispatch of this id may already be in the index: only
    /// then are its old documents deleted. A delete costs the writer
    /// memory until the next commit, so a fresh build makes none.
    pub replaces: bool,
    /// The dispatch's language, for the run's summary.
    pub language: Option<String>,
}

/// Turns dispatches into documents: entity extraction, facets, signatures.
/// The costly, order-free part of indexing; one per worker thread.
pub struct Preparer {
    extractor: &'static Extractor,
    claim_extractor: &'static ClaimExtractor,
    /// Each passage's mentions, from the dispatch-wide pass.
    mentions: Vec<Vec<Mention>>,
    /// Mentions of one passage, for signatures recomputed from stored text.
    passage_mentions: Vec<Mention>,
    scratch: Scratch,
    /// Each passage's word stream, kept until the dispatch's claims are
    /// extracted (buffers reused from dispatch to dispatch).
    passage_words: Vec<WordBuffer>,
    claim_scratch: ClaimScratch,
    claims: Vec<Vec<Claim>>,
    /// The one pass over each passage's words: index terms, the entity
    /// matcher's and the claims' word stream, near-duplicate words.
    analyzer: FrenchTokenizer,
    /// The word hashes of the passage being prepared, for its signature.
    word_hashes: Vec<u64>,
    /// The index terms of the passage being prepared, copied into its
    /// document at their size.
    terms: PassageTerms,
    /// The document being built, taken at its size ([`PassageDocument::take`]).
    doc: PassageDocument,
    fields: Fields,
}

impl Preparer {
    /// A preparer for documents of `fields`.
    pub fn new(fields: Fields) -> Preparer {
        Preparer {
            extractor: Extractor::embedded(),
            claim_extractor: ClaimExtractor::embedded(),
            mentions: Vec::new(),
            passage_mentions: Vec::new(),
            scratch: Scratch::default(),
            passage_words: Vec::new(),
            claim_scratch: ClaimScratch::default(),
            claims: Vec::new(),
            analyzer: FrenchTokenizer::default(),
            word_hashes: Vec::new(),
            terms: PassageTerms::default(),
            doc: PassageDocument::new(),
            fields,
        }
    }

    /// The documents of `dispatch`, read from `origin` (an absolute path),
    /// whose content hash is `hash`.
    pub fn prepare(&mut self, dispatch: &Dispatch, hash: u64, origin: &str) -> PreparedDispatch {
        let f = self.fields;
        let mut signatures = Vec::with_capacity(dispatch.passages.len());
        let n = dispatch.passages.len();
        if self.passage_words.len() < n {
            self.passage_words.resize_with(n, WordBuffer::default);
        }
        // One pass over the dispatch: its context (what it is about) decides
        // ambiguous names and descriptive mentions in every passage. Each
        // passage's words are kept for the claims, which need the whole
        // dispatch first.
        // Each passage is segmented, folded and looked up once: the
        // analyzer's pass gives its index terms (which tantivy then
        // indexes as they are) and its word stream.
        let mut analyzed = Vec::with_capacity(n);
        let (extractor, claim_extractor) = (self.extractor, self.claim_extractor);
        // The matcher's id of each distinct word, whether the claims read
        // it as a harm word and which of their lookups may find it, worked
        // out once per word and kept in the memo: the one function for
        // passages and headline alike, or a word first seen in a headline
        // would keep another tag.
        let tag_of = |folded: &str| {
            claims_tag(
                extractor.word_tag(folded),
                claim_extractor.is_harm_word(folded),
                claim_extractor.word_classes(folded),
            )
        };
        let terms = &mut self.terms;
        for (text, words) in dispatch.passages.iter().zip(&mut self.passage_words) {
            words.clear();
            terms.clear();
            let hashes = &mut self.word_hashes;
            hashes.clear();
            self.analyzer.for_each_tagged_piece(text, &tag_of, |piece| {
                terms.push(piece);
                words.push_piece(text, piece);
                hashes.push(piece.hash);
            });
            // The signature of the folded words, from the memo's hashes.
            signatures.push(Signature::of_word_hashes(hashes.iter().copied()));
            analyzed.push(Arc::new(AnalyzedText::new(text, terms)));
        }
        // The headline, analyzed by the same pass and memo: tantivy's own
        // analyzer (a memo per indexing thread, started cold with each
        // segment) would analyze it again.
        let headline = dispatch.title.as_deref().map(|title| {
            terms.clear();
            self.analyzer.for_each_tagged_piece(title, &tag_of, |piece| terms.push(piece));
            Arc::new(AnalyzedText::new(title, terms))
        });
        let context = self.extractor.extract_dispatch_words(
            &dispatch.passages,
            &mut self.passage_words[..n],
            dispatch.date,
            &mut self.mentions,
            &mut self.scratch,
        );
        // Stored where the reading depends on it, so that search never
        // reads the whole dispatch to rebuild it.
        let stored_context = context.to_stored(self.extractor.vocabulary());
        let needs_context: Vec<bool> = (0..n).map(|no| self.scratch.needs_context(no)).collect();
        let mut passage_facets: Vec<Vec<Facet>> = self
            .mentions
            .iter()
            .map(|mentions| {
                let paths = self.extractor.facet_paths(mentions);
                paths.iter().filter_map(|p| Facet::from_text(p).ok()).collect()
            })
            .collect();
        let passage_claims = self.claims_of(dispatch, &mut passage_facets);
        // The dateline place tags the dispatch as a place named in its
        // first passage would (the dateline was that passage's start).
        if let Some(place) = dispatch.meta.place.as_deref().and_then(dateline_place)
            && let Some(first) = passage_facets.first_mut()
            && !first.contains(&place)
        {
            first.push(place);
        }
        let meta_facets = meta_facets(dispatch);
        let dispatch_facets: BTreeSet<&Facet> = passage_facets.iter().flatten().chain(&meta_facets).collect();
        // Each added to every passage's document: shared, not copied.
        let dispatch_facets: Vec<Arc<Facet>> =
            dispatch_facets.into_iter().map(|f| Arc::new(f.clone())).collect();
        let date = dispatch
            .date
            .map(|d| (Arc::<str>::from(d.to_string()), u64::from(d.first_day()), u64::from(d.last_day())));
        // Dispatch-level values, shared by its passages' documents.
        let id: Arc<str> = dispatch.id.as_str().into();
        let title: Option<Arc<str>> = dispatch.title.as_deref().map(Arc::from);
        let source: Option<Arc<str>> = dispatch.source.as_deref().map(Arc::from);
        let stored_context: Arc<str> = stored_context.into();
        let mut docs = Vec::with_capacity(dispatch.passages.len());
        for (no, (text, facets)) in analyzed.into_iter().zip(passage_facets).enumerate() {
            // Built in a reused buffer, then taken at its size.
            let doc = &mut self.doc;
            doc.add_shared(f.dispatch_id, &id);
            doc.add_u64(f.passage_no, no as u64);
            if no == 0 {
                // Dispatch-level bookkeeping, read from passage 0 only.
                doc.add_u64(f.content_hash, hash);
                doc.add_text(f.origin, origin);
            }
            if let Some((written, first, last)) = &date {
                doc.add_shared(f.date, written);
                doc.add_u64(f.date_first, *first);
                doc.add_u64(f.date_last, *last);
            }
            if let Some(title) = &title {
                doc.add_shared(f.title, title);
                if no == 0
                    && let Some(headline) = &headline
                {
                    // The headline tops the lead: a word found only there
                    // finds the dispatch once, by its first passage, whose
                    // score then counts for the dispatch's other passages
                    // (src/search/rank.rs), instead of every passage
                    // matching it.
                    doc.add(f.headline, PassageValue::Analyzed(Arc::clone(headline)));
                }
            }
            if no == 0 {
                // Searchable as the headline is, on the lead only.
                for place in dispatch.meta.dateline_places() {
                    doc.add_text(f.dateline_text, place);
                }
            }
            if let Some(source) = &source {
                doc.add_shared(f.source, source);
            }
            // Stored as it is, indexed from the terms of the pass above
            // (see `super::document`). A `TantivyDocument` with
            // `add_pre_tokenized_text` cost 76 % more instructions: it
            // keeps the tokens as JSON and copies them token by token.
            doc.add(f.text, PassageValue::Analyzed(text));
            if let Some(json) = &passage_claims[no] {
                doc.add_text(f.claims, json);
            }
            if needs_context[no] {
                doc.add_shared(f.context, &stored_context);
            }
            let meta = &dispatch.meta;
            for (field, value) in [
                (f.time, &meta.time),
                (f.language, &meta.language),
                (f.dateline, &meta.dateline),
                (f.signature, &meta.signature),
            ] {
                if let Some(value) = value {
                    doc.add_text(field, value);
                }
            }
            if let Some(revision) = meta.revision {
                doc.add_u64(f.revision, revision);
            }
            for facet in facets {
                doc.add_facet(f.facets, facet);
            }
            for facet in &dispatch_facets {
                doc.add_shared_facet(f.dispatch_facets, facet);
            }
            // Room for the near-duplicate cluster and the sequence number
            // (`Indexer::add_prepared`).
            docs.push(doc.take(2));
        }
        let text_bytes = dispatch.passages.iter().map(|p| p.len() as u64).sum();
        PreparedDispatch {
            id: dispatch.id.clone(),
            docs,
            signatures,
            text_bytes,
            replaces: true,
            language: dispatch.meta.language.clone(),
        }
    }

    /// The claims of each passage of `dispatch` (as JSON, `None` when it
    /// has none), their `/claim/...` and `/claimant/...` facets added to
    /// `facets`. Reads the words and mentions [`Self::prepare`] kept.
    fn claims_of(&mut self, dispatch: &Dispatch, facets: &mut [Vec<Facet>]) -> Vec<Option<String>> {
        let n = dispatch.passages.len();
        let mentions: Vec<&[Mention]> = self.mentions[..n].iter().map(Vec::as_slice).collect();
        let words: Vec<&WordBuffer> = self.passage_words[..n].iter().collect();
        let texts: Vec<&str> = dispatch.passages.iter().map(String::as_str).collect();
        self.claim_extractor.extract_dispatch(
            &texts,
            &words,
            &mentions,
            dispatch.date,
            &mut self.claim_scratch,
            &mut self.claims,
        );
        let mut out = Vec::with_capacity(n);
        for (no, claims) in self.claims.iter().enumerate() {
            if claims.is_empty() {
                out.push(None);
                continue;
            }
            for claim in claims {
                for path in claim.facet_paths() {
                    if let Ok(facet) = Facet::from_text(&path)
                        && !facets[no].contains(&facet)
                    {
                        facets[no].push(facet);
                    }
                }
            }
            out.push(serde_json::to_string(claims).ok());
        }
        out
    }
}

/// The place facet of a dateline city: the most precise place of that
/// name (a dispatch from Bamako is from the town, not the region).
fn dateline_place(city: &str) -> Option<Facet> {
    let vocab = crate::entities::Vocabulary::embedded();
    let place = vocab.resolve_place(city).into_iter().max_by_key(|p| (p.depth(), p.preferred))?;
    Facet::from_text(&place.facet_path()).ok()
}

/// The dispatch-level facets of its wire metadata: /type/<item type>,
/// /subject/<code>, /keyword/<word>, /lang/<code>.
fn meta_facets(dispatch: &Dispatch) -> Vec<Facet> {
    let m = &dispatch.meta;
    let mut out = Vec::new();
    let mut add = |root: &str, value: &str| {
        let value = value.trim();
        if !value.is_empty() {
            out.push(Facet::from_path([root, value]));
        }
    };
    if let Some(kind) = &m.kind {
        add("type", kind);
    }
    if let Some(lang) = &m.language {
        add("lang", lang);
    }
    for s in &m.subjects {
        add("subject", s);
    }
    for k in &m.keywords {
        add("keyword", k);
    }
    out
}

/// File naming the process that holds the index's writer lock.
const HOLDER_FILE: &str = ".depeches-writer";

/// Adds dispatches to an index.
pub struct Indexer {
    writer: IndexWriter<PassageDocument>,
    preparer: Preparer,
    clusters: WindowedClusterer,
    fields: Fields,
    payload: String,
    path: std::path::PathBuf,
    /// The next dispatch's sequence number.
    next_seq: u64,
}

impl Indexer {
    /// The fields of the documents this indexer writes.
    pub fn fields(&self) -> Fields {
        self.fields
    }

    /// A writer on `index` using `threads` threads and `heap_bytes` of
    /// indexing memory in all (the bound on the writer's RAM).
    pub fn new(index: &DepechesIndex, threads: usize, heap_bytes: usize) -> Result<Indexer, IndexError> {
        let writer = match index.index.writer_with_num_threads(threads, heap_bytes) {
            Ok(w) => w,
            Err(tantivy::TantivyError::LockFailure(..)) => {
                let holder = std::fs::read_to_string(index.path.join(HOLDER_FILE))
                    .map(|h| h.trim().to_owned())
                    .unwrap_or_else(|_| "another indexing run".into());
                return Err(IndexError::Locked { path: index.path.clone(), holder });
            }
            Err(source) => return Err(IndexError::Tantivy { path: index.path.clone(), source }),
        };
        // tantivy's lock says that the index is taken; this file says by
        // whom, for the message a second run prints. A killed run leaves
        // it behind, harmlessly: it is only read while the lock is held,
        // and then it is the holder's.
        let holder = format!(
            "depeches index (pid {}, started {} s after the Unix epoch)",
            std::process::id(),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
        );
        let _ = std::fs::write(index.path.join(HOLDER_FILE), holder);
        let next_seq = next_seq(index)?;
        Ok(Indexer {
            next_seq,
            writer,
            preparer: Preparer::new(index.schema.fields),
            clusters: WindowedClusterer::new(WINDOW_TEXTS),
            fields: index.schema.fields,
            payload: index.payload(),
            path: index.path.clone(),
        })
    }

    /// Sizes the near-duplicate clusterer for a run expected to add about
    /// `passages` passages (a hint: a wrong guess costs memory or growth,
    /// never results).
    pub fn expect_passages(&mut self, passages: usize) {
        self.clusters.expect(passages);
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
                let p = &mut self.preparer;
                p.extractor.extract_into(text, &mut p.passage_mentions, &mut p.scratch);
                self.clusters.insert_existing(cluster, &Signature::of(p.scratch.folded_words()));
            }
        }
        Ok(())
    }

    /// Adds `dispatch`, replacing any dispatch with the same id. Returns
    /// the number of passages added. (Indexing runs prepare dispatches on
    /// worker threads and call [`Indexer::add_prepared`]; this does both.)
    pub fn add(&mut self, dispatch: &Dispatch) -> Result<usize, IndexError> {
        let origin = super::incremental::absolute(&dispatch.origin.path);
        let hash = super::incremental::content_hash(dispatch);
        let prepared = self.preparer.prepare(dispatch, hash, &origin.to_string_lossy());
        self.add_prepared(prepared)
    }

    /// Removes the dispatch `id`, all its passages.
    pub fn remove(&mut self, id: &str) {
        self.writer.delete_term(Term::from_field_text(self.fields.dispatch_id, id));
    }

    /// Adds a dispatch prepared by a [`Preparer`], replacing any dispatch
    /// with the same id: assigns the near-duplicate clusters (in the order
    /// dispatches are added, so a corpus always clusters the same way) and
    /// hands the documents to tantivy. Returns the number of passages.
    pub fn add_prepared(&mut self, prepared: PreparedDispatch) -> Result<usize, IndexError> {
        let f = self.fields;
        if prepared.replaces {
            self.writer.delete_term(Term::from_field_text(f.dispatch_id, &prepared.id));
        }
        let n = prepared.docs.len();
        let seq = self.next_seq;
        self.next_seq += 1;
        for (mut doc, signature) in prepared.docs.into_iter().zip(&prepared.signatures) {
            // The two values `Preparer::prepare` left room for.
            doc.add_u64(f.near_dup, self.clusters.assign(signature));
            doc.add_u64(f.seq, seq);
            self.writer.add_document(doc).map_err(|e| self.error(e))?;
        }
        Ok(n)
    }

    /// Makes everything added so far durable and visible to searches.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        let mut prepared = self
            .writer
            .prepare_commit()
            .map_err(|e| IndexError::Tantivy { path: self.path.clone(), source: e })?;
        // The next sequence number rides with the commit, so that numbers
        // never go back even when the newest dispatches are removed.
        let payload = match serde_json::from_str::<serde_json::Value>(&self.payload) {
            Ok(serde_json::Value::Object(mut map)) => {
                map.insert("next_seq".into(), self.next_seq.into());
                serde_json::Value::Object(map).to_string()
            }
            _ => self.payload.clone(),
        };
        prepared.set_payload(&payload);
        prepared.commit().map_err(|e| IndexError::Tantivy { path: self.path.clone(), source: e })?;
        Ok(())
    }

    /// Commits, then waits for background merges so the index is compact.
    pub fn finish(mut self) -> Result<(), IndexError> {
        // The near-duplicate clusters (up to about 100 MB) are not needed
        // any more: freed before the last segments are written, which is
        // when a run's memory peaks.
        self.clusters = WindowedClusterer::new(WINDOW_TEXTS);
        self.commit()?;
        let path = self.path.clone();
        self.writer.wait_merging_threads().map_err(|source| IndexError::Tantivy { path, source })
    }

    fn error(&self, source: tantivy::TantivyError) -> IndexError {
        IndexError::Tantivy { path: self.path.clone(), source }
    }
}

/// The sequence number after every one the index has used: the larger of
/// the last commit's `next_seq` and the highest `seq` in the index plus 1.
pub fn next_seq(index: &DepechesIndex) -> Result<u64, IndexError> {
    let from_payload = index.last_payload().and_then(|p| p.next_seq).unwrap_or(0);
    Ok(from_payload.max(super::max_seq(index)?.map_or(0, |m| m + 1)))
}
