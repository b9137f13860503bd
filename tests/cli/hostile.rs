//! Issue 8: hostile input, hostile queries, corrupt or foreign indexes.
//!
//! Each test drives the real binary the way a script or a bad disk would.
//! The rules checked: bad corpus input is indexed sensibly or reported with
//! its file (and line), the run goes on, and the exit code is non-zero only
//! if something was skipped, as the summary says; a bad query or a broken
//! index gives a message saying what to do and exit 2, never a panic, a
//! backtrace or a hang. Runs that could hang go through [`run_watched`],
//! which kills the process after a deadline instead of hanging the suite.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::*;

/// Longest a query may take before the test calls it a hang.
const QUERY_DEADLINE: Duration = Duration::from_secs(10);

/// A run, and the process's peak resident memory in KiB where the system
/// says (Linux `/proc`).
struct Watched {
    run: Run,
    peak_kib: Option<u64>,
}

/// Runs `depeches ARGS` in `env` like [`TestEnv::run`], but kills it and
/// fails the test if it has not ended after `deadline`, and samples its
/// peak memory while it runs.
fn run_watched(env: &TestEnv, args: &[&str], deadline: Duration) -> Watched {
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeches"))
        .args(args)
        .current_dir(env.dir.path())
        .env_remove("DEPECHES_INDEX")
        .env_remove("NO_COLOR")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run depeches");
    // Drain the pipes on threads: a child blocked on a full pipe would
    // look like a hang.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let status_file = format!("/proc/{}/status", child.id());
    let started = Instant::now();
    let mut peak_kib = None;
    let status = loop {
        // VmHWM is the peak so far: the last reading before exit is the peak.
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            let hwm = status.lines().find_map(|l| l.strip_prefix("VmHWM:"));
            if let Some(kib) = hwm.and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()) {
                peak_kib = Some(kib);
            }
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("depeches {args:?} still running after {deadline:?}: a hang");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let run = Run {
        code: status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(stdout.join().unwrap()).expect("UTF-8 stdout"),
        stderr: String::from_utf8(stderr.join().unwrap()).expect("UTF-8 stderr"),
    };
    assert!(!run.stderr.contains("panicked"), "depeches panicked:\n{}", run.stderr);
    assert!(!run.stderr.contains("backtrace"), "a backtrace:\n{}", run.stderr);
    Watched { run, peak_kib }
}

/// The `(N skipped, M warnings: see above)` of an index summary, if any.
fn problem_counts(stdout: &str) -> Option<(u64, u64)> {
    let (_, rest) = stdout.split_once(" (")?;
    let (skipped, rest) = rest.split_once(" skipped, ")?;
    let (warnings, _) = rest.split_once(" warnings")?;
    Some((skipped.parse().ok()?, warnings.parse().ok()?))
}

/// Indexes `paths` and checks the exit code follows the summary: 2 when
/// something was skipped, else 0.
fn index(env: &TestEnv, paths: &[&str]) -> Run {
    let mut args = vec!["index"];
    args.extend(paths);
    let run = env.run(&args);
    assert!(run.stdout.starts_with("indexed "), "no summary:\n{}\n{}", run.stdout, run.stderr);
    let (skipped, _) = problem_counts(&run.stdout).unwrap_or((0, 0));
    assert_eq!(run.code, if skipped > 0 { 2 } else { 0 }, "{}\n{}", run.stdout, run.stderr);
    run
}

fn assert_counts(run: &Run, skipped: u64, warnings: u64) {
    assert_eq!(
        problem_counts(&run.stdout).unwrap_or((0, 0)),
        (skipped, warnings),
        "{}\n{}",
        run.stdout,
        run.stderr
    );
}

fn assert_said(run: &Run, line: &str) {
    assert!(run.stderr.lines().any(|l| l == line), "expected stderr line {line:?} in:\n{}", run.stderr);
}

// ---- Hostile corpus input ------------------------------------------------

#[test]
fn a_binary_file_named_txt_is_skipped_by_name() {
    let env = TestEnv::empty();
    // A gzip stream saved as .txt: not text, whatever its name says.
    let mut blob = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03".to_vec();
    blob.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    env.write("c/archive.txt", blob);
    env.write("c/ok.txt", "Kidal est calme.");
    let run = index(&env, &["c"]);
    assert_said(&run, "depeches: error: c/archive.txt: not a text file (binary content): skipped");
    assert_counts(&run, 1, 0);
    assert!(run.stdout.starts_with("indexed 1 dispatches, 1 passages from 2 files"), "{}", run.stdout);
}

#[test]
fn empty_files_are_reported_and_the_rest_indexed() {
    let env = TestEnv::empty();
    env.write("c/empty.txt", "");
    env.write("c/blank.txt", " \r\n\t\n");
    env.write("c/empty.jsonl", "");
    env.write("c/ok.txt", "Kidal est calme.");
    let run = index(&env, &["c"]);
    assert_said(&run, "depeches: error: c/empty.txt: no text: skipped");
    assert_said(&run, "depeches: error: c/blank.txt: no text: skipped");
    // Zero records is a valid JSONL file: a warning, not a skip.
    assert_said(&run, "depeches: warning: c/empty.jsonl: empty file: no dispatch in it");
    assert_counts(&run, 2, 1);
    assert_eq!(hit_ids(&env.search_json("Kidal")), [("ok".to_owned(), 0)]);
}

#[test]
fn utf8_byte_order_marks_are_invisible() {
    let env = TestEnv::empty();
    env.write("c/bom.txt", "\u{feff}id: bom-1\ntitle: Gao\n\nCalme à Gao.");
    env.write("c/bom.jsonl", "\u{feff}{\"id\":\"bom-2\",\"text\":\"Tension à Gao.\"}\n");
    let run = index(&env, &["c"]);
    assert_counts(&run, 0, 0);
    let doc = env.search_json("Gao");
    assert_eq!(sorted(hit_ids(&doc)), [("bom-1".to_owned(), 0), ("bom-2".to_owned(), 0)]);
    for hit in doc["hits"].as_array().unwrap() {
        assert!(!hit["text"].as_str().unwrap().contains('\u{feff}'), "no BOM in the text");
    }
}

#[test]
fn crlf_line_ends_split_and_strip_like_lf() {
    let env = TestEnv::empty();
    env.write(
        "c/win.txt",
        "id: crlf-1\r\ndate: 2023-09-20\r\n\r\nPremier à Kidal,\r\nsur deux lignes.\r\n\r\nSecond.\r\n",
    );
    env.write("c/win.jsonl", "{\"id\":\"crlf-2\",\"text\":\"Un à Kidal.\\r\\n\\r\\nDeux.\"}\r\n{\"id\":\"crlf-3\",\"text\":\"Trois.\"}\r\n");
    let run = index(&env, &["c"]);
    assert_counts(&run, 0, 0);
    assert!(run.stdout.starts_with("indexed 3 dispatches, 5 passages"), "{}", run.stdout);
    let doc = env.search_json("Kidal");
    let hits = doc["hits"].as_array().unwrap();
    let text = |id: &str| hits.iter().find(|h| h["dispatch_id"] == id).unwrap()["text"].clone();
    assert_eq!(text("crlf-1"), "Premier à Kidal, sur deux lignes.");
    assert_eq!(text("crlf-2"), "Un à Kidal.");
    assert_eq!(hits.iter().find(|h| h["dispatch_id"] == "crlf-1").unwrap()["date"], "2023-09-20");
}

#[test]
fn nul_bytes_inside_text() {
    let env = TestEnv::empty();
    // A stray NUL or two (a bad copy): the text is indexed, NULs as spaces.
    env.write("c/nul.txt", b"Texte\0abim\xc3\xa9\0 \xc3\xa0 Gao.\n\nSuite.".as_slice());
    // In JSONL, a raw NUL inside a string is invalid JSON; an escaped one
    // is a character like any other, and collapses like a space.
    env.write(
        "c/nul.jsonl",
        b"{\"id\":\"raw\",\"text\":\"a\0b Gao\"}\n{\"id\":\"esc\",\"text\":\"Gao\\u0000ville\"}\n".as_slice(),
    );
    let run = index(&env, &["c"]);
    assert!(
        run.stderr
            .lines()
            .any(|l| l.starts_with("depeches: error: c/nul.jsonl:1: invalid JSON: control character")),
        "{}",
        run.stderr
    );
    assert_counts(&run, 1, 0);
    let doc = env.search_json("Gao");
    let texts: Vec<&str> =
        doc["hits"].as_array().unwrap().iter().map(|h| h["text"].as_str().unwrap()).collect();
    assert!(texts.contains(&"Texte abimé à Gao."), "{texts:?}");
    assert!(texts.contains(&"Gao ville"), "{texts:?}");
}

/// 50 MB with no newline. The filler is punctuation between spaces, so a
/// debug build gets through it quickly: what is tested is reading and
/// cutting a 50 MB line, not the analyzer's speed (benches measure that).
fn fifty_megabytes_on_one_line() -> String {
    let mut text = String::with_capacity(50 << 20);
    text.push_str("Les FAMa ont repoussé une attaque près de Tombouctou. ");
    while text.len() < 50 << 20 {
        text.push_str("… -- ; ");
    }
    text.push_str("Fin à Kidal.");
    text
}

/// The peak memory of a 50 MB run must stay a small multiple of the file.
const SANE_PEAK_KIB: u64 = 1 << 20;

#[test]
fn fifty_megabyte_txt_with_no_newline_is_cut_into_passages() {
    let env = TestEnv::empty();
    env.write("c/dump.txt", fifty_megabytes_on_one_line());
    let watched = run_watched(&env, &["index", "c"], Duration::from_secs(3600));
    let run = &watched.run;
    assert_eq!(run.code, 0, "a warning is not a skip: {}", run.stderr);
    assert_said(
        run,
        "depeches: warning: c/dump.txt: a paragraph of more than 10000 characters (line ends lost?): cut into passages",
    );
    assert_counts(run, 0, 1);
    if let Some(peak) = watched.peak_kib {
        eprintln!("note: indexing 50 MB on one line peaked at {} MB", peak >> 10);
        assert!(peak < SANE_PEAK_KIB, "peak memory {peak} KiB");
    }
    let first = env.search_json("Tombouctou");
    assert_eq!(hit_ids(&first), [("dump".to_owned(), 0)]);
    assert!(first["hits"][0]["text"].as_str().unwrap().chars().count() <= 10_000);
    // Every piece is indexed: the last words are in the last passage.
    let passages: u64 =
        run.stdout["indexed 1 dispatches, ".len()..].split(' ').next().unwrap().parse().unwrap();
    // About 40 million characters in pieces of at most 10,000.
    assert!(passages >= 4_000, "{}", run.stdout);
    assert_eq!(hit_ids(&env.search_json("Kidal")), [("dump".to_owned(), passages - 1)]);
}

#[test]
fn fifty_megabyte_jsonl_line_is_read_or_reported() {
    let env = TestEnv::empty();
    let text = fifty_megabytes_on_one_line();
    // A whole record on a 50 MB line, no newline at the end: indexed.
    env.write(
        "c/one.jsonl",
        format!("{{\"id\":\"big\",\"text\":{}}}", serde_json::to_string(&text).unwrap()),
    );
    let watched = run_watched(&env, &["index", "c/one.jsonl"], Duration::from_secs(3600));
    assert_eq!(watched.run.code, 0, "{}", watched.run.stderr);
    assert_said(
        &watched.run,
        "depeches: warning: c/one.jsonl:1: a paragraph of more than 10000 characters (line ends lost?): cut into passages",
    );
    if let Some(peak) = watched.peak_kib {
        eprintln!("note: indexing a 50 MB JSONL line peaked at {} MB", peak >> 10);
        assert!(peak < SANE_PEAK_KIB, "peak memory {peak} KiB");
    }
    assert_eq!(hit_ids(&env.search_json("Tombouctou")), [("big".to_owned(), 0)]);
    // The same line cut short (a truncated dump): reported, skipped.
    env.write(
        "c/cut.jsonl",
        format!("{{\"id\":\"cut\",\"text\":\"{}", &text[..text.len() / 2].replace('"', "")),
    );
    let watched = run_watched(&env, &["index", "c/cut.jsonl"], Duration::from_secs(3600));
    assert_eq!(watched.run.code, 2, "{}", watched.run.stderr);
    assert!(
        watched
            .run
            .stderr
            .starts_with("depeches: error: c/cut.jsonl:1: invalid JSON: EOF while parsing a string"),
        "{}",
        watched.run.stderr
    );
    assert_counts(&watched.run, 1, 0);
}

#[test]
fn a_dispatch_of_100_000_paragraphs() {
    let env = TestEnv::empty();
    // Figures only (one short term each), so that a debug build indexes
    // them quickly; the last paragraph is words, to find it by.
    let mut text = String::new();
    for i in 0..99_999 {
        text.push_str(&format!("§{i}\n\n"));
    }
    text.push_str("Dernier paragraphe, à Tombouctou.\n");
    env.write("c/long.txt", text);
    let run = index(&env, &["c"]);
    assert_counts(&run, 0, 0);
    assert!(run.stdout.starts_with("indexed 1 dispatches, 100000 passages from 1 file"), "{}", run.stdout);
    assert_eq!(hit_ids(&env.search_json("Tombouctou")), [("long".to_owned(), 99_999)]);
    assert_eq!(hit_ids(&env.search_json("54321")), [("long".to_owned(), 54_321)]);
}

#[test]
fn invalid_dates_are_warned_about_with_their_line_and_dropped() {
    let env = TestEnv::empty();
    env.write("c/month.txt", "id: d-month\ndate: 2023-13\n\nAttaque à Gao.");
    env.write("c/day.txt", "id: d-day\ntitle: Gao\ndate: 2023-02-30\n\nAttaque à Gao.");
    env.write(
        "c/dates.jsonl",
        "{\"id\":\"j-month\",\"date\":\"2023-13\",\"text\":\"Attaque à Gao.\"}\n\
         {\"id\":\"j-day\",\"date\":\"2023-02-30\",\"text\":\"Attaque à Gao.\"}\n",
    );
    let run = index(&env, &["c"]);
    let month = "invalid date \"2023-13\": no such month (expected YYYY, YYYY-MM or YYYY-MM-DD); indexed without a date";
    let day = "invalid date \"2023-02-30\": no such day in that month (expected YYYY, YYYY-MM or YYYY-MM-DD); \
               indexed without a date";
    assert_said(&run, &format!("depeches: warning: c/month.txt:2: {month}"));
    assert_said(&run, &format!("depeches: warning: c/day.txt:3: {day}"));
    assert_said(&run, &format!("depeches: warning: c/dates.jsonl:1: {month}"));
    assert_said(&run, &format!("depeches: warning: c/dates.jsonl:2: {day}"));
    assert_counts(&run, 0, 4);
    let doc = env.search_json("Gao");
    assert_eq!(doc["total"], 4, "all four indexed");
    assert!(doc["hits"].as_array().unwrap().iter().all(|h| h["date"].is_null()));
}

#[test]
fn jsonl_lines_without_a_string_text_or_with_bad_json_are_skipped_by_line() {
    let env = TestEnv::empty();
    env.write(
        "c.jsonl",
        [
            r#"{"id":"ok","text":"Gao sous tension.","lang":"fr","tags":["a"],"meta":{"x":1}}"#,
            r#"{"id":"no-text","title":"Gao"}"#,
            r#"{"id":"null","text":null}"#,
            r#"{"id":"number","text":42}"#,
            r#"{"id":"array","text":["Gao"]}"#,
            r#"{"id":"object","text":{"fr":"Gao"}}"#,
            r#"{"id":"broken","text":"Gao"#,
            r#"["Gao"]"#,
            r#"{"id":"last","text":"Gao encore."}"#,
        ]
        .join("\n"),
    );
    let run = index(&env, &["c.jsonl"]);
    for line in [
        "depeches: error: c.jsonl:2: no \"text\" field: line skipped",
        "depeches: error: c.jsonl:3: no \"text\" field: line skipped",
        "depeches: error: c.jsonl:4: \"text\" is not a string but a number: line skipped",
        "depeches: error: c.jsonl:5: \"text\" is not a string but an array: line skipped",
        "depeches: error: c.jsonl:6: \"text\" is not a string but an object: line skipped",
    ] {
        assert_said(&run, line);
    }
    assert!(
        run.stderr.contains("depeches: error: c.jsonl:7: invalid JSON: EOF while parsing"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("depeches: error: c.jsonl:8: not a dispatch object"), "{}", run.stderr);
    // Extra fields are ignored without a word.
    assert_counts(&run, 7, 0);
    assert_eq!(sorted(hit_ids(&env.search_json("Gao"))), [("last".to_owned(), 0), ("ok".to_owned(), 0)]);
}

#[cfg(unix)]
#[test]
fn a_directory_symlink_loop_is_reported_once_and_the_rest_indexed() {
    let env = TestEnv::empty();
    env.write("c/sub/a.txt", "Kidal est calme.");
    std::os::unix::fs::symlink("..", env.path("c/sub/up")).unwrap();
    let run = run_watched(&env, &["index", "c"], Duration::from_secs(120)).run;
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_said(&run, "depeches: error: c/sub/up: symlink loop back to c");
    assert_counts(&run, 1, 0);
    assert_eq!(hit_ids(&env.search_json("Kidal")), [("a".to_owned(), 0)], "read once, not once per lap");
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_reported_by_name() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::empty();
    env.write("c/ok.txt", "Kidal est calme.");
    env.write("c/locked.txt", "Gao est calme.");
    std::fs::set_permissions(env.path("c/locked.txt"), std::fs::Permissions::from_mode(0o000)).unwrap();
    // A symlink to nothing: unreadable for everyone, root included.
    std::os::unix::fs::symlink("gone.txt", env.path("c/dangling.txt")).unwrap();
    // A FIFO named like a dispatch: reading it would block forever.
    let fifo = Command::new("mkfifo").arg(env.path("c/pipe.txt")).status().is_ok_and(|s| s.success());
    let run = run_watched(&env, &["index", "c"], Duration::from_secs(120)).run;
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("depeches: error: c/dangling.txt: cannot read: No such file or directory"),
        "{}",
        run.stderr
    );
    let mut skipped = 1;
    if fifo {
        assert_said(
            &run,
            "depeches: error: c/pipe.txt: not a regular file (a FIFO, socket or device): skipped",
        );
        skipped += 1;
    } else {
        eprintln!("note: mkfifo unavailable: the FIFO case was not checked");
    }
    // chmod 000 does not stop root (CI runs as root here): then the file is
    // simply indexed, and the test says it could not check the refusal.
    if std::fs::read(env.path("c/locked.txt")).is_ok() {
        eprintln!(
            "note: running as root, chmod 000 does not prevent reading: the permission case was not checked"
        );
        assert_eq!(hit_ids(&env.search_json("Gao")), [("locked".to_owned(), 0)]);
    } else {
        assert!(
            run.stderr.contains("depeches: error: c/locked.txt: cannot read: Permission denied"),
            "{}",
            run.stderr
        );
        skipped += 1;
    }
    assert_counts(&run, skipped, 0);
    assert_eq!(hit_ids(&env.search_json("Kidal")), [("ok".to_owned(), 0)]);
}

// ---- Hostile queries -------------------------------------------------------

/// An index of the bundled corpus, for the query tests.
fn indexed() -> TestEnv {
    let env = TestEnv::with_bundled_corpus();
    assert_eq!(env.run(&["index", "corpus"]).code, 0);
    env
}

/// Runs a hostile query through `search`, `facets`, `timeline` and
/// `show --query`: each must exit 2 within the deadline, with a one-line
/// `depeches: error:` message containing `expected`, and echo no control
/// character to the terminal.
fn refused_everywhere(env: &TestEnv, query: &str, expected: &str) {
    let show_query = format!("--query={query}");
    let commands: [Vec<&str>; 4] = [
        vec!["search", "--", query],
        vec!["facets", "actor", "--", query],
        vec!["timeline", "--", query],
        vec!["show", "000_059ab664ff4507f1", &show_query],
    ];
    for args in commands {
        let run = run_watched(env, &args, QUERY_DEADLINE).run;
        let shown: String = query.chars().take(40).collect();
        assert_eq!(run.code, 2, "{} {shown:?}: {}{}", args[0], run.stdout, run.stderr);
        assert!(run.stderr.starts_with("depeches: error: "), "{} {shown:?}: {}", args[0], run.stderr);
        assert!(
            run.stderr.contains(expected),
            "{} {shown:?}: expected {expected:?} in {}",
            args[0],
            run.stderr
        );
        assert_eq!(run.stderr.matches(expected).count(), 1, "said once: {}", run.stderr);
        assert!(!run.stderr.chars().any(|c| c.is_control() && c != '\n'), "control echoed: {:?}", run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
    }
}

#[test]
fn a_10_000_character_query_is_refused() {
    let env = indexed();
    refused_everywhere(&env, &"armee ".repeat(1_667), "query too long (more than 4096 characters)");
    refused_everywhere(&env, &"é".repeat(10_000), "query too long");
}

#[test]
fn unbalanced_quotes_and_parentheses_are_pointed_at() {
    let env = indexed();
    refused_everywhere(
        &env,
        "armee \"malienne",
        "unbalanced quote: this phrase is never closed (at character 7)",
    );
    refused_everywhere(&env, "«accord de paix", "unbalanced quote");
    refused_everywhere(&env, "actor:\"Ansar Dine", "unbalanced quote");
    refused_everywhere(
        &env,
        "(Kidal OR Gao",
        "unbalanced parenthesis: this one is never closed (at character 1)",
    );
    refused_everywhere(&env, "Kidal) Gao", "unbalanced parenthesis: nothing to close here (at character 6)");
    refused_everywhere(&env, "((Kidal)", "unbalanced parenthesis");
    refused_everywhere(&env, "()", "empty parentheses");
    // The caret line points at the problem.
    let run = env.run(&["search", "armee \"malienne"]);
    assert!(run.stderr.ends_with("\n  armee \"malienne\n        ^\n"), "{:?}", run.stderr);
}

#[test]
fn lone_operators_are_refused() {
    let env = indexed();
    refused_everywhere(&env, "OR", "OR needs something to search on its left");
    refused_everywhere(&env, "OR OR", "OR needs something to search on its left");
    refused_everywhere(&env, "Kidal OR", "OR needs something to search on its right");
    refused_everywhere(&env, "Kidal OR OR Gao", "OR needs something to search on its right");
    refused_everywhere(&env, "-", "'-' must be followed by what to exclude");
    refused_everywhere(&env, "- -", "'-' must be followed by what to exclude");
    refused_everywhere(&env, "Kidal -", "'-' must be followed by what to exclude");
    refused_everywhere(&env, "-Kidal OR Gao", "an excluded element (-word) cannot be an OR alternative");
    // Without `--`, a query starting with `-` is an option to the argument
    // parser, which refuses it with its own message and exit 2.
    let run = run_watched(&env, &["search", "- -"], QUERY_DEADLINE).run;
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unexpected argument"), "{}", run.stderr);
}

#[test]
fn control_characters_are_refused_without_being_echoed() {
    let env = indexed();
    refused_everywhere(
        &env,
        "\u{1b}[31mrouge",
        "control character U+001B in the query: remove it (at character 1)",
    );
    refused_everywhere(&env, "Kidal\u{7}", "control character U+0007 in the query");
    refused_everywhere(&env, "\"accord\u{7f}\"", "control character U+007F in the query");
    // NUL cannot be passed as an argument at all (the OS strings end at
    // NUL); it can come from a file of queries.
    // The benchmark records the refusal and goes on with the next query.
    env.write("queries.txt", "Gao\u{0}ville\nmalienne\n");
    let run = run_watched(&env, &["bench", "query", ".depeches", "queries.txt"], QUERY_DEADLINE).run;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("\"error\":\"control character U+0000 in the query: remove it\""),
        "{}",
        run.stdout
    );
    // Whitespace controls (a CRLF query file, a tab) separate words.
    let run = run_watched(&env, &["search", "armee\r\n\tmalienne\r", "--format", "json"], QUERY_DEADLINE).run;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["total"], env.search_json("armee malienne")["total"]);
}

#[cfg(unix)]
#[test]
fn a_query_that_is_not_utf8_is_refused_by_the_argument_parser() {
    use std::os::unix::ffi::OsStrExt;
    let env = indexed();
    let out = Command::new(env!("CARGO_BIN_EXE_depeches"))
        .arg("search")
        .arg(std::ffi::OsStr::from_bytes(b"arm\xe9e"))
        .current_dir(env.dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("invalid UTF-8"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn unknown_field_names_are_refused_with_the_known_ones() {
    let env = indexed();
    refused_everywhere(
        &env,
        "titre:x",
        "unknown field \"titre\" (known: actor, place, kind, source, title, dateline) (at character 1)",
    );
    refused_everywhere(&env, "Kidal date:2023", "unknown field \"date\"");
    refused_everywhere(&env, "actor:", "actor: needs a value");
    refused_everywhere(&env, "actor:inconnu", "unknown actor \"inconnu\"");
    // Not a field name (capitals, digits): a word, searched as such.
    let run = run_watched(&env, &["search", "Titre:x 13:30"], QUERY_DEADLINE).run;
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
}

#[test]
fn deep_nesting_is_refused_not_recursed() {
    let env = indexed();
    let deep = format!("{}Kidal{}", "(".repeat(1000), ")".repeat(1000));
    refused_everywhere(&env, &deep, "parentheses nested too deep (at character 33)");
    let negated = format!("{}Kidal{}", "-(".repeat(1000), ")".repeat(1000));
    refused_everywhere(&env, &negated, "parentheses nested too deep");
    let open = "(".repeat(4000);
    refused_everywhere(&env, &open, "parentheses nested too deep");
    // 32 levels are allowed.
    let ok = format!("{}malienne{}", "(".repeat(32), ")".repeat(32));
    assert_eq!(run_watched(&env, &["search", &ok], QUERY_DEADLINE).run.code, 0);
}

#[test]
fn an_excluded_phrase_ahead_of_the_hits_is_searched_not_a_panic() {
    // Found by the `query` fuzz target: a debug assertion of tantivy's
    // phrase scorer (this test runs the debug binary) fired on exclusion.
    let env = indexed();
    let all = env.search_json("malienne")["total"].as_u64().unwrap();
    for query in ["malienne -\"malienne armée\"", "malienne -(\"forces armées\" OR \"nulle part\")"] {
        let run = run_watched(&env, &["search", query, "--format", "json"], QUERY_DEADLINE).run;
        assert_eq!(run.code, 0, "{query}: {}", run.stderr);
        assert!(run.json()["total"].as_u64().unwrap() <= all);
    }
}

// ---- Corrupt or foreign indexes ------------------------------------------

/// `search` and `stats` on a broken index: exit 2 and the advice to
/// rebuild, or `expected` when it is not an index at all; then the advice
/// works.
fn says_what_to_do(env: &TestEnv, expected: &str) {
    for args in
        [&["search", "malienne"][..], &["stats"], &["facets", "actor"], &["show", "000_059ab664ff4507f1"]]
    {
        let run = run_watched(env, args, QUERY_DEADLINE).run;
        assert_eq!(run.code, 2, "{args:?}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.starts_with("depeches: error: "), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{args:?}: expected {expected:?} in {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: one message: {}", run.stderr);
    }
}

fn rebuild_works(env: &TestEnv) {
    let run = env.run(&["index", "--rebuild", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(env.search_json("malienne")["total"], 6);
}

const REBUILD: &str = "run `depeches index --rebuild`";

/// The segment files of the index with this extension.
fn segment_files(env: &TestEnv, ext: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(env.path(".depeches"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{ext} file");
    files
}

#[test]
fn a_truncated_segment_file_says_to_rebuild() {
    for ext in ["idx", "store", "term"] {
        let env = indexed();
        let file = &segment_files(&env, ext)[0];
        let len = std::fs::metadata(file).unwrap().len();
        std::fs::OpenOptions::new().write(true).open(file).unwrap().set_len(len / 2).unwrap();
        says_what_to_do(&env, REBUILD);
        says_what_to_do(&env, "cannot be read");
        rebuild_works(&env);
    }
}

#[test]
fn a_missing_segment_file_says_to_rebuild() {
    // Positions are opened lazily, by the first phrase-capable query: the
    // advice must come from the search, not only from opening the index.
    let env = indexed();
    std::fs::remove_file(&segment_files(&env, "pos")[0]).unwrap();
    for args in [&["search", "malienne"][..], &["show", "000_059ab664ff4507f1", "--query", "armee"]] {
        let run = run_watched(&env, args, QUERY_DEADLINE).run;
        assert_eq!(run.code, 2, "{args:?}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.starts_with("depeches: error: "), "{}", run.stderr);
        assert!(run.stderr.contains(&format!("the index is damaged: {REBUILD}")), "{args:?}: {}", run.stderr);
    }
    // Every segment file gone: the index cannot even be opened.
    for ext in ["idx", "term", "store", "fast", "fieldnorm"] {
        for file in segment_files(&env, ext) {
            std::fs::remove_file(file).unwrap();
        }
    }
    says_what_to_do(&env, REBUILD);
    rebuild_works(&env);
}

#[test]
fn an_empty_or_garbage_meta_json_says_to_rebuild() {
    for meta in ["", "garbage{{", "{\"segments\": 3}", "\u{0}\u{0}\u{0}"] {
        let env = indexed();
        env.write(".depeches/meta.json", meta);
        says_what_to_do(&env, REBUILD);
        rebuild_works(&env);
    }
}

#[test]
fn a_directory_that_is_not_a_depeches_index_is_named_as_such() {
    let env = TestEnv::with_bundled_corpus();
    env.write(".depeches/notes.txt", "mes notes");
    env.write(".depeches/random.bin", (0..1000u32).map(|i| (i * 31 % 251) as u8).collect::<Vec<u8>>());
    says_what_to_do(&env, ".depeches is not a depeches index: choose another --index directory");
    // A tantivy index of another schema is not ours either.
    let other = TestEnv::with_bundled_corpus();
    let mut builder = tantivy::schema::Schema::builder();
    builder.add_text_field("body", tantivy::schema::TEXT);
    std::fs::create_dir(other.path(".depeches")).unwrap();
    tantivy::Index::create_in_dir(other.path(".depeches"), builder.build()).unwrap();
    says_what_to_do(&other, "not a depeches index");
}
