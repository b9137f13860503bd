//! Property tests (issue 8): arbitrary input through the corpus parsers,
//! the analyzer, the query parser and the entity extractor never panics
//! and keeps the invariants the rest of the pipeline trusts unchecked
//! (offsets on char boundaries, in order; passages clean and capped).
//!
//! A short run (256 cases a property) is part of `cargo test`; the
//! cargo-fuzz targets of `fuzz/` check the same invariants for as long as
//! one lets them run. Where cargo-fuzz cannot run, a longer run of these:
//! `DEPECHES_PROPTEST_CASES=100000 cargo test --release --test proptests`.

use depeches::analysis::FrenchTokenizer;
use depeches::corpus::{decode, jsonl, passages, txt};
use depeches::entities::{Extractor, Scratch};
use depeches::schema::IndexSchema;
use depeches::search::query;
use proptest::prelude::*;
use unicode_normalization::is_nfc;

/// Cases per property: 256, or `DEPECHES_PROPTEST_CASES`.
fn config() -> ProptestConfig {
    let cases = std::env::var("DEPECHES_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Pieces of French news text and of the query language, with the
/// characters that broke parsers before: apostrophes of all kinds,
/// hyphens, combining accents, controls, quotes, parentheses, operators.
const PIECES: &[&str] = &[
    "l'armée",
    "qu’il",
    "aujourd'hui",
    "Al-Qaïda",
    "Tombouctou",
    "Léré",
    "Diré",
    "dire",
    "CMA",
    "JNIM",
    "GSIM",
    "FAMa",
    "jihadistes",
    "antijihadiste",
    "Boni",
    "mali",
    "région de",
    "nord du Mali",
    "13h30",
    "1,5",
    "2.000",
    "œuvre",
    "Le\u{301}re\u{301}",
    "e\u{301}\u{301}",
    "OR",
    "-",
    "(",
    ")",
    "\"",
    "«",
    "»",
    "“",
    "”",
    "actor:",
    "place:",
    "kind:",
    "source:",
    "titre:",
    "actor:\"Ansar Dine\"",
    ":",
    "'",
    "’",
    "ʼ",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\u{0}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{feff}",
    "\u{85}",
    "\u{2028}",
    "ß",
    "İ",
    "ǅ",
    "ﬁ",
    "𝔄",
    "٣",
    "…",
    ".",
    "!",
    "?",
    ",",
    "date: 2023-13",
    "id: x",
    "\u{fffd}",
];

/// Strings made of [`PIECES`] and arbitrary characters.
fn french_ish(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..max).prop_map(|v| v.join(""))
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![french_ish(64), any::<String>()]
}

fn check_passages(passages: &[String]) -> Result<(), TestCaseError> {
    for p in passages {
        prop_assert!(!p.is_empty());
        prop_assert_eq!(p.trim(), p.as_str());
        prop_assert!(!p.contains("  "), "double space in {:?}", p);
        prop_assert!(!p.chars().any(char::is_control), "control character in {:?}", p);
        prop_assert!(p.chars().count() <= passages::MAX_PASSAGE_CHARS);
        prop_assert!(is_nfc(p), "not NFC: {:?}", p);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn analyzer_offsets_and_positions_hold(text in text()) {
        let mut fresh = FrenchTokenizer::default();
        let mut tokens = Vec::new();
        fresh.for_each_token(&text, |t| tokens.push((t.from, t.to, t.position, t.term.to_owned(), t.stacked)));
        let mut last: Option<(usize, usize)> = None;
        for (from, to, position, term, stacked) in &tokens {
            prop_assert!(from <= to && *to <= text.len());
            prop_assert!(text.is_char_boundary(*from) && text.is_char_boundary(*to));
            prop_assert!(!term.is_empty());
            match last {
                Some((last_from, last_position)) => {
                    prop_assert!(*from >= last_from);
                    prop_assert!(*position >= last_position);
                    prop_assert!(!stacked || *position == last_position);
                }
                None => prop_assert!(!stacked),
            }
            last = Some((*from, *position));
        }
        // A tokenizer reused after another text gives the same terms.
        let mut reused = FrenchTokenizer::default();
        reused.terms("L'antijihadiste armée d'Al-Qaïda");
        let terms: Vec<String> = tokens.into_iter().map(|t| t.3).collect();
        prop_assert_eq!(reused.terms(&text), terms);
    }

    #[test]
    fn query_parser_errors_point_inside_and_never_echo_controls(q in text()) {
        match query::parse(&q) {
            Err(e) => {
                prop_assert!(e.position <= q.chars().count());
                let shown = e.to_string();
                prop_assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{:?}", shown);
            }
            Ok(node) => {
                let mut words = Vec::new();
                query::words(&node, &mut words);
                let schema = IndexSchema::embedded().unwrap();
                let mut analyzer = FrenchTokenizer::default();
                for (fuzzy, any) in [(false, false), (true, false), (false, true)] {
                    let mut target = query::Target {
                        any,
                        fuzzy,
                        ..query::Target::new(&schema.fields, &mut analyzer, Extractor::embedded())
                    };
                    if let Err(e) = query::compile(&node, &mut target, &q) {
                        prop_assert!(e.position <= q.chars().count());
                    }
                }
            }
        }
    }

    #[test]
    fn txt_files_decode_parse_and_split_cleanly(bytes in prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..512),
        french_ish(64).prop_map(String::into_bytes),
    ]) {
        let text = match decode::decode(&bytes) {
            decode::Decoded::Text(t) => t.into_owned(),
            decode::Decoded::Windows1252(t) => t,
            decode::Decoded::Binary => return Ok(()),
        };
        let parsed = txt::parse(&text);
        prop_assert!(text.ends_with(parsed.body));
        if let Some((line, _)) = &parsed.bad_date {
            prop_assert!(*line >= 1 && *line <= text.lines().count());
        }
        check_passages(&passages::split(parsed.body))?;
    }

    #[test]
    fn overlong_paragraphs_are_cut_without_losing_text(
        word in "[a-zé’.]{1,12}",
        sep in prop_oneof![Just(" "), Just(". "), Just(""), Just(" \u{0} ")],
        count in 1usize..4_000,
    ) {
        let text = format!("{word}{sep}").repeat(count);
        let (pieces, cuts) = passages::split_counting_cuts(&text);
        check_passages(&pieces)?;
        // One paragraph (no newline): cut exactly when, collapsed, it is
        // over the cap.
        let collapsed: Vec<&str> = text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
        let chars = collapsed.iter().map(|w| w.chars().count()).sum::<usize>() + collapsed.len().saturating_sub(1);
        prop_assert_eq!(cuts, usize::from(chars > passages::MAX_PASSAGE_CHARS));
        // Nothing is lost or invented: only spaces move.
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>();
        prop_assert_eq!(squeeze(&pieces.concat()), squeeze(&text));
    }

    #[test]
    fn jsonl_lines_parse_or_say_why(line in prop_oneof![
        text(),
        (text(), any::<Option<String>>(), any::<Option<i64>>(), text()).prop_map(|(t, id, n, date)| {
            let mut o = serde_json::json!({"text": t, "date": date, "extra": [1, {"x": null}]});
            if let Some(id) = id { o["id"] = id.into(); } else if let Some(n) = n { o["id"] = n.into(); }
            o.to_string()
        }),
    ]) {
        match jsonl::parse_line(&line) {
            Ok(record) => {
                prop_assert!(record.id.as_deref().is_none_or(|id| !id.is_empty() && id.trim() == id));
                check_passages(&passages::split(&record.text))?;
            }
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }

    #[test]
    fn entity_spans_are_ordered_char_boundaries(text in text()) {
        let extractor = Extractor::embedded();
        let mentions = extractor.extract(&text);
        let mut end = 0;
        for m in &mentions {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(m.start >= end, "overlap or disorder: {:?}", mentions);
            end = m.end;
        }
        let (mut again, mut scratch) = (Vec::new(), Scratch::default());
        extractor.extract_into("Les FAMa et la CMA à Kidal.", &mut again, &mut scratch);
        extractor.extract_into(&text, &mut again, &mut scratch);
        prop_assert_eq!(mentions, again);
    }

    #[test]
    fn claim_spans_hold_in_any_text(text in prop_oneof![claim_text(), text()]) {
        let passages: Vec<&str> = text.lines().collect();
        let x = depeches::claims::ClaimExtractor::embedded();
        let claims = x.claims_of_dispatch(&passages, None);
        prop_assert_eq!(claims.len(), passages.len());
        for (p, claims) in passages.iter().zip(&claims) {
            for c in claims {
                prop_assert!(c.sentence_start <= c.figure_start && c.figure_start <= c.figure_end);
                prop_assert!(c.figure_end <= c.sentence_end && c.sentence_end <= p.len());
                for at in [c.figure_start, c.figure_end, c.sentence_start, c.sentence_end] {
                    prop_assert!(p.is_char_boundary(at));
                }
                prop_assert_eq!(&p[c.figure_start..c.figure_end], c.figure.as_str());
                prop_assert!(c.high.is_none_or(|h| h >= c.low));
            }
        }
    }

    /// Issue 14: markup pieces shuffled into any format's skeleton never
    /// panic a reader; every dispatch has clean passages.
    #[test]
    fn wire_readers_never_panic(
        root in prop::sample::select(vec!["<NewsML><NewsItem>", "<newsItem guid=\"g\">", "<nitf>", "<rss><channel><item>", "<feed><entry>", "<html><body>", "<DOC id=\"AFP_FRE_20230101.0001\" type=\"story\">\n<TEXT>\n"]),
        body in prop::collection::vec(prop::sample::select(vec![
            "<p>", "</p>", "<P>", "</P>", "Léré", "&amp;", "&lol;", "&#0;", "&#x110000;", "<![CDATA[x]]>", "<!DOCTYPE a [<!ENTITY e \"&e;\">]>",
            "<body.content>", "</body.content>", "<inlineXML><html><body>", "\n\n", "BAMAKO (AFP) - ", "a/b", "<", ">", "\"", "<?xml version=\"1.0\" encoding=\"latin1\"?>",
            "<description>&lt;p&gt;x&lt;/p&gt;</description>", "</DOC>", "<DOC>", "\u{0}", "é",
        ]), 0..40),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.xml");
        std::fs::write(&path, format!("{root}{}", body.concat())).unwrap();
        let mut dispatches = Vec::new();
        depeches::corpus::read_file(&path, &std::cell::Cell::new(0), &mut |d| dispatches.push(d), &mut |_| {});
        for d in dispatches {
            prop_assert!(!d.passages.is_empty());
            for p in &d.passages {
                prop_assert!(!p.trim().is_empty() && p.trim() == p && !p.contains('\n'));
            }
        }
    }
}

/// Claim-shaped text: figures, cues, qualifiers, quotes and sources in any
/// order, 40-digit numbers and dangling "entre 5 et" included.
fn claim_text() -> impl Strategy<Value = String> {
    const CLAIM_PIECES: &[&str] = &[
        "5 soldats ",
        "ont été tués ",
        "tués ",
        "morts ",
        "blessés ",
        "dont ",
        "entre ",
        "et ",
        "au moins ",
        "plus d'une trentaine ",
        "des dizaines ",
        "1.700 ",
        "1\u{202F}700 ",
        "quatre-vingt-dix ",
        "aucune victime ",
        "jusqu'à ",
        "selon l'armée",
        ", ont-ils dit. ",
        "« ",
        " »",
        "\"",
        "a-t-il ajouté ",
        "pris le contrôle des camps ",
        "1234567890123456789012345678901234567890 ",
        "Six militaires (ont été) faits prisonniers",
        "\n",
        ". ",
        "l'assassinat de ",
        "des ",
        "les soldats ",
        "un avion ",
        "a perdu ",
        "dans leurs rangs",
        "Léré ",
    ];
    let piece = prop_oneof![
        4 => proptest::sample::select(CLAIM_PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|v| v.join(""))
}
