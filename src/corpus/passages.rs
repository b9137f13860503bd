//! Splitting a dispatch body into passages.
//!
//! A passage is a paragraph: the text between blank lines (lines that are
//! empty or hold only whitespace; `\r` counts as whitespace, so CRLF files
//! split the same). Each passage is trimmed, its inner whitespace and
//! control characters collapsed to one space, and NFC-normalized so that a
//! decomposed `é` and a precomposed one are the same text for highlights.
//! Passages are numbered from 0 in the order they appear.
//!
//! A paragraph longer than [`MAX_PASSAGE_CHARS`] is no paragraph but a file
//! that lost its line ends (a 50 MB dump on one line): as one passage it
//! would be a hit no snippet can show, analysed again at each search. It
//! is cut into passages of at most that length, at a sentence end where
//! there is one in the second half of the window, else at a space, else
//! anywhere (a run of 10,000 letters is no word either). Real paragraphs
//! stay far below the cap: the longest of OrangeSum's 273,724 has 7,933
//! characters.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Longest passage, in characters; longer paragraphs are cut.
pub const MAX_PASSAGE_CHARS: usize = 10_000;

/// The passages of `text`, in order, empty ones dropped.
pub fn split(text: &str) -> Vec<String> {
    split_counting_cuts(text).0
}

/// The passages of `text`, and how many paragraphs were longer than
/// [`MAX_PASSAGE_CHARS`] and cut (for the reader to warn about).
pub fn split_counting_cuts(text: &str) -> (Vec<String>, usize) {
    let mut passages = Vec::new();
    let mut current = String::new();
    let mut cuts = 0;
    for line in text.split('\n') {
        if is_collapsed(line) {
            // Most lines: words one space apart already, copied whole.
            if !current.is_empty() {
                current.reserve(line.len() + 1);
                current.push(' ');
            }
            current.push_str(line);
            continue;
        }
        let blank = if line.is_ascii() {
            line.bytes().all(|b| b.is_ascii_whitespace() || b.is_ascii_control())
        } else {
            line.chars().all(is_space)
        };
        if blank {
            cuts += flush(&mut current, &mut passages);
        } else {
            append_collapsed(line, &mut current);
        }
    }
    cuts += flush(&mut current, &mut passages);
    (passages, cuts)
}

/// Whitespace, or a control character that has no business in a passage
/// (NUL, form feed...): both become a single space.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{FEFF}'
}

/// The low bit of each byte of a `u64`, and the top bit: the byte-parallel
/// tests below work on eight bytes of text at a time.
const ONES: u64 = 0x0101_0101_0101_0101;
const TOPS: u64 = 0x8080_8080_8080_8080;

/// Whether `line` needs no collapsing: words one ASCII space apart, no
/// other space or control character, nothing to trim (most lines of a
/// corpus). Only the lead bytes of the few non-ASCII spaces and controls
/// (U+0080–U+00BF, U+1000–U+3FFF, U+F000–U+FFFF) are decoded; an empty
/// line is not collapsed (it is blank).
///
/// Every byte of the corpus passes here, so eight are tested at a time
/// (a byte at a time it was a quarter of the reading thread's time): each
/// test below sets the top bit of the bytes it finds, with no carry from
/// one byte into the next, so the answer is the byte-at-a-time one.
fn is_collapsed(line: &str) -> bool {
    /// The top bit of each byte of `x` equal to `byte`.
    fn equal(x: u64, byte: u8) -> u64 {
        let t = x ^ (ONES * u64::from(byte));
        !(((t & !TOPS) + !TOPS) | t) & TOPS
    }
    let bytes = line.as_bytes();
    // The start counts as a space: no leading space.
    let mut after_space = true;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
        let high = x & TOPS;
        // ASCII below the space (its low seven bits + 0x60 stay under 0x80).
        let control = !((x & !TOPS) + ONES * 0x60) & !high & TOPS;
        if control | equal(x, 0x7F) != 0 {
            return false;
        }
        let spaces = equal(x, b' ');
        if spaces & ((spaces << 8) | (u64::from(after_space) << 7)) != 0 {
            return false;
        }
        // Lead bytes of multi-byte characters (0b11xx_xxxx).
        let mut leads = x & (x << 1) & TOPS;
        while leads != 0 {
            let i = at + leads.trailing_zeros() as usize / 8;
            if starts_space(line, i) {
                return false;
            }
            leads &= leads - 1;
        }
        after_space = spaces >> 63 != 0;
        at += 8;
    }
    for (i, &b) in chunks.remainder().iter().enumerate() {
        if b.wrapping_sub(0x21) < 0x5E {
            // Printable ASCII other than the space: most bytes.
            after_space = false;
        } else if b == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if b < 0x80 {
            // Another ASCII control, or DEL.
            return false;
        } else {
            // Continuation bytes (0x80–0xBF) are never lead bytes, and the
            // bytes after a lead byte are continuation bytes, taken as any
            // other non-space byte.
            if starts_space(line, at + i) {
                return false;
            }
            after_space = false;
        }
    }
    !after_space
}

/// Whether the character at byte `i` of `line` (a lead byte) is a space or
/// a control; only the leads of the ranges holding such characters are
/// decoded.
fn starts_space(line: &str, i: usize) -> bool {
    matches!(line.as_bytes()[i], 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
        && line[i..].chars().next().is_some_and(is_space)
}

/// Whether `text` is surely NFC, from its bytes alone: every character is
/// below U+0300 (ASCII, Latin-1, Latin Extended: no combining mark and
/// nothing that composes) or in U+2002–U+20CF (punctuation, quotes,
/// currency signs), all of them starters that NFC keeps. Anything else
/// goes to the full quick check.
fn surely_nfc(text: &str) -> bool {
    // Eight bytes at a time, as in `is_collapsed`: most chunks hold no
    // byte from 0xCC up and are passed whole.
    let bytes = text.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
        // Bytes from 0xCC up: the top bit set, and the low seven bits
        // from 0x4C up (+ 0x34 reaches 0x80 without a carry out).
        let mut late = x & ((x & !TOPS) + ONES * 0x34) & TOPS;
        while late != 0 {
            if !starter_at(bytes, at + late.trailing_zeros() as usize / 8) {
                return false;
            }
            late &= late - 1;
        }
        at += 8;
    }
    (at..bytes.len()).all(|i| bytes[i] < 0xCC || starter_at(bytes, i))
}

/// Whether the character whose lead byte (0xCC or more) is at `i` is one
/// of U+2002–U+20CF, punctuation that NFC keeps.
fn starter_at(bytes: &[u8], i: usize) -> bool {
    if bytes[i] == 0xE2
        && let Some(&[b1, b2]) = bytes.get(i + 1..i + 3)
    {
        let c = ((u32::from(bytes[i]) & 0x0F) << 12) | ((u32::from(b1) & 0x3F) << 6) | (u32::from(b2) & 0x3F);
        return (0x2002..=0x20CF).contains(&c);
    }
    false
}

/// Appends the words of `line` to `out`, one space between words: runs
/// are copied whole (this runs over every byte of the corpus).
fn append_collapsed(line: &str, out: &mut String) {
    let bytes = line.as_bytes();
    let mut push = |word: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    };
    // Bytes, not chars: an ASCII byte is a space exactly when `is_space`
    // says so of its char (whitespace and controls: up to 0x20, and DEL);
    // only the rest is decoded (issue 16: this was 4 % of indexing).
    let (mut i, mut word) = (0, None);
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            (b <= 0x20 || b == 0x7f, 1)
        } else {
            let c = line[i..].chars().next().expect("char boundary");
            (is_space(c), c.len_utf8())
        };
        if !space {
            word.get_or_insert(i);
        } else if let Some(start) = word.take() {
            push(&line[start..i]);
        }
        i += len;
    }
    if let Some(start) = word {
        push(&line[start..]);
    }
}

/// Ends the current paragraph; 1 if it had to be cut, else 0.
fn flush(current: &mut String, passages: &mut Vec<String>) -> usize {
    if current.is_empty() {
        return 0;
    }
    let passage = std::mem::take(current);
    let passage = if surely_nfc(&passage) {
        passage
    } else {
        match is_nfc_quick(passage.chars()) {
            IsNormalized::Yes => passage,
            _ => passage.nfc().collect(),
        }
    };
    // Fewer bytes than the cap means fewer characters too.
    if passage.len() <= MAX_PASSAGE_CHARS || passage.chars().count() <= MAX_PASSAGE_CHARS {
        passages.push(passage);
        return 0;
    }
    cut(&passage, passages);
    1
}

/// Cuts an overlong paragraph (trimmed, single-spaced) into passages of
/// at most [`MAX_PASSAGE_CHARS`]. Each window is scanned a bounded number
/// of times, so a 50 MB paragraph is cut in linear time.
fn cut(mut rest: &str, passages: &mut Vec<String>) {
    while !rest.is_empty() {
        let Some((limit, _)) = rest.char_indices().nth(MAX_PASSAGE_CHARS) else {
            passages.push(rest.to_owned());
            return;
        };
        // Prefer a cut in the second half of the window, so that pieces
        // are not tiny; the half is counted in characters, as the cap.
        let half = rest.char_indices().nth(MAX_PASSAGE_CHARS / 2).map_or(0, |(i, _)| i);
        let tail = &rest[half..limit];
        let sentence_end = tail
            .match_indices(' ')
            .rfind(|&(i, _)| tail[..i].ends_with(['.', '!', '?', '…', '»', '"']))
            .map(|(i, _)| i);
        let at = match sentence_end.or_else(|| tail.rfind(' ')) {
            Some(i) => half + i,
            None => limit,
        };
        passages.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapsing_by_bytes_agrees_with_splitting_chars() {
        let lines = [
            "  Des hommes\tarmés\u{a0}ont\u{2009}attaqué  ",
            "x\u{7f}y\u{0}z\u{b}w\u{c}v\u{feff}u\u{85}t\u{3000}é",
            "Léré, « Kidal » — Tombouctou…",
            "",
            "\u{a0}\u{a0}",
        ];
        for line in lines {
            let mut expected = String::new();
            for word in line.split(is_space).filter(|w| !w.is_empty()) {
                if !expected.is_empty() {
                    expected.push(' ');
                }
                expected.push_str(word);
            }
            let mut got = String::new();
            append_collapsed(line, &mut got);
            assert_eq!(got, expected, "{line:?}");
        }
    }

    #[test]
    fn collapsed_lines_are_copied_whole_others_collapsed() {
        let lines = [
            ("Des hommes armés ont attaqué Léré, « Kidal » — Tombouctou…", true),
            ("x", true),
            ("", false),
            (" lead", false),
            ("trail ", false),
            ("two  spaces", false),
            ("tab\there", false),
            ("nbsp\u{a0}here", false),
            ("thin\u{2009}space", false),
            ("nel\u{85}here", false),
            ("bom\u{feff}here", false),
            ("ideographic\u{3000}space", false),
            ("ogham\u{1680}space", false),
            ("del\u{7f}here", false),
        ];
        for (line, collapsed) in lines {
            assert_eq!(is_collapsed(line), collapsed, "{line:?}");
            let mut words = String::new();
            append_collapsed(line, &mut words);
            assert_eq!(collapsed, !line.is_empty() && words == line, "{line:?}");
        }
        // Every character that may be a space: the fast test agrees with
        // collapsing (a collapsed line collapses to itself).
        for c in (0x80..=0x3FFFu32).chain(0xF000..=0xFFFF).filter_map(char::from_u32) {
            let line = format!("a{c}b");
            let mut words = String::new();
            append_collapsed(&line, &mut words);
            assert_eq!(is_collapsed(&line), words == line, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn the_eight_byte_test_agrees_with_collapsing_at_every_position() {
        // Each piece at each offset of an eight-byte chunk, at its end and
        // across two chunks, and next to a space.
        let pieces = [
            " ",
            "  ",
            "\t",
            "\u{0}",
            "\u{1f}",
            "\u{7f}",
            "é",
            "’",
            "\u{a0}",
            "\u{85}",
            "\u{2009}",
            "\u{202f}",
            "\u{3000}",
            "\u{feff}",
            "\u{1680}",
            "«\u{a0}",
            "€",
            "\u{10348}",
            "~",
            "!",
        ];
        for piece in pieces {
            for before in 0..18 {
                for after in 0..10 {
                    for glue in ["", " "] {
                        let line = format!("{}{glue}{piece}{glue}{}", "a".repeat(before), "b".repeat(after));
                        let mut words = String::new();
                        append_collapsed(&line, &mut words);
                        let expected = !line.is_empty() && words == line;
                        assert_eq!(is_collapsed(&line), expected, "{line:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_nfc_byte_test_sees_a_character_at_every_position() {
        for c in [
            'é',
            '’',
            '\u{2001}',
            '\u{2002}',
            '\u{20CF}',
            '\u{20D0}',
            '\u{301}',
            '\u{2FFF}',
            '\u{AC00}',
            'ÿ',
            '\u{10348}',
        ] {
            let alone = surely_nfc(&c.to_string());
            for before in 0..18 {
                for after in 0..10 {
                    let text = format!("{}{c}{}", "a".repeat(before), "b".repeat(after));
                    assert_eq!(surely_nfc(&text), alone, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn the_byte_test_for_nfc_agrees_with_the_quick_check() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..0x300u32).chain(0x2002..=0x20CF).filter_map(char::from_u32) {
            assert_eq!(canonical_combining_class(c), 0, "U+{:04X}", c as u32);
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "U+{:04X}", c as u32);
            assert!(surely_nfc(&format!("é{c}’")), "U+{:04X}", c as u32);
        }
        for c in ['\u{300}', '\u{301}', '\u{2000}', '\u{2001}', '\u{20D0}', '\u{212B}', '\u{AC00}'] {
            assert!(!surely_nfc(&format!("e{c}")), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn splits_on_blank_lines_of_any_kind() {
        let text = "Un  premier\tparagraphe\nsur deux lignes.\n\n\n \t\nDeux.\r\n\r\nTrois.  ";
        assert_eq!(split(text), ["Un premier paragraphe sur deux lignes.", "Deux.", "Trois."]);
    }

    #[test]
    fn an_overlong_paragraph_is_cut_at_sentence_ends() {
        let sentence = "Les FAMa ont repoussé une attaque près de Kidal. ";
        let text = sentence.repeat(MAX_PASSAGE_CHARS * 3 / sentence.chars().count());
        let (passages, cuts) = split_counting_cuts(&text);
        assert_eq!(cuts, 1);
        assert!(passages.len() >= 3, "{}", passages.len());
        for p in &passages {
            assert!(p.chars().count() <= MAX_PASSAGE_CHARS);
            assert!(p.starts_with("Les FAMa") && p.ends_with("Kidal."), "{}", &p[p.len() - 20..]);
        }
        assert_eq!(passages.join(" "), text.trim_end());
    }

    #[test]
    fn an_overlong_word_is_cut_anywhere_on_a_char_boundary() {
        let text = "é".repeat(MAX_PASSAGE_CHARS * 2 + 7);
        let (passages, cuts) = split_counting_cuts(&text);
        assert_eq!(cuts, 1);
        let lengths: Vec<usize> = passages.iter().map(|p| p.chars().count()).collect();
        assert_eq!(lengths, [MAX_PASSAGE_CHARS, MAX_PASSAGE_CHARS, 7]);
        let short = "Un.\n\nDeux.";
        assert_eq!(split_counting_cuts(short), (vec!["Un.".to_owned(), "Deux.".to_owned()], 0));
    }

    #[test]
    fn normalizes_to_nfc_and_drops_controls() {
        let decomposed = "Le\u{301}re\u{301}\u{0}";
        assert_eq!(split(decomposed), ["Léré"]);
        assert!(split("\n\n  \n").is_empty());
    }
}
