//! Issue 17 acceptance: the same search on a Sphinx / Manticore cluster.
//!
//! Two real `searchd` nodes (Debian's sphinxsearch 2.2.11) on 127.0.0.1,
//! configured by `depeches cluster config`, filled by `depeches push` with
//! the bundled corpus and 2,000 OrangeSum dispatches (when ../shared is
//! beside the project; else 600 dispatches the test writes), then: for 20 queries with filters, the cluster
//! gives the local index's totals, top-10 hits (overlap ≥ 0.8 on average,
//! ≥ 0.6 each), facet counts and claims; a killed node fails searches and
//! pushes with its name and exit 2; a push killed midway and re-run, and a
//! push after edits and deletions, leave the cluster equal to the corpus.
//! Skipped, with a notice, only when `searchd` is not installed.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_depeches")
}

fn searchd_installed() -> bool {
    Command::new("searchd").arg("--help").output().is_ok()
}

/// `n` consecutive free ports on 127.0.0.1.
fn free_ports(n: u16) -> u16 {
    let seed = std::process::id() as u16;
    for attempt in 0..200u16 {
        let base = 20_000 + (seed.wrapping_mul(7).wrapping_add(attempt * 97)) % 40_000;
        let held: Vec<_> = (0..n).map_while(|i| TcpListener::bind(("127.0.0.1", base + i)).ok()).collect();
        if held.len() == n as usize {
            return base;
        }
    }
    panic!("no {n} consecutive free ports");
}

/// The searchd nodes of the test: stopped when dropped, even on failure.
struct Nodes {
    configs: Vec<PathBuf>,
    ports: Vec<u16>,
}

impl Nodes {
    fn start(&self, k: usize) {
        let out = Command::new("searchd").arg("--config").arg(&self.configs[k]).output().unwrap();
        assert!(out.status.success(), "searchd {k}: {}", String::from_utf8_lossy(&out.stderr));
        wait_for(|| TcpStream::connect(("127.0.0.1", self.ports[k])).is_ok(), "searchd to listen");
    }

    fn pid(&self, k: usize) -> Option<String> {
        let file = self.configs[k].parent().unwrap().join("searchd.pid");
        std::fs::read_to_string(file).ok().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
    }

    /// Kills node `k` outright (SIGKILL), as a machine lost.
    fn kill(&self, k: usize) {
        let pid = self.pid(k).expect("pid file");
        // The watchdog would restart a killed worker: kill the watchdog
        // (the pid file's parent) first, then the worker.
        let watchdog = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|s| s.rsplit(')').next().map(str::to_owned))
            .and_then(|rest| rest.split_whitespace().nth(1).map(str::to_owned));
        if let Some(w) = watchdog.filter(|w| w != "1") {
            let _ = Command::new("kill").args(["-KILL", &w]).status();
        }
        let _ = Command::new("kill").args(["-KILL", &pid]).status();
        wait_for(|| TcpStream::connect(("127.0.0.1", self.ports[k])).is_err(), "searchd to die");
        let _ = std::fs::remove_file(self.configs[k].parent().unwrap().join("searchd.pid"));
    }
}

impl Drop for Nodes {
    fn drop(&mut self) {
        for (k, config) in self.configs.iter().enumerate() {
            if self.pid(k).is_some() {
                let _ = Command::new("searchd").arg("--config").arg(config).arg("--stopwait").output();
            }
        }
    }
}

fn wait_for(mut condition: impl FnMut() -> bool, what: &str) {
    let start = Instant::now();
    while !condition() {
        assert!(start.elapsed() < Duration::from_secs(60), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(index: &Path, args: &[&str]) -> Run {
    let out: Output = Command::new(bin()).arg("--index").arg(index).args(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json(r: &Run, what: &str) -> Value {
    serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {}\nstderr: {}", r.stdout, r.stderr))
}

/// The 20 queries, with filters.
const QUERIES: &[&[&str]] = &[
    &["armée malienne"],
    &["gouvernement", "--from", "2020-06-01"],
    &["\"accord de paix\""],
    &["coronavirus", "--to", "2020-06-30"],
    &["Macron OR Philippe"],
    &["police -manifestation"],
    &["élections municipales"],
    &["hôpital", "--place", "France"],
    &["attaque", "--kind", "jihadist"],
    &["Mali"],
    &["title:police"],
    &["président", "--from", "2020-01-01", "--to", "2020-12-31"],
    &["\"premier ministre\""],
    &["économie croissance"],
    &["grève OR manifestation", "--place", "France"],
    &["Paris", "--sort", "-date"],
    &["vaccin", "--sort", "date"],
    &["terroriste OR jihadiste"],
    &["CMA", "--place", "Mali"],
    &["confinement", "--from", "2020-05-01", "--undated"],
];

fn hits_key(v: &Value) -> Vec<(String, u64)> {
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["dispatch_id"].as_str().unwrap().to_owned(), h["passage_no"].as_u64().unwrap()))
        .collect()
}

/// Every passage a search lists without a query: (dispatch, ¶) → text.
fn everything(index: &Path, engine: Option<&str>) -> BTreeMap<(String, u64), String> {
    let mut args = vec!["search", "--all", "--format", "jsonl"];
    if let Some(e) = engine {
        args.extend(["--engine", e]);
    }
    let r = run(index, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v.get("dispatch_id").is_some())
        .map(|v| {
            let key = (v["dispatch_id"].as_str().unwrap().to_owned(), v["passage_no"].as_u64().unwrap());
            (key, v["text"].as_str().unwrap_or("").to_owned())
        })
        .collect()
}

/// The first `n` OrangeSum dispatches, when ../shared is there.
fn orangesum(n: usize, out: &Path) -> bool {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/orangesum.jsonl.gz");
    let Ok(file) = std::fs::File::open(&path) else { return false };
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(file));
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    for line in reader.lines().take(n) {
        writeln!(w, "{}", line.unwrap()).unwrap();
    }
    true
}

/// Dispatches written here, for when ../shared is absent: each of the 20
/// queries then has hits (the two bundled dispatches alone answer few),
/// over dated and undated dispatches, places in France and Mali, actors
/// and claims. The sentences are this test's own; a seeded generator
/// picks and fills them, so every run writes the same corpus.
fn written_corpus(n: usize, out: &Path) {
    const FRANCE: &[&str] = &["Paris", "Lyon", "Marseille", "Lille", "Bordeaux", "Toulouse"];
    const MALI: &[&str] = &["Tombouctou", "Kidal", "Gao", "Léré", "Mopti", "Ménaka"];
    const NUMBERS: &[&str] = &["deux", "trois", "cinq", "sept", "douze", "vingt"];
    const MONTHS: &[&str] = &[
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const FRENCH: &[&str] = &[
        "Le ministre de la Santé a présenté à {F} son plan contre le coronavirus devant les élus de la région.",
        "Les soignants de l'hôpital de {F} réclament des lits supplémentaires depuis le début du coronavirus.",
        "Le confinement prendra fin dans la région de {F} au début du mois prochain, selon la préfecture.",
        "Un laboratoire de {F} espère livrer un vaccin aux hôpitaux avant la fin de l'année.",
        "Le président Emmanuel Macron recevra jeudi à l'Élysée les maires des grandes villes, dont celui de {F}.",
        "Le Premier ministre Édouard Philippe a défendu mardi la réforme des retraites devant les députés.",
        "Les élections municipales de {F} opposent cette année {N} listes au premier tour.",
        "Le gouvernement table sur une croissance de l'économie plus faible que prévu au second semestre.",
        "Une manifestation contre la réforme a réuni plusieurs milliers de personnes dans le centre de {F}.",
        "La police a interpellé {N} personnes en marge de la manifestation de samedi à {F}.",
        "Les syndicats de cheminots appellent à une nouvelle grève à partir de lundi à {F}.",
        "Le maire de {F} a annoncé la réouverture des parcs et des marchés après le confinement.",
        "La police judiciaire de {F} a ouvert une enquête après l'incendie d'un entrepôt du port.",
        "En France, les hôpitaux ont reporté les opérations non urgentes pour faire face à l'épidémie.",
        "La grève des contrôleurs aériens perturbe le trafic dans plusieurs aéroports de France.",
    ];
    const SAHEL: &[&str] = &[
        "L'armée malienne a annoncé que {N} soldats avaient été tués dans une attaque près de {M}.",
        "Selon une source sécuritaire, des jihadistes ont attaqué un poste de l'armée malienne à {M} dans la nuit.",
        "Les rebelles de la CMA ont affirmé avoir pris le contrôle de {M} après deux jours de combats.",
        "Les signataires de l'accord de paix se sont retrouvés à Bamako pour relancer son application au Mali.",
        "Un groupe terroriste a revendiqué l'attaque du camp de {M}, d'après un élu local.",
        "Les casques bleus de la Minusma ont renforcé leurs patrouilles autour de {M} après les combats.",
        "Les jihadistes ont enlevé {N} civils sur la route de {M}, a indiqué un habitant joint par téléphone.",
    ];
    let mut seed: u64 = 0x5eed_0017;
    let mut next = move |k: usize| -> usize {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % k
    };
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    for i in 0..n {
        let pool = if next(3) == 0 { SAHEL } else { FRENCH };
        // Paragraphs of one to three sentences, some with a dateline
        // clause: few passages are alike, so near-duplicate folding and
        // tied scores (ordered differently by each engine) stay rare.
        let paragraphs: Vec<String> = (0..2 + next(4))
            .map(|_| {
                let sentences: Vec<String> = (0..1 + next(3))
                    .map(|_| {
                        let mut s = pool[next(pool.len())]
                            .replace("{F}", FRANCE[next(FRANCE.len())])
                            .replace("{M}", MALI[next(MALI.len())])
                            .replace("{N}", NUMBERS[next(NUMBERS.len())]);
                        if next(3) == 0 {
                            s.pop();
                            s.push_str(&format!(", a-t-on appris le {} {}.", 1 + next(28), MONTHS[next(12)]));
                        }
                        s
                    })
                    .collect();
                sentences.join(" ")
            })
            .collect();
        let mut v = serde_json::json!({
            "id": format!("written-{i}"),
            "title": paragraphs[0].split(',').next().unwrap(),
            "source": "depeches tests",
            "text": paragraphs.join("\n\n"),
        });
        if next(20) != 0 {
            v["date"] = Value::String(format!("2020-{:02}-{:02}", 1 + next(12), 1 + next(28)));
        }
        writeln!(w, "{v}").unwrap();
    }
}

fn claims_set(v: &Value) -> BTreeSet<String> {
    v["claims"].as_array().unwrap().iter().map(|c| c.to_string()).collect()
}

#[test]
fn the_cluster_answers_as_the_local_index() {
    if !searchd_installed() {
        eprintln!("NOTICE: searchd (Debian's sphinxsearch) is not installed: the cluster test is skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
    }
    let with_orangesum = orangesum(2000, &corpus.join("orangesum.jsonl"));
    if !with_orangesum {
        eprintln!(
            "NOTICE: ../shared is absent: the cluster test runs on the bundled corpus and dispatches it writes"
        );
        written_corpus(600, &corpus.join("orangesum.jsonl"));
    }
    let index = tmp.path().join("index");
    let port = free_ports(4);
    let conf = tmp.path().join("cluster");
    let r = run(
        &index,
        &["cluster", "config", "--nodes", "2", "--port", &port.to_string(), conf.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let nodes = Nodes {
        configs: vec![conf.join("node1/searchd.conf"), conf.join("node2/searchd.conf")],
        ports: vec![port, port + 2],
    };
    nodes.start(0);
    nodes.start(1);
    let node1 = format!("127.0.0.1:{port}");
    let node2 = format!("127.0.0.1:{}", port + 2);
    let push_url = format!("manticore://{node1},{node2}/dispatches");
    let engine = format!("manticore://{node1}/dispatches");

    // A push killed midway (the debug fail point aborts the process after
    // its first batch, as a kill would), then re-run: it converges.
    let out = Command::new(bin())
        .arg("--index")
        .arg(&index)
        .args(["push", &push_url, corpus.to_str().unwrap()])
        .env("DEPECHES_PUSH_ABORT_AFTER_BATCHES", "1")
        .output()
        .unwrap();
    assert!(!out.status.success(), "the fail point did not stop the push");
    let r = run(&index, &["push", &push_url]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("pushed to 2 nodes of 2"), "{}", r.stdout);
    assert!(r.stdout.contains(" unchanged"), "{}", r.stdout);
    assert_eq!(
        everything(&index, None),
        everything(&index, Some(&engine)),
        "after a killed push and a re-run"
    );

    // The same answers, 20 queries with filters (two at a time: each
    // run of a debug binary costs seconds of start-up).
    let compare = |(n, q): (usize, &&[&str])| -> (String, Option<f64>) {
        let mut args: Vec<&str> = vec!["search"];
        args.extend_from_slice(q);
        args.extend(["--format", "json", "--limit", "10"]);
        let local = run(&index, &args);
        args.extend(["--engine", &engine]);
        let remote = run(&index, &args);
        let (l, c) = (json(&local, "local"), json(&remote, "cluster"));
        // The typo retry of a query that matches nothing as typed is local
        // only (docs/scale-out.md): there the cluster must answer nothing,
        // as grep does, and the rest is compared on the queries it has.
        // Which queries those are depends on the corpus (the bundled one
        // alone has no "Paris"), so the test reads it from the answer.
        let retried = l["corrections"].as_array().is_some_and(|c| !c.is_empty());
        if retried {
            assert_eq!(remote.code, 1, "{q:?}: the cluster retried with typos?\n{}", remote.stderr);
            assert_eq!(c["total"], 0, "{q:?}: cluster total");
            let line =
                format!("| {:<46} | {:>6} | {:>7} | typo retry: local only |", q.join(" "), l["total"], 0);
            return (line, None);
        }
        assert_eq!(
            local.code, remote.code,
            "{q:?}: exit codes\nlocal: {}\ncluster: {}",
            local.stderr, remote.stderr
        );
        assert_eq!(l["total"], c["total"], "{q:?}: totals");
        let (lk, ck) = (hits_key(&l), hits_key(&c));
        let shared = lk.iter().filter(|k| ck.contains(k)).count();
        let overlap = if lk.is_empty() { 1.0 } else { shared as f64 / lk.len() as f64 };
        // The order is compared on real text only: the written
        // dispatches are made of a few sentences, so many passages tie or
        // nearly tie, and each engine orders ties its own way.
        assert!(
            !with_orangesum || overlap >= 0.6,
            "{q:?}: top-10 overlap {overlap}\nlocal {lk:?}\ncluster {ck:?}"
        );
        // The query and filters, without the order (facets and claims
        // have their own).
        let mut filters: Vec<&str> = Vec::new();
        let mut rest = q.iter().copied();
        while let Some(a) = rest.next() {
            if a == "--sort" {
                rest.next();
            } else {
                filters.push(a);
            }
        }
        // Facet counts: kinds, actors, places and claims in turn.
        let facet = ["kind", "actor", "place", "claim"][n % 4];
        let mut args: Vec<&str> = vec!["facets", facet];
        args.extend(&filters);
        args.extend(["--format", "json"]);
        let local = run(&index, &args);
        args.extend(["--engine", &engine]);
        let remote = run(&index, &args);
        assert_eq!(local.code, remote.code, "{q:?} facets {facet}: {}", remote.stderr);
        if local.code == 0 {
            assert_eq!(
                json(&local, "facets")["values"],
                json(&remote, "facets")["values"],
                "{q:?}: facets {facet}"
            );
        }
        // Claims: the same on both. Locally, words that match passages
        // none of which holds a claim are not retried with typos (a retry
        // would find claims in other words); the cluster never retries.
        let mut args: Vec<&str> = vec!["claims"];
        args.extend(&filters);
        args.extend(["--format", "json", "--all"]);
        let local = run(&index, &args);
        args.extend(["--engine", &engine]);
        let remote = run(&index, &args);
        assert_eq!(local.code, remote.code, "{q:?} claims: {}", remote.stderr);
        let claims = if local.code == 0 {
            assert_eq!(
                claims_set(&json(&local, "claims")),
                claims_set(&json(&remote, "claims")),
                "{q:?}: claims"
            );
            json(&local, "claims")["claims"].as_array().unwrap().len().to_string()
        } else {
            "none".into()
        };
        let line = format!(
            "| {:<46} | {:>6} | {:>7} | {:>6.1} | {:<7} | {:>6} |",
            q.join(" "),
            l["total"],
            c["total"],
            overlap,
            facet,
            claims
        );
        (line, Some(overlap))
    };
    let rows: Vec<(String, Option<f64>)> = std::thread::scope(|s| {
        let (even, odd): (Vec<_>, Vec<_>) = QUERIES.iter().enumerate().partition(|(n, _)| n % 2 == 0);
        let a = s.spawn(|| even.into_iter().map(compare).collect::<Vec<_>>());
        let b = odd.into_iter().map(compare).collect::<Vec<_>>();
        let mut all = a.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        all.extend(b);
        all
    });
    println!("| query | local | cluster | top-10 | facets | claims |");
    println!("|---|---:|---:|---:|---|---:|");
    for (line, _) in &rows {
        println!("{line}");
    }
    let overlaps: Vec<f64> = rows.iter().filter_map(|(_, o)| *o).collect();
    assert!(overlaps.len() >= QUERIES.len() / 2, "only {} queries compared", overlaps.len());
    let mean = overlaps.iter().sum::<f64>() / overlaps.len() as f64;
    println!("mean top-10 overlap: {mean:.3} ({} queries compared)", overlaps.len());
    assert!(!with_orangesum || mean >= 0.8, "mean top-10 overlap {mean}");

    // A typo: the local index retries with typos and says what it
    // matched; the cluster answers nothing, as documented.
    let r = run(&index, &["search", "Tombouctu", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(json(&r, "local typo")["corrections"].as_array().is_some_and(|c| !c.is_empty()), "{}", r.stdout);
    let r = run(&index, &["search", "Tombouctu", "--engine", &engine]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    // Typos on demand are local only too: refused by name, not ignored.
    let r = run(&index, &["search", "Tombouctu", "--fuzzy", "--engine", &engine]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("--fuzzy") && r.stderr.contains("local"), "{}", r.stderr);

    timelines_and_groups_agree(&index, &engine);
    serve_on_the_cluster_agrees(&index, &engine);

    // One node lost: a clear error naming it, exit 2, no panic.
    nodes.kill(1);
    let r = run(&index, &["search", "gouvernement", "--engine", &engine]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains(&format!("127.0.0.1:{}", port + 3)),
        "the lost node is not named: {}",
        r.stderr
    );
    assert!(r.stderr.contains("partial"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let r = run(&index, &["facets", "place", "--engine", &format!("manticore://{node2}/dispatches")]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains(&node2) && !r.stderr.contains("panicked"), "{}", r.stderr);
    let r = run(&index, &["push", &push_url]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains(&node2), "push does not name the lost node: {}", r.stderr);
    nodes.start(1);

    // Edits and deletions, pushed: the cluster equals the corpus again.
    std::fs::remove_file(corpus.join("003_aa44441a36803ad2.txt")).unwrap();
    let (mut edited, mut deleted) = (0, 1);
    {
        let path = corpus.join("orangesum.jsonl");
        let lines: Vec<String> = std::fs::read_to_string(&path).unwrap().lines().map(str::to_owned).collect();
        let mut kept = Vec::new();
        for (i, line) in lines.into_iter().enumerate() {
            if i % 100 == 7 {
                deleted += 1;
                continue; // 20 dispatches deleted (OrangeSum's 2,000)
            }
            let mut v: Value = serde_json::from_str(&line).unwrap();
            if i % 100 == 11 {
                // 20 edited: a paragraph added
                edited += 1;
                let text = v["text"].as_str().unwrap().to_owned();
                v["text"] = Value::String(format!("{text}\n\nL'armée malienne a démenti ces informations."));
            }
            kept.push(v.to_string());
        }
        std::fs::write(&path, kept.join("\n") + "\n").unwrap();
    }
    let r = run(&index, &["push", &push_url, corpus.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    println!("re-push: {}", r.stdout.trim());
    assert!(r.stdout.contains(&format!("{edited} replaced, {deleted} deleted")), "{}", r.stdout);
    let (local, remote) = (everything(&index, None), everything(&index, Some(&engine)));
    assert_eq!(local.len(), remote.len());
    assert_eq!(local, remote, "the cluster differs from the corpus after edits and deletions");
    let r = run(&index, &["push", &push_url]);
    assert!(r.stdout.contains("0 dispatches added, 0 replaced, 0 deleted"), "{}", r.stdout);
}

/// `timeline --engine` gives the local histogram (passages, dispatches,
/// imprecise and undated apart) by year, month and week; `--group
/// dispatch` the same dispatches with the same matching passages.
fn timelines_and_groups_agree(index: &Path, engine: &str) {
    let cases: &[(&[&str], &str)] = &[
        (&[], "month"),
        (&["coronavirus", "--to", "2020-06-30"], "week"),
        (&["police", "--place", "France"], "year"),
        (&["confinement", "--from", "2020-05-01", "--undated"], "month"),
        (&["armée malienne"], "year"),
        (&["attaque", "--kind", "jihadist", "--scope", "dispatch"], "month"),
    ];
    for (q, by) in cases {
        let mut args: Vec<&str> = vec!["timeline"];
        args.extend_from_slice(q);
        args.extend(["--by", by, "--format", "json"]);
        let local = run(index, &args);
        args.extend(["--engine", engine]);
        let remote = run(index, &args);
        assert_eq!(local.code, remote.code, "timeline {q:?}: {}", remote.stderr);
        let (l, c) = (json(&local, "timeline"), json(&remote, "timeline"));
        assert!(l["periods"].as_array().is_some_and(|p| !p.is_empty()), "timeline {q:?}: empty: {l}");
        assert_eq!(l, c, "timeline {q:?} by {by}");
    }
    for q in [&["gouvernement", "--from", "2020-06-01"][..], &["Mali"]] {
        let mut args: Vec<&str> = vec!["search"];
        args.extend_from_slice(q);
        args.extend(["--group", "dispatch", "--all", "--format", "jsonl"]);
        let local = run(index, &args);
        args.extend(["--engine", engine]);
        let remote = run(index, &args);
        assert_eq!(local.code, remote.code, "--group dispatch {q:?}: {}", remote.stderr);
        let groups = |r: &Run| -> BTreeMap<String, (u64, Value)> {
            r.stdout
                .lines()
                .filter_map(|l| serde_json::from_str::<Value>(l).ok())
                .filter(|v| v.get("dispatch_id").is_some())
                .map(|v| {
                    (
                        v["dispatch_id"].as_str().unwrap().to_owned(),
                        (v["passages"].as_u64().unwrap_or(0), v["facets"].clone()),
                    )
                })
                .collect()
        };
        let (l, c) = (groups(&local), groups(&remote));
        assert!(!l.is_empty(), "--group dispatch {q:?}: no groups: {}", local.stdout);
        assert_eq!(l, c, "--group dispatch {q:?}");
    }
}

/// `serve --engine URL`: the page and its data twins answer from the
/// cluster; `/api/search?format=csv` is `search --engine … --all --format
/// csv` byte for byte; what only the local index has (`like=`) is a 501
/// page naming it, and the server keeps serving.
fn serve_on_the_cluster_agrees(index: &Path, engine: &str) {
    use depeches::web::load::get;
    let mut child = Command::new(bin())
        .arg("--index")
        .arg(index)
        .args(["serve", "--port", "0", "--engine", engine])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .unwrap();
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let stdout = child.stdout.take().unwrap();
    let _guard = Kill(child);
    let line = std::io::BufReader::new(stdout).lines().map_while(Result::ok).find(|l| l.contains("http://"));
    let url = line.expect("serve printed no URL");
    assert!(url.contains(engine), "the cluster is not named: {url}");
    let url = url.split_whitespace().find(|w| w.starts_with("http://")).unwrap();
    let addr: std::net::SocketAddr = url.trim_start_matches("http://").trim_end_matches('/').parse().unwrap();

    for (q, path) in [
        ("gouvernement", "/api/search?q=gouvernement&format=csv"),
        ("\"premier ministre\"", "/api/search?q=%22premier+ministre%22&place=France&format=csv"),
    ] {
        let answer = get(addr, path).unwrap();
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
        let mut args = vec!["search", q];
        if path.contains("place=France") {
            args.extend(["--place", "France"]);
        }
        args.extend(["--all", "--format", "csv", "--engine", engine]);
        let cli = run(index, &args);
        assert_eq!(cli.code, 0, "{}", cli.stderr);
        assert!(cli.stdout.lines().count() > 2, "{q}: too few rows to compare");
        assert_eq!(answer.text(), cli.stdout, "{path} differs from `search --engine --all --format csv`");
    }
    let timeline = get(addr, "/api/timeline?q=coronavirus&by=week").unwrap();
    assert_eq!(timeline.status, 200, "{}", timeline.text());
    let cli =
        run(index, &["timeline", "coronavirus", "--by", "week", "--format", "json", "--engine", engine]);
    assert_eq!(
        serde_json::from_str::<Value>(&timeline.text()).unwrap(),
        json(&cli, "timeline"),
        "/api/timeline"
    );
    let facets = get(addr, "/api/facets?q=police&facet=place").unwrap();
    assert_eq!(facets.status, 200, "{}", facets.text());
    let cli = run(index, &["facets", "place", "police", "--format", "json", "--engine", engine]);
    assert_eq!(
        serde_json::from_str::<Value>(&facets.text()).unwrap()["values"],
        json(&cli, "facets")["values"],
        "/api/facets"
    );
    let claims = get(addr, "/api/claims?q=police&format=json").unwrap();
    assert_eq!(claims.status, 200, "{}", claims.text());
    let page = get(addr, "/?q=gouvernement").unwrap();
    assert_eq!(page.status, 200, "{}", page.text());
    let first =
        run(index, &["search", "gouvernement", "--format", "json", "--limit", "1", "--engine", engine]);
    let first = json(&first, "search");
    let id = first["hits"][0]["dispatch_id"].as_str().unwrap().to_owned();
    assert!(page.text().contains(&id), "the page does not list the first hit {id}");
    assert!(page.text().contains("<svg"), "the page has no histogram");
    let claims_page = get(addr, "/claims?q=police").unwrap();
    assert_eq!(claims_page.status, 200, "{}", claims_page.text());
    // The dispatch, passage by passage (text, entity highlights, facets)
    // as `show` prints it locally; the wire metadata stays local.
    let dispatch = get(addr, &format!("/api/dispatch/{id}")).unwrap();
    assert_eq!(dispatch.status, 200, "{}", dispatch.text());
    let view: Value = serde_json::from_str(&dispatch.text()).unwrap();
    let local = json(&run(index, &["show", &id, "--format", "json"]), "show");
    assert_eq!(view["passages"], local["passages"], "/api/dispatch/{id}");
    assert_eq!(view["facets"], local["facets"], "/api/dispatch/{id}");
    assert_eq!(get(addr, &format!("/dispatch/{id}?q=gouvernement")).unwrap().status, 200);
    // Local only: a clear answer naming the feature, and the server goes on.
    let like = get(addr, &format!("/?like={id}")).unwrap();
    assert_eq!(like.status, 501, "{}", like.text());
    assert!(like.text().contains("local index only"), "{}", like.text());
    let like = get(addr, &format!("/api/search?like={id}")).unwrap();
    assert_eq!(like.status, 501, "{}", like.text());
    assert!(get(addr, "/api/search?q=Mali&format=json").unwrap().status == 200);
}

/// `cluster opensearch`: the mapping uses core field types only, every
/// bulk line pair parses, and each passage's terms are `depeches analyze`
/// of its text. No engine needed.
#[test]
fn the_opensearch_export_validates() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("index");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let r = run(&index, &["index", corpus.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = tmp.path().join("os");
    let r = run(&index, &["cluster", "opensearch", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mapping: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("mapping.json")).unwrap()).unwrap();
    let core = ["text", "keyword", "integer", "long", "date", "object", "boolean", "float", "double"];
    let properties = mapping["mappings"]["properties"].as_object().unwrap();
    assert!(properties.len() >= 20);
    for (name, field) in properties {
        let kind = field["type"].as_str().unwrap();
        assert!(core.contains(&kind), "{name}: {kind} is not a core type");
    }
    let bulk = std::fs::read_to_string(out.join("bulk.ndjson")).unwrap();
    let lines: Vec<&str> = bulk.lines().collect();
    assert_eq!(lines.len() % 2, 0);
    assert!(!lines.is_empty());
    let mut texts = String::new();
    let mut terms = Vec::new();
    for pair in lines.chunks(2) {
        let action: Value = serde_json::from_str(pair[0]).unwrap();
        assert!(action["index"]["_id"].is_string(), "{}", pair[0]);
        let doc: Value = serde_json::from_str(pair[1]).unwrap();
        for key in doc.as_object().unwrap().keys() {
            assert!(properties.contains_key(key), "{key} is not in the mapping");
        }
        let text = doc["text"].as_str().unwrap();
        assert!(!text.contains('\n'));
        texts.push_str(text);
        texts.push('\n');
        terms.push(doc["terms"].as_str().unwrap().to_owned());
    }
    let mut child = Command::new(bin())
        .arg("analyze")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(texts.as_bytes()).unwrap();
    let analyzed = child.wait_with_output().unwrap();
    let analyzed: Vec<String> =
        String::from_utf8(analyzed.stdout).unwrap().lines().map(str::to_owned).collect();
    assert_eq!(analyzed, terms);
}
