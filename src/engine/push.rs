//! `depeches push`: bring a cluster up to date with the local index.
//!
//! The local index is the source of truth (it holds what the analysis
//! made of each dispatch: facets in context, claims, near-duplicate
//! clusters, content hash). Each dispatch lives on one node, chosen by
//! the hash of its id ([`document::node_of`]). Per node, the passages 0
//! the node holds say which dispatches it has, with their content hash
//! and passage count; a dispatch whose hash and count match is skipped,
//! one that differs is replaced, one the corpus no longer has (or that
//! belongs on another node) is deleted.
//!
//! Crash safety: every write is idempotent and names rows by ids derived
//! from (dispatch id, passage number). A dispatch's rows are written by one
//! statement (a real-time table commits a statement whole), after its
//! surplus old rows are deleted; its passage 0 carries the new hash only
//! once the whole new version is in. A push killed at any point leaves
//! each dispatch either as it was, or new, or without rows past its new
//! count; the next push compares again and finishes the work.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use mysql::Conn;
use mysql::prelude::Queryable;

use super::ClusterUrl;
use super::document::{self, ALL_TAG, PassageDoc, Terms};
use super::sphinxql::{connect_node, quote, text_at, u64_at};
use crate::analysis::FrenchTokenizer;
use crate::index::DepechesIndex;

/// Rows per statement at most.
const BATCH_ROWS: usize = 500;
/// Bytes of SQL per statement at most (searchd's max_packet_size is 32M).
const BATCH_BYTES: usize = 4 << 20;
/// Attempts of a statement before its node is reported down.
const ATTEMPTS: u32 = 4;

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PushSummary {
    /// Nodes written to.
    pub nodes: usize,
    /// Dispatches new on the cluster.
    pub added: usize,
    /// Dispatches replaced (their content changed).
    pub replaced: usize,
    /// Dispatches deleted (gone from the corpus, or on the wrong node).
    pub deleted: usize,
    /// Dispatches already up to date.
    pub unchanged: usize,
    /// Passages written.
    pub passages: usize,
    /// Statements retried after an error.
    pub retries: usize,
    /// Nodes that could not be brought up to date, with why.
    pub failed: Vec<String>,
    /// Seconds taken.
    pub seconds: f64,
}

/// A dispatch as a node holds it.
struct Held {
    hash: u64,
    passages: u64,
}

/// One node's connection, reopened and retried with backoff.
struct Node<'a> {
    name: &'a str,
    label: String,
    conn: Option<Conn>,
    retries: usize,
}

impl Node<'_> {
    fn run(&mut self, sql: &str) -> Result<Vec<mysql::Row>, String> {
        let mut last = String::new();
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                self.retries += 1;
                std::thread::sleep(Duration::from_millis(250 << (2 * (attempt - 1))));
            }
            if self.conn.is_none() {
                match connect_node(self.name, Duration::from_secs(3)) {
                    Ok(c) => self.conn = Some(c),
                    Err(e) => {
                        last = e;
                        continue;
                    }
                }
            }
            let conn = self.conn.as_mut().expect("connected");
            match conn.query::<mysql::Row, _>(sql) {
                Ok(rows) => return Ok(rows),
                Err(e) => {
                    last = e.to_string();
                    // A query the engine refuses will be refused again.
                    if matches!(e, mysql::Error::MySqlError(_)) {
                        break;
                    }
                    self.conn = None;
                }
            }
        }
        Err(format!("{} ({}): {last}", self.label, self.name))
    }
}

/// Pushes the local `index` to the cluster of `url`.
pub fn push(
    url: &ClusterUrl,
    index: &DepechesIndex,
    mut report: impl FnMut(&str),
) -> anyhow::Result<PushSummary> {
    let started = Instant::now();
    let local = document::read_index(index)?;
    let n = url.nodes.len();
    let mut summary = PushSummary { nodes: n, ..PushSummary::default() };
    let mut analyzer = FrenchTokenizer::default();
    let table = &url.table;
    // The facet dictionary, routed by path.
    let mut paths: BTreeSet<String> = BTreeSet::new();
    for passages in local.values() {
        for p in passages {
            paths.extend(document::with_ancestors(p.facets.iter().chain(&p.dispatch_facets)));
        }
    }
    for (k, name) in url.nodes.iter().enumerate() {
        let mut node = Node { name, label: format!("node {} of {n}", k + 1), conn: None, retries: 0 };
        let mine: BTreeMap<&String, &Vec<PassageDoc>> =
            local.iter().filter(|(id, _)| document::node_of(id, n) == k).collect();
        let result =
            sync_node(&mut node, table, &mine, &mut summary, &mut analyzer, &mut report).and_then(|()| {
                let facets: Vec<&String> =
                    paths.iter().filter(|p| document::hash63(&[p.as_str()]) as usize % n == k).collect();
                write_facets(&mut node, table, &facets)
            });
        summary.retries += node.retries;
        if let Err(e) = result {
            report(&format!("depeches push: node {name} is down or refused the push: {e}"));
            summary.failed.push(e);
        }
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// What `node` holds: dispatch id → hash and passage count.
fn held(node: &mut Node<'_>, table: &str) -> Result<HashMap<String, Held>, String> {
    let mut out = HashMap::new();
    let mut last_id = 0u64;
    loop {
        let sql = format!(
            "SELECT id, dispatch_id, content_hash, passages FROM {table}_rt WHERE row_kind = 0 AND passage_no = 0 \
             AND id > {last_id} ORDER BY id ASC LIMIT 10000 OPTION max_matches = 10000"
        );
        let rows = node.run(&sql)?;
        for row in &rows {
            last_id = u64_at(row, 0);
            out.insert(text_at(row, 1), Held { hash: u64_at(row, 2), passages: u64_at(row, 3) });
        }
        if rows.len() < 10_000 {
            return Ok(out);
        }
    }
}

fn ids(dispatch_id: &str, from: u64, to: u64) -> String {
    (from..to).map(|no| document::passage_id(dispatch_id, no).to_string()).collect::<Vec<_>>().join(",")
}

fn sync_node(
    node: &mut Node<'_>,
    table: &str,
    mine: &BTreeMap<&String, &Vec<PassageDoc>>,
    summary: &mut PushSummary,
    analyzer: &mut FrenchTokenizer,
    report: &mut impl FnMut(&str),
) -> Result<(), String> {
    let held = held(node, table)?;
    // Gone from the corpus (or routed elsewhere): delete.
    let gone: Vec<(&String, &Held)> = held.iter().filter(|(id, _)| !mine.contains_key(id)).collect();
    for chunk in gone.chunks(200) {
        let list: Vec<String> = chunk.iter().map(|(id, h)| ids(id, 0, h.passages.max(1))).collect();
        node.run(&format!("DELETE FROM {table}_rt WHERE id IN ({})", list.join(",")))?;
        summary.deleted += chunk.len();
    }
    let (mut added, mut replaced) = (0, 0);
    let mut deletes: Vec<String> = Vec::new();
    let mut values = String::new();
    let mut rows = 0;
    for (id, passages) in mine {
        let hash = passages.first().map_or(0, |p| row_hash(p.content_hash));
        match held.get(*id) {
            Some(h) if h.hash == hash && h.passages == passages.len() as u64 => {
                summary.unchanged += 1;
                continue;
            }
            Some(h) => {
                replaced += 1;
                if h.passages > passages.len() as u64 {
                    deletes.push(ids(id, passages.len() as u64, h.passages));
                }
            }
            None => added += 1,
        }
        for p in passages.iter() {
            if !values.is_empty() {
                values.push_str(",\n");
            }
            row_values(p, analyzer, &mut values);
            rows += 1;
        }
        if rows >= BATCH_ROWS || values.len() >= BATCH_BYTES {
            flush(node, table, &mut deletes, &mut values)?;
            summary.passages += rows;
            rows = 0;
        }
    }
    flush(node, table, &mut deletes, &mut values)?;
    summary.passages += rows;
    summary.added += added;
    summary.replaced += replaced;
    report(&format!(
        "depeches push: {} ({}): {added} added, {replaced} replaced, {} deleted, {} unchanged",
        node.label,
        node.name,
        gone.len(),
        mine.len() - added - replaced
    ));
    Ok(())
}

fn flush(
    node: &mut Node<'_>,
    table: &str,
    deletes: &mut Vec<String>,
    values: &mut String,
) -> Result<(), String> {
    abort_point();
    if !deletes.is_empty() {
        node.run(&format!("DELETE FROM {table}_rt WHERE id IN ({})", deletes.join(",")))?;
        deletes.clear();
    }
    if !values.is_empty() {
        node.run(&format!("REPLACE INTO {table}_rt ({COLUMNS}) VALUES\n{values}"))?;
        values.clear();
    }
    Ok(())
}

/// Test hook, debug builds only: `DEPECHES_PUSH_ABORT_AFTER_BATCHES=N`
/// aborts the process before its batch N + 1, as a kill would, to check
/// that a re-run push converges. Release builds compile it away.
fn abort_point() {
    #[cfg(debug_assertions)]
    {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static BATCHES: AtomicUsize = AtomicUsize::new(0);
        if let Some(n) =
            std::env::var("DEPECHES_PUSH_ABORT_AFTER_BATCHES").ok().and_then(|v| v.parse::<usize>().ok())
            && BATCHES.fetch_add(1, Ordering::SeqCst) >= n
        {
            eprintln!("depeches push: aborting (DEPECHES_PUSH_ABORT_AFTER_BATCHES={n})");
            std::process::abort();
        }
    }
}

const COLUMNS: &str = "id, terms, stacked, headline, tags, row_kind, dispatch_key, dispatch_id, passage_no, passages, \
     terms_len, headline_len, date, date_first, date_last, title, source, language_key, language, text, claims, facets, facet_keys, \
     dispatch_facet_keys, near_dup, content_hash, seq";

fn keys<'a>(paths: impl IntoIterator<Item = &'a String>) -> String {
    let keys: BTreeSet<u64> = paths.into_iter().map(|p| document::facet_key(p)).collect();
    keys.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
}

/// What the rows of a dispatch are pushed as, mixed into the content
/// hash the cluster keeps: when it changes (1: the headline's stacked
/// terms), the next push replaces every dispatch pushed before.
const ROW_FORMAT: u64 = 1;

/// The content hash a dispatch's rows carry on the cluster.
fn row_hash(content_hash: u64) -> u64 {
    content_hash ^ ROW_FORMAT
}

/// The VALUES tuple of passage `p`.
fn row_values(p: &PassageDoc, analyzer: &mut FrenchTokenizer, out: &mut String) {
    let terms = Terms::of(analyzer, &p.text);
    let (headline, headline_len) = match (&p.title, p.headline) {
        (Some(t), true) => {
            let terms = Terms::of(analyzer, t);
            // One field for the headline: its stacked terms after its
            // words, a gap apart so no phrase runs across (`vaccin` finds
            // the headline "antivaccins", as locally).
            let mut headline = terms.positional;
            if !terms.stacked.is_empty() {
                headline.push(' ');
                headline.push_str(document::GAP_TOKEN);
                headline.push(' ');
                headline.push_str(&terms.stacked);
            }
            (headline, terms.analyzed.len())
        }
        _ => (String::new(), 0),
    };
    let facets = document::with_ancestors(&p.facets);
    let dispatch_facets = document::with_ancestors(&p.dispatch_facets);
    let mut tags = String::from(ALL_TAG);
    for f in &facets {
        tags.push(' ');
        tags.push_str(&document::facet_tag(f));
    }
    if let Some(s) = &p.source {
        tags.push(' ');
        tags.push_str(&document::source_tag(s));
    }
    let _ = write!(
        out,
        "({}, {}, {}, {}, {}, 0, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, ({}), ({}), {}, {}, {})",
        document::passage_id(&p.dispatch_id, p.passage_no),
        quote(&terms.positional),
        quote(&terms.stacked),
        quote(&headline),
        quote(&tags),
        document::dispatch_key(&p.dispatch_id),
        quote(&p.dispatch_id),
        p.passage_no,
        p.passages,
        // As tantivy's field norm: every term indexed, stacked ones too.
        terms.analyzed.len(),
        headline_len,
        quote(p.date.as_deref().unwrap_or("")),
        p.date_first,
        p.date_last,
        quote(p.title.as_deref().unwrap_or("")),
        quote(p.source.as_deref().unwrap_or("")),
        document::language_key(p.language.as_deref()),
        quote(p.language.as_deref().unwrap_or("")),
        quote(&p.text),
        quote(p.claims.as_deref().unwrap_or("")),
        quote(&p.facets.join("\n")),
        keys(&facets),
        keys(&dispatch_facets),
        p.near_dup,
        row_hash(p.content_hash),
        p.seq,
    );
}

/// Writes the facet dictionary rows of `paths` (idempotent).
fn write_facets(node: &mut Node<'_>, table: &str, paths: &[&String]) -> Result<(), String> {
    for chunk in paths.chunks(BATCH_ROWS) {
        let mut values = String::new();
        for path in chunk {
            let ancestors: Vec<String> = {
                let mut a = Vec::new();
                let mut end = 0;
                while let Some(next) = path[end + 1..].find('/') {
                    end += 1 + next;
                    a.push(path[..end].to_owned());
                }
                a
            };
            if !values.is_empty() {
                values.push_str(",\n");
            }
            let _ = write!(
                values,
                "({}, '', {}, {}, ({}))",
                document::facet_key(path),
                quote(path),
                path.split('/').filter(|s| !s.is_empty()).count(),
                keys(&ancestors),
            );
        }
        node.run(&format!(
            "REPLACE INTO {table}_facets_rt (id, label, path, levels, ancestors) VALUES\n{values}"
        ))?;
    }
    Ok(())
}
