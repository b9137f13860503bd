//! Command-line interface: clap types, and nothing else of clap leaks out.
//!
//! [`Cli`] is parsed by `main`, turned into the library's configs by
//! [`config`], and run by [`run`]. Exit codes (see [`crate::exit`]): 0 when
//! there are results, 1 when a search finds nothing (as grep), 2 on a usage
//! or input error.

pub mod config;
mod progress;
mod run;

pub use run::run;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Search engine for French news dispatches: ranked passages with highlights.
#[derive(Debug, Parser)]
#[command(name = "depeches", version, about, long_about = None)]
pub struct Cli {
    /// Index directory.
    #[arg(long, global = true, env = "DEPECHES_INDEX", default_value = config::DEFAULT_INDEX_DIR)]
    pub index: PathBuf,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build or update the index from corpus files and directories.
    Index(IndexArgs),
    /// Search the index: best passages first, matched words marked.
    Search(SearchArgs),
    /// Count passages and dispatches per actor, kind or place.
    Facets(FacetsArgs),
    /// Print the actors and places found in TEXT, or in each stdin line.
    Entities(EntitiesArgs),
    /// Print the index terms of TEXT, or of each line of standard input.
    Analyze(AnalyzeArgs),
    /// Benchmarks, with output comparable to the peer harnesses.
    #[command(subcommand)]
    Bench(BenchCommand),
}

/// `depeches bench …`.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Query latency: a warm-up pass printing each query's hits, then
    /// REPEAT timed passes and a p50/p95/p99 summary line.
    Query(BenchQueryArgs),
}

/// `depeches bench query`.
#[derive(Debug, clap::Args)]
pub struct BenchQueryArgs {
    /// Index directory.
    pub index_dir: PathBuf,
    /// Query file: one query per line, blank lines skipped.
    pub queries: PathBuf,
    /// Timed passes over all queries.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub repeat: u64,
    /// Include the snippets in the per-query lines.
    #[arg(long)]
    pub snippets: bool,
}

/// `depeches index`.
#[derive(Debug, clap::Args)]
pub struct IndexArgs {
    /// Corpus files (.txt, .jsonl, .jsonl.gz) and directories [default: ./corpus].
    pub paths: Vec<PathBuf>,
    /// Start over from an empty index.
    #[arg(long)]
    pub rebuild: bool,
    /// Indexing threads [default: the number of cores].
    #[arg(long)]
    pub threads: Option<usize>,
    /// Indexing memory in MB, all threads together.
    #[arg(long, default_value_t = 256)]
    pub heap_mb: usize,
}

/// Filters shared by `search` and `facets`.
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// Only passages naming this actor: id or alias, any case or accents
    /// (`--actor jnim` is the GSIM). Repeat for either of several.
    #[arg(long = "actor", value_name = "ACTOR")]
    pub actors: Vec<String>,
    /// Only passages naming this place or a place inside it (`--place
    /// tombouctou` includes Léré); a name or a path (/Mali/Tombouctou).
    /// Repeat for either of several.
    #[arg(long = "place", value_name = "PLACE")]
    pub places: Vec<String>,
    /// Only passages naming an actor of this kind (jihadist, separatist,
    /// state, foreign, international, militia, government, regional).
    /// Repeat for either of several.
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<String>,
    /// Filter on the passage's own mentions, or on its whole dispatch's.
    #[arg(long, value_enum, default_value_t = ScopeArg::Passage)]
    pub scope: ScopeArg,
}

/// `--scope`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScopeArg {
    /// The passage names it.
    Passage,
    /// A passage of its dispatch names it.
    Dispatch,
}

/// `depeches search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// The query: words (ANDed), "phrases", OR, -excluded, ( ). Without
    /// one, the passages the filters keep, newest first.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Most hits to show.
    #[arg(short = 'n', long, default_value_t = 10)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Colour marks in text output (auto: on a terminal, unless NO_COLOR is set).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// `depeches facets`.
#[derive(Debug, clap::Args)]
pub struct FacetsArgs {
    /// What to count.
    #[arg(value_enum)]
    pub facet: FacetArg,
    /// Count only the passages matching this query.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Places: count the places directly inside this one (a name or a
    /// path such as /Mali/Tombouctou) instead of the countries.
    #[arg(long, value_name = "PLACE")]
    pub under: Option<String>,
    /// Most values to print (0: all).
    #[arg(short = 'n', long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormatArg::Table)]
    pub format: TableFormatArg,
}

/// `depeches facets` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FacetArg {
    /// Named actors.
    Actor,
    /// Actor kinds (named or not).
    Kind,
    /// Places, level by level.
    Place,
}

/// `--format` of `facets` and `entities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormatArg {
    /// Aligned columns.
    Table,
    /// JSON.
    Json,
}

/// `depeches entities`.
#[derive(Debug, clap::Args)]
pub struct EntitiesArgs {
    /// Text to read; without it, each line of standard input.
    pub text: Option<String>,
    /// Output format: a table, or one JSON array per input line.
    #[arg(long, value_enum, default_value_t = TableFormatArg::Table)]
    pub format: TableFormatArg,
}

/// `depeches analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// Text to analyze; without it, each line of standard input.
    pub text: Option<String>,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// For people.
    Text,
    /// One JSON document.
    Json,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}
