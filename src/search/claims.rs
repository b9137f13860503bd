//! The claims a search finds: every claim of the passages a request
//! matches, narrowed to the claim types and claimants asked for.
//!
//! One entry point for every front end: `depeches claims` and the web
//! page's `/claims` and `/api/claims` call [`records`] with the same
//! [`ClaimSelection`], so the page shows what the command prints. A
//! passage is tagged with the types and claimants of all its claims; a
//! filter on `killed` finds the passage, and the selection then keeps only
//! its `killed` claims (not the `wounded` one beside it).

use std::collections::HashSet;

use super::{FacetFilter, SearchError, SearchRequest, Sort, filter};
use crate::claims::events::ClaimRecord;
use crate::claims::{ClaimType, facet_component};

/// Which claims of the matching passages to keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimSelection {
    /// Claim types (none: every type).
    pub types: Vec<ClaimType>,
    /// Claimants as facet components (none: every claimant).
    pub claimants: HashSet<String>,
}

impl ClaimSelection {
    /// The selection of `types` and `claimants` as a user names them
    /// (`tués`, `FAMa`, `élu local`); the error names the parameter
    /// (`claim` or `claimant`) and says why.
    pub fn new(types: &[&str], claimants: &[&str]) -> Result<ClaimSelection, (&'static str, String)> {
        let vocab = crate::entities::Vocabulary::embedded();
        let mut selection = ClaimSelection::default();
        for t in types {
            filter::claim_facet(t).map_err(|m| ("claim", m))?;
            selection.types.extend(ClaimType::parse(t));
        }
        for c in claimants {
            let path = filter::claimant_facet(vocab, c).map_err(|m| ("claimant", m))?;
            if let Some(id) = path.strip_prefix("/claimant/") {
                selection.claimants.insert(id.to_owned());
            }
        }
        Ok(selection)
    }

    /// Whether `claim` is kept.
    pub fn keeps(&self, claim: &crate::claims::Claim) -> bool {
        (self.types.is_empty() || self.types.contains(&claim.kind))
            && (self.claimants.is_empty() || self.claimants.contains(&facet_component(&claim.claimant)))
    }
}

/// The facet every passage holding a claim carries.
const CLAIM_FACET: &str = "/claim";

/// `request` narrowed to the passages holding a claim, newest first, every
/// one of them (as `depeches claims` reads them).
pub fn request(mut request: SearchRequest) -> SearchRequest {
    request.filters.facets.push(FacetFilter { label: "a claim".into(), any_of: vec![CLAIM_FACET.into()] });
    request.sort = Sort::DateDescending;
    request.limit = 0;
    request.fold = false;
    request
}

/// The claims of the passages `request` matches (see [`request`]) that
/// `selection` keeps, each with its dispatch, passage and sentence.
pub fn records(
    engine: &dyn crate::engine::Engine,
    request: &SearchRequest,
    selection: &ClaimSelection,
) -> Result<Vec<ClaimRecord>, SearchError> {
    // Words that match passages, none with a claim, mean no claims: a
    // retry with typos would find claims in other words (and `facets
    // claim`, the cluster, never retry). Words that match nothing at all
    // are retried, as a search retries them.
    let mut request = request.clone();
    if request.query.is_some() && !request.fuzzy {
        let mut words = request.clone();
        words.filters.facets.retain(|f| f.any_of != [CLAIM_FACET]);
        words.limit = 1;
        words.sort = Sort::Relevance;
        let probe = engine.search(&words)?;
        request.exact = probe.total > 0 && probe.corrections.is_empty();
    }
    let mut records = Vec::new();
    engine
        .for_each_hit(&request, &mut |hit| {
            for claim in hit.claims {
                if !selection.keeps(&claim) {
                    continue;
                }
                let sentence =
                    hit.text.get(claim.sentence_start..claim.sentence_end).unwrap_or("").to_owned();
                records.push(ClaimRecord {
                    claim,
                    dispatch_id: hit.dispatch_id.clone(),
                    passage_no: hit.passage_no,
                    sentence,
                });
            }
            Ok(())
        })
        .map_err(|e| match e.downcast::<SearchError>() {
            Ok(e) => e,
            Err(e) => SearchError::Engine(format!("{e:#}")),
        })?;
    // Passages of one date come in index order, which the indexing threads
    // decide: within a date, dispatch by dispatch and passage by passage,
    // so every run and both engines list (and lay out events) alike.
    for day in records.chunk_by_mut(|a, b| a.claim.date == b.claim.date) {
        day.sort_by(|a, b| a.dispatch_id.cmp(&b.dispatch_id).then(a.passage_no.cmp(&b.passage_no)));
    }
    Ok(records)
}
