//! Issue 11: actors an analyst can trust. The query side finds an actor
//! however its name is typed, and the extractor reads ambiguous names and
//! descriptive mentions in context, on the bundled corpus and the issue's
//! own sentences.

use serde_json::Value;

use crate::util::*;

const GSIM_PASSAGE: (&str, u64) = ("003_aa44441a36803ad2", 8);

fn ids(run: &Run) -> Vec<(String, u64)> {
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    sorted(hit_ids(&run.json()))
}

#[test]
fn jnim_in_any_case_finds_the_gsim_passage() {
    let env = TestEnv::with_bundled_corpus();
    let want = (GSIM_PASSAGE.0.to_owned(), GSIM_PASSAGE.1);
    for args in
        [&["search", "jnim"][..], &["search", "Jnim"], &["search", "JNIM"], &["search", "--actor", "jnim"]]
    {
        let mut args = args.to_vec();
        args.extend(["--format", "json", "--limit", "100"]);
        let run = env.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(ids(&run).contains(&want), "{args:?}: {:?}", ids(&run));
    }
}

#[test]
fn fama_in_lowercase_finds_every_passage_tagged_fama() {
    let env = TestEnv::with_bundled_corpus();
    let tagged = ids(&env.run(&["search", "--actor", "FAMa", "--format", "json", "--limit", "1000"]));
    assert!(tagged.len() >= 3, "the bundled corpus names the FAMa: {tagged:?}");
    let found = ids(&env.run(&["search", "fama", "--format", "json", "--limit", "1000"]));
    for p in &tagged {
        assert!(found.contains(p), "{p:?} tagged FAMa, not found by `search fama`: {found:?}");
    }
    for q in ["aqmi", "minusma"] {
        let by_word = ids(&env.run(&["search", q, "--format", "json", "--limit", "1000"]));
        let by_actor = ids(&env.run(&["search", "--actor", q, "--format", "json", "--limit", "1000"]));
        for p in &by_actor {
            assert!(by_word.contains(p), "{q}: {p:?}");
        }
    }
}

#[test]
fn did_you_mean_never_offers_the_word_typed_and_prefers_the_canonical_name() {
    let env = TestEnv::with_bundled_corpus();
    // Nothing in 2019: the suggestion comes from the vocabulary.
    let run = env.run(&["search", "jnim", "--from", "2019-01-01", "--to", "2019-12-31"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let line = run.stdout.lines().find(|l| l.contains("did you mean")).unwrap_or("");
    assert!(line.contains("GSIM"), "{}", run.stdout);
    assert!(!line.to_lowercase().contains("jnim"), "{}", run.stdout);
}

fn entities(env: &TestEnv, text: &str) -> Vec<String> {
    let run = env.run(&["entities", text, "--format", "json"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let doc: Value = run.json();
    doc.as_array()
        .unwrap()
        .iter()
        .filter(|m| m["facet"].as_str().unwrap_or("").starts_with("/actor/"))
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn entities_reads_afp_spellings_descriptions_and_homonyms() {
    let env = TestEnv::empty();
    assert_eq!(entities(&env, "Le 6 novembre, Aqmi revendique leur assassinat."), ["AQMI"]);
    assert_eq!(entities(&env, "Quarante-trois soldats maliens ont été tués"), ["FAMa"]);
    for homonym in [
        "la MSA (Mutualité sociale agricole) est prête à payer",
        "la Tétralogie de Wagner pour les Opéras du Rhin",
        "les Chambres de métiers et de l'artisanat (CMA France)",
    ] {
        let run = env.run(&["entities", homonym]);
        assert_eq!(run.code, 1, "{homonym}: {}", run.stdout);
        assert_eq!(run.stdout.trim(), "", "{homonym}");
    }
    // Short acronyms that are French syllables never match in lower case.
    for lower in ["ei", "aes", "msa"] {
        assert!(entities(&env, &format!("le mot {lower} ici")).is_empty(), "{lower}");
    }
}
