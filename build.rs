//! Computes at build time what every process would otherwise compute at
//! start: the fingerprint of the vocabularies embedded in the binary
//! (`index::vocabulary_fingerprint`), an FNV-1a pass over 3 MB of data that
//! cost a cold `search` about 30 M instructions. A unit test checks it
//! against the same computation at run time.

use std::path::Path;

/// Must list the files of `VOCABULARY_FILES` in `src/index/mod.rs`, in its order.
const VOCABULARY_FILES: [&str; 8] = [
    "index_schema/stopwords.txt",
    "index_schema/synonyms.tsv",
    "index_schema/irregular.tsv",
    "index_schema/actors.toml",
    "index_schema/places.tsv",
    "index_schema/schema.toml",
    "index_schema/claims/rules.toml",
    "index_schema/claims/numbers.tsv",
];

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in VOCABULARY_FILES {
        println!("cargo:rerun-if-changed={file}");
        let bytes = std::fs::read(Path::new(&root).join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for b in bytes.into_iter().chain([0xFF]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("vocabulary_fingerprint.txt"), format!("{hash:016x}"))
        .expect("OUT_DIR is writable");
}
