//! Fuzz target: the French analyzer (`fr_news`) on arbitrary text.
//!
//! Highlights and the entity matcher trust the analyzer's offsets without
//! checking them, so beyond "never panics" this checks: offsets lie on
//! char boundaries with `from <= to <= len`, tokens come in text order
//! with non-decreasing positions, a stacked term shares the position of
//! the token before it, terms are non-empty, and a tokenizer reused after
//! another text gives exactly what a fresh one gives (its buffers carry
//! nothing over).

#![no_main]

use depeches::analysis::FrenchTokenizer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut fresh = FrenchTokenizer::default();
    let mut tokens = Vec::new();
    fresh.for_each_token(&text, |t| {
        tokens.push((t.from, t.to, t.position, t.term.to_owned(), t.folded.to_owned(), t.stacked))
    });
    let mut last: Option<(usize, usize)> = None;
    for (from, to, position, term, _, stacked) in &tokens {
        assert!(from <= to && *to <= text.len(), "offsets {from}..{to} of {}", text.len());
        assert!(text.is_char_boundary(*from) && text.is_char_boundary(*to), "offsets {from}..{to}");
        assert!(!term.is_empty(), "empty term at {from}..{to}");
        if let Some((last_from, last_position)) = last {
            assert!(*from >= last_from, "tokens out of order");
            assert!(*position >= last_position, "positions go back");
            if *stacked {
                assert_eq!(*position, last_position, "a stacked term shares its word's position");
            }
        } else {
            assert!(!stacked, "a stacked term with no word before it");
        }
        last = Some((*from, *position));
    }
    // Reuse: the same tokenizer after another text, and `terms`.
    let mut reused = FrenchTokenizer::default();
    reused.terms("L'antijihadiste armée d'Al-Qaïda à Tombouctou");
    let mut again = Vec::new();
    reused.for_each_token(&text, |t| {
        again.push((t.from, t.to, t.position, t.term.to_owned(), t.folded.to_owned(), t.stacked))
    });
    assert_eq!(tokens, again, "a reused tokenizer differs from a fresh one");
    let terms: Vec<String> = tokens.into_iter().map(|t| t.3).collect();
    assert_eq!(reused.terms(&text), terms);
});
