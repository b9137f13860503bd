//! Light French rules around Snowball: plurals, feminines, glued prefixes.
//!
//! Snowball French is a verb-minded stemmer: it conflates conjugations well
//! but misses regular noun and adjective inflection (`abattu`/`abattus`: it
//! never strips the `s` after `u`; `journal`/`journaux`; `acteur`/`actrice`;
//! `vendeur`/`vendeuse`). Measured on the LEFFF (`examples/lefff.rs`), these
//! rules, run on the folded word *before* Snowball, bring noun and adjective
//! recall from ~90 % to Lucene's level without losing Snowball's verbs. They
//! are general French morphology written by hand, not a table drawn from the
//! lexicon, so they apply to words the lexicon lacks (`jihadistes`).
//!
//! Every rule reads only the folded word, so accents never change a term.

/// Shortest word the plural rule touches: shorter words are mostly function
/// words and irregulars (`fois`, `bus`, `pas`) where an `s` is no plural.
const MIN_PLURAL_LEN: usize = 5;

/// Rewrites the folded, lowercase `word` in place to the form Snowball
/// should stem: singular, and masculine where the feminine is regular.
pub fn pre_stem(word: &mut String) {
    if !word.is_ascii() {
        return;
    }
    singular(word);
    masculine(word);
}

/// `-ons` endings that are noun plurals (`nations`, `commissions`,
/// `annexions`), not verbs: Snowball treats a verb's `-tions`/`-sions` like
/// the noun's `-tion`, so dropping the `s` costs the verbs nothing.
const ION_NOUNS: [&str; 3] = ["tions", "sions", "xions"];

/// Plural → singular, for the regular plurals:
/// - `-eaux` → `-eau` (bureaux), `-aux` → `-al` (journaux, régionaux): the
///   `-ail` plurals (`travaux`) are too few to be worth an ambiguity;
/// - final `-s` dropped, except after `s` (`process`), in `-ons`, which is
///   far more often a verb ending (`parlons`, Snowball's job) than a plural,
///   and in `-ois`, a singular ending (`chinois`, whose feminine is
///   `chinoise`).
fn singular(word: &mut String) {
    let n = word.len();
    if n < MIN_PLURAL_LEN {
        return;
    }
    if word.ends_with("eaux") {
        word.truncate(n - 1);
    } else if word.ends_with("aux") {
        word.truncate(n - 2);
        word.push('l');
    } else if word.ends_with('s')
        && !word.ends_with("ss")
        && (!word.ends_with("ons") || ION_NOUNS.iter().any(|e| word.ends_with(e)))
        && !word.ends_with("ois")
    {
        word.truncate(n - 1);
    }
}

/// Feminine → masculine where French forms it regularly and Snowball does
/// not meet both: `-trice` → `-teur` (actrice), `-euse` → `-eur` (vendeuse),
/// and, so that adjectives in `-eux`/`-euse` meet too, `-eux` → `-eur`
/// (heureux, heureuse → `heureur`, a key, not a word).
fn masculine(word: &mut String) {
    let n = word.len();
    // Needs a stem of 3 letters before the ending: `cheveux`, not `jeux`.
    if n >= 7 && word.ends_with("trice") {
        word.truncate(n - 4);
        word.push_str("eur");
    } else if n >= 7 && word.ends_with("euse") {
        word.truncate(n - 2);
        word.push('r');
    } else if n >= 7 && word.ends_with("eux") {
        word.truncate(n - 1);
        word.push('r');
    }
}

/// Derivational endings that make a word of another family: Snowball strips
/// them (`augmentation` → `augment`, the stem of the verb), which merges
/// nouns, adjectives and adverbs with the verb they come from and costs
/// precision. A word with one of these endings (once singular) is kept
/// whole. No French verb form ends like this (unlike `-ance`, `-iste`:
/// `avance`, `insiste`, which are left to Snowball).
const KEPT_DERIVATIONS: [&str; 5] = ["ation", "ement", "ateur", "able", "isme"];

/// True if the singular, masculine `word` (after [`pre_stem`]) ends with a
/// derivational ending and is to be indexed whole, not stemmed.
pub fn keeps_derivation(word: &str) -> bool {
    KEPT_DERIVATIONS.iter().any(|d| word.len() >= d.len() + 3 && word.ends_with(d))
}

/// Productive prefixes glued to the word they modify (`antijihadiste`,
/// `contre-offensive` written `contreoffensive`, `néocolonial`,
/// `postélectoral`), folded. `ex-`, `pro-` and `pré-` are left out of the
/// glued rule: in the glued spelling they are mostly lexicalized words
/// (`expression`, `protection`, `prévenir`) whose remainder is another word;
/// their productive use is hyphenated (`ex-rebelles`), which the segmenter
/// already splits.
const GLUED_PREFIXES: [&str; 4] = ["contre", "anti", "post", "neo"];

/// Shortest remainder after a glued prefix that is taken as a word of its
/// own: `antijihadiste` → `jihadiste`, but not `antique`, `poste`.
const MIN_REMAINDER: usize = 5;

/// Byte length of a productive prefix glued to the folded `word`, when what
/// follows is long enough to be a word of its own; 0 otherwise.
pub fn glued_prefix_len(word: &str) -> usize {
    GLUED_PREFIXES
        .iter()
        .find(|p| {
            word.starts_with(*p)
                && word.len() >= p.len() + MIN_REMAINDER
                && word[p.len()..].bytes().all(|b| b.is_ascii_lowercase())
        })
        .map_or(0, |p| p.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pre(w: &str) -> String {
        let mut s = w.to_owned();
        pre_stem(&mut s);
        s
    }

    #[test]
    fn regular_plurals_become_singular() {
        assert_eq!(pre("abattus"), "abattu");
        assert_eq!(pre("journaux"), "journal");
        assert_eq!(pre("bureaux"), "bureau");
        assert_eq!(pre("jihadistes"), "jihadiste");
        // Verb endings and short words are Snowball's.
        assert_eq!(pre("parlons"), "parlons");
        assert_eq!(pre("nations"), "nation");
        assert_eq!(pre("fois"), "fois");
    }

    #[test]
    fn regular_feminines_become_masculine() {
        assert_eq!(pre("actrices"), "acteur");
        assert_eq!(pre("vendeuses"), "vendeur");
        assert_eq!(pre("heureux"), pre("heureuse"));
        assert_eq!(pre("jeux"), "jeux");
    }

    #[test]
    fn derived_words_are_kept_whole() {
        assert!(keeps_derivation(&pre("augmentations")));
        assert!(keeps_derivation("gouvernement"));
        assert!(!keeps_derivation("augmente"));
        assert!(!keeps_derivation("table"));
        assert_eq!(pre("chinois"), "chinois");
    }

    #[test]
    fn glued_prefixes_need_a_word_after_them() {
        assert_eq!(glued_prefix_len("antijihadiste"), 4);
        assert_eq!(glued_prefix_len("contreoffensive"), 6);
        assert_eq!(glued_prefix_len("antique"), 0);
        assert_eq!(glued_prefix_len("poste"), 0);
        assert_eq!(glued_prefix_len("produit"), 0);
    }
}
