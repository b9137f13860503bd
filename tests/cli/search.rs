//! Issue 2: searching the bundled corpus.

use crate::util::*;

#[test]
fn armee_malienne_without_accents_finds_every_passage_with_the_phrase() {
    let env = TestEnv::with_bundled_corpus();
    let doc = env.search_json("armee malienne");
    let expected = bundled_passages_where(|p| p.to_lowercase().contains("l'armée malienne"));
    assert!(expected.len() >= 3, "the corpus holds several: {expected:?}");
    let got = hit_ids(&doc);
    for e in &expected {
        assert!(got.contains(e), "{e:?} missing from {got:?}");
    }
    for hit in doc["hits"].as_array().unwrap() {
        let text = hit["text"].as_str().unwrap().to_lowercase();
        if text.contains("l'armée malienne") {
            let marked = marked_words(hit);
            assert!(marked.iter().any(|w| w == "armée"), "{marked:?}");
            assert!(marked.iter().any(|w| w == "malienne"), "{marked:?}");
        }
    }
}

#[test]
fn lere_in_any_case_and_accents_returns_the_same_passages() {
    let env = TestEnv::with_bundled_corpus();
    let lere = hit_ids(&env.search_json("Lere"));
    let expected = bundled_passages_where(|p| p.contains("Léré"));
    assert_eq!(sorted(lere.clone()), expected);
    assert_eq!(hit_ids(&env.search_json("Léré")), lere);
    assert_eq!(hit_ids(&env.search_json("LÉRÉ")), lere);
}

#[test]
fn inflections_are_found() {
    let env = TestEnv::with_bundled_corpus();
    let tues = sorted(hit_ids(&env.search_json("tues")));
    assert_eq!(tues, bundled_passages_where(|p| p.contains("tués")));
    let avions = sorted(hit_ids(&env.search_json("avions")));
    let expected = bundled_passages_where(|p| p.contains("avion"));
    assert!(expected.len() >= 3, "singular and plural: {expected:?}");
    assert_eq!(avions, expected);
}

#[test]
fn phrase_finds_exactly_the_two_passages_and_exclusion_drops_them() {
    let env = TestEnv::with_bundled_corpus();
    let doc = env.search_json("\"accord de paix\"");
    let got = sorted(hit_ids(&doc));
    assert_eq!(got, bundled_passages_where(|p| p.contains("accord de paix")));
    assert_eq!(got.len(), 2);
    assert_ne!(got[0].0, got[1].0, "one in each dispatch");
    for hit in doc["hits"].as_array().unwrap() {
        assert_eq!(marked_words(hit), ["accord", "paix"]);
    }
    let without = hit_ids(&env.search_json("accord -paix"));
    for g in &got {
        assert!(!without.contains(g), "{g:?} should be excluded");
    }
}

#[test]
fn dates_keep_their_precision_and_passages_are_numbered_from_zero() {
    let env = TestEnv::with_bundled_corpus();
    let doc = env.search_json("hommes armés dimanche");
    let hit = doc["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["dispatch_id"] == "000_059ab664ff4507f1" && h["passage_no"] == 0)
        .expect("passage 0 of 000");
    assert_eq!(hit["date"], "2023-09");
    assert!(hit["text"].as_str().unwrap().starts_with("Des hommes armés"));
    let doc = env.search_json("CMA");
    let undated: Vec<_> = doc["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["dispatch_id"] == "003_aa44441a36803ad2")
        .collect();
    assert!(!undated.is_empty());
    assert!(undated.iter().all(|h| h["date"].is_null()));
}

#[test]
fn json_hits_carry_every_documented_field() {
    let env = TestEnv::with_bundled_corpus();
    let doc = env.search_json("Tombouctou");
    assert_eq!(doc["query"], "Tombouctou");
    assert_eq!(doc["total"].as_u64().unwrap() as usize, doc["hits"].as_array().unwrap().len());
    let hit = &doc["hits"][0];
    for key in [
        "rank",
        "score",
        "dispatch_id",
        "passage_no",
        "date",
        "title",
        "source",
        "text",
        "snippet",
        "highlights",
    ] {
        assert!(hit.get(key).is_some(), "missing {key}");
    }
    assert_eq!(hit["rank"], 1);
    assert_eq!(marked_words(hit), ["Tombouctou"]);
}

#[test]
fn text_output_marks_words_and_limit_caps_hits() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "camps", "--limit", "2", "--highlight", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("**camps**"), "{}", run.stdout);
    assert!(run.stdout.contains("\n1. ") && run.stdout.contains("\n2. ") && !run.stdout.contains("\n3. "));
    assert!(run.stdout.contains("2 of "), "{}", run.stdout);
    let color = env.run(&["search", "camps", "--highlight", "ansi"]);
    assert!(color.stdout.contains("\x1b[1;31mcamps\x1b[0m"), "{}", color.stdout);
}

#[test]
fn no_hits_exits_1_and_bad_queries_exit_2() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "zanzibar"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("0 passages match"));
    let run = env.run(&["search", ""]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("empty query"), "{}", run.stderr);
    let run = env.run(&["search", "armee \"malienne"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unbalanced quote"), "{}", run.stderr);
    let run = env.run(&["search", "le de la"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("stop words"), "{}", run.stderr);
}

#[test]
fn first_search_builds_the_index_from_the_default_corpus() {
    let env = TestEnv::with_bundled_corpus();
    assert!(!env.path(".depeches").exists());
    let run = env.run(&["search", "Minusma"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("indexing ./corpus first"), "{}", run.stderr);
    assert!(run.stdout.contains("Minusma"));
    assert!(env.path(".depeches/meta.json").exists());
    let again = env.run(&["search", "Minusma"]);
    assert!(!again.stderr.contains("indexing"), "second search reuses the index");
}

#[test]
fn search_without_index_or_corpus_says_what_to_do() {
    let env = TestEnv::empty();
    let run = env.run(&["search", "Kidal"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no index at .depeches"), "{}", run.stderr);
    assert!(run.stderr.contains("depeches index"), "{}", run.stderr);
}

#[test]
fn index_flag_and_environment_choose_the_index() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["index", "corpus", "--index", "elsewhere"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("indexed 2 dispatches, 23 passages"), "{}", run.stdout);
    assert!(env.path("elsewhere/meta.json").exists());
    assert!(!env.path(".depeches").exists());
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_depeches"));
    let out = cmd
        .args(["search", "Bourem", "--format", "json"])
        .current_dir(env.dir.path())
        .env("DEPECHES_INDEX", "elsewhere")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!env.path(".depeches").exists(), "DEPECHES_INDEX was honoured");
}

#[test]
fn reindexing_replaces_dispatches_instead_of_duplicating_them() {
    let env = TestEnv::with_bundled_corpus();
    assert_eq!(env.run(&["index"]).code, 0);
    let first = env.search_json("Léré")["total"].clone();
    let run = env.run(&["index"]);
    assert_eq!(run.code, 0);
    assert_eq!(env.search_json("Léré")["total"], first);
}
