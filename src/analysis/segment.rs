//! Step 1 of the French analyzer: split text into words.
//!
//! A word is a run of letters and digits. An apostrophe (`'`, `’` or `ʼ`)
//! between two letters stays inside the word, so that the elision step can
//! see `l'armée` and `qu’il` whole; every other character separates words,
//! hyphens included (`Al-Qaïda` is two words, indexed at consecutive
//! positions so that it still matches as a phrase). A comma or a period
//! between two digits stays inside the word too, so that a figure is one
//! term (`1,5`, `2.000`; `13h30` already is).

/// Is `c` one of the apostrophes French typography uses for elision?
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{C0}'..='\u{17F}').contains(&c) {
        // Latin-1 letters (minus × and ÷) and Latin Extended-A, all the
        // accented letters of French: Unicode's general table is slow.
        c != '\u{D7}' && c != '\u{F7}'
    } else {
        c.is_alphanumeric()
    }
}

/// The ASCII letters and digits, by byte value: one load where
/// `u8::is_ascii_alphanumeric` makes three range tests, on every byte of
/// the corpus.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Is `b` an ASCII letter or digit?
#[inline(always)]
fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD_BYTE[usize::from(b)]
}

/// Is `c` a letter? Same fast path as [`is_word_char`].
#[inline]
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{C0}'..='\u{17F}').contains(&c) {
        c != '\u{D7}' && c != '\u{F7}'
    } else {
        c.is_alphabetic()
    }
}

/// Iterator over the byte ranges of the words of a text.
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
    /// Whether the word last returned kept an apostrophe inside.
    apostrophe: bool,
}

impl<'a> Words<'a> {
    /// Words of `text`, in order.
    pub fn new(text: &'a str) -> Self {
        Words { text, pos: 0, apostrophe: false }
    }

    /// Whether the word last returned holds an apostrophe (between two
    /// letters): only such a word has an elided article to strip or
    /// pieces to split (`super::elision::for_each_piece`), so the others,
    /// nearly all, skip that step.
    #[inline]
    pub fn had_apostrophe(&self) -> bool {
        self.apostrophe
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        // Skip separators; ASCII fast path, as most French text is ASCII.
        let mut start = None;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            if b < 0x80 {
                if is_ascii_word_byte(b) {
                    start = Some(self.pos);
                    break;
                }
                self.pos += 1;
            } else if (0xC3..=0xC5).contains(&b)
                && !(b == 0xC3 && matches!(bytes.get(self.pos + 1), Some(0x97 | 0xB7)))
            {
                // An accented Latin letter (`à`, `État`): see below.
                start = Some(self.pos);
                break;
            } else {
                let c = self.text[self.pos..].chars().next().expect("char boundary");
                if is_word_char(c) {
                    start = Some(self.pos);
                    break;
                }
                self.pos += c.len_utf8();
            }
        }
        let start = start?;
        self.apostrophe = false;
        let mut end = start;
        let (mut prev_letter, mut prev_digit) = (false, false);
        let mut i = start;
        loop {
            // Runs of ASCII letters and digits, the bulk of French text,
            // go byte by byte; anything else is decoded.
            let run = i;
            while i < bytes.len() && is_ascii_word_byte(bytes[i]) {
                i += 1;
            }
            if i > run {
                end = i;
                prev_letter = bytes[i - 1].is_ascii_alphabetic();
                prev_digit = bytes[i - 1].is_ascii_digit();
            }
            // Most words end on a space or an ASCII punctuation mark that
            // neither joins a figure nor elides: no character to decode.
            match bytes.get(i) {
                None => break,
                Some(&b) if b < 0x80 && !matches!(b, b'\'' | b',' | b'.') => break,
                _ => {}
            }
            // Accented Latin letters (U+00C0 to U+017F: two bytes, the
            // first 0xC3 to 0xC5), nearly all of French's other letters:
            // word characters but `×` and `÷`, read without decoding.
            if let Some(&[b0, b1]) = bytes.get(i..i + 2)
                && (0xC3..=0xC5).contains(&b0)
                && !(b0 == 0xC3 && matches!(b1, 0x97 | 0xB7))
            {
                prev_letter = true;
                prev_digit = false;
                i += 2;
                end = i;
                continue;
            }
            let Some(c) = self.text[i..].chars().next() else { break };
            let next = self.text[i + c.len_utf8()..].chars().next();
            if is_word_char(c) {
                // `ʼ` (U+02BC) is a letter to Unicode: a word char that
                // the elision step still splits on.
                self.apostrophe |= is_apostrophe(c);
                prev_letter = is_letter(c);
                prev_digit = c.is_ascii_digit();
                i += c.len_utf8();
                end = i;
            } else if is_apostrophe(c) && prev_letter && next.is_some_and(is_letter) {
                prev_letter = false;
                self.apostrophe = true;
                i += c.len_utf8();
            } else if matches!(c, ',' | '.') && prev_digit && next.is_some_and(|n| n.is_ascii_digit()) {
                // `1,5`, `2.000`: a figure is one term.
                prev_digit = false;
                i += 1;
            } else {
                break;
            }
        }
        self.pos = end;
        Some((start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Words::new(text).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits_on_punctuation_and_hyphens() {
        assert_eq!(words("Al-Qaïda, (CMA)."), ["Al", "Qaïda", "CMA"]);
        assert_eq!(words("Élysée 3×4 cœur÷Ŀ épée"), ["Élysée", "3", "4", "cœur", "Ŀ", "épée"]);
        assert_eq!(words("vers 13H30 locale"), ["vers", "13H30", "locale"]);
    }

    #[test]
    fn reads_two_byte_latin_letters_as_the_general_test_does() {
        for c in '\u{80}'..='\u{7FF}' {
            let text = format!("a{c}b {c}1");
            let expected: Vec<String> = if is_word_char(c) {
                vec![format!("a{c}b"), format!("{c}1")]
            } else {
                vec!["a".into(), "b".into(), "1".into()]
            };
            assert_eq!(words(&text), expected, "{c:?}");
        }
    }

    #[test]
    fn figures_keep_their_decimal_and_thousands_marks() {
        assert_eq!(words("1,5 million, 2.000 morts."), ["1,5", "million", "2.000", "morts"]);
        assert_eq!(words("en 2015, 3 morts"), ["en", "2015", "3", "morts"]);
        assert_eq!(words("fin 2015.Le"), ["fin", "2015", "Le"]);
    }

    #[test]
    fn keeps_apostrophes_between_letters_only() {
        assert_eq!(words("l'armée qu’il aujourdʼhui"), ["l'armée", "qu’il", "aujourdʼhui"]);
        assert_eq!(words("'citation' l' 5'"), ["citation", "l", "5"]);
        assert_eq!(words("rock'n'roll"), ["rock'n'roll"]);
    }

    #[test]
    fn tells_which_words_hold_an_apostrophe() {
        let text = "l'armée lʼAssemblée ʼx qu’il 1,5 Mali";
        let mut words = Words::new(text);
        let mut flags = Vec::new();
        while let Some((s, e)) = words.next() {
            flags.push((&text[s..e], words.had_apostrophe()));
        }
        assert_eq!(
            flags,
            [
                ("l'armée", true),
                ("lʼAssemblée", true),
                ("ʼx", true),
                ("qu’il", true),
                ("1,5", false),
                ("Mali", false)
            ]
        );
    }
}
