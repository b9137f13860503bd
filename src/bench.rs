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

use crate::search::{SearchError, SearchRequest, Searcher};

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

/// Runs `queries` once (printing each result), then `repeat` timed passes.
pub fn query_latency(
    searcher: &Searcher,
    queries: &[String],
    repeat: usize,
    snippets: bool,
    out: &mut dyn Write,
) -> Result<Latency, anyhow::Error> {
    let request = |q: &String| SearchRequest { query: Some(q.clone()), limit: TOP_K, ..Default::default() };
    for q in queries {
        let line = match searcher.search(&request(q)) {
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
            let _ = std::hint::black_box(searcher.search(&request(q)));
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
            "op": "and", "p50_ms": round(latency.p50_ms), "p95_ms": round(latency.p95_ms),
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
    fn percentiles_interpolate_like_numpy() {
        let v = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(percentile(&v, 50.0), 2.5);
        assert_eq!(percentile(&v, 0.0), 1.0);
        assert_eq!(percentile(&v, 100.0), 4.0);
        assert!((percentile(&v, 95.0) - 3.85).abs() < 1e-9);
    }
}
