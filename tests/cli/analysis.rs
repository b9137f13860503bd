//! Issue 3: French analysis seen from the search box.

use crate::util::*;

#[test]
fn jihadiste_finds_prefixed_and_plural_forms_and_djihadiste_the_other_spelling() {
    let env = TestEnv::with_bundled_corpus();
    let found = sorted(hit_ids(&env.search_json("jihadiste")));
    let expected = bundled_passages_where(|p| p.to_lowercase().contains("jihadiste"));
    assert_eq!(found, expected);
    let anti = bundled_passages_where(|p| p.contains("antijihadiste"));
    let plural = bundled_passages_where(|p| p.contains("jihadistes"));
    assert!(!anti.is_empty() && !plural.is_empty());
    for p in anti.iter().chain(&plural) {
        assert!(found.contains(p), "{p:?}");
    }
    let doc = env.search_json("jihadiste");
    let hit = doc["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["text"].as_str().unwrap().contains("antijihadiste"))
        .unwrap();
    assert!(marked_words(hit).contains(&"antijihadiste".to_owned()));
    let djihadistes = hit_ids(&env.search_json("djihadistes"));
    for p in &plural {
        assert!(djihadistes.contains(p), "{p:?} not in {djihadistes:?}");
    }
    let doc = env.search_json("anti-jihadiste");
    assert!(doc["total"].as_u64().unwrap() <= found.len() as u64);
}

#[test]
fn timbuktu_finds_tombouctou_and_marks_it() {
    let env = TestEnv::with_bundled_corpus();
    let doc = env.search_json("Timbuktu");
    assert_eq!(sorted(hit_ids(&doc)), bundled_passages_where(|p| p.contains("Tombouctou")));
    for hit in doc["hits"].as_array().unwrap() {
        assert!(marked_words(hit).contains(&"Tombouctou".to_owned()));
    }
}

#[test]
fn names_are_not_stemmed_into_common_words() {
    let env = TestEnv::empty();
    let terms = |text: &str| env.run(&["analyze", text]).stdout.trim_end().to_owned();
    assert_ne!(terms("Boni"), terms("bon"));
    assert_ne!(terms("Boni"), terms("bonne"));
    assert_ne!(terms("Diré"), terms("dire"));
    assert_eq!(terms("Boni"), terms("BONI"));
    env.write(
        "c/a.txt",
        "Des hommes armés ont attaqué Boni, dans le cercle de Douentza.\n\nUn bon résultat pour une bonne cause.\n\nIl faut le dire clairement.\n\nÀ Diré, le marché a rouvert.",
    );
    assert_eq!(env.run(&["index", "c"]).code, 0);
    let boni = env.search_json("Boni");
    assert_eq!(hit_ids(&boni), [("a".to_owned(), 0)], "the town, not bon or bonne");
    assert_eq!(hit_ids(&env.search_json("Diré")), [("a".to_owned(), 3)]);
    assert_eq!(hit_ids(&env.search_json("bon")).len(), 1, "bon and bonne, not Boni");
    // Lowercase, the name may be either: both are found.
    assert_eq!(sorted(hit_ids(&env.search_json("boni"))), [("a".to_owned(), 0), ("a".to_owned(), 1)]);
}

#[test]
fn compounds_and_numbers() {
    let env = TestEnv::empty();
    let terms = |text: &str| env.run(&["analyze", text]).stdout.trim_end().to_owned();
    assert_eq!(terms("aujourd'hui"), "aujourd'hui");
    assert_eq!(terms("aujourd’hui"), "aujourd'hui");
    assert_eq!(terms("1,5"), "1,5");
    assert_eq!(terms("13H30"), "13h30");
    assert!(terms("Trente-cinq").split(' ').any(|t| t == terms("trente")));
    let env = TestEnv::with_bundled_corpus();
    let al_qaida = hit_ids(&env.search_json("Al-Qaïda"));
    assert_eq!(al_qaida, hit_ids(&env.search_json("\"Al Qaida\"")));
    assert_eq!(al_qaida, hit_ids(&env.search_json("al-Qaeda")));
    assert!(!al_qaida.is_empty());
    let trente = hit_ids(&env.search_json("trente"));
    assert!(trente.contains(&("003_aa44441a36803ad2".to_owned(), 3)), "Trente-cinq soldats: {trente:?}");
}
