//! Steps 3, 6, 7 and 9 of the French analyzer: case and accent folding.
//!
//! Folding is what lets `armee` find "armée": every term is stored without
//! diacritics. The common Latin letters are folded from a table, the rest
//! through Unicode canonical decomposition (NFD, combining marks dropped);
//! ligatures `œ` and `æ` become `oe` and `ae`. Functions write into a
//! caller-owned buffer so the per-token path allocates nothing.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Writes the lowercase form of `word` into `out` (cleared first).
pub fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            out.extend(c.to_lowercase());
        }
    }
}

/// Writes `word` without diacritics into `out` (cleared first). `word` is
/// expected lowercase; case is left as it is.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        return;
    }
    for c in word.chars() {
        fold_char(c, out);
    }
}

/// True if `word` holds a character that [`fold_into`] would change.
pub fn needs_folding(word: &str) -> bool {
    !word.is_ascii()
}

#[inline]
fn fold_char(c: char, out: &mut String) {
    let folded = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ÿ' | 'ý' => 'y',
        'ñ' => 'n',
        'œ' => return out.push_str("oe"),
        'æ' => return out.push_str("ae"),
        'Œ' => return out.push_str("OE"),
        'Æ' => return out.push_str("AE"),
        c if c.is_ascii() => c,
        c => {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            });
            return;
        }
    };
    out.push(folded);
}

/// Step 7: puts the acute or grave accent back on the endings the Snowball
/// French stemmer treats specially (`-ée(s)`, `-ière(s)`), so a folded word
/// stems like its accented spelling: `armee` → `armée`, `premieres` →
/// `premières`. Returns true if `word` was changed.
pub fn restore_stem_accent(word: &mut String) -> bool {
    let (cut, accented) = if word.ends_with("ieres") {
        (5, "ières")
    } else if word.ends_with("iere") {
        (4, "ière")
    } else if word.ends_with("ees") {
        (3, "ées")
    } else if word.ends_with("ee") {
        (2, "ée")
    } else {
        return false;
    };
    // Needs a stem before the ending: "ee" alone is not a word to stem.
    if word.len() <= cut {
        return false;
    }
    word.truncate(word.len() - cut);
    word.push_str(accented);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(w: &str) -> String {
        let mut s = String::new();
        fold_into(w, &mut s);
        s
    }

    #[test]
    fn folds_french_diacritics_and_ligatures() {
        assert_eq!(fold("léré"), "lere");
        assert_eq!(fold("cœur"), "coeur");
        assert_eq!(fold("ex-æquo"), "ex-aequo");
        assert_eq!(fold("qaïda"), "qaida");
        assert_eq!(fold("ḿ"), "m");
    }

    #[test]
    fn lowercases_non_ascii() {
        let mut s = String::new();
        lowercase_into("LÉRÉ", &mut s);
        assert_eq!(s, "léré");
    }

    #[test]
    fn restores_accent_on_stemmer_endings() {
        let mut s = String::from("armee");
        assert!(restore_stem_accent(&mut s));
        assert_eq!(s, "armée");
        let mut s = String::from("premieres");
        restore_stem_accent(&mut s);
        assert_eq!(s, "premières");
        let mut s = String::from("ee");
        assert!(!restore_stem_accent(&mut s));
    }
}
