//! French text analysis: from raw text to index terms.
//!
//! One analyzer, registered under [`ANALYZER_NAME`], serves indexing,
//! queries and highlighting, so a word always meets its own spelling. The
//! steps, in order (the order was measured best on the 480k forms of the
//! LEFFF lexicon: folding before stemming finds the accented forms that
//! stem-then-fold misses):
//!
//! 1. [`segment`]: split on runs of letters and digits, apostrophes kept
//!    between letters;
//! 2. [`elision`]: drop `l'`, `qu’`, `jusqu'`…; split on other apostrophes;
//! 3. lowercase;
//! 4. [`stopwords`]: drop function words, checked still accented;
//! 5. tokens holding digits are kept as they are (`13h30`, `2015`);
//! 6. [`fold`]: remove diacritics (`œ` → `oe`);
//! 7. put the accent back on `-ee(s)`, `-iere(s)` for the stemmer;
//! 8. [`stem`]: Snowball French (rust-stemmers);
//! 9. fold again.
//!
//! Every step after 6 sees only the folded word, so a word and its
//! unaccented spelling get the same term by construction.

pub mod elision;
pub mod fold;
pub mod segment;
pub mod stem;
pub mod stopwords;
mod tokenizer;

pub use tokenizer::{AnalyzedToken, FrenchTokenStream, FrenchTokenizer};

use tantivy::tokenizer::TextAnalyzer;

/// Name under which the French analyzer is registered in the index.
pub const ANALYZER_NAME: &str = "fr_news";

/// The French analyzer as a tantivy [`TextAnalyzer`].
pub fn text_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(FrenchTokenizer::default())
}

/// Registers the analyzers the schema names on `index`.
pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(ANALYZER_NAME, text_analyzer());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        FrenchTokenizer::default().terms(text)
    }

    #[test]
    fn accents_typed_or_not_give_the_same_terms() {
        assert_eq!(
            terms("L'armée malienne a confirmé qu’il y avait des morts à Léré, selon l’AFP"),
            terms("L'armee malienne a confirme qu'il y avait des morts a Lere, selon l'AFP"),
        );
    }

    #[test]
    fn stop_words_and_elisions_are_gone() {
        let t = terms("L'armée malienne a confirmé qu’il y avait des morts à Léré, selon l’AFP");
        for stop in ["l", "qu", "a", "à", "des", "il"] {
            assert!(!t.iter().any(|x| x == stop), "{stop} in {t:?}");
        }
        assert_eq!(t.iter().filter(|x| *x == "afp").count(), 1);
    }

    #[test]
    fn digits_are_not_stemmed() {
        assert_eq!(terms("vers 13H30 en 2015"), ["ver", "13h30", "2015"]);
    }

    #[test]
    fn inflections_meet() {
        assert_eq!(terms("tués"), terms("tues"));
        assert_eq!(terms("avions"), terms("avion"));
        assert_eq!(terms("attaqués"), terms("attaque"));
    }

    #[test]
    fn positions_count_stop_words_and_offsets_point_into_the_text() {
        let text = "l'accord de paix";
        let mut seen = Vec::new();
        FrenchTokenizer::default()
            .for_each_token(text, |t| seen.push((t.position, &text[t.from..t.to], t.folded.to_owned())));
        assert_eq!(seen, [(0, "accord", "accord".to_owned()), (2, "paix", "paix".to_owned())]);
    }
}
