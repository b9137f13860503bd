//! Digest of what an index holds, passage by passage: the "no result
//! changes" check of issue 16 (one pass over a passage's words).
//!
//!     cargo run --release --example index_digest -- INDEX_DIR > digest.tsv
//!
//! Prints one line per passage, sorted by dispatch id and passage number:
//! `dispatch_id  passage_no  field  count  digest`, for each indexed field
//! (`text`, `headline`, `facets`, `dispatch_facets`: every term of the
//! passage with its positions) and for the stored document (every stored
//! field, claims included, but the `context` issue 16 adds) and the fast columns that indexing computes
//! (`near_dup`, `content_hash`). Two indexes of the same corpus built by
//! two binaries hold the same terms, positions, facets and claims exactly
//! when their digests are equal (`diff` them). Digests are order-free sums
//! of 64-bit hashes of (term, position), read from the postings, so
//! segment layout and doc ids do not matter.

use std::collections::BTreeMap;
use std::path::PathBuf;

use tantivy::postings::Postings;
use tantivy::schema::{IndexRecordOption, TantivyDocument};
use tantivy::{DocSet, Index, TERMINATED};

fn fnv(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // Final mix, so that sums of hashes do not cancel out.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: index_digest INDEX_DIR")?);
    let index = Index::open_in_dir(&dir)?;
    let schema = index.schema();
    let searcher = index.reader()?.searcher();
    let field = |name: &str| schema.get_field(name);
    let indexed: Vec<(&str, tantivy::schema::Field, bool)> =
        [("text", true), ("headline", true), ("facets", false), ("dispatch_facets", false)]
            .into_iter()
            .filter_map(|(name, positions)| field(name).ok().map(|f| (name, f, positions)))
            .collect();
    // (dispatch id, passage no) → field → (count, digest)
    let mut out: BTreeMap<(String, u64), BTreeMap<String, (u64, u64)>> = BTreeMap::new();
    for segment in searcher.segment_readers() {
        let max = segment.max_doc() as usize;
        let ids = segment.fast_fields().str("dispatch_id")?.ok_or("no dispatch_id column")?;
        let nos = segment.fast_fields().u64("passage_no")?;
        let mut keys = Vec::with_capacity(max);
        let mut id = String::new();
        for doc in 0..max as u32 {
            id.clear();
            let ord = ids.term_ords(doc).next().ok_or("doc without dispatch id")?;
            ids.ord_to_str(ord, &mut id)?;
            keys.push((id.clone(), nos.first(doc).unwrap_or(0)));
        }
        let alive = |doc: u32| segment.alive_bitset().is_none_or(|b| b.is_alive(doc));
        let mut sums: Vec<BTreeMap<String, (u64, u64)>> = vec![BTreeMap::new(); max];
        let mut positions = Vec::new();
        for &(name, f, with_positions) in &indexed {
            let inverted = segment.inverted_index(f)?;
            let mut stream = inverted.terms().stream()?;
            let option = if with_positions {
                IndexRecordOption::WithFreqsAndPositions
            } else {
                IndexRecordOption::Basic
            };
            while stream.advance() {
                let term = stream.key().to_vec();
                let mut postings = inverted.read_postings_from_terminfo(stream.value(), option)?;
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    let entry = sums[doc as usize].entry(name.to_owned()).or_default();
                    if with_positions {
                        postings.positions(&mut positions);
                        for &p in &positions {
                            entry.0 += 1;
                            entry.1 = entry.1.wrapping_add(fnv(&term, u64::from(p) + 1));
                        }
                    } else {
                        entry.0 += 1;
                        entry.1 = entry.1.wrapping_add(fnv(&term, 0));
                    }
                    doc = postings.advance();
                }
            }
        }
        let store = segment.get_store_reader(64)?;
        let fast_u64 = |name: &str| segment.fast_fields().u64(name).ok();
        let columns: Vec<(&str, _)> =
            ["near_dup", "content_hash"].into_iter().filter_map(|n| fast_u64(n).map(|c| (n, c))).collect();
        for doc in 0..max as u32 {
            if !alive(doc) {
                continue;
            }
            let stored: TantivyDocument = store.get(doc)?;
            // Every stored value, in order, but `context` (added by issue
            // 16: search reads it instead of the whole dispatch).
            let mut values = String::new();
            for (f, value) in stored.field_values() {
                let name = schema.get_field_name(f);
                if name != "context" {
                    values.push_str(&format!("{name}={:?}\n", tantivy::schema::OwnedValue::from(value)));
                }
            }
            let mut fields = std::mem::take(&mut sums[doc as usize]);
            fields.insert("stored".into(), (values.len() as u64, fnv(values.as_bytes(), 0)));
            for (name, column) in &columns {
                let v = column.first(doc).unwrap_or(u64::MAX);
                fields.insert((*name).into(), (1, v));
            }
            out.insert(keys[doc as usize].clone(), fields);
        }
    }
    let mut lines = String::new();
    for ((id, no), fields) in &out {
        for (name, (count, digest)) in fields {
            lines.push_str(&format!("{id}\t{no}\t{name}\t{count}\t{digest:016x}\n"));
        }
    }
    print!("{lines}");
    Ok(())
}
