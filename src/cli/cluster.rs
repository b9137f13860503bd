//! `depeches push` and `depeches cluster …`: thin wrappers over
//! [`crate::engine`].

use std::path::Path;

use anyhow::{Result, bail};

use super::config::UsageError;
use super::progress::Progress;
use super::{ClusterCommand, PushArgs};
use crate::engine::{self, ClusterUrl};
use crate::exit::Exit;
use crate::index::{self, DepechesIndex, IndexConfig};

pub(super) fn push_command(index_dir: &Path, args: &PushArgs) -> Result<Exit> {
    let url = ClusterUrl::parse(&args.url).map_err(|e| UsageError(e.to_string()))?;
    let mut skipped = false;
    if !args.paths.is_empty() {
        let config = IndexConfig::new(index_dir.to_owned(), args.paths.clone());
        let mut progress = Progress::new();
        let summary = index::build(&config, &mut progress)?;
        drop(progress);
        eprintln!("depeches: {}", super::run::describe(&summary, &config));
        skipped = summary.skipped > 0;
    }
    let index = super::run::open_or_build(index_dir)?;
    let summary = engine::push::push(&url, &index, |line| eprintln!("{line}"))?;
    println!(
        "pushed to {} node{} of {}: {} dispatches added, {} replaced, {} deleted, {} unchanged; \
         {} passages written in {:.1} s{}",
        summary.nodes - summary.failed.len(),
        if summary.nodes == 1 { "" } else { "s" },
        summary.nodes,
        summary.added,
        summary.replaced,
        summary.deleted,
        summary.unchanged,
        summary.passages,
        summary.seconds,
        if summary.retries > 0 {
            format!(" ({} statements retried)", summary.retries)
        } else {
            String::new()
        }
    );
    if !summary.failed.is_empty() {
        bail!(
            "{} node{} not up to date: {} — push again once it answers (a push resumes where it stopped)",
            summary.failed.len(),
            if summary.failed.len() == 1 { " is" } else { "s are" },
            summary.failed.join("; ")
        );
    }
    Ok(if skipped { Exit::Error } else { Exit::Results })
}

pub(super) fn cluster_command(index_dir: &Path, command: &ClusterCommand) -> Result<Exit> {
    match command {
        ClusterCommand::Config(args) => {
            if args.nodes == 0 || args.nodes > 64 {
                bail!(UsageError("--nodes: between 1 and 64".into()));
            }
            if !args.table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || args.table.is_empty() {
                bail!(UsageError("--table: letters, digits and _ only".into()));
            }
            let nodes =
                engine::cluster::write_searchd(&args.dir, args.nodes, &args.host, args.port, &args.table)?;
            let list: Vec<String> = nodes.iter().map(|n| format!("{}:{}", args.host, n.sql_port)).collect();
            for n in &nodes {
                println!("{}: {} (SphinxQL {}, API {})", n.name, n.config.display(), n.sql_port, n.api_port);
            }
            println!("push: depeches push manticore://{}/{}", list.join(","), args.table);
            println!("search: depeches search --engine manticore://{}/{} QUERY", list[0], args.table);
            Ok(Exit::Results)
        }
        ClusterCommand::Opensearch(args) => {
            let index = DepechesIndex::open(index_dir)?;
            let n = engine::cluster::write_opensearch(&index, &args.dir, &args.table)?;
            println!(
                "wrote {} and {} ({n} passages)",
                args.dir.join("mapping.json").display(),
                args.dir.join("bulk.ndjson").display()
            );
            Ok(Exit::Results)
        }
    }
}
