//! Issue 5: search that analysts can steer — dates, sorting, typos, folding,
//! context, highlight styles, stats and timeline — on `tests/fixtures/sahel`.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::util::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sahel");

/// A working directory with the fixture corpus indexed.
pub fn sahel() -> TestEnv {
    let env = TestEnv::empty();
    let run = env.run(&["index", FIXTURES]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    env
}

fn dispatches(doc: &Value) -> BTreeSet<String> {
    doc["hits"].as_array().unwrap().iter().map(|h| h["dispatch_id"].as_str().unwrap().to_owned()).collect()
}

fn search(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["search", "--format", "json", "--limit", "100", "--no-fold"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    assert!(run.code == 0 || run.code == 1, "{args:?}: {}", run.stderr);
    run.json()
}

/// The fixture dispatches and the days their dates cover.
const DATED: [(&str, u32, u32); 5] = [
    ("d-escaping", 20230714, 20230714),
    ("d-2023-08-30", 20230830, 20230830),
    ("b-09", 20230901, 20230930),
    ("d-2023-09-20", 20230920, 20230920),
    ("d-2023-10-02", 20231002, 20231002),
];

fn day(bound: &str, last: bool) -> u32 {
    let parts: Vec<u32> = bound.split('-').map(|p| p.parse().unwrap()).collect();
    match (parts.len(), last) {
        (1, false) => parts[0] * 10000 + 101,
        (1, true) => parts[0] * 10000 + 1231,
        (2, false) => parts[0] * 10000 + parts[1] * 100 + 1,
        (2, true) => {
            parts[0] * 10000
                + parts[1] * 100
                + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][parts[1] as usize - 1]
        }
        _ => parts[0] * 10000 + parts[1] * 100 + parts[2],
    }
}

#[test]
fn from_and_to_follow_each_dispatch_precision() {
    let env = sahel();
    let bounds = [
        None,
        Some("2023"),
        Some("2023-08-30"),
        Some("2023-09"),
        Some("2023-09-15"),
        Some("2023-09-20"),
        Some("2023-09-21"),
        Some("2023-10"),
    ];
    for from in bounds {
        for to in bounds {
            if from.is_none() && to.is_none() {
                continue;
            }
            let (lo, hi) = (from.map_or(0, |f| day(f, false)), to.map_or(u32::MAX, |t| day(t, true)));
            if lo > hi {
                continue;
            }
            let expected: BTreeSet<String> = DATED
                .iter()
                .filter(|(_, first, last)| *last >= lo && *first <= hi)
                .map(|(id, ..)| id.to_string())
                .collect();
            let mut args = vec!["CMA"];
            if let Some(f) = from {
                args.extend(["--from", f]);
            }
            if let Some(t) = to {
                args.extend(["--to", t]);
            }
            assert_eq!(dispatches(&search(&env, &args)), expected, "--from {from:?} --to {to:?}");
            args.push("--undated");
            let mut with_undated = expected.clone();
            with_undated.insert("d-undated".into());
            assert_eq!(
                dispatches(&search(&env, &args)),
                with_undated,
                "--from {from:?} --to {to:?} --undated"
            );
        }
    }
    // The two examples of the issue, spelled out.
    assert!(dispatches(&search(&env, &["CMA", "--from", "2023-09-15"])).contains("b-09"));
    assert!(dispatches(&search(&env, &["CMA", "--to", "2023-09"])).contains("b-09"));
}

#[test]
fn bad_dates_and_empty_ranges_are_usage_errors() {
    let env = sahel();
    for bad in ["2023-13", "2023-02-30", "hier", "23-09"] {
        let run = env.run(&["search", "CMA", "--from", bad]);
        assert_eq!(run.code, 2, "{bad}");
        assert!(run.stderr.contains(bad), "{}", run.stderr);
    }
    let run = env.run(&["search", "CMA", "--from", "2023-10", "--to", "2023-09"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("after"), "{}", run.stderr);
}

#[test]
fn sort_by_date_both_ways_with_undated_last() {
    let env = sahel();
    let order = |sort: &str| -> Vec<String> {
        let doc = search(&env, &["CMA", "--sort", sort]);
        let mut ids: Vec<String> = Vec::new();
        for h in doc["hits"].as_array().unwrap() {
            let id = h["dispatch_id"].as_str().unwrap().to_owned();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
        ids
    };
    assert_eq!(
        order("date"),
        ["d-escaping", "d-2023-08-30", "b-09", "d-2023-09-20", "d-2023-10-02", "d-undated"]
    );
    assert_eq!(
        order("-date"),
        ["d-2023-10-02", "d-2023-09-20", "b-09", "d-2023-08-30", "d-escaping", "d-undated"]
    );
    let scores: Vec<f64> = search(&env, &["CMA"])["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "score order: {scores:?}");
}

#[test]
fn a_misspelled_name_with_no_hits_is_retried_and_the_correction_said() {
    let env = TestEnv::with_bundled_corpus();
    let exact = sorted(hit_ids(&env.search_json("Tombouctou")));
    assert_eq!(exact.len(), 2);
    let run = env.run(&["search", "Tombouctu", "--format", "json", "--limit", "100"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(sorted(hit_ids(&doc)), exact, "the Tombouctou passages");
    assert_eq!(doc["corrections"][0]["typed"], "Tombouctu");
    assert_eq!(doc["corrections"][0]["found"][0], "Tombouctou");
    for hit in doc["hits"].as_array().unwrap() {
        assert!(marked_words(hit).contains(&"Tombouctou".to_owned()), "{hit}");
    }
    let text = env.run(&["search", "Tombouctu"]);
    assert!(text.stdout.starts_with("Tombouctu → Tombouctou\n"), "{}", text.stdout);
}

#[test]
fn fuzzy_keeps_exact_hits_first() {
    let env = TestEnv::with_bundled_corpus();
    let exact = hit_ids(&env.search_json("Tombouctou"));
    let run = env.run(&["search", "Tombouctou", "--fuzzy", "--format", "json", "--limit", "100"]);
    let fuzzy = hit_ids(&run.json());
    assert!(fuzzy.len() >= exact.len());
    assert_eq!(&fuzzy[..exact.len()], &exact[..], "exact hits kept, and first");
}

#[test]
fn short_words_are_not_fuzzed_but_get_suggestions() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "Bouremm", "--format", "json"]);
    assert_eq!(run.code, 0, "7 letters: one typo allowed");
    let run = env.run(&["search", "Lerre", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = env.run(&["search", "Kidall"]);
    assert_eq!(run.code, 1, "Kidal is not in the bundled corpus");
    assert!(run.stdout.contains("did you mean: Kidal"), "a vocabulary name: {}", run.stdout);
    let run = env.run(&["search", "camqs", "--format", "json"]);
    assert_eq!(run.code, 0, "5 letters: camps");
    let run = env.run(&["search", "cmap"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("did you mean:"), "{}", run.stdout);
    assert!(run.stdout.contains("camp"), "from the index's own words: {}", run.stdout);
}

#[test]
fn context_prints_neighbouring_passages_and_per_dispatch_caps_hits() {
    let env = TestEnv::with_bundled_corpus();
    let doc = env.run(&["search", "Bourem", "--context", "1", "--format", "json"]).json();
    let hit = &doc["hits"][0];
    let no = hit["passage_no"].as_u64().unwrap();
    let context: Vec<u64> =
        hit["context"].as_array().unwrap().iter().map(|c| c["passage_no"].as_u64().unwrap()).collect();
    assert_eq!(context, [no - 1, no + 1]);
    let text = env.run(&["search", "Bourem", "-C", "1", "--highlight", "none"]);
    assert!(text.stdout.contains(&format!("¶{} ", no - 1)), "{}", text.stdout);

    let all = hit_ids(&env.search_json("armés"));
    let capped = hit_ids(&env.run(&["search", "armés", "--per-dispatch", "1", "--format", "json"]).json());
    assert!(all.len() > 2);
    assert_eq!(capped.len(), 2, "one per dispatch: {capped:?}");
    assert_ne!(capped[0].0, capped[1].0);
}

#[test]
fn show_prints_the_whole_dispatch_with_the_query_marked() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["show", "000_059ab664ff4507f1", "--query", "camps militaires", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let passages = doc["passages"].as_array().unwrap();
    assert_eq!(passages.len(), 14);
    assert_eq!(doc["date"], "2023-09");
    assert!(doc["actors"].as_array().unwrap().iter().any(|a| a == "CMA"));
    let mut marked = BTreeSet::new();
    for p in passages {
        let chars: Vec<char> = p["text"].as_str().unwrap().chars().collect();
        for r in p["highlights"].as_array().unwrap() {
            let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
            marked.insert(chars[s..e].iter().collect::<String>());
        }
    }
    assert!(marked.contains("camps") && marked.contains("militaires"), "{marked:?}");
    let text =
        env.run(&["show", "000_059ab664ff4507f1", "--query", "camps militaires", "--highlight", "markdown"]);
    assert!(text.stdout.contains("**camps** **militaires**"), "{}", text.stdout);
    assert_eq!(text.stdout.matches("\n¶").count(), 14);
    let missing = env.run(&["show", "nope"]);
    assert_eq!(missing.code, 1);
    assert!(missing.stderr.contains("no dispatch \"nope\""));
}

#[test]
fn html_highlight_escapes_the_passage() {
    let env = sahel();
    let run = env.run(&["search", "attention", "--highlight", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Selon le texte, 3 &lt; 5 &amp; &quot;la CMA&quot; a écrit &lt;b&gt;<mark>attention</mark>&lt;/b&gt; à Gao."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Un titre avec &lt;balise&gt; &amp; &quot;guillemets&quot;"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("<b>"));
    let piped = env.run(&["search", "attention"]);
    assert!(!piped.stdout.contains('\x1b') && !piped.stdout.contains("<mark>"), "no marks when piped");
    let ansi = env.run(&["search", "attention", "--highlight", "ansi"]);
    assert!(ansi.stdout.contains("\x1b[1;31mattention\x1b[0m"));
}

#[test]
fn query_errors_point_at_the_problem() {
    let env = TestEnv::with_bundled_corpus();
    for (query, message) in [
        ("armee \"malienne", "unbalanced quote"),
        ("(armee malienne", "unbalanced parenthesis"),
        ("armee)", "unbalanced parenthesis"),
        ("titre:Kidal", "unknown field"),
        ("actor:Zorglub", "unknown actor"),
        ("OR", "OR needs"),
    ] {
        let run = env.run(&["search", query]);
        assert_eq!(run.code, 2, "{query}");
        assert!(run.stderr.contains(message), "{query}: {}", run.stderr);
        assert!(run.stderr.contains('^'), "points at the problem: {}", run.stderr);
    }
}

#[test]
fn fields_in_the_query_filter() {
    let env = TestEnv::with_bundled_corpus();
    let by_field = hit_ids(&env.search_json("actor:jnim"));
    assert_eq!(by_field, [("003_aa44441a36803ad2".to_owned(), 8)]);
    let combined = hit_ids(&env.search_json("camps place:Tombouctou"));
    assert!(!combined.is_empty());
    let flag = hit_ids(&env.run(&["search", "camps", "--place", "Tombouctou", "--format", "json"]).json());
    assert_eq!(sorted(combined), sorted(flag));
}

#[test]
fn timeline_counts_per_month_with_undated_apart() {
    let env = sahel();
    let run = env.run(&["timeline", "--actor", "CMA", "--by", "month", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let months: Vec<(String, u64, u64)> = doc["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["period"].as_str().unwrap().to_owned(),
                p["passages"].as_u64().unwrap(),
                p["dispatches"].as_u64().unwrap(),
            )
        })
        .collect();
    // Passages naming the CMA, by the fixtures: 07-14 one, 08-30 two,
    // September three (b-09 one, 09-20 two), 10-02 one; undated one.
    assert_eq!(
        months,
        [
            ("2023-07".to_owned(), 1, 1),
            ("2023-08".to_owned(), 2, 1),
            ("2023-09".to_owned(), 3, 2),
            ("2023-10".to_owned(), 1, 1)
        ]
    );
    assert_eq!(doc["undated"]["passages"], 1);
    assert_eq!(doc["undated"]["dispatches"], 1);
    let weekly = env.run(&["timeline", "--actor", "CMA", "--by", "week", "--format", "json"]).json();
    assert_eq!(weekly["imprecise"]["dispatches"], 1, "the dispatch dated 2023-09 has no week");
    let text = env.run(&["timeline", "--actor", "CMA", "--by", "month"]);
    assert!(text.stdout.lines().any(|l| l.starts_with("2023-09") && l.contains('█')), "{}", text.stdout);
    assert!(text.stdout.lines().any(|l| l.starts_with("undated")), "{}", text.stdout);
    let csv = env.run(&["timeline", "--actor", "CMA", "--format", "csv"]);
    assert!(csv.stdout.starts_with("period,first_day,passages,dispatches\n"), "{}", csv.stdout);
    assert!(csv.stdout.contains("\n2023-09,2023-09-01,3,2\n"), "{}", csv.stdout);
}

#[test]
fn stats_describe_the_index() {
    let env = sahel();
    let run = env.run(&["stats", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["dispatches"], 6);
    assert_eq!(doc["passages"], 10);
    assert_eq!(doc["first_date"], "2023-07-14");
    assert_eq!(doc["last_date"], "2023-10-02");
    assert!(doc["index_bytes"].as_u64().unwrap() > 0);
    // The version the binary was built with (index_schema/schema.toml).
    assert_eq!(doc["schema_version"], depeches::schema::IndexSchema::embedded().unwrap().version);
    assert!(doc["vocabulary"].as_str().is_some());
    assert_eq!(doc["top_actors"][0]["id"], "CMA");
    let text = env.run(&["stats"]);
    assert!(text.stdout.contains("(current)"), "{}", text.stdout);
    let none = TestEnv::empty().run(&["stats"]);
    assert_eq!(none.code, 2);
    assert!(none.stderr.contains("no index"), "{}", none.stderr);
}

#[test]
fn a_shared_background_paragraph_is_shown_once() {
    let env = sahel();
    let run = env.run(&["search", "\"accord de paix\"", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["total"], 2, "both passages match");
    let hits = doc["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "shown once");
    assert_eq!(hits[0]["similar"]["count"], 1);
    let shown = hits[0]["dispatch_id"].as_str().unwrap();
    let other = if shown == "d-2023-08-30" { "d-2023-09-20" } else { "d-2023-08-30" };
    assert_eq!(hits[0]["similar"]["dispatches"], serde_json::json!([other]));
    let text = env.run(&["search", "\"accord de paix\""]);
    assert!(text.stdout.contains(&format!("+1 similar in dispatches {other}")), "{}", text.stdout);
    let all = env.run(&["search", "\"accord de paix\"", "--no-fold", "--format", "json"]).json();
    assert_eq!(dispatches(&all), BTreeSet::from(["d-2023-08-30".to_owned(), "d-2023-09-20".to_owned()]));
    assert!(all["hits"][0]["similar"].is_null());
    // Different paragraphs of the same story are not folded.
    let cma = search(&env, &["CMA"]);
    let folded = env.run(&["search", "CMA", "--format", "json", "--limit", "100"]).json();
    assert_eq!(folded["hits"].as_array().unwrap().len(), cma["hits"].as_array().unwrap().len() - 1);
}

#[test]
fn reindexing_keeps_near_duplicate_clusters() {
    let env = sahel();
    let before = env.run(&["search", "\"accord de paix\"", "--format", "json"]).json();
    let again = env.run(&["index", FIXTURES]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let after = env.run(&["search", "\"accord de paix\"", "--format", "json"]).json();
    assert_eq!(after["hits"].as_array().unwrap().len(), 1);
    // Equal scores: either twin may stand for the cluster; the cluster is
    // the same.
    let members = |doc: &Value| {
        let mut m = vec![doc["hits"][0]["dispatch_id"].as_str().unwrap().to_owned()];
        m.extend(
            doc["hits"][0]["similar"]["dispatches"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap().to_owned()),
        );
        m.sort();
        m
    };
    assert_eq!(members(&after), members(&before));
    assert_eq!(after["hits"][0]["similar"]["count"], 1);
}
