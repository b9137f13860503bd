//! Filters: restrict a search to actors, kinds, places and dates.
//!
//! Filters never change the ranking: they are wrapped in constant-score
//! queries worth 0, so a hit's score stays its BM25 text score. The values
//! of one filter are alternatives (`--place Kidal --place Gao`: either);
//! different filters must all hold (`--actor CMA --place Tombouctou`).
//! A facet filter matches a facet or any descendant, because tantivy indexes
//! every ancestor of a facet: `/place/Mali/Tombouctou` matches Léré.
//!
//! Dates follow each dispatch's precision: a dispatch dated `2023-09`
//! covers 1–30 September and is kept when that span meets the requested
//! one, so it lies inside both `--from 2023-09-15` and `--to 2023-09`.

use std::ops::Bound;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, ExistsQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};

use crate::entities::Vocabulary;
use crate::schema::IndexSchema;

/// Which facets a filter looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// The passage's own mentions.
    #[default]
    Passage,
    /// Any passage of its dispatch.
    Dispatch,
}

/// One facet filter: the passage must carry one of `any_of` (or a
/// descendant).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetFilter {
    /// What the user asked for, for messages.
    pub label: String,
    /// Facet paths, e.g. `/actor/jihadist/GSIM`.
    pub any_of: Vec<String>,
}

/// Inclusive day range, as `YYYYMMDD` numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateRange {
    /// First day, inclusive.
    pub from: Option<u32>,
    /// Last day, inclusive.
    pub to: Option<u32>,
}

/// Every filter of a request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Facet filters, all of which must hold.
    pub facets: Vec<FacetFilter>,
    /// Passage or dispatch facets.
    pub scope: Scope,
    /// Date range, if any.
    pub dates: Option<DateRange>,
    /// With a date range: keep undated dispatches too.
    pub undated: bool,
    /// Language codes, any of which the dispatch must be in (`fr` also
    /// keeps dispatches of no declared language).
    pub languages: Vec<String>,
    /// Only dispatches indexed after this sequence number (`follow`).
    pub after_seq: Option<u64>,
}

impl Filters {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.facets.is_empty()
            && self.dates.is_none()
            && self.languages.is_empty()
            && self.after_seq.is_none()
    }

    /// The filters as one query scoring 0, or `None` when there are none.
    pub fn to_query(&self, schema: &IndexSchema) -> Option<Box<dyn Query>> {
        let fields = &schema.fields;
        let field = match self.scope {
            Scope::Passage => fields.facets,
            Scope::Dispatch => fields.dispatch_facets,
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for filter in &self.facets {
            clauses.push((Occur::Must, any_facet(field, &filter.any_of)));
        }
        if let Some(range) = &self.dates {
            clauses.push((Occur::Must, self.date_query(schema, range)));
        }
        if !self.languages.is_empty() {
            clauses.push((Occur::Must, self.language_query(schema)));
        }
        if let Some(after) = self.after_seq {
            let lower = Term::from_field_u64(fields.seq, after);
            clauses.push((Occur::Must, Box::new(RangeQuery::new(Bound::Excluded(lower), Bound::Unbounded))));
        }
        if clauses.is_empty() {
            return None;
        }
        Some(Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(clauses)), 0.0)))
    }

    fn language_query(&self, schema: &IndexSchema) -> Box<dyn Query> {
        let field = schema.fields.language;
        let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for lang in &self.languages {
            let term = Term::from_field_text(field, lang);
            any.push((Occur::Should, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
            if lang == "fr" {
                let name = schema.schema.get_field_name(field).to_owned();
                let undeclared: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
                    (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
                    (Occur::MustNot, Box::new(ExistsQuery::new(name, false))),
                ]));
                any.push((Occur::Should, undeclared));
            }
        }
        Box::new(BooleanQuery::new(any))
    }

    fn date_query(&self, schema: &IndexSchema, range: &DateRange) -> Box<dyn Query> {
        let fields = &schema.fields;
        let dated = || -> Box<dyn Query> {
            let name = schema.schema.get_field_name(fields.date_first).to_owned();
            Box::new(ExistsQuery::new(name, false))
        };
        // Kept when [date_first, date_last] meets [from, to].
        let mut within: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(from) = range.from {
            let lower = Term::from_field_u64(fields.date_last, u64::from(from));
            within.push((Occur::Must, Box::new(RangeQuery::new(Bound::Included(lower), Bound::Unbounded))));
        }
        if let Some(to) = range.to {
            let upper = Term::from_field_u64(fields.date_first, u64::from(to));
            within.push((Occur::Must, Box::new(RangeQuery::new(Bound::Unbounded, Bound::Included(upper)))));
        }
        if within.is_empty() {
            within.push((Occur::Must, dated()));
        }
        let within: Box<dyn Query> = Box::new(BooleanQuery::new(within));
        if !self.undated {
            return within;
        }
        let undated: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
            (Occur::MustNot, dated()),
        ]));
        Box::new(BooleanQuery::new(vec![(Occur::Should, within), (Occur::Should, undated)]))
    }
}

/// Facet path of the actor `name` (id, acronym or alias, any case).
pub fn actor_facet(vocab: &Vocabulary, name: &str) -> Result<String, String> {
    vocab.resolve_actor(name).map(|a| a.facet_path()).ok_or_else(|| {
        format!(
            "unknown actor {name:?}: give an id, acronym or name from index_schema/actors.toml \
             (`depeches facets actor` lists those in the index)"
        )
    })
}

/// Facet paths of the places `name` stands for: every place of that name,
/// or of the name an alias stands for (Timbuktu → Tombouctou: the region,
/// the cercle and the town). A facet covers what lies inside it, so the
/// region Tombouctou covers Léré. A path (`/Mali/Tombouctou`) means that
/// place only.
pub fn place_facets(vocab: &Vocabulary, name: &str) -> Result<Vec<String>, String> {
    let places = vocab.resolve_place(name);
    if places.is_empty() {
        return Err(format!(
            "unknown place {name:?}: give a name or path from index_schema/places.tsv \
             (`depeches facets place` lists those in the index)"
        ));
    }
    let mut out = Vec::new();
    for place in &places {
        out.push(place.facet_path());
        if !name.trim_start().starts_with('/') {
            out.extend(vocab.resolve_place(&place.name).iter().map(|h| h.facet_path()));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Facet path of the actor kind `name` (`jihadist`, `jihadiste`, …).
pub fn kind_facet(name: &str) -> Result<String, String> {
    Vocabulary::resolve_kind(name).map(|k| k.facet_path()).ok_or_else(|| {
        format!(
            "unknown kind {name:?}: one of separatist, jihadist, state, foreign, international, \
             militia, government, regional"
        )
    })
}

/// Facet path of the claim type `name` (`killed`, `tués`, …).
pub fn claim_facet(name: &str) -> Result<String, String> {
    crate::claims::ClaimType::parse(name).map(|t| format!("/claim/{t}")).ok_or_else(|| {
        format!(
            "unknown claim type {name:?}: one of killed, wounded, missing, captured, hostage, \
             neutralized, materiel, control"
        )
    })
}

/// Facet path of the claimant `name`: an actor (id, acronym or alias), an
/// organisation or a kind of anonymous source of `index_schema/claims`
/// (`élu local`, any case or accents), or `narrator`.
pub fn claimant_facet(vocab: &Vocabulary, name: &str) -> Result<String, String> {
    let facet = |id: &str| format!("/claimant/{}", crate::claims::facet_component(id));
    if let Some(actor) = vocab.resolve_actor(name) {
        return Ok(facet(&actor.id));
    }
    let key = crate::entities::normalize(name);
    let rules = crate::claims::rules::Rules::embedded();
    let known = rules.claimants.iter().map(String::as_str).chain(["narrator", "separatist", "jihadist"]);
    for c in known {
        if crate::entities::normalize(c) == key {
            return Ok(facet(c));
        }
    }
    Err(format!(
        "unknown claimant {name:?}: give an actor of index_schema/actors.toml, a source of \
         index_schema/claims/rules.toml (\"élu local\", \"ONU\") or narrator \
         (`depeches facets claimant` lists those in the index)"
    ))
}

/// A query matching documents tagged with any of `paths` (or below).
pub fn any_facet(field: Field, paths: &[String]) -> Box<dyn Query> {
    let terms: Vec<(Occur, Box<dyn Query>)> = paths
        .iter()
        .filter_map(|p| Facet::from_text(p).ok())
        .map(|f| {
            let q: Box<dyn Query> =
                Box::new(TermQuery::new(Term::from_facet(field, &f), IndexRecordOption::Basic));
            (Occur::Should, q)
        })
        .collect();
    Box::new(BooleanQuery::new(terms))
}
