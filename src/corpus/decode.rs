//! Turning a `.txt` file's bytes into text, or refusing them.
//!
//! Archives mix encodings: most files are UTF-8, older ones Windows-1252
//! (Latin-1's superset, what French Windows machines wrote), some carry a
//! byte-order mark. Valid UTF-8 is taken as is; a UTF-16 BOM is honoured;
//! other text is decoded as Windows-1252 *with a warning*, since that is
//! the only common encoding in which French text is not valid UTF-8. Bytes
//! that do not look like text at all (NULs, many control bytes) are refused
//! rather than indexed as garbage.

use std::borrow::Cow;

/// How a file's bytes were read.
#[derive(Debug, PartialEq, Eq)]
pub enum Decoded<'a> {
    /// UTF-8 (a BOM, if any, removed) or UTF-16 with a BOM.
    Text(Cow<'a, str>),
    /// Not UTF-8; decoded as Windows-1252.
    Windows1252(String),
    /// Not text.
    Binary,
}

/// Decodes the bytes of a text file.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if !had_errors && !looks_binary(text.as_bytes()) {
            return Decoded::Text(text);
        }
        if encoding != encoding_rs::UTF_8 {
            return Decoded::Binary;
        }
    }
    if looks_binary(bytes) {
        return Decoded::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text(Cow::Borrowed(text)),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Decoded::Windows1252(text.into_owned())
        }
    }
}

/// Text files hold almost no control bytes besides tab, newline and CR.
/// A stray NUL or two (a bad copy) is tolerated, even in a short file;
/// more than that and more than 1 in 100 is not text. The control bytes
/// are counted in the first 64 KiB, the NULs (which text without a BOM
/// never holds) over the rest too, so that text glued before binary data
/// is not taken for text.
fn looks_binary(bytes: &[u8]) -> bool {
    /// Stray bytes tolerated whatever the length.
    const STRAY: usize = 2;
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    if controls > STRAY && controls * 100 > sample.len() {
        return true;
    }
    let rest = &bytes[sample.len()..];
    let nuls = rest.iter().filter(|&&b| b == 0).count();
    nuls > STRAY && nuls * 100 > rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_bom() {
        assert_eq!(decode("Léré".as_bytes()), Decoded::Text("Léré".into()));
        assert_eq!(decode("\u{FEFF}Léré".as_bytes()), Decoded::Text("Léré".into()));
    }

    #[test]
    fn windows_1252_is_decoded() {
        assert_eq!(decode(b"L\xe9r\xe9 \x93ok\x94"), Decoded::Windows1252("Léré “ok”".into()));
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0";
        assert_eq!(decode(png), Decoded::Binary);
        assert_eq!(decode(&[0u8; 100]), Decoded::Binary);
    }

    #[test]
    fn a_stray_nul_in_short_text_is_tolerated() {
        // Two NULs in 31 bytes: a bad copy, not a binary file.
        let text = "Texte\0avec\0NUL à Gao.\n\nSuite.";
        assert_eq!(decode(text.as_bytes()), Decoded::Text(text.into()));
        assert_eq!(decode(b"a\0b\0c\0"), Decoded::Binary);
    }

    #[test]
    fn binary_after_a_text_head_is_refused() {
        let mut bytes = "Kidal. ".repeat(10_000).into_bytes();
        bytes.extend((0..100_000u32).map(|i| (i % 7) as u8));
        assert_eq!(decode(&bytes), Decoded::Binary);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Léré".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&bytes), Decoded::Text("Léré".into()));
    }
}
