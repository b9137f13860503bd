//! The `depeches` binary: parse arguments, run, report, exit.

use std::process::ExitCode;

use clap::Parser;
use depeches::cli::{Cli, run};
use depeches::exit::{Exit, is_broken_pipe};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => Exit::Results.into(),
        Err(err) => {
            eprint!("depeches: error: {err}");
            for cause in err.chain().skip(1) {
                eprint!(": {cause}");
            }
            eprintln!();
            Exit::Error.into()
        }
    }
}
