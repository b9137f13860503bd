//! Search: a query and filters → ranked passages with highlighted snippets.
//!
//! [`Searcher::search`] is the single entry point. It parses the query
//! ([`query`]), adds the filters ([`filter`]), runs it with BM25 ranking
//! and an exact hit count, then builds snippets ([`snippet`]) for the
//! returned hits only — snippet work is the costly part and never done for
//! hits nobody sees. Without a query, the matching passages come newest
//! first. [`facets`] counts passages and dispatches per facet value.

pub mod facets;
pub mod filter;
pub mod query;
pub mod snippet;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query};
use tantivy::schema::{TantivyDocument, Value};
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy};

use crate::analysis::FrenchTokenizer;
use crate::entities::Extractor;
use crate::index::DepechesIndex;
use crate::schema::IndexSchema;
pub use facets::FacetCount;
pub use filter::{DateRange, FacetFilter, Filters, Scope};
pub use query::{MatchPatterns, QueryError};
pub use snippet::Snippet;

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query, in the syntax of [`query`]; `None` lists the passages
    /// the filters keep, newest first.
    pub query: Option<String>,
    /// Filters on actors, places, kinds and dates.
    pub filters: Filters,
    /// Most hits to return.
    pub limit: usize,
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
    /// Wire service.
    pub source: Option<String>,
    /// The whole passage.
    pub text: String,
    /// What to show, with the marks.
    pub snippet: Snippet,
    /// The passage's facet paths (`/actor/separatist/CMA`, `/place/Mali/…`).
    pub facets: Vec<String>,
}

impl Hit {
    /// Canonical ids of the named actors of the passage (`CMA`, `FAMa`).
    pub fn actors(&self) -> Vec<&str> {
        self.facets
            .iter()
            .filter_map(|f| f.strip_prefix("/actor/"))
            .filter_map(|rest| rest.split_once('/').map(|(_, id)| id))
            .collect()
    }

    /// Names of the places of the passage (`Léré`, `Tombouctou`), without
    /// repeats (a region and its town may share a name).
    pub fn places(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for name in
            self.facets.iter().filter_map(|f| f.strip_prefix("/place/")).filter_map(|p| p.rsplit('/').next())
        {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }

    /// Actor kinds the passage mentions, named or not (`jihadist`).
    pub fn kinds(&self) -> Vec<&str> {
        let mut kinds: Vec<&str> = Vec::new();
        for kind in self
            .facets
            .iter()
            .filter_map(|f| f.strip_prefix("/actor/"))
            .map(|r| r.split('/').next().unwrap_or(r))
        {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        kinds
    }
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
}

/// Why a search failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query must be fixed.
    #[error("{0}")]
    Query(#[from] QueryError),
    /// The index could not be read.
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// Searches one index.
pub struct Searcher {
    reader: IndexReader,
    schema: IndexSchema,
    extractor: &'static Extractor,
}

impl Searcher {
    /// A searcher on the index's last commit.
    pub fn new(index: &DepechesIndex) -> Result<Searcher, SearchError> {
        let reader = index.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Searcher { reader, schema: index.schema.clone(), extractor: Extractor::embedded() })
    }

    /// The query and filters of `request` as one tantivy query, with what
    /// to highlight.
    fn compile(&self, request: &SearchRequest) -> Result<(Box<dyn Query>, MatchPatterns), SearchError> {
        let fields = &self.schema.fields;
        let (text_query, patterns) = match &request.query {
            Some(q) => {
                let node = query::parse(q)?;
                let mut analyzer = FrenchTokenizer::default();
                let mut target = query::Target {
                    text: fields.text,
                    facets: fields.facets,
                    analyzer: &mut analyzer,
                    extractor: self.extractor,
                };
                let compiled = query::compile(&node, &mut target, q)?;
                (compiled.query, compiled.patterns)
            }
            None => (Box::new(AllQuery) as Box<dyn Query>, MatchPatterns::default()),
        };
        let query = match request.filters.to_query(&self.schema) {
            Some(filter) => {
                Box::new(BooleanQuery::new(vec![(Occur::Must, text_query), (Occur::Must, filter)]))
            }
            None => text_query,
        };
        Ok((query, patterns))
    }

    /// Runs `request`.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let (query, patterns) = self.compile(request)?;
        let searcher = self.reader.searcher();
        let limit = request.limit.max(1);
        let (total, top): (usize, Vec<(f32, DocAddress)>) = if request.query.is_some() {
            searcher.search(&query, &(Count, TopDocs::with_limit(limit).order_by_score()))?
        } else {
            let newest = TopDocs::with_limit(limit).order_by_fast_field::<u64>("date_first", Order::Desc);
            let (total, top) = searcher.search(&query, &(Count, newest))?;
            (total, top.into_iter().map(|(_, address)| (0.0, address)).collect())
        };
        let mut analyzer = FrenchTokenizer::default();
        let fields = &self.schema.fields;
        let mut hits = Vec::with_capacity(top.len());
        for (rank, (score, address)) in top.into_iter().enumerate() {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = text_of(&doc, fields.text).unwrap_or_default();
            let marks = snippet::matches(&mut analyzer, self.extractor, &text, &patterns);
            hits.push(Hit {
                rank: rank + 1,
                score,
                dispatch_id: text_of(&doc, fields.dispatch_id).unwrap_or_default(),
                passage_no: doc.get_first(fields.passage_no).and_then(|v| v.as_u64()).unwrap_or(0),
                date: text_of(&doc, fields.date),
                title: text_of(&doc, fields.title),
                source: text_of(&doc, fields.source),
                snippet: snippet::snippet(&text, &marks),
                facets: doc
                    .get_all(fields.facets)
                    // Stored facets come back in tantivy's encoding.
                    .filter_map(|v| v.as_facet())
                    .filter_map(|encoded| {
                        tantivy::schema::Facet::from_encoded(encoded.as_bytes().to_vec()).ok()
                    })
                    .map(|f| f.to_path_string())
                    .collect(),
                text,
            });
        }
        Ok(SearchResults { query: request.query.clone().unwrap_or_default(), total, hits })
    }

    /// Passages and dispatches per value of a facet, for the passages
    /// `request` matches (its `limit` is ignored).
    pub fn facet_counts(
        &self,
        request: &SearchRequest,
        root: &str,
        depth: usize,
    ) -> Result<Vec<FacetCount>, SearchError> {
        let (query, _) = self.compile(request)?;
        let field = match request.filters.scope {
            Scope::Passage => "facets",
            Scope::Dispatch => "dispatch_facets",
        };
        let root = tantivy::schema::Facet::from_text(root).unwrap_or_else(|_| tantivy::schema::Facet::root());
        let collector = facets::FacetCountCollector::new(field, "dispatch_id", root, depth);
        Ok(self.reader.searcher().search(&query, &collector)?)
    }
}

fn text_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field).and_then(|v| v.as_str()).map(str::to_owned)
}
