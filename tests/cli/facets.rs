//! Issue 4: actor and place facets on the bundled corpus.

use serde_json::Value;

use crate::util::*;

/// Every passage of the bundled corpus, as JSON hits (a search with no
/// query lists them all).
fn all_passages(env: &TestEnv) -> Vec<Value> {
    let run = env.run(&["search", "--limit", "1000", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()["hits"].as_array().unwrap().clone()
}

fn passage<'a>(hits: &'a [Value], id: &str, starts_with: &str) -> &'a Value {
    hits.iter()
        .find(|h| h["dispatch_id"] == id && h["text"].as_str().unwrap().starts_with(starts_with))
        .unwrap_or_else(|| panic!("no passage of {id} starting {starts_with:?}"))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect()
}

#[test]
fn passages_of_000_carry_their_actors_and_places() {
    let env = TestEnv::with_bundled_corpus();
    let hits = all_passages(&env);
    assert_eq!(hits.len(), 23);
    let id = "000_059ab664ff4507f1";

    let p = passage(&hits, id, "L'armée malienne a confirmé");
    assert!(strings(&p["actors"]).contains(&"FAMa".to_owned()));
    let facets = strings(&p["facets"]);
    assert!(facets.contains(&"/place/Mali/Tombouctou/Niafunké/Léré".to_owned()), "{facets:?}");
    assert!(strings(&p["places"]).contains(&"Léré".to_owned()));

    let p = passage(&hits, id, "Almou Ag Mohamed");
    assert_eq!(strings(&p["actors"]).iter().filter(|a| *a == "CMA").count(), 1, "CMA counted once");

    let p = passage(&hits, id, "Les rivalités se sont intensifiées");
    assert!(strings(&p["actors"]).contains(&"FAMa".to_owned()));
    assert!(strings(&p["places"]).contains(&"Mali".to_owned()), "{:?}", p["places"]);
    assert!(strings(&p["facets"]).contains(&"/place/Mali".to_owned()));

    let p = passage(&hits, id, "Cette escalade coïncide");
    let actors = strings(&p["actors"]);
    for a in ["Minusma", "Barkhane", "Junte malienne"] {
        assert!(actors.contains(&a.to_owned()), "{a} not in {actors:?}");
    }
}

#[test]
fn passages_of_003_carry_their_actors_and_places() {
    let env = TestEnv::with_bundled_corpus();
    let hits = all_passages(&env);
    let id = "003_aa44441a36803ad2";
    let p = passage(&hits, id, "Les jihadistes, eux");
    let actors = strings(&p["actors"]);
    for a in ["GSIM", "Al-Qaïda", "FAMa"] {
        assert!(actors.contains(&a.to_owned()), "{a} not in {actors:?}");
    }
    let p = passage(&hits, id, "Les éléments fournis par les uns et les autres");
    assert!(strings(&p["places"]).is_empty(), "{:?}", p["places"]);
    assert!(strings(&p["actors"]).is_empty(), "{:?}", p["actors"]);
    assert!(strings(&p["kinds"]).is_empty(), "{:?}", p["kinds"]);
}

#[test]
fn actor_filter_takes_aliases_in_any_case() {
    let env = TestEnv::with_bundled_corpus();
    for actor in ["JNIM", "jnim", "GSIM", "Groupe de soutien a l'islam et aux musulmans"] {
        let run = env.run(&["search", "--actor", actor, "--format", "json"]);
        assert_eq!(run.code, 0, "{actor}: {}", run.stderr);
        let doc = run.json();
        assert_eq!(hit_ids(&doc), [("003_aa44441a36803ad2".to_owned(), 8)], "{actor}");
    }
    let run = env.run(&["search", "--actor", "Boko Haram"]);
    assert_eq!(run.code, 1, "a known actor the corpus does not name");
    let run = env.run(&["search", "--actor", "Zorglub"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown actor \"Zorglub\""), "{}", run.stderr);
}

#[test]
fn place_filter_includes_what_lies_inside() {
    let env = TestEnv::with_bundled_corpus();
    let expected = bundled_passages_where(|p| p.contains("Léré") || p.contains("Tombouctou"));
    for place in ["Tombouctou", "tombouctou", "Timbuktu", "/Mali/Tombouctou"] {
        let run = env.run(&["search", "--place", place, "--format", "json", "--limit", "100"]);
        assert_eq!(run.code, 0, "{place}: {}", run.stderr);
        assert_eq!(sorted(hit_ids(&run.json())), expected, "{place}");
    }
    let mali = env.run(&["search", "--place", "mali", "--format", "json", "--limit", "100"]).json();
    assert!(hit_ids(&mali).len() > expected.len());
}

#[test]
fn filters_combine_with_a_query_and_newest_first_without_one() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["search", "camps", "--actor", "CMA", "--format", "json"]);
    let doc = run.json();
    assert!(!hit_ids(&doc).is_empty());
    for h in doc["hits"].as_array().unwrap() {
        assert!(strings(&h["actors"]).contains(&"CMA".to_owned()));
        assert!(h["text"].as_str().unwrap().contains("camps"));
    }
    // Without a query, dated dispatches come before undated ones.
    let all = all_passages(&env);
    let first_undated = all.iter().position(|h| h["date"].is_null()).unwrap();
    assert!(all[..first_undated].iter().all(|h| h["date"] == "2023-09"));
    assert!(all[first_undated..].iter().all(|h| h["date"].is_null()));
}

#[test]
fn dispatch_scope_reaches_paragraphs_that_do_not_name_the_actor() {
    let env = TestEnv::with_bundled_corpus();
    let passage =
        hit_ids(&env.run(&["search", "--kind", "foreign", "--format", "json", "--limit", "100"]).json());
    let dispatch = hit_ids(
        &env.run(&[
            "search", "--kind", "foreign", "--scope", "dispatch", "--format", "json", "--limit", "100",
        ])
        .json(),
    );
    assert_eq!(passage, [("000_059ab664ff4507f1".to_owned(), 13)]);
    assert_eq!(dispatch.len(), 14, "every paragraph of the dispatch that mentions Barkhane");
}

#[test]
fn facets_count_passages_and_dispatches() {
    let env = TestEnv::with_bundled_corpus();
    let run = env.run(&["facets", "actor", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let cma = doc["values"].as_array().unwrap().iter().find(|v| v["value"] == "CMA").expect("CMA listed");
    assert_eq!(cma["dispatches"], 2);
    assert_eq!(cma["kind"], "separatist");
    assert_eq!(cma["path"], "/actor/separatist/CMA");
    let table = env.run(&["facets", "actor"]);
    assert!(table.stdout.lines().next().unwrap().starts_with("ACTOR"));
    assert!(
        table.stdout.lines().any(|l| l.starts_with("CMA ") && l.trim_end().ends_with(" 2")),
        "{}",
        table.stdout
    );

    let places = env.run(&["facets", "place", "--under", "/Mali/Tombouctou", "--format", "json"]).json();
    let values = places["values"].as_array().unwrap();
    let niafunke = values.iter().find(|v| v["value"] == "Niafunké").expect("Léré's cercle");
    assert_eq!(niafunke["dispatches"], 2);
    let kinds = env.run(&["facets", "kind", "jihadistes", "--format", "json"]).json();
    assert!(kinds["values"].as_array().unwrap().iter().any(|v| v["value"] == "jihadist"));
}

#[test]
fn entities_finds_dire_the_town_not_the_verb() {
    let env = TestEnv::empty();
    let sentence = "Il faut le dire : à Diré, les FAMa ont repoussé l'attaque.";
    let run = env.run(&["entities", sentence, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mentions = run.json();
    let mentions = mentions.as_array().unwrap();
    assert_eq!(mentions.len(), 2, "{mentions:?}");
    let dire = &mentions[0];
    assert_eq!(dire["text"], "Diré");
    let start = sentence.chars().collect::<Vec<_>>();
    let (s, e) = (dire["start"].as_u64().unwrap() as usize, dire["end"].as_u64().unwrap() as usize);
    assert_eq!(start[s..e].iter().collect::<String>(), "Diré");
    assert_eq!(s, 20, "the second one");
    assert!(dire["facet"].as_str().unwrap().starts_with("/place/Mali/Tombouctou/"));
    assert_eq!(mentions[1]["id"], "FAMa");
    assert_eq!(mentions[1]["kind"], "state");
    for key in ["text", "start", "end", "id", "name", "kind", "facet"] {
        assert!(mentions[1].get(key).is_some(), "{key}");
    }
    let lines = env.run_with_stdin(&["entities", "--format", "json"], Some("rien ici\nla CMA à Kidal\n"));
    let out: Vec<&str> = lines.stdout.lines().collect();
    assert_eq!(out.len(), 2);
    assert_eq!(out[0], "[]");
    assert!(out[1].contains("\"CMA\"") && out[1].contains("Kidal"));
}

#[test]
fn a_query_word_naming_an_actor_finds_its_other_names() {
    let env = TestEnv::with_bundled_corpus();
    let doc = env.search_json("JNIM");
    assert_eq!(hit_ids(&doc), [("003_aa44441a36803ad2".to_owned(), 8)]);
    let marked = marked_words(&doc["hits"][0]);
    assert_eq!(marked, ["Groupe de soutien à l'islam et aux musulmans (GSIM)"]);
}
