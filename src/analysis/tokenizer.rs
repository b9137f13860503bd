//! The `fr_news` tokenizer: the analysis steps run in order, in one pass.
//!
//! tantivy composes analyzers from a tokenizer and token filters; here the
//! steps are functions in their own modules (segment, elision, fold,
//! stopwords, stem) run in a fixed order by one token stream. One pass keeps
//! what later steps need and a filter chain would lose: the original case
//! (for names), the folded unstemmed form (for entity matching) and the byte
//! offsets into the original text (for highlights). Buffers are owned by the
//! tokenizer and reused: no allocation per token.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::elision::for_each_piece;
use super::fold::{fold_into, lowercase_into};
use super::segment::Words;
use super::stem::StemCache;
use super::stopwords::is_stop_word;

/// One analyzed token, as seen by the highlighter and the entity matcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnalyzedToken<'a> {
    /// Byte offset of the token's first byte in the analyzed text.
    pub from: usize,
    /// Byte offset just past the token in the analyzed text.
    pub to: usize,
    /// Word position (stop words take one too, so phrases keep their gaps).
    pub position: usize,
    /// The token lowercased and folded, unstemmed: `léré` → `lere`.
    pub folded: &'a str,
    /// The index term: `armées` → `arme`.
    pub term: &'a str,
    /// Whether the token was written with a capital first letter.
    pub capitalized: bool,
}

/// The French news tokenizer; register it with [`super::register`].
#[derive(Clone, Default)]
pub struct FrenchTokenizer {
    normalizer: Normalizer,
    pieces: Vec<(usize, usize)>,
}

impl FrenchTokenizer {
    /// Calls `visit` on each token of `text` that yields an index term.
    pub fn for_each_token(&mut self, text: &str, mut visit: impl FnMut(&AnalyzedToken<'_>)) {
        let mut stream = self.token_stream(text);
        while stream.advance() {
            let token = &stream.token;
            visit(&AnalyzedToken {
                from: token.offset_from,
                to: token.offset_to,
                position: token.position,
                folded: &stream.normalizer.folded,
                term: &token.text,
                capitalized: stream.capitalized,
            });
        }
    }

    /// The index terms of `text`, in order.
    pub fn terms(&mut self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.for_each_token(text, |t| out.push(t.term.to_owned()));
        out
    }
}

impl Tokenizer for FrenchTokenizer {
    type TokenStream<'a> = FrenchTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> FrenchTokenStream<'a> {
        self.pieces.clear();
        FrenchTokenStream {
            text,
            words: Words::new(text),
            pieces: &mut self.pieces,
            next_piece: 0,
            next_position: 0,
            normalizer: &mut self.normalizer,
            token: Token::default(),
            capitalized: false,
        }
    }
}

/// Token stream of [`FrenchTokenizer`].
pub struct FrenchTokenStream<'a> {
    text: &'a str,
    words: Words<'a>,
    /// Pieces of the current word left to emit (absolute byte ranges).
    pieces: &'a mut Vec<(usize, usize)>,
    next_piece: usize,
    next_position: usize,
    normalizer: &'a mut Normalizer,
    token: Token,
    capitalized: bool,
}

impl TokenStream for FrenchTokenStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            if self.next_piece < self.pieces.len() {
                let (from, to) = self.pieces[self.next_piece];
                self.next_piece += 1;
                let position = self.next_position;
                self.next_position += 1;
                let piece = &self.text[from..to];
                if self.normalizer.normalize(piece, &mut self.token.text) {
                    self.token.offset_from = from;
                    self.token.offset_to = to;
                    self.token.position = position;
                    self.token.position_length = 1;
                    self.capitalized = piece.chars().next().is_some_and(char::is_uppercase);
                    return true;
                }
                continue;
            }
            let Some((start, end)) = self.words.next() else {
                return false;
            };
            self.pieces.clear();
            self.next_piece = 0;
            let pieces = &mut *self.pieces;
            for_each_piece(&self.text[start..end], |s, e| pieces.push((start + s, start + e)));
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Steps 3 to 9 on one piece; owns the buffers they reuse.
#[derive(Clone, Default)]
struct Normalizer {
    lower: String,
    folded: String,
    stems: StemCache,
}

impl Normalizer {
    /// Writes the term of `piece` into `term`; false for a stop word.
    fn normalize(&mut self, piece: &str, term: &mut String) -> bool {
        lowercase_into(piece, &mut self.lower);
        if is_stop_word(&self.lower) {
            return false;
        }
        fold_into(&self.lower, &mut self.folded);
        if self.folded.bytes().any(|b| b.is_ascii_digit()) {
            // Times, years, figures: stemming would only mangle them.
            term.clear();
            term.push_str(&self.folded);
        } else {
            self.stems.stem_into(&self.folded, term);
        }
        true
    }
}
