//! Arguments → validated library configurations, defaults resolved here.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{ColorArg, FormatArg, IndexArgs, SearchArgs};
use crate::index::IndexConfig;
use crate::output::Format;
use crate::search::SearchRequest;

/// Where the index lives unless `--index` or `DEPECHES_INDEX` say otherwise.
pub const DEFAULT_INDEX_DIR: &str = ".depeches";
/// The corpus indexed when `index` gets no path, and by a first `search`.
pub const DEFAULT_CORPUS_DIR: &str = "corpus";

/// A usage error found after parsing.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The indexing job of `depeches index`.
pub fn index_config(index_dir: PathBuf, args: &IndexArgs) -> Result<IndexConfig, UsageError> {
    let paths =
        if args.paths.is_empty() { vec![PathBuf::from(DEFAULT_CORPUS_DIR)] } else { args.paths.clone() };
    let mut config = IndexConfig::new(index_dir, paths);
    config.rebuild = args.rebuild;
    if let Some(t) = args.threads {
        if t == 0 {
            return Err(UsageError("--threads must be at least 1".into()));
        }
        config.threads = t;
    }
    // tantivy needs at least 15 MB per thread.
    let min_mb = 15 * config.threads + 1;
    if args.heap_mb < min_mb {
        return Err(UsageError(format!(
            "--heap-mb must be at least {min_mb} for {} threads",
            config.threads
        )));
    }
    config.heap_bytes = args.heap_mb << 20;
    Ok(config)
}

/// How a search is printed.
#[derive(Debug, Clone, Copy)]
pub struct OutputConfig {
    /// Format.
    pub format: Format,
    /// ANSI colour in text output.
    pub color: bool,
}

/// The request and output settings of `depeches search`.
pub fn search_config(args: &SearchArgs) -> Result<(SearchRequest, OutputConfig), UsageError> {
    if args.query.trim().is_empty() {
        return Err(UsageError(
            "empty query: say what to search, e.g. depeches search \"armee malienne\"".into(),
        ));
    }
    if args.limit == 0 {
        return Err(UsageError("--limit must be at least 1".into()));
    }
    let format = match args.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
    };
    let color = match args.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    Ok((SearchRequest { query: args.query.clone(), limit: args.limit }, OutputConfig { format, color }))
}
