//! Actors and places named in dispatches, for the `/actor/...` and
//! `/place/...` facets.
//!
//! The vocabularies are data ([`vocab`]: `index_schema/actors.toml`,
//! `index_schema/places.tsv`, embedded). The [`Extractor`] matches them on a
//! passage's words (`words.rs`: the analyzer's split, elision and folding,
//! stop words kept) with a word trie (`matcher.rs`), longest match first, and
//! applies the rules of [`extract`]: acronyms only as written, French-word
//! place names only with a capital or a cue, homonymous places picked by cue.
//! Mentions carry byte offsets into the text, so highlights never search the
//! text again.
//!
//! ```
//! use depeches::entities::Extractor;
//!
//! let x = Extractor::embedded();
//! let text = "Il faut le dire : à Diré, les FAMa ont repoussé l'attaque.";
//! let facets = x.facet_paths(&x.extract(text));
//! assert_eq!(facets, ["/actor/state/FAMa", "/place/Mali/Tombouctou/Diré/Diré"]);
//! ```
//!
//! For filters, [`Vocabulary::resolve_actor`], [`Vocabulary::resolve_kind`]
//! and [`Vocabulary::place_filter_facet`] turn what a user typed (`jnim`,
//! `jihadiste`, `tombouctou`) into the facet to filter on.

pub mod extract;
mod frozen;
mod matcher;
pub mod measure;
pub mod vocab;
pub(crate) mod words;

pub use extract::{DispatchContext, Extractor, Mention, Scratch, normalize};
pub use vocab::{
    ACTORS_FILE, Actor, ActorKind, ContextRules, Descriptive, EntityRef, Evidence, Generic, PLACES_FILE,
    Place, PlaceLevel, Resolve, VocabError, Vocabulary,
};
