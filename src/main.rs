//! The `depeches` binary: parse arguments, run, report, exit.

use std::process::ExitCode;

use clap::Parser;
use depeches::cli::{Cli, run};
use depeches::exit::{Exit, is_broken_pipe};

mod huge_pages;

/// mimalloc rather than glibc's allocator: indexing allocates and frees
/// a few dozen small blocks a passage, most of them freed on another
/// thread than the one that allocated them (documents built by the
/// preparing workers, dropped by tantivy's indexing threads); huge pages
/// for its large blocks only (see `huge_pages`); measured in the README's
/// speed section.
#[global_allocator]
static ALLOCATOR: huge_pages::HugeBlocks = huge_pages::HugeBlocks;

fn main() -> ExitCode {
    huge_pages::return_freed_memory_at_once();
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
