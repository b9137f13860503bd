//! What an index holds: dispatches, passages, date range, size, the most
//! frequent actors and places, and the versions that built it
//! (`depeches stats`).
//!
//! Everything is counted on the live documents of the last commit, in one
//! pass over the index: a dispatch re-indexed since leaves deleted
//! documents behind, and column statistics (a column's min and max) would
//! still see them until segments merge. Dispatches are told apart by the
//! `dispatch_id` column, whose ords differ per segment, so they are merged
//! as strings, as [`crate::search::facets`] does.
//!
//! **Top actors** are the named actors (`/actor/<kind>/<id>`, counted with
//! [`FacetCountCollector`]); the unnamed ones ("les jihadistes",
//! `/actor/<kind>`) are kinds, left to `depeches facets kind`.
//!
//! **Top places** are the places the passages *name*, at whatever level
//! they name them (a town, a cercle, a region, a zone such as the Sahel),
//! countries excepted. A place's count does not include the places inside
//! it: counting a region with its towns would fill the list with the same
//! few names at every level (Tombouctou region, cercle, commune and town),
//! while the named places say what the news is about; `depeches facets
//! place` gives the nested counts. Countries are left out because nearly
//! every dispatch names Mali, and a zone mention (`le nord du Mali`) also
//! tags its country, so they would top the list and say nothing.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::fastfield::FacetReader;
use tantivy::query::AllQuery;
use tantivy::schema::Facet;
use tantivy::{DocId, ReloadPolicy, Score, SegmentOrdinal, SegmentReader};

use super::{CommitPayload, DepechesIndex, IndexError, size_on_disk};
use crate::entities::{PlaceLevel, Vocabulary};
use crate::search::facets::FacetCountCollector;

/// The figures of `depeches stats`. The JSON keys are the field names and
/// are a stable interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexStats {
    /// Distinct dispatches.
    pub dispatches: u64,
    /// Passages (tantivy documents).
    pub passages: u64,
    /// First day any dated dispatch covers, `YYYY-MM-DD` (a dispatch dated
    /// `2021` starts on 2021-01-01); `None` when none is dated.
    pub first_date: Option<String>,
    /// Last day any dated dispatch covers, `YYYY-MM-DD`.
    pub last_date: Option<String>,
    /// Dispatches with no date.
    pub undated_dispatches: u64,
    /// Size of the index directory.
    pub index_bytes: u64,
    /// Searchable segments.
    pub segments: usize,
    /// Schema version of the last commit; `None` before the first one.
    pub schema_version: Option<u32>,
    /// Fingerprint of the vocabularies the index was built with (see
    /// [`crate::index::vocabulary_fingerprint`]); `None` before any commit.
    pub vocabulary: Option<String>,
    /// depeches version that made the last commit.
    pub depeches_version: Option<String>,
    /// The most named actors, most passages first.
    pub top_actors: Vec<TopActor>,
    /// The most named places, countries excepted, most passages first.
    pub top_places: Vec<TopPlace>,
}

/// A named actor and how often it is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopActor {
    /// Canonical id (`CMA`).
    pub id: String,
    /// Facet path (`/actor/separatist/CMA`).
    pub path: String,
    /// Passages naming it.
    pub passages: u64,
    /// Dispatches among them.
    pub dispatches: u64,
}

/// A place and how often it is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopPlace {
    /// Place name (`Léré`).
    pub name: String,
    /// Facet path (`/place/Mali/Tombouctou/Niafunké/Léré`).
    pub path: String,
    /// Passages naming it.
    pub passages: u64,
    /// Dispatches among them.
    pub dispatches: u64,
}

/// Computes the figures of `index`, with the `top` most named actors and
/// places.
pub fn stats(index: &DepechesIndex, top: usize) -> Result<IndexStats, IndexError> {
    let err = |source| IndexError::Tantivy { path: index.path.clone(), source };
    let payload = index
        .index
        .load_metas()
        .map_err(err)?
        .payload
        .and_then(|p| serde_json::from_str::<CommitPayload>(&p).ok());
    let reader = index.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(err)?;
    let searcher = reader.searcher();
    let actors = FacetCountCollector::new("facets", "dispatch_id", Facet::from("/actor"), 2);
    let (figures, actors) = searcher.search(&AllQuery, &(FiguresCollector, actors)).map_err(err)?;
    let last_name = |path: &str| path.rsplit('/').next().unwrap_or(path).to_owned();
    Ok(IndexStats {
        dispatches: figures.dispatches,
        passages: figures.passages,
        first_date: figures.first_day.map(iso_day),
        last_date: figures.last_day.map(iso_day),
        undated_dispatches: figures.undated_dispatches,
        index_bytes: size_on_disk(&index.path),
        segments: searcher.segment_readers().len(),
        schema_version: payload.as_ref().map(|p| p.schema_version),
        vocabulary: payload.as_ref().and_then(|p| p.vocabulary.clone()),
        depeches_version: payload.map(|p| p.depeches),
        top_actors: actors
            .into_iter()
            .take(top)
            .map(|c| TopActor {
                id: last_name(&c.path),
                path: c.path,
                passages: c.passages,
                dispatches: c.dispatches,
            })
            .collect(),
        top_places: figures
            .places
            .into_iter()
            .take(top)
            .map(|(path, passages, dispatches)| TopPlace {
                name: last_name(&path),
                path,
                passages,
                dispatches,
            })
            .collect(),
    })
}

/// `YYYYMMDD` → `YYYY-MM-DD`.
fn iso_day(yyyymmdd: u64) -> String {
    format!("{:04}-{:02}-{:02}", yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100)
}

/// Passages, distinct and undated dispatches, date range and named places,
/// in one pass.
struct FiguresCollector;

/// The merged figures.
struct Figures {
    passages: u64,
    dispatches: u64,
    undated_dispatches: u64,
    first_day: Option<u64>,
    last_day: Option<u64>,
    /// Facet path, passages, dispatches; most passages first.
    places: Vec<(String, u64, u64)>,
}

/// Per-segment state of [`FiguresCollector`].
struct SegmentFigures {
    dispatch_ids: Option<StrColumn>,
    date_first: Option<Column<u64>>,
    date_last: Option<Column<u64>>,
    facets: FacetReader,
    /// Facet ord → place number, for the places counted (not countries,
    /// not actors).
    place_of_ord: Vec<Option<u32>>,
    place_paths: Vec<String>,
    passages: u64,
    dispatches: HashSet<u64>,
    undated: HashSet<u64>,
    first_day: Option<u64>,
    last_day: Option<u64>,
    place_passages: Vec<u64>,
    place_dispatches: HashSet<(u32, u64)>,
}

/// One segment's figures, dispatch ids as strings.
struct SegmentFiguresFruit {
    passages: u64,
    dispatches: HashSet<String>,
    undated: HashSet<String>,
    first_day: Option<u64>,
    last_day: Option<u64>,
    places: Vec<(String, u64, HashSet<String>)>,
}

impl Collector for FiguresCollector {
    type Fruit = Figures;
    type Child = SegmentFigures;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentFigures> {
        let facets = segment.facet_reader("facets")?;
        let vocabulary = Vocabulary::embedded();
        let mut place_of_ord = Vec::with_capacity(facets.num_facets());
        let mut place_paths = Vec::new();
        let mut facet = Facet::root();
        // Each facet ord is one distinct path of the segment (the document
        // holds the path it was tagged with, not its ancestors), so an ord
        // counts exactly the passages naming that place.
        for ord in 0..facets.num_facets() as u64 {
            facets.facet_from_ord(ord, &mut facet)?;
            let path = facet.to_path_string();
            let counted = path.strip_prefix("/place").filter(|p| p.starts_with('/')).is_some_and(|p| {
                // A path the vocabulary no longer knows is still a place.
                vocabulary.place_by_path(p).is_none_or(|place| place.level != PlaceLevel::Country)
            });
            place_of_ord.push(counted.then(|| {
                place_paths.push(path);
                (place_paths.len() - 1) as u32
            }));
        }
        let columns = segment.fast_fields();
        Ok(SegmentFigures {
            dispatch_ids: columns.str("dispatch_id")?,
            // No date column in a segment where nothing is dated.
            date_first: columns.column_opt("date_first")?,
            date_last: columns.column_opt("date_last")?,
            facets,
            place_of_ord,
            place_passages: vec![0; place_paths.len()],
            place_paths,
            passages: 0,
            dispatches: HashSet::new(),
            undated: HashSet::new(),
            first_day: None,
            last_day: None,
            place_dispatches: HashSet::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFiguresFruit>) -> tantivy::Result<Figures> {
        let mut passages = 0;
        let mut dispatches = HashSet::new();
        let mut undated = HashSet::new();
        let (mut first_day, mut last_day): (Option<u64>, Option<u64>) = (None, None);
        let mut places: HashMap<String, (u64, HashSet<String>)> = HashMap::new();
        for fruit in fruits {
            passages += fruit.passages;
            dispatches.extend(fruit.dispatches);
            undated.extend(fruit.undated);
            first_day = first_day.into_iter().chain(fruit.first_day).min();
            last_day = last_day.into_iter().chain(fruit.last_day).max();
            for (path, p, d) in fruit.places {
                let entry = places.entry(path).or_default();
                entry.0 += p;
                entry.1.extend(d);
            }
        }
        let mut places: Vec<(String, u64, u64)> =
            places.into_iter().map(|(path, (p, d))| (path, p, d.len() as u64)).collect();
        // The order of `depeches facets`: passages, then dispatches, then path.
        places.sort_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then_with(|| a.0.cmp(&b.0)));
        Ok(Figures {
            passages,
            dispatches: dispatches.len() as u64,
            undated_dispatches: undated.len() as u64,
            first_day,
            last_day,
            places,
        })
    }
}

impl SegmentCollector for SegmentFigures {
    type Fruit = SegmentFiguresFruit;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.passages += 1;
        let dispatch = self.dispatch_ids.as_ref().and_then(|c| c.term_ords(doc).next());
        match self.date_first.as_ref().and_then(|c| c.first(doc)) {
            Some(first) => {
                let last = self.date_last.as_ref().and_then(|c| c.first(doc)).unwrap_or(first);
                self.first_day = Some(self.first_day.map_or(first, |d| d.min(first)));
                self.last_day = Some(self.last_day.map_or(last, |d| d.max(last)));
            }
            None => {
                if let Some(d) = dispatch {
                    self.undated.insert(d);
                }
            }
        }
        if let Some(d) = dispatch {
            self.dispatches.insert(d);
        }
        for ord in self.facets.facet_ords(doc) {
            if let Some(Some(p)) = self.place_of_ord.get(ord as usize) {
                self.place_passages[*p as usize] += 1;
                if let Some(d) = dispatch {
                    self.place_dispatches.insert((*p, d));
                }
            }
        }
    }

    fn harvest(self) -> SegmentFiguresFruit {
        let mut id = String::new();
        let column = self.dispatch_ids.as_ref();
        let mut name =
            |ord: u64| column.filter(|c| c.ord_to_str(ord, &mut id).unwrap_or(false)).map(|_| id.clone());
        let dispatches = self.dispatches.iter().filter_map(|&d| name(d)).collect();
        let undated = self.undated.iter().filter_map(|&d| name(d)).collect();
        let mut place_ids: Vec<HashSet<String>> = vec![HashSet::new(); self.place_paths.len()];
        for &(p, d) in &self.place_dispatches {
            if let Some(id) = name(d) {
                place_ids[p as usize].insert(id);
            }
        }
        let places = self
            .place_paths
            .into_iter()
            .zip(self.place_passages)
            .zip(place_ids)
            .filter(|((_, p), _)| *p > 0)
            .map(|((path, p), d)| (path, p, d))
            .collect();
        SegmentFiguresFruit {
            passages: self.passages,
            dispatches,
            undated,
            first_day: self.first_day,
            last_day: self.last_day,
            places,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::timeline::tests::sample_index;

    #[test]
    fn figures_of_the_sample_index() {
        let dir = tempfile::tempdir().unwrap();
        let index = sample_index(dir.path());
        let s = stats(&index, 10).unwrap();
        assert_eq!((s.dispatches, s.passages, s.undated_dispatches), (6, 9, 1));
        assert_eq!(s.first_date.as_deref(), Some("2021-01-01"), "the year 2021 starts the range");
        assert_eq!(s.last_date.as_deref(), Some("2023-10-02"));
        assert_eq!(s.schema_version, Some(index.schema.version));
        assert_eq!(s.depeches_version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
        assert!(s.segments >= 1);
        assert!(s.index_bytes > 0);

        let actors: Vec<(&str, &str, u64, u64)> =
            s.top_actors.iter().map(|a| (a.id.as_str(), a.path.as_str(), a.passages, a.dispatches)).collect();
        assert_eq!(
            actors,
            [
                ("CMA", "/actor/separatist/CMA", 5, 4),
                // Ties go by path, as in `depeches facets`.
                ("GSIM", "/actor/jihadist/GSIM", 2, 2),
                ("FAMa", "/actor/state/FAMa", 2, 2),
                ("Minusma", "/actor/international/Minusma", 1, 1),
            ]
        );
        let places: Vec<(&str, u64, u64)> =
            s.top_places.iter().map(|p| (p.name.as_str(), p.passages, p.dispatches)).collect();
        assert_eq!(places[0], ("Kidal", 3, 2));
        assert_eq!(places[1], ("Léré", 2, 2));
        assert!(s.top_places.iter().any(|p| p.path == "/place/Sahel"), "zones are places");
        assert!(s.top_places.iter().all(|p| p.path != "/place/Mali"), "countries are left out");
        assert_eq!(stats(&index, 1).unwrap().top_places.len(), 1);
    }

    #[test]
    fn json_keys_are_the_interface() {
        let dir = tempfile::tempdir().unwrap();
        let index = sample_index(dir.path());
        let json = serde_json::to_value(stats(&index, 1).unwrap()).unwrap();
        let mut keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "depeches_version",
                "dispatches",
                "first_date",
                "index_bytes",
                "last_date",
                "passages",
                "schema_version",
                "segments",
                "top_actors",
                "top_places",
                "undated_dispatches",
                "vocabulary"
            ]
        );
        assert_eq!(json["top_actors"][0]["id"], "CMA");
        assert!(json["top_places"][0]["name"].is_string() && json["top_places"][0]["path"].is_string());
    }

    #[test]
    fn empty_index() {
        let dir = tempfile::tempdir().unwrap();
        let index = DepechesIndex::create(dir.path()).unwrap();
        let s = stats(&index, 10).unwrap();
        assert_eq!((s.dispatches, s.passages, s.segments), (0, 0, 0));
        assert_eq!((s.first_date, s.schema_version), (None, None));
        assert!(s.top_actors.is_empty() && s.top_places.is_empty());
    }
}
