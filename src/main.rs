//! The `depeches` binary: parse arguments, run, report, exit.

use std::process::ExitCode;

use clap::Parser;
use depeches::cli::{Cli, run};
use depeches::exit::{Exit, is_broken_pipe};

mod allocator;

/// mimalloc rather than glibc's allocator: indexing allocates and frees
/// a few dozen small blocks a passage, most of them freed on another
/// thread than the one that allocated them (documents built by the
/// preparing workers, dropped by tantivy's indexing threads); with
/// transparent huge pages, freed memory returned at once (see
/// `allocator`); measured in the README's speed section.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    allocator::return_freed_memory_at_once();
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
