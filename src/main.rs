//! The `depeches` binary: parse arguments, run, report, exit.

use std::process::ExitCode;

use clap::Parser;
use depeches::cli::{Cli, run};
use depeches::exit::{Exit, is_broken_pipe};

/// mimalloc, with huge pages (see `allocator`).
mod allocator;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => Exit::Results.into(),
        Err(err) => {
            // The chain once: a cause its wrapper already quotes (`{0}`
            // in a thiserror message) is not repeated.
            let mut message = format!("depeches: error: {err}");
            for cause in err.chain().skip(1) {
                let cause = cause.to_string();
                if !message.contains(&cause) {
                    message.push_str(": ");
                    message.push_str(&cause);
                }
            }
            eprintln!("{message}");
            Exit::Error.into()
        }
    }
}
