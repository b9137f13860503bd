//! Integration tests: the real `depeches` binary on real indexes in
//! temporary directories, driven as a user drives it.

mod util;

mod analysis;
mod analyze;
mod claims;
mod corpus_input;
mod export;
mod facets;
mod hostile;
mod incremental;
mod issue_11_entities;
mod ranking;
mod search;
mod steering;
mod wire;
