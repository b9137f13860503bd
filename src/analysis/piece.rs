//! One piece of an analyzed text, as the one pass over a passage's words
//! hands it to the index terms and to the entity matcher's word stream.
//! Plain data with no dependency, so that `build.rs` can compile the word
//! stream that reads it (the build-time vocabulary uses the same code).

/// One piece of a text (a word once its elided article is gone, or a
/// part of a word split on an apostrophe), stop words included, as
/// [`FrenchTokenizer::for_each_piece`](crate::analysis::FrenchTokenizer::for_each_piece) sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnalyzedPiece<'a> {
    /// Byte range of the word (step 1) the piece was cut from.
    pub word: (usize, usize),
    /// Byte offset just past the previous word (0 for the first word).
    pub prev_word_end: usize,
    /// The piece belongs to the text's first word.
    pub first_word: bool,
    /// The piece is the first of its word.
    pub first_piece: bool,
    /// Byte offset of the piece in the text.
    pub from: usize,
    /// Byte offset just past the piece.
    pub to: usize,
    /// Word position, as in [`AnalyzedToken::position`](crate::analysis::AnalyzedToken::position).
    pub position: usize,
    /// Lowercased and folded, unstemmed, stop words too: `Léré` → `lere`.
    pub folded: &'a str,
    /// The index term, `None` for a stop word.
    pub term: Option<&'a str>,
    /// The second term stacked at the same position (glued prefix).
    pub stacked: Option<&'a str>,
    /// Written with a capital first letter.
    pub capitalized: bool,
    /// At least two letters and no lowercase one: `CMA`, `MALI`.
    pub all_caps: bool,
    /// The fixed hash of `folded` (`analysis::word_hash::word_hash`),
    /// which near-duplicate signatures are built from: worked out once
    /// per distinct piece.
    pub hash: u64,
    /// The caller's tag of the piece's folded form
    /// ([`FrenchTokenizer::for_each_tagged_piece`](crate::analysis::FrenchTokenizer::for_each_tagged_piece)), or [`UNTAGGED`].
    pub tag: u32,
}

/// The tag of a piece no tagging pass has seen yet.
pub const UNTAGGED: u32 = u32::MAX;
