//! Step 4 of the French analyzer: stop words.
//!
//! The list is data (`index_schema/stopwords.txt`), embedded at compile time.
//! Words are compared lowercase and still accented: `sûr` is a word, `sur` a
//! stop word.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const STOPWORDS_TXT: &str = include_str!("../../index_schema/stopwords.txt");

/// Is `lowercase_word` (accents kept) a stop word?
pub fn is_stop_word(lowercase_word: &str) -> bool {
    // Stop words are short; longer tokens skip the hash lookup.
    lowercase_word.len() <= 12 && set().contains(lowercase_word)
}

fn set() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        STOPWORDS_TXT.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_words_are_not_their_unaccented_stop_word() {
        for w in ["le", "à", "a", "qu", "des", "sur", "mais"] {
            assert!(is_stop_word(w), "{w}");
        }
        for w in ["sûr", "né", "dés", "maïs", "avions", "été", "armée"] {
            assert!(!is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn list_is_short_and_lowercase() {
        assert!(set().len() > 100);
        assert!(set().iter().all(|w| w.len() <= 12 && *w == w.to_lowercase()));
    }
}
