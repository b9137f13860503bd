//! Issue 2: corpus formats and bad input.

use crate::util::*;

#[test]
fn txt_headers_and_jsonl_records_are_indexed_with_their_metadata() {
    let env = TestEnv::empty();
    env.write(
        "c/a.txt",
        "id: afp-42\ndate: 2023-09-20\ntitle: Attaque à Bourem\nsource: AFP\n\nLes FAMa ont repoussé une attaque à Bourem.\n\nSecond paragraphe.",
    );
    env.write(
        "c/sub/b.jsonl",
        "{\"id\":\"j1\",\"date\":\"2019\",\"title\":\"Kidal\",\"source\":\"AFP\",\"text\":\"Calme à Kidal.\\n\\n\\nAttaque au nord.\"}\n",
    );
    let run = env.run(&["index", "c"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("indexed 2 dispatches, 4 passages from 2 files"), "{}", run.stdout);
    let doc = env.search_json("attaque");
    let mut hits: Vec<_> = doc["hits"].as_array().unwrap().iter().collect();
    hits.sort_by_key(|h| h["dispatch_id"].as_str().unwrap().to_owned());
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0]["dispatch_id"], "afp-42");
    assert_eq!(hits[0]["date"], "2023-09-20");
    assert_eq!(hits[0]["title"], "Attaque à Bourem");
    assert_eq!(hits[0]["source"], "AFP");
    assert_eq!(hits[0]["passage_no"], 0);
    assert_eq!(hits[1]["dispatch_id"], "j1");
    assert_eq!(hits[1]["date"], "2019");
    assert_eq!(hits[1]["passage_no"], 1);
    assert_eq!(hits[1]["text"], "Attaque au nord.");
}

#[test]
fn gzipped_jsonl_is_read() {
    use std::io::Write;
    let env = TestEnv::empty();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"{\"id\":\"g1\",\"date\":null,\"text\":\"Les casques bleus de la Minusma.\"}\n").unwrap();
    env.write("c.jsonl.gz", gz.finish().unwrap());
    assert_eq!(env.run(&["index", "c.jsonl.gz"]).code, 0);
    assert_eq!(hit_ids(&env.search_json("minusma")), [("g1".to_owned(), 0)]);
}

#[test]
fn windows_1252_txt_is_decoded_with_a_warning_naming_it() {
    let env = TestEnv::empty();
    // "L'armée malienne a repoussé l'attaque à Léré." in Windows-1252.
    env.write("c/latin.txt", b"L'arm\xe9e malienne a repouss\xe9 l'attaque \xe0 L\xe9r\xe9.".as_slice());
    env.write("c/ok.txt", "Kidal est calme.");
    let run = env.run(&["index", "c"]);
    assert_eq!(run.code, 0, "a warning is not a skip: {}", run.stderr);
    assert!(run.stderr.contains("latin.txt") && run.stderr.contains("Windows-1252"), "{}", run.stderr);
    let doc = env.search_json("Léré");
    assert_eq!(doc["hits"][0]["text"], "L'armée malienne a repoussé l'attaque à Léré.");
    assert_eq!(hit_ids(&env.search_json("Kidal")).len(), 1, "the other file is indexed");
}

#[test]
fn binary_txt_is_refused_by_name_and_the_rest_indexed() {
    let env = TestEnv::empty();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..2000u32).map(|i| (i * 7 % 256) as u8));
    env.write("c/image.txt", png);
    env.write("c/ok.txt", "Kidal est calme.");
    let run = env.run(&["index", "c"]);
    assert_eq!(run.code, 2, "something was skipped");
    assert!(run.stderr.contains("image.txt") && run.stderr.contains("binary"), "{}", run.stderr);
    assert!(run.stdout.contains("1 skipped"), "{}", run.stdout);
    assert_eq!(hit_ids(&env.search_json("Kidal")).len(), 1);
}

#[test]
fn malformed_jsonl_line_is_reported_as_file_and_line() {
    let env = TestEnv::empty();
    env.write(
        "c.jsonl",
        "{\"id\":\"a\",\"text\":\"Gao sous tension.\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"Gao encore.\"}\n{\"id\":\"d\"}\n",
    );
    let run = env.run(&["index", "c.jsonl"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("c.jsonl:2: invalid JSON"), "{}", run.stderr);
    assert!(run.stderr.contains("c.jsonl:4: no \"text\""), "{}", run.stderr);
    assert_eq!(sorted(hit_ids(&env.search_json("Gao"))), [("a".to_owned(), 0), ("c".to_owned(), 0)]);
}

#[test]
fn missing_paths_and_unsupported_files_are_named() {
    let env = TestEnv::empty();
    env.write("notes.md", "Kidal");
    let run = env.run(&["index", "nowhere", "notes.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nowhere"), "{}", run.stderr);
    assert!(run.stderr.contains("notes.md: not a corpus file"), "{}", run.stderr);
}

#[test]
fn crlf_bom_and_seed_date_header() {
    let env = TestEnv::empty();
    env.write("c/win.txt", "\u{feff}date 2023-10-02 Premier paragraphe à Gao.\r\n\r\nSecond à Gao.\r\n");
    assert_eq!(env.run(&["index", "c"]).code, 0);
    let doc = env.search_json("Gao");
    assert_eq!(doc["total"], 2);
    let first = doc["hits"].as_array().unwrap().iter().find(|h| h["passage_no"] == 0).unwrap();
    assert_eq!(first["text"], "Premier paragraphe à Gao.");
    assert_eq!(first["date"], "2023-10-02");
    assert_eq!(first["dispatch_id"], "win");
}

#[test]
fn indexing_nothing_leaves_no_empty_index_behind() {
    let env = TestEnv::empty();
    let run = env.run(&["index", "nowhere"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no corpus file"), "{}", run.stderr);
    assert!(!env.path(".depeches").exists());
}

#[test]
fn a_directory_that_is_not_an_index_is_never_overwritten() {
    let env = TestEnv::with_bundled_corpus();
    env.write("mine/notes.txt", "précieux");
    let run = env.run(&["index", "--index", "mine", "--rebuild"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a depeches index"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(env.path("mine/notes.txt")).unwrap(), "précieux");
    let run = env.run(&["search", "Kidal", "--index", "mine"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a depeches index"), "{}", run.stderr);
}

#[test]
fn many_threads_get_enough_writer_memory_unless_the_user_says_how_much() {
    let env = TestEnv::with_bundled_corpus();
    // 16 threads need 241 MB at tantivy's 15 MB a thread: the default
    // grows with the threads, an explicit --heap-mb is checked.
    let run = env.run(&["index", "--threads", "16"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!hit_ids(&env.search_json("Léré")).is_empty());
    let run = env.run(&["index", "--rebuild", "--threads", "16", "--heap-mb", "128"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--heap-mb must be at least 241 for 16 threads"), "{}", run.stderr);
}
