//! Search: a query string → ranked passages with highlighted snippets.
//!
//! [`Searcher::search`] is the single entry point. It parses the query
//! ([`query`]), runs it with BM25 ranking and an exact hit count, then
//! builds snippets ([`snippet`]) for the displayed hits only — snippet work
//! is the costly part and never done for hits nobody sees.

pub mod query;
pub mod snippet;

use tantivy::collector::{Count, TopDocs};
use tantivy::schema::{TantivyDocument, Value};
use tantivy::{IndexReader, ReloadPolicy};

use crate::analysis::FrenchTokenizer;
use crate::index::DepechesIndex;
use crate::schema::Fields;
pub use query::QueryError;
pub use snippet::Snippet;

/// What to search for.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// The query, in the syntax of [`query`].
    pub query: String,
    /// Most hits to return.
    pub limit: usize,
}

/// One ranked passage.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// BM25 score.
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
}

/// The answer to a request.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// The query as given.
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
    fields: Fields,
}

impl Searcher {
    /// A searcher on the index's last commit.
    pub fn new(index: &DepechesIndex) -> Result<Searcher, SearchError> {
        let reader = index.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Searcher { reader, fields: index.schema.fields })
    }

    /// Runs `request`.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let mut analyzer = FrenchTokenizer::default();
        let node = query::parse(&request.query)?;
        let compiled = query::compile(&node, self.fields.text, &mut analyzer, &request.query)?;
        let searcher = self.reader.searcher();
        let top = TopDocs::with_limit(request.limit.max(1)).order_by_score();
        let (total, top) = searcher.search(&compiled.query, &(Count, top))?;
        let mut hits = Vec::with_capacity(top.len().min(request.limit));
        for (rank, (score, address)) in top.into_iter().take(request.limit).enumerate() {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = self.text(&doc, self.fields.text).unwrap_or_default();
            let marks = snippet::matches(&mut analyzer, &text, &compiled.patterns);
            hits.push(Hit {
                rank: rank + 1,
                score,
                dispatch_id: self.text(&doc, self.fields.dispatch_id).unwrap_or_default(),
                passage_no: doc.get_first(self.fields.passage_no).and_then(|v| v.as_u64()).unwrap_or(0),
                date: self.text(&doc, self.fields.date),
                title: self.text(&doc, self.fields.title),
                source: self.text(&doc, self.fields.source),
                snippet: snippet::snippet(&text, &marks),
                text,
            });
        }
        Ok(SearchResults { query: request.query.clone(), total, hits })
    }

    fn text(&self, doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
        doc.get_first(field).and_then(|v| v.as_str()).map(str::to_owned)
    }
}
