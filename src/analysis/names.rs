//! Known names: capitalized names from the vocabularies are not stemmed.
//!
//! Snowball knows no names: it stems `Boni` (a town) into `bon`, `Diré` into
//! `dir` (the stem of "dire"), `Mali` into `mal`, so a search for the town
//! would drown in "bon", "bonne" and "dire". The single-word names of the
//! vocabularies in `index_schema/` (places.tsv `name` and `aliases`,
//! actors.toml `aliases` and `acronyms`) are loaded once into a set of folded
//! words; a token written with a capital first letter whose folded form is in
//! the set gets its folded form as term, unstemmed. Since the same analyzer
//! runs on queries, `Boni` in a query meets `Boni` in the text and nothing
//! else.
//!
//! Rules, and why:
//! - a name that is not also a French word (`Minusma`, `Kidal`,
//!   `Tombouctou`) is a name in any case: `minusma` typed in lowercase must
//!   find "Minusma";
//! - a name that is also a French word ([`is_ambiguous_name`]: places.tsv
//!   rows flagged `french_word`, e.g. Boni/boni, Diré/dire, Mali/mali) is a
//!   name only when capitalized (`Boni`, `BONI`); the lowercase word keeps
//!   the normal stemmed term, because in running text the lowercase word is
//!   the common word. A name at the start of a sentence is capitalized too:
//!   `Dire que…` is indexed as the name. That is accepted (it costs one
//!   sentence-initial word). The search layer lets a lowercase query word
//!   such as `boni` find both the town and the common word;
//! - names that are also ordinary, frequent French words *used capitalized
//!   as common words* are left out (`COMMON_WORDS`): the compass points
//!   and `Centre` are written with a capital as region names ("le Nord du
//!   Mali"), yet a reader searching `nord` means them too. Other names flagged
//!   `french_word` in places.tsv (Boni, Diré, Ber, Mali, Logo, Ména…) keep
//!   the rule: as capitalized words in news they are the place;
//! - only the vocabulary entries that start with a capital are names: the
//!   lowercase aliases of actors.toml (`junte`, `chasseurs dozos`) are
//!   descriptions, not names;
//! - multi-word names (`Ansar Dine`) only matter through their words; a word
//!   of a multi-word name is not a name on its own (`Dine`, `Grand`).

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// The folded single-word names, one a line: `build.rs` computes them from
/// `index_schema/` with `name_lists.rs` (reading places.tsv and actors.toml
/// cost every process about 37 M instructions at start).
const KNOWN_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/known_names.txt"));
/// The folded names that are also French words, one a line (`build.rs`).
const AMBIGUOUS_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/ambiguous_names.txt"));

/// Is `folded` (lowercase, without accents) a known single-word name?
///
/// The analyzer applies this only to capitalized tokens: lowercase `boni` or
/// `dire` in a text or a query keeps its ordinary stemmed term. The search
/// layer may call it to decide what a lowercase query word means.
pub fn is_known_name(folded: &str) -> bool {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| KNOWN_NAMES.lines().collect()).contains(folded)
}

/// Is `folded` a known name that is also an ordinary French word (Boni,
/// Diré, Mali, Ber…), so that only its capitalized form means the name?
pub fn is_ambiguous_name(folded: &str) -> bool {
    static AMBIGUOUS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    AMBIGUOUS.get_or_init(|| AMBIGUOUS_NAMES.lines().collect()).contains(folded)
}

/// Does the name rule give `folded` its unstemmed term? Known names do,
/// except ambiguous ones written without a capital.
pub fn takes_name_term(folded: &str, capitalized: bool) -> bool {
    is_known_name(folded) && (capitalized || !is_ambiguous_name(folded))
}

/// The tab-separated fields of `line`, into `out` (cleared first). Every
/// process reads places.tsv (33k lines) at start: `str::split` sets up a
/// searcher per field (fields are short), costlier than this byte loop.
pub(crate) fn tsv_fields<'a>(line: &'a str, out: &mut Vec<&'a str>) {
    out.clear();
    out.extend(TabFields { line, pos: 0 });
}

/// Iterator over the tab-separated fields of a line.
struct TabFields<'a> {
    line: &'a str,
    /// Start of the next field; past the end when done.
    pos: usize,
}

impl<'a> Iterator for TabFields<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.pos;
        if start > self.line.len() {
            return None;
        }
        let rest = &self.line.as_bytes()[start..];
        let len = rest.iter().position(|&b| b == b'\t').unwrap_or(rest.len());
        self.pos = start + len + 1;
        // A tab is one byte: both ends are char boundaries.
        Some(&self.line[start..start + len])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_build_rs_wrote_are_those_of_the_data_files() {
        let places = include_str!("../../index_schema/places.tsv");
        let actors = include_str!("../../index_schema/actors.toml");
        assert_eq!(
            KNOWN_NAMES.lines().collect::<Vec<_>>(),
            super::super::name_lists::known_names(places, actors)
        );
        assert_eq!(
            AMBIGUOUS_NAMES.lines().collect::<Vec<_>>(),
            super::super::name_lists::ambiguous_names(places)
        );
    }

    #[test]
    fn tsv_fields_split_like_str_split() {
        let mut out = Vec::new();
        for line in ["a\tb\t\tc", "", "\t", "é\tx\t", "one"] {
            tsv_fields(line, &mut out);
            assert_eq!(out, line.split('\t').collect::<Vec<_>>(), "{line:?}");
        }
    }

    #[test]
    fn vocabulary_names_are_known_folded() {
        for name in ["boni", "dire", "ber", "mali", "minusma", "wagner", "tombouctou", "gatia"] {
            assert!(is_known_name(name), "{name}");
        }
    }

    #[test]
    fn only_french_word_names_need_a_capital() {
        for name in ["boni", "dire", "ber", "mali"] {
            assert!(is_ambiguous_name(name), "{name}");
            assert!(!takes_name_term(name, false) && takes_name_term(name, true), "{name}");
        }
        for name in ["minusma", "kidal", "tombouctou", "lere"] {
            assert!(!is_ambiguous_name(name) && takes_name_term(name, false), "{name}");
        }
    }

    #[test]
    fn common_words_and_multi_word_parts_are_not_names() {
        for word in ["nord", "est", "centre", "junte", "dine", "bon", "armee"] {
            assert!(!is_known_name(word), "{word}");
        }
    }
}
