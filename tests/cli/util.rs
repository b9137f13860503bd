//! Test environment: a temp directory holding a corpus and an index, and
//! the real `depeches` binary run in it as a user would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A temporary working directory for one test.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

/// What a run of the binary printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\nstderr: {}", self.stdout, self.stderr))
    }
}

/// The bundled corpus of the repository.
pub fn bundled_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

impl TestEnv {
    /// An empty working directory.
    pub fn empty() -> TestEnv {
        TestEnv { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// A working directory whose `corpus/` is a copy of the bundled corpus.
    pub fn with_bundled_corpus() -> TestEnv {
        let env = TestEnv::empty();
        std::fs::create_dir(env.path("corpus")).unwrap();
        for entry in std::fs::read_dir(bundled_corpus()).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), env.path("corpus").join(entry.file_name())).unwrap();
        }
        env
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes a file under the working directory (parents created).
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// Runs `depeches ARGS` in the working directory, no stdin.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, None)
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&str>) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_depeches"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .env_remove("DEPECHES_INDEX")
            .env_remove("NO_COLOR")
            .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("run depeches");
        if let Some(input) = stdin {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        }
        let Output { status, stdout, stderr } = child.wait_with_output().unwrap();
        let run = Run {
            code: status.code().expect("exited, not killed by a signal"),
            stdout: String::from_utf8(stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(stderr).expect("UTF-8 stderr"),
        };
        assert!(!run.stderr.contains("panicked"), "depeches panicked:\n{}", run.stderr);
        run
    }

    /// Runs a search with `--format json` and returns the document.
    pub fn search_json(&self, query: &str) -> Value {
        let run = self.run(&["search", query, "--format", "json", "--limit", "100"]);
        assert!(run.code == 0 || run.code == 1, "search {query:?} failed: {}", run.stderr);
        run.json()
    }
}

/// `(dispatch_id, passage_no)` of each hit of a JSON search result.
pub fn hit_ids(doc: &Value) -> Vec<(String, u64)> {
    doc["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["dispatch_id"].as_str().unwrap().to_owned(), h["passage_no"].as_u64().unwrap()))
        .collect()
}

/// The highlighted words of a JSON hit, as written in its snippet.
pub fn marked_words(hit: &Value) -> Vec<String> {
    let chars: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
    hit["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
            chars[s..e].iter().collect()
        })
        .collect()
}

/// Every `(dispatch_id, passage_no)` of the bundled corpus whose passage
/// text satisfies `pred` — computed from the files, independently of the
/// index, by the same blank-line rule.
pub fn bundled_passages_where(pred: impl Fn(&str) -> bool) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(bundled_corpus()).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files {
        let id = f.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&f).unwrap();
        let mut no = 0;
        for para in text.split('\n').collect::<Vec<_>>().split(|l| l.trim().is_empty()) {
            if para.is_empty() {
                continue;
            }
            if pred(&para.join(" ")) {
                out.push((id.clone(), no));
            }
            no += 1;
        }
    }
    out.sort();
    out
}

pub fn sorted(mut v: Vec<(String, u64)>) -> Vec<(String, u64)> {
    v.sort();
    v
}
