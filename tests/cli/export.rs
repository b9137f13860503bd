//! Issue 6: exporting hit lists in the formats analysts' tools read.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::util::*;

/// The fields every format is compared on, as `--format json` gives them.
const FIELDS: &str = "rank,score,dispatch_id,passage_no,date,title,source,actors,places,snippet,text";

fn json_rows(env: &TestEnv, query: &str) -> Vec<Vec<String>> {
    let doc = env.run(&["search", query, "--all", "--format", "json", "--fields", FIELDS]).json();
    doc["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            FIELDS
                .split(',')
                .map(|f| match &h[f] {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    Value::Number(n) if f == "score" => format!("{:.4}", n.as_f64().unwrap()),
                    Value::Number(n) => n.to_string(),
                    Value::Array(items) => {
                        items.iter().map(|i| i.as_str().unwrap()).collect::<Vec<_>>().join("; ")
                    }
                    other => panic!("{f}: {other}"),
                })
                .collect()
        })
        .collect()
}

fn export(env: &TestEnv, query: &str, format: &str) -> String {
    let run = env.run(&["search", query, "--all", "--format", format, "--fields", FIELDS]);
    assert_eq!(run.code, 0, "{format}: {}", run.stderr);
    run.stdout
}

fn tsv_unescape(cell: &str) -> String {
    let mut out = String::new();
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_format_gives_the_same_hits_in_the_same_order() {
    let env = TestEnv::with_bundled_corpus();
    for query in ["armee malienne", "CMA", "Léré"] {
        let expected = json_rows(&env, query);
        assert!(!expected.is_empty());

        let csv_text = export(&env, query, "csv");
        assert!(csv_text.contains("\r\n"), "CRLF line ends");
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(header.join(","), FIELDS);
        let rows: Vec<Vec<String>> =
            reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        assert_eq!(rows, expected, "csv {query}");

        let tsv = export(&env, query, "tsv");
        let mut lines = tsv.lines();
        assert_eq!(lines.next().unwrap().split('\t').collect::<Vec<_>>().join(","), FIELDS);
        let rows: Vec<Vec<String>> = lines.map(|l| l.split('\t').map(tsv_unescape).collect()).collect();
        assert_eq!(rows, expected, "tsv {query}");

        let jsonl = export(&env, query, "jsonl");
        let objects: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(objects.len(), expected.len());
        for (o, e) in objects.iter().zip(&expected) {
            assert_eq!(o["dispatch_id"], e[2].as_str());
            assert_eq!(o["passage_no"].to_string(), e[3]);
            assert_eq!(o["text"], e[10].as_str());
        }

        let md = export(&env, query, "markdown");
        let rows: Vec<&str> = md.lines().skip(2).collect();
        assert_eq!(rows.len(), expected.len(), "one table row per hit");
        for (row, e) in rows.iter().zip(&expected) {
            let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells[2].replace("\\_", "_"), e[2], "markdown order");
        }

        let html = export(&env, query, "html");
        assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
        let ids: Vec<&str> =
            html.lines().filter(|l| l.starts_with("<td>0") || l.starts_with("<td>00")).collect();
        assert_eq!(ids.len(), expected.len(), "html rows");
        for (line, e) in ids.iter().zip(&expected) {
            assert_eq!(*line, format!("<td>{}</td>", e[2]));
        }
    }
}

/// A corpus whose one dispatch holds every character that breaks naive CSV.
fn hostile() -> TestEnv {
    let env = TestEnv::empty();
    let record = serde_json::json!({
        "id": "tricky,\"id\"",
        "date": "2023-09-20",
        "title": "Titre, avec \"guillemets\"\tune tabulation\net un saut de ligne",
        "source": "=1+1",
        "text": "=1+1, dit-il : \"Kidal\" \\ reste calme; c'est tout.",
    });
    env.write("c.jsonl", format!("{record}\n"));
    assert_eq!(env.run(&["index", "c.jsonl"]).code, 0);
    env
}

#[test]
fn hostile_fields_round_trip_through_csv_and_tsv() {
    let env = hostile();
    let title = "Titre, avec \"guillemets\"\tune tabulation\net un saut de ligne";
    let text = "=1+1, dit-il : \"Kidal\" \\ reste calme; c'est tout.";
    let fields = "dispatch_id,title,source,text";
    let csv_out = env.run(&["search", "Kidal", "--format", "csv", "--fields", fields]).stdout;
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let row: Vec<String> = reader.records().next().unwrap().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(row, ["tricky,\"id\"", title, "=1+1", text]);

    let tsv_out = env.run(&["search", "Kidal", "--format", "tsv", "--fields", fields]).stdout;
    let lines: Vec<&str> = tsv_out.lines().collect();
    assert_eq!(lines.len(), 2, "one line per hit: {tsv_out:?}");
    let row: Vec<String> = lines[1].split('\t').map(tsv_unescape).collect();
    assert_eq!(row, ["tricky,\"id\"", title, "=1+1", text]);

    let excel = env.run(&["search", "Kidal", "--format", "csv", "--excel", "--fields", fields]).stdout;
    assert!(excel.starts_with('\u{feff}'), "BOM for Excel");
    let mut reader = csv::Reader::from_reader(excel.trim_start_matches('\u{feff}').as_bytes());
    let row: Vec<String> = reader.records().next().unwrap().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(row[2], "'=1+1", "formula guarded");
    assert_eq!(row[3], format!("'{text}"));
    assert_eq!(row[1], title, "other cells untouched");
    let run = env.run(&["search", "Kidal", "--format", "tsv", "--excel"]);
    assert_eq!(run.code, 2, "--excel is for CSV");
}

/// A generated corpus with `n` matching passages.
fn many(n: usize) -> TestEnv {
    let env = TestEnv::empty();
    let mut jsonl = String::new();
    for d in 0..n / 10 {
        let text: Vec<String> = (0..10)
            .map(|p| format!("Patrouille {d}-{p} de la Minusma près de Gao, jour {}.", d * 10 + p))
            .collect();
        jsonl.push_str(
            &serde_json::json!({"id": format!("g{d:05}"), "date": "2023-09", "text": text.join("\n\n")})
                .to_string(),
        );
        jsonl.push('\n');
    }
    env.write("c.jsonl", jsonl);
    assert_eq!(env.run(&["index", "c.jsonl"]).code, 0);
    env
}

#[test]
fn all_exports_every_hit_in_rank_order() {
    let env = many(3000);
    let run = env.run(&[
        "search",
        "patrouille",
        "--all",
        "--format",
        "csv",
        "--fields",
        "rank,dispatch_id,passage_no",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let ranks: Vec<u64> = reader.records().map(|r| r.unwrap()[0].parse().unwrap()).collect();
    assert_eq!(ranks.len(), 3000);
    assert!(ranks.iter().enumerate().all(|(i, r)| *r == i as u64 + 1));
    let limit0 = env.run(&["search", "patrouille", "--limit", "0", "--format", "jsonl", "--fields", "rank"]);
    assert_eq!(limit0.stdout.lines().count(), 3000);
    let by_date =
        env.run(&["search", "patrouille", "--all", "--sort", "-date", "--format", "tsv", "--fields", "rank"]);
    assert_eq!(by_date.stdout.lines().count(), 3001);
}

#[test]
fn output_file_is_written_whole_and_its_format_follows_the_extension() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "CMA", "--output", "hits.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let csv_text = std::fs::read_to_string(env.path("hits.csv")).unwrap();
    assert!(csv_text.starts_with("rank,score,dispatch_id"));
    for (file, start) in
        [("h.json", "{"), ("h.jsonl", "{\"rank\""), ("h.md", "| rank"), ("h.html", "<!DOCTYPE")]
    {
        assert_eq!(env.run(&["search", "CMA", "-o", file]).code, 0);
        assert!(std::fs::read_to_string(env.path(file)).unwrap().starts_with(start), "{file}");
    }
    let run = env.run(&["search", "CMA", "--output", "hits.xyz"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--format"), "{}", run.stderr);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
// Release builds compile the fault hook away.
#[cfg_attr(not(debug_assertions), ignore = "needs the debug build's DEPECHES_FAIL_AFTER_ROWS hook")]
fn a_failed_export_leaves_the_old_file_untouched() {
    let env = many(200);
    env.write("hits.csv", "the analyst's previous export\n");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_depeches"));
    let out = cmd
        .args(["search", "patrouille", "--all", "--output", "hits.csv"])
        .current_dir(env.dir.path())
        .env("DEPECHES_FAIL_AFTER_ROWS", "50")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("injected failure"));
    assert_eq!(std::fs::read_to_string(env.path("hits.csv")).unwrap(), "the analyst's previous export\n");
    let parts = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".part"));
    assert_eq!(parts.count(), 0, "the temporary file is removed");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = many(2000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeches"))
        .args(["search", "patrouille", "--all", "--format", "csv"])
        .current_dir(env.dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("rank,"));
    // The reader is gone, as after `| head -1`.
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn dispatch_lists_have_one_row_per_dispatch() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "CMA", "--group", "dispatch", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let rows = doc["dispatches"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let passages: u64 = rows.iter().map(|r| r["passages"].as_u64().unwrap()).sum();
    assert_eq!(passages, env.search_json("CMA")["total"].as_u64().unwrap());
    let d000 = rows.iter().find(|r| r["dispatch_id"] == "000_059ab664ff4507f1").unwrap();
    assert_eq!(d000["date"], "2023-09");
    let actors: Vec<&str> = d000["actors"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    for a in ["CMA", "FAMa", "Minusma", "Barkhane"] {
        assert!(actors.contains(&a), "all its actors, from every passage: {actors:?}");
    }
    assert!(rows[0]["score"].as_f64().unwrap() >= rows[1]["score"].as_f64().unwrap());
    let csv_out = env.run(&["search", "CMA", "--group", "dispatch", "--format", "csv"]).stdout;
    assert!(csv_out.starts_with("rank,dispatch_id,date,title,source,passages,score,actors\r\n"), "{csv_out}");
    assert_eq!(csv_out.lines().count(), 3);
}

#[test]
fn show_exports_its_passages_as_rows() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["show", "003_aa44441a36803ad2", "--format", "csv", "--fields", "passage_no,text"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    assert_eq!(reader.records().count(), 9);
}

#[test]
fn unknown_fields_are_usage_errors() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "CMA", "--format", "csv", "--fields", "rank,nope"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown field \"nope\""), "{}", run.stderr);
}

/// Issue 13: without `--fields`, the HTML export is the web page's cards,
/// each passage shown once; `--fields` gives the table.
#[test]
fn html_export_is_the_pages_cards_and_fields_give_a_table() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "armee malienne", "--all", "--format", "json"]);
    let expected = hit_ids(&run.json());
    let html = env.run(&["search", "armee malienne", "--all", "--format", "html"]).stdout;
    assert!(html.starts_with("<!DOCTYPE html>") && !html.contains("<table"), "cards, not a table");
    assert!(html.contains("<style>") && html.contains(".card{"), "self-contained");
    let cards: Vec<(String, u64)> = html
        .split("<article class=\"card\"")
        .skip(1)
        .map(|c| {
            let attr = |name: &str| {
                let start = c.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                c[start..].split('"').next().unwrap().to_owned()
            };
            (attr("data-dispatch"), attr("data-passage").parse().unwrap())
        })
        .collect();
    assert_eq!(cards, expected);
    for card in html.split("<article class=\"card\"").skip(1) {
        assert_eq!(card.matches("<p class=\"passage\">").count(), 1, "the passage once");
        assert!(card.contains("<mark>armée</mark>") || card.contains("<mark>malien"), "{card}");
        assert!(!card.contains("<a "), "no links in a mailed file");
    }
    let table =
        env.run(&["search", "armee malienne", "--all", "--format", "html", "--fields", "dispatch_id"]).stdout;
    assert!(table.contains("<table>") && !table.contains("<article"));
    assert_eq!(table.matches("<tr>").count(), expected.len() + 1);
}
