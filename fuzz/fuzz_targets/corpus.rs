//! Fuzz target: the corpus readers, from raw file bytes to passages.
//!
//! The bytes go through what `depeches index` does with a `.txt` file
//! (decode → header parse → passage split), and each line of them through
//! what it does with a `.jsonl` line (JSON record → passage split). Beyond
//! "never panics", it checks what the index relies on: the body is a
//! suffix of the text, a bad date names a line of the header, and every
//! passage is non-empty, trimmed, single-spaced, free of control
//! characters, NFC and no longer than the passage cap.

#![no_main]

use depeches::corpus::{decode, jsonl, passages, txt};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match decode::decode(data) {
        decode::Decoded::Text(text) => check_txt(&text),
        decode::Decoded::Windows1252(text) => check_txt(&text),
        decode::Decoded::Binary => {}
    }
    // JSONL lines are read as bytes and must be UTF-8 to be parsed.
    for line in data.split(|&b| b == b'\n') {
        if let Ok(line) = std::str::from_utf8(line) {
            if let Ok(record) = jsonl::parse_line(line.trim()) {
                check_passages(&passages::split(&record.text));
                assert!(record.id.as_deref().is_none_or(|id| !id.is_empty()));
            }
        }
    }
});

fn check_txt(text: &str) {
    let parsed = txt::parse(text);
    assert!(text.ends_with(parsed.body), "the body is the end of the file");
    if let Some((line, _)) = &parsed.bad_date {
        assert!(*line >= 1 && *line <= text.lines().count(), "bad date on line {line}");
    }
    check_passages(&passages::split(parsed.body));
}

fn check_passages(passages: &[String]) {
    use unicode_normalization::is_nfc;
    for p in passages {
        assert!(!p.is_empty(), "empty passage");
        assert_eq!(p.trim(), p, "untrimmed passage");
        assert!(!p.contains("  "), "double space in {p:?}");
        assert!(!p.chars().any(|c| c.is_control()), "control character in {p:?}");
        assert!(p.chars().count() <= passages::MAX_PASSAGE_CHARS, "passage over the cap");
        assert!(is_nfc(p), "passage not NFC: {p:?}");
    }
}
