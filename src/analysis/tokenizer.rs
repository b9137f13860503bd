//! The `fr_news` tokenizer: the analysis steps run in order, in one pass.
//!
//! tantivy composes analyzers from a tokenizer and token filters; here the
//! steps are functions in their own modules (segment, elision, fold,
//! stopwords, stem) run in a fixed order by one token stream. One pass keeps
//! what later steps need and a filter chain would lose: the original case
//! (for names), the folded unstemmed form (for entity matching) and the byte
//! offsets into the original text (for highlights). Buffers are owned by the
//! tokenizer and reused: no allocation per token.

use std::cell::RefCell;
use std::sync::Arc;

use tantivy::tokenizer::{PreTokenizedString, Token, TokenStream, Tokenizer};

use super::elision::for_each_piece;
use super::fold::{fold_into, lowercase_into};
use super::light::glued_prefix_len;
use super::memo::{Memo, MemoEntry, NewEntry};
use super::names::takes_name_term;
use super::segment::{Words, is_apostrophe};
use super::stem::StemCache;
use super::stopwords::is_stop_word;
use super::synonyms::canonical_into;
use super::word_hash::word_hash;
use super::{AnalyzedPiece, UNTAGGED};

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

/// One index term of a passage: its offsets, its position, and the end of
/// its bytes in [`PassageTerms`]' terms (it starts where the term before
/// it ends): 16 bytes, as passages are held by the thousands on their way
/// to tantivy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TermSpan {
    from: u32,
    to: u32,
    position: u32,
    term_end: u32,
}

/// The index terms of one passage, with positions and byte offsets, in
/// token order: the buffers are reused from passage to passage.
#[derive(Debug, Clone, Default)]
pub struct PassageTerms {
    spans: Vec<TermSpan>,
    terms: String,
}

impl PassageTerms {
    /// Empties the list (keeping its buffers).
    pub fn clear(&mut self) {
        self.spans.clear();
        self.terms.clear();
    }

    /// Adds the tokens of `piece` (none for a stop word, two for a word
    /// with a stacked term).
    pub fn push(&mut self, piece: &AnalyzedPiece<'_>) {
        for term in piece.term.iter().chain(&piece.stacked) {
            self.terms.push_str(term);
            self.spans.push(TermSpan {
                from: piece.from as u32,
                to: piece.to as u32,
                position: piece.position as u32,
                term_end: self.terms.len() as u32,
            });
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there is no token.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The tokens: (term, position, byte offsets into the passage).
    pub fn iter(&self) -> impl Iterator<Item = (&str, usize, (usize, usize))> + '_ {
        self.spans.iter().scan(0, |term_from, s| {
            let term = &self.terms[*term_from..s.term_end as usize];
            *term_from = s.term_end as usize;
            Some((term, s.position as usize, (s.from as usize, s.to as usize)))
        })
    }

    /// The passage `text` with these tokens, for tantivy to index as they
    /// are ([`tantivy::TantivyDocument::add_pre_tokenized_text`]): the
    /// stored text is `text`, the indexed tokens are these.
    pub fn to_pre_tokenized(&self, text: &str) -> PreTokenizedString {
        let tokens = self
            .iter()
            .map(|(term, position, (from, to))| Token {
                offset_from: from,
                offset_to: to,
                position,
                text: term.to_owned(),
                position_length: 1,
            })
            .collect();
        PreTokenizedString { text: text.to_owned(), tokens }
    }
}

/// A passage's text with the index terms its one pass gave
/// ([`FrenchTokenizer::for_each_piece`]), for tantivy to index without
/// analyzing it again.
///
/// tantivy hands the indexing analyzer a `&str` and nothing else, and its
/// pre-tokenized values cost more than the analysis they save (a
/// [`PreTokenizedString`] is cloned, token by token, every time tantivy
/// reads the value). So the document that holds an `AnalyzedText` offers it
/// to the analyzer of the thread reading it ([`AnalyzedText::offer`]) each
/// time tantivy reads the value, and tantivy tokenizes right after
/// reading: when the text the analyzer is then given is this very text
/// (same address, same length: the offered text cannot be freed or reused
/// while it is offered), the stream replays these terms. Any other text is
/// analyzed as usual, so a stale offer can cost time, never change a term.
///
/// Held by the thousands on their way to tantivy (its queue of documents
/// to index), so each is sized to what it holds: the text and its terms'
/// bytes in one buffer, the spans in another.
#[derive(Debug)]
pub struct AnalyzedText {
    /// The text, then the terms' bytes.
    buffer: Box<str>,
    text_len: usize,
    spans: Box<[TermSpan]>,
}

thread_local! {
    /// The text last offered on this thread; see [`AnalyzedText`].
    static OFFERED: RefCell<Option<Arc<AnalyzedText>>> = const { RefCell::new(None) };
}

impl AnalyzedText {
    /// A copy of `text` and its index `terms`, which must be what
    /// [`FrenchTokenizer::passage_terms`] gives for `text` (so the caller
    /// reuses its `terms` buffers).
    pub fn new(text: &str, terms: &PassageTerms) -> AnalyzedText {
        let mut buffer = String::with_capacity(text.len() + terms.terms.len());
        buffer.push_str(text);
        buffer.push_str(&terms.terms);
        AnalyzedText {
            buffer: buffer.into_boxed_str(),
            text_len: text.len(),
            spans: terms.spans.as_slice().into(),
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.buffer[..self.text_len]
    }

    /// Offers the terms to this thread's next [`FrenchTokenizer`] stream
    /// over this very text (replacing any earlier offer).
    pub fn offer(this: &Arc<AnalyzedText>) {
        OFFERED.with_borrow_mut(|offered| {
            if !offered.as_ref().is_some_and(|o| Arc::ptr_eq(o, this)) {
                *offered = Some(Arc::clone(this));
            }
        });
    }

    /// The offered analysis of `text`, if `text` is the offered text itself.
    fn taken_for(text: &str) -> Option<Arc<AnalyzedText>> {
        OFFERED.with_borrow_mut(|offered| {
            let same = offered
                .as_ref()
                .is_some_and(|o| o.buffer.as_ptr() == text.as_ptr() && o.text_len == text.len());
            if same { offered.take() } else { None }
        })
    }
}

/// The French news tokenizer; register it with [`super::register`].
#[derive(Clone, Default)]
pub struct FrenchTokenizer {
    normalizer: Normalizer,
    pieces: Vec<(usize, usize)>,
    /// The words of the text in the one pass ([`Self::for_each_piece`]).
    ahead: Vec<WordAhead>,
    /// The token of the stream over the current text, its buffer reused
    /// from text to text (tantivy asks for a stream per field value).
    token: Token,
}

/// A word of the text in the one pass, met before its turn.
#[derive(Clone, Copy)]
struct WordAhead {
    start: usize,
    end: usize,
    /// The word is its only piece (it holds no apostrophe).
    whole: bool,
    /// [`Memo::hash`] of the word, if `whole`.
    hash: u64,
}

/// How many words ahead of the one handled the pass fetches a word's
/// memo strings (its slot was fetched when the text was split).
const STRINGS_DISTANCE: usize = 4;

impl std::fmt::Debug for FrenchTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FrenchTokenizer").field("memo_entries", &self.normalizer.memo.len()).finish()
    }
}

impl FrenchTokenizer {
    /// How many distinct words its memo holds: a caller that keeps one
    /// tokenizer for many texts starts afresh past a bound.
    pub fn memo_len(&self) -> usize {
        self.normalizer.memo.len()
    }

    /// Calls `visit` on each token of `text` that yields an index term.
    pub fn for_each_token(&mut self, text: &str, mut visit: impl FnMut(&AnalyzedToken<'_>)) {
        // Never a replayed stream: the visitor reads the normalizer's forms.
        let mut stream = self.stream(text, None);
        while stream.advance() {
            let token = &stream.token;
            let folded = stream.normalizer.folded();
            let prefix_len = stream.normalizer.stacked().map_or(0, |(_, len)| len);
            visit(&AnalyzedToken {
                from: token.offset_from,
                to: token.offset_to,
                position: token.position,
                folded: if stream.stacked { &folded[prefix_len..] } else { folded },
                term: &token.text,
                capitalized: stream.capitalized,
                stacked: stream.stacked,
            });
        }
    }

    /// Calls `visit` on every piece of `text`, stop words included, in
    /// order: the one pass over a passage's words that indexing shares
    /// between the index terms ([`PassageTerms`]), the entity matcher's
    /// word stream and the claim extractor. A piece's `term` and `stacked`
    /// are exactly the tokens [`Self::for_each_token`] gives at its
    /// position, from the same memo.
    pub fn for_each_piece(&mut self, text: &str, visit: impl FnMut(&AnalyzedPiece<'_>)) {
        self.pass(text, None, visit);
    }

    /// [`Self::for_each_piece`], each piece tagged with `tag_of` its folded
    /// form (the entity matcher's id of the word): worked out once per
    /// distinct piece and kept in the memo, so a word is looked up once,
    /// not at each occurrence. A tokenizer keeps the tags of the first
    /// function it is given: give it no other.
    pub fn for_each_tagged_piece(
        &mut self,
        text: &str,
        tag_of: &dyn Fn(&str) -> u32,
        visit: impl FnMut(&AnalyzedPiece<'_>),
    ) {
        self.pass(text, Some(tag_of), visit);
    }

    fn pass(
        &mut self,
        text: &str,
        tag_of: Option<&dyn Fn(&str) -> u32>,
        mut visit: impl FnMut(&AnalyzedPiece<'_>),
    ) {
        // The text's words first, each with its memo hash, its memo slot
        // fetched at once, so that the slots are in the cache (the text
        // split meanwhile) and the strings of a word a few ahead on their
        // way while this one is handled: most lookups of a large memo wait
        // for memory, not for instructions. A slot fetched only a few
        // words ahead was still on its way (perf: the strings' prefetch
        // then waited for it).
        let ahead = &mut self.ahead;
        let normalizer = &mut self.normalizer;
        ahead.clear();
        let mut words = Words::new(text);
        while let Some((start, end)) = words.next() {
            // Only a word with an apostrophe has an article to strip or
            // pieces to split; every other word is its only piece.
            let whole = !words.had_apostrophe();
            let hash = if whole { Memo::hash(&text[start..end]) } else { 0 };
            if whole {
                normalizer.memo.prefetch_slot(hash);
            }
            ahead.push(WordAhead { start, end, whole, hash });
        }
        let mut position = 0;
        let mut prev_word_end = 0;
        for (word_no, w) in ahead.iter().enumerate() {
            if let Some(next) = ahead.get(word_no + STRINGS_DISTANCE)
                && next.whole
            {
                normalizer.memo.prefetch_strings(next.hash);
            }
            let (start, end) = (w.start, w.end);
            let word = &text[start..end];
            let mut first_piece = true;
            let mut each = |s: usize, e: usize, hash: Option<u64>| {
                let piece = &word[s..e];
                let (i, mut entry) = normalizer.entry(piece, hash.unwrap_or_else(|| Memo::hash(piece)));
                if let Some(tag_of) = tag_of
                    && entry.tag == UNTAGGED
                {
                    let (a, b) = entry.folded;
                    entry.tag = tag_of(&normalizer.memo.arena()[a as usize..b as usize]);
                    normalizer.memo.set_tag(i, entry.tag);
                }
                let arena = normalizer.memo.arena();
                let at = |(a, b): (u32, u32)| &arena[a as usize..b as usize];
                visit(&AnalyzedPiece {
                    word: (start, end),
                    prev_word_end,
                    first_word: word_no == 0,
                    first_piece,
                    from: start + s,
                    to: start + e,
                    position,
                    folded: at(entry.folded),
                    term: entry.term.map(at),
                    stacked: entry.stacked.map(at),
                    capitalized: entry.capitalized,
                    all_caps: entry.all_caps,
                    hash: entry.hash,
                    tag: entry.tag,
                });
                position += 1;
                first_piece = false;
            };
            if w.whole {
                each(0, word.len(), Some(w.hash));
            } else {
                for_each_piece(word, |s, e| each(s, e, None));
            }
            prev_word_end = end;
        }
    }

    /// The index terms of `text` with their positions and offsets, into
    /// `out` (cleared first): what tantivy indexes for a passage, and what
    /// a remote engine is sent.
    pub fn passage_terms(&mut self, text: &str, out: &mut PassageTerms) {
        out.clear();
        self.for_each_piece(text, |p| out.push(p));
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
        let replay = AnalyzedText::taken_for(text);
        self.stream(text, replay)
    }
}

impl FrenchTokenizer {
    /// The stream over `text`, replaying `replay`'s terms if given.
    fn stream<'a>(&'a mut self, text: &'a str, replay: Option<Arc<AnalyzedText>>) -> FrenchTokenStream<'a> {
        self.pieces.clear();
        // No stacked term left over from the previous text.
        self.normalizer.current = None;
        // A fresh token, but for its text's buffer.
        let mut buffer = std::mem::take(&mut self.token.text);
        buffer.clear();
        self.token = Token { text: buffer, ..Token::default() };
        FrenchTokenStream {
            text,
            words: Words::new(text),
            pieces: &mut self.pieces,
            next_piece: 0,
            next_position: 0,
            normalizer: &mut self.normalizer,
            token: &mut self.token,
            capitalized: false,
            stacked: false,
            replay,
            next_span: 0,
            next_term: 0,
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
    token: &'a mut Token,
    capitalized: bool,
    /// Whether the current token is the normalizer's stacked term.
    stacked: bool,
    /// Terms worked out before (see [`AnalyzedText`]), replayed instead.
    replay: Option<Arc<AnalyzedText>>,
    /// The next of `replay`'s terms.
    next_span: usize,
    /// Where that term's bytes start, after the text in `replay`'s buffer.
    next_term: usize,
}

impl TokenStream for FrenchTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if let Some(replay) = &self.replay {
            let Some(span) = replay.spans.get(self.next_span) else { return false };
            self.next_span += 1;
            let (from, to) = (replay.text_len + self.next_term, replay.text_len + span.term_end as usize);
            self.next_term = span.term_end as usize;
            self.token.offset_from = span.from as usize;
            self.token.offset_to = span.to as usize;
            self.token.position = span.position as usize;
            self.token.position_length = 1;
            self.token.text.clear();
            self.token.text.push_str(&replay.buffer[from..to]);
            return true;
        }
        if !self.stacked
            && let Some((stacked, _)) = self.normalizer.stacked()
        {
            // The pending second term of a prefixed word: same offsets and
            // position, copied into the reused token buffer.
            self.stacked = true;
            self.token.text.clear();
            self.token.text.push_str(stacked);
            return true;
        }
        self.stacked = false;
        loop {
            if self.next_piece < self.pieces.len() {
                let (from, to) = self.pieces[self.next_piece];
                self.next_piece += 1;
                let position = self.next_position;
                self.next_position += 1;
                if self.normalizer.normalize(&self.text[from..to], &mut self.token.text) {
                    self.token.offset_from = from;
                    self.token.offset_to = to;
                    self.token.position = position;
                    self.token.position_length = 1;
                    self.capitalized = self.normalizer.current.is_some_and(|e| e.capitalized);
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
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Steps 3 to 9 on one piece; owns the buffers they reuse.
#[derive(Clone, Default)]
struct Normalizer {
    /// Everything depends only on the piece as written (its lowercase form
    /// and whether it was capitalized, for names), so each is worked out
    /// once: most pieces cost one lookup, not even a lowercase.
    memo: Memo,
    lower: String,
    folded: String,
    /// The folded word in its canonical spelling (see [`super::synonyms`]).
    canonical: String,
    term: String,
    /// The term of the word without its glued prefix, when `prefix_len > 0`.
    stacked: String,
    /// Byte length of the glued prefix of `folded` (0: none, no stacked term).
    prefix_len: usize,
    stems: StemCache,
    /// The entry of the piece last normalized.
    current: Option<MemoEntry>,
}

impl Normalizer {
    /// Writes the term of `piece` into `term`; false for a stop word.
    /// The piece's folded form and stacked term are then read with
    /// [`Self::folded`] and [`Self::stacked`] (not copied: tantivy's
    /// stream needs neither for most tokens).
    fn normalize(&mut self, piece: &str, term: &mut String) -> bool {
        let (_, e) = self.entry(piece, Memo::hash(piece));
        self.current = Some(e);
        let Some((from, to)) = e.term else { return false };
        term.clear();
        term.push_str(&self.memo.arena()[from as usize..to as usize]);
        true
    }

    fn at(&self, (from, to): (u32, u32)) -> &str {
        &self.memo.arena()[from as usize..to as usize]
    }

    /// The folded form of the piece last normalized.
    fn folded(&self) -> &str {
        self.current.map_or("", |e| self.at(e.folded))
    }

    /// The stacked term of the piece last normalized, and the byte length
    /// of its prefix in the folded form.
    fn stacked(&self) -> Option<(&str, usize)> {
        let e = self.current?;
        e.stacked.map(|s| (self.at(s), e.prefix_len as usize))
    }

    /// The memo entry of `piece`, worked out on first sight.
    #[inline]
    fn entry(&mut self, piece: &str, h: u64) -> (usize, MemoEntry) {
        if let Some(found) = self.memo.get(piece, h) {
            return found;
        }
        self.work_out_entry(piece, h)
    }

    #[cold]
    fn work_out_entry(&mut self, piece: &str, h: u64) -> (usize, MemoEntry) {
        let capitalized = piece.chars().next().is_some_and(char::is_uppercase);
        let letters = piece.chars().filter(|c| c.is_alphabetic()).take(2).count();
        let all_caps = letters >= 2 && !piece.chars().any(char::is_lowercase);
        lowercase_into(piece, &mut self.lower);
        self.prefix_len = 0;
        let mut term = std::mem::take(&mut self.term);
        let kept = self.work_out(capitalized, &mut term);
        let new = NewEntry {
            folded: &self.folded,
            term: kept.then_some(term.as_str()),
            stacked: (kept && self.prefix_len > 0).then_some(self.stacked.as_str()),
            prefix_len: if kept { self.prefix_len } else { 0 },
            capitalized,
            all_caps,
        };
        let found = self.memo.insert(piece, h, &new, word_hash(&self.folded));
        self.term = term;
        found
    }

    /// Steps 4 to 9 on `self.lower`: the term into `term` (false for none),
    /// the folded form into `self.folded` in every case.
    fn work_out(&mut self, capitalized: bool, term: &mut String) -> bool {
        self.stacked.clear();
        // Folded even for a stop word: the entity matcher reads every word.
        fold_into(&self.lower, &mut self.folded);
        if is_stop_word(&self.lower) {
            return false;
        }
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
    fn one_pass_gives_the_tokens_of_the_stream() {
        // Stop words, elisions, a stacked prefix, a name, figures, an
        // unsplit apostrophe, capitals, marks alone: every kind of piece.
        let text = "L'armée malienne a confirmé qu’il y avait 1,5 million de déplacés \
                    antijihadistes à Boni, aujourd'hui, selon l’AFP. \u{1920} Les FAMa ont TUÉ 13H30. \
                    Il sʼen va de lʼAssemblée.";
        let mut expected = Vec::new();
        FrenchTokenizer::default()
            .for_each_token(text, |t| expected.push((t.term.to_owned(), t.position, (t.from, t.to))));
        let mut tokenizer = FrenchTokenizer::default();
        let mut terms = PassageTerms::default();
        // Twice: the second time from the memo.
        for _ in 0..2 {
            tokenizer.passage_terms(text, &mut terms);
            let got: Vec<_> = terms.iter().map(|(t, p, o)| (t.to_owned(), p, o)).collect();
            assert_eq!(got, expected);
        }
        let mut folded = Vec::new();
        tokenizer.for_each_piece(text, |p| {
            assert_eq!(p.hash, word_hash(p.folded));
            folded.push(p.folded.to_owned());
        });
        assert_eq!(folded[..4], ["armee", "malienne", "a", "confirme"]);
    }

    fn stream_terms(tok: &mut FrenchTokenizer, text: &str) -> Vec<(usize, String)> {
        let mut stream = tok.token_stream(text);
        let mut seen = Vec::new();
        while stream.advance() {
            seen.push((stream.token().position, stream.token().text.clone()));
        }
        seen
    }

    #[test]
    fn an_offered_text_replays_its_terms_and_no_other_text_does() {
        let text = "Les forces antijihadistes de Barkhane à Boni";
        let mut tok = FrenchTokenizer::default();
        let real = stream_terms(&mut tok, text);
        // Terms that are not the text's, to see which ones a stream gives.
        let mut marked = PassageTerms::default();
        let piece = AnalyzedPiece {
            word: (0, 3),
            prev_word_end: 0,
            first_word: true,
            first_piece: true,
            from: 0,
            to: 3,
            position: 7,
            folded: "les",
            term: Some("marked"),
            stacked: None,
            capitalized: true,
            all_caps: false,
            hash: 0,
            tag: UNTAGGED,
        };
        marked.push(&piece);
        let analyzed = Arc::new(AnalyzedText::new(text, &marked));
        AnalyzedText::offer(&analyzed);
        // The same words elsewhere in memory are analyzed.
        let elsewhere = String::from(text);
        assert_eq!(stream_terms(&mut tok, &elsewhere), real);
        assert_eq!(stream_terms(&mut tok, analyzed.text()), [(7, "marked".to_owned())]);
        // An offer serves one stream.
        assert_eq!(stream_terms(&mut tok, analyzed.text()), real);
        // `for_each_token` never replays.
        AnalyzedText::offer(&analyzed);
        let mut seen = Vec::new();
        tok.for_each_token(analyzed.text(), |t| seen.push((t.position, t.term.to_owned())));
        assert_eq!(seen, real);
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
