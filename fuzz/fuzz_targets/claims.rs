//! Fuzz target: claim extraction on arbitrary text.
//!
//! The input, read as lossy UTF-8, is a dispatch whose passages are its
//! lines (so sources and places carry from one to the next). Beyond "never
//! panics" (40-digit numbers, "entre 5 et", endless sentences, nested
//! quotes): each claim's figure and sentence spans lie on char boundaries
//! inside its passage, the sentence holds the figure, `high` is never below
//! `low`, the facet paths are valid, and extracting again gives the same
//! claims.

#![no_main]

use depeches::claims::ClaimExtractor;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let passages: Vec<&str> = text.lines().collect();
    let x = ClaimExtractor::embedded();
    let claims = x.claims_of_dispatch(&passages, None);
    assert_eq!(claims.len(), passages.len());
    for (passage, claims) in passages.iter().zip(&claims) {
        for c in claims {
            assert!(c.figure_start <= c.figure_end && c.figure_end <= passage.len(), "{c:?}");
            assert!(c.sentence_start <= c.sentence_end && c.sentence_end <= passage.len(), "{c:?}");
            for at in [c.figure_start, c.figure_end, c.sentence_start, c.sentence_end] {
                assert!(passage.is_char_boundary(at), "offset {at} of {c:?}");
            }
            assert!(c.sentence_start <= c.figure_start && c.figure_end <= c.sentence_end, "{c:?}");
            assert_eq!(&passage[c.figure_start..c.figure_end], c.figure);
            assert!(c.high.is_none_or(|h| h >= c.low), "{c:?}");
            for path in c.facet_paths() {
                assert!(tantivy::schema::Facet::from_text(&path).is_ok(), "bad facet path {path:?}");
            }
        }
    }
    assert_eq!(claims, x.claims_of_dispatch(&passages, None), "extraction is not deterministic");
});
