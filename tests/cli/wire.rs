//! Issue 14: agency formats, `index --watch` and `follow`, driven through
//! the real binary.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::*;

fn formats_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

fn copy_fixture(env: &TestEnv, name: &str, to: &str) {
    env.write(to, std::fs::read(formats_dir().join(name)).unwrap());
}

/// Every passage the index holds, as sorted (dispatch_id, passage_no, text).
fn content(env: &TestEnv, index: &str) -> Vec<(String, u64, String)> {
    let run = env.run(&[
        "search",
        "--all",
        "--format",
        "jsonl",
        "--fields",
        "dispatch_id,passage_no,text",
        "--index",
        index,
    ]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    let mut rows: Vec<(String, u64, String)> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| {
            let id = v["dispatch_id"].as_str().unwrap().to_owned();
            (id, v["passage_no"].as_u64().unwrap(), v["text"].as_str().unwrap().to_owned())
        })
        .collect();
    rows.sort();
    rows
}

fn ids(run: &Run) -> Vec<String> {
    let mut ids: Vec<String> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["dispatch_id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_format_is_indexed_with_languages_counted_and_filtered() {
    let env = TestEnv::empty();
    for name in ["same.newsml.xml", "english.xml", "alert.xml", "feed.atom", "page.html", "afp_fre_202310.gz"]
    {
        copy_fixture(&env, name, &format!("wire/{name}"));
    }
    let run = env.run(&["index", "wire"]);
    // The empty <DOC> is named and skipped; the rest is indexed.
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("afp_fre_202310.gz:40: dispatch AFP_FRE_20231022.0004 has no text: skipped"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("indexed 8 dispatches"), "{}", run.stdout);
    assert!(run.stdout.contains("1 not in French (1 en)"), "{}", run.stdout);
    let all = env.run(&["search", "camp", "--all", "--format", "jsonl"]);
    assert!(ids(&all).contains(&"TX-PAR-EN01".to_owned()), "{}", all.stdout);
    let fr = env.run(&["search", "camp", "--all", "--lang", "fr", "--format", "jsonl"]);
    assert!(!ids(&fr).contains(&"TX-PAR-EN01".to_owned()) && ids(&fr).contains(&"AFP-LERE-1".to_owned()));
    let en = env.run(&["search", "camp", "--all", "--lang", "en", "--format", "jsonl"]);
    assert_eq!(ids(&en), ["TX-PAR-EN01"]);
    // The dateline city tags the place; the dateline is no passage text.
    let bamako = env.run(&[
        "search",
        "--place",
        "Bamako",
        "--all",
        "--format",
        "jsonl",
        "--fields",
        "dispatch_id,text",
    ]);
    assert!(ids(&bamako).contains(&"AFP-LERE-1".to_owned()), "{}", bamako.stdout);
    assert!(!bamako.stdout.contains("(AFP) -"), "{}", bamako.stdout);
    // `show` gives the wire metadata, field by field.
    let show = env.run(&["show", "AFP-LERE-1", "--format", "json"]);
    let wire = &show.json()["wire"];
    assert_eq!(wire["time"], "10:15:00+00:00");
    assert_eq!(wire["language"], "fr");
    assert_eq!(wire["dateline"], "BAMAKO, 22 oct 2023 (AFP)");
    assert_eq!(wire["signature"], "cab/sba/mm");
    assert_eq!(wire["revision"], "1");
    assert_eq!(wire["type"], "news");
    assert_eq!(wire["subjects"], "16000000, 16009000");
    assert_eq!(wire["keywords"], "Mali, conflit");
    let story = env.run(&["show", "AFP_FRE_20231022.0002"]);
    assert!(story.stdout.contains("type: advis"), "{}", story.stdout);
}

#[test]
fn a_later_revision_wins_whatever_the_order_of_arrival() {
    let env = TestEnv::empty();
    copy_fixture(&env, "rev2.xml", "drop/b.xml");
    assert_eq!(env.run(&["index", "drop"]).code, 0);
    // Revision 1 arrives late, in a later run: not indexed.
    copy_fixture(&env, "rev1.xml", "drop/c.xml");
    let run = env.run(&["index", "drop"]);
    assert!(
        run.stderr
            .contains("revision 1 of dispatch \"TX-PAR-REV01\" is older than revision 2 already indexed"),
        "{}",
        run.stderr
    );
    let rows = content(&env, ".depeches");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].2.starts_with("Nouveau bilan"), "{rows:?}");
    // In one run, in either file order, revision 2 is what is indexed.
    let env = TestEnv::empty();
    copy_fixture(&env, "rev2.xml", "drop/a.xml");
    copy_fixture(&env, "rev1.xml", "drop/z.xml");
    env.run(&["index", "drop"]);
    assert!(content(&env, ".depeches")[0].2.starts_with("Nouveau bilan"));
    let env = TestEnv::empty();
    copy_fixture(&env, "rev1.xml", "drop/a.xml");
    copy_fixture(&env, "rev2.xml", "drop/z.xml");
    env.run(&["index", "drop"]);
    let rows = content(&env, ".depeches");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].2.starts_with("Nouveau bilan"));
}

/// Waits for `done`, checking every 50 ms, at most `limit`.
fn wait_for(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    done()
}

/// A started child, killed when dropped (a failing test stops it too).
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(env: &TestEnv, args: &[&str]) -> Running {
    let child = Command::new(env!("CARGO_BIN_EXE_depeches"))
        .args(args)
        .current_dir(env.dir.path())
        .env_remove("DEPECHES_INDEX")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start depeches");
    Running(child)
}

/// The lines a child prints, as they come.
fn lines(out: ChildStdout) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { return };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}

fn dispatch_file(no: usize, text: &str) -> String {
    format!(
        "id: w{no:04}\ndate: 2023-10-{:02}\ntitle: Dépêche {no}\n\n{text}\n\nDeuxième paragraphe de la dépêche {no}.\n",
        no % 28 + 1
    )
}

#[test]
fn watch_follows_a_drop_folder_to_what_a_clean_build_gives() {
    let env = TestEnv::empty();
    std::fs::create_dir(env.path("drop")).unwrap();
    let mut watcher = spawn(&env, &["index", "--watch", "drop", "--index", "live"]);
    let stdout = lines(watcher.0.stdout.take().unwrap());
    // The first pass is done when its summary line is printed.
    stdout.recv_timeout(Duration::from_secs(60)).expect("first pass");
    // 1,000 files at once.
    for no in 0..1000 {
        env.write(
            &format!("drop/d{no:04}.txt"),
            dispatch_file(no, &format!("Patrouille numéro {no} près de Kidal.")),
        );
    }
    let all_in = wait_for(Duration::from_secs(90), || content(&env, "live").len() == 2000);
    assert!(all_in, "{} passages indexed", content(&env, "live").len());
    // Later: some edited, some deleted, one added in a new subfolder.
    for no in (0..1000).step_by(7) {
        env.write(
            &format!("drop/d{no:04}.txt"),
            dispatch_file(no, &format!("Patrouille {no} déplacée vers Gao.")),
        );
    }
    for no in (3..1000).step_by(10) {
        std::fs::remove_file(env.path(&format!("drop/d{no:04}.txt"))).unwrap();
    }
    env.write("drop/sub/new.txt", dispatch_file(5000, "Nouvelle dépêche de Ménaka."));
    // The clean build of the final folder, in another index.
    let clean = env.run(&["index", "drop", "--index", "clean"]);
    assert_eq!(clean.code, 0, "{}", clean.stderr);
    let expected = content(&env, "clean");
    assert!(expected.iter().any(|r| r.2.contains("Ménaka")) && expected.iter().any(|r| r.2.contains("Gao")));
    let same = wait_for(Duration::from_secs(90), || content(&env, "live") == expected);
    assert!(same, "the watched index differs from a clean build");
    drop(watcher);
}

#[test]
fn a_killed_watcher_loses_nothing_the_next_run_completes() {
    let env = TestEnv::empty();
    std::fs::create_dir(env.path("drop")).unwrap();
    let mut watcher = spawn(&env, &["index", "--watch", "drop", "--index", "live"]);
    let stdout = lines(watcher.0.stdout.take().unwrap());
    stdout.recv_timeout(Duration::from_secs(60)).expect("first pass");
    for no in 0..300 {
        env.write(&format!("drop/d{no:04}.txt"), dispatch_file(no, &format!("Convoi {no} vers Tessalit.")));
    }
    // Killed (SIGKILL) in the middle of whatever it was doing.
    watcher.0.kill().unwrap();
    watcher.0.wait().unwrap();
    drop(watcher);
    let again = env.run(&["index", "drop", "--index", "live"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(env.run(&["index", "drop", "--index", "clean"]).code, 0);
    assert_eq!(content(&env, "live"), content(&env, "clean"));
    assert_eq!(content(&env, "live").len(), 600);
}

#[test]
fn follow_prints_each_new_matching_passage_once_across_a_restart() {
    let env = TestEnv::empty();
    env.write("corpus/old.txt", dispatch_file(1, "Une attaque ancienne près de Kidal."));
    assert_eq!(env.run(&["index", "corpus"]).code, 0);
    let args = ["follow", "Kidal", "--format", "jsonl", "--state", "follow.json", "--interval", "0.1"];
    let mut follower = spawn(&env, &args);
    let out = lines(follower.0.stdout.take().unwrap());
    // Started: the state file says where it stands.
    assert!(wait_for(Duration::from_secs(30), || env.path("follow.json").exists()));
    env.write("corpus/a.txt", dispatch_file(2, "Des tirs entendus à Kidal dimanche."));
    env.write("corpus/b.txt", dispatch_file(3, "Calme à Gao, rien à Tombouctou."));
    assert_eq!(env.run(&["index", "corpus"]).code, 0);
    let first = out.recv_timeout(Duration::from_secs(30)).expect("a new hit");
    let hit: Value = serde_json::from_str(&first).unwrap();
    assert_eq!((hit["dispatch_id"].as_str(), hit["passage_no"].as_u64()), (Some("w0002"), Some(0)));
    // Nothing else: the old dispatch and the non-matching one are not shown.
    env.write("corpus/c.txt", dispatch_file(4, "Rien ici."));
    assert_eq!(env.run(&["index", "corpus"]).code, 0);
    // The follower has read past c (old 0, a 1, b 2, c 3): waiting for 2
    // raced with a follower fast enough to be at 3 already.
    let state_moved = wait_for(Duration::from_secs(30), || {
        std::fs::read_to_string(env.path("follow.json")).is_ok_and(|s| s.contains("\"seen_seq\":3"))
    });
    assert!(state_moved, "{:?}", std::fs::read_to_string(env.path("follow.json")));
    assert!(out.try_recv().is_err(), "only one hit");
    drop(follower);
    // While it is stopped: two more, one matching; then a restart.
    env.write("corpus/d.txt", dispatch_file(5, "Kidal : un convoi attaqué."));
    env.write("corpus/e.txt", dispatch_file(6, "Ménaka sous tension."));
    assert_eq!(env.run(&["index", "corpus"]).code, 0);
    let run = env.run(&["follow", "Kidal", "--format", "jsonl", "--state", "follow.json", "--once"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let got: Vec<(String, u64)> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| (v["dispatch_id"].as_str().unwrap().to_owned(), v["passage_no"].as_u64().unwrap()))
        .collect();
    assert_eq!(got, [("w0005".to_owned(), 0)]);
    // And again: nothing new, nothing repeated.
    let again = env.run(&["follow", "Kidal", "--format", "jsonl", "--state", "follow.json", "--once"]);
    assert_eq!((again.code, again.stdout.as_str()), (1, ""));
}

#[test]
fn follow_exec_runs_the_command_once_per_hit_with_json_on_stdin() {
    let env = TestEnv::empty();
    env.write("corpus/old.txt", dispatch_file(1, "Rien."));
    env.run(&["index", "corpus"]);
    // Start from the current state, then index two matching passages.
    assert_eq!(env.run(&["follow", "Kidal", "--state", "s.json", "--once"]).code, 1);
    env.write("corpus/a.txt", "id: x1\n\nKidal un.\n\nKidal deux.\n");
    env.run(&["index", "corpus"]);
    let run = env.run(&["follow", "Kidal", "--state", "s.json", "--once", "--exec", "cat >> hits.jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hits = std::fs::read_to_string(env.path("hits.jsonl")).unwrap();
    let texts: Vec<String> = hits
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["text"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(texts, ["Kidal un.", "Kidal deux."]);
}
