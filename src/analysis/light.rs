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

use super::irregular;

/// Shortest word the plural rule touches: shorter words are mostly function
/// words and irregulars (`fois`, `bus`, `pas`) where an `s` is no plural.
const MIN_PLURAL_LEN: usize = 5;

/// Rewrites the folded, lowercase `word` in place to the form Snowball
/// should stem: singular, and masculine where the feminine is regular.
pub fn pre_stem(word: &mut String) {
    if !word.is_ascii() {
        return;
    }
    if irregular::rewrite(word) || verb_plural(word) || verb_class(word) {
        return;
    }
    singular(word);
    masculine(word);
    subjunctive_lookalike(word);
}

/// Verb classes whose past participle and infinitive Snowball leaves apart
/// (`abattu` → `abattu`, `abattre` → `abattr`, `abattant` → `abatt`): the
/// ending of either is rewritten to the stem of the present participle.
/// `(participle or infinitive ending, stem ending, shortest word)`;
/// participles are listed masculine singular, agreement endings are tried
/// too. The first ending that matches wins (`-eindre` before `-ndre`). The
/// shortest-word floor keeps short nouns that only look like participles
/// (`saint`, `point`, `fruit`, `nuit`, `vert`, `ordre`) out.
const VERB_CLASSES: [(&str, &str, usize); 18] = [
    // abattre, battre, combattre: abattu
    ("ttu", "tt", 5),
    ("ttre", "tt", 6),
    // craindre, peindre, joindre: craint, craignant
    ("aint", "aign", 6),
    ("eint", "eign", 6),
    ("oint", "oign", 6),
    ("aindre", "aign", 6),
    ("eindre", "eign", 6),
    ("oindre", "oign", 6),
    // rendre, perdre, mordre: rendu, perdu
    ("ndu", "nd", 5),
    ("rdu", "rd", 5),
    ("ndre", "nd", 6),
    ("rdre", "rd", 6),
    // conduire, produire: conduit, conduisant
    ("uit", "uis", 6),
    ("uire", "uis", 6),
    // ouvrir, couvrir, offrir, souffrir: ouvert, ouvrant
    ("vert", "vr", 6),
    ("fert", "fr", 6),
    // venir, tenir and their compounds: venu, venant
    ("venu", "ven", 4),
    ("tenu", "ten", 4),
];

/// Applies the first matching [`VERB_CLASSES`] rule; returns whether one did.
fn verb_class(word: &mut String) -> bool {
    let cuts = std::iter::once("").chain(["es", "s", "e"]);
    for cut in cuts.filter(|c| word.ends_with(c)) {
        let base_len = word.len() - cut.len();
        let base = &word[..base_len];
        let Some((ending, stem, min_len)) = VERB_CLASSES.iter().find(|(e, _, _)| base.ends_with(e)) else {
            continue;
        };
        if base_len < *min_len {
            return false;
        }
        word.truncate(base_len - ending.len());
        word.push_str(stem);
        return true;
    }
    false
}

/// `-asse(s)`, once folded, is the imperfect subjunctive ending Snowball
/// strips (`terrasse` → `terr`) but also the present and participle of the
/// `-asser` verbs (`terrasse`, `terrassé`, `terrasser` → `terrass`): news
/// French has far more of the latter (and nouns: `classe`, `masse`), so the
/// final `-e` goes and Snowball keeps `-ass`.
fn subjunctive_lookalike(word: &mut String) {
    if word.len() >= 7 && word.ends_with("asse") {
        word.pop();
    }
}

/// Letter sequences that end a verb stem and almost never a noun or
/// adjective in `-ent`: double consonants (`abandonnent`, `cessent`,
/// `mettent`), `-qu`/`-gu` (`calquent`), `-ch`, `-gn`, consonant + `l`/`r`
/// (`doublent`, `montrent`).
const VERB_STEM_ENDS: [&str; 16] =
    ["nn", "ss", "ll", "tt", "pp", "qu", "gu", "ch", "gn", "bl", "pl", "cl", "gl", "fl", "br", "tr"];

/// The stem endings after which `-ons` is a verb's (`abandonnons`,
/// `calquons`, `rejetons`…): `-ons` nouns (`maisons`, `ballons`, `poissons`,
/// `bataillons`) have other letters before it, so the list is shorter
/// than [`VERB_STEM_ENDS`].
const FIRST_PLURAL_STEM_ENDS: [&str; 5] = ["nn", "qu", "gu", "tt", "pl"];

/// Present-tense `-ent` (3rd plural) and `-ons` (1st plural), which Snowball
/// never strips: `abandonnent`, `abandonnons` → `abandonne`, which Snowball
/// stems like `abandonner`. Only after a stem ending that marks a verb:
/// nouns and adjectives in `-ent` (`parent`, `président`, `moment`) and
/// `-ons` (`maisons`) keep their ending.
/// Returns true if the word was rewritten (it is then a verb form, left
/// alone by the plural and feminine rules).
fn verb_plural(word: &mut String) -> bool {
    let n = word.len();
    if n < 7 {
        return false;
    }
    if let Some(stem) = word.strip_suffix("ent")
        && VERB_STEM_ENDS.iter().any(|e| stem.ends_with(e))
    {
        word.truncate(n - 2);
        return true;
    }
    if let Some(stem) = word.strip_suffix("ons")
        && FIRST_PLURAL_STEM_ENDS.iter().any(|e| stem.ends_with(e))
    {
        word.truncate(n - 3);
        word.push('e');
        return true;
    }
    false
}

/// Rules run on Snowball's output, folded:
/// - Snowball leaves the `i` of `-ier` verbs in some stems and not in others
///   (`marier` → `mari`, `marié` → `mar`, `béatifier` → `beatifi`,
///   `béatifié` → `beatif`): a final `i` after a consonant is dropped;
///   (and `negociiez` → `negocii`: both `i`s go);
/// - `-oyer`/`-ayer` verbs alternate `y` and `i` (`employer` → `emploi`,
///   `employé` → `employ`): a final `y` after a vowel becomes `i`;
/// - Snowball strips `-if`/`-ive` only far enough into the word (`productif`,
///   `productive` → `product`) and leaves short ones apart (`actif`,
///   `active` → `activ`): a final `-if` becomes `-iv`. Done on the stem, not
///   as `-ive` → `-if` on the word, so the verbs in `-iver` (`arrive`,
///   `arriver` → `arriv`) are untouched.
pub fn post_stem(stem: &mut String) {
    let after_vowel = |b: u8| matches!(b, b'a' | b'e' | b'o' | b'u');
    if stem.len() > 3 && stem.ends_with('y') && after_vowel(stem.as_bytes()[stem.len() - 2]) {
        stem.pop();
        stem.push('i');
        return;
    }
    while stem.len() > 3 && stem.ends_with('i') && !after_vowel(stem.as_bytes()[stem.len() - 2]) {
        stem.pop();
    }
    // After the `i` rule, so that `beatifi` and `beatif` both end in `-iv`.
    if stem.len() > 3 && stem.ends_with("if") {
        stem.pop();
        stem.push('v');
    }
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
        assert_eq!(pre("touffus"), "touffu");
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
    fn present_plurals_of_verbs_lose_their_ending() {
        assert_eq!(pre("abandonnent"), "abandonne");
        assert_eq!(pre("abandonnons"), "abandonne");
        assert_eq!(pre("calquent"), "calque");
        // Nouns and adjectives in `-ent` and `-ons` keep it.
        for w in ["parent", "president", "moment", "accident", "client", "argent", "talent"] {
            assert_eq!(pre(w), w);
        }
        assert_eq!(pre("maisons"), "maisons");
    }

    #[test]
    fn participles_and_infinitives_of_a_class_meet() {
        assert_eq!(pre("abattu"), pre("abattre"));
        assert_eq!(pre("abattues"), "abatt");
        assert_eq!(pre("rendu"), pre("rendre"));
        assert_eq!(pre("craintes"), pre("craindre"));
        assert_eq!(pre("conduit"), pre("conduire"));
        assert_eq!(pre("ouverts"), "ouvr");
        assert_eq!(pre("venue"), "ven");
        // Short nouns that only look like participles are left alone.
        for w in ["saint", "point", "fruit", "nuit", "menu"] {
            assert_eq!(pre(w), w);
        }
    }

    #[test]
    fn asse_is_not_taken_for_a_subjunctive() {
        assert_eq!(pre("terrasse"), "terrass");
        assert_eq!(pre("classe"), "classe");
    }

    #[test]
    fn stems_of_ier_and_oyer_verbs_meet() {
        let post = |s: &str| {
            let mut s = s.to_owned();
            post_stem(&mut s);
            s
        };
        assert_eq!(post("beatifi"), "beativ");
        assert_eq!(post("beatif"), "beativ");
        assert_eq!(post("negocii"), "negoc");
        assert_eq!(post("employ"), "emploi");
        assert_eq!(post("ami"), "ami");
        assert_eq!(post("actif"), "activ");
        assert_eq!(post("arriv"), "arriv");
        assert_eq!(post("envoi"), "envoi");
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
