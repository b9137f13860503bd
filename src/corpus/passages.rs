//! Splitting a dispatch body into passages.
//!
//! A passage is a paragraph: the text between blank lines (lines that are
//! empty or hold only whitespace; `\r` counts as whitespace, so CRLF files
//! split the same). Each passage is trimmed, its inner whitespace and
//! control characters collapsed to one space, and NFC-normalized so that a
//! decomposed `é` and a precomposed one are the same text for highlights.
//! Passages are numbered from 0 in the order they appear.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The passages of `text`, in order, empty ones dropped.
pub fn split(text: &str) -> Vec<String> {
    let mut passages = Vec::new();
    let mut current = String::new();
    for line in text.split('\n') {
        if line.chars().all(is_space) {
            flush(&mut current, &mut passages);
        } else {
            append_collapsed(line, &mut current);
        }
    }
    flush(&mut current, &mut passages);
    passages
}

/// Whitespace, or a control character that has no business in a passage
/// (NUL, form feed...): both become a single space.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{FEFF}'
}

fn append_collapsed(line: &str, out: &mut String) {
    let mut pending_space = !out.is_empty();
    for c in line.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
}

fn flush(current: &mut String, passages: &mut Vec<String>) {
    if current.is_empty() {
        return;
    }
    let passage = std::mem::take(current);
    passages.push(match is_nfc_quick(passage.chars()) {
        IsNormalized::Yes => passage,
        _ => passage.nfc().collect(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_blank_lines_of_any_kind() {
        let text = "Un  premier\tparagraphe\nsur deux lignes.\n\n\n \t\nDeux.\r\n\r\nTrois.  ";
        assert_eq!(split(text), ["Un premier paragraphe sur deux lignes.", "Deux.", "Trois."]);
    }

    #[test]
    fn normalizes_to_nfc_and_drops_controls() {
        let decomposed = "Le\u{301}re\u{301}\u{0}";
        assert_eq!(split(decomposed), ["Léré"]);
        assert!(split("\n\n  \n").is_empty());
    }
}
