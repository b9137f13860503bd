//! Snippets: the part of a passage to show, with the matched words marked.
//!
//! The passage is re-analyzed with the index's own analyzer, whose tokens
//! carry byte offsets into the original text: a match is marked exactly as
//! it was written (`armée` for the query `armee`), and a phrase is marked
//! only where its words stand in sequence. tantivy's `SnippetGenerator`
//! returns one HTML fragment and does not know phrases, hence this module.
//!
//! Offsets in a [`Snippet`] are in characters (not bytes), so that scripts
//! in any language can slice the snippet text with them.

use std::collections::HashMap;

use super::query::MatchPatterns;
use crate::analysis::FrenchTokenizer;
use crate::entities::{Extractor, Mention};

/// Passages up to this many characters are shown whole.
pub const WHOLE_PASSAGE_CHARS: usize = 400;
/// Length of a fragment of a longer passage, in characters.
const FRAGMENT_CHARS: usize = 200;
/// At most this many fragments of one passage.
const MAX_FRAGMENTS: usize = 3;
/// Words of context kept before a match.
const CONTEXT_BEFORE_CHARS: usize = 60;

/// Text shown for a hit, with highlight ranges.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// The snippet text; fragments of a long passage are joined by ` … `.
    pub text: String,
    /// Highlighted ranges, as `[start, end)` character offsets in `text`,
    /// in order and not overlapping.
    pub highlights: Vec<(usize, usize)>,
}

/// Byte ranges of `text` matched by `patterns`, in order: the words of the
/// query as analyzed, and those of `mentions` (the text's entities, which
/// the caller has already extracted) that stand for a query word.
pub fn matches(
    analyzer: &mut FrenchTokenizer,
    extractor: &Extractor,
    text: &str,
    mentions: &[Mention],
    patterns: &MatchPatterns,
) -> Vec<(usize, usize)> {
    // Only the tokens a pattern could mark are kept, each with the index of
    // its term among the patterns' terms: no copy of every word, and a
    // position may hold more than one term (prefix splits).
    let mut terms: Vec<&str> = Vec::new();
    for pattern in &patterns.patterns {
        for (_, t) in pattern {
            if !terms.contains(&t.as_str()) {
                terms.push(t);
            }
        }
    }
    const NO_TERM: usize = usize::MAX;
    let mut tokens: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut marked: Vec<bool> = Vec::new();
    let any_word = !terms.is_empty() || !patterns.fuzzy.is_empty();
    analyzer.for_each_token(if any_word { text } else { "" }, |t| {
        let fuzzy = patterns.fuzzy.iter().any(|f| within(t.term, &f.term, f.distance));
        let k = terms.iter().position(|x| *x == t.term).unwrap_or(NO_TERM);
        if fuzzy || k != NO_TERM {
            tokens.push((t.position, t.from, t.to, k));
            marked.push(fuzzy);
        }
    });
    let at: HashMap<(usize, usize), usize> =
        tokens.iter().enumerate().filter(|(_, t)| t.3 != NO_TERM).map(|(i, t)| ((t.0, t.3), i)).collect();
    for pattern in &patterns.patterns {
        let Some((_, first)) = pattern.first() else { continue };
        let Some(first) = terms.iter().position(|x| x == first) else { continue };
        for (i, &(pos, _, _, k)) in tokens.iter().enumerate() {
            if k != first {
                continue;
            }
            let found: Option<Vec<usize>> = pattern
                .iter()
                .map(|(off, t)| {
                    let k = terms.iter().position(|x| x == t)?;
                    at.get(&(pos + off, k)).copied()
                })
                .collect();
            if let Some(found) = found {
                marked[i] = true;
                for j in found {
                    marked[j] = true;
                }
            }
        }
    }
    let mut ranges: Vec<(usize, usize)> =
        tokens.iter().zip(&marked).filter(|(_, m)| **m).map(|((_, from, to, _), _)| (*from, *to)).collect();
    if !patterns.entities.is_empty() {
        for m in mentions {
            if patterns.entities.contains(&extractor.facet_path(m.entity)) {
                ranges.push((m.start, m.end));
            }
        }
    }
    merge(ranges)
}

/// Is `a` within `max` edits of `b` (insertions, deletions, substitutions
/// and transpositions of neighbours, as tantivy's fuzzy query counts)?
pub fn within(a: &str, b: &str, max: u8) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let max = max as usize;
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Optimal string alignment distance, three rows.
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

/// Sorted, with overlapping or nested ranges merged: a mention ("Groupe de
/// soutien … (GSIM)") may hold words marked on their own.
fn merge(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// The whole of `text` with these byte-range `marks`, as character ranges.
pub fn whole(text: &str, marks: &[(usize, usize)]) -> Snippet {
    let mut highlights = Vec::with_capacity(marks.len());
    let (mut byte, mut chars) = (0, 0);
    for &(s, e) in marks {
        chars += text[byte..s].chars().count();
        let len = text[s..e].chars().count();
        highlights.push((chars, chars + len));
        chars += len;
        byte = e;
    }
    Snippet { text: text.to_owned(), highlights }
}

/// The snippet of `text` for these byte-range `marks`.
pub fn snippet(text: &str, marks: &[(usize, usize)]) -> Snippet {
    let total_chars = text.chars().count();
    let fragments: Vec<(usize, usize)> =
        if total_chars <= WHOLE_PASSAGE_CHARS { vec![(0, text.len())] } else { fragments(text, marks) };
    let mut out = Snippet::default();
    let mut out_chars = 0;
    for (n, &(from, to)) in fragments.iter().enumerate() {
        if n > 0 || from > 0 {
            out.text.push_str(if n > 0 { " … " } else { "… " });
            out_chars += if n > 0 { 3 } else { 2 };
        }
        let fragment = &text[from..to];
        for &(s, e) in marks.iter().filter(|(s, e)| *s >= from && *e <= to) {
            let start = out_chars + text[from..s].chars().count();
            out.highlights.push((start, start + text[s..e].chars().count()));
        }
        out.text.push_str(fragment);
        out_chars += fragment.chars().count();
    }
    if fragments.last().is_some_and(|&(_, to)| to < text.len()) {
        out.text.push_str(" …");
    }
    out
}

/// Up to [`MAX_FRAGMENTS`] windows of a long passage around its marks, in
/// text order, cut at word boundaries.
fn fragments(text: &str, marks: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if marks.is_empty() {
        return vec![(0, cut_end(text, 0, FRAGMENT_CHARS * 2))];
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(s, _) in marks {
        if out.len() == MAX_FRAGMENTS {
            break;
        }
        if out.last().is_some_and(|&(_, end)| s < end) {
            continue;
        }
        let start = cut_start(text, s, CONTEXT_BEFORE_CHARS);
        let start = out.last().map_or(start, |&(_, end)| start.max(end));
        out.push((start, cut_end(text, start, FRAGMENT_CHARS)));
    }
    // Fragments that touch are one.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if text[last.1..s].trim().is_empty() => last.1 = e,
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// A start up to `chars` characters before `at`, on a word boundary.
fn cut_start(text: &str, at: usize, chars: usize) -> usize {
    let before = &text[..at];
    let Some((back, _)) = before.char_indices().rev().nth(chars) else { return 0 };
    match before[back..].find(' ') {
        Some(sp) => back + sp + 1,
        None => back,
    }
}

/// An end up to `chars` characters after `from`, on a word boundary.
fn cut_end(text: &str, from: usize, chars: usize) -> usize {
    let Some((end, _)) = text[from..].char_indices().nth(chars) else { return text.len() };
    let end = from + end;
    match text[from..end].rfind(' ') {
        Some(sp) if sp > 0 => from + sp,
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pats(ps: &[&[(usize, &str)]]) -> MatchPatterns {
        MatchPatterns {
            patterns: ps.iter().map(|p| p.iter().map(|(o, t)| (*o, t.to_string())).collect()).collect(),
            entities: Vec::new(),
            fuzzy: Vec::new(),
        }
    }

    fn marked(text: &str, p: &MatchPatterns) -> Vec<String> {
        let m = matches(&mut FrenchTokenizer::default(), Extractor::embedded(), text, &[], p);
        m.iter().map(|&(s, e)| text[s..e].to_owned()).collect()
    }

    #[test]
    fn marks_original_spelling() {
        let text = "L'armée malienne a confirmé. Les armées.";
        let mut a = FrenchTokenizer::default();
        let arme = a.terms("armee").pop().unwrap();
        assert_eq!(marked(text, &pats(&[&[(0, &arme)]])), ["armée", "armées"]);
    }

    #[test]
    fn marks_phrases_only_in_sequence() {
        let text = "la paix, puis l'accord de paix signé";
        let p = pats(&[&[(0, "accord"), (2, "paix")]]);
        assert_eq!(marked(text, &p), ["accord", "paix"]);
        let m = matches(&mut FrenchTokenizer::default(), Extractor::embedded(), text, &[], &p);
        assert!(m[1].0 > 20, "the first 'paix' is not part of the phrase");
    }

    #[test]
    fn edit_distance_counts_transpositions_as_one() {
        assert!(within("tombouctu", "tombouctou", 1));
        assert!(within("tomboutcou", "tombouctou", 1));
        assert!(!within("tombctu", "tombouctou", 2));
        assert!(within("kidal", "kidal", 0));
    }

    #[test]
    fn short_passages_are_whole_with_char_offsets() {
        let text = "À Léré, l'armée";
        let s = snippet(text, &[(3, 9)]);
        assert_eq!(s.text, text);
        assert_eq!(s.highlights, [(2, 6)]);
        let chars: Vec<char> = s.text.chars().collect();
        assert_eq!(chars[2..6].iter().collect::<String>(), "Léré");
    }

    #[test]
    fn long_passages_give_fragments_around_marks() {
        let filler = "mot ".repeat(150);
        let text = format!("{filler}Kidal {filler}Gao {filler}");
        let k = text.find("Kidal").unwrap();
        let g = text.find("Gao").unwrap();
        let s = snippet(&text, &[(k, k + 5), (g, g + 3)]);
        assert!(s.text.starts_with("… ") && s.text.ends_with(" …") && s.text.contains(" … "));
        let chars: Vec<char> = s.text.chars().collect();
        let words: Vec<String> = s.highlights.iter().map(|&(a, b)| chars[a..b].iter().collect()).collect();
        assert_eq!(words, ["Kidal", "Gao"]);
        assert!(s.text.chars().count() < 500);
    }
}
