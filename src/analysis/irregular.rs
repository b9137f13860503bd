//! Irregular verbs: forms Snowball cannot bring to their verb's stem.
//!
//! `fait`/`faire`/`faisant`, `vu`/`voir`/`voyant`, `connu`/`connaître`: no
//! suffix rule relates these. A small table, hand-written from French
//! grammar (`index_schema/irregular.tsv`, embedded at compile time), rewrites
//! such a folded word to a form that Snowball stems like the rest of its
//! verb. It holds verbs, not a lexicon: a whole-word row (`vu` → `voi`) or an
//! ending row (`*connu` → `*connaiss`, so `reconnu` and `méconnu` follow).
//! Participles are listed masculine singular; their agreement endings
//! (`-e`, `-s`, `-es`) are tried too.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const IRREGULAR_TSV: &str = include_str!("../../index_schema/irregular.tsv");

/// Shortest non-empty rest of the word before an ending row's pattern: one
/// letter before `-fait` is no prefix.
const MIN_PREFIX: usize = 2;

/// Agreement endings tried after the word itself, as a participle takes them.
const AGREEMENTS: [&str; 3] = ["es", "s", "e"];

/// The parsed table.
struct Table {
    words: HashMap<&'static str, &'static str>,
    /// Ending rewrites, longest ending first.
    endings: Vec<(&'static str, &'static str)>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table { words: HashMap::default(), endings: Vec::new() };
        for line in IRREGULAR_TSV.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (pattern, replacement) =
                line.split_once('\t').expect("index_schema/irregular.tsv: pattern<TAB>replacement");
            match (pattern.strip_prefix('*'), replacement.strip_prefix('*')) {
                (Some(p), Some(r)) => table.endings.push((p, r)),
                (None, None) => {
                    table.words.insert(pattern, replacement);
                }
                _ => panic!("index_schema/irregular.tsv: `*` on one side only: {line}"),
            }
        }
        table.endings.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        table
    })
}

/// Rewrites the folded, lowercase `word` in place if it is an irregular verb
/// form of the table; returns whether it did.
pub fn rewrite(word: &mut String) -> bool {
    let table = table();
    let cuts = std::iter::once("").chain(AGREEMENTS.iter().copied());
    for cut in cuts.filter(|c| word.ends_with(c)) {
        let base = &word[..word.len() - cut.len()];
        if let Some(replacement) = table.words.get(base) {
            word.clear();
            word.push_str(replacement);
            return true;
        }
        for (ending, replacement) in &table.endings {
            if let Some(rest) = base.strip_suffix(ending)
                && (rest.is_empty() || rest.len() >= MIN_PREFIX)
            {
                word.truncate(rest.len());
                word.push_str(replacement);
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rw(w: &str) -> String {
        let mut s = w.to_owned();
        rewrite(&mut s);
        s
    }

    #[test]
    fn the_table_parses() {
        assert!(table().words.len() > 20 && !table().endings.is_empty());
    }

    #[test]
    fn participles_and_infinitives_meet() {
        assert_eq!(rw("fait"), rw("faire"));
        assert_eq!(rw("faites"), rw("faire"));
        assert_eq!(rw("satisfaite"), rw("satisfaire"));
        assert_eq!(rw("vues"), rw("voir"));
        assert_eq!(rw("reconnus"), rw("reconnaitre"));
        assert_eq!(rw("comprise"), rw("comprendre"));
        assert_eq!(rw("admis"), "admett");
        assert_eq!(rw("nee"), rw("naitre"));
    }

    #[test]
    fn other_words_are_left_alone() {
        for w in ["fa", "credit", "armee", "amis", "ennemis", "avions"] {
            assert_eq!(rw(w), w);
        }
    }
}
