//! The tantivy document of one passage, as the indexer hands it over.
//!
//! tantivy indexes any type that lists its fields and values, without
//! copying them into a [`tantivy::TantivyDocument`] first. This one holds
//! plain values, and the passage text together with the index terms that
//! indexing already worked out in its one pass over the passage's words
//! ([`AnalyzedText`]): reading that value offers the terms to the analyzer,
//! so tantivy stores the text as it is and indexes the terms without
//! analyzing the text a second time. The stored fields, their order and
//! the indexed terms are exactly those of a `TantivyDocument` built with
//! `add_text`, `add_u64` and `add_facet` in the same order.

use std::iter::Empty;
use std::sync::Arc;

use tantivy::schema::document::{Document, ReferenceValue, ReferenceValueLeaf, Value};
use tantivy::schema::{Facet, Field};

use crate::analysis::AnalyzedText;

/// One value of a [`PassageDocument`].
#[derive(Debug, Clone)]
pub enum PassageValue {
    /// Text, analyzed by the field's analyzer if the field is indexed.
    Text(Box<str>),
    /// Text shared by the passages of a dispatch (title, ids, context).
    Shared(Arc<str>),
    /// The passage text with its index terms already worked out.
    Analyzed(Arc<AnalyzedText>),
    /// An unsigned integer.
    U64(u64),
    /// A facet path.
    Facet(Facet),
    /// A facet path shared by the passages of a dispatch (its
    /// `dispatch_facets`, added to every passage).
    SharedFacet(Arc<Facet>),
}

/// The fields and values of one passage, in the order they were added.
#[derive(Debug, Clone, Default)]
pub struct PassageDocument {
    values: Vec<(Field, PassageValue)>,
}

impl PassageDocument {
    /// An empty document.
    pub fn new() -> PassageDocument {
        PassageDocument::default()
    }

    /// The values added since the last `take`, in a document with room
    /// for them and `more` values, leaving this one empty to be filled
    /// again: a document built with room for every value it might hold
    /// would carry that room on its way to tantivy.
    pub fn take(&mut self, more: usize) -> PassageDocument {
        let mut values = Vec::with_capacity(self.values.len() + more);
        values.append(&mut self.values);
        PassageDocument { values }
    }

    /// Adds `value` to `field`.
    pub fn add(&mut self, field: Field, value: PassageValue) {
        self.values.push((field, value));
    }

    /// Adds the text `value` to `field`.
    pub fn add_text(&mut self, field: Field, value: &str) {
        self.add(field, PassageValue::Text(value.into()));
    }

    /// Adds a text shared with other documents to `field`.
    pub fn add_shared(&mut self, field: Field, value: &Arc<str>) {
        self.add(field, PassageValue::Shared(Arc::clone(value)));
    }

    /// Adds the integer `value` to `field`.
    pub fn add_u64(&mut self, field: Field, value: u64) {
        self.add(field, PassageValue::U64(value));
    }

    /// Adds the facet `value` to `field`.
    pub fn add_facet(&mut self, field: Field, value: Facet) {
        self.add(field, PassageValue::Facet(value));
    }

    /// Adds a facet shared with other documents to `field`.
    pub fn add_shared_facet(&mut self, field: Field, value: &Arc<Facet>) {
        self.add(field, PassageValue::SharedFacet(Arc::clone(value)));
    }

    /// The values of `field`, in order.
    pub fn values(&self, field: Field) -> impl Iterator<Item = &PassageValue> {
        self.values.iter().filter(move |(f, _)| *f == field).map(|(_, v)| v)
    }
}

type FieldValues<'a> = std::iter::Map<
    std::slice::Iter<'a, (Field, PassageValue)>,
    fn(&'a (Field, PassageValue)) -> (Field, &'a PassageValue),
>;

impl Document for PassageDocument {
    type Value<'a> = &'a PassageValue;
    type FieldsValuesIter<'a> = FieldValues<'a>;

    fn iter_fields_and_values(&self) -> FieldValues<'_> {
        fn pair(entry: &(Field, PassageValue)) -> (Field, &PassageValue) {
            (entry.0, &entry.1)
        }
        self.values.iter().map(pair)
    }
}

impl<'a> Value<'a> for &'a PassageValue {
    type ArrayIter = Empty<&'a PassageValue>;
    type ObjectIter = Empty<(&'a str, &'a PassageValue)>;

    #[inline]
    fn as_value(&self) -> ReferenceValue<'a, Self> {
        let leaf = match self {
            PassageValue::Text(text) => ReferenceValueLeaf::Str(text),
            PassageValue::Shared(text) => ReferenceValueLeaf::Str(text),
            PassageValue::Analyzed(analyzed) => {
                // tantivy tokenizes a value right after reading it.
                AnalyzedText::offer(analyzed);
                ReferenceValueLeaf::Str(analyzed.text())
            }
            PassageValue::U64(n) => ReferenceValueLeaf::U64(*n),
            PassageValue::Facet(facet) => ReferenceValueLeaf::Facet(facet.encoded_str()),
            PassageValue::SharedFacet(facet) => ReferenceValueLeaf::Facet(facet.encoded_str()),
        };
        ReferenceValue::Leaf(leaf)
    }
}
