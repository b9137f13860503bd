//! depeches: a search engine for French news dispatches.
//!
//! The pipeline, one module per stage:
//! [`corpus`] (files → dispatches and passages) → [`analysis`] (French text
//! → index terms) → [`schema`] (the declarative index schema) → [`index`]
//! (dispatches → tantivy documents) → [`search`] (query → ranked passages
//! with highlights) → [`output`] (hits → text or JSON). The binary's
//! [`cli`] only parses arguments and wires these together.

pub mod analysis;
pub mod corpus;
pub mod schema;
pub mod index;
pub mod search;
pub mod output;
pub mod cli;
pub mod exit;
