//! The word stream entity matching runs on: the analyzer's words with the
//! stop words kept.
//!
//! Aliases are phrases ("Coordination des mouvements de l'Azawad") and place
//! cues are function words ("région de", "à"), so unlike the index terms this
//! stream drops nothing: it splits with [`Words`] (hyphens separate words),
//! strips elided articles with [`for_each_piece`] (`l'Azawad` → `azawad`,
//! remembering that a `d'` was there, since it is a cue), then lowercases and
//! folds accents with the analyzer's [`lowercase_into`] and [`fold_into`].
//! Each word keeps its byte span in the original text and how it was written
//! (capital first letter, all capitals, first word of a sentence), which the
//! acronym and French-word rules need. Vocabulary entries go through the same
//! function ([`key`]), so text and aliases always agree on articles and
//! accents. The buffers are reused from text to text: no allocation per word
//! once warm.

use crate::analysis::elision::{elided_prefix_len, for_each_piece};
use crate::analysis::fold::{fold_into, lowercase_into};
use crate::analysis::segment::Words;
use crate::analysis::{AnalyzedPiece, UNTAGGED};
use crate::entities::matcher::WordId;

/// Which elided article, if any, was glued before a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Elision {
    /// None: the word stood alone.
    None,
    /// `d'` / `D'`: the preposition "de", a place cue ("près d'Ansongo").
    De,
    /// Any other elided form (`l'`, `qu'`, `jusqu'` ...).
    Other,
}

/// One word of the stream.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// Byte offset of the word (elided article excluded) in the text.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// Range of the folded form in [`WordBuffer::folded`].
    folded: (u32, u32),
    /// First letter written as a capital.
    pub capitalized: bool,
    /// At least two letters and no lowercase one: "CMA", "MALI". All-caps
    /// text carries no case information, so it does not count as a capital
    /// for the French-word rule.
    pub all_caps: bool,
    /// The elided article glued before the word, if any.
    pub elision: Elision,
    /// First word of a sentence: start of the text, or after `.`, `!`, `?`,
    /// `…`, a line break, or an opening quote. A capital there says nothing.
    pub sentence_start: bool,
    /// Which of the claims' word lookups may find the word (bits the
    /// claims define, [`claims_tag`]): worked out once per distinct word
    /// by indexing's pass, every bit set when not ([`ANY_CLASS`]), so
    /// that a clear bit always means the lookup would find nothing.
    pub classes: u8,
}

/// Reusable buffers holding the word stream of one text.
#[derive(Debug, Default, Clone)]
pub(crate) struct WordBuffer {
    words: Vec<Word>,
    /// The matcher's id of each word, when the analyzer's pass tagged
    /// every piece with it ([`Self::word_ids`]).
    ids: Vec<Option<WordId>>,
    /// Pieces whose tag says whether the claims read them as a harm word
    /// ([`claims_tag`]), and how many of those are.
    harm_read: usize,
    harm_words: usize,
    /// Every word's [`Word::classes`] or'ed together: a clear bit says
    /// no word of the stream has it.
    classes: u8,
    folded: String,
    lower: String,
    tmp: String,
}

impl WordBuffer {
    /// Replaces the stream by the words of `text`.
    pub fn fill(&mut self, text: &str) {
        self.clear();
        let mut prev_end = 0;
        let mut first = true;
        for (start, end) in Words::new(text) {
            let sentence_start = first || starts_sentence(&text[prev_end..start]);
            first = false;
            prev_end = end;
            let word = &text[start..end];
            let elision = elision_of(word);
            let mut first_piece = true;
            let (words, folded, lower, tmp) =
                (&mut self.words, &mut self.folded, &mut self.lower, &mut self.tmp);
            for_each_piece(word, |s, e| {
                let piece = &word[s..e];
                lowercase_into(piece, lower);
                fold_into(lower, tmp);
                let from = folded.len() as u32;
                folded.push_str(tmp);
                words.push(Word {
                    start: start + s,
                    end: start + e,
                    folded: (from, folded.len() as u32),
                    capitalized: piece.chars().next().is_some_and(char::is_uppercase),
                    all_caps: is_all_caps(piece),
                    elision: if first_piece { elision } else { Elision::None },
                    sentence_start: sentence_start && first_piece,
                    classes: ANY_CLASS,
                });
                first_piece = false;
            });
        }
        if !self.words.is_empty() {
            self.classes = ANY_CLASS;
        }
    }

    /// Empties the stream, for [`Self::push_piece`].
    pub fn clear(&mut self) {
        self.words.clear();
        self.ids.clear();
        self.folded.clear();
        self.harm_read = 0;
        self.harm_words = 0;
        self.classes = 0;
    }

    /// Appends a piece of `text` as the analyzer's one pass over it gives
    /// it ([`FrenchTokenizer::for_each_piece`]): pushing every piece of a
    /// text after [`Self::clear`] gives the stream [`Self::fill`] gives,
    /// from the analyzer's memo instead of folding each word again.
    ///
    /// [`FrenchTokenizer::for_each_piece`]: crate::analysis::FrenchTokenizer::for_each_piece
    pub fn push_piece(&mut self, text: &str, p: &AnalyzedPiece<'_>) {
        let (elision, sentence_start) = if p.first_piece {
            // The first piece starts past the elided article, if any (a
            // word without one, nearly all, is not sliced).
            let elision =
                if p.from == p.word.0 { Elision::None } else { elision_of_prefix(&text[p.word.0..p.from]) };
            // Most gaps are one space, which starts no sentence.
            let one_space = p.word.0 == p.prev_word_end + 1 && text.as_bytes()[p.prev_word_end] == b' ';
            (elision, p.first_word || (!one_space && starts_sentence(&text[p.prev_word_end..p.word.0])))
        } else {
            (Elision::None, false)
        };
        let mut classes = ANY_CLASS;
        if p.tag != UNTAGGED {
            let id = p.tag & ID_BITS;
            self.ids.push((id != NO_WORD_ID).then_some(id));
            if p.tag & HARM_READ != 0 {
                self.harm_read += 1;
                self.harm_words += usize::from(p.tag & HARM_WORD != 0);
                classes = (p.tag >> CLASS_SHIFT) as u8 & ANY_CLASS;
            }
        }
        self.classes |= classes;
        let from = self.folded.len() as u32;
        self.folded.push_str(p.folded);
        self.words.push(Word {
            start: p.from,
            end: p.to,
            folded: (from, self.folded.len() as u32),
            capitalized: p.capitalized,
            all_caps: p.all_caps,
            elision,
            sentence_start,
            classes,
        });
    }

    /// The matcher's id of each word, if every piece pushed was tagged
    /// with [`word_tag`].
    pub fn word_ids(&self) -> Option<&[Option<WordId>]> {
        (self.ids.len() == self.words.len()).then_some(self.ids.as_slice())
    }

    /// Whether the stream holds a word the claims read as a harm word, if
    /// every piece pushed was tagged with [`claims_tag`]: looked up once
    /// per distinct word by the analyzer's pass, not at each occurrence.
    pub fn holds_harm_word(&self) -> Option<bool> {
        (self.harm_read == self.words.len()).then_some(self.harm_words > 0)
    }

    /// The claims classes some word of the stream has ([`Word::classes`]).
    pub fn classes(&self) -> u8 {
        self.classes
    }

    /// The words, in text order.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// The lowercase, accent-folded form of `word`.
    pub fn folded(&self, word: &Word) -> &str {
        &self.folded[word.folded.0 as usize..word.folded.1 as usize]
    }
}

/// A tag's bits for the matcher's id of the word (the matcher's ids fit
/// in 24 bits: `entities::matcher` asserts it).
const ID_BITS: u32 = (1 << 24) - 1;

/// Where a tag keeps the word's claims classes ([`Word::classes`]), bits
/// 24 to 29.
const CLASS_SHIFT: u32 = 24;

/// Every claims class bit: the [`Word::classes`] of a word not worked out.
pub(crate) const ANY_CLASS: u8 = (1 << 6) - 1;

/// The tag of a word the matcher has no id for (below `ID_BITS`, so that
/// no tag is [`UNTAGGED`]).
const NO_WORD_ID: u32 = ID_BITS - 1;

/// A tag's bit saying that [`HARM_WORD`] and the classes were worked out.
const HARM_READ: u32 = 1 << 30;

/// A tag's bit for a word the claims read as a harm word.
const HARM_WORD: u32 = 1 << 31;

/// The analyzer's tag of a folded word the matcher gives `id`
/// ([`crate::analysis::FrenchTokenizer::for_each_tagged_piece`]).
pub(crate) fn word_tag(id: Option<WordId>) -> u32 {
    id.filter(|&id| id < NO_WORD_ID).unwrap_or(NO_WORD_ID)
}

/// `tag` ([`word_tag`]) with whether the claims read the word as a harm
/// word ([`WordBuffer::holds_harm_word`]) and its claims `classes` (six
/// bits, [`Word::classes`]).
pub(crate) fn claims_tag(tag: u32, harm_word: bool, classes: u8) -> u32 {
    tag | u32::from(classes & ANY_CLASS) << CLASS_SHIFT | HARM_READ | if harm_word { HARM_WORD } else { 0 }
}

/// At least two letters and no lowercase one (see [`Word::all_caps`]).
fn is_all_caps(piece: &str) -> bool {
    let letters = piece.chars().filter(|c| c.is_alphabetic()).take(2).count();
    letters >= 2 && !piece.chars().any(char::is_lowercase)
}

/// The elided article glued before `word`, if any.
fn elision_of(word: &str) -> Elision {
    elision_of_prefix(&word[..elided_prefix_len(word)])
}

/// Which elided article `prefix` (apostrophe included, or "") is.
fn elision_of_prefix(prefix: &str) -> Elision {
    match prefix.len() {
        0 => Elision::None,
        n if prefix.starts_with(['d', 'D']) && n <= 1 + '\u{2019}'.len_utf8() => Elision::De,
        _ => Elision::Other,
    }
}

/// Does the gap between two words end a sentence? An opening quote does
/// too; a straight `"` glued to the word before it closes a quotation
/// ("l'héroïsme des forces spéciales" françaises) and does not.
fn starts_sentence(gap: &str) -> bool {
    if gap.bytes().all(|b| b == b' ') {
        // Most gaps: one space.
        return false;
    }
    let gap_end = gap.trim_end();
    gap.contains(['.', '!', '?', '…', '\n'])
        || gap_end.ends_with(['«', '“'])
        || (gap_end.ends_with('"') && gap_end.len() > 1)
}

/// The folded words of a vocabulary entry, joined by single spaces: the key
/// under which it is matched and resolved ("Coordination des mouvements de
/// l'Azawad" → `coordination des mouvements de azawad`).
pub(crate) fn key(entry: &str) -> String {
    thread_local! {
        // Reused: loading the vocabularies keys every name of places.tsv
        // (tens of thousands), at the start of every process.
        static BUFFER: std::cell::RefCell<WordBuffer> = std::cell::RefCell::default();
    }
    BUFFER.with_borrow_mut(|buffer| {
        buffer.fill(entry);
        let mut out = String::with_capacity(entry.len());
        for w in buffer.words() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(buffer.folded(w));
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        let mut b = WordBuffer::default();
        b.fill(text);
        b.words().iter().map(|w| b.folded(w).to_owned()).collect()
    }

    #[test]
    fn keeps_stop_words_and_strips_elided_articles() {
        assert_eq!(
            folded("de la Coordination des mouvements de l'Azawad (CMA)"),
            ["de", "la", "coordination", "des", "mouvements", "de", "azawad", "cma"]
        );
        assert_eq!(folded("Al-Qaïda, c'est-à-dire"), ["al", "qaida", "est", "a", "dire"]);
    }

    #[test]
    fn remembers_spans_case_and_cues() {
        let text = "Il faut le dire : à Diré, près d'Ansongo. « Boni » CMA";
        let mut b = WordBuffer::default();
        b.fill(text);
        let w = b.words();
        let dire = w.iter().find(|w| &text[w.start..w.end] == "Diré").unwrap();
        assert!(dire.capitalized && !dire.sentence_start && !dire.all_caps);
        let ansongo = w.iter().find(|w| &text[w.start..w.end] == "Ansongo").unwrap();
        assert_eq!(ansongo.elision, Elision::De);
        let boni = w.iter().find(|w| &text[w.start..w.end] == "Boni").unwrap();
        assert!(boni.sentence_start);
        assert!(w.last().unwrap().all_caps);
        assert!(w[0].sentence_start);
        // A straight quote glued to the word before closes a quotation.
        let mut b = WordBuffer::default();
        b.fill("des \"forces spéciales\" françaises, et \"Boni\"");
        let w = b.words();
        assert!(w[1].sentence_start && !w[3].sentence_start && w[5].sentence_start);
    }

    #[test]
    fn the_analyzer_pass_gives_the_same_stream() {
        let texts = [
            "Il faut le dire : à Diré, près d'Ansongo. « Boni » CMA",
            "des \"forces spéciales\" françaises, et \"Boni\" aujourd'hui L’ÉTAT islamique 1,5 km",
            "Qu'il vienne !\nJusqu’à l'Azawad, c'est-à-dire ÉI \u{1920} x",
            "",
        ];
        let mut tokenizer = crate::analysis::FrenchTokenizer::default();
        for text in texts {
            let mut filled = WordBuffer::default();
            filled.fill(text);
            let mut pushed = WordBuffer::default();
            // Twice: the second time from the analyzer's memo.
            for _ in 0..2 {
                pushed.clear();
                tokenizer.for_each_piece(text, |p| pushed.push_piece(text, p));
                assert_eq!(pushed.words.len(), filled.words.len(), "{text}");
                for (a, b) in pushed.words().iter().zip(filled.words()) {
                    assert_eq!(pushed.folded(a), filled.folded(b), "{text}");
                    assert_eq!(
                        (a.start, a.end, a.capitalized, a.all_caps, a.elision, a.sentence_start),
                        (b.start, b.end, b.capitalized, b.all_caps, b.elision, b.sentence_start),
                        "{text}"
                    );
                }
            }
        }
    }

    #[test]
    fn tags_carry_the_word_id_and_the_harm_word_flag() {
        let text = "Trois soldats tués près de Kidal";
        let id_of = |w: &str| match w {
            "kidal" => Some(7),
            "soldats" => Some(3),
            _ => None,
        };
        let mut tokenizer = crate::analysis::FrenchTokenizer::default();
        let mut plain = WordBuffer::default();
        tokenizer.for_each_tagged_piece(text, &|w| word_tag(id_of(w)), |p| plain.push_piece(text, p));
        assert_eq!(plain.word_ids().unwrap(), [None, Some(3), None, None, None, Some(7)]);
        assert_eq!(plain.holds_harm_word(), None);
        assert!(plain.words().iter().all(|w| w.classes == ANY_CLASS));
        for (harm, expected) in [("tues", true), ("blesses", false)] {
            let classes = |w: &str| match w {
                "trois" => 0b10_0001,
                "de" => ANY_CLASS,
                _ => 0,
            };
            let tag = |w: &str| claims_tag(word_tag(id_of(w)), w == harm, classes(w));
            let mut tagged = WordBuffer::default();
            let mut tokenizer = crate::analysis::FrenchTokenizer::default();
            tokenizer.for_each_tagged_piece(text, &tag, |p| tagged.push_piece(text, p));
            assert_eq!(tagged.word_ids(), plain.word_ids());
            assert_eq!(tagged.holds_harm_word(), Some(expected));
            let got: Vec<u8> = tagged.words().iter().map(|w| w.classes).collect();
            assert_eq!(got, [0b10_0001, 0, 0, 0, ANY_CLASS, 0]);
        }
        plain.clear();
        assert_eq!(plain.holds_harm_word(), Some(false));
    }

    #[test]
    fn keys_ignore_case_accents_hyphens_and_articles() {
        assert_eq!(key("Coordination des mouvements de l'Azawad"), "coordination des mouvements de azawad");
        assert_eq!(key("Al-Qaïda"), key("al qaida"));
        assert_eq!(key("État islamique"), "etat islamique");
    }
}
