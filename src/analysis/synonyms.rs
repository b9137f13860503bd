//! Spelling variants: `djihadiste` is `jihadiste`, `Daesh` is `Daech`.
//!
//! News French spells the same word several ways (transliterations, French
//! and English forms). The variants are data, `index_schema/synonyms.tsv`
//! (variant → canonical, on folded words), embedded at compile time. The
//! analyzer rewrites a folded word to its canonical spelling before stemming,
//! so every spelling gets one term and a query in one spelling finds the
//! others; the highlighter re-analyzes the passage and so marks whichever
//! spelling the text has. A `*` rule rewrites a prefix (`djihad*` →
//! `jihad*`), so that inflections and derivatives follow without listing them.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const SYNONYMS_TSV: &str = include_str!("../../index_schema/synonyms.tsv");

/// The parsed rewrite rules.
struct Rules {
    /// Whole-word rewrites.
    words: HashMap<&'static str, &'static str>,
    /// Prefix rewrites, longest variant first.
    prefixes: Vec<(&'static str, &'static str)>,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut rules = Rules { words: HashMap::default(), prefixes: Vec::new() };
        for line in SYNONYMS_TSV.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((variant, canonical)) = line.split_once('\t') else {
                continue;
            };
            let (variant, canonical) = (variant.trim(), canonical.trim());
            match (variant.strip_suffix('*'), canonical.strip_suffix('*')) {
                (Some(v), Some(c)) => rules.prefixes.push((v, c)),
                _ => {
                    rules.words.insert(variant, canonical);
                }
            }
        }
        rules.prefixes.sort_by_key(|(v, _)| std::cmp::Reverse(v.len()));
        rules
    })
}

/// Writes the canonical spelling of the folded `word` into `out` (cleared
/// first) and returns true, or returns false if `word` has no variant rule.
pub fn canonical_into(word: &str, out: &mut String) -> bool {
    let rules = rules();
    if let Some(canonical) = rules.words.get(word) {
        out.clear();
        out.push_str(canonical);
        return true;
    }
    for (variant, canonical) in &rules.prefixes {
        if let Some(rest) = word.strip_prefix(variant) {
            out.clear();
            out.push_str(canonical);
            out.push_str(rest);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(w: &str) -> String {
        let mut out = String::new();
        if canonical_into(w, &mut out) { out } else { w.to_owned() }
    }

    #[test]
    fn variants_are_rewritten() {
        assert_eq!(canon("djihadistes"), "jihadistes");
        assert_eq!(canon("djihad"), "jihad");
        assert_eq!(canon("touaregues"), "touaregs");
        assert_eq!(canon("qaeda"), "qaida");
        assert_eq!(canon("daesh"), "daech");
        assert_eq!(canon("timbuktu"), "tombouctou");
    }

    #[test]
    fn other_words_are_left_alone() {
        assert_eq!(canon("jihadiste"), "jihadiste");
        assert_eq!(canon("armee"), "armee");
        assert_eq!(canon("djihaa"), "djihaa");
    }
}
