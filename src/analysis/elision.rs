//! Step 2 of the French analyzer: elisions and apostrophes.
//!
//! French glues articles, pronouns and conjunctions to the next word with an
//! apostrophe (`l'armée`, `qu’il`, `jusqu'à`). The elided prefix is dropped,
//! whatever its case and whichever apostrophe was typed; the apostrophes left
//! after that split the word further (`prud'hommes` → `prud`, `hommes`),
//! except in the few words whose first part is no word on its own
//! (`aujourd'hui`, `quelqu'un`): they stay one piece, hence one term.

use super::segment::is_apostrophe;

/// Elided forms, without their apostrophe, compared case-insensitively.
const ELISIONS: [&str; 14] =
    ["l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

/// Heads, compared case-insensitively, of the words an inner apostrophe does
/// not split: `aujourd` or `quelqu` alone would be meaningless terms.
const UNSPLIT_HEADS: [&str; 2] = ["aujourd", "quelqu"];

/// Can `word` hold an apostrophe? A byte test that rules out almost every
/// word at once: `'` is 0x27, and `’` (E2 80 99) and `ʼ` (CA BC) start
/// with bytes that no other French letter uses. This runs on every word
/// of the corpus, twice (analyzer and entity matcher).
#[inline]
fn may_hold_apostrophe(word: &str) -> bool {
    word.bytes().any(|b| matches!(b, b'\'' | 0xE2 | 0xCA))
}

/// Byte length of the elided prefix of `word`, apostrophe included, or 0.
pub fn elided_prefix_len(word: &str) -> usize {
    if !may_hold_apostrophe(word) {
        return 0;
    }
    let Some((i, apostrophe)) = word.char_indices().find(|&(_, c)| is_apostrophe(c)) else {
        return 0;
    };
    let head = &word[..i];
    if ELISIONS.iter().any(|e| head.eq_ignore_ascii_case(e)) || head == "Ç" {
        i + apostrophe.len_utf8()
    } else {
        0
    }
}

/// Calls `piece` with the byte range (into `word`) of each piece of `word`
/// once its elided prefix is gone, splitting on the remaining apostrophes.
pub fn for_each_piece(word: &str, mut piece: impl FnMut(usize, usize)) {
    if !may_hold_apostrophe(word) {
        piece(0, word.len());
        return;
    }
    let mut start = elided_prefix_len(word);
    let rest = &word[start..];
    if let Some((i, _)) = rest.char_indices().find(|&(_, c)| is_apostrophe(c))
        && UNSPLIT_HEADS.iter().any(|h| rest[..i].eq_ignore_ascii_case(h))
    {
        piece(start, word.len());
        return;
    }
    let offset = start;
    for (i, c) in rest.char_indices() {
        if is_apostrophe(c) {
            let at = offset + i;
            if at > start {
                piece(start, at);
            }
            start = at + c.len_utf8();
        }
    }
    if start < word.len() {
        piece(start, word.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(word: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_piece(word, |s, e| out.push(&word[s..e]));
        out
    }

    #[test]
    fn strips_elisions_in_any_case_and_apostrophe() {
        assert_eq!(pieces("l'armée"), ["armée"]);
        assert_eq!(pieces("L’Azawad"), ["Azawad"]);
        assert_eq!(pieces("QU'IL"), ["IL"]);
        assert_eq!(pieces("jusqu'ici"), ["ici"]);
        assert_eq!(pieces("lorsquʼil"), ["il"]);
        assert_eq!(pieces("armée"), ["armée"]);
    }

    #[test]
    fn splits_on_remaining_apostrophes() {
        assert_eq!(pieces("prud'hommes"), ["prud", "hommes"]);
        assert_eq!(pieces("rock'n'roll"), ["rock", "n", "roll"]);
    }

    #[test]
    fn aujourd_hui_is_one_piece() {
        assert_eq!(pieces("aujourd'hui"), ["aujourd'hui"]);
        assert_eq!(pieces("d’aujourd’hui"), ["aujourd’hui"]);
        assert_eq!(pieces("Quelqu'un"), ["Quelqu'un"]);
    }
}
