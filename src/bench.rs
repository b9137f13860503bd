//! Benchmarks that compare with the peer harnesses (the project's shared
//! `peers/` directory: Lucene, Xapian, SQLite FTS5).
//!
//! `depeches bench query INDEX QUERIES.txt [--repeat R]` prints exactly what
//! the peers' `query` mode prints: one JSON line per query from a warm-up
//! pass (`query`, `hits`, `top`), then a summary line with `p50_ms`,
//! `p95_ms`, `p99_ms`, so that the outputs compare line by line. A timed
//! sample is one full search as a user gets it: parse, search, exact hit
//! count, top 10 and a highlighted snippet for each of them.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::engine::Engine;
use crate::search::{Ranking, SearchError, SearchRequest};

/// Hits per query, as the peers.
pub const TOP_K: usize = 10;

/// Latency figures of a query benchmark.
#[derive(Debug, Clone, PartialEq)]
pub struct Latency {
    /// Timed samples.
    pub samples: usize,
    /// Median, ms.
    pub p50_ms: f64,
    /// 95th percentile, ms.
    pub p95_ms: f64,
    /// 99th percentile, ms.
    pub p99_ms: f64,
    /// Mean, ms.
    pub mean_ms: f64,
}

/// How [`query_latency`] runs.
#[derive(Debug, Clone)]
pub struct QueryBench {
    /// Timed passes after the warm-up.
    pub repeat: usize,
    /// Snippets in the warm-up lines.
    pub snippets: bool,
    /// The peers' `--op or`: a line's elements are alternatives.
    pub any_element: bool,
    /// Passages listed per query in the warm-up lines.
    pub top: usize,
    /// `--any` matching.
    pub any: bool,
    /// Ranking weights.
    pub ranking: Ranking,
}

impl Default for QueryBench {
    fn default() -> Self {
        QueryBench {
            repeat: 10,
            snippets: false,
            any_element: false,
            top: TOP_K,
            any: false,
            ranking: Ranking::default(),
        }
    }
}

/// A peers' query line (words and `"quoted phrases"`, an unbalanced `"`
/// dropped) as a depeches query whose elements are alternatives: each
/// element that the depeches syntax would read otherwise (`OR`, `-x`,
/// `(`, `«`, `name:value`) is quoted, so every engine searches the same
/// words.
pub fn or_query(line: &str) -> String {
    let mut elements: Vec<String> = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        rest = &rest[start..];
        let (element, phrase, next) = match rest.strip_prefix('"').and_then(|r| r.find('"').map(|e| (r, e))) {
            Some((r, end)) => (r[..end].to_owned(), true, &r[end + 1..]),
            None => {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (rest[..end].replace('"', ""), false, &rest[end..])
            }
        };
        rest = next;
        if element.trim().is_empty() {
            continue;
        }
        let plain = !phrase
            && element != "OR"
            && !element.starts_with('-')
            && !element.contains(['(', ')', '«', '»', '“', '”', ':']);
        elements.push(if plain { element } else { format!("\"{}\"", element.trim()) });
    }
    elements.join(" OR ")
}

/// Runs `queries` once (printing each result), then `repeat` timed passes.
pub fn query_latency(
    searcher: &dyn Engine,
    queries: &[String],
    options: &QueryBench,
    out: &mut dyn Write,
) -> Result<Latency, anyhow::Error> {
    let (repeat, snippets) = (options.repeat, options.snippets);
    let text = |q: &String| if options.any_element { or_query(q) } else { q.clone() };
    let request = |q: &String, limit| SearchRequest {
        query: Some(text(q)),
        limit,
        any: options.any,
        ranking: options.ranking,
        ..Default::default()
    };
    for q in queries {
        let line = match searcher.search(&request(q, options.top.max(1))) {
            Ok(r) => {
                let top: Vec<String> =
                    r.hits.iter().map(|h| format!("{}:{}", h.dispatch_id, h.passage_no)).collect();
                let mut line = json!({"query": q, "hits": r.total, "top": top});
                if snippets {
                    line["snippets"] = r.hits.iter().map(|h| h.snippet.text.clone()).collect();
                }
                line
            }
            Err(SearchError::Query(e)) => json!({"query": q, "hits": 0, "top": [], "error": e.message}),
            Err(e) => return Err(e.into()),
        };
        writeln!(out, "{line}")?;
    }
    let mut lat = Vec::with_capacity(queries.len() * repeat);
    for _ in 0..repeat {
        for q in queries {
            let started = Instant::now();
            let _ = std::hint::black_box(searcher.search(&request(q, TOP_K)));
            lat.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    lat.sort_by(f64::total_cmp);
    let latency = Latency {
        samples: lat.len(),
        p50_ms: percentile(&lat, 50.0),
        p95_ms: percentile(&lat, 95.0),
        p99_ms: percentile(&lat, 99.0),
        mean_ms: lat.iter().sum::<f64>() / lat.len().max(1) as f64,
    };
    let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
    writeln!(
        out,
        "{}",
        json!({
            "engine": "depeches", "queries": queries.len(), "repeat": repeat, "samples": latency.samples,
            "op": if options.any_element { "or" } else { "and" }, "p50_ms": round(latency.p50_ms), "p95_ms": round(latency.p95_ms),
            "p99_ms": round(latency.p99_ms), "mean_ms": round(latency.mean_ms),
        })
    )?;
    Ok(latency)
}

/// Peak resident memory of this process so far (`VmHWM`), where the system
/// tells it (Linux).
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Wall time of `runs` runs of `program args…` from start to exit, sorted.
pub fn cold_runs(program: &Path, args: &[&str], runs: usize) -> std::io::Result<Vec<Duration>> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let status = std::process::Command::new(program)
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()?;
        times.push(started.elapsed());
        if !status.success() && status.code() != Some(1) {
            return Err(std::io::Error::other(format!("{} {args:?} failed: {status}", program.display())));
        }
    }
    times.sort();
    Ok(times)
}

/// Linear interpolation between closest ranks (numpy's default), as the
/// peers compute it.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let idx = p / 100.0 * (sorted.len() - 1) as f64;
    let (lo, hi) = (idx.floor() as usize, idx.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn or_queries_search_the_peers_elements() {
        assert_eq!(or_query("armée malienne"), "armée OR malienne");
        assert_eq!(
            or_query(r#"Kidal "accord de paix" OR -x (a) place:Gao"#),
            r#"Kidal OR "accord de paix" OR "OR" OR "-x" OR "(a)" OR "place:Gao""#
        );
        assert_eq!(or_query(r#"un "seul"#), "un OR seul");
        assert_eq!(or_query("  "), "");
    }

    #[test]
    fn percentiles_interpolate_like_numpy() {
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(percentile(&v, 50.0), 2.5);
        assert_eq!(percentile(&v, 0.0), 1.0);
        assert_eq!(percentile(&v, 100.0), 4.0);
        assert!((percentile(&v, 95.0) - 3.85).abs() < 1e-9);
    }
}
