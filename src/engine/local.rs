//! The local engine: the on-disk tantivy index, through [`Searcher`] as
//! it is. Nothing here but the adaptation to [`Engine`].

use super::Engine;
use crate::search::timeline::{Period, Timeline};
use crate::search::{
    DispatchGroup, DispatchView, FacetCount, Hit, SearchError, SearchRequest, SearchResults, Searcher,
};

impl Engine for Searcher {
    fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        Searcher::search(self, request)
    }

    fn for_each_hit(
        &self,
        request: &SearchRequest,
        each: &mut dyn FnMut(Hit) -> anyhow::Result<()>,
    ) -> anyhow::Result<usize> {
        Searcher::for_each_hit(self, request, each)
    }

    fn facet_counts(
        &self,
        request: &SearchRequest,
        root: &str,
        depth: usize,
    ) -> Result<Vec<FacetCount>, SearchError> {
        Searcher::facet_counts(self, request, root, depth)
    }

    fn dispatch_groups(&self, request: &SearchRequest) -> Result<(usize, Vec<DispatchGroup>), SearchError> {
        Searcher::dispatch_groups(self, request)
    }

    fn timeline(&self, request: &SearchRequest, by: Period) -> Result<Timeline, SearchError> {
        Searcher::timeline(self, request, by)
    }

    fn dispatch(&self, id: &str, query: Option<&str>) -> Result<Option<DispatchView>, SearchError> {
        Searcher::dispatch(self, id, query)
    }

    fn generation(&self) -> u64 {
        Searcher::generation(self)
    }
}
