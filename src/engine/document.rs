//! A passage as an external engine receives it: the original text for
//! display, the terms the French analyzer made of it for matching, and its
//! facets, dates and bookkeeping as attributes.
//!
//! The local index is the source: [`read_index`] reads back every live
//! passage with what indexing computed (facets from the dispatch's context,
//! claims, near-duplicate cluster, content hash), so an engine holds
//! exactly what the local index holds and nothing is analyzed twice
//! differently. Terms are re-made by the analyzer from the stored text
//! ([`Terms::of`]); the analyzer is deterministic, so they are the index's.
//!
//! Engines tokenize on their own; to keep theirs from touching ours, a
//! term reaches them as a token of `[a-z0-9_]` only ([`engine_token`]):
//! plain when it already is one, else `_` + its UTF-8 in hex, or a hash
//! when that would be too long. Stop words leave a gap token
//! ([`GAP_TOKEN`]), a stop word of the engine, so phrases keep the
//! positions they have locally.

use std::collections::{BTreeMap, BTreeSet};

use tantivy::schema::{TantivyDocument, Value};

use crate::analysis::FrenchTokenizer;
use crate::index::DepechesIndex;

/// The token standing for each stop word skipped between two terms.
pub const GAP_TOKEN: &str = "__";
/// The tag every passage carries, so a query of exclusions only has
/// something to exclude from.
pub const ALL_TAG: &str = "all";
/// Longest token engines keep whole (Sphinx: 42 bytes).
const MAX_TOKEN: usize = 40;

/// FNV-1a, 63 bits: the stable hash of facet paths, dispatch ids and
/// document ids (signed 64-bit attributes on the engine side).
pub fn hash63(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h = (h ^ 0xff).wrapping_mul(0x0100_0000_01b3);
        }
        for b in part.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    (h & 0x7fff_ffff_ffff_ffff).max(1)
}

/// `value` in 63 bits: engines keep signed 64-bit integers, and a value
/// past 2^63 would come back negative (and differ from what was sent).
pub fn signed63(value: u64) -> u64 {
    value & 0x7fff_ffff_ffff_ffff
}

/// The engine document id of passage `no` of dispatch `id`.
pub fn passage_id(dispatch_id: &str, no: u64) -> u64 {
    hash63(&[dispatch_id, &no.to_string()])
}

/// The key of a dispatch (grouping, routing).
pub fn dispatch_key(dispatch_id: &str) -> u64 {
    hash63(&["dispatch", dispatch_id])
}

/// The key of a facet path, as stored in the facet attributes.
pub fn facet_key(path: &str) -> u64 {
    hash63(&["facet", path])
}

/// The tag token of a facet path in the `tags` field.
pub fn facet_tag(path: &str) -> String {
    format!("f{:x}", facet_key(path))
}

/// The tag token of a wire service in the `tags` field.
pub fn source_tag(source: &str) -> String {
    format!("s{:x}", hash63(&["source", source]))
}

/// The key of a language code (0 for none declared).
pub fn language_key(language: Option<&str>) -> u64 {
    language.map_or(0, |l| hash63(&["language", l]))
}

/// The node a dispatch lives on, of `nodes`.
pub fn node_of(dispatch_id: &str, nodes: usize) -> usize {
    (dispatch_key(dispatch_id) % nodes.max(1) as u64) as usize
}

/// `term` as a token of `[a-z0-9_]` that no other term maps to.
pub fn engine_token(term: &str) -> String {
    let plain = !term.is_empty() && term.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if plain && term.len() <= MAX_TOKEN {
        return term.to_owned();
    }
    if 2 * term.len() < MAX_TOKEN {
        let mut out = String::with_capacity(1 + 2 * term.len());
        out.push('_');
        for b in term.bytes() {
            out.push_str(&format!("{b:02x}"));
        }
        return out;
    }
    format!("_h{:x}", hash63(&[term]))
}

/// Every ancestor of each path, and the path itself (`/place/Mali`,
/// `/place/Mali/Kidal`), deduplicated.
pub fn with_ancestors<'a>(paths: impl IntoIterator<Item = &'a String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for path in paths {
        let mut end = 0;
        while let Some(next) = path[end + 1..].find('/') {
            end += 1 + next;
            out.insert(path[..end].to_owned());
        }
        out.insert(path.clone());
    }
    out
}

/// The terms of a text, as engines index them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    /// Terms in order, one [`GAP_TOKEN`] per skipped stop word.
    pub positional: String,
    /// Second terms stacked on a word (`jihadiste` under `antijihadiste`).
    pub stacked: String,
    /// Every term as `depeches analyze` prints it (stacked ones included),
    /// unencoded.
    pub analyzed: Vec<String>,
}

impl Terms {
    /// The terms of `text`.
    pub fn of(analyzer: &mut FrenchTokenizer, text: &str) -> Terms {
        let mut out = Terms::default();
        let mut next_position = None;
        analyzer.for_each_token(text, |t| {
            out.analyzed.push(t.term.to_owned());
            let token = engine_token(t.term);
            if t.stacked {
                push_word(&mut out.stacked, &token);
                return;
            }
            if let Some(next) = next_position {
                for _ in next..t.position {
                    push_word(&mut out.positional, GAP_TOKEN);
                }
            }
            push_word(&mut out.positional, &token);
            next_position = Some(t.position + 1);
        });
        out
    }
}

fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// One passage with everything an engine stores of it.
#[derive(Debug, Clone, PartialEq)]
pub struct PassageDoc {
    /// Dispatch id.
    pub dispatch_id: String,
    /// Passage number, from 0.
    pub passage_no: u64,
    /// Passages in the dispatch.
    pub passages: u64,
    /// Date as written.
    pub date: Option<String>,
    /// First day covered, YYYYMMDD (0: undated).
    pub date_first: u64,
    /// Last day covered, YYYYMMDD (0: undated).
    pub date_last: u64,
    /// Headline (every passage).
    pub title: Option<String>,
    /// Whether the headline is searched on this passage (passage 0 only,
    /// as locally).
    pub headline: bool,
    /// Wire service.
    pub source: Option<String>,
    /// Declared language.
    pub language: Option<String>,
    /// The passage text.
    pub text: String,
    /// Its claims, as the JSON the local index stores.
    pub claims: Option<String>,
    /// Its facet paths as tagged (leaves; ancestors are implied).
    pub facets: Vec<String>,
    /// The facet paths of its whole dispatch (leaves).
    pub dispatch_facets: Vec<String>,
    /// Near-duplicate cluster (0: none), 63 bits (see [`signed63`]).
    pub near_dup: u64,
    /// Content hash of the dispatch, 63 bits (see [`signed63`]).
    pub content_hash: u64,
    /// Order of indexing (`follow`).
    pub seq: u64,
}

/// The dispatches of the local index, each with its passages in order.
pub fn read_index(index: &DepechesIndex) -> tantivy::Result<BTreeMap<String, Vec<PassageDoc>>> {
    let reader = index.index.reader()?;
    let searcher = reader.searcher();
    let f = &index.schema.fields;
    let mut out: BTreeMap<String, Vec<PassageDoc>> = BTreeMap::new();
    let mut hashes: BTreeMap<String, u64> = BTreeMap::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let fast = segment.fast_fields();
        let date_first = fast.u64("date_first")?;
        let date_last = fast.u64("date_last")?;
        let near_dup = fast.u64("near_dup")?;
        let content_hash = fast.u64("content_hash")?;
        let facets = segment.facet_reader("facets")?;
        let dispatch_facets = segment.facet_reader("dispatch_facets")?;
        let store = segment.get_store_reader(64)?;
        let read_facets = |reader: &tantivy::fastfield::FacetReader, doc| -> tantivy::Result<Vec<String>> {
            let mut paths = Vec::new();
            let mut facet = tantivy::schema::Facet::root();
            for facet_ord in reader.facet_ords(doc) {
                reader.facet_from_ord(facet_ord, &mut facet)?;
                paths.push(facet.to_path_string());
            }
            Ok(paths)
        };
        for doc in segment.doc_ids_alive() {
            let stored: TantivyDocument = store.get(doc)?;
            let text_of = |field| stored.get_first(field).and_then(|v| v.as_str()).map(str::to_owned);
            let u64_of = |field| stored.get_first(field).and_then(|v| v.as_u64());
            let dispatch_id = text_of(f.dispatch_id).unwrap_or_default();
            let passage_no = u64_of(f.passage_no).unwrap_or(0);
            if let Some(hash) = content_hash.first(doc) {
                hashes.insert(dispatch_id.clone(), hash);
            }
            let _ = ord;
            out.entry(dispatch_id.clone()).or_default().push(PassageDoc {
                dispatch_id,
                passage_no,
                passages: 0,
                date: text_of(f.date),
                date_first: date_first.first(doc).unwrap_or(0),
                date_last: date_last.first(doc).unwrap_or(0),
                title: text_of(f.title),
                headline: passage_no == 0,
                source: text_of(f.source),
                language: text_of(f.language),
                text: text_of(f.text).unwrap_or_default(),
                claims: text_of(f.claims),
                facets: read_facets(&facets, doc)?,
                dispatch_facets: read_facets(&dispatch_facets, doc)?,
                near_dup: near_dup.first(doc).map_or(0, signed63),
                content_hash: 0,
                seq: u64_of(f.seq).unwrap_or(0),
            });
        }
    }
    for (id, passages) in &mut out {
        passages.sort_by_key(|p| p.passage_no);
        let n = passages.len() as u64;
        let hash = hashes.get(id).copied().unwrap_or(0);
        for p in passages.iter_mut() {
            p.passages = n;
            p.content_hash = signed63(hash);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_stay_in_the_engine_alphabet() {
        assert_eq!(engine_token("arme"), "arme");
        assert_eq!(engine_token("al-qaida"), "_616c2d7161696461");
        assert!(engine_token(&"x".repeat(60)).starts_with("_h"));
        assert_ne!(engine_token("é"), engine_token("e"));
        for t in ["é", "a b", "_x", "ARME", ""] {
            assert!(
                engine_token(t).bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            );
        }
    }

    #[test]
    fn stop_words_keep_their_gap() {
        let mut analyzer = FrenchTokenizer::default();
        let terms = Terms::of(&mut analyzer, "L'accord de paix");
        assert_eq!(terms.positional.split(' ').filter(|t| *t == GAP_TOKEN).count(), 1, "{terms:?}");
        assert_eq!(terms.analyzed, analyzer.terms("L'accord de paix"));
    }

    #[test]
    fn ancestors() {
        let paths = vec!["/place/Mali/Kidal".to_owned()];
        let all: Vec<String> = with_ancestors(&paths).into_iter().collect();
        assert_eq!(all, ["/place", "/place/Mali", "/place/Mali/Kidal"]);
    }
}
