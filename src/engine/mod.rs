//! Engines: where a search runs, behind one interface.
//!
//! [`Engine`] is what the front ends (`search`, `facets`, `claims`, the
//! exports) ask: hits, every hit in order, and facet counts for a
//! [`SearchRequest`]. Two implement it: the on-disk tantivy index
//! ([`local`], today's [`Searcher`] as it is) and a Manticore / Sphinx
//! cluster spoken to in SphinxQL ([`sphinxql`]). The analysis stays
//! depeches' in both: a cluster indexes the terms the French analyzer made
//! ([`document`]), receives queries already analyzed, and sends back the
//! passage text, from which depeches builds its own highlights. [`push`]
//! brings a cluster up to date with the local index; [`cluster`] writes
//! the configurations (searchd nodes, OpenSearch mapping and bulk export).
//!
//! [`open`] picks the engine from `--engine URL`: none is the local index;
//! `manticore://host:port[,host:port…]/table` (or `sphinx://`) a cluster.
//! [`open_shared`] does the same for a server (`serve --engine`), whose
//! threads share one engine: the local index following its commits, or a
//! pool of cluster connections. A feature an engine does not have fails
//! with [`SearchError::Unsupported`] naming it.

pub mod cluster;
pub mod document;
pub mod local;
pub mod push;
pub mod sphinxql;

use crate::index::DepechesIndex;
use crate::search::timeline::{Period, Timeline};
use std::sync::Arc;

use crate::search::{
    DispatchGroup, DispatchView, FacetCount, Hit, SearchError, SearchRequest, SearchResults, Searcher,
};

/// What any engine answers.
pub trait Engine {
    /// The best hits of `request` (its `limit`), with the exact total.
    fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError>;

    /// Calls `each` with every hit of `request`, in order; returns how
    /// many matched.
    fn for_each_hit(
        &self,
        request: &SearchRequest,
        each: &mut dyn FnMut(Hit) -> anyhow::Result<()>,
    ) -> anyhow::Result<usize>;

    /// Matching passages and dispatches per bucket `depth` levels below
    /// the facet `root`.
    fn facet_counts(
        &self,
        request: &SearchRequest,
        root: &str,
        depth: usize,
    ) -> Result<Vec<FacetCount>, SearchError>;

    /// One row per matching dispatch (`--group dispatch`), with the total.
    fn dispatch_groups(&self, request: &SearchRequest) -> Result<(usize, Vec<DispatchGroup>), SearchError>;

    /// Matching passages and dispatches per period.
    fn timeline(&self, request: &SearchRequest, by: Period) -> Result<Timeline, SearchError>;

    /// Every passage of dispatch `id`, in order, whole, with the words of
    /// `query` marked; `None` if there is no such dispatch.
    fn dispatch(&self, id: &str, query: Option<&str>) -> Result<Option<DispatchView>, SearchError>;

    /// A number that changes when what the engine answers may have
    /// changed: answers cached under one generation (the web page's
    /// facets and histogram) are recomputed under the next.
    fn generation(&self) -> u64;
}

/// An engine shared by the threads of a server.
pub type SharedEngine = Arc<dyn Engine + Send + Sync>;

/// An engine URL that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("--engine {url:?}: {reason}")]
pub struct UrlError {
    /// The URL as given.
    pub url: String,
    /// What is wrong with it.
    pub reason: String,
}

/// A parsed `manticore://host:port[,host:port…]/table` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterUrl {
    /// `host:port` of each node, in the order given; searches go to the
    /// first that answers, pushes to every one.
    pub nodes: Vec<String>,
    /// The distributed table searched (`dispatches`); each node's own
    /// part is the real-time table `<table>_rt`.
    pub table: String,
}

impl ClusterUrl {
    /// Parses `url`.
    pub fn parse(url: &str) -> Result<ClusterUrl, UrlError> {
        let err = |reason: &str| UrlError { url: url.into(), reason: reason.into() };
        let rest = url
            .strip_prefix("manticore://")
            .or_else(|| url.strip_prefix("sphinx://"))
            .ok_or_else(|| err("expected manticore://host:port/table (or sphinx://…)"))?;
        let (hosts, table) = rest.split_once('/').unwrap_or((rest, "dispatches"));
        let table = if table.is_empty() { "dispatches" } else { table };
        if !table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(err("the table name takes letters, digits and _ only"));
        }
        let mut nodes = Vec::new();
        for host in hosts.split(',') {
            let Some((name, port)) = host.rsplit_once(':') else {
                return Err(err(&format!("{host:?}: expected host:port (SphinxQL port, e.g. 9306)")));
            };
            if name.is_empty() || port.parse::<u16>().is_err() {
                return Err(err(&format!("{host:?}: expected host:port (SphinxQL port, e.g. 9306)")));
            }
            nodes.push(host.to_owned());
        }
        Ok(ClusterUrl { nodes, table: table.to_owned() })
    }
}

/// The engine `--engine` names: with no URL, the local index `local`
/// opens (the CLI builds it from `./corpus` on a fresh checkout).
pub fn open(
    url: Option<&str>,
    local: impl FnOnce() -> anyhow::Result<DepechesIndex>,
) -> anyhow::Result<Box<dyn Engine>> {
    match url {
        None => Ok(Box::new(Searcher::new(&local()?)?)),
        Some(url) => Ok(Box::new(sphinxql::Cluster::connect(&ClusterUrl::parse(url)?)?)),
    }
}

/// The engine `--engine` names, for a server's threads: the local index
/// following its commits (an `index` run beside the server shows up), or
/// a pool of connections to the cluster.
pub fn open_shared(
    url: Option<&str>,
    local: impl FnOnce() -> anyhow::Result<DepechesIndex>,
) -> anyhow::Result<SharedEngine> {
    match url {
        None => Ok(Arc::new(Searcher::live(&local()?)?)),
        Some(url) => Ok(Arc::new(sphinxql::Pool::connect(&ClusterUrl::parse(url)?)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let u = ClusterUrl::parse("manticore://127.0.0.1:9306,10.0.0.2:9306/dispatches").unwrap();
        assert_eq!(u.nodes, ["127.0.0.1:9306", "10.0.0.2:9306"]);
        assert_eq!(u.table, "dispatches");
        assert_eq!(ClusterUrl::parse("sphinx://h:1").unwrap().table, "dispatches");
        assert!(ClusterUrl::parse("http://h:1/x").is_err());
        assert!(ClusterUrl::parse("manticore://h/x").is_err());
        assert!(ClusterUrl::parse("manticore://h:1/x;drop").is_err());
    }
}
