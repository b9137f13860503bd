//! Search: a query and filters → ranked passages with highlighted snippets.
//!
//! [`Searcher::search`] is the single entry point. It parses the query
//! ([`query`]), adds the filters ([`filter`]), runs it with BM25 ranking
//! and an exact hit count, then builds snippets ([`snippet`]) for the
//! returned hits only — snippet work is the costly part and never done for
//! hits nobody sees. Without a query, the matching passages come newest
//! first. [`facets`] counts passages and dispatches per facet value.

pub mod claims;
pub mod facets;
pub mod filter;
pub mod follow;
pub mod like;
pub mod query;
pub mod rank;
pub mod snippet;
pub mod timeline;

use std::collections::{HashMap, HashSet};
use std::ops::Bound;
use tantivy::collector::sort_key::{ComparatorEnum, SortByStaticFastValue};
use tantivy::collector::{Count, TopDocs};

use tantivy::query::{AllQuery, BooleanQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};
use tantivy::{DocAddress, DocSet, IndexReader, ReloadPolicy, Term};

use crate::analysis::FrenchTokenizer;
use crate::entities::{DispatchContext, Extractor, Scratch};

/// Dispatch contexts already read during one search, by dispatch id.
type Contexts = HashMap<String, std::rc::Rc<DispatchContext>>;
use crate::index::DepechesIndex;
use crate::schema::IndexSchema;
pub use facets::FacetCount;
pub use filter::{DateRange, FacetFilter, Filters, Scope};
pub use like::Like;
pub use query::{MatchPatterns, QueryError};
pub use rank::Ranking;
pub use snippet::Snippet;

/// Order of the hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best BM25 score first (with a query), else newest first.
    #[default]
    Relevance,
    /// Oldest first; undated last.
    DateAscending,
    /// Newest first; undated last.
    DateDescending,
}

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query, in the syntax of [`query`]; `None` lists the passages
    /// the filters keep, newest first.
    pub query: Option<String>,
    /// Filters on actors, places, kinds and dates.
    pub filters: Filters,
    /// Order of the hits.
    pub sort: Sort,
    /// Most hits to return.
    pub limit: usize,
    /// Allow typos in words of 5+ letters (a query with no hits retries
    /// this way anyway).
    pub fuzzy: bool,
    /// Show near-duplicate passages once.
    pub fold: bool,
    /// Neighbouring passages to return around each hit.
    pub context: usize,
    /// Most hits per dispatch.
    pub per_dispatch: Option<usize>,
    /// Match any of the words (most of them: see
    /// [`rank::minimum_should_match`]), passages matching more first,
    /// instead of all of them.
    pub any: bool,
    /// Ranking weights (the measured defaults unless benchmarking).
    pub ranking: Ranking,
    /// The passages most like this dispatch or passage (`depeches
    /// similar`), ANDed with `query` if there is one.
    pub like: Option<Like>,
    /// The words as typed only: no retry with typos when nothing matches
    /// (claims set it when the words match passages none of which holds a
    /// claim, rather than find claims in other words).
    pub exact: bool,
}

/// One ranked passage.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// BM25 score (0 when listing without a query).
    pub score: f32,
    /// Dispatch id.
    pub dispatch_id: String,
    /// Passage number in the dispatch, from 0.
    pub passage_no: u64,
    /// Dispatch date as written (`2023-09`).
    pub date: Option<String>,
    /// Dispatch headline.
    pub title: Option<String>,
    /// The query's words in the headline, as `[start, end)` character
    /// offsets into `title`.
    pub title_highlights: Vec<(usize, usize)>,
    /// Wire service.
    pub source: Option<String>,
    /// The whole passage.
    pub text: String,
    /// What to show, with the marks.
    pub snippet: Snippet,
    /// The passage's facet paths (`/actor/separatist/CMA`, `/place/Mali/…`).
    pub facets: Vec<String>,
    /// Neighbouring passages of the same dispatch (`--context`), in order.
    pub context: Vec<Neighbour>,
    /// Near-duplicates of this passage among the matches, folded into it.
    pub similar: Option<Similar>,
    /// The claims extracted from the passage while indexing.
    pub claims: Vec<crate::claims::Claim>,
}

/// A passage next to a hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    /// Its number in the dispatch.
    pub passage_no: u64,
    /// Its text.
    pub text: String,
}

/// Near-duplicates folded into a hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Similar {
    /// How many other matching passages are near-duplicates of the hit.
    pub count: usize,
    /// Their dispatches (the first few).
    pub dispatches: Vec<String>,
}

/// A document kept for the results, with its near-duplicate cluster.
struct Picked {
    score: f32,
    address: DocAddress,
    cluster: Option<u64>,
}

/// The clusters of `picked` that hold more than one passage of the index,
/// sorted. Most passages are alone in their cluster, and asking the index
/// which matching passages share a cluster costs a read of the whole
/// `near_dup` column per hit (a range over a fast column), so one read of
/// the column for all the hits rules the lone ones out first. Deleted
/// passages are counted: they only send a cluster to the exact count.
fn shared_clusters(
    searcher: &tantivy::Searcher,
    columns: &ColumnCache,
    picked: &[Picked],
) -> Result<Vec<u64>, SearchError> {
    let mut wanted: Vec<u64> = picked.iter().filter_map(|p| p.cluster).collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return Ok(wanted);
    }
    // One bit per value of the low 6 bits: most values are ruled out by
    // one test before the binary search.
    let mask = wanted.iter().fold(0u64, |m, c| m | 1 << (c & 63));
    let mut seen = vec![0u8; wanted.len()];
    let mut chunk = [0u64; 1024];
    for ord in 0..searcher.segment_readers().len() as u32 {
        let column = columns.get(searcher, ord)?.near_dup;
        let rows = u64::from(column.values.num_vals());
        let mut start = 0;
        while start < rows {
            let len = (rows - start).min(chunk.len() as u64) as usize;
            column.values.get_range(start, &mut chunk[..len]);
            for value in &chunk[..len] {
                if mask & (1 << (value & 63)) != 0
                    && let Ok(i) = wanted.binary_search(value)
                {
                    seen[i] = seen[i].saturating_add(1);
                }
            }
            start += len as u64;
        }
    }
    Ok(wanted.into_iter().zip(seen).filter(|&(_, n)| n > 1).map(|(c, _)| c).collect())
}

/// A whole dispatch, as `depeches show` prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct DispatchView {
    /// Dispatch id.
    pub dispatch_id: String,
    /// Date as written.
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Wire service.
    pub source: Option<String>,
    /// Every passage in order, whole, with the query's words marked
    /// (`rank` is the passage number + 1; `score` is 0).
    pub passages: Vec<Hit>,
    /// What the agency format said beyond the above, as (name, value):
    /// time, language, dateline, signature, revision, and the type,
    /// subject and keyword facets.
    pub wire: Vec<(String, String)>,
}

impl DispatchView {
    /// The view of a dispatch from its passages (at least one, in order)
    /// and its wire metadata; the dispatch's fields are its first
    /// passage's. Both engines build it so.
    pub(crate) fn from_passages(passages: Vec<Hit>, wire: Vec<(String, String)>) -> DispatchView {
        let first = &passages[0];
        DispatchView {
            dispatch_id: first.dispatch_id.clone(),
            date: first.date.clone(),
            title: first.title.clone(),
            source: first.source.clone(),
            passages,
            wire,
        }
    }

    /// The dispatch's facets: the union over its passages, sorted.
    pub fn facets(&self) -> Vec<String> {
        let mut all: Vec<String> = self.passages.iter().flat_map(|p| p.facets.iter().cloned()).collect();
        all.sort();
        all.dedup();
        all
    }
}

/// A word searched with typos allowed, and what it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The word as typed.
    pub typed: String,
    /// The spellings it matched in the hits, most frequent first.
    pub found: Vec<String>,
}

impl Hit {
    /// Canonical ids of the named actors of the passage (`CMA`, `FAMa`).
    pub fn actors(&self) -> Vec<&str> {
        actors(&self.facets)
    }

    /// Names of the places of the passage (`Léré`, `Tombouctou`).
    pub fn places(&self) -> Vec<&str> {
        places(&self.facets)
    }

    /// Actor kinds the passage mentions, named or not (`jihadist`).
    pub fn kinds(&self) -> Vec<&str> {
        kinds(&self.facets)
    }
}

/// A dispatch in a dispatch-level hit list (`--group dispatch`).
#[derive(Debug, Clone, PartialEq)]
pub struct DispatchGroup {
    /// 1-based rank.
    pub rank: usize,
    /// Dispatch id.
    pub dispatch_id: String,
    /// Date as written.
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Wire service.
    pub source: Option<String>,
    /// How many of its passages match.
    pub passages: u64,
    /// Score of its best matching passage.
    pub best_score: f32,
    /// The facets of all its passages (matching or not), sorted.
    pub facets: Vec<String>,
}

/// Ranked passages tallied by dispatch (`--group dispatch`), for either
/// engine: passages come in rank order, so a dispatch's first passage is
/// its best, and the others are counted.
#[derive(Debug, Default)]
pub struct DispatchTally {
    index: HashMap<String, usize>,
    /// Id, best score, matching passages; in rank order.
    groups: Vec<(String, f32, u64)>,
}

impl DispatchTally {
    /// Counts a matching passage of dispatch `id`, scored `score`.
    pub fn add(&mut self, id: &str, score: f32) {
        match self.index.get(id) {
            Some(&i) => self.groups[i].2 += 1,
            None => {
                self.index.insert(id.to_owned(), self.groups.len());
                self.groups.push((id.to_owned(), score, 1));
            }
        }
    }

    /// How many dispatches, and the first `limit` (0: all) as groups, from
    /// each dispatch's passages as `passages_of` reads them (the facets of
    /// all of them; the date, headline and source of the first); a
    /// dispatch it no longer finds is left out.
    pub fn groups(
        self,
        limit: usize,
        mut passages_of: impl FnMut(&str) -> Result<Option<Vec<Hit>>, SearchError>,
    ) -> Result<(usize, Vec<DispatchGroup>), SearchError> {
        let n_groups = self.groups.len();
        let shown = if limit > 0 { limit } else { n_groups };
        let mut out = Vec::with_capacity(shown.min(n_groups));
        for (rank, (id, best_score, passages)) in self.groups.into_iter().take(shown).enumerate() {
            let Some(view) = passages_of(&id)? else { continue };
            let Some(first) = view.first() else { continue };
            let mut facets: Vec<String> = view.iter().flat_map(|p| p.facets.iter().cloned()).collect();
            facets.sort();
            facets.dedup();
            out.push(DispatchGroup {
                rank: rank + 1,
                dispatch_id: id,
                date: first.date.clone(),
                title: first.title.clone(),
                source: first.source.clone(),
                passages,
                best_score,
                facets,
            });
        }
        Ok((n_groups, out))
    }
}

impl DispatchGroup {
    /// Canonical ids of the named actors of the dispatch.
    pub fn actors(&self) -> Vec<&str> {
        actors(&self.facets)
    }

    /// Names of the places of the dispatch.
    pub fn places(&self) -> Vec<&str> {
        places(&self.facets)
    }

    /// Actor kinds of the dispatch.
    pub fn kinds(&self) -> Vec<&str> {
        kinds(&self.facets)
    }
}

/// Canonical ids of the named actors among `facets`.
pub fn actors(facets: &[String]) -> Vec<&str> {
    let ids = facets.iter().filter_map(|f| f.strip_prefix("/actor/")).filter_map(|r| r.split_once('/'));
    unique(ids.map(|(_, id)| id))
}

/// Place names among `facets`, without repeats (a region and its town may
/// share a name).
pub fn places(facets: &[String]) -> Vec<&str> {
    unique(facets.iter().filter_map(|f| f.strip_prefix("/place/")).filter_map(|p| p.rsplit('/').next()))
}

/// Actor kinds among `facets`, named or not.
fn kinds(facets: &[String]) -> Vec<&str> {
    unique(facets.iter().filter_map(|f| f.strip_prefix("/actor/")).map(|r| r.split('/').next().unwrap_or(r)))
}

fn unique<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The answer to a request.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// The query as given (empty when listing without a query).
    pub query: String,
    /// Number of matching passages (exact).
    pub total: usize,
    /// The best hits, best first.
    pub hits: Vec<Hit>,
    /// Words matched with typos: "Tombouctu → Tombouctou".
    pub corrections: Vec<Correction>,
    /// With no hits: words of the index and vocabularies close to the
    /// query's.
    pub suggestions: Vec<String>,
}

/// Why a search failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query must be fixed.
    #[error("{0}")]
    Query(#[from] QueryError),
    /// The index could not be read.
    #[error("search failed: {}", damage_advice(.0))]
    Tantivy(#[from] tantivy::TantivyError),
    /// A column of the index could not be read.
    #[error("search failed: {0}")]
    Io(#[from] std::io::Error),
    /// What to search names nothing in the index (`similar` of an unknown
    /// dispatch).
    #[error("{0}")]
    NotFound(String),
    /// An external engine (`--engine`) failed or cannot answer this
    /// request: the message names the node.
    #[error("{0}")]
    Engine(String),
    /// The engine has no such feature (a cluster and `similar`): the
    /// message names the feature; the request is not wrong, only here.
    #[error("{0}")]
    Unsupported(String),
}

/// A tantivy error, with what to do when it means damaged index files:
/// tantivy opens some (positions, columns) only when a query needs them,
/// so damage can surface here rather than when the index is opened.
fn damage_advice(e: &tantivy::TantivyError) -> String {
    use tantivy::TantivyError::{DataCorruption, OpenDirectoryError, OpenReadError};
    match e {
        DataCorruption(_) | OpenReadError(_) | OpenDirectoryError(_) => {
            format!("{e}: the index is damaged: run `depeches index --rebuild`")
        }
        _ => e.to_string(),
    }
}

/// Decompressed doc-store blocks a searcher keeps per segment (of
/// `[store] block_bytes`, 32 KiB: at most 16 MiB a segment, filled only
/// as blocks are read, so a one-query CLI run holds a handful). A server
/// reads the same dispatches again and again (a hit's card, its dispatch
/// page, the passages around an ambiguous name), and each block read
/// anew costs a zstd decompression whose context tantivy creates afresh:
/// profiled under `bench serve`, about a quarter of the server's CPU;
/// under `bench query` on 4× OrangeSum, a fifth of the time with
/// tantivy's default of 100 blocks, which the 40 queries' hits overflow.
pub const STORE_CACHE_BLOCKS: usize = 512;

/// Searches one index.
pub struct Searcher {
    reader: IndexReader,
    schema: IndexSchema,
    extractor: &'static Extractor,
    columns: ColumnCache,
}

/// The fast columns every ranked search reads, opened once per segment.
/// Opening a column reads its header, one line per block of 512
/// passages: done for each query, it grew with the index (7.6 % of a
/// query's time on four times OrangeSum). Segments never change once
/// written (deletions are applied by the search, not to the columns), so
/// a segment's columns stay good until it is merged away; the cache
/// forgets the segments the current searcher no longer has.
#[derive(Default)]
struct ColumnCache(std::sync::Mutex<HashMap<tantivy::index::SegmentId, SegmentColumns>>);

#[derive(Clone)]
struct SegmentColumns {
    seq: tantivy::columnar::Column<u64>,
    passage_no: tantivy::columnar::Column<u64>,
    /// Near-duplicate clusters, read to fold them.
    near_dup: tantivy::columnar::Column<u64>,
}

impl ColumnCache {
    fn get(&self, searcher: &tantivy::Searcher, ord: u32) -> Result<SegmentColumns, SearchError> {
        let segment = searcher.segment_reader(ord);
        let id = segment.segment_id();
        let mut cache = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(columns) = cache.get(&id) {
            return Ok(columns.clone());
        }
        if cache.len() >= searcher.segment_readers().len() {
            let live: HashSet<_> = searcher.segment_readers().iter().map(|s| s.segment_id()).collect();
            cache.retain(|id, _| live.contains(id));
        }
        let fast = segment.fast_fields();
        let columns = SegmentColumns {
            seq: fast.u64("seq")?,
            passage_no: fast.u64("passage_no")?,
            near_dup: fast.u64("near_dup")?,
        };
        cache.insert(id, columns.clone());
        Ok(columns)
    }

    /// The columns of one query's segments, each taken from the cache at
    /// most once: a query reads them for every candidate, and the cache
    /// is shared behind a lock.
    fn for_query<'a>(&'a self, searcher: &'a tantivy::Searcher) -> QueryColumns<'a> {
        QueryColumns { cache: self, searcher, by_ord: vec![None; searcher.segment_readers().len()] }
    }
}

/// [`ColumnCache::for_query`]: the columns by segment ordinal.
struct QueryColumns<'a> {
    cache: &'a ColumnCache,
    searcher: &'a tantivy::Searcher,
    by_ord: Vec<Option<SegmentColumns>>,
}

impl QueryColumns<'_> {
    fn at(&mut self, ord: u32) -> Result<&SegmentColumns, SearchError> {
        let slot = &mut self.by_ord[ord as usize];
        if slot.is_none() {
            *slot = Some(self.cache.get(self.searcher, ord)?);
        }
        Ok(slot.as_ref().expect("filled above"))
    }
}

impl Searcher {
    /// A searcher on the index's last commit.
    pub fn new(index: &DepechesIndex) -> Result<Searcher, SearchError> {
        Searcher::reading(index, ReloadPolicy::Manual)
    }

    /// A searcher that follows the index: it sees the commits of a
    /// `depeches index` running beside it (another process) within about
    /// a second, as tantivy polls the index's `meta.json`. For a server.
    pub fn live(index: &DepechesIndex) -> Result<Searcher, SearchError> {
        Searcher::reading(index, ReloadPolicy::OnCommitWithDelay)
    }

    /// A searcher whose reader reloads by `policy`, keeping
    /// [`STORE_CACHE_BLOCKS`] decompressed store blocks a segment.
    fn reading(index: &DepechesIndex, policy: ReloadPolicy) -> Result<Searcher, SearchError> {
        let reader = index
            .index
            .reader_builder()
            .reload_policy(policy)
            .doc_store_cache_num_blocks(STORE_CACHE_BLOCKS)
            .try_into()?;
        Ok(Searcher {
            reader,
            schema: index.schema.clone(),
            extractor: Extractor::embedded(),
            columns: ColumnCache::default(),
        })
    }

    /// The query and filters of `request` as one tantivy query, with what
    /// to highlight.
    fn compile(
        &self,
        request: &SearchRequest,
        fuzzy: bool,
    ) -> Result<(Box<dyn Query>, MatchPatterns), SearchError> {
        let fields = &self.schema.fields;
        let (text_query, patterns) = match &request.query {
            Some(q) => {
                let node = query::parse(q)?;
                let mut analyzer = FrenchTokenizer::default();
                let mut target = query::Target {
                    ranking: request.ranking,
                    any: request.any,
                    fuzzy,
                    ..query::Target::new(fields, &mut analyzer, self.extractor)
                };
                let compiled = query::compile(&node, &mut target, q)?;
                (compiled.query, compiled.patterns)
            }
            None => (Box::new(AllQuery) as Box<dyn Query>, MatchPatterns::default()),
        };
        let (text_query, patterns) = match &request.like {
            Some(like) => {
                let (like_query, mut like_patterns) =
                    like::query(&self.reader.searcher(), &self.schema, like)?;
                if request.query.is_none() {
                    (like_query, like_patterns)
                } else {
                    like_patterns.patterns.extend(patterns.patterns);
                    like_patterns.entities.extend(patterns.entities);
                    let both = BooleanQuery::new(vec![(Occur::Must, text_query), (Occur::Must, like_query)]);
                    (Box::new(both) as Box<dyn Query>, like_patterns)
                }
            }
            None => (text_query, patterns),
        };
        let query = match request.filters.to_query(&self.schema) {
            Some(filter) => {
                Box::new(BooleanQuery::new(vec![(Occur::Must, text_query), (Occur::Must, filter)]))
            }
            None => text_query,
        };
        Ok((query, patterns))
    }

    /// The query of `request`, what to mark, and how many passages match;
    /// a query that finds nothing as typed is retried with typos allowed.
    fn compile_with_retry(
        &self,
        searcher: &tantivy::Searcher,
        request: &SearchRequest,
    ) -> Result<(Box<dyn Query>, MatchPatterns, usize), SearchError> {
        let (query, patterns) = self.compile(request, request.fuzzy)?;
        let total = searcher.search(&query, &Count)?;
        if total == 0 && request.query.is_some() && !request.fuzzy && !request.exact {
            let (retry, retry_patterns) = self.compile(request, true)?;
            if !retry_patterns.fuzzy.is_empty() {
                let retry_total = searcher.search(&retry, &Count)?;
                if retry_total > 0 {
                    return Ok((retry, retry_patterns, retry_total));
                }
            }
        }
        Ok((query, patterns, total))
    }

    /// Sees the index's latest commit (searches see the index as it was
    /// when this searcher was made, or last reloaded).
    pub fn reload(&self) -> Result<(), SearchError> {
        Ok(self.reader.reload()?)
    }

    /// Which state of the index searches see now: it changes when the
    /// searcher sees a new commit, so whatever is computed from the index
    /// alone can be kept until then.
    pub fn generation(&self) -> u64 {
        self.reader.searcher().generation().generation_id()
    }

    /// The highest dispatch sequence number this searcher sees (see
    /// [`crate::index::max_seq`]).
    pub fn max_seq(&self) -> Option<u64> {
        crate::index::max_seq_in(&self.reader.searcher())
    }

    /// Runs `request`.
    ///
    /// A query that finds nothing as typed is retried with typos allowed
    /// (words of 5+ letters), and the results say what the words matched;
    /// if that finds nothing either, the results carry suggestions.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let searcher = self.reader.searcher();
        let (query, patterns, total) = self.compile_with_retry(&searcher, request)?;
        let picked = self.pick(&searcher, &query, request)?;
        let mut analyzer = ThreadAnalyzer::take();
        let mut contexts = Contexts::default();
        let mut hits = Vec::with_capacity(picked.len());
        let shared = shared_clusters(&searcher, &self.columns, &picked)?;
        for (rank, p) in picked.iter().enumerate() {
            let doc: TantivyDocument = searcher.doc(p.address)?;
            let ctx = self.context_of(&searcher, &doc, &mut contexts)?;
            let mut hit = self.hit(&doc, rank + 1, p.score, &mut analyzer, &patterns, &ctx);
            if p.cluster.is_some_and(|c| shared.binary_search(&c).is_ok()) {
                hit.similar = self.similar(&searcher, &query, p)?;
            }
            if request.context > 0 {
                hit.context = self.neighbours(&searcher, &hit, request.context)?;
            }
            hits.push(hit);
        }
        let corrections = corrections(&mut analyzer, &patterns, &hits);
        let suggestions = match (&request.query, total) {
            (Some(q), 0) => self.suggest(&searcher, q, request)?,
            _ => Vec::new(),
        };
        Ok(SearchResults {
            query: request.query.clone().unwrap_or_default(),
            total,
            hits,
            corrections,
            suggestions,
        })
    }

    /// The best `limit` documents in the requested order, at most
    /// `per_dispatch` per dispatch, and with `fold` one per near-duplicate
    /// cluster (the best-ranked one stands for the others). Candidates are
    /// read in growing windows until enough are kept or none are left.
    fn pick(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        request: &SearchRequest,
    ) -> Result<Vec<Picked>, SearchError> {
        let limit = request.limit.max(1);
        if request.per_dispatch.is_none() && !request.fold {
            let top = self.top(searcher, query, request, limit)?;
            return Ok(top
                .into_iter()
                .map(|(score, address)| Picked { score, address, cluster: None })
                .collect());
        }
        let mut window = limit.saturating_mul(4).max(64);
        loop {
            let candidates = self.top(searcher, query, request, window)?;
            let exhausted = candidates.len() < window;
            let mut per: HashMap<String, usize> = HashMap::new();
            let mut clusters: HashSet<u64> = HashSet::new();
            let mut kept = Vec::with_capacity(limit);
            let mut id = String::new();
            let mut columns = self.columns.for_query(searcher);
            for (score, address) in candidates {
                let cluster = if request.fold {
                    columns.at(address.segment_ord)?.near_dup.first(address.doc_id)
                } else {
                    None
                };
                if cluster.is_some_and(|c| clusters.contains(&c)) {
                    continue;
                }
                if let Some(per_dispatch) = request.per_dispatch {
                    dispatch_id_at(searcher, address, &mut id)?;
                    let seen = per.entry(id.clone()).or_default();
                    if *seen >= per_dispatch {
                        continue;
                    }
                    *seen += 1;
                }
                clusters.extend(cluster);
                kept.push(Picked { score, address, cluster });
                if kept.len() == limit {
                    return Ok(kept);
                }
            }
            if exhausted {
                return Ok(kept);
            }
            window = window.saturating_mul(4);
        }
    }

    /// Calls `each` with every hit of `request`, in order (no folding;
    /// `per_dispatch` holds), and returns how many matched. Only the
    /// ranking (12 bytes a hit) is held in memory; each hit is built,
    /// handed over and dropped, so an export of every hit streams.
    pub fn for_each_hit<E: From<SearchError>>(
        &self,
        request: &SearchRequest,
        mut each: impl FnMut(Hit) -> Result<(), E>,
    ) -> Result<usize, E> {
        let searcher = self.reader.searcher();
        let (query, patterns, total) = self.compile_with_retry(&searcher, request)?;
        let order = self.top(&searcher, &query, request, total.max(1))?;
        let mut analyzer = ThreadAnalyzer::take();
        let mut per: HashMap<String, usize> = HashMap::new();
        let mut contexts = Contexts::default();
        let mut rank = 0;
        for (score, address) in order {
            let doc: TantivyDocument = searcher.doc(address).map_err(SearchError::from)?;
            let ctx = self.context_of(&searcher, &doc, &mut contexts)?;
            let hit = self.hit(&doc, rank + 1, score, &mut analyzer, &patterns, &ctx);
            if let Some(cap) = request.per_dispatch {
                let seen = per.entry(hit.dispatch_id.clone()).or_default();
                if *seen >= cap {
                    continue;
                }
                *seen += 1;
            }
            rank += 1;
            each(hit)?;
        }
        Ok(total)
    }

    /// The dispatches `request` matches, best first (by their best
    /// passage, or by date with a date sort), with how many of their
    /// passages match and the facets of all their passages. `limit` 0
    /// means all.
    pub fn dispatch_groups(
        &self,
        request: &SearchRequest,
    ) -> Result<(usize, Vec<DispatchGroup>), SearchError> {
        let searcher = self.reader.searcher();
        let (query, _, total) = self.compile_with_retry(&searcher, request)?;
        let order = self.top(&searcher, &query, request, total.max(1))?;
        let mut tally = DispatchTally::default();
        let mut id = String::new();
        for (score, address) in order {
            dispatch_id_at(&searcher, address, &mut id)?;
            tally.add(&id, score);
        }
        let mut analyzer = FrenchTokenizer::default();
        tally.groups(request.limit, |id| self.dispatch_passages(&searcher, id, &mut analyzer))
    }

    /// The other matching passages of `picked`'s near-duplicate cluster:
    /// how many, and their first dispatches.
    fn similar(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        picked: &Picked,
    ) -> Result<Option<Similar>, SearchError> {
        const SHOWN: usize = 5;
        let Some(cluster) = picked.cluster else { return Ok(None) };
        // A fast column, not indexed: a one-value range reads it.
        let value = Term::from_field_u64(self.schema.fields.near_dup, cluster);
        let in_cluster = RangeQuery::new(Bound::Included(value.clone()), Bound::Included(value));
        let both = BooleanQuery::new(vec![
            (Occur::Must, query.box_clone()),
            (Occur::Must, Box::new(in_cluster) as Box<dyn Query>),
        ]);
        let (count, top) = searcher.search(&both, &(Count, TopDocs::with_limit(64).order_by_score()))?;
        if count <= 1 {
            return Ok(None);
        }
        let mut dispatches: Vec<String> = Vec::new();
        let mut id = String::new();
        for (_, address) in top.into_iter().filter(|(_, a)| *a != picked.address) {
            dispatch_id_at(searcher, address, &mut id)?;
            if !dispatches.contains(&id) && dispatches.len() < SHOWN {
                dispatches.push(id.clone());
            }
        }
        Ok(Some(Similar { count: count - 1, dispatches }))
    }

    /// The first `limit` documents in the requested order.
    fn top(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        request: &SearchRequest,
        limit: usize,
    ) -> Result<Vec<(f32, DocAddress)>, SearchError> {
        let by_date = |comparator| {
            let key = (SortByStaticFastValue::<u64>::for_field("date_first"), comparator);
            TopDocs::with_limit(limit).order_by(key)
        };
        let dated = |top: Vec<(Option<u64>, DocAddress)>| top.into_iter().map(|(_, a)| (0.0, a)).collect();
        Ok(match (request.sort, request.query.is_some() || request.like.is_some()) {
            (Sort::Relevance, true) => self.ranked(searcher, query, &request.ranking, limit)?,
            // Oldest first, and undated dispatches after the dated ones.
            (Sort::DateAscending, _) => {
                dated(searcher.search(query, &by_date(ComparatorEnum::ReverseNoneLower))?)
            }
            (Sort::DateDescending | Sort::Relevance, _) => {
                dated(searcher.search(query, &by_date(ComparatorEnum::Natural))?)
            }
        })
    }

    /// The best `limit` passages by score, the best `ranking.window`
    /// (or `limit`, if more) re-scored with their dispatch's evidence and
    /// position ([`rank::rescore`]).
    fn ranked(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        ranking: &Ranking,
        limit: usize,
    ) -> Result<Vec<(f32, DocAddress)>, SearchError> {
        if ranking.dispatch <= 0.0
            && ranking.position <= 0.0
            && ranking.coverage <= 0.0
            && ranking.evidence <= 0.0
        {
            return Ok(searcher.search(query, &TopDocs::with_limit(limit).order_by_score())?);
        }
        let window = limit.max(ranking.window);
        let top = searcher.search(query, &TopDocs::with_limit(window).order_by_score())?;
        // Dispatches by their sequence number, which every passage of a
        // dispatch carries and no other live dispatch shares: the indexing
        // threads may put one dispatch's passages in different segments,
        // where its id has another ordinal. Reading the ids themselves from
        // the dictionary cost a quarter of a whole search.
        let mut columns = self.columns.for_query(searcher);
        let mut candidates = Vec::with_capacity(top.len());
        let mut dispatch_of: HashMap<u64, u32> = HashMap::with_capacity(top.len());
        for &(score, address) in &top {
            let SegmentColumns { seq: seqs, passage_no: numbers, .. } = columns.at(address.segment_ord)?;
            // A passage without a sequence number (never written by this
            // version) is a dispatch of its own.
            let key = seqs.first(address.doc_id).unwrap_or(u64::MAX - candidates.len() as u64);
            let next = dispatch_of.len() as u32;
            let dispatch = *dispatch_of.entry(key).or_insert(next);
            let passage_no = numbers.first(address.doc_id).unwrap_or(0);
            candidates.push(rank::Candidate { score, dispatch, passage_no, terms: 0 });
        }
        let idf = if ranking.coverage > 0.0 || ranking.evidence > 0.0 {
            self.mark_terms(searcher, query, &top, &mut candidates)?
        } else {
            Vec::new()
        };
        let scores = rank::rescore(&candidates, &idf, ranking);
        let mut out: Vec<(f32, DocAddress)> =
            scores.into_iter().zip(top.into_iter().map(|(_, a)| a)).collect();
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        out.truncate(limit);
        Ok(out)
    }

    /// Sets each candidate's bits of the query's text terms it holds (the
    /// first 64 terms), read from the postings; returns the terms' IDF.
    fn mark_terms(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        top: &[(f32, DocAddress)],
        candidates: &mut [rank::Candidate],
    ) -> Result<Vec<f32>, SearchError> {
        let field = self.schema.fields.text;
        let mut terms: Vec<Term> = Vec::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field && !terms.contains(term) && terms.len() < 64 {
                terms.push(term.clone());
            }
        });
        let n = searcher.num_docs() as f32;
        let mut idf = Vec::with_capacity(terms.len());
        for term in &terms {
            let df = searcher.doc_freq(term)? as f32;
            idf.push((1.0 + (n - df + 0.5) / (df + 0.5)).ln());
        }
        // Candidates by segment, in doc order, for forward-only postings.
        let mut order: Vec<usize> = (0..top.len()).collect();
        order.sort_by_key(|&i| top[i].1);
        for (bit, term) in terms.iter().enumerate() {
            let mut segment = u32::MAX;
            let mut postings = None;
            for &i in &order {
                let address = top[i].1;
                if address.segment_ord != segment {
                    segment = address.segment_ord;
                    let inverted = searcher.segment_reader(segment).inverted_index(field)?;
                    postings = inverted.read_postings(term, IndexRecordOption::Basic)?;
                }
                if let Some(p) = postings.as_mut()
                    && p.doc() <= address.doc_id
                    && p.seek(address.doc_id) == address.doc_id
                {
                    candidates[i].terms |= 1u64 << bit;
                }
            }
        }
        Ok(idf)
    }

    /// The context of the dispatch of `doc`, as indexing computed it from
    /// all its passages (cached per dispatch for one search), so that a
    /// hit shows the facets it was tagged with.
    fn context_of(
        &self,
        searcher: &tantivy::Searcher,
        doc: &TantivyDocument,
        contexts: &mut Contexts,
    ) -> Result<std::rc::Rc<DispatchContext>, SearchError> {
        let fields = &self.schema.fields;
        // Indexing stored the context on the passages whose reading
        // depends on it; the others read the same in any context.
        let Some(stored) = text_of(doc, fields.context) else {
            return Ok(std::rc::Rc::default());
        };
        let id = text_of(doc, fields.dispatch_id).unwrap_or_default();
        if let Some(ctx) = contexts.get(&id) {
            return Ok(ctx.clone());
        }
        let date = text_of(doc, fields.date).and_then(|d| d.parse().ok());
        let ctx = match DispatchContext::from_stored(&stored, self.extractor.vocabulary(), date) {
            Some(ctx) => std::rc::Rc::new(ctx),
            None => self.read_context(searcher, &id, date)?,
        };
        // Bounded: an export streams every hit of a large corpus.
        if contexts.len() >= 4096 {
            contexts.clear();
        }
        contexts.insert(id, ctx.clone());
        Ok(ctx)
    }

    /// The context of dispatch `id` from all its passages (for a stored
    /// context this build cannot read).
    fn read_context(
        &self,
        searcher: &tantivy::Searcher,
        id: &str,
        date: Option<crate::corpus::DispatchDate>,
    ) -> Result<std::rc::Rc<DispatchContext>, SearchError> {
        let fields = &self.schema.fields;
        let by_id = TermQuery::new(Term::from_field_text(fields.dispatch_id, id), IndexRecordOption::Basic);
        let count = searcher.search(&by_id, &Count)?;
        let mut passages: Vec<(u64, String)> = Vec::with_capacity(count);
        for (_, address) in searcher.search(&by_id, &TopDocs::with_limit(count.max(1)).order_by_score())? {
            let d: TantivyDocument = searcher.doc(address)?;
            let no = d.get_first(fields.passage_no).and_then(|v| v.as_u64()).unwrap_or(0);
            passages.push((no, text_of(&d, fields.text).unwrap_or_default()));
        }
        passages.sort_by_key(|p| p.0);
        let texts: Vec<&str> = passages.iter().map(|p| p.1.as_str()).collect();
        Ok(std::rc::Rc::new(DispatchContext::new(self.extractor, &texts, date)))
    }

    /// A hit from its stored document, read in its dispatch's context.
    fn hit(
        &self,
        doc: &TantivyDocument,
        rank: usize,
        score: f32,
        analyzer: &mut FrenchTokenizer,
        patterns: &MatchPatterns,
        ctx: &DispatchContext,
    ) -> Hit {
        let fields = &self.schema.fields;
        let text = text_of(doc, fields.text).unwrap_or_default();
        // One extraction serves the hit's facets and its entity marks.
        let mut mentions = Vec::new();
        self.extractor.extract_passage(&text, ctx, &mut mentions, &mut Scratch::default());
        let marks = snippet::matches(analyzer, self.extractor, &text, &mentions, patterns);
        let title = text_of(doc, fields.title);
        let title_highlights = match &title {
            Some(t) if !patterns.patterns.is_empty() || !patterns.entities.is_empty() => {
                let mentions = self.extractor.extract(t);
                snippet::whole(t, &snippet::matches(analyzer, self.extractor, t, &mentions, patterns))
                    .highlights
            }
            _ => Vec::new(),
        };
        Hit {
            rank,
            score,
            dispatch_id: text_of(doc, fields.dispatch_id).unwrap_or_default(),
            passage_no: doc.get_first(fields.passage_no).and_then(|v| v.as_u64()).unwrap_or(0),
            date: text_of(doc, fields.date),
            title,
            title_highlights,
            source: text_of(doc, fields.source),
            snippet: snippet::snippet(&text, &marks),
            // Not stored: the extraction that tagged the passage while
            // indexing gives the same facets again, for a few hits.
            facets: self.extractor.facet_paths(&mentions),
            text,
            context: Vec::new(),
            similar: None,
            // Stored while indexing: claims need the whole dispatch.
            claims: text_of(doc, fields.claims)
                .and_then(|json| serde_json::from_str(&json).ok())
                .unwrap_or_default(),
        }
    }

    /// The passages of `hit`'s dispatch within `n` of it.
    fn neighbours(
        &self,
        searcher: &tantivy::Searcher,
        hit: &Hit,
        n: usize,
    ) -> Result<Vec<Neighbour>, SearchError> {
        let fields = &self.schema.fields;
        let (lo, hi) = (hit.passage_no.saturating_sub(n as u64), hit.passage_no + n as u64);
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(fields.dispatch_id, &hit.dispatch_id),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_u64(fields.passage_no, lo)),
                    Bound::Included(Term::from_field_u64(fields.passage_no, hi)),
                )),
            ),
        ]);
        let mut out = Vec::new();
        for (_, address) in searcher.search(&query, &TopDocs::with_limit(2 * n + 1).order_by_score())? {
            let doc: TantivyDocument = searcher.doc(address)?;
            let passage_no = doc.get_first(fields.passage_no).and_then(|v| v.as_u64()).unwrap_or(0);
            if passage_no != hit.passage_no {
                out.push(Neighbour { passage_no, text: text_of(&doc, fields.text).unwrap_or_default() });
            }
        }
        out.sort_by_key(|n| n.passage_no);
        Ok(out)
    }

    /// "Did you mean": for each word of a query that found nothing, the
    /// closest words of the index (two typos at most, as written in the
    /// passages that hold them, most frequent first) and the closest names
    /// of the vocabularies.
    fn suggest(
        &self,
        searcher: &tantivy::Searcher,
        raw: &str,
        request: &SearchRequest,
    ) -> Result<Vec<String>, SearchError> {
        let Ok(node) = query::parse(raw) else { return Ok(Vec::new()) };
        let mut words = Vec::new();
        query::words(&node, &mut words);
        let mut analyzer = FrenchTokenizer::default();
        let mut found: Vec<(String, usize)> = Vec::new();
        for word in words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3) {
            let Some(term) = analyzer.terms(word).into_iter().next() else { continue };
            let fuzzy = FuzzyTermQuery::new(Term::from_field_text(self.schema.fields.text, &term), 2, true);
            let filtered: Box<dyn Query> = match request.filters.to_query(&self.schema) {
                Some(f) => {
                    Box::new(BooleanQuery::new(vec![(Occur::Must, Box::new(fuzzy)), (Occur::Must, f)]))
                }
                None => Box::new(fuzzy),
            };
            let mut counts: HashMap<String, usize> = HashMap::new();
            for (_, address) in searcher.search(&filtered, &TopDocs::with_limit(20).order_by_score())? {
                let doc: TantivyDocument = searcher.doc(address)?;
                let text = text_of(&doc, self.schema.fields.text).unwrap_or_default();
                analyzer.for_each_token(&text, |t| {
                    if !t.stacked && snippet::within(t.term, &term, 2) {
                        *counts.entry(text[t.from..t.to].to_owned()).or_default() += 1;
                    }
                });
            }
            // Never the word the user typed, in another case (`jnim` →
            // `JNIM`); an actor's canonical name rather than an alias
            // (`jnim` → GSIM), first if the word itself names the actor.
            let folded = crate::entities::normalize(word);
            counts.retain(|s, _| crate::entities::normalize(s) != folded);
            let vocab = self.extractor.vocabulary();
            if let Some(actor) =
                vocab.resolve_actor(word).filter(|a| crate::entities::normalize(&a.id) != folded)
            {
                *counts.entry(actor.id.clone()).or_default() += 1_000;
            }
            for name in vocab.names() {
                let n = crate::entities::normalize(name);
                if n != folded && snippet::within(&n, &folded, 2) {
                    let canonical = vocab.resolve_actor(name).map_or(name, |a| a.id.as_str());
                    if crate::entities::normalize(canonical) != folded {
                        *counts.entry(canonical.to_owned()).or_default() += 1;
                    }
                }
            }
            let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            found.extend(ranked.into_iter().take(3));
        }
        let mut out: Vec<String> = Vec::new();
        for (s, _) in found {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(&s)) {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// The dispatch `id`, every passage whole, with the words of `query`
    /// (if any) marked; `None` if the index has no such dispatch.
    pub fn dispatch(&self, id: &str, query: Option<&str>) -> Result<Option<DispatchView>, SearchError> {
        let patterns = match query {
            Some(q) => {
                let request = SearchRequest { query: Some(q.to_owned()), ..SearchRequest::default() };
                self.compile(&request, false)?.1
            }
            None => MatchPatterns::default(),
        };
        let searcher = self.reader.searcher();
        let mut analyzer = FrenchTokenizer::default();
        let Some(mut passages) = self.dispatch_passages(&searcher, id, &mut analyzer)? else {
            return Ok(None);
        };
        let texts: Vec<&str> = passages.iter().map(|p| p.text.as_str()).collect();
        let date = passages[0].date.as_deref().and_then(|d| d.parse().ok());
        let ctx = DispatchContext::new(self.extractor, &texts, date);
        let mut scratch = Scratch::default();
        for p in &mut passages {
            let mut mentions = Vec::new();
            self.extractor.extract_passage(&p.text, &ctx, &mut mentions, &mut scratch);
            let marks = snippet::matches(&mut analyzer, self.extractor, &p.text, &mentions, &patterns);
            p.snippet = snippet::whole(&p.text, &marks);
        }
        let wire = self.wire_metadata(&searcher, id)?;
        Ok(Some(DispatchView::from_passages(passages, wire)))
    }

    /// Matching passages and dispatches per period (the request's `limit`
    /// and order are ignored).
    pub fn timeline(
        &self,
        request: &SearchRequest,
        by: timeline::Period,
    ) -> Result<timeline::Timeline, SearchError> {
        let (query, _) = self.compile(request, request.fuzzy)?;
        Ok(timeline::timeline(&self.reader.searcher(), &query, by)?)
    }

    /// Every passage of dispatch `id`, in order, as hits (rank = passage
    /// number + 1, score 0, no marks); `None` if there is no such dispatch.
    /// The stored wire metadata of dispatch `id` (from any of its
    /// passages: they all carry it), and its /type, /subject and /keyword
    /// facets.
    fn wire_metadata(
        &self,
        searcher: &tantivy::Searcher,
        id: &str,
    ) -> Result<Vec<(String, String)>, SearchError> {
        let f = &self.schema.fields;
        let by_id = TermQuery::new(Term::from_field_text(f.dispatch_id, id), IndexRecordOption::Basic);
        let Some((_, address)) =
            searcher.search(&by_id, &TopDocs::with_limit(1).order_by_score())?.into_iter().next()
        else {
            return Ok(Vec::new());
        };
        let doc: TantivyDocument = searcher.doc(address)?;
        let mut out = Vec::new();
        for (name, field) in
            [("time", f.time), ("language", f.language), ("dateline", f.dateline), ("signature", f.signature)]
        {
            if let Some(v) = doc.get_first(field).and_then(|v| tantivy::schema::Value::as_str(&v)) {
                out.push((name.to_owned(), v.to_owned()));
            }
        }
        if let Some(r) = doc.get_first(f.revision).and_then(|v| tantivy::schema::Value::as_u64(&v)) {
            out.push(("revision".to_owned(), r.to_string()));
        }
        // Facets are not stored: read the dispatch's from the index.
        let segment = searcher.segment_reader(address.segment_ord);
        let mut facets = Vec::new();
        if let Ok(reader) = segment.facet_reader("dispatch_facets") {
            let mut facet = tantivy::schema::Facet::root();
            for ord in reader.facet_ords(address.doc_id) {
                if reader.facet_from_ord(ord, &mut facet).is_ok() {
                    facets.push(facet.to_path_string());
                }
            }
        }
        for root in ["type", "subject", "keyword"] {
            let values: Vec<&str> = facets
                .iter()
                .filter_map(|p| p.strip_prefix('/')?.strip_prefix(root)?.strip_prefix('/'))
                .collect();
            if !values.is_empty() {
                out.push((
                    if root == "subject" {
                        "subjects"
                    } else if root == "keyword" {
                        "keywords"
                    } else {
                        root
                    }
                    .to_owned(),
                    values.join(", "),
                ));
            }
        }
        Ok(out)
    }

    fn dispatch_passages(
        &self,
        searcher: &tantivy::Searcher,
        id: &str,
        analyzer: &mut FrenchTokenizer,
    ) -> Result<Option<Vec<Hit>>, SearchError> {
        let fields = &self.schema.fields;
        let by_id = TermQuery::new(Term::from_field_text(fields.dispatch_id, id), IndexRecordOption::Basic);
        let count = searcher.search(&by_id, &Count)?;
        if count == 0 {
            return Ok(None);
        }
        let mut docs = Vec::with_capacity(count);
        for (_, address) in searcher.search(&by_id, &TopDocs::with_limit(count).order_by_score())? {
            let doc: TantivyDocument = searcher.doc(address)?;
            let no = doc.get_first(fields.passage_no).and_then(|v| v.as_u64()).unwrap_or(0);
            docs.push((no, doc));
        }
        docs.sort_by_key(|d| d.0);
        let texts: Vec<String> =
            docs.iter().map(|(_, d)| text_of(d, fields.text).unwrap_or_default()).collect();
        let date = docs.first().and_then(|(_, d)| text_of(d, fields.date)).and_then(|d| d.parse().ok());
        let ctx = DispatchContext::new(self.extractor, &texts, date);
        let mut passages = Vec::with_capacity(count);
        for (_, doc) in &docs {
            passages.push(self.hit(doc, 0, 0.0, analyzer, &MatchPatterns::default(), &ctx));
        }
        passages.sort_by_key(|p| p.passage_no);
        for p in &mut passages {
            p.rank = p.passage_no as usize + 1;
        }
        Ok(Some(passages))
    }

    /// Passages and dispatches per value of a facet, for the passages
    /// `request` matches (its `limit` is ignored).
    pub fn facet_counts(
        &self,
        request: &SearchRequest,
        root: &str,
        depth: usize,
    ) -> Result<Vec<FacetCount>, SearchError> {
        let (query, _) = self.compile(request, request.fuzzy)?;
        let field = match request.filters.scope {
            Scope::Passage => "facets",
            Scope::Dispatch => "dispatch_facets",
        };
        let root = tantivy::schema::Facet::from_text(root).unwrap_or_else(|_| tantivy::schema::Facet::root());
        let collector = facets::FacetCountCollector::new(field, "dispatch_id", root, depth);
        Ok(self.reader.searcher().search(&query, &collector)?)
    }
}

/// This thread's analyzer, lent to one search and given back when dropped:
/// its memo of the words already analyzed (lowercased, folded, stemmed)
/// stays warm from one search to the next, as a server's threads answer
/// many; past [`ThreadAnalyzer::MEMO_LIMIT`] words it starts afresh.
struct ThreadAnalyzer(Option<FrenchTokenizer>);

thread_local! {
    static ANALYZER: std::cell::RefCell<Option<FrenchTokenizer>> = const { std::cell::RefCell::new(None) };
}

impl ThreadAnalyzer {
    const MEMO_LIMIT: usize = 100_000;

    fn take() -> ThreadAnalyzer {
        ThreadAnalyzer(Some(ANALYZER.with(|a| a.borrow_mut().take()).unwrap_or_default()))
    }
}

impl std::ops::Deref for ThreadAnalyzer {
    type Target = FrenchTokenizer;
    fn deref(&self) -> &FrenchTokenizer {
        self.0.as_ref().expect("lent until dropped")
    }
}

impl std::ops::DerefMut for ThreadAnalyzer {
    fn deref_mut(&mut self) -> &mut FrenchTokenizer {
        self.0.as_mut().expect("lent until dropped")
    }
}

impl Drop for ThreadAnalyzer {
    fn drop(&mut self) {
        if let Some(analyzer) = self.0.take().filter(|a| a.memo_len() < ThreadAnalyzer::MEMO_LIMIT) {
            // A thread being torn down has no analyzer to keep.
            let _ = ANALYZER.try_with(|a| *a.borrow_mut() = Some(analyzer));
        }
    }
}

/// Writes the dispatch id of the document at `address` into `id`, from
/// the fast column: no stored document is read.
fn dispatch_id_at(
    searcher: &tantivy::Searcher,
    address: DocAddress,
    id: &mut String,
) -> Result<(), SearchError> {
    id.clear();
    if let Some(column) = searcher.segment_reader(address.segment_ord).fast_fields().str("dispatch_id")?
        && let Some(ord) = column.term_ords(address.doc_id).next()
    {
        column.ord_to_str(ord, id)?;
    }
    Ok(())
}

/// What each fuzzy word matched in the hits, as written there.
fn corrections(analyzer: &mut FrenchTokenizer, patterns: &MatchPatterns, hits: &[Hit]) -> Vec<Correction> {
    let mut out = Vec::new();
    for word in &patterns.fuzzy {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for hit in hits {
            analyzer.for_each_token(&hit.text, |t| {
                if !t.stacked && t.term != word.term && snippet::within(t.term, &word.term, word.distance) {
                    *counts.entry(hit.text[t.from..t.to].to_owned()).or_default() += 1;
                }
            });
        }
        if counts.is_empty() {
            continue;
        }
        let mut found: Vec<(String, usize)> = counts.into_iter().collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out.push(Correction {
            typed: word.typed.clone(),
            found: found.into_iter().map(|(s, _)| s).take(5).collect(),
        });
    }
    out
}

fn text_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field).and_then(|v| v.as_str()).map(str::to_owned)
}

#[cfg(test)]
mod column_cache_tests {
    use super::*;
    use crate::index::{IndexConfig, Silent, build};

    fn dispatch(id: &str, text: &str) -> String {
        serde_json::json!({"id": id, "date": "2020-08-11", "title": "Titre", "text": text}).to_string() + "\n"
    }

    fn folded(searcher: &Searcher, query: &str) -> Vec<String> {
        let request =
            SearchRequest { query: Some(query.into()), limit: 10, fold: true, ..Default::default() };
        let mut ids: Vec<String> =
            searcher.search(&request).unwrap().hits.into_iter().map(|h| h.dispatch_id).collect();
        ids.sort();
        ids
    }

    /// A searcher that outlives a commit reads the new segment's columns,
    /// not a cached segment's: the new dispatch, at the document number
    /// where the first segment holds a wire copy told twice, is no copy
    /// of it and is not folded into it.
    #[test]
    fn a_reloaded_searcher_reads_the_columns_of_new_segments() {
        let copy = "Le convoi de chameliers parti de Tombouctou est arrivé à Gao mardi soir après trois jours de route.";
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("a.jsonl");
        std::fs::write(&first, dispatch("d-1", copy) + &dispatch("d-1-bis", copy)).unwrap();
        let mut config = IndexConfig::new(dir.path().join("index"), vec![first.clone()]);
        build(&config, &mut Silent).unwrap();
        let index = DepechesIndex::open(&config.index_dir).unwrap();
        let searcher = Searcher::new(&index).unwrap();
        assert_eq!(folded(&searcher, "convoi Gao").len(), 1, "the two copies fold into one");

        let second = dir.path().join("b.jsonl");
        let other = "Un convoi de maraîchers venu de Mopti a livré ses légumes à Gao jeudi matin.";
        std::fs::write(&second, dispatch("d-2", other)).unwrap();
        config.paths = vec![first, second];
        build(&config, &mut Silent).unwrap();
        searcher.reload().unwrap();
        let hits = folded(&searcher, "convoi Gao");
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert!(hits.contains(&"d-2".to_owned()), "{hits:?}");
    }
}
