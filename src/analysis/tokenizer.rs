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
use super::light::glued_prefix_len;
use super::names::takes_name_term;
use super::segment::{Words, is_apostrophe};
use super::stem::StemCache;
use super::stopwords::is_stop_word;
use super::synonyms::canonical_into;

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
    /// True for a second term at the position of the previous token: the
    /// word without its glued prefix (`antijihadiste` → the term of
    /// `jihadiste`); `folded` is then the folded remainder.
    pub stacked: bool,
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
            let folded = stream.normalizer.folded.as_str();
            visit(&AnalyzedToken {
                from: token.offset_from,
                to: token.offset_to,
                position: token.position,
                folded: if stream.stacked { &folded[stream.normalizer.prefix_len..] } else { folded },
                term: &token.text,
                capitalized: stream.capitalized,
                stacked: stream.stacked,
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
        // No stacked term left over from the previous text.
        self.normalizer.prefix_len = 0;
        FrenchTokenStream {
            text,
            words: Words::new(text),
            pieces: &mut self.pieces,
            next_piece: 0,
            next_position: 0,
            normalizer: &mut self.normalizer,
            token: Token::default(),
            capitalized: false,
            stacked: false,
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
    /// Whether the current token is the normalizer's stacked term.
    stacked: bool,
}

impl TokenStream for FrenchTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if !self.stacked && self.normalizer.prefix_len > 0 {
            // The pending second term of a prefixed word: same offsets and
            // position, copied into the reused token buffer.
            self.stacked = true;
            self.token.text.clear();
            self.token.text.push_str(&self.normalizer.stacked);
            return true;
        }
        self.stacked = false;
        loop {
            if self.next_piece < self.pieces.len() {
                let (from, to) = self.pieces[self.next_piece];
                self.next_piece += 1;
                let position = self.next_position;
                self.next_position += 1;
                let piece = &self.text[from..to];
                let capitalized = piece.chars().next().is_some_and(char::is_uppercase);
                if self.normalizer.normalize(piece, capitalized, &mut self.token.text) {
                    self.token.offset_from = from;
                    self.token.offset_to = to;
                    self.token.position = position;
                    self.token.position_length = 1;
                    self.capitalized = capitalized;
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

/// What [`Normalizer::normalize`] made of a lowercase piece: `None` for a
/// word that gives no term (a stop word).
type Memo = Option<MemoEntry>;

#[derive(Clone)]
struct MemoEntry {
    term: Box<str>,
    folded: Box<str>,
    stacked: Box<str>,
    prefix_len: usize,
}

/// Past this many entries a memo is emptied and refilled: news text is
/// Zipfian, the hot words come back at once.
const MEMO_CAPACITY: usize = 100_000;

/// Steps 3 to 9 on one piece; owns the buffers they reuse.
#[derive(Clone, Default)]
struct Normalizer {
    /// Everything after lowercasing depends only on the lowercase piece and
    /// on whether it was capitalized (names), so each is worked out once:
    /// most tokens cost a lowercase and one lookup. One memo per case.
    memo: [rustc_hash::FxHashMap<Box<str>, Memo>; 2],
    lower: String,
    folded: String,
    /// The folded word in its canonical spelling (see [`super::synonyms`]).
    canonical: String,
    /// The term of the word without its glued prefix, when `prefix_len > 0`.
    stacked: String,
    /// Byte length of the glued prefix of `folded` (0: none, no stacked term).
    prefix_len: usize,
    stems: StemCache,
}

impl Normalizer {
    /// Writes the term of `piece` into `term`; false for a stop word.
    fn normalize(&mut self, piece: &str, capitalized: bool, term: &mut String) -> bool {
        self.prefix_len = 0;
        lowercase_into(piece, &mut self.lower);
        let memo = &mut self.memo[usize::from(capitalized)];
        if let Some(known) = memo.get(self.lower.as_str()) {
            let Some(m) = known else { return false };
            term.clear();
            term.push_str(&m.term);
            self.folded.clear();
            self.folded.push_str(&m.folded);
            self.stacked.clear();
            self.stacked.push_str(&m.stacked);
            self.prefix_len = m.prefix_len;
            return true;
        }
        let kept = self.work_out(capitalized, term);
        let entry = kept.then(|| MemoEntry {
            term: term.as_str().into(),
            folded: self.folded.as_str().into(),
            stacked: self.stacked.as_str().into(),
            prefix_len: self.prefix_len,
        });
        let memo = &mut self.memo[usize::from(capitalized)];
        if memo.len() >= MEMO_CAPACITY {
            memo.clear();
        }
        memo.insert(self.lower.as_str().into(), entry);
        kept
    }

    /// Steps 4 to 9 on `self.lower`.
    fn work_out(&mut self, capitalized: bool, term: &mut String) -> bool {
        self.stacked.clear();
        if is_stop_word(&self.lower) {
            return false;
        }
        fold_into(&self.lower, &mut self.folded);
        let folded = self.folded.as_str();
        if folded.is_empty() {
            // Only combining marks that count as letters (U+1920, U+112DF):
            // nothing left once folded, and an empty term matches nothing
            // anyone typed.
            return false;
        }
        if folded.bytes().any(|b| b.is_ascii_digit()) {
            // Times, years, figures: stemming would only mangle them.
            term.clear();
            term.push_str(folded);
            return true;
        }
        if folded.contains(is_apostrophe) {
            // A word the elision step kept whole (`aujourd'hui`): one term,
            // whichever apostrophe was typed, not stemmed.
            term.clear();
            term.extend(folded.chars().map(|c| if is_apostrophe(c) { '\'' } else { c }));
            return true;
        }
        let word = if canonical_into(folded, &mut self.canonical) { self.canonical.as_str() } else { folded };
        if takes_name_term(word, capitalized) {
            // `Boni` the town is not `bon`: names keep their folded form.
            term.clear();
            term.push_str(word);
            return true;
        }
        self.stems.stem_into(word, term);
        if term.is_empty() {
            return false;
        }
        let prefix_len = glued_prefix_len(folded);
        if prefix_len > 0 {
            let rest = &folded[prefix_len..];
            let rest = if canonical_into(rest, &mut self.canonical) { self.canonical.as_str() } else { rest };
            self.stems.stem_into(rest, &mut self.stacked);
            // A remainder that stems like the whole word adds nothing.
            if self.stacked != *term {
                self.prefix_len = prefix_len;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(usize, String, bool)> {
        let mut out = Vec::new();
        FrenchTokenizer::default()
            .for_each_token(text, |t| out.push((t.position, t.term.to_owned(), t.stacked)));
        out
    }

    #[test]
    fn glued_prefix_stacks_the_remainder_at_the_same_position() {
        let t = tokens("force antijihadiste");
        assert_eq!(t.len(), 3);
        assert_eq!((t[1].0, t[1].2), (1, false));
        assert_eq!((t[2].0, t[2].2), (1, true));
        assert_eq!(t[2].1, tokens("jihadiste")[0].1);
        assert_eq!(tokens("antidjihadistes")[1].1, tokens("jihadiste")[0].1);
    }

    #[test]
    fn marks_alone_make_no_empty_term() {
        // Found by tests/proptests.rs: alphabetic combining marks fold to
        // "". Like stop words, they keep their position.
        assert_eq!(tokens("\u{1920}{ \u{112df} Kidal"), [(2, "kidal".to_owned(), false)]);
    }

    #[test]
    fn tantivy_stream_agrees_with_for_each_token() {
        let text = "Les forces antijihadistes de Barkhane à Boni";
        let mut tok = FrenchTokenizer::default();
        let mut stream = tok.token_stream(text);
        let mut seen = Vec::new();
        while stream.advance() {
            seen.push((stream.token().position, stream.token().text.clone()));
        }
        let expected: Vec<_> = tokens(text).into_iter().map(|(p, t, _)| (p, t)).collect();
        assert_eq!(seen, expected);
    }
}
