//! Computes at build time what every process would otherwise compute at
//! start:
//!
//! * the fingerprint of the vocabularies embedded in the binary
//!   (`index::vocabulary_fingerprint`), an FNV-1a pass over 3 MB of data
//!   that cost a cold `search` about 30 M instructions (a unit test checks
//!   it against the same computation at run time);
//! * the gazetteer and the entity matcher's trie, laid out for reading in
//!   place (`src/entities/frozen.rs`): parsing `places.tsv` and building the
//!   trie over its 57k names cost a cold `search` about 270 M instructions.
//!   Names are folded by the analyzer's own code (its source files are
//!   modules of this script), so the blob holds what the run-time path would
//!   build; unit tests compare the two;
//! * the analyzer's lists of names (`analysis/names.rs`), read from
//!   `places.tsv` and `actors.toml` by `analysis/name_lists.rs`.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/analysis/elision.rs"]
mod elision;
#[allow(dead_code)]
#[path = "src/analysis/fold.rs"]
mod fold;
#[path = "src/analysis/name_lists.rs"]
mod name_lists;
/// The analyzer modules `words.rs` uses, at the paths it names them by.
#[allow(dead_code)]
#[path = "src/analysis/piece.rs"]
mod piece;
#[allow(dead_code)]
#[path = "src/analysis/segment.rs"]
mod segment;
mod analysis {
    pub(crate) use super::piece::{AnalyzedPiece, UNTAGGED};
    pub(crate) use super::{elision, fold, segment};
}
/// The entity modules `words.rs` uses, at the paths it names them by.
mod entities {
    pub(crate) use super::matcher;
}
#[allow(dead_code)]
#[path = "src/entities/frozen.rs"]
mod frozen;
#[allow(dead_code)]
#[path = "src/entities/matcher.rs"]
mod matcher;
#[allow(dead_code)]
#[path = "src/entities/words.rs"]
mod words;

/// Must list the files of `VOCABULARY_FILES` in `src/index/mod.rs`, in its order.
const VOCABULARY_FILES: [&str; 9] = [
    "index_schema/stopwords.txt",
    "index_schema/synonyms.tsv",
    "index_schema/irregular.tsv",
    "index_schema/actors.toml",
    "index_schema/places.tsv",
    "index_schema/schema.toml",
    "index_schema/claims/rules.toml",
    "index_schema/claims/numbers.tsv",
    "index_schema/claims/nationalities.tsv",
];

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in VOCABULARY_FILES {
        println!("cargo:rerun-if-changed={file}");
        let bytes = std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for b in bytes.into_iter().chain([0xFF]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    for file in [
        "build.rs",
        "src/analysis/elision.rs",
        "src/analysis/fold.rs",
        "src/analysis/name_lists.rs",
        "src/analysis/segment.rs",
        "src/entities/frozen.rs",
        "src/entities/matcher.rs",
        "src/entities/words.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    std::fs::write(Path::new(&out).join("vocabulary_fingerprint.txt"), format!("{hash:016x}"))
        .expect("OUT_DIR is writable");

    let read =
        |file: &str| std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let places_tsv = read("index_schema/places.tsv");
    let actors_toml = read("index_schema/actors.toml");
    // The analyzer's names (analysis/names.rs).
    for (file, names) in [
        ("known_names.txt", name_lists::known_names(&places_tsv, &actors_toml)),
        ("ambiguous_names.txt", name_lists::ambiguous_names(&places_tsv)),
    ] {
        std::fs::write(Path::new(&out).join(file), names.join("\n")).expect("OUT_DIR is writable");
    }
    let places = places(&places_tsv);
    let named = named_entries(&actors_toml);

    // The trie's entries in `Extractor::trie`'s order: the names of actors,
    // descriptive mentions and generics, the place names, the `[context]`
    // names. Wordless entries are skipped there too.
    let mut builder = matcher::TrieBuilder::new();
    let mut buffer = words::WordBuffer::default();
    let mut entry = 0u32;
    let mut counts = [0u32; 3];
    let mut insert_named = |names: &[String], count: &mut u32, builder: &mut matcher::TrieBuilder| {
        for name in names {
            buffer.fill(name);
            if !buffer.words().is_empty() {
                builder.insert(buffer.words().iter().map(|w| buffer.folded(w)), entry);
                entry += 1;
                *count += 1;
            }
        }
    };
    insert_named(&named.0, &mut counts[0], &mut builder);
    let mut place_entries = Vec::new();
    let mut buffer = words::WordBuffer::default();
    for (i, p) in places.iter().enumerate() {
        let aliases = &places_tsv[p.aliases.0 as usize..p.aliases.1 as usize];
        let name = &places_tsv[p.name.0 as usize..p.name.1 as usize];
        for name in std::iter::once(name).chain(aliases.split('|').filter(|a| !a.is_empty())) {
            buffer.fill(name);
            if buffer.words().is_empty() {
                continue;
            }
            let folded: Vec<&str> = buffer.words().iter().map(|w| buffer.folded(w)).collect();
            let (guarded, compass) = frozen::place_rule(p.french_word, &folded);
            builder.insert(folded.iter().copied(), entry);
            entry += 1;
            counts[1] += 1;
            place_entries.extend_from_slice(&(i as u32).to_le_bytes());
            place_entries.extend_from_slice(&(u32::from(guarded) | u32::from(compass) << 1).to_le_bytes());
        }
    }
    let mut buffer = words::WordBuffer::default();
    let mut count = 0;
    for names in [&named.1] {
        for name in names {
            buffer.fill(name);
            if !buffer.words().is_empty() {
                builder.insert(buffer.words().iter().map(|w| buffer.folded(w)), entry);
                entry += 1;
                count += 1;
            }
        }
    }
    counts[2] = count;

    let mut records = Vec::with_capacity(places.len() * frozen::PlaceRecord::SIZE);
    for p in &places {
        p.write(&mut records);
    }
    let counts: Vec<u8> = counts.iter().flat_map(|c| c.to_le_bytes()).collect();
    let mut blob = Vec::new();
    // In the order of `frozen::section`.
    for section in [&records, &builder.to_bytes(), &place_entries, &counts] {
        frozen::push_section(&mut blob, section);
    }
    std::fs::write(Path::new(&out).join("vocabulary.bin"), blob).expect("OUT_DIR is writable");
}

/// The names of `actors.toml` the trie holds, before the places (actors:
/// name, aliases, cased aliases, acronyms, evidence words; descriptive
/// mentions; generics) and after them (`[context]` elsewhere and
/// not_entities), in file order. The run-time parser checks the file.
fn named_entries(text: &str) -> (Vec<String>, Vec<String>) {
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("index_schema/actors.toml: {e}"));
    let strings = |v: Option<&toml::Value>| -> Vec<String> {
        v.and_then(toml::Value::as_array)
            .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    };
    let list = |key: &str| table.get(key).and_then(toml::Value::as_array).cloned().unwrap_or_default();
    let mut before = Vec::new();
    for actor in list("actor") {
        before.extend(actor.get("name").and_then(toml::Value::as_str).map(str::to_owned));
        for field in ["aliases", "cased_aliases", "acronyms", "evidence_words"] {
            before.extend(strings(actor.get(field)));
        }
    }
    for table in ["descriptive", "generic"] {
        for item in list(table) {
            before.extend(strings(item.get("words")));
        }
    }
    let context = table.get("context");
    let mut after = strings(context.and_then(|c| c.get("elsewhere")));
    after.extend(strings(context.and_then(|c| c.get("not_entities"))));
    (before, after)
}

/// The places of `places.tsv`, checked as `Vocabulary::from_sources` checks
/// them (a defect fails the build, naming the line).
fn places(text: &str) -> Vec<frozen::PlaceRecord> {
    const COLUMNS: [&str; 10] =
        ["path", "level", "name", "aliases", "geonameid", "lat", "lon", "french_word", "preferred", "tier"];
    let base = text.as_ptr() as usize;
    let range = |s: &str| {
        let from = (s.as_ptr() as usize - base) as u32;
        (from, from + s.len() as u32)
    };
    let mut places: Vec<frozen::PlaceRecord> = Vec::new();
    let mut header_seen = false;
    for (n, line) in text.lines().enumerate() {
        let fail = |message: String| -> ! { panic!("index_schema/places.tsv:{}: {message}", n + 1) };
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            if cols != COLUMNS {
                fail(format!("header must be {}", COLUMNS.join("<TAB>")));
            }
            header_seen = true;
            continue;
        }
        if cols.len() != COLUMNS.len() {
            fail(format!("{} columns, expected {}", cols.len(), COLUMNS.len()));
        }
        let path = cols[0];
        if !path.starts_with('/') || path.ends_with('/') || path.contains("//") {
            fail(format!("path {path:?} must be /Component/... without empty components"));
        }
        let level = frozen::LEVELS
            .iter()
            .position(|l| *l == cols[1])
            .unwrap_or_else(|| fail(format!("unknown level {:?}", cols[1])));
        let flag = |c: &str| match c {
            "0" => false,
            "1" => true,
            _ => fail(format!("flag must be 0 or 1, not {c:?}")),
        };
        let number = |c: &str| -> Option<f64> {
            (!c.is_empty()).then(|| c.parse().unwrap_or_else(|_| fail(format!("bad number {c:?}"))))
        };
        let geonameid = (!cols[4].is_empty())
            .then(|| cols[4].parse().unwrap_or_else(|_| fail(format!("bad geonameid {:?}", cols[4]))));
        let coordinates = match (number(cols[5]), number(cols[6])) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            _ => None,
        };
        if words::key(cols[2]).is_empty() {
            fail("empty name".to_owned());
        }
        if places.last().is_some_and(|p| &text[p.path.0 as usize..p.path.1 as usize] >= path) {
            fail(format!("{path}: paths must be unique and sorted"));
        }
        if let Some(parent) = path.rfind('/').filter(|&i| i > 0).map(|i| &path[..i])
            && places.binary_search_by(|p| text[p.path.0 as usize..p.path.1 as usize].cmp(parent)).is_err()
        {
            fail(format!("parent {parent} of {path} is not listed"));
        }
        places.push(frozen::PlaceRecord {
            path: range(path),
            name: range(cols[2]),
            aliases: range(cols[3]),
            level: level as u8,
            french_word: flag(cols[7]),
            preferred: flag(cols[8]),
            cue_only: match cols[9] {
                "bare" => false,
                "cue" => true,
                t => fail(format!("tier must be bare or cue, not {t:?}")),
            },
            geonameid,
            coordinates,
        });
    }
    if !header_seen {
        panic!("index_schema/places.tsv: no header line");
    }
    places
}
