//! Arguments → validated library configurations, defaults resolved here.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{FilterArgs, FormatArg, HighlightArg, IndexArgs, ScopeArg, SearchArgs, SortArg};
use crate::entities::Vocabulary;
use crate::index::IndexConfig;
use crate::output::Format;
use crate::output::highlight::Highlight;
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
    /// How matched words are marked.
    pub highlight: Highlight,
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
pub fn search_config(args: &SearchArgs) -> Result<(SearchRequest, OutputConfig), UsageError> {
    let query = query(args.query.as_deref())?;
    if args.limit == 0 {
        return Err(UsageError("--limit must be at least 1".into()));
    }
    let format = match args.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
    };
    let sort = match args.sort {
        SortArg::Score => Sort::Relevance,
        SortArg::Date => Sort::DateAscending,
        SortArg::DateDesc => Sort::DateDescending,
    };
    if args.per_dispatch == Some(0) {
        return Err(UsageError("--per-dispatch must be at least 1".into()));
    }
    let request = SearchRequest {
        query,
        filters: filters(&args.filters)?,
        sort,
        limit: args.limit,
        fuzzy: args.fuzzy,
        fold: !args.no_fold,
        context: args.context,
        per_dispatch: args.per_dispatch,
    };
    Ok((request, OutputConfig { format, highlight: highlight(args.highlight) }))
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
    if !args.kinds.is_empty() {
        let any_of = args.kinds.iter().map(|k| filter::kind_facet(k)).collect::<Result<_, _>>();
        filters
            .facets
            .push(FacetFilter { label: args.kinds.join(" or "), any_of: any_of.map_err(UsageError)? });
    }
    Ok(filters)
}
