//! Indexing progress on stderr: a bar on a terminal, nothing otherwise;
//! corpus problems printed as they come, above the bar.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::corpus::Problem;
use crate::index::BuildEvents;

/// [`BuildEvents`] for the terminal.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar on stderr, hidden when stderr is not a terminal.
    pub fn new() -> Progress {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        Progress { bar }
    }
}

impl BuildEvents for Progress {
    fn start(&mut self, files: usize, bytes: u64) {
        self.bar.set_length(bytes);
        self.bar.set_style(
            ProgressStyle::with_template(
                "{spinner} indexing [{bar:30}] {binary_bytes}/{binary_total_bytes} {msg} ({eta} left)",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        self.bar.set_message(format!("{files} files"));
    }

    fn progress(&mut self, bytes: u64, dispatches: u64, passages: u64) {
        self.bar.set_position(bytes);
        self.bar.set_message(format!("{dispatches} dispatches, {passages} passages"));
    }

    fn problem(&mut self, problem: &Problem) {
        let level = if problem.skipped { "error" } else { "warning" };
        self.bar.suspend(|| eprintln!("depeches: {level}: {problem}"));
    }

    fn finishing(&mut self) {
        self.bar.set_message("committing and merging segments");
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
