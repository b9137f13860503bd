//! Fuzz target: the query language, from typed text to tantivy hits and
//! highlights.
//!
//! The input's first line is the query, the rest a passage to highlight
//! (a French sample when there is none). The query is parsed; an error
//! must point inside the query (its caret line is drawn from the
//! position). A parsed query has its words listed, is compiled with and
//! without typos, run on a small in-RAM index with the real schema and
//! analyzer, and its patterns marked in the passage: marks are in order,
//! non-overlapping, on char boundaries, and the snippet's highlights lie
//! inside the snippet.

#![no_main]

use std::sync::OnceLock;

use depeches::analysis::{self, FrenchTokenizer};
use depeches::entities::Extractor;
use depeches::schema::IndexSchema;
use depeches::search::{query, snippet};
use libfuzzer_sys::fuzz_target;
use tantivy::collector::Count;
use tantivy::schema::{Facet, TantivyDocument};
use tantivy::{Index, IndexReader};

const SAMPLE: &str = "Les FAMa ont repoussé l'attaque d'Al-Qaïda au Maghreb islamique près de Léré, \
    dans la région de Tombouctou, selon la CMA : « un accord de paix » aujourd'hui, 13h30.";

struct Fixture {
    schema: IndexSchema,
    reader: IndexReader,
}

/// A RAM index of two passages, built once per fuzzing process.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let schema = IndexSchema::embedded().expect("embedded schema");
        let index = Index::create_in_ram(schema.schema.clone());
        analysis::register(&index);
        let mut writer = index.writer_with_num_threads(1, 15_000_000).expect("writer");
        let extractor = Extractor::embedded();
        for text in [SAMPLE, "Les jihadistes du JNIM ont attaqué Kidal et Gao, puis Bamako."] {
            let mut doc = TantivyDocument::default();
            doc.add_text(schema.fields.text, text);
            doc.add_text(schema.fields.source, "AFP");
            for path in extractor.facet_paths(&extractor.extract(text)) {
                doc.add_facet(schema.fields.facets, Facet::from_text(&path).expect("facet"));
            }
            writer.add_document(doc).expect("add");
        }
        writer.commit().expect("commit");
        let reader = index.reader().expect("reader");
        Fixture { schema, reader }
    })
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (raw, passage) = match input.split_once('\n') {
        Some((q, p)) if !p.is_empty() => (q, p),
        Some((q, _)) => (q, SAMPLE),
        None => (&*input, SAMPLE),
    };
    let node = match query::parse(raw) {
        Ok(node) => node,
        Err(e) => {
            assert!(e.position <= raw.chars().count(), "error position past the query");
            let _ = e.to_string();
            return;
        }
    };
    let mut words = Vec::new();
    query::words(&node, &mut words);
    let fixture = fixture();
    let fields = &fixture.schema.fields;
    let searcher = fixture.reader.searcher();
    let mut analyzer = FrenchTokenizer::default();
    for fuzzy in [false, true] {
        let mut target = query::Target { fuzzy, ..query::Target::new(fields, &mut analyzer, Extractor::embedded()) };
        let compiled = match query::compile(&node, &mut target, raw) {
            Ok(c) => c,
            Err(e) => {
                assert!(e.position <= raw.chars().count(), "error position past the query");
                return;
            }
        };
        let count = searcher.search(&*compiled.query, &Count).expect("search");
        assert!(count <= 2);
        let marks = snippet::matches(&mut analyzer, Extractor::embedded(), passage, &[], &compiled.patterns);
        let mut end = 0;
        for &(s, e) in &marks {
            assert!(s >= end && s < e && e <= passage.len(), "mark {s}..{e} after {end}");
            assert!(passage.is_char_boundary(s) && passage.is_char_boundary(e));
            end = e;
        }
        let shown = snippet::snippet(passage, &marks);
        let chars = shown.text.chars().count();
        let mut end = 0;
        for &(s, e) in &shown.highlights {
            assert!(s >= end && s <= e && e <= chars, "highlight {s}..{e} after {end} in {chars}");
            end = e;
        }
    }
});
