//! What is counted over every match, kept between two commits of the index.
//!
//! The sidebar's facets and the histogram count every passage a query
//! matches: over all of OrangeSum (273k passages) that is most of a
//! landing page's second; the claims page reads every claim of its
//! passages (seconds with no query). They depend only on the index and
//! the query's parameters, so they are kept, keyed by those parameters,
//! until the searcher sees a new commit
//! ([`crate::search::Searcher::generation`]); "more results", the sort
//! order, "more events" and a return to the landing page then cost only
//! the search itself. At most [`ENTRIES`] queries are kept per cache, the
//! oldest dropped first.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use crate::search::FacetCount;
use crate::search::timeline::Timeline;

/// Queries whose counts are kept.
pub const ENTRIES: usize = 64;

/// What the search page counts besides its hits.
#[derive(Debug)]
pub struct Counts {
    /// One list per sidebar dimension.
    pub facets: Vec<Vec<FacetCount>>,
    /// Matching passages per month, the date filter left out.
    pub timeline: Timeline,
}

/// What the claims page shows of a query.
#[derive(Debug)]
pub struct ClaimsAnswer {
    /// Claims found.
    pub claims: usize,
    /// Their events.
    pub events: Vec<crate::claims::events::Event>,
    /// One list per sidebar dimension, over the passages holding them.
    pub facets: Vec<Vec<FacetCount>>,
}

/// Answers per query, for one generation of the index.
pub struct Cache<T = Counts> {
    inner: Mutex<Inner<T>>,
}

impl<T> Default for Cache<T> {
    fn default() -> Cache<T> {
        Cache { inner: Mutex::new(Inner { generation: 0, entries: HashMap::new(), order: VecDeque::new() }) }
    }
}

struct Inner<T> {
    generation: u64,
    entries: HashMap<String, Arc<T>>,
    order: VecDeque<String>,
}

impl<T> Cache<T> {
    /// The answer of `key` at `generation`, computed by `compute` when not
    /// kept (outside the lock: two requests may both compute it).
    pub fn get_or<E>(
        &self,
        generation: u64,
        key: &str,
        compute: impl FnOnce() -> Result<T, E>,
    ) -> Result<Arc<T>, E> {
        if let Ok(inner) = self.inner.lock()
            && inner.generation == generation
            && let Some(found) = inner.entries.get(key)
        {
            return Ok(found.clone());
        }
        let counts = Arc::new(compute()?);
        if let Ok(mut inner) = self.inner.lock() {
            if inner.generation != generation {
                inner.entries.clear();
                inner.order.clear();
                inner.generation = generation;
            }
            if inner.entries.insert(key.to_owned(), counts.clone()).is_none() {
                inner.order.push_back(key.to_owned());
            }
            while inner.order.len() > ENTRIES {
                if let Some(old) = inner.order.pop_front() {
                    inner.entries.remove(&old);
                }
            }
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(n: u64) -> Counts {
        Counts {
            facets: vec![vec![FacetCount { path: "/actor/x".into(), passages: n, dispatches: n }]],
            timeline: Timeline {
                by: crate::search::timeline::Period::Month,
                periods: Vec::new(),
                imprecise: crate::search::timeline::Counts::default(),
                undated: crate::search::timeline::Counts::default(),
            },
        }
    }

    #[test]
    fn kept_within_a_generation_recomputed_after() {
        let cache: Cache = Cache::default();
        let first = cache.get_or(1, "q=a", || Ok::<_, ()>(counts(1))).unwrap();
        let again = cache.get_or(1, "q=a", || Ok::<_, ()>(counts(2))).unwrap();
        assert_eq!(first.facets[0][0].passages, again.facets[0][0].passages);
        let next = cache.get_or(2, "q=a", || Ok::<_, ()>(counts(3))).unwrap();
        assert_eq!(next.facets[0][0].passages, 3);
        for i in 0..ENTRIES + 5 {
            cache.get_or(2, &format!("q={i}"), || Ok::<_, ()>(counts(4))).unwrap();
        }
        assert!(cache.inner.lock().unwrap().entries.len() <= ENTRIES);
    }
}
