//! Rule phrases in a passage's word stream: every phrase of the rules
//! starting at each word (one hash lookup a word, longest first), with an
//! elided "d'" standing for a rule's "de"; and the passage's sentences and
//! quotations, which every later step bounds its search by.

use super::*;

/// Does the word stream hold a phrase whose cue passes `pred`?
pub(crate) fn has_cue(rules: &Rules, words: &WordBuffer, pred: impl Fn(&Cue) -> bool) -> bool {
    let w = words.words();
    (0..w.len()).any(|i| {
        if w[i].classes & crate::claims::rules::classes::STARTS_PHRASE == 0 {
            return false;
        }
        let first = words.folded(&w[i]);
        rules.starting_with(first).iter().any(|e| pred(&e.cue) && match_len(words, i, e, false).is_some())
    })
}

/// Matches `entry` at word `i`; `virtual_de` when the entry's first word
/// "de" stands for the elided `d'` glued to word `i`. Returns the words
/// consumed.
fn match_len(words: &WordBuffer, i: usize, entry: &Entry, virtual_de: bool) -> Option<usize> {
    let w = words.words();
    let mut k = usize::from(virtual_de);
    let mut j = i;
    // Whether the elided d' of word j is still there to stand for a "de".
    let mut de_left = !virtual_de && w[i].elision == Elision::De;
    let mut first = true;
    while k < entry.words.len() {
        if j >= w.len() {
            return None;
        }
        if !first && de_left && &*entry.words[k] == "de" {
            de_left = false;
            k += 1;
            continue;
        }
        if !crate::analysis::same_str(words.folded(&w[j]), &entry.words[k]) {
            return None;
        }
        first = false;
        k += 1;
        j += 1;
        de_left = j < w.len() && w[j].elision == Elision::De;
    }
    Some(j - i)
}

impl Passage<'_> {
    /// Step 1: phrases, sentences, quotations.
    pub(super) fn find_phrases(&self, s: &mut ClaimScratch) {
        let n = self.n();
        s.found.clear();
        s.found_at.clear();
        s.sentence.clear();
        s.quote.clear();
        s.sites.get_mut().clear();
        s.sites_read.set(false);
        s.attack_told.set(None);
        s.security_victims.set(None);
        let (mut sentence, mut quote, mut depth, mut straight_open, mut quotes) =
            (0u32, 0u32, 0u32, false, 0u32);
        for i in 0..n {
            let gap = self.gap(i);
            // "M. Keïta": the period of a title ends no sentence, nor the
            // one of a name's initial ("Tina E., 16 ans, a été abattue").
            if i > 0
                && gap != " "
                && gap.contains(['.', '!', '?', '…', '\n', ';'])
                && !(gap == ". " && self.honorific(i - 1))
                && !(matches!(gap, ". " | "., ") && self.initial(i - 1))
            {
                sentence += 1;
            }
            // A straight quote glued to the word before it and followed by
            // a space or punctuation closes a quotation, whatever came
            // before: a paragraph may open in the middle of one (`…
            // s'enfuir", a expliqué le maire`).
            let glued_close = |at: usize| {
                i > 0
                    && !gap[..at].contains(char::is_whitespace)
                    && gap[at + 1..].starts_with(|c: char| c.is_whitespace() || ",.;:!?)".contains(c))
            };
            for (at, c) in gap.char_indices() {
                match c {
                    '«' | '“' => {
                        depth += 1;
                        quotes += 1;
                        quote = quotes;
                    }
                    '»' | '”' => depth = depth.saturating_sub(1),
                    '"' => {
                        if !straight_open && glued_close(at) {
                            // Closes a quotation opened before the passage.
                            depth = depth.saturating_sub(1);
                            continue;
                        }
                        if straight_open {
                            depth = depth.saturating_sub(1);
                        } else {
                            depth += 1;
                            quotes += 1;
                            quote = quotes;
                        }
                        straight_open = !straight_open;
                    }
                    _ => {}
                }
            }
            s.sentence.push(sentence);
            s.quote.push(if depth > 0 { quote } else { 0 });
        }
        // "en fin d'après-midi": a phrase of a source cut off a compound
        // ("d'après" of "après-midi") is none.
        let cut = |e: &Entry, end: usize| matches!(e.cue, Cue::According) && end < n && self.gap(end) == "-";
        for (i, word) in self.words.words().iter().enumerate() {
            let from = s.found.len() as u32;
            let first = self.folded(i);
            let phrases = if word.classes & crate::claims::rules::classes::STARTS_PHRASE != 0 {
                self.rules.starting_with(first)
            } else {
                &[]
            };
            // Most phrases of a common first word ("la", "de", "source")
            // fail on their second word: the test `match_len` would make
            // first, made here once per word (the next word, or the
            // elided d' glued to it standing for a "de").
            let next = if phrases.is_empty() { None } else { self.words.words().get(i + 1) }
                .map(|w| (self.words.folded(w), w.elision == Elision::De));
            for e in phrases {
                if let Some(second) = e.words.get(1)
                    && !next.is_some_and(|(w, de)| {
                        crate::analysis::same_str(w, second) || (de && &**second == "de")
                    })
                {
                    continue;
                }
                if let Some(len) = match_len(self.words, i, e, false)
                    && s.sentence[i + len - 1] == s.sentence[i]
                    && !cut(e, i + len)
                    && (!e.cased
                        || (i..i + len).all(|k| self.text[self.start(k)..].starts_with(char::is_uppercase)))
                {
                    s.found.push(Found { len, entry: e });
                }
            }
            if word.elision == Elision::De {
                for e in self.rules.starting_with("de").iter().filter(|e| e.words.len() > 1) {
                    if let Some(len) = match_len(self.words, i, e, true)
                        && s.sentence[i + len - 1] == s.sentence[i]
                        && !cut(e, i + len)
                    {
                        s.found.push(Found { len, entry: e });
                    }
                }
            }
            s.found_at.push((from, s.found.len() as u32));
        }
    }

    /// The phrases found at word `i`, longest first.
    pub(super) fn at<'s>(&self, s: &'s ClaimScratch, i: usize) -> &'s [Found] {
        match s.found_at.get(i) {
            Some(&(a, b)) => &s.found[a as usize..b as usize],
            None => &[],
        }
    }

    pub(super) fn find<'s>(
        &self,
        s: &'s ClaimScratch,
        i: usize,
        pred: impl Fn(&Cue) -> bool,
    ) -> Option<&'s Found> {
        self.at(s, i).iter().find(|f| pred(&f.entry.cue))
    }
}
