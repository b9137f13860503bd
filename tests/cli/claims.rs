//! Issue 12: claims, extracted while indexing, searched, exported,
//! grouped into events, and read from text — with the real binary on a
//! real index of the bundled corpus.

use serde_json::Value;

use crate::util::*;

fn claims_json(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["claims", "--format", "json", "--all"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()
}

#[test]
fn by_event_shows_one_disputed_lere_event() {
    let env = TestEnv::with_bundled_corpus();
    let doc = claims_json(&env, &["--by", "event"]);
    let events = doc["events"].as_array().unwrap();
    let lere: Vec<&Value> = events.iter().filter(|e| e["place"] == "Léré").collect();
    assert_eq!(lere.len(), 1, "{events:#?}");
    let lere = lere[0];
    assert_eq!(lere["disputed"], true);
    let killed = lere["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["type"] == "killed" && d["victim"] == "FAMa")
        .expect("a killed dispute over FAMa's losses");
    let claimants: Vec<&str> =
        killed["claimants"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert!(claimants.contains(&"FAMa") && claimants.contains(&"CSP-PSD"), "{claimants:?}");
    let figure = |claimant: &str| {
        lere["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["type"] == "killed" && c["victim"] == "FAMa" && c["claimant"] == claimant)
            .map(|c| c["low"].as_u64().unwrap())
    };
    assert_eq!(figure("FAMa"), Some(5));
    assert_eq!(figure("CSP-PSD"), Some(35));

    // The table lays the claimants side by side.
    let run = env.run(&["claims", "--by", "event"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let table = &run.stdout;
    assert!(table.contains("DISPUTED"), "{table}");
    let row = table.lines().find(|l| l.starts_with("killed (disputed)")).expect("the disputed row");
    assert!(row.contains('5') && row.contains("35"), "{row}");
    let header = table.lines().find(|l| l.starts_with("type")).unwrap();
    assert!(header.contains("FAMa") && header.contains("CSP-PSD"), "{header}");
}

#[test]
fn claims_list_newest_first_with_every_column() {
    let env = TestEnv::with_bundled_corpus();
    let doc = claims_json(&env, &[]);
    let claims = doc["claims"].as_array().unwrap();
    assert!(claims.len() >= 10, "{claims:#?}");
    for key in [
        "type",
        "claimant",
        "victim",
        "low",
        "high",
        "figure",
        "modality",
        "place",
        "date",
        "dispatch_id",
        "passage_no",
        "sentence",
        "figure_start",
        "figure_end",
    ] {
        assert!(claims[0].get(key).is_some(), "{key} missing in {}", claims[0]);
    }
    // 000 is dated 2023-09, 003 is not: dated claims first.
    let first_undated = claims.iter().position(|c| c["date"].is_null()).unwrap();
    assert!(claims[..first_undated].iter().all(|c| c["date"] == "2023-09"));
    assert!(claims[first_undated..].iter().all(|c| c["date"].is_null()));
    // The sentence holds the figure at the stored offsets.
    for c in claims {
        let sentence = c["sentence"].as_str().unwrap();
        let figure = c["figure"].as_str().unwrap();
        assert!(sentence.contains(figure), "{figure:?} not in {sentence:?}");
    }

    let run = env.run(&["claims", "--all", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let header = run.stdout.lines().next().unwrap();
    assert_eq!(
        header,
        "type,claimant,victim,low,high,figure,modality,place,date,dispatch_id,passage_no,sentence"
    );
    assert_eq!(run.stdout.lines().count(), claims.len() + 1);

    let run = env.run(&["claims", "--all", "-o", "claims.tsv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tsv = std::fs::read_to_string(env.path("claims.tsv")).unwrap();
    assert!(tsv.starts_with("type\tclaimant\tvictim"), "{tsv}");
    for format in ["jsonl", "markdown", "html", "text"] {
        let run = env.run(&["claims", "--all", "--format", format]);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert!(run.stdout.contains("CSP-PSD"), "{format}: {}", run.stdout);
    }
}

#[test]
fn claim_and_claimant_filters_and_facets() {
    let env = TestEnv::with_bundled_corpus();
    let doc = claims_json(&env, &["--claim", "killed", "--claimant", "fama"]);
    let claims = doc["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    assert!(claims.iter().all(|c| c["type"] == "killed" && c["claimant"] == "FAMa"), "{claims:#?}");
    assert!(claims.iter().any(|c| c["low"] == 5));

    let run = env.run(&["search", "--claim", "captured", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hits = hit_ids(&run.json());
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].0, "003_aa44441a36803ad2");

    let run = env.run(&["search", "--claimant", "élu local", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(hit_ids(&run.json()).iter().all(|(id, _)| id == "000_059ab664ff4507f1"));

    let run = env.run(&["facets", "claim", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let values: Vec<String> = run.json()["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_str().unwrap().to_owned())
        .collect();
    for t in ["killed", "wounded", "missing", "captured", "neutralized", "materiel", "control"] {
        assert!(values.contains(&t.to_owned()), "{t} not in {values:?}");
    }
    let run = env.run(&["facets", "claimant"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for c in ["FAMa", "CSP-PSD", "CMA", "élu local"] {
        assert!(run.stdout.contains(c), "{c}: {}", run.stdout);
    }

    let run = env.run(&["claims", "--claim", "beheaded"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown claim type"), "{}", run.stderr);
    let run = env.run(&["claims", "--claimant", "nobody at all"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown claimant"), "{}", run.stderr);
    let run = env.run(&["claims", "zzzzqqq"]);
    assert_eq!(run.code, 1);
}

#[test]
fn claims_of_text_one_line_per_input_line() {
    let env = TestEnv::empty();
    let input = "Six militaires (ont été) faits prisonniers.\nIl fait beau.\nAu moins 12 civils ont été tués, selon un élu local.\n";
    let run = env.run_with_stdin(&["claims", "--text", "--format", "json"], Some(input));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    let first = lines[0].as_array().unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0]["type"], "captured");
    assert_eq!(first[0]["low"], 6);
    for key in ["type", "claimant", "victim", "low", "high", "figure", "start", "end"] {
        assert!(first[0].get(key).is_some(), "{key}");
    }
    assert_eq!(
        &input[first[0]["start"].as_u64().unwrap() as usize..first[0]["end"].as_u64().unwrap() as usize],
        "Six"
    );
    assert!(lines[1].as_array().unwrap().is_empty());
    let third = &lines[2][0];
    assert_eq!((third["low"].as_u64(), third["high"].as_u64()), (Some(12), None));
    assert_eq!(third["claimant"], "élu local");
    assert_eq!(third["victim"], "civils");

    let run = env.run(&["claims", "--text", "Trente-cinq soldats ont été tués, ont-ils dit."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("killed 35"), "{}", run.stdout);
    let run = env.run(&["claims", "--text", "Il fait beau."]);
    assert_eq!(run.code, 1);
}

/// The measuring set (benches/sets, hand-annotated OrangeSum paragraphs):
/// needs ../shared/corpora/orangesum.jsonl.gz, skipped without it.
#[test]
fn dev_set_meets_the_targets() {
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/orangesum.jsonl.gz");
    if !corpus.exists() {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    }
    let set = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/sets/claims.dev.jsonl");
    let env = TestEnv::empty();
    let run =
        env.run(&["bench", "claims", set.to_str().unwrap(), "--corpus", corpus.to_str().unwrap(), "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["paragraphs"], 60);
    let at_least = |key: &str, min: f64| {
        let v = doc[key].as_f64().unwrap();
        assert!(v >= min, "{key} {v} < {min}: {:#?}", doc["errors"]);
    };
    at_least("precision", 0.90);
    at_least("recall", 0.75);
    at_least("claimant_accuracy", 0.85);
    at_least("victim_accuracy", 0.80);
}
