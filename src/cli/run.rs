//! Running a parsed command line.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::config::{self, DEFAULT_CORPUS_DIR};
use super::progress::Progress;
use super::{
    AnalyzeArgs, BenchColdArgs, BenchCommand, BenchEntitiesArgs, BenchExportArgs, BenchIndexArgs,
    BenchQueryArgs, BenchServeArgs, Cli, Command, EntitiesArgs, FacetArg, FacetsArgs, IndexArgs, SearchArgs,
    ServeArgs, ShowArgs, SimilarArgs, StatsArgs, TableFormatArg, TimelineArgs,
};
use crate::analysis::FrenchTokenizer;
use crate::entities::{Extractor, Vocabulary};
use crate::exit::Exit;
use crate::index::{self, BuildSummary, DepechesIndex, IndexConfig, IndexError};
use crate::output;
use crate::output::destination::Destination;
use crate::output::human_bytes;
use crate::output::tables::{self, FacetRow, MentionRow};
use crate::search::SearchRequest;
use crate::search::Searcher;

/// Runs the command; errors are reported by `main`.
pub fn run(cli: Cli) -> Result<Exit> {
    match &cli.command {
        Command::Index(args) => index_command(&cli.index, args),
        Command::Search(args) => search_command(&cli.index, args),
        Command::Show(args) => show_command(&cli.index, args),
        Command::Similar(args) => similar_command(&cli.index, args),
        Command::Facets(args) => facets_command(&cli.index, args),
        Command::Timeline(args) => timeline_command(&cli.index, args),
        Command::Stats(args) => stats_command(&cli.index, args),
        Command::Entities(args) => entities_command(args),
        Command::Claims(args) => super::claims::claims_command(&cli.index, args),
        Command::Follow(args) => super::follow::run(&cli.index, args),
        Command::Analyze(args) => analyze_command(args),
        Command::Bench(BenchCommand::Query(args)) => bench_query_command(args),
        Command::Bench(BenchCommand::Index(args)) => bench_index_command(args),
        Command::Bench(BenchCommand::Cold(args)) => bench_cold_command(args),
        Command::Bench(BenchCommand::Export(args)) => bench_export_command(args),
        Command::Bench(BenchCommand::Entities(args)) => bench_entities_command(args),
        Command::Bench(BenchCommand::Claims(args)) => super::claims::bench_claims_command(args),
        Command::Bench(BenchCommand::Serve(args)) => bench_serve_command(args),
        Command::Serve(args) => serve_command(&cli.index, args),
        Command::Push(args) => super::cluster::push_command(&cli.index, args),
        Command::Cluster(command) => super::cluster::cluster_command(&cli.index, command),
    }
}

fn index_command(index_dir: &Path, args: &IndexArgs) -> Result<Exit> {
    let config = config::index_config(index_dir.to_owned(), args)?;
    if args.watch {
        return super::watch::run(config);
    }
    let summary = build(&config)?;
    let mut out = io::stdout().lock();
    writeln!(out, "{}", describe(&summary, &config))?;
    Ok(if summary.skipped > 0 { Exit::Error } else { Exit::Results })
}

fn build(config: &IndexConfig) -> Result<BuildSummary> {
    let mut progress = Progress::new();
    let summary = index::build(config, &mut progress)?;
    drop(progress);
    if summary.files == 0 {
        let paths: Vec<String> = config.paths.iter().map(|p| p.display().to_string()).collect();
        bail!(
            "no corpus file (.txt, .jsonl, .xml, .sgml, .html, .rss, .atom, .gz…) found in {}",
            paths.join(", ")
        );
    }
    Ok(summary)
}

pub(super) fn describe(s: &BuildSummary, config: &IndexConfig) -> String {
    let mut line = format!(
        "indexed {} dispatches, {} passages from {} file{} in {:.1} s; index {} at {}",
        s.dispatches,
        s.passages,
        s.files,
        if s.files == 1 { "" } else { "s" },
        s.seconds,
        human_bytes(s.index_bytes),
        config.index_dir.display()
    );
    if s.unchanged + s.removed > 0 {
        line.push_str(&format!("; {} unchanged, {} removed", s.unchanged, s.removed));
    }
    if s.skipped + s.warnings > 0 {
        line.push_str(&format!(" ({} skipped, {} warnings: see above)", s.skipped, s.warnings));
    }
    if !s.other_languages.is_empty() {
        let langs: Vec<String> = s.other_languages.iter().map(|(l, n)| format!("{n} {l}")).collect();
        let total: u64 = s.other_languages.values().sum();
        line.push_str(&format!(
            "; {total} not in French ({}): `--lang fr` leaves them out",
            langs.join(", ")
        ));
    }
    line
}

/// Says so when the index was built with other vocabularies than this
/// binary's: its terms and facets may not match what a query expects.
fn warn_if_stale(index: &DepechesIndex) {
    let built = index.last_payload().and_then(|p| p.vocabulary);
    if built.as_deref().is_some_and(|v| v != index::vocabulary_fingerprint()) {
        eprintln!(
            "depeches: warning: the index at {} was built with other vocabularies \
             (stop words, synonyms, actors, places): run `depeches index --rebuild` for current terms and facets",
            index.path.display()
        );
    }
}

/// Opens the index; on a fresh checkout, builds it from `./corpus` first.
pub(super) fn open_or_build(index_dir: &Path) -> Result<DepechesIndex> {
    match DepechesIndex::open(index_dir) {
        Err(IndexError::Missing(_)) => {}
        other => return Ok(other?),
    }
    let corpus = Path::new(DEFAULT_CORPUS_DIR);
    if !corpus.is_dir() {
        bail!(
            "no index at {} and no ./{DEFAULT_CORPUS_DIR} directory to build one from: \
             run `depeches index PATH…` on your dispatches first (or point --index / DEPECHES_INDEX at an index)",
            index_dir.display()
        );
    }
    eprintln!("depeches: no index at {} yet: indexing ./{DEFAULT_CORPUS_DIR} first", index_dir.display());
    let config = IndexConfig::new(index_dir.to_owned(), vec![corpus.to_owned()]);
    let summary = build(&config)?;
    eprintln!("depeches: {}", describe(&summary, &config));
    Ok(DepechesIndex::open(index_dir)?)
}

/// The engine of `--engine URL`, or the local index (built from
/// `./corpus` on a fresh checkout).
pub(super) fn engine(url: Option<&str>, index_dir: &Path) -> Result<Box<dyn crate::engine::Engine>> {
    crate::engine::open(url, || {
        let index = open_or_build(index_dir)?;
        warn_if_stale(&index);
        Ok(index)
    })
}

fn search_command(index_dir: &Path, args: &SearchArgs) -> Result<Exit> {
    let (request, export) = config::search_config(args)?;
    let searcher = engine(args.engine.as_deref(), index_dir)?;
    let mut out = Destination::open(export.output.as_deref()).with_context(|| {
        format!("cannot write {}", export.output.as_deref().unwrap_or(Path::new("-")).display())
    })?;
    let total = output::export::write_hits(
        &*searcher,
        &request,
        &export.print,
        export.group_dispatch,
        &export.filter_labels,
        &mut out,
    )?;
    out.finish().context("writing results")?;
    Ok(if total > 0 { Exit::Results } else { Exit::NoResults })
}

fn similar_command(index_dir: &Path, args: &SimilarArgs) -> Result<Exit> {
    let (mut request, export) = config::search_config(&args.search)?;
    let like = crate::search::Like::parse(&args.target);
    // A dispatch is like other dispatches; a passage, like passages.
    let group_dispatch = export.group_dispatch || like.passage_no.is_none();
    if group_dispatch && (request.context > 0 || request.per_dispatch.is_some()) {
        bail!(config::UsageError(
            "similar ID lists dispatches: --context and --per-dispatch apply to similar ID:N".into()
        ));
    }
    request.like = Some(like);
    let index = open_or_build(index_dir)?;
    warn_if_stale(&index);
    let searcher = Searcher::new(&index)?;
    let mut out = Destination::open(export.output.as_deref()).with_context(|| {
        format!("cannot write {}", export.output.as_deref().unwrap_or(Path::new("-")).display())
    })?;
    let mut labels = vec![format!("like: {}", args.target)];
    labels.extend(export.filter_labels.iter().cloned());
    let total =
        output::export::write_hits(&searcher, &request, &export.print, group_dispatch, &labels, &mut out)?;
    out.finish().context("writing results")?;
    Ok(if total > 0 { Exit::Results } else { Exit::NoResults })
}

fn show_command(index_dir: &Path, args: &ShowArgs) -> Result<Exit> {
    let query = config::query(args.query.as_deref())?;
    let format = config::format(args.format);
    if args.fields.is_some() && format == output::Format::Text {
        bail!(config::UsageError(
            "--fields applies to json, jsonl, csv, tsv, markdown and html output".into()
        ));
    }
    let index = open_or_build(index_dir)?;
    let Some(view) = Searcher::new(&index)?.dispatch(&args.id, query.as_deref())? else {
        eprintln!("depeches: no dispatch {:?} in the index at {}", args.id, index_dir.display());
        return Ok(Exit::NoResults);
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let highlight = config::highlight(args.highlight);
    match format {
        output::Format::Text => output::dispatch::text(&view, highlight, &mut out)?,
        output::Format::Json if args.fields.is_none() => output::dispatch::json(&view, &mut out)?,
        // Other formats: the dispatch's passages as rows.
        _ => {
            let print = output::PrintConfig {
                format,
                highlight,
                fields: args.fields.clone().map(|f| f.0),
                excel: false,
            };
            let mut printer = output::printer(&print, false);
            let head = output::Head {
                query: query.as_deref().unwrap_or(""),
                filters: &[],
                total: view.passages.len(),
                dispatches: false,
                corrections: &[],
                suggestions: &[],
            };
            printer.begin(&head, &mut out)?;
            for p in &view.passages {
                printer.item(output::Item::Hit(p), &mut out)?;
            }
            printer.end(view.passages.len(), &mut out)?;
        }
    }
    out.flush()?;
    Ok(Exit::Results)
}

fn facets_command(index_dir: &Path, args: &FacetsArgs) -> Result<Exit> {
    let request = SearchRequest {
        query: config::query(args.query.as_deref())?,
        filters: config::filters(&args.filters)?,
        limit: 0,
        ..SearchRequest::default()
    };
    let (header, root, depth) = match args.facet {
        FacetArg::Actor => ("ACTOR", "/actor".to_owned(), 2),
        FacetArg::Kind => ("KIND", "/actor".to_owned(), 1),
        FacetArg::Place => {
            let root = match &args.under {
                None => "/place".to_owned(),
                Some(under) => Vocabulary::embedded().place_filter_facet(under).ok_or_else(|| {
                    config::UsageError(format!("--under {under:?}: no such place in index_schema/places.tsv"))
                })?,
            };
            ("PLACE", root, 1)
        }
        FacetArg::Claim => ("CLAIM", "/claim".to_owned(), 1),
        FacetArg::Claimant => ("CLAIMANT", "/claimant".to_owned(), 1),
    };
    if args.under.is_some() && args.facet != FacetArg::Place {
        bail!(config::UsageError("--under only applies to `facets place`".into()));
    }
    let counts = engine(args.engine.as_deref(), index_dir)?.facet_counts(&request, &root, depth)?;
    let mut rows: Vec<FacetRow> = counts.iter().map(FacetRow::from_count).collect();
    if args.limit > 0 {
        rows.truncate(args.limit);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        TableFormatArg::Table => tables::facet_table(header, &rows, &mut out)?,
        TableFormatArg::Json => tables::facet_json(
            &header.to_lowercase(),
            request.query.as_deref(),
            root.strip_prefix("/place").filter(|_| args.facet == FacetArg::Place),
            &rows,
            &mut out,
        )?,
    }
    out.flush()?;
    Ok(if rows.is_empty() { Exit::NoResults } else { Exit::Results })
}

fn timeline_command(index_dir: &Path, args: &TimelineArgs) -> Result<Exit> {
    use crate::search::timeline::Period;
    let request = SearchRequest {
        query: config::query(args.query.as_deref())?,
        filters: config::filters(&args.filters)?,
        ..SearchRequest::default()
    };
    let by = match args.by {
        super::PeriodArg::Year => Period::Year,
        super::PeriodArg::Month => Period::Month,
        super::PeriodArg::Week => Period::Week,
    };
    let timeline = engine(args.engine.as_deref(), index_dir)?.timeline(&request, by)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        super::ChartFormatArg::Text => output::timeline::write_text(&timeline, args.width.max(1), &mut out)?,
        super::ChartFormatArg::Csv => output::timeline::write_csv(&timeline, &mut out)?,
        super::ChartFormatArg::Json => output::timeline::write_json(&timeline, &mut out)?,
    }
    out.flush()?;
    let empty = timeline.periods.iter().all(|p| p.passages == 0)
        && timeline.imprecise.passages == 0
        && timeline.undated.passages == 0;
    Ok(if empty { Exit::NoResults } else { Exit::Results })
}

fn stats_command(index_dir: &Path, args: &StatsArgs) -> Result<Exit> {
    let index = DepechesIndex::open(index_dir)?;
    let stats = index::stats::stats(&index, args.top)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        TableFormatArg::Table => output::stats::write_text(&stats, &mut out)?,
        TableFormatArg::Json => output::stats::write_json(&stats, &mut out)?,
    }
    out.flush()?;
    Ok(Exit::Results)
}

fn entities_command(args: &EntitiesArgs) -> Result<Exit> {
    let extractor = Extractor::embedded();
    let json = args.format == TableFormatArg::Json;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut found = false;
    let mut print = |text: &str, line: Option<usize>, out: &mut dyn Write| -> io::Result<()> {
        let mentions = extractor.extract(text);
        found |= !mentions.is_empty();
        let rows: Vec<MentionRow<'_>> =
            mentions.iter().map(|m| MentionRow::new(extractor, text, m)).collect();
        tables::mentions(&rows, line, json, out)
    };
    match &args.text {
        Some(text) => print(text, None, &mut out)?,
        None => {
            for (no, line) in io::stdin().lock().lines().enumerate() {
                let line = line.context("reading standard input")?;
                print(&line, Some(no + 1), &mut out)?;
            }
        }
    }
    out.flush()?;
    Ok(if found { Exit::Results } else { Exit::NoResults })
}

fn analyze_command(args: &AnalyzeArgs) -> Result<Exit> {
    let mut analyzer = FrenchTokenizer::default();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut print = |line: &str, out: &mut dyn Write| -> io::Result<()> {
        let terms = analyzer.terms(line);
        writeln!(out, "{}", terms.join(" "))
    };
    match &args.text {
        Some(text) => print(text, &mut out)?,
        None => {
            if io::stdin().is_terminal() {
                eprintln!("depeches analyze: reading lines from standard input (Ctrl-D to end)");
            }
            for line in io::stdin().lock().lines() {
                let line = line.context("reading standard input")?;
                print(&line, &mut out)?;
            }
        }
    }
    out.flush()?;
    Ok(Exit::Results)
}

/// The queries of a benchmark's query file: one a line, blank lines skipped.
fn read_queries(path: &Path) -> Result<Vec<String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading queries from {}", path.display()))?;
    let queries: Vec<String> =
        text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if queries.is_empty() {
        bail!("{}: no query in the file", path.display());
    }
    Ok(queries)
}

fn bench_query_command(args: &BenchQueryArgs) -> Result<Exit> {
    let searcher = crate::engine::open(args.engine.as_deref(), || Ok(DepechesIndex::open(&args.index_dir)?))?;
    let queries = read_queries(&args.queries)?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let options = crate::bench::QueryBench {
        repeat: args.repeat as usize,
        snippets: args.snippets,
        any_element: args.op == crate::cli::BenchOp::Or,
        top: args.top as usize,
        any: args.any,
        ranking: match &args.ranking {
            Some(spec) => crate::search::Ranking::parse(spec).map_err(config::UsageError)?,
            None => crate::search::Ranking::default(),
        },
    };
    crate::bench::query_latency(&*searcher, &queries, &options, &mut out)?;
    Ok(Exit::Results)
}

fn bench_index_command(args: &BenchIndexArgs) -> Result<Exit> {
    if args.index_dir.exists() && std::fs::read_dir(&args.index_dir)?.next().is_some() {
        // Only ever replace a depeches index, never someone's directory.
        match DepechesIndex::open(&args.index_dir) {
            Ok(_) | Err(IndexError::OtherVersion { .. } | IndexError::Corrupt { .. }) => {
                std::fs::remove_dir_all(&args.index_dir)
                    .with_context(|| format!("removing {}", args.index_dir.display()))?;
            }
            Err(e) => return Err(e.into()),
        }
    }
    let mut config = IndexConfig::new(args.index_dir.clone(), vec![args.corpus.clone()]);
    config.replicas = args.replicate as usize;
    if let Some(t) = args.threads {
        config.threads = t.max(1);
    }
    config.heap_bytes = match args.heap_mb {
        Some(mb) => mb.max(crate::index::min_heap_mb(config.threads)) << 20,
        None => crate::index::default_heap_bytes(config.threads),
    };
    let summary = build(&config)?;
    let mb = summary.text_bytes as f64 / 1e6;
    let line = serde_json::json!({
        "engine": "depeches",
        "replicas": config.replicas,
        "dispatches": summary.dispatches,
        "passages": summary.passages,
        "seconds": (summary.seconds * 1000.0).round() / 1000.0,
        "text_mb": (mb * 10.0).round() / 10.0,
        "mb_per_s": (mb / summary.seconds * 10.0).round() / 10.0,
        "passages_per_s": (summary.passages as f64 / summary.seconds).round(),
        "index_bytes": summary.index_bytes,
        "peak_rss_bytes": crate::bench::peak_rss_bytes(),
        "threads": config.threads,
        "heap_mb": config.heap_bytes >> 20,
    });
    println!("{line}");
    Ok(if summary.skipped > 0 { Exit::Error } else { Exit::Results })
}

fn bench_cold_command(args: &BenchColdArgs) -> Result<Exit> {
    let me = std::env::current_exe().context("finding the depeches binary")?;
    let index = args.index_dir.to_string_lossy();
    let runs = args.runs as usize;
    let times = crate::bench::cold_runs(&me, &["search", &args.query, "--index", &index], runs)?;
    let ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    let line = serde_json::json!({
        "engine": "depeches",
        "cold_search": args.query,
        "runs": runs,
        "median_ms": (crate::bench::percentile(&ms, 50.0) * 100.0).round() / 100.0,
        "min_ms": (ms[0] * 100.0).round() / 100.0,
        "max_ms": (ms[ms.len() - 1] * 100.0).round() / 100.0,
    });
    println!("{line}");
    Ok(Exit::Results)
}

fn bench_export_command(args: &BenchExportArgs) -> Result<Exit> {
    let index = DepechesIndex::open(&args.index_dir)?;
    let searcher = Searcher::new(&index)?;
    let request = SearchRequest { query: Some(args.query.clone()), limit: 0, ..SearchRequest::default() };
    let print = output::PrintConfig {
        format: config::format(args.format),
        highlight: output::highlight::Highlight::None,
        fields: None,
        excel: false,
    };
    let mut sink = CountingSink::default();
    let started = std::time::Instant::now();
    let total = output::export::write_hits(&searcher, &request, &print, false, &[], &mut sink)?;
    let seconds = started.elapsed().as_secs_f64();
    let line = serde_json::json!({
        "engine": "depeches",
        "export": args.query,
        "rows": total,
        "bytes": sink.0,
        "seconds": (seconds * 1000.0).round() / 1000.0,
        "peak_rss_bytes": crate::bench::peak_rss_bytes(),
    });
    println!("{line}");
    Ok(Exit::Results)
}

/// Counts what is written and throws it away.
#[derive(Default)]
struct CountingSink(u64);

impl Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn bench_entities_command(args: &BenchEntitiesArgs) -> Result<Exit> {
    use crate::entities::measure;
    let set = measure::read_set(&args.set).map_err(anyhow::Error::msg)?;
    let wanted = measure::ids(&set);
    let mut dispatches = Vec::new();
    let mut problems = 0;
    crate::corpus::read_file(
        &args.corpus,
        &std::cell::Cell::new(0),
        &mut |d| {
            if wanted.contains(&d.id) {
                dispatches.push(d);
            }
        },
        &mut |p| {
            if p.skipped {
                problems += 1;
                eprintln!("depeches: {}: {}", p.origin, p.message);
            }
        },
    );
    let report = measure::measure(Extractor::embedded(), &set, &dispatches);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    measure::write_report(&report, &mut out)?;
    out.flush()?;
    Ok(if report.missing.is_empty() && problems == 0 { Exit::Results } else { Exit::Error })
}

fn serve_command(index_dir: &Path, args: &ServeArgs) -> Result<Exit> {
    let listen = match args.listen {
        Some(addr) => {
            if !addr.ip().is_loopback() {
                eprintln!(
                    "depeches: warning: listening on {addr}: anyone who can reach this machine \
                     can read the index (there is no authentication)"
                );
            }
            addr
        }
        None => std::net::SocketAddr::from(([127, 0, 0, 1], args.port)),
    };
    let mut config = crate::web::ServeConfig { listen, open: args.open, ..Default::default() };
    if let Some(w) = args.workers {
        if w == 0 {
            bail!(config::UsageError("--workers must be at least 1".into()));
        }
        config.workers = w;
    }
    let (server, label) = match &args.engine {
        Some(engine_url) => {
            let engine = crate::engine::open_shared(Some(engine_url), || open_or_build(index_dir))?;
            (crate::web::Server::bind_engine(engine, engine_url, &config)?, engine_url.clone())
        }
        None => {
            let index = open_or_build(index_dir)?;
            warn_if_stale(&index);
            (crate::web::Server::bind(&index, &config)?, index.path.display().to_string())
        }
    };
    let url = server.url();
    println!("depeches: serving {label} at {url} (Ctrl-C to stop)");
    io::stdout().flush()?;
    if config.open {
        crate::web::open_browser(&url);
    }
    server.run()?;
    Ok(Exit::Results)
}

fn bench_serve_command(args: &BenchServeArgs) -> Result<Exit> {
    let index = DepechesIndex::open(&args.index_dir)?;
    let queries = read_queries(&args.queries)?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    crate::web::load::bench(&index, &queries, &args.clients, args.requests, &mut out)?;
    Ok(Exit::Results)
}
