//! A minimal HTTP/1.1 client, and the load test of `depeches bench serve`.
//!
//! The client speaks just what the server answers (`Content-Length` or
//! chunked bodies, keep-alive) over a plain `TcpStream`: a benchmark
//! should time the server, not a client stack, and the tests use it to send
//! what browsers never send (a forged `Host`, a raw `..` path).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// An answer.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers, names lower-cased, in order.
    pub headers: Vec<(String, String)>,
    /// Body.
    pub body: Vec<u8>,
}

impl Response {
    /// The value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One keep-alive connection.
pub struct Client {
    reader: BufReader<TcpStream>,
    host: String,
}

impl Client {
    /// Connects to `addr`; requests say `Host: addr`.
    pub fn connect(addr: SocketAddr) -> io::Result<Client> {
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        Ok(Client { reader: BufReader::new(stream), host: addr.to_string() })
    }

    /// GET `target` (path and query, sent as they are).
    pub fn get(&mut self, target: &str) -> io::Result<Response> {
        let host = self.host.clone();
        self.request("GET", target, &host)
    }

    /// `method target` with the given `Host` header.
    pub fn request(&mut self, method: &str, target: &str, host: &str) -> io::Result<Response> {
        let stream = self.reader.get_mut();
        write!(stream, "{method} {target} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: depeches-load\r\n\r\n")?;
        stream.flush()?;
        read_response(&mut self.reader, method == "HEAD")
    }
}

fn read_response(reader: &mut BufReader<TcpStream>, head_only: bool) -> io::Result<Response> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| io::Error::other(format!("bad status line {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((n, v)) = l.split_once(':') {
            headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    let find =
        |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v): &(String, String)| v.clone());
    let mut body = Vec::new();
    if head_only {
    } else if let Some(len) = find("content-length").and_then(|v| v.parse::<usize>().ok()) {
        body.resize(len, 0);
        reader.read_exact(&mut body)?;
    } else if find("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| io::Error::other("bad chunk size"))?;
            let start = body.len();
            body.resize(start + size, 0);
            reader.read_exact(&mut body[start..])?;
            line.clear();
            reader.read_line(&mut line)?;
            if size == 0 {
                break;
            }
        }
    } else {
        reader.read_to_end(&mut body)?;
    }
    Ok(Response { status, headers, body })
}

/// One GET on a fresh connection.
pub fn get(addr: SocketAddr, target: &str) -> io::Result<Response> {
    Client::connect(addr)?.get(target)
}

/// What a load run measured.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadReport {
    /// Concurrent clients.
    pub clients: usize,
    /// Requests answered 200.
    pub ok: usize,
    /// Other answers and failures.
    pub failed: usize,
    /// Requests per second.
    pub per_second: f64,
    /// Median latency, ms.
    pub p50_ms: f64,
    /// 99th percentile latency, ms.
    pub p99_ms: f64,
}

/// `clients` keep-alive connections each sending `per_client` requests,
/// cycling through `targets`.
pub fn load(addr: SocketAddr, targets: &[String], clients: usize, per_client: usize) -> LoadReport {
    let started = Instant::now();
    let results: Vec<(Vec<f64>, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..clients)
            .map(|c| {
                scope.spawn(move || {
                    let mut lat = Vec::with_capacity(per_client);
                    let mut failed = 0;
                    let mut client = Client::connect(addr).ok();
                    for i in 0..per_client {
                        let target = &targets[(c * 7 + i) % targets.len()];
                        let t = Instant::now();
                        let ok = match client.as_mut().map(|cl| cl.get(target)) {
                            Some(Ok(r)) => r.status == 200,
                            _ => {
                                client = Client::connect(addr).ok();
                                false
                            }
                        };
                        if ok {
                            lat.push(t.elapsed().as_secs_f64() * 1000.0);
                        } else {
                            failed += 1;
                        }
                    }
                    (lat, failed)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let seconds = started.elapsed().as_secs_f64();
    let mut lat: Vec<f64> = results.iter().flat_map(|(l, _)| l.iter().copied()).collect();
    lat.sort_by(f64::total_cmp);
    let failed = results.iter().map(|(_, f)| f).sum();
    LoadReport {
        clients,
        ok: lat.len(),
        failed,
        per_second: lat.len() as f64 / seconds,
        p50_ms: crate::bench::percentile(&lat, 50.0),
        p99_ms: crate::bench::percentile(&lat, 99.0),
    }
}

/// `depeches bench serve`: serves `index` on a free port of 127.0.0.1 and
/// loads `/api/search?q=…&n=10&fold=0&format=json` (the request of `bench
/// query`: top 10, snippets, exact count) with each number of `clients`,
/// then runs the same searches in-process on as many threads; prints one
/// JSON line per run and a table.
pub fn bench(
    index: &crate::index::DepechesIndex,
    queries: &[String],
    clients: &[usize],
    requests: usize,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::search::{SearchRequest, Searcher};
    let config = super::ServeConfig { listen: SocketAddr::from(([127, 0, 0, 1], 0)), ..Default::default() };
    let server = super::Server::bind(index, &config)?;
    let addr = server.addr;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = std::thread::spawn(move || {
        server.run_until(async {
            let _ = stopped.await;
        })
    });
    let targets: Vec<String> = queries
        .iter()
        .map(|q| {
            super::params::Query::default().with("q", &[q]).url("/api/search") + "&n=10&fold=0&format=json"
        })
        .collect();
    // Warm-up: every query once, and a check that the server answers.
    let warm = load(addr, &targets, 1, targets.len());
    if warm.failed > 0 {
        anyhow::bail!("the server failed {} of {} warm-up requests", warm.failed, targets.len());
    }
    let searcher = Searcher::new(index)?;
    let mut rows = Vec::new();
    for &c in clients {
        let c = c.max(1);
        let per = requests.div_ceil(c);
        let in_process_run = || {
            let started = Instant::now();
            std::thread::scope(|scope| {
                for t in 0..c {
                    let searcher = &searcher;
                    scope.spawn(move || {
                        for i in 0..per {
                            let q = &queries[(t * 7 + i) % queries.len()];
                            let request =
                                SearchRequest { query: Some(q.clone()), limit: 10, ..Default::default() };
                            let _ = std::hint::black_box(searcher.search(&request));
                        }
                    });
                }
            });
            (per * c) as f64 / started.elapsed().as_secs_f64()
        };
        // In-process before and after the HTTP run, averaged: on a shared
        // machine the load drifts during a run.
        let before = in_process_run();
        let report = load(addr, &targets, c, per);
        let in_process = (before + in_process_run()) / 2.0;
        let round = |x: f64| (x * 100.0).round() / 100.0;
        writeln!(
            out,
            "{}",
            serde_json::json!({
                "engine": "depeches", "serve": "/api/search", "clients": c, "ok": report.ok,
                "failed": report.failed, "req_per_s": round(report.per_second),
                "p50_ms": round(report.p50_ms), "p99_ms": round(report.p99_ms),
                "in_process_per_s": round(in_process),
                "ratio": round(report.per_second / in_process),
            })
        )?;
        rows.push((report, in_process));
    }
    let _ = stop.send(());
    serving.join().map_err(|_| anyhow::anyhow!("the server thread panicked"))??;
    writeln!(out, "\n| clients | req/s | p50 ms | p99 ms | in-process searches/s | ratio |")?;
    writeln!(out, "|---:|---:|---:|---:|---:|---:|")?;
    for (r, inp) in rows {
        writeln!(
            out,
            "| {} | {:.0} | {:.2} | {:.2} | {:.0} | {:.0} % |",
            r.clients,
            r.per_second,
            r.p50_ms,
            r.p99_ms,
            inp,
            r.per_second / inp * 100.0
        )?;
    }
    Ok(())
}
