//! "More like this": the query behind `depeches similar ID[:N]`.
//!
//! A dispatch (or one passage of it) is summed up by its most distinctive
//! words: each index term of its text and headline weighted by how often it
//! stands there (`1 + ln tf`) and how rare it is in the index (`ln N/df`),
//! the best [`TERMS`] kept. The query ORs them, each boosted by its weight,
//! and needs [`MIN_MATCH`] of them, so one shared common word finds
//! nothing. Left out: the source dispatch itself and every passage that is
//! a near-duplicate of one of its passages (the same story again, folded
//! into the source rather than shown as another). A term found only in the
//! source says nothing about the others and is skipped.

use std::collections::HashMap;
use std::ops::Bound;

use tantivy::Term;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument, Value};

use super::SearchError;
use super::query::MatchPatterns;
use crate::analysis::FrenchTokenizer;
use crate::schema::IndexSchema;

/// Distinctive terms kept.
pub const TERMS: usize = 25;
/// Of which a passage must hold at least this many.
pub const MIN_MATCH: usize = 3;

/// What to find passages like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Like {
    /// The dispatch.
    pub dispatch_id: String,
    /// One of its passages, or the whole dispatch.
    pub passage_no: Option<u64>,
}

impl Like {
    /// `ID` or `ID:N` (N the passage number, as `depeches show` numbers
    /// them). An id may itself hold colons: only a numeric tail is a
    /// passage number.
    pub fn parse(spec: &str) -> Like {
        if let Some((id, no)) = spec.rsplit_once(':')
            && let Ok(no) = no.parse::<u64>()
            && !id.is_empty()
        {
            return Like { dispatch_id: id.to_owned(), passage_no: Some(no) };
        }
        Like { dispatch_id: spec.to_owned(), passage_no: None }
    }
}

/// The query for passages like `like`, and its terms to mark.
pub fn query(
    searcher: &tantivy::Searcher,
    schema: &IndexSchema,
    like: &Like,
) -> Result<(Box<dyn Query>, MatchPatterns), SearchError> {
    let f = &schema.fields;
    let not_found = SearchError::NotFound;
    let own = Term::from_field_text(f.dispatch_id, &like.dispatch_id);
    let own_query = TermQuery::new(own.clone(), IndexRecordOption::Basic);
    let docs = searcher.search(&own_query, &TopDocs::with_limit(100_000).order_by_score())?;
    if docs.is_empty() {
        return Err(not_found(format!("no dispatch {:?} in the index", like.dispatch_id)));
    }
    let mut analyzer = FrenchTokenizer::default();
    let mut tf: HashMap<String, u32> = HashMap::new();
    // Passages of the source holding each term, to tell the terms found
    // elsewhere from those found only here.
    let mut own_df: HashMap<String, u64> = HashMap::new();
    let mut clusters = Vec::new();
    let mut title_done = false;
    let mut found_passage = false;
    for (_, address) in docs.iter().copied() {
        let doc: TantivyDocument = searcher.doc(address)?;
        let passage_no = doc.get_first(f.passage_no).and_then(|v| v.as_u64()).unwrap_or(0);
        let text = doc.get_first(f.text).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        let mut seen: Vec<String> = Vec::new();
        analyzer.for_each_token(&text, |t| {
            if !t.stacked && !seen.iter().any(|s| s == t.term) {
                seen.push(t.term.to_owned());
            }
        });
        for term in seen {
            *own_df.entry(term).or_default() += 1;
        }
        let fast = searcher.segment_reader(address.segment_ord).fast_fields();
        if let Some(cluster) = fast.u64("near_dup")?.first(address.doc_id) {
            clusters.push(cluster);
        }
        if like.passage_no.is_some_and(|n| n != passage_no) {
            continue;
        }
        found_passage = true;
        analyzer.for_each_token(&text, |t| {
            if !t.stacked {
                *tf.entry(t.term.to_owned()).or_default() += 1;
            }
        });
        if !title_done && let Some(title) = doc.get_first(f.title).and_then(|v| v.as_str()) {
            title_done = true;
            // The headline sums the story up: its words count twice.
            analyzer.for_each_token(title, |t| {
                if !t.stacked {
                    *tf.entry(t.term.to_owned()).or_default() += 2;
                }
            });
        }
    }
    if !found_passage {
        let n = like.passage_no.unwrap_or(0);
        return Err(not_found(format!("dispatch {:?} has no passage {n}", like.dispatch_id)));
    }
    let total = searcher.num_docs().max(1) as f32;
    let mut weighted: Vec<(f32, String)> = Vec::with_capacity(tf.len());
    for (term, count) in tf {
        // Numbers and one-letter leftovers say little about a story.
        if term.chars().count() < 3 || term.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let df = searcher.doc_freq(&Term::from_field_text(f.text, &term))?;
        let elsewhere = df.saturating_sub(own_df.get(&term).copied().unwrap_or(0));
        if elsewhere == 0 {
            continue;
        }
        let idf = (total / df.max(1) as f32).ln();
        if idf <= 0.0 {
            continue;
        }
        weighted.push(((1.0 + (count as f32).ln()) * idf, term));
    }
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    weighted.truncate(TERMS);
    if weighted.is_empty() {
        return Err(not_found(format!(
            "dispatch {:?} has no distinctive word to look for",
            like.dispatch_id
        )));
    }
    let top = weighted[0].0;
    let mut patterns = MatchPatterns::default();
    let mut terms: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(weighted.len());
    for (weight, term) in &weighted {
        let q = TermQuery::new(Term::from_field_text(f.text, term), IndexRecordOption::WithFreqs);
        terms.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), weight / top))));
        patterns.patterns.push(vec![(0, term.clone())]);
    }
    let need = MIN_MATCH.min(terms.len());
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, Box::new(BooleanQuery::with_minimum_required_clauses(terms, need)))];
    clauses.push((Occur::MustNot, Box::new(own_query)));
    clusters.sort_unstable();
    clusters.dedup();
    for cluster in clusters {
        // A fast column, not indexed: a one-value range reads it.
        let value = Term::from_field_u64(f.near_dup, cluster);
        clauses.push((
            Occur::MustNot,
            Box::new(RangeQuery::new(Bound::Included(value.clone()), Bound::Included(value))),
        ));
    }
    Ok((Box::new(BooleanQuery::new(clauses)), patterns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numeric_tail_is_a_passage() {
        assert_eq!(Like::parse("000_ab:3"), Like { dispatch_id: "000_ab".into(), passage_no: Some(3) });
        assert_eq!(Like::parse("000_ab"), Like { dispatch_id: "000_ab".into(), passage_no: None });
        assert_eq!(Like::parse("urn:x:y"), Like { dispatch_id: "urn:x:y".into(), passage_no: None });
        assert_eq!(Like::parse(":3"), Like { dispatch_id: ":3".into(), passage_no: None });
    }
}
