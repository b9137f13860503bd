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
}

impl<'a> Words<'a> {
    /// Words of `text`, in order.
    pub fn new(text: &'a str) -> Self {
        Words { text, pos: 0 }
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
                if b.is_ascii_alphanumeric() {
                    start = Some(self.pos);
                    break;
                }
                self.pos += 1;
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
        let mut end = start;
        let (mut prev_letter, mut prev_digit) = (false, false);
        let mut i = start;
        loop {
            // Runs of ASCII letters and digits, the bulk of French text,
            // go byte by byte; anything else is decoded.
            let run = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if i > run {
                end = i;
                prev_letter = bytes[i - 1].is_ascii_alphabetic();
                prev_digit = bytes[i - 1].is_ascii_digit();
            }
            let Some(c) = self.text[i..].chars().next() else { break };
            let next = self.text[i + c.len_utf8()..].chars().next();
            if is_word_char(c) {
                prev_letter = is_letter(c);
                prev_digit = c.is_ascii_digit();
                i += c.len_utf8();
                end = i;
            } else if is_apostrophe(c) && prev_letter && next.is_some_and(is_letter) {
                prev_letter = false;
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
        assert_eq!(words("vers 13H30 locale"), ["vers", "13H30", "locale"]);
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
}
