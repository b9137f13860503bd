//! Command-line interface: clap types, and nothing else of clap leaks out.
//!
//! [`Cli`] is parsed by `main`, turned into the library's configs by
//! [`config`], and run by [`run`]. Exit codes (see [`crate::exit`]): 0 when
//! there are results, 1 when a search finds nothing (as grep), 2 on a usage
//! or input error.

mod claims;
mod cluster;
pub mod config;
mod follow;
mod progress;
mod run;
mod watch;

pub use run::run;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::corpus::DispatchDate;
use crate::output::columns::Column;

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
    /// Print a whole dispatch: metadata, facets, every passage.
    Show(ShowArgs),
    /// The dispatches most like dispatch ID (its most distinctive words,
    /// weighted), or with ID:N the passages most like its passage N; its
    /// near-duplicates are left out. Takes the options of `search`; a
    /// QUERY narrows the list.
    Similar(SimilarArgs),
    /// Count passages and dispatches per actor, kind or place.
    Facets(FacetsArgs),
    /// Matching passages and dispatches per year, month or week, as a bar chart.
    Timeline(TimelineArgs),
    /// What the index holds: dispatches, passages, dates, size, top actors
    /// and places, and the versions it was built with.
    Stats(StatsArgs),
    /// Print the actors and places found in TEXT, or in each stdin line.
    Entities(EntitiesArgs),
    /// Who claims what: the casualty and control claims of the matching
    /// passages, newest first, or grouped into events (--by event), or
    /// those of TEXT (--text).
    Claims(ClaimsArgs),
    /// Print the index terms of TEXT, or of each line of standard input.
    Analyze(AnalyzeArgs),
    /// Print the passages matching QUERY as they are indexed (by another
    /// `depeches index`, or `index --watch`), until stopped.
    Follow(FollowArgs),
    /// Benchmarks, with output comparable to the peer harnesses.
    #[command(subcommand)]
    Bench(BenchCommand),
    /// Serve the search page and its API on this machine (127.0.0.1).
    Serve(ServeArgs),
    /// Bring a Manticore / Sphinx cluster up to date with the index (the
    /// PATHs are indexed first, as `index` does): unchanged dispatches
    /// skipped, changed ones replaced, removed ones deleted.
    Push(PushArgs),
    /// Run past one machine: searchd configurations for a cluster, or the
    /// OpenSearch mapping and bulk export.
    #[command(subcommand)]
    Cluster(ClusterCommand),
}

/// `depeches push`.
#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// The cluster: `manticore://host:port[,host:port…]/table`, every node
    /// listed (SphinxQL ports), in the order of `cluster config`.
    pub url: String,
    /// Corpus files and directories to index first (as `depeches index`).
    pub paths: Vec<PathBuf>,
}

/// `depeches cluster …`.
#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// Write a searchd configuration per node, with a distributed table
    /// over them, and a README on running them.
    Config(ClusterConfigArgs),
    /// Write the OpenSearch mapping (mapping.json) and a bulk export of the
    /// index (bulk.ndjson).
    Opensearch(OpensearchArgs),
}

/// `depeches cluster config`.
#[derive(Debug, clap::Args)]
pub struct ClusterConfigArgs {
    /// Number of nodes.
    #[arg(long, default_value_t = 2)]
    pub nodes: usize,
    /// SphinxQL port of the first node; node k listens on PORT + 2(k-1)
    /// (SphinxQL) and the port above (binary API, for the agents).
    #[arg(long, default_value_t = 9306)]
    pub port: u16,
    /// Address the nodes listen on and reach each other at.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Name of the distributed table.
    #[arg(long, default_value = "dispatches")]
    pub table: String,
    /// Where to write the configurations.
    pub dir: PathBuf,
}

/// `depeches cluster opensearch`.
#[derive(Debug, clap::Args)]
pub struct OpensearchArgs {
    /// Name of the OpenSearch index.
    #[arg(long, default_value = "dispatches")]
    pub table: String,
    /// Where to write mapping.json and bulk.ndjson.
    pub dir: PathBuf,
}

/// `depeches serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 8040)]
    pub port: u16,
    /// Listen on this address instead (e.g. 0.0.0.0:8040): the page is
    /// then reachable from other machines, with no authentication.
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<std::net::SocketAddr>,
    /// Open the page in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Searches run at once [default: the number of cores].
    #[arg(long)]
    pub workers: Option<usize>,
    /// Serve this engine instead of the local index:
    /// `manticore://host:port/table` (a Manticore or Sphinx cluster, see
    /// `depeches cluster config`).
    #[arg(long, value_name = "URL")]
    pub engine: Option<String>,
}

/// `depeches bench …`.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Query latency: a warm-up pass printing each query's hits, then
    /// REPEAT timed passes and a p50/p95/p99 summary line.
    Query(BenchQueryArgs),
    /// Index CORPUS from scratch into INDEX_DIR and print time, speed,
    /// size and peak memory as one JSON line.
    Index(BenchIndexArgs),
    /// Start `depeches search` as a fresh process RUNS times and print the
    /// median wall time to its exit (the cold start of a script).
    Cold(BenchColdArgs),
    /// Export every hit of QUERY (to nowhere) and print rows, time and
    /// peak memory.
    Export(BenchExportArgs),
    /// Precision and recall of the entity extractor on an annotated set
    /// (JSONL of id, passage, actors, places), reading the paragraphs from
    /// CORPUS; then the errors, one per line.
    Entities(BenchEntitiesArgs),
    /// Claim extraction against a hand-annotated set: detection precision
    /// and recall, claimant and victim accuracy, and the errors by id.
    Claims(BenchClaimsArgs),
    /// Requests per second and p50/p99 latency of `/api/search` of a
    /// `depeches serve` at 1, 8 and 32 concurrent clients, beside the
    /// in-process throughput of the same searches.
    Serve(BenchServeArgs),
}

/// `depeches bench entities`.
#[derive(Debug, clap::Args)]
pub struct BenchEntitiesArgs {
    /// The annotated set (`benches/sets/entities.dev.jsonl`).
    pub set: PathBuf,
    /// The corpus holding the set's dispatches.
    #[arg(long)]
    pub corpus: PathBuf,
}

/// `depeches bench claims`.
#[derive(Debug, clap::Args)]
pub struct BenchClaimsArgs {
    /// The annotated set (JSON lines: id, passage, claims…).
    pub set: PathBuf,
    /// The corpus the ids come from (.jsonl or .jsonl.gz).
    #[arg(long)]
    pub corpus: PathBuf,
    /// Print each error.
    #[arg(long, short)]
    pub verbose: bool,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// `depeches claims`.
#[derive(Debug, clap::Args)]
pub struct ClaimsArgs {
    /// Run on this engine instead of the local index:
    /// `manticore://host:port/table` (a Manticore or Sphinx cluster, see
    /// `depeches cluster config`).
    #[arg(long, value_name = "URL")]
    pub engine: Option<String>,
    /// The query (as `search`); without one, every passage with a claim.
    pub query: Option<String>,
    /// Filters (as `search`); --claim and --claimant also keep only the
    /// claims of that type or claimant.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// List claims, or group them into events (one place, ± 3 days) with
    /// the claimants side by side.
    #[arg(long, value_enum, default_value_t = ClaimsByArg::Claim)]
    pub by: ClaimsByArg,
    /// Extract from TEXT instead of searching the index; without TEXT,
    /// from each line of standard input (one output line per input line).
    #[arg(long, value_name = "TEXT", num_args = 0..=1, default_missing_value = "")]
    pub text: Option<String>,
    /// Most claims (or events) to show; 0 for all.
    #[arg(short = 'n', long, default_value_t = 50)]
    pub limit: usize,
    /// Every claim. Same as --limit 0.
    #[arg(long)]
    pub all: bool,
    /// Write to FILE (atomically); the format follows its extension when
    /// --format is not given.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for Excel (byte-order mark, formula guard).
    #[arg(long)]
    pub excel: bool,
    /// Output format [default: text, or the --output file's extension].
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// How text output marks the figure.
    #[arg(long, value_enum)]
    pub highlight: Option<HighlightArg>,
}

/// `claims --by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsByArg {
    /// One row per claim.
    Claim,
    /// One table per event.
    Event,
}

/// `depeches bench serve`.
#[derive(Debug, clap::Args)]
pub struct BenchServeArgs {
    /// Index directory.
    pub index_dir: PathBuf,
    /// Query file: one query per line, blank lines skipped.
    pub queries: PathBuf,
    /// Concurrent clients, comma-separated.
    #[arg(long, default_value = "1,8,32", value_delimiter = ',')]
    pub clients: Vec<usize>,
    /// Requests per run.
    #[arg(long, default_value_t = 2000)]
    pub requests: usize,
}

/// `depeches bench index`.
#[derive(Debug, clap::Args)]
pub struct BenchIndexArgs {
    /// Corpus file or directory.
    pub corpus: PathBuf,
    /// Index directory: created, or replaced if it holds a depeches index.
    pub index_dir: PathBuf,
    /// Read the corpus N times (ids suffixed), to measure scaling.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=100))]
    pub replicate: u64,
    /// Indexing threads [default: the number of cores].
    #[arg(long)]
    pub threads: Option<usize>,
    /// Indexing memory in MB, all threads together [default: 128, or 32
    /// a thread when that is more].
    #[arg(long)]
    pub heap_mb: Option<usize>,
}

/// `depeches bench cold`.
#[derive(Debug, clap::Args)]
pub struct BenchColdArgs {
    /// Index directory.
    pub index_dir: PathBuf,
    /// The query.
    pub query: String,
    /// Runs.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub runs: u64,
}

/// `depeches bench export`.
#[derive(Debug, clap::Args)]
pub struct BenchExportArgs {
    /// Index directory.
    pub index_dir: PathBuf,
    /// The query.
    pub query: String,
    /// Format of the export.
    #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
    pub format: FormatArg,
}

/// `depeches bench query`.
#[derive(Debug, clap::Args)]
pub struct BenchQueryArgs {
    /// Index directory.
    pub index_dir: PathBuf,
    /// Query file: one query per line, blank lines skipped.
    pub queries: PathBuf,
    /// Timed passes over all queries (0: the warm-up pass only).
    #[arg(long, default_value_t = 10)]
    pub repeat: u64,
    /// Include the snippets in the per-query lines.
    #[arg(long)]
    pub snippets: bool,
    /// How a line's words and "phrases" combine, as the peers' `--op`:
    /// `and` (the query syntax as typed) or `or` (every element an
    /// alternative, syntax characters taken as words).
    #[arg(long, value_enum, default_value_t = BenchOp::And)]
    pub op: BenchOp,
    /// Passages listed per query in the warm-up lines.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub top: u64,
    /// Ranking weights to try instead of the defaults, as
    /// `headline=0.3,proximity=0.5,slop=3,dispatch=0.3,position=0`
    /// (unnamed ones keep their default; `bm25` alone: BM25 only).
    #[arg(long, value_name = "NAME=VALUE,...")]
    pub ranking: Option<String>,
    /// Match any of the words (as `search --any`).
    #[arg(long)]
    pub any: bool,
    /// Time the searches on this engine instead of INDEX_DIR
    /// (`manticore://host:port/table`, as `search --engine`).
    #[arg(long, value_name = "URL")]
    pub engine: Option<String>,
}

/// `bench query --op`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BenchOp {
    /// All elements (the depeches query syntax).
    And,
    /// Any element.
    Or,
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
    /// Indexing memory in MB, all threads together [default: 128, or 32
    /// a thread when that is more].
    #[arg(long)]
    pub heap_mb: Option<usize>,
    /// Commit every N passages, and at least every 30 seconds: a killed
    /// run loses at most the work since the last commit.
    #[arg(long, value_name = "N", default_value_t = 1_000_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub commit_every: u64,
    /// After indexing, keep following the paths: files added, changed or
    /// removed reach the index within about two seconds, until stopped
    /// (Ctrl-C loses nothing: the next run completes the index).
    #[arg(long)]
    pub watch: bool,
}

/// `depeches follow`.
#[derive(Debug, clap::Args)]
pub struct FollowArgs {
    /// The query (see `search`); without one, every new passage the
    /// filters keep.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Output: text for people, or jsonl (one JSON object per hit, the
    /// fields of `search --format jsonl`).
    #[arg(long, value_enum, default_value_t = FollowFormatArg::Text)]
    pub format: FollowFormatArg,
    /// Run CMD (with `sh -c`) once per new hit, the hit as one JSON object
    /// on its standard input, instead of printing it.
    #[arg(long, value_name = "CMD")]
    pub exec: Option<String>,
    /// Remember in FILE where following stopped, and start from there: a
    /// restart neither repeats nor misses a dispatch. Without it, only
    /// what is indexed after the start is shown.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Seconds between looks at the index.
    #[arg(long, value_name = "SECONDS", default_value_t = 1.0)]
    pub interval: f64,
    /// Look once, print what is new, and exit (for cron jobs, with --state).
    #[arg(long)]
    pub once: bool,
}

/// `--format` of `follow`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FollowFormatArg {
    /// For people.
    Text,
    /// One JSON object per line.
    Jsonl,
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
    /// Only passages holding a claim of this type (killed, wounded,
    /// missing, captured, hostage, neutralized, materiel, control).
    /// Repeat for either of several.
    #[arg(long = "claim", value_name = "TYPE")]
    pub claims: Vec<String>,
    /// Only passages holding a claim by this claimant: an actor (FAMa,
    /// CMA), an organisation (ONU), a kind of source ("élu local") or
    /// narrator. Repeat for either of several.
    #[arg(long = "claimant", value_name = "ACTOR")]
    pub claimants: Vec<String>,
    /// Filter on the passage's own mentions, or on its whole dispatch's.
    #[arg(long, value_enum, default_value_t = ScopeArg::Passage)]
    pub scope: ScopeArg,
    /// Only dispatches dated on or after this day: YYYY, YYYY-MM or
    /// YYYY-MM-DD, inclusive (a dispatch dated 2023-09 is inside
    /// --from 2023-09-15).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<DispatchDate>,
    /// Only dispatches dated on or before this: YYYY, YYYY-MM or
    /// YYYY-MM-DD, inclusive (--to 2023-09 includes 30 September).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<DispatchDate>,
    /// With --from or --to: keep undated dispatches too.
    #[arg(long)]
    pub undated: bool,
    /// Only dispatches in this language (fr, en, ar…), as the format
    /// declared it; dispatches of no declared language count as French.
    /// Repeat for either of several.
    #[arg(long = "lang", value_name = "CODE")]
    pub langs: Vec<String>,
}

fn parse_date(text: &str) -> Result<DispatchDate, String> {
    text.parse().map_err(|e: crate::corpus::date::DateError| e.to_string())
}

/// `--sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Best score first.
    Score,
    /// Oldest first.
    Date,
    /// Newest first.
    #[value(name = "-date")]
    DateDesc,
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
    /// Run on this engine instead of the local index:
    /// `manticore://host:port/table` (a Manticore or Sphinx cluster, see
    /// `depeches cluster config`).
    #[arg(long, value_name = "URL")]
    pub engine: Option<String>,
    /// The query: words (ANDed), "phrases", OR, -excluded, ( ). Without
    /// one, the passages the filters keep, newest first.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Most hits to show; 0 for all.
    #[arg(short = 'n', long, default_value_t = 10)]
    pub limit: usize,
    /// Every hit, streamed in rank (or --sort) order; near-duplicates are
    /// not folded. Same as --limit 0.
    #[arg(long)]
    pub all: bool,
    /// One row per dispatch (matching passages, best score, all its
    /// actors and places) instead of one per passage.
    #[arg(long, value_enum, default_value_t = GroupArg::Passage)]
    pub group: GroupArg,
    /// Columns to export, in order: rank, score, dispatch_id, passage_no,
    /// date, title, source, passages, actors, places, kinds, facets,
    /// snippet, highlights, highlighted, text.
    #[arg(long, value_name = "A,B,C", value_parser = parse_fields)]
    pub fields: Option<Fields>,
    /// Write to FILE (atomically: a temporary file renamed when complete);
    /// the format follows its extension when --format is not given.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV for Excel: a UTF-8 byte-order mark, and cells starting with
    /// = + - @ guarded against formula injection.
    #[arg(long)]
    pub excel: bool,
    /// Order: score (best first; newest first without a query), date
    /// (oldest first) or -date (newest first). Undated come last.
    #[arg(long, value_enum, default_value_t = SortArg::Score, allow_hyphen_values = true)]
    pub sort: SortArg,
    /// Also match words of 5+ letters at one typo (9+ letters: two), and
    /// say what they matched. A query with no hits retries this way anyway.
    #[arg(long)]
    pub fuzzy: bool,
    /// Show every near-duplicate passage instead of one with "+N similar".
    #[arg(long)]
    pub no_fold: bool,
    /// Print N neighbouring passages before and after each hit.
    #[arg(short = 'C', long, value_name = "N", default_value_t = 0)]
    pub context: usize,
    /// Keep at most N hits per dispatch.
    #[arg(long, value_name = "N")]
    pub per_dispatch: Option<usize>,
    /// Match any of the words instead of all: for a pasted headline or
    /// sentence. All of one or two words must match, 75 % of more; the
    /// passages matching more of them, closer together, come first.
    #[arg(long)]
    pub any: bool,
    /// Output format [default: text, or the --output file's extension].
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// How text output marks the matched words [default: ansi on a
    /// terminal unless NO_COLOR is set, none otherwise].
    #[arg(long, value_enum)]
    pub highlight: Option<HighlightArg>,
}

/// `depeches similar`.
#[derive(Debug, clap::Args)]
pub struct SimilarArgs {
    /// Dispatch id, or ID:N for its passage N (as `show` numbers them).
    pub target: String,
    /// The search options (and an optional query that narrows the list).
    #[command(flatten)]
    pub search: SearchArgs,
}

/// `depeches show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// Dispatch id.
    pub id: String,
    /// Mark the words of this query.
    #[arg(short, long)]
    pub query: Option<String>,
    /// Output format; in tabular formats one row per passage.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Columns to export (see `search --fields`).
    #[arg(long, value_name = "A,B,C", value_parser = parse_fields)]
    pub fields: Option<Fields>,
    /// How matched words are marked (see `search`).
    #[arg(long, value_enum)]
    pub highlight: Option<HighlightArg>,
}

/// `depeches facets`.
#[derive(Debug, clap::Args)]
pub struct FacetsArgs {
    /// Run on this engine instead of the local index:
    /// `manticore://host:port/table` (a Manticore or Sphinx cluster, see
    /// `depeches cluster config`).
    #[arg(long, value_name = "URL")]
    pub engine: Option<String>,
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
    /// Claim types.
    Claim,
    /// Claimants.
    Claimant,
}

/// `--format` of `facets` and `entities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormatArg {
    /// Aligned columns.
    Table,
    /// JSON.
    Json,
}

/// `depeches timeline`.
#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    /// Run on this engine instead of the local index:
    /// `manticore://host:port/table` (a Manticore or Sphinx cluster, see
    /// `depeches cluster config`).
    #[arg(long, value_name = "URL")]
    pub engine: Option<String>,
    /// Count only the passages matching this query.
    pub query: Option<String>,
    /// Filters.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Period of a bar.
    #[arg(long, value_enum, default_value_t = PeriodArg::Month)]
    pub by: PeriodArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ChartFormatArg::Text)]
    pub format: ChartFormatArg,
    /// Width of the longest bar, in columns.
    #[arg(long, default_value_t = 40)]
    pub width: usize,
}

/// `--by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PeriodArg {
    /// Calendar years.
    Year,
    /// Calendar months.
    Month,
    /// ISO weeks (Monday to Sunday).
    Week,
}

/// `--format` of `timeline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChartFormatArg {
    /// A bar chart.
    Text,
    /// CSV rows.
    Csv,
    /// JSON.
    Json,
}

/// `depeches stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormatArg::Table)]
    pub format: TableFormatArg,
    /// How many actors and places to list.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
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
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values (RFC 4180).
    Csv,
    /// Tab-separated values.
    Tsv,
    /// A Markdown table.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// `--group`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupArg {
    /// One row per passage.
    Passage,
    /// One row per dispatch.
    Dispatch,
}

/// `--fields a,b,c`, parsed. A newtype, because clap reads a bare `Vec` as
/// a repeated argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields(pub Vec<Column>);

fn parse_fields(list: &str) -> Result<Fields, String> {
    crate::output::columns::parse_fields(list).map(Fields)
}

/// `--highlight`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HighlightArg {
    /// Bold colour (ANSI escapes).
    Ansi,
    /// HTML-escaped text, marks as <mark>…</mark>.
    Html,
    /// Marks as **…**.
    Markdown,
    /// No marks.
    None,
}
