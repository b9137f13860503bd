//! depeches: a search engine for French news dispatches.
//!
//! The pipeline, one module per stage:
//! [`corpus`] (files → dispatches and passages) → [`analysis`] (French text
//! → index terms) → [`schema`] (the declarative index schema) → [`index`]
//! (dispatches → tantivy documents) → [`search`] (query → ranked passages
//! with highlights) → [`output`] (hits → text or JSON). Front ends side by
//! side: the binary's [`cli`] only parses arguments and wires these
//! together; [`web`] serves the same as a local page.

pub mod analysis;
pub mod bench;
pub mod claims;
pub mod cli;
pub mod corpus;
pub mod engine;
pub mod entities;
pub mod exit;
pub mod index;
pub mod output;
pub mod schema;
pub mod search;
pub mod web;
