//! Arguments → validated library configurations, defaults resolved here.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{FilterArgs, FormatArg, GroupArg, HighlightArg, IndexArgs, ScopeArg, SearchArgs, SortArg};
use crate::entities::Vocabulary;
use crate::index::IndexConfig;
use crate::output::highlight::Highlight;
use crate::output::{Format, PrintConfig};
use crate::search::filter;
use crate::search::{DateRange, FacetFilter, Filters, Scope, SearchRequest, Sort};

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
    config.heap_bytes = match args.heap_mb {
        Some(mb) if mb < crate::index::min_heap_mb(config.threads) => {
            return Err(UsageError(format!(
                "--heap-mb must be at least {} for {} threads",
                crate::index::min_heap_mb(config.threads),
                config.threads
            )));
        }
        Some(mb) => mb << 20,
        None => crate::index::default_heap_bytes(config.threads),
    };
    config.commit_every = args.commit_every as usize;
    Ok(config)
}

/// Where and how a search's hits go.
#[derive(Debug, Clone)]
pub struct Export {
    /// Format, columns and marks.
    pub print: PrintConfig,
    /// One row per dispatch.
    pub group_dispatch: bool,
    /// `--output`.
    pub output: Option<PathBuf>,
    /// The filters as given, for output headers.
    pub filter_labels: Vec<String>,
}

/// The format of `arg`.
pub fn format(arg: FormatArg) -> Format {
    match arg {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Csv => Format::Csv,
        FormatArg::Tsv => Format::Tsv,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Html => Format::Html,
    }
}

/// `--highlight`, or its default: ANSI on a terminal unless `NO_COLOR` is
/// set, nothing when piped (marks would be noise for the next program).
pub fn highlight(arg: Option<HighlightArg>) -> Highlight {
    match arg {
        Some(HighlightArg::Ansi) => Highlight::Ansi,
        Some(HighlightArg::Html) => Highlight::Html,
        Some(HighlightArg::Markdown) => Highlight::Markdown,
        Some(HighlightArg::None) => Highlight::None,
        None if std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) =>
        {
            Highlight::Ansi
        }
        None => Highlight::None,
    }
}

/// The request and output settings of `depeches search`.
pub fn search_config(args: &SearchArgs) -> Result<(SearchRequest, Export), UsageError> {
    let query = query(args.query.as_deref())?;
    let format = match (args.format, &args.output) {
        (Some(f), _) => format(f),
        (None, None) => Format::Text,
        (None, Some(path)) => Format::of_path(path).ok_or_else(|| {
            UsageError(format!(
                "--output {}: cannot tell the format from the extension \
                 (.txt .json .jsonl .csv .tsv .md .html): give --format",
                path.display()
            ))
        })?,
    };
    if args.excel && format != Format::Csv {
        return Err(UsageError("--excel only applies to CSV output".into()));
    }
    if args.fields.is_some() && format == Format::Text {
        return Err(UsageError(
            "--fields applies to json, jsonl, csv, tsv, markdown and html output; text shows everything"
                .into(),
        ));
    }
    let sort = match args.sort {
        SortArg::Score => Sort::Relevance,
        SortArg::Date => Sort::DateAscending,
        SortArg::DateDesc => Sort::DateDescending,
    };
    if args.per_dispatch == Some(0) {
        return Err(UsageError("--per-dispatch must be at least 1".into()));
    }
    let all = args.all || args.limit == 0;
    let group_dispatch = args.group == GroupArg::Dispatch;
    if group_dispatch && (args.context > 0 || args.per_dispatch.is_some()) {
        return Err(UsageError(
            "--group dispatch lists dispatches: --context and --per-dispatch do not apply".into(),
        ));
    }
    let request = SearchRequest {
        query,
        filters: filters(&args.filters)?,
        sort,
        limit: if all { 0 } else { args.limit },
        fuzzy: args.fuzzy,
        // Folding is for reading; an export of every hit has every hit.
        fold: !args.no_fold && !all,
        context: args.context,
        per_dispatch: args.per_dispatch,
        any: args.any,
        ranking: crate::search::Ranking::default(),
        like: None,
        exact: false,
    };
    let print = PrintConfig {
        format,
        highlight: highlight(args.highlight),
        fields: args.fields.clone().map(|f| f.0),
        excel: args.excel,
    };
    let export = Export {
        print,
        group_dispatch,
        output: args.output.clone(),
        filter_labels: filter_labels(&args.filters),
    };
    Ok((request, export))
}

/// The filters as a user would write them, for output headers.
pub fn filter_labels(args: &FilterArgs) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(args.actors.iter().map(|a| format!("actor: {a}")));
    out.extend(args.places.iter().map(|p| format!("place: {p}")));
    out.extend(args.kinds.iter().map(|k| format!("kind: {k}")));
    out.extend(args.claims.iter().map(|c| format!("claim: {c}")));
    out.extend(args.claimants.iter().map(|c| format!("claimant: {c}")));
    if let Some(from) = args.from {
        out.push(format!("from: {from}"));
    }
    if let Some(to) = args.to {
        out.push(format!("to: {to}"));
    }
    if args.undated {
        out.push("undated too".into());
    }
    if args.scope == ScopeArg::Dispatch {
        out.push("scope: dispatch".into());
    }
    out.extend(args.langs.iter().map(|l| format!("lang: {l}")));
    out
}

/// A query argument: absent is fine (list by filters), blank is not.
pub fn query(query: Option<&str>) -> Result<Option<String>, UsageError> {
    match query {
        Some(q) if q.trim().is_empty() => {
            Err(UsageError("empty query: say what to search, e.g. depeches search \"armee malienne\"".into()))
        }
        q => Ok(q.map(str::to_owned)),
    }
}

/// `--actor`, `--place`, `--kind`, `--scope` → facet filters, names
/// resolved through the vocabularies (aliases, any case or accents).
pub fn filters(args: &FilterArgs) -> Result<Filters, UsageError> {
    let vocab = Vocabulary::embedded();
    let mut filters = Filters {
        scope: match args.scope {
            ScopeArg::Passage => Scope::Passage,
            ScopeArg::Dispatch => Scope::Dispatch,
        },
        ..Filters::default()
    };
    if !args.actors.is_empty() {
        let any_of = args.actors.iter().map(|a| filter::actor_facet(vocab, a)).collect::<Result<_, _>>();
        filters
            .facets
            .push(FacetFilter { label: args.actors.join(" or "), any_of: any_of.map_err(UsageError)? });
    }
    if !args.places.is_empty() {
        let mut any_of = Vec::new();
        for p in &args.places {
            any_of.extend(filter::place_facets(vocab, p).map_err(UsageError)?);
        }
        filters.facets.push(FacetFilter { label: args.places.join(" or "), any_of });
    }
    if args.from.is_some() || args.to.is_some() {
        let range = DateRange { from: args.from.map(|d| d.first_day()), to: args.to.map(|d| d.last_day()) };
        if let (Some(from), Some(to)) = (range.from, range.to)
            && from > to
        {
            return Err(UsageError(format!(
                "--from {} is after --to {}: nothing can match",
                args.from.expect("set"),
                args.to.expect("set")
            )));
        }
        filters.dates = Some(range);
        filters.undated = args.undated;
    } else if args.undated {
        return Err(UsageError("--undated only makes sense with --from or --to".into()));
    }
    for lang in &args.langs {
        let code = lang.trim().to_ascii_lowercase();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphabetic()) || code.len() > 8 {
            return Err(UsageError(format!("--lang {lang:?}: give a language code such as fr, en or ar")));
        }
        filters.languages.push(code);
    }
    if !args.kinds.is_empty() {
        let any_of = args.kinds.iter().map(|k| filter::kind_facet(k)).collect::<Result<_, _>>();
        filters
            .facets
            .push(FacetFilter { label: args.kinds.join(" or "), any_of: any_of.map_err(UsageError)? });
    }
    if !args.claims.is_empty() {
        let any_of = args.claims.iter().map(|k| filter::claim_facet(k)).collect::<Result<_, _>>();
        filters
            .facets
            .push(FacetFilter { label: args.claims.join(" or "), any_of: any_of.map_err(UsageError)? });
    }
    if !args.claimants.is_empty() {
        let any_of =
            args.claimants.iter().map(|k| filter::claimant_facet(vocab, k)).collect::<Result<_, _>>();
        filters
            .facets
            .push(FacetFilter { label: args.claimants.join(" or "), any_of: any_of.map_err(UsageError)? });
    }
    Ok(filters)
}
