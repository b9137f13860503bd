//! `depeches index --watch`: a first pass, then the changes as they come.

use std::io::Write;
use std::time::Duration;

use anyhow::{Context, Result};

use super::progress::Progress;
use super::run::describe;
use crate::corpus::watch::DropFolder;
use crate::exit::Exit;
use crate::index::{self, IndexConfig};

/// Quiet time that ends a batch of changes.
const QUIET: Duration = Duration::from_millis(300);
/// Longest a batch gathers changes: with indexing, changes reach the
/// index within about two seconds even in a steady stream.
const LONGEST: Duration = Duration::from_secs(1);

/// Indexes `config.paths`, then follows them until stopped.
pub fn run(config: IndexConfig) -> Result<Exit> {
    // Watching starts before the first pass, so that nothing changed
    // during it is missed; the index directory exists first, so that its
    // own writes can be told apart and passed over.
    std::fs::create_dir_all(&config.index_dir)
        .with_context(|| format!("creating {}", config.index_dir.display()))?;
    let folder = DropFolder::watch(&config.paths, std::slice::from_ref(&config.index_dir))
        .context("cannot watch the corpus paths")?;
    let mut progress = Progress::new();
    let summary = index::build(&config, &mut progress)?;
    drop(progress);
    // A folder still empty: an empty index, for searches and `follow` to
    // open while the first files are awaited.
    if !index::exists(&config.index_dir) {
        index::DepechesIndex::create(&config.index_dir)?;
    }
    let mut out = std::io::stdout();
    let paths: Vec<String> = config.paths.iter().map(|p| p.display().to_string()).collect();
    if summary.files == 0 {
        writeln!(
            out,
            "no corpus file yet in {}: an empty index at {}",
            paths.join(", "),
            config.index_dir.display()
        )?;
    } else {
        writeln!(out, "{}", describe(&summary, &config))?;
    }
    // From now on the index stays open for writing: a batch costs what
    // its files cost, not a reading of the whole index.
    // (Opened now, not at the first change: opening reads the index.)
    let mut live = index::Live::open(&config).ok();
    eprintln!("depeches: watching {} for changes (Ctrl-C to stop)", paths.join(", "));
    while let Some(batch) = folder.next_batch(QUIET, LONGEST) {
        let mut again = config.clone();
        again.rebuild = false;
        again.paths = batch.present;
        again.gone = batch.gone;
        for e in &batch.errors {
            eprintln!("depeches: {e}");
        }
        if !batch.errors.is_empty() {
            // Events may have been lost: read everything again (unchanged
            // dispatches are skipped by their hash).
            again.paths = config.paths.clone();
        }
        // An error (the index locked by another run, a full disk) is
        // reported and the batch tried again, on the index opened anew
        // (what was not committed is dropped): its files stay to index.
        let mut said = false;
        let summary = loop {
            let outcome = match &mut live {
                Some(open) => index::Live::run(open, &again, &mut Progress::new()),
                None => index::Live::open(&config).and_then(|open| {
                    let open = live.insert(open);
                    open.run(&again, &mut Progress::new())
                }),
            };
            match outcome {
                Ok(summary) => break summary,
                Err(e) => {
                    live = None;
                    if !said {
                        eprintln!("depeches: {e} (retrying)");
                        said = true;
                    }
                    std::thread::sleep(LONGEST);
                }
            }
        };
        writeln!(out, "{}", describe(&summary, &again))?;
        out.flush()?;
    }
    Ok(Exit::Results)
}
