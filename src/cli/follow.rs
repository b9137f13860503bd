//! `depeches follow`: new matching passages as they are indexed.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, bail};

use super::config::{self, UsageError};
use super::{FollowArgs, FollowFormatArg};
use crate::exit::Exit;
use crate::index::{DepechesIndex, IndexError};
use crate::output::{self, Item};
use crate::search::follow::{FollowState, Follower};
use crate::search::{Hit, SearchRequest, Searcher};

/// Runs `follow` until stopped (or once, with `--once`).
pub fn run(index_dir: &Path, args: &FollowArgs) -> Result<Exit> {
    if !(args.interval > 0.0 && args.interval <= 3600.0) {
        bail!(UsageError("--interval: give seconds between 0 and 3600, e.g. 0.5".into()));
    }
    let query = config::query(args.query.as_deref())?;
    let filters = config::filters(&args.filters)?;
    let request = SearchRequest { query, filters, limit: 0, fold: false, ..SearchRequest::default() };
    let saved = match &args.state {
        Some(path) => FollowState::load(path).with_context(|| format!("reading {}", path.display()))?,
        None => None,
    };
    let pause = Duration::from_secs_f64(args.interval);
    // The index may not exist yet: a drop folder being set up.
    let index = loop {
        match DepechesIndex::open(index_dir) {
            Ok(index) => break index,
            Err(IndexError::Missing(_)) if !args.once => std::thread::sleep(pause),
            Err(e) => return Err(e.into()),
        }
    };
    let searcher = Searcher::new(&index)?;
    // A saved state resumes; none starts from what is there now, except
    // with a state file not written yet on an empty index.
    let mut follower = Follower::new(searcher, request, saved.map(|s| s.seen_seq));
    save(args, &follower)?;
    let mut printer = output::printer(
        &output::PrintConfig {
            format: output::Format::Jsonl,
            highlight: output::highlight::Highlight::None,
            fields: None,
            excel: false,
        },
        false,
    );
    let mut shown = 0usize;
    loop {
        let hits = follower.poll()?;
        let stdout = io::stdout();
        let mut out = stdout.lock();
        for hit in &hits {
            let written = match (&args.exec, args.format) {
                (Some(cmd), _) => exec(cmd, hit, &mut *printer),
                (None, FollowFormatArg::Jsonl) => printer.item(Item::Hit(hit), &mut out),
                (None, FollowFormatArg::Text) => text(hit, &mut out),
            };
            match written {
                Ok(()) => shown += 1,
                // The reader went away (`follow … | head`): stop quietly.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Exit::Results),
                Err(e) => return Err(e.into()),
            }
        }
        match out.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Exit::Results),
            other => other?,
        }
        // Saved once the batch is out: a kill before this repeats the
        // batch, never skips it.
        save(args, &follower)?;
        if args.once {
            return Ok(if shown > 0 { Exit::Results } else { Exit::NoResults });
        }
        std::thread::sleep(pause);
    }
}

fn save(args: &FollowArgs, follower: &Follower) -> Result<()> {
    if let (Some(path), Some(state)) = (&args.state, follower.state()) {
        state.save(path).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// One hit for people: where it is from, then the passage.
fn text(hit: &Hit, out: &mut dyn Write) -> io::Result<()> {
    let date = hit.date.as_deref().unwrap_or("undated");
    write!(out, "{date} · {} ¶{}", hit.dispatch_id, hit.passage_no)?;
    if let Some(title) = &hit.title {
        write!(out, " · {title}")?;
    }
    writeln!(out)?;
    writeln!(out, "   {}", hit.text)
}

/// Runs `cmd` with the hit as JSON on its standard input.
fn exec(cmd: &str, hit: &Hit, printer: &mut dyn output::Printer) -> io::Result<()> {
    let mut json = Vec::new();
    printer.item(Item::Hit(hit), &mut json)?;
    let mut child = Command::new("sh").arg("-c").arg(cmd).stdin(Stdio::piped()).spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that does not read its input is its business.
        let _ = stdin.write_all(&json);
    }
    let status = child.wait()?;
    if !status.success() {
        eprintln!(
            "depeches: follow: --exec command exited with {status} for {} ¶{}",
            hit.dispatch_id, hit.passage_no
        );
    }
    Ok(())
}
