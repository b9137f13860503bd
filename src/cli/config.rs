//! Arguments → validated library configurations, defaults resolved here.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{ColorArg, FilterArgs, FormatArg, IndexArgs, ScopeArg, SearchArgs};
use crate::entities::Vocabulary;
use crate::index::IndexConfig;
use crate::output::Format;
use crate::search::{FacetFilter, Filters, Scope, SearchRequest};

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
    let query = query(args.query.as_deref())?;
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
    let request = SearchRequest { query, filters: filters(&args.filters)?, limit: args.limit };
    Ok((request, OutputConfig { format, color }))
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
        let mut any_of = Vec::new();
        for a in &args.actors {
            let actor = vocab.resolve_actor(a).ok_or_else(|| {
                UsageError(format!(
                    "unknown actor {a:?}: give an id, acronym or name from index_schema/actors.toml \
                     (`depeches facets actor` lists those in the index)"
                ))
            })?;
            any_of.push(actor.facet_path());
        }
        filters.facets.push(FacetFilter { label: args.actors.join(" or "), any_of });
    }
    if !args.places.is_empty() {
        let mut any_of = Vec::new();
        for p in &args.places {
            let places = vocab.resolve_place(p);
            if places.is_empty() {
                return Err(UsageError(format!(
                    "unknown place {p:?}: give a name or path from index_schema/places.tsv \
                     (`depeches facets place` lists those in the index)"
                )));
            }
            // Every place of that name, or of the name an alias stands for
            // (Timbuktu → Tombouctou: the region, the cercle and the town).
            // A facet covers what lies inside it, so the region Tombouctou
            // covers Léré. A path (/Mali/Tombouctou) means that place only.
            for place in &places {
                any_of.push(place.facet_path());
                if !p.trim_start().starts_with('/') {
                    any_of.extend(vocab.resolve_place(&place.name).iter().map(|h| h.facet_path()));
                }
            }
            any_of.sort();
            any_of.dedup();
        }
        filters.facets.push(FacetFilter { label: args.places.join(" or "), any_of });
    }
    if !args.kinds.is_empty() {
        let mut any_of = Vec::new();
        for k in &args.kinds {
            let kind = Vocabulary::resolve_kind(k).ok_or_else(|| {
                UsageError(format!(
                    "unknown kind {k:?}: one of separatist, jihadist, state, foreign, international, \
                     militia, government, regional"
                ))
            })?;
            any_of.push(kind.facet_path());
        }
        filters.facets.push(FacetFilter { label: args.kinds.join(" or "), any_of });
    }
    Ok(filters)
}
