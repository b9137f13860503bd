//! Issue 15: headlines searchable, proximity, `--any`, `similar`.

use crate::util::*;

fn env_with(files: &[(&str, &str)]) -> TestEnv {
    let env = TestEnv::empty();
    for (name, text) in files {
        env.write(&format!("corpus/{name}"), text);
    }
    let run = env.run(&["index", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    env
}

const KIDAL_TITLE: &str = "id: k1\ndate: 2023-10-02\ntitle: Tessalit et Kidal sous pression\nsource: AFP\n\n\
    Les forces armées ont repris la route du nord mardi, selon des sources locales.\n\n\
    Un convoi a quitté Anéfis dans la matinée.\n";
const KIDAL_TEXT: &str = "id: k2\ndate: 2023-10-03\ntitle: Le nord en alerte\nsource: AFP\n\n\
    Des tirs ont été entendus à Kidal mercredi soir.\n\n\
    La situation reste confuse dans la région.\n";

#[test]
fn title_searches_headlines_only_and_a_headline_word_finds_its_dispatch() {
    let env = env_with(&[("k1.txt", KIDAL_TITLE), ("k2.txt", KIDAL_TEXT)]);
    // `title:Kidal`: the dispatch whose headline says Kidal, not the one
    // whose text does.
    let doc = env.search_json("title:Kidal");
    assert_eq!(hit_ids(&doc), [("k1".to_owned(), 0)]);
    for hit in doc["hits"].as_array().unwrap() {
        // Marked in the title.
        let title: Vec<char> = hit["title"].as_str().unwrap().chars().collect();
        let marks = hit["title_highlights"].as_array().unwrap();
        let marked: Vec<String> = marks
            .iter()
            .map(|m| {
                title[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize]
                    .iter()
                    .collect()
            })
            .collect();
        assert_eq!(marked, ["Kidal"], "{hit}");
    }
    // A bare word finds both: k2 by its text, k1 by its headline.
    let both = sorted(hit_ids(&env.search_json("Kidal")));
    assert_eq!(both, [("k1".to_owned(), 0), ("k2".to_owned(), 0)]);
    // A word that stands only in a headline finds the dispatch.
    assert_eq!(hit_ids(&env.search_json("Tessalit")), [("k1".to_owned(), 0)]);
    // ANDed with a word of the lead.
    assert_eq!(hit_ids(&env.search_json("Tessalit convoi")), Vec::<(String, u64)>::new());
    assert_eq!(hit_ids(&env.search_json("Tessalit forces")), [("k1".to_owned(), 0)]);
    // A phrase in the headline.
    assert_eq!(hit_ids(&env.search_json("title:\"sous pression\"")), [("k1".to_owned(), 0)]);
    let none = env.run(&["search", "title:Anéfis"]);
    assert_eq!(none.code, 1, "Anéfis is in the text, not a headline: {}", none.stdout);
}

#[test]
fn words_close_together_rank_above_scattered_ones() {
    // The same words, as often, in passages of the same length.
    let near =
        "id: near\ndate: 2023-01-01\n\nLe camp militaire fut visé hier par des tirs nourris venus du nord.\n";
    let far =
        "id: far\ndate: 2023-01-01\n\nLe camp fut visé hier par des tirs nourris venus du nord militaire.\n";
    let env = env_with(&[("a-far.txt", far), ("b-near.txt", near)]);
    for query in ["camp militaire", "camp OR militaire"] {
        let ids = hit_ids(&env.search_json(query));
        assert_eq!(ids.first().map(|(d, _)| d.as_str()), Some("near"), "{query}: {ids:?}");
        assert_eq!(ids.len(), 2, "{query}: proximity only ranks, never filters");
    }
    let any = env.run(&["search", "--any", "camp militaire", "--format", "json"]);
    assert_eq!(hit_ids(&any.json()).first().map(|(d, _)| d.as_str()), Some("near"));
}

#[test]
fn any_finds_a_pasted_sentence_that_all_words_would_miss() {
    let env = TestEnv::with_bundled_corpus();
    // Fifteen words of a passage, as pasted, with one word it lacks.
    let sentence =
        "L'armée malienne a confirmé sur les réseaux sociaux que la ville de Léré avait été attaquée hier";
    let all = env.run(&["search", sentence, "--format", "json"]);
    assert_eq!(all.code, 1, "ANDing every word finds nothing: {}", all.stdout);
    let any = env.run(&["search", "--any", sentence, "--format", "json"]);
    assert_eq!(any.code, 0, "{}", any.stderr);
    let doc = any.json();
    let first = &doc["hits"][0];
    assert!(
        first["text"].as_str().unwrap().starts_with("L'armée malienne a confirmé sur les réseaux sociaux"),
        "{first}"
    );
    // Two words: both must match.
    let two = hit_ids(&env.run(&["search", "--any", "Léré introuvablissime", "--format", "json"]).json());
    assert!(two.is_empty(), "{two:?}");
    // Three or more: 75 % of them.
    let three = hit_ids(
        &env.run(&["search", "--any", "Léré Tombouctou introuvablissime", "--format", "json"]).json(),
    );
    assert!(!three.is_empty());
}

#[test]
fn similar_lists_the_other_dispatches_about_the_story() {
    let env = TestEnv::with_bundled_corpus();
    for f in std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sahel"))
        .unwrap()
    {
        let f = f.unwrap();
        env.write(&format!("corpus/{}", f.file_name().to_string_lossy()), std::fs::read(f.path()).unwrap());
    }
    let run = env.run(&["similar", "000_059ab664ff4507f1", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let ids: Vec<&str> =
        doc["dispatches"].as_array().unwrap().iter().map(|h| h["dispatch_id"].as_str().unwrap()).collect();
    assert!(!ids.is_empty());
    assert!(!ids.contains(&"000_059ab664ff4507f1"), "not itself: {ids:?}");
    assert_eq!(ids[0], "003_aa44441a36803ad2", "the other Léré story first: {ids:?}");
    // A passage: passages like it, in every format.
    for format in ["text", "jsonl", "csv", "tsv", "markdown", "html"] {
        let run = env.run(&["similar", "000_059ab664ff4507f1:1", "--format", format]);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        // Markdown escapes the underscore.
        let shown = run.stdout.replace("\\_", "_");
        assert!(shown.contains("003_aa44441a36803ad2"), "{format}: {}", run.stdout);
        assert!(!shown.contains("000_059ab664ff4507f1 "), "{format}: not itself: {}", run.stdout);
    }
    let missing = env.run(&["similar", "nope"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("no dispatch \"nope\""), "{}", missing.stderr);
    let no_passage = env.run(&["similar", "000_059ab664ff4507f1:999"]);
    assert_eq!(no_passage.code, 2);
    assert!(no_passage.stderr.contains("no passage 999"), "{}", no_passage.stderr);
}

/// A dispatch whose dateline prefix names a city its text never names.
const PARIS_DATELINE: &str = "id: p1\ndate: 2023-11-03\ntitle: Sommet sur le Sahel\nsource: AFP\n\n\
    PARIS, 3 nov 2023 (AFP) - Les ministres se sont réunis vendredi pour parler du Sahel.\n\n\
    Aucun accord n'a été annoncé à l'issue de la réunion.\n";
/// A dispatch whose text names that city, with no dateline.
const PARIS_TEXT: &str = "id: p2\ndate: 2023-11-04\ntitle: Réactions\nsource: AFP\n\n\
    Les ministres réunis à Paris ont promis une nouvelle réunion.\n";

#[test]
fn issue_15_dateline_is_searchable() {
    let env = env_with(&[("p1.txt", PARIS_DATELINE), ("p2.txt", PARIS_TEXT)]);
    // The dateline was lifted off the lead: it is no passage text...
    let show = env.run(&["show", "p1", "--format", "json"]);
    let doc = show.json();
    assert_eq!(doc["wire"]["dateline"], "PARIS, 3 nov 2023 (AFP)", "{}", show.stdout);
    assert!(doc["passages"][0]["text"].as_str().unwrap().starts_with("Les ministres"), "{}", show.stdout);
    // ... and `dateline:` searches the datelines' places only, in any case
    // and accents.
    assert_eq!(hit_ids(&env.search_json("dateline:Paris")), [("p1".to_owned(), 0)]);
    assert_eq!(hit_ids(&env.search_json("dateline:PARIS")), [("p1".to_owned(), 0)]);
    let none = env.run(&["search", "dateline:ministres"]);
    assert_eq!(none.code, 1, "a text word is no dateline: {}", none.stdout);
    // A bare word finds both: p2 by its text, p1 by its dateline (its lead).
    assert_eq!(sorted(hit_ids(&env.search_json("Paris"))), [("p1".to_owned(), 0), ("p2".to_owned(), 0)]);
    // ANDed with a word of the lead, as a headline word is.
    assert_eq!(hit_ids(&env.search_json("Paris vendredi")), [("p1".to_owned(), 0)]);
    // Combined with the other query syntax.
    assert_eq!(hit_ids(&env.search_json("ministres -dateline:paris")), [("p2".to_owned(), 0)]);
    // Under `--any`, one of the words like the others: two of three match
    // on p1's lead (its dateline and "ministres"), one on p2's.
    let any = env.run(&["search", "--any", "dateline:Paris ministres accord", "--format", "json"]);
    assert_eq!(hit_ids(&any.json()), [("p1".to_owned(), 0)], "{}", any.stdout);
}

#[test]
fn issue_15_a_nitf_dateline_city_is_searchable() {
    let env = TestEnv::empty();
    let nitf = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats/same.nitf.xml");
    env.write("wire/same.nitf.xml", std::fs::read(nitf).unwrap());
    let run = env.run(&["index", "wire"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // "BAMAKO, 22 oct 2023 (AFP)": the lead's city, nowhere in the text.
    assert_eq!(hit_ids(&env.search_json("dateline:bamako")), [("AFP-LERE-1".to_owned(), 0)]);
    let none = env.run(&["search", "dateline:Léré"]);
    assert_eq!(none.code, 1, "Léré is in the text, not the dateline: {}", none.stdout);
}
