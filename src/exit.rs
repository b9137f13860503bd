//! Exit codes, as documented in the README.
//!
//! - 0: results (a search found passages, an index run read everything);
//! - 1: a search found nothing (as grep);
//! - 2: usage or input error (bad arguments, bad query, no index, corpus
//!   input that had to be skipped).
//!
//! A closed output pipe (`depeches search … | head -1`) is not an error:
//! the reader got what it wanted, so it ends with 0, quietly.

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Results.
    Results = 0,
    /// No results.
    NoResults = 1,
    /// Usage or input error.
    Error = 2,
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e as u8)
    }
}

/// Is `err` (anywhere in its chain) a write to a closed pipe?
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
