//! The cluster engine: a Manticore / Sphinx distributed table, in SphinxQL
//! (the MySQL protocol), answering the same requests as the local index.
//!
//! What stays depeches': the query is parsed and analyzed here, with the
//! same parser, analyzer and entity vocabulary as locally, and sent as the
//! engine tokens of its terms ([`super::document::engine_token`]): a word
//! matches its term in the passage terms (or a stacked term), in the
//! headline of passage 0, or the tag of the entity it names, as locally.
//! Filters are attribute conditions on the facet keys (every ancestor of a
//! passage's facets is stored, so `--place Tombouctou` keeps Léré), the
//! dates and the language. Hits come back with their text, from which
//! depeches builds snippets and highlights with its own offsets.
//!
//! What differs (docs/scale-out.md): the engine ranks (BM25 with field
//! lengths, per node: the IDF of a node's part), so the order of hits with
//! close scores can differ from the local one; the typo retry and
//! suggestions of a query with no hits, `--fuzzy` and `--any`, are local
//! only.
//! A node that does not answer fails the request with its name (exit 2):
//! never partial results passed off as whole.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

use mysql::prelude::Queryable;
use mysql::{Conn, OptsBuilder, Row, Value};

use super::document::{self, ALL_TAG};
use super::{ClusterUrl, Engine};
use crate::analysis::FrenchTokenizer;
use crate::entities::{DispatchContext, Extractor, Scratch};
use crate::schema::IndexSchema;
use crate::search::query::{self, Node, QueryError};
use crate::search::timeline::{self, Period, Timeline};
use crate::search::{
    DispatchGroup, DispatchTally, DispatchView, FacetCount, Filters, Hit, MatchPatterns, Ranking, Scope,
    SearchError, SearchRequest, SearchResults, Similar, Snippet, Sort, filter, rank, snippet,
};

/// Rows read per round trip when every hit is wanted.
const PAGE: usize = 1000;
/// Most facet values counted.
const MAX_GROUPS: usize = 100_000;

/// A connection to one node of a cluster.
pub struct Cluster {
    /// Passages, average passage and headline lengths in terms, for the
    /// ranking (read once).
    stats: std::cell::Cell<Option<Stats>>,
    /// Passages holding each keyword, from the last query's meta.
    keyword_docs: RefCell<HashMap<String, u64>>,
    url: ClusterUrl,
    node: String,
    conn: RefCell<Conn>,
    schema: IndexSchema,
    extractor: &'static Extractor,
}

/// Connects to the SphinxQL port `node` (`host:port`).
pub fn connect_node(node: &str, timeout: Duration) -> Result<Conn, String> {
    let (host, port) = node.rsplit_once(':').ok_or_else(|| format!("{node}: expected host:port"))?;
    let port: u16 = port.parse().map_err(|_| format!("{node}: bad port"))?;
    let opts = OptsBuilder::new()
        .ip_or_hostname(Some(host))
        .tcp_port(port)
        .prefer_socket(false)
        // Sphinx answers no @@variables: give what the client would ask.
        .max_allowed_packet(Some(32 * 1024 * 1024))
        .stmt_cache_size(Some(0))
        .tcp_connect_timeout(Some(timeout))
        .read_timeout(Some(Duration::from_secs(120)))
        .write_timeout(Some(Duration::from_secs(120)));
    Conn::new(opts).map_err(|e| format!("node {node} does not answer: {e}"))
}

/// `s` as a SphinxQL string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\0' => {}
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Column `i` of `row` as text.
pub fn text_at(row: &Row, i: usize) -> String {
    match row.as_ref(i) {
        Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(Value::Int(n)) => n.to_string(),
        Some(Value::UInt(n)) => n.to_string(),
        Some(Value::Float(f)) => f.to_string(),
        Some(Value::Double(f)) => f.to_string(),
        _ => String::new(),
    }
}

/// Column `i` of `row` as a number (0 when empty).
pub fn u64_at(row: &Row, i: usize) -> u64 {
    text_at(row, i).parse().unwrap_or(0)
}

fn engine_error(node: &str, e: impl std::fmt::Display) -> SearchError {
    SearchError::Engine(format!("cluster node {node}: {e}"))
}

/// The columns a hit is built from, in this order.
const HIT_COLUMNS: &str =
    "id, WEIGHT() AS w, dispatch_id, passage_no, date, title, source, text, claims, facets, near_dup";

/// A query's SphinxQL parts.
struct Compiled {
    /// `MATCH(…)` argument, if there is a query.
    matching: Option<String>,
    /// Extra select expressions (`keep`).
    select: String,
    /// Conditions, ANDed.
    conditions: Vec<String>,
    patterns: MatchPatterns,
}

impl Compiled {
    fn where_clause(&self, extra: &[String]) -> String {
        let mut all: Vec<String> = Vec::new();
        if let Some(m) = &self.matching {
            all.push(format!("MATCH({})", quote(m)));
        }
        all.extend(self.conditions.iter().cloned());
        all.extend(extra.iter().cloned());
        if all.is_empty() { String::new() } else { format!(" WHERE {}", all.join(" AND ")) }
    }
}

impl Cluster {
    /// Connects to the first node of `url` that answers.
    pub fn connect(url: &ClusterUrl) -> Result<Cluster, SearchError> {
        let mut failures = Vec::new();
        for node in &url.nodes {
            match connect_node(node, Duration::from_secs(3)) {
                Ok(conn) => {
                    let schema = IndexSchema::embedded().map_err(|e| SearchError::Engine(e.to_string()))?;
                    return Ok(Cluster {
                        stats: std::cell::Cell::new(None),
                        keyword_docs: RefCell::default(),
                        url: url.clone(),
                        node: node.clone(),
                        conn: RefCell::new(conn),
                        schema,
                        extractor: Extractor::embedded(),
                    });
                }
                Err(e) => failures.push(e),
            }
        }
        Err(SearchError::Engine(format!("cannot reach the cluster: {}", failures.join("; "))))
    }

    /// Runs a SELECT; its rows and the total found. A warning (an agent
    /// that did not answer) fails it: its results would be partial.
    fn select(&self, sql: &str) -> Result<(Vec<Row>, usize), SearchError> {
        let mut conn = self.conn.borrow_mut();
        let rows: Vec<Row> = conn.query(sql).map_err(|e| engine_error(&self.node, e))?;
        let meta: Vec<Row> = conn.query("SHOW META").map_err(|e| engine_error(&self.node, e))?;
        let mut total = rows.len();
        let mut keywords: HashMap<String, String> = HashMap::new();
        let mut docs = self.keyword_docs.borrow_mut();
        docs.clear();
        for row in &meta {
            let name = text_at(row, 0);
            if let Some(i) = name.strip_prefix("keyword[") {
                keywords.insert(i.to_owned(), text_at(row, 1));
            } else if let Some(i) = name.strip_prefix("docs[")
                && let Some(k) = keywords.get(i)
            {
                *docs.entry(k.clone()).or_default() += u64_at(row, 1);
            }
            match name.as_str() {
                "total_found" => total = u64_at(row, 1) as usize,
                "warning" => {
                    let warning = text_at(row, 1);
                    if !warning.is_empty() {
                        return Err(SearchError::Engine(format!(
                            "the cluster answered without one of its nodes (results would be partial): \
                             {warning} (asked node {}; table {})",
                            self.node, self.url.table
                        )));
                    }
                }
                _ => {}
            }
        }
        Ok((rows, total))
    }

    /// Passages and average lengths over the cluster.
    fn stats(&self) -> Result<Stats, SearchError> {
        if let Some(s) = self.stats.get() {
            return Ok(s);
        }
        let t = &self.url.table;
        let (rows, _) =
            self.select(&format!("SELECT COUNT(*) AS n, AVG(terms_len) AS a FROM {t} WHERE row_kind = 0"))?;
        let number = |i| rows.first().map_or(0.0, |r| text_at(r, i).parse::<f64>().unwrap_or(0.0));
        let (passages, terms) = (number(0), number(1));
        let (rows, _) = self.select(&format!(
            "SELECT AVG(headline_len) AS a FROM {t} WHERE row_kind = 0 AND headline_len > 0"
        ))?;
        let headline = rows.first().map_or(0.0, |r| text_at(r, 0).parse::<f64>().unwrap_or(0.0));
        // Sphinx's IDF is ln(N/n) / (2 ln(N + 1)) with N the node's own
        // passages: this node's part stands for every part (routing by
        // hash keeps them even).
        let part = self
            .select(&format!("SELECT COUNT(*) AS n FROM {t}_rt WHERE row_kind = 0"))
            .ok()
            .and_then(|(rows, _)| rows.first().map(|r| u64_at(r, 0) as f64))
            .filter(|n| *n > 0.0)
            .unwrap_or(passages);
        let s = Stats {
            passages,
            idf_scale: 2.0 * (part + 1.0).ln(),
            terms: terms.max(1.0),
            headline: headline.max(1.0),
        };
        self.stats.set(Some(s));
        Ok(s)
    }

    /// The request's query, filters and highlight patterns.
    fn compile(&self, request: &SearchRequest) -> Result<Compiled, SearchError> {
        if request.like.is_some() {
            return Err(SearchError::Unsupported(
                "passages like a dispatch (`similar`, `like=`) run on the local index only".into(),
            ));
        }
        if request.any {
            return Err(SearchError::Unsupported("--any runs on the local index only".into()));
        }
        if request.fuzzy {
            // Sphinx has no edit-distance search: ignoring the flag would
            // pass words as typed off as a search with typos.
            return Err(SearchError::Unsupported(
                "--fuzzy (words with typos) runs on the local index only".into(),
            ));
        }
        let mut compiled = Compiled {
            matching: None,
            select: String::new(),
            conditions: vec!["row_kind = 0".into()],
            patterns: MatchPatterns::default(),
        };
        if let Some(q) = &request.query {
            let node = query::parse(q)?;
            // The local compiler, for the same errors and the same marks.
            let mut analyzer = FrenchTokenizer::default();
            let mut target = query::Target {
                ranking: request.ranking,
                ..query::Target::new(&self.schema.fields, &mut analyzer, self.extractor)
            };
            compiled.patterns = query::compile(&node, &mut target, q)?.patterns;
            let mut translator =
                Translator { analyzer: FrenchTokenizer::default(), extractor: self.extractor };
            let matching = translator.node(&node).map_err(|(message, position)| QueryError {
                message,
                query: q.clone(),
                position,
            })?;
            compiled.matching =
                matching.map(|m| if all_excluded(&node) { format!("@tags {ALL_TAG} {m}") } else { m });
        }
        let (select, conditions) = filters_sql(&request.filters);
        compiled.select = select;
        compiled.conditions.extend(conditions);
        Ok(compiled)
    }

    fn order(&self, request: &SearchRequest) -> &'static str {
        match (request.sort, request.query.is_some()) {
            (Sort::Relevance, true) => "ORDER BY w DESC, date_first DESC, id ASC",
            (Sort::DateAscending, _) => "ORDER BY undated ASC, date_first ASC, id ASC",
            _ => "ORDER BY date_first DESC, id ASC",
        }
    }

    /// Rows `offset..offset + limit` of the request in its order, with
    /// their scores; the total found.
    fn page(
        &self,
        compiled: &Compiled,
        request: &SearchRequest,
        offset: usize,
        limit: usize,
    ) -> Result<(Vec<(Row, f32)>, usize), SearchError> {
        // As locally, the best `ranking.window` candidates are re-scored
        // with their dispatch's coverage of the query.
        let ranking = &request.ranking;
        let rerank = offset == 0
            && request.sort == Sort::Relevance
            && request.query.is_some()
            && (ranking.coverage > 0.0 || ranking.dispatch > 0.0);
        let fetch = if rerank { limit.max(ranking.window) } else { limit };
        let sql = format!(
            "SELECT {HIT_COLUMNS}, IF(date_first = 0, 1, 0) AS undated{} FROM {}{} {} LIMIT {offset}, {fetch} \
             OPTION max_matches = {}, ranker = expr('{}'), idf = 'plain,tfidf_unnormalized', \
             field_weights = (terms = 100, stacked = 100, headline = {}, tags = 10)",
            compiled.select,
            self.url.table,
            compiled.where_clause(&[]),
            self.order(request),
            (offset + fetch).max(1),
            ranker(&self.stats()?, ranking),
            headline_weight(ranking),
        );
        let (rows, total) = self.select(&sql)?;
        let mut scored: Vec<(Row, f32)> = rows
            .into_iter()
            .map(|r| {
                let score = u64_at(&r, 1) as f32 / SCORE_SCALE;
                (r, score)
            })
            .collect();
        if rerank {
            self.rerank(&mut scored, &compiled.patterns, ranking)?;
            scored.truncate(limit);
        }
        Ok((scored, total))
    }

    /// Adds the dispatch coverage (and evidence) of [`rank::rescore`] to
    /// the candidates' scores and sorts them again. The IDF of each term
    /// comes from the engine's keyword statistics of the query, summed over
    /// the nodes.
    fn rerank(
        &self,
        rows: &mut Vec<(Row, f32)>,
        patterns: &MatchPatterns,
        ranking: &Ranking,
    ) -> Result<(), SearchError> {
        let mut terms: Vec<String> = Vec::new();
        for pattern in &patterns.patterns {
            for (_, t) in pattern {
                if !terms.contains(t) && terms.len() < 64 {
                    terms.push(t.clone());
                }
            }
        }
        if terms.is_empty() {
            return Ok(());
        }
        let n = self.stats()?.passages as f32;
        let idf: Vec<f32> = {
            let docs = self.keyword_docs.borrow();
            terms
                .iter()
                .map(|t| {
                    let df = docs.get(&document::engine_token(t)).copied().unwrap_or(0) as f32;
                    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
                })
                .collect()
        };
        let mut analyzer = FrenchTokenizer::default();
        let mut dispatches: HashMap<String, u32> = HashMap::new();
        let candidates: Vec<rank::Candidate> = rows
            .iter()
            .map(|(row, score)| {
                let mut bits = 0u64;
                analyzer.for_each_token(&text_at(row, 7), |t| {
                    if let Some(i) = terms.iter().position(|x| x == t.term) {
                        bits |= 1 << i;
                    }
                });
                let next = dispatches.len() as u32;
                let dispatch = *dispatches.entry(text_at(row, 2)).or_insert(next);
                rank::Candidate { score: *score, dispatch, passage_no: u64_at(row, 3), terms: bits }
            })
            .collect();
        // The position prior is in the engine's score already.
        let scores = rank::rescore(&candidates, &idf, &Ranking { position: 0.0, ..*ranking });
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        let mut taken: Vec<Option<(Row, f32)>> = std::mem::take(rows).into_iter().map(Some).collect();
        for i in order {
            let (row, _) = taken[i].take().expect("each once");
            rows.push((row, scores[i]));
        }
        Ok(())
    }

    fn hit(
        &self,
        (row, score): &(Row, f32),
        rank: usize,
        patterns: &MatchPatterns,
        analyzer: &mut FrenchTokenizer,
    ) -> Hit {
        let text = text_at(row, 7);
        let mentions = self.extractor.extract(&text);
        let marks = snippet::matches(analyzer, self.extractor, &text, &mentions, patterns);
        let title = Some(text_at(row, 5)).filter(|t| !t.is_empty());
        let title_highlights = match &title {
            Some(t) if !patterns.patterns.is_empty() || !patterns.entities.is_empty() => {
                let mentions = self.extractor.extract(t);
                snippet::whole(t, &snippet::matches(analyzer, self.extractor, t, &mentions, patterns))
                    .highlights
            }
            _ => Vec::new(),
        };
        let claims = text_at(row, 8);
        Hit {
            rank,
            score: *score,
            dispatch_id: text_at(row, 2),
            passage_no: u64_at(row, 3),
            date: Some(text_at(row, 4)).filter(|d| !d.is_empty()),
            title,
            title_highlights,
            source: Some(text_at(row, 6)).filter(|s| !s.is_empty()),
            snippet: if text.is_empty() { Snippet::default() } else { snippet::snippet(&text, &marks) },
            facets: text_at(row, 9).lines().filter(|f| !f.starts_with("/claim")).map(str::to_owned).collect(),
            text,
            context: Vec::new(),
            similar: None,
            claims: serde_json::from_str(&claims).unwrap_or_default(),
        }
    }

    fn similar(&self, compiled: &Compiled, row: &Row) -> Result<Option<Similar>, SearchError> {
        let cluster = u64_at(row, 10);
        if cluster == 0 {
            return Ok(None);
        }
        let sql = format!(
            "SELECT id, dispatch_id{} FROM {}{} LIMIT 64 OPTION max_matches = 64",
            compiled.select,
            self.url.table,
            compiled.where_clause(&[format!("near_dup = {cluster}")])
        );
        let (rows, count) = self.select(&sql)?;
        if count <= 1 {
            return Ok(None);
        }
        let me = u64_at(row, 0);
        let mut dispatches: Vec<String> = Vec::new();
        for r in rows.iter().filter(|r| u64_at(r, 0) != me) {
            let id = text_at(r, 1);
            if !dispatches.contains(&id) && dispatches.len() < 5 {
                dispatches.push(id);
            }
        }
        Ok(Some(Similar { count: count - 1, dispatches }))
    }

    fn neighbours(&self, hit: &Hit, n: usize) -> Result<Vec<crate::search::Neighbour>, SearchError> {
        let (lo, hi) = (hit.passage_no.saturating_sub(n as u64), hit.passage_no + n as u64);
        let sql = format!(
            "SELECT passage_no, text FROM {} WHERE row_kind = 0 AND dispatch_key = {} AND passage_no BETWEEN {lo} AND {hi} \
             ORDER BY passage_no ASC LIMIT {}",
            self.url.table,
            document::dispatch_key(&hit.dispatch_id),
            2 * n + 1
        );
        let (rows, _) = self.select(&sql)?;
        Ok(rows
            .iter()
            .filter(|r| u64_at(r, 0) != hit.passage_no)
            .map(|r| crate::search::Neighbour { passage_no: u64_at(r, 0), text: text_at(r, 1) })
            .collect())
    }
}

/// Passages and average field lengths of a cluster.
#[derive(Debug, Clone, Copy)]
struct Stats {
    passages: f64,
    /// From Sphinx's IDF to ln(N/n).
    idf_scale: f64,
    terms: f64,
    headline: f64,
}

/// The engine's weight for a score of 1 (weights are integers): a text
/// field's weight (100) times the 100 of [`ranker`].
const SCORE_SCALE: f32 = 10_000.0;

/// Score of a passage found by the tag of the entity a query word names,
/// as locally (`search::query`).
const ENTITY_SCORE: f64 = 0.5;

/// The headline's field weight: the local ranking's weight × 100, kept
/// apart from the other fields' weights (100 and 10), by which the ranker
/// tells the fields apart.
fn headline_weight(ranking: &crate::search::Ranking) -> i64 {
    ((ranking.headline * 100.0).round() as i64).clamp(1, 9)
}

/// The engine's ranking, as close to the local one as Sphinx 2.2's
/// expression ranker can say it: per field, the IDF of the matched terms
/// times BM25's saturated term frequency with the field's length against
/// its average (k1 = 1.2, b = 0.75, as tantivy), fields weighted (the
/// headline at the local ranking's weight, an entity tag below a text
/// match); a bonus for words in sequence (proximity); the position prior
/// of early passages. The dispatch coverage is added on the best
/// candidates by [`Cluster::rerank`]. (Sphinx 2.2's own `bm25a` is flat
/// on real-time tables: they keep no field lengths.)
fn ranker(stats: &Stats, ranking: &crate::search::Ranking) -> String {
    let tf = "(hit_count/word_count)";
    let length = format!(
        "IF(user_weight=100,terms_len/{:.3},IF(user_weight=10,1,headline_len/{:.3}))",
        stats.terms, stats.headline
    );
    format!(
        "sum(user_weight*100*IF(user_weight=10,{entity},\
         sum_idf*{scale:.4}*{tf}*2.2/({tf}+1.2*(0.25+0.75*{length}))+{prox}*(lcs-1)))\
         *(1+{position}/(passage_no+1))",
        entity = ENTITY_SCORE * 10.0,
        scale = stats.idf_scale,
        prox = ranking.proximity,
        position = ranking.position,
    )
}

/// True when every top-level element of `node` is excluded.
fn all_excluded(node: &Node) -> bool {
    match node {
        Node::Not(_) => true,
        Node::And(children) => children.iter().all(|c| matches!(c, Node::Not(_))),
        _ => false,
    }
}

/// The filters as select expressions and WHERE conditions.
fn filters_sql(filters: &Filters) -> (String, Vec<String>) {
    let mut select = String::new();
    let mut conditions = Vec::new();
    let column = match filters.scope {
        Scope::Passage => "facet_keys",
        Scope::Dispatch => "dispatch_facet_keys",
    };
    for f in &filters.facets {
        let keys: Vec<String> = f.any_of.iter().map(|p| document::facet_key(p).to_string()).collect();
        conditions.push(format!("{column} IN ({})", keys.join(", ")));
    }
    let mut keep: Vec<String> = Vec::new();
    if let Some(range) = &filters.dates {
        let mut within = vec!["date_first > 0".to_owned()];
        if let Some(from) = range.from {
            within.push(format!("date_last >= {from}"));
        }
        if let Some(to) = range.to {
            within.push(format!("date_first <= {to}"));
        }
        let within = within.join(" AND ");
        keep.push(if filters.undated {
            format!("(date_first = 0 OR ({within}))")
        } else {
            format!("({within})")
        });
    }
    if !filters.languages.is_empty() {
        let mut keys: Vec<String> =
            filters.languages.iter().map(|l| document::language_key(Some(l)).to_string()).collect();
        if filters.languages.iter().any(|l| l == "fr") {
            keys.push("0".into());
        }
        keep.push(format!("IN(language_key, {})", keys.join(", ")));
    }
    if let Some(after) = filters.after_seq {
        conditions.push(format!("seq > {after}"));
    }
    if !keep.is_empty() {
        select = format!(", IF({}, 1, 0) AS keep", keep.join(" AND "));
        conditions.push("keep = 1".into());
    }
    (select, conditions)
}

/// Query nodes → Sphinx extended query syntax.
struct Translator {
    analyzer: FrenchTokenizer,
    extractor: &'static Extractor,
}

type Translated = Result<Option<String>, (String, usize)>;

impl Translator {
    fn node(&mut self, node: &Node) -> Translated {
        match node {
            Node::Field { name, value, position } => {
                if name == "title" {
                    let is_word = !value.trim().contains(char::is_whitespace);
                    return Ok(self.text(value, is_word, false));
                }
                let vocab = self.extractor.vocabulary();
                let paths = match name.as_str() {
                    "actor" => filter::actor_facet(vocab, value).map(|p| vec![p]),
                    "place" => filter::place_facets(vocab, value),
                    "kind" => filter::kind_facet(value).map(|p| vec![p]),
                    // The cluster does not hold the dateline's terms.
                    "dateline" => return Err(("`dateline:` runs on the local index only".into(), *position)),
                    _ => return Ok(Some(format!("(@tags {})", document::source_tag(value)))),
                }
                .map_err(|message| (message, *position))?;
                let tags: Vec<String> = paths.iter().map(|p| document::facet_tag(p)).collect();
                Ok(Some(format!("(@tags {})", tags.join(" | "))))
            }
            Node::Word(text) | Node::Phrase(text) => {
                let text_part = self.text(text, matches!(node, Node::Word(_)), true);
                let Some(entity) = query::named_entity(text, self.extractor) else { return Ok(text_part) };
                let tag = format!("(@tags {})", document::facet_tag(&entity));
                Ok(Some(match text_part {
                    Some(t) => format!("({t} | {tag})"),
                    None => tag,
                }))
            }
            Node::Or(children) => {
                let parts: Vec<String> = children
                    .iter()
                    .map(|c| self.node(c))
                    .collect::<Result<Vec<_>, _>>()?
                    .into_iter()
                    .flatten()
                    .collect();
                Ok((!parts.is_empty()).then(|| format!("({})", parts.join(" | "))))
            }
            Node::Not(inner) => Ok(self.node(inner)?.map(|q| format!("-{q}"))),
            Node::And(children) => {
                let mut parts: Vec<String> = Vec::new();
                for c in children {
                    parts.extend(self.node(c)?);
                }
                if parts.is_empty() {
                    return Ok(None);
                }
                // Exclusions need something to exclude from.
                if parts.iter().all(|p| p.starts_with('-')) {
                    parts.insert(0, format!("(@tags {ALL_TAG})"));
                }
                Ok(Some(format!("({})", parts.join(" "))))
            }
        }
    }

    /// A word or phrase in the passage terms (and the headline), or the
    /// headline only.
    fn text(&mut self, text: &str, is_word: bool, passage: bool) -> Option<String> {
        let (terms, name_term) = query::query_terms(&mut self.analyzer, text, is_word);
        let first = terms.first()?.0;
        let fields = |body: &str, single: bool| {
            let passage_fields = if single { "@(terms,stacked)" } else { "@terms" };
            if passage {
                format!("(({passage_fields} {body}) | (@headline {body}))")
            } else {
                format!("(@headline {body})")
            }
        };
        if terms.len() > 1 {
            let mut phrase = String::from("\"");
            let mut at = first;
            for (i, (position, term)) in terms.iter().enumerate() {
                if i > 0 {
                    for _ in at + 1..*position {
                        phrase.push_str(document::GAP_TOKEN);
                        phrase.push(' ');
                    }
                }
                phrase.push_str(&document::engine_token(term));
                phrase.push(' ');
                at = *position;
            }
            let phrase = format!("{}\"", phrase.trim_end());
            return Some(fields(&phrase, false));
        }
        let term = document::engine_token(&terms[0].1);
        let body = match name_term {
            Some(name) => format!("({term} | {})", document::engine_token(&name)),
            None => term,
        };
        Some(fields(&body, true))
    }
}

impl Engine for Cluster {
    fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let compiled = self.compile(request)?;
        let limit = request.limit.max(1);
        let mut analyzer = FrenchTokenizer::default();
        let mut hits = Vec::with_capacity(limit);
        let mut total;
        if request.per_dispatch.is_none() && !request.fold {
            let (rows, found) = self.page(&compiled, request, 0, limit)?;
            total = found;
            for (i, row) in rows.iter().enumerate() {
                hits.push(self.hit(row, i + 1, &compiled.patterns, &mut analyzer));
            }
        } else {
            // As locally: candidates in growing windows, one per
            // near-duplicate cluster, at most `per_dispatch` per dispatch.
            let mut window = limit.saturating_mul(4).max(64);
            loop {
                let (rows, found) = self.page(&compiled, request, 0, window)?;
                total = found;
                let exhausted = rows.len() < window;
                let mut per: HashMap<String, usize> = HashMap::new();
                let mut clusters: HashSet<u64> = HashSet::new();
                let mut kept: Vec<&(Row, f32)> = Vec::new();
                for scored in &rows {
                    let row = &scored.0;
                    let cluster = if request.fold { Some(u64_at(row, 10)).filter(|c| *c > 0) } else { None };
                    if cluster.is_some_and(|c| clusters.contains(&c)) {
                        continue;
                    }
                    if let Some(max) = request.per_dispatch {
                        let seen = per.entry(text_at(row, 2)).or_default();
                        if *seen >= max {
                            continue;
                        }
                        *seen += 1;
                    }
                    clusters.extend(cluster);
                    kept.push(scored);
                    if kept.len() == limit {
                        break;
                    }
                }
                if kept.len() == limit || exhausted {
                    for (i, scored) in kept.into_iter().enumerate() {
                        let mut hit = self.hit(scored, i + 1, &compiled.patterns, &mut analyzer);
                        if request.fold {
                            hit.similar = self.similar(&compiled, &scored.0)?;
                        }
                        hits.push(hit);
                    }
                    break;
                }
                window = window.saturating_mul(4);
            }
        }
        if request.context > 0 {
            for hit in &mut hits {
                hit.context = self.neighbours(hit, request.context)?;
            }
        }
        Ok(SearchResults {
            query: request.query.clone().unwrap_or_default(),
            total,
            hits,
            corrections: Vec::new(),
            suggestions: Vec::new(),
        })
    }

    fn for_each_hit(
        &self,
        request: &SearchRequest,
        each: &mut dyn FnMut(Hit) -> anyhow::Result<()>,
    ) -> anyhow::Result<usize> {
        let compiled = self.compile(request)?;
        let mut analyzer = FrenchTokenizer::default();
        let mut per: HashMap<String, usize> = HashMap::new();
        let mut offset = 0;
        let mut rank = 0;
        loop {
            let (rows, total) = self.page(&compiled, request, offset, PAGE)?;
            for row in &rows {
                if let Some(max) = request.per_dispatch {
                    let seen = per.entry(text_at(&row.0, 2)).or_default();
                    if *seen >= max {
                        continue;
                    }
                    *seen += 1;
                }
                rank += 1;
                let mut hit = self.hit(row, rank, &compiled.patterns, &mut analyzer);
                if request.context > 0 {
                    hit.context = self.neighbours(&hit, request.context)?;
                }
                each(hit)?;
            }
            offset += rows.len();
            if rows.len() < PAGE || offset >= total {
                return Ok(total);
            }
        }
    }

    fn facet_counts(
        &self,
        request: &SearchRequest,
        root: &str,
        depth: usize,
    ) -> Result<Vec<FacetCount>, SearchError> {
        let compiled = self.compile(request)?;
        let column = match request.filters.scope {
            Scope::Passage => "facet_keys",
            Scope::Dispatch => "dispatch_facet_keys",
        };
        let sql = format!(
            "SELECT GROUPBY() AS k, COUNT(*) AS n, COUNT(DISTINCT dispatch_key) AS d{} FROM {}{} \
             GROUP BY {column} LIMIT {MAX_GROUPS} OPTION max_matches = {MAX_GROUPS}",
            compiled.select,
            self.url.table,
            compiled.where_clause(&[])
        );
        let (rows, _) = self.select(&sql)?;
        let counts: HashMap<u64, (u64, u64)> =
            rows.iter().map(|r| (u64_at(r, 0), (u64_at(r, 1), u64_at(r, 2)))).collect();
        // Bucket names: the facet dictionary of the cluster.
        let root = root.trim_end_matches('/');
        let levels = root.split('/').filter(|s| !s.is_empty()).count() + depth.max(1);
        let names = self.facet_names(root, levels)?;
        let mut out: Vec<FacetCount> = names
            .into_iter()
            .filter_map(|path| {
                let (passages, dispatches) = *counts.get(&document::facet_key(&path))?;
                Some(FacetCount { path, passages, dispatches })
            })
            .collect();
        // As locally: most passages, then most dispatches, then by path.
        out.sort_by(|a, b| {
            (b.passages, b.dispatches).cmp(&(a.passages, a.dispatches)).then_with(|| a.path.cmp(&b.path))
        });
        Ok(out)
    }

    /// As locally: the matching passages in rank order, one group per
    /// dispatch where its first (best) passage ranks, counting its
    /// matching passages; the facets are those of all its passages.
    fn dispatch_groups(&self, request: &SearchRequest) -> Result<(usize, Vec<DispatchGroup>), SearchError> {
        let compiled = self.compile(request)?;
        let mut tally = DispatchTally::default();
        let mut offset = 0;
        loop {
            let (rows, total) = self.page(&compiled, request, offset, PAGE)?;
            for (row, score) in &rows {
                tally.add(&text_at(row, 2), *score);
            }
            offset += rows.len();
            if rows.len() < PAGE || offset >= total {
                break;
            }
        }
        let mut analyzer = FrenchTokenizer::default();
        tally.groups(request.limit, |id| {
            let Some(rows) = self.dispatch_rows(id)? else { return Ok(None) };
            Ok(Some(
                rows.into_iter()
                    .map(|r| self.hit(&(r, 0.0), 0, &MatchPatterns::default(), &mut analyzer))
                    .collect(),
            ))
        })
    }

    fn dispatch(&self, id: &str, query: Option<&str>) -> Result<Option<DispatchView>, SearchError> {
        let patterns = match query {
            Some(q) => {
                let request = SearchRequest { query: Some(q.to_owned()), ..SearchRequest::default() };
                self.compile(&request)?.patterns
            }
            None => MatchPatterns::default(),
        };
        let Some(rows) = self.dispatch_rows(id)? else { return Ok(None) };
        let texts: Vec<String> = rows.iter().map(|r| text_at(r, 7)).collect();
        let date = Some(text_at(&rows[0], 4)).and_then(|d| d.parse().ok());
        // The whole dispatch is here: its entities are read in its
        // context, as locally.
        let ctx = DispatchContext::new(self.extractor, &texts, date);
        let mut scratch = Scratch::default();
        let mut analyzer = FrenchTokenizer::default();
        let mut passages = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut hit = self.hit(&(row.clone(), 0.0), 0, &MatchPatterns::default(), &mut analyzer);
            hit.rank = hit.passage_no as usize + 1;
            let mut mentions = Vec::new();
            self.extractor.extract_passage(&hit.text, &ctx, &mut mentions, &mut scratch);
            let marks = snippet::matches(&mut analyzer, self.extractor, &hit.text, &mentions, &patterns);
            hit.snippet = snippet::whole(&hit.text, &marks);
            passages.push(hit);
        }
        // The wire metadata stays in the local index (docs/scale-out.md).
        Ok(Some(DispatchView::from_passages(passages, Vec::new())))
    }

    fn generation(&self) -> u64 {
        clock_generation()
    }

    /// Matching passages and dispatches grouped by date span on the
    /// engine (a few thousand spans for decades of daily news), placed
    /// in periods here by the local rule ([`timeline::from_spans`]).
    fn timeline(&self, request: &SearchRequest, by: Period) -> Result<Timeline, SearchError> {
        let compiled = self.compile(request)?;
        let sql = format!(
            "SELECT BIGINT(date_first) * 100000000 + date_last AS span, COUNT(*) AS n, \
             COUNT(DISTINCT dispatch_key) AS d{} FROM {}{} GROUP BY span \
             LIMIT {MAX_GROUPS} OPTION max_matches = {MAX_GROUPS}",
            compiled.select,
            self.url.table,
            compiled.where_clause(&[])
        );
        let (rows, groups) = self.select(&sql)?;
        // Never a histogram with a period silently missing.
        if rows.len() >= MAX_GROUPS || groups > rows.len() {
            return Err(SearchError::Engine(format!(
                "the timeline has more than {MAX_GROUPS} distinct dates: too many to group on the cluster"
            )));
        }
        Ok(timeline::from_spans(
            by,
            rows.iter().map(|r| {
                let span = u64_at(r, 0);
                let counts = timeline::Counts { passages: u64_at(r, 1), dispatches: u64_at(r, 2) };
                ((span / 100_000_000, span % 100_000_000), counts)
            }),
        ))
    }
}

impl Cluster {
    /// The rows of every passage of dispatch `id`, in order; `None` if
    /// the cluster has none.
    fn dispatch_rows(&self, id: &str) -> Result<Option<Vec<Row>>, SearchError> {
        let sql = format!(
            "SELECT {HIT_COLUMNS} FROM {} WHERE row_kind = 0 AND dispatch_key = {} \
             ORDER BY passage_no ASC LIMIT {MAX_GROUPS} OPTION max_matches = {MAX_GROUPS}",
            self.url.table,
            document::dispatch_key(id)
        );
        let (rows, _) = self.select(&sql)?;
        // The key is a hash: the id itself decides.
        let rows: Vec<Row> = rows.into_iter().filter(|r| text_at(r, 2) == id).collect();
        Ok((!rows.is_empty()).then_some(rows))
    }

    /// The facet paths under `root` with `levels` components, from the
    /// cluster's facet dictionary (`<table>_facets`).
    fn facet_names(&self, root: &str, levels: usize) -> Result<Vec<String>, SearchError> {
        let under = if root.is_empty() {
            String::new()
        } else {
            format!(" AND ancestors IN ({})", document::facet_key(root))
        };
        let sql = format!(
            "SELECT path FROM {}_facets WHERE levels = {levels}{under} LIMIT {MAX_GROUPS} OPTION max_matches = {MAX_GROUPS}",
            self.url.table
        );
        let (rows, _) = self.select(&sql)?;
        let mut names: Vec<String> = rows.iter().map(|r| text_at(r, 0)).collect();
        names.sort();
        names.dedup();
        Ok(names)
    }
}

/// Connections to a cluster shared by a server's threads: a request takes
/// an idle connection (or opens one) and gives it back when answered;
/// one that failed is dropped, so the next request connects afresh (to
/// the first node that answers).
pub struct Pool {
    url: ClusterUrl,
    idle: std::sync::Mutex<Vec<Cluster>>,
}

impl Pool {
    /// Connects once, so a cluster that does not answer fails at start.
    pub fn connect(url: &ClusterUrl) -> Result<Pool, SearchError> {
        let first = Cluster::connect(url)?;
        Ok(Pool { url: url.clone(), idle: std::sync::Mutex::new(vec![first]) })
    }

    /// Runs `work` on an idle connection; keeps it unless the engine
    /// failed (`broken`: the error was the engine's).
    fn with<T, E: From<SearchError>>(
        &self,
        work: impl FnOnce(&Cluster) -> Result<T, E>,
        broken: impl Fn(&E) -> bool,
    ) -> Result<T, E> {
        let taken = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let cluster = match taken {
            Some(c) => c,
            None => Cluster::connect(&self.url)?,
        };
        let answer = work(&cluster);
        if !matches!(&answer, Err(e) if broken(e)) {
            self.idle.lock().unwrap_or_else(|e| e.into_inner()).push(cluster);
        }
        answer
    }

    fn run<T>(&self, work: impl FnOnce(&Cluster) -> Result<T, SearchError>) -> Result<T, SearchError> {
        self.with(work, |e| matches!(e, SearchError::Engine(_)))
    }
}

impl Engine for Pool {
    fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        self.run(|c| c.search(request))
    }

    fn for_each_hit(
        &self,
        request: &SearchRequest,
        each: &mut dyn FnMut(Hit) -> anyhow::Result<()>,
    ) -> anyhow::Result<usize> {
        self.with(
            |c| c.for_each_hit(request, each),
            |e: &anyhow::Error| matches!(e.downcast_ref::<SearchError>(), Some(SearchError::Engine(_))),
        )
    }

    fn facet_counts(
        &self,
        request: &SearchRequest,
        root: &str,
        depth: usize,
    ) -> Result<Vec<FacetCount>, SearchError> {
        self.run(|c| c.facet_counts(request, root, depth))
    }

    fn dispatch_groups(&self, request: &SearchRequest) -> Result<(usize, Vec<DispatchGroup>), SearchError> {
        self.run(|c| c.dispatch_groups(request))
    }

    fn timeline(&self, request: &SearchRequest, by: Period) -> Result<Timeline, SearchError> {
        self.run(|c| c.timeline(request, by))
    }

    fn dispatch(&self, id: &str, query: Option<&str>) -> Result<Option<DispatchView>, SearchError> {
        self.run(|c| c.dispatch(id, query))
    }

    fn generation(&self) -> u64 {
        clock_generation()
    }
}

/// Seconds since the epoch, by tens: the cluster does not say when a push
/// changed it, so a server's cached facets and histogram are at most ten
/// seconds behind it.
fn clock_generation() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 10)
}
