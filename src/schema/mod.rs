//! The index schema, read from `index_schema/schema.toml`.
//!
//! The schema is data, not code: the TOML file is embedded at compile time,
//! validated, and turned into a tantivy [`Schema`]. Code reaches fields
//! through [`Fields`], resolved once by name, so a field renamed in the
//! TOML without the code following it fails at start-up (and in the tests),
//! not in the middle of an indexing run.

use serde::Deserialize;
use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, NumericOptions, STORED, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::ANALYZER_NAME;

const SCHEMA_TOML: &str = include_str!("../../index_schema/schema.toml");

/// A schema file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    /// Not valid TOML or not the expected shape.
    #[error("index_schema/schema.toml: {0}")]
    Toml(#[from] toml::de::Error),
    /// A field is declared in a way the code cannot honour.
    #[error("index_schema/schema.toml: field {field:?}: {reason}")]
    Field {
        /// Field name.
        field: String,
        /// What is wrong.
        reason: String,
    },
}

/// The schema file, as declared.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchemaSpec {
    /// Bumped when the index layout changes; indexes of another version
    /// must be rebuilt.
    pub version: u32,
    /// The doc store's compression.
    #[serde(default)]
    pub store: StoreSpec,
    /// The fields, in order.
    #[serde(rename = "field")]
    pub fields: Vec<FieldSpec>,
}

/// `[store]`: how the doc store is compressed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreSpec {
    /// `lz4` or `zstd`.
    pub compression: String,
    /// zstd level.
    pub level: Option<i32>,
    /// Size of a compressed block.
    pub block_bytes: usize,
}

impl Default for StoreSpec {
    fn default() -> Self {
        StoreSpec { compression: "lz4".into(), level: None, block_bytes: 16384 }
    }
}

/// One declared field.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Field name.
    pub name: String,
    /// `text`, `string`, `u64` or `facet`.
    #[serde(rename = "type")]
    pub kind: FieldKind,
    /// Analyzer of a text field.
    pub analyzer: Option<String>,
    /// Searchable.
    #[serde(default)]
    pub indexed: bool,
    /// Word positions kept (text fields).
    #[serde(default)]
    pub positions: bool,
    /// Returned with hits.
    #[serde(default)]
    pub stored: bool,
    /// Columnar values.
    #[serde(default)]
    pub fast: bool,
    /// What the field holds.
    pub doc: String,
}

/// Field types of the schema file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// Analyzed text.
    Text,
    /// One raw term.
    String,
    /// Unsigned integer.
    U64,
    /// Hierarchical facet.
    Facet,
}

/// The fields the code uses, resolved by name.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `dispatch_id`.
    pub dispatch_id: Field,
    /// `passage_no`.
    pub passage_no: Field,
    /// `date` (as written).
    pub date: Field,
    /// `date_first` (YYYYMMDD).
    pub date_first: Field,
    /// `date_last` (YYYYMMDD).
    pub date_last: Field,
    /// `title`.
    pub title: Field,
    /// `source`.
    pub source: Field,
    /// `headline`: the title, analyzed, searchable.
    pub headline: Field,
    /// `text`.
    pub text: Field,
    /// `facets`: the passage's actors, kinds and places.
    pub facets: Field,
    /// `dispatch_facets`: the same, over the whole dispatch.
    pub dispatch_facets: Field,
    /// `near_dup`: the passage's near-duplicate cluster.
    pub near_dup: Field,
    /// `content_hash`: the dispatch's content hash.
    pub content_hash: Field,
    /// `origin`: the dispatch's corpus file.
    pub origin: Field,
    /// `claims`: the passage's claims, as JSON.
    pub claims: Field,
    /// `context`: the dispatch context, on passages that need it.
    pub context: Field,
    /// `time`: the dispatch's time of day.
    pub time: Field,
    /// `language`: the dispatch's language code.
    pub language: Field,
    /// `dateline`: the dateline prefix lifted off passage 0.
    pub dateline: Field,
    /// `signature`: the signature line lifted off the end.
    pub signature: Field,
    /// `dateline_text`: the dateline's place, analyzed, searchable.
    pub dateline_text: Field,
    /// `revision`: the dispatch's revision number.
    pub revision: Field,
    /// `seq`: the dispatch's indexing sequence number.
    pub seq: Field,
}

/// The tantivy schema and its resolved fields.
#[derive(Debug, Clone)]
pub struct IndexSchema {
    /// The tantivy schema.
    pub schema: Schema,
    /// Index settings (doc store compression) for new indexes.
    pub settings: tantivy::IndexSettings,
    /// Field handles.
    pub fields: Fields,
    /// The schema file's `version`.
    pub version: u32,
}

impl IndexSchema {
    /// The schema embedded in the binary.
    pub fn embedded() -> Result<IndexSchema, SchemaError> {
        Self::from_toml(SCHEMA_TOML)
    }

    /// Builds the schema from a schema file's text.
    pub fn from_toml(text: &str) -> Result<IndexSchema, SchemaError> {
        let spec: SchemaSpec = toml::from_str(text)?;
        let compressor = match spec.store.compression.as_str() {
            "lz4" => tantivy::store::Compressor::Lz4,
            "zstd" => tantivy::store::Compressor::Zstd(tantivy::store::ZstdCompressor {
                compression_level: spec.store.level,
            }),
            other => {
                return Err(SchemaError::Field {
                    field: "[store]".into(),
                    reason: format!("unknown compression {other:?} (lz4 or zstd)"),
                });
            }
        };
        let settings = tantivy::IndexSettings {
            docstore_compression: compressor,
            docstore_blocksize: spec.store.block_bytes.max(1024),
            ..tantivy::IndexSettings::default()
        };
        let mut builder = Schema::builder();
        let mut seen = std::collections::HashSet::new();
        for f in &spec.fields {
            let bad = |reason: &str| SchemaError::Field { field: f.name.clone(), reason: reason.into() };
            if !seen.insert(f.name.as_str()) {
                return Err(bad("declared twice"));
            }
            match f.kind {
                FieldKind::Text => {
                    let analyzer =
                        f.analyzer.as_deref().ok_or_else(|| bad("a text field needs an analyzer"))?;
                    if analyzer != ANALYZER_NAME {
                        return Err(bad(&format!("unknown analyzer {analyzer:?} (known: {ANALYZER_NAME})")));
                    }
                    let record = if f.positions {
                        IndexRecordOption::WithFreqsAndPositions
                    } else {
                        IndexRecordOption::WithFreqs
                    };
                    let mut options = TextOptions::default();
                    if f.indexed {
                        options = options.set_indexing_options(
                            TextFieldIndexing::default().set_tokenizer(analyzer).set_index_option(record),
                        );
                    }
                    if f.stored {
                        options = options | STORED;
                    }
                    if f.fast {
                        return Err(bad("text fields cannot be fast; use a string field"));
                    }
                    builder.add_text_field(&f.name, options);
                }
                FieldKind::String => {
                    if f.analyzer.is_some() || f.positions {
                        return Err(bad("string fields take no analyzer and no positions"));
                    }
                    let mut options = TextOptions::default();
                    if f.indexed {
                        // No field norms: a string is one term, so its norm
                        // is 1 wherever it is set, and a term query on a
                        // field without norms scores with a norm of 1, the
                        // same score. tantivy would write a byte a passage
                        // for each such field (0.8 MB, 1.2 % of the
                        // OrangeSum index).
                        options = options.set_indexing_options(
                            TextFieldIndexing::default()
                                .set_tokenizer("raw")
                                .set_index_option(IndexRecordOption::Basic)
                                .set_fieldnorms(false),
                        );
                    }
                    if f.stored {
                        options = options | STORED;
                    }
                    if f.fast {
                        options = options.set_fast("raw");
                    }
                    builder.add_text_field(&f.name, options);
                }
                FieldKind::U64 => {
                    if f.analyzer.is_some() || f.positions {
                        return Err(bad("u64 fields take no analyzer and no positions"));
                    }
                    let mut options = NumericOptions::default();
                    if f.indexed {
                        options = options.set_indexed();
                    }
                    if f.stored {
                        options = options.set_stored();
                    }
                    if f.fast {
                        options = options.set_fast();
                    }
                    builder.add_u64_field(&f.name, options);
                }
                FieldKind::Facet => {
                    let mut options = FacetOptions::default();
                    if f.stored {
                        options = options.set_stored();
                    }
                    builder.add_facet_field(&f.name, options);
                }
            }
        }
        let schema = builder.build();
        let field = |name: &str| {
            schema.get_field(name).map_err(|_| SchemaError::Field {
                field: name.into(),
                reason: "required by depeches but not declared".into(),
            })
        };
        let fields = Fields {
            dispatch_id: field("dispatch_id")?,
            passage_no: field("passage_no")?,
            date: field("date")?,
            date_first: field("date_first")?,
            date_last: field("date_last")?,
            title: field("title")?,
            source: field("source")?,
            headline: field("headline")?,
            text: field("text")?,
            facets: field("facets")?,
            dispatch_facets: field("dispatch_facets")?,
            near_dup: field("near_dup")?,
            content_hash: field("content_hash")?,
            origin: field("origin")?,
            claims: field("claims")?,
            context: field("context")?,
            time: field("time")?,
            language: field("language")?,
            dateline: field("dateline")?,
            signature: field("signature")?,
            dateline_text: field("dateline_text")?,
            revision: field("revision")?,
            seq: field("seq")?,
        };
        Ok(IndexSchema { schema, settings, fields, version: spec.version })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_schema_builds() {
        let s = IndexSchema::embedded().unwrap();
        let text = s.schema.get_field_entry(s.fields.text);
        assert!(text.is_indexed() && text.is_stored());
        assert!(s.schema.get_field_entry(s.fields.dispatch_id).is_fast());
    }

    #[test]
    fn refuses_unknown_analyzers_and_missing_fields() {
        let bad = "version = 1\n[[field]]\nname = \"text\"\ntype = \"text\"\nanalyzer = \"en\"\ndoc = \"\"\n";
        assert!(IndexSchema::from_toml(bad).unwrap_err().to_string().contains("unknown analyzer"));
        let missing = "version = 1\n[[field]]\nname = \"x\"\ntype = \"u64\"\ndoc = \"\"\n";
        assert!(IndexSchema::from_toml(missing).unwrap_err().to_string().contains("dispatch_id"));
    }
}
