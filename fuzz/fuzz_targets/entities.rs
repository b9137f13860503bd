//! Fuzz target: entity extraction on arbitrary text.
//!
//! Mentions become highlights and facets by their byte offsets, unchecked,
//! so beyond "never panics" this checks: each span lies on char
//! boundaries, is non-empty and inside the text, spans come in text order
//! without overlapping, the facet paths are valid, and reusing the scratch
//! buffers of [`Extractor::extract_into`] changes nothing.

#![no_main]

use depeches::entities::{Extractor, Scratch};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let extractor = Extractor::embedded();
    let mentions = extractor.extract(&text);
    let mut end = 0;
    for m in &mentions {
        assert!(m.start < m.end && m.end <= text.len(), "span {}..{} of {}", m.start, m.end, text.len());
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "span {}..{}",
            m.start,
            m.end
        );
        assert!(m.start >= end, "mentions overlap or go back");
        end = m.end;
        let (from, to) = m.char_span(&text);
        assert_eq!(to - from, m.text(&text).chars().count());
    }
    for path in extractor.facet_paths(&mentions) {
        assert!(tantivy::schema::Facet::from_text(&path).is_ok(), "bad facet path {path:?}");
    }
    let (mut again, mut scratch) = (Vec::new(), Scratch::default());
    extractor.extract_into("Les FAMa et la CMA à Kidal, région de Tombouctou.", &mut again, &mut scratch);
    extractor.extract_into(&text, &mut again, &mut scratch);
    assert_eq!(mentions, again, "reused scratch buffers change the mentions");
});
