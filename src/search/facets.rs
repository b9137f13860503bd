//! Facet counts: how many passages and dispatches per actor, kind or place.
//!
//! tantivy's `FacetCollector` counts documents (passages) only; analysts
//! also ask "in how many dispatches", so this collector counts both. Each
//! facet of a matching passage is mapped to a *bucket*: its ancestor `depth`
//! levels below `root` (for places, `/place/Mali/Tombouctou` with depth 1
//! buckets Léré under its cercle `/place/Mali/Tombouctou/Niafunké`). A
//! passage counts once per bucket; a dispatch once per bucket however many
//! of its passages match. The ord → bucket map is computed once per segment
//! from the facet dictionary, so the per-document work is a lookup.

use std::collections::{HashMap, HashSet};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts for one bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// The bucket's facet path, e.g. `/actor/separatist/CMA`.
    pub path: String,
    /// Matching passages tagged with it (or a descendant).
    pub passages: u64,
    /// Distinct dispatches among those passages.
    pub dispatches: u64,
}

/// Counts passages and dispatches per bucket of a facet field.
pub struct FacetCountCollector {
    facet_field: String,
    dispatch_field: String,
    root: Facet,
    depth: usize,
}

impl FacetCountCollector {
    /// Buckets `depth` levels below `root`, on the facet field
    /// `facet_field`; dispatches are told apart by the fast string field
    /// `dispatch_field`.
    pub fn new(facet_field: &str, dispatch_field: &str, root: Facet, depth: usize) -> Self {
        FacetCountCollector {
            facet_field: facet_field.into(),
            dispatch_field: dispatch_field.into(),
            root,
            depth: depth.max(1),
        }
    }

    fn bucket_of(&self, facet: &Facet) -> Option<String> {
        let root = self.root.to_path();
        let path = facet.to_path();
        let len = root.len() + self.depth;
        (path.len() >= len && path[..root.len()] == root[..])
            .then(|| Facet::from_path(&path[..len]).to_path_string())
    }
}

/// Per-segment state of [`FacetCountCollector`].
pub struct SegmentFacetCounts {
    facets: FacetReader,
    dispatch_ids: Option<StrColumn>,
    /// Facet ord → bucket number, if the facet falls in a bucket.
    bucket_of_ord: Vec<Option<u32>>,
    buckets: Vec<String>,
    passages: Vec<u64>,
    dispatches: HashSet<(u32, u64)>,
    seen: Vec<u32>,
}

impl Collector for FacetCountCollector {
    type Fruit = Vec<FacetCount>;
    type Child = SegmentFacetCounts;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentFacetCounts> {
        let facets = segment.facet_reader(&self.facet_field)?;
        let mut buckets: Vec<String> = Vec::new();
        let mut bucket_no: HashMap<String, u32> = HashMap::new();
        let mut bucket_of_ord = Vec::with_capacity(facets.num_facets());
        let mut facet = Facet::root();
        for ord in 0..facets.num_facets() as u64 {
            facets.facet_from_ord(ord, &mut facet)?;
            bucket_of_ord.push(self.bucket_of(&facet).map(|b| {
                *bucket_no.entry(b.clone()).or_insert_with(|| {
                    buckets.push(b);
                    (buckets.len() - 1) as u32
                })
            }));
        }
        Ok(SegmentFacetCounts {
            facets,
            dispatch_ids: segment.fast_fields().str(&self.dispatch_field)?,
            passages: vec![0; buckets.len()],
            bucket_of_ord,
            buckets,
            dispatches: HashSet::new(),
            seen: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFruit>) -> tantivy::Result<Vec<FacetCount>> {
        let mut merged: HashMap<String, (u64, HashSet<String>)> = HashMap::new();
        for fruit in fruits {
            for (path, passages, dispatches) in fruit {
                let entry = merged.entry(path).or_default();
                entry.0 += passages;
                entry.1.extend(dispatches);
            }
        }
        let mut counts: Vec<FacetCount> = merged
            .into_iter()
            .map(|(path, (passages, d))| FacetCount { path, passages, dispatches: d.len() as u64 })
            .collect();
        counts.sort_by(|a, b| {
            (b.passages, b.dispatches).cmp(&(a.passages, a.dispatches)).then_with(|| a.path.cmp(&b.path))
        });
        Ok(counts)
    }
}

/// Bucket path, passages, dispatch ids: one segment's counts.
pub type SegmentFruit = Vec<(String, u64, HashSet<String>)>;

impl SegmentCollector for SegmentFacetCounts {
    type Fruit = SegmentFruit;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.seen.clear();
        for ord in self.facets.facet_ords(doc) {
            if let Some(Some(b)) = self.bucket_of_ord.get(ord as usize)
                && !self.seen.contains(b)
            {
                self.seen.push(*b);
            }
        }
        let dispatch = self.dispatch_ids.as_ref().and_then(|c| c.term_ords(doc).next());
        for &b in &self.seen {
            self.passages[b as usize] += 1;
            if let Some(d) = dispatch {
                self.dispatches.insert((b, d));
            }
        }
    }

    fn harvest(self) -> SegmentFruit {
        let mut ids: Vec<HashSet<String>> = vec![HashSet::new(); self.buckets.len()];
        let mut id = String::new();
        for (b, d) in self.dispatches {
            if let Some(column) = &self.dispatch_ids
                && column.ord_to_str(d, &mut id).unwrap_or(false)
            {
                ids[b as usize].insert(id.clone());
            }
        }
        self.buckets
            .into_iter()
            .zip(self.passages)
            .zip(ids)
            .filter(|((_, p), _)| *p > 0)
            .map(|((path, p), d)| (path, p, d))
            .collect()
    }
}
