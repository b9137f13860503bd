//! The vocabularies as `build.rs` lays them out for a cold start: one byte
//! blob embedded in the binary and read in place.
//!
//! Parsing `places.tsv` (33k places) and building the matcher's trie over
//! its 57k names cost a cold `search` about 270 M instructions, more than
//! the search itself. `build.rs` does both once, from the same data files,
//! with the analyzer's own folding (it includes `analysis/fold.rs`,
//! `segment.rs`, `elision.rs` and `entities/words.rs` as modules) and this
//! module's writers; a process reads the blob with this module's readers:
//!
//! * the gazetteer: one fixed-size record per place, its strings as byte
//!   ranges of the embedded `places.tsv` (no copy, no allocation);
//! * the matcher's trie in its frozen form (`matcher.rs`), whose payloads
//!   are entry numbers: entries of actors, descriptive mentions and
//!   generics first, then place names, then the `[context]` names, in the
//!   order `Extractor::trie` inserts them; a place entry carries its place
//!   and rule here, the others are rebuilt from `actors.toml` at start (a
//!   few hundred).
//!
//! An extractor over another vocabulary ([`super::Extractor::new`]) takes
//! the same trie layout, built at run time. Unit tests check that the blob equals what
//! the run-time path builds from the embedded files.
//!
//! Numbers are little-endian `u32` (`u64` for ids and coordinates), read
//! with `from_le_bytes`: the blob needs no alignment.

/// Compass words: single-word place names made of one are tagged only
/// after "région de/du" (Burkina's regions Nord, Est, Centre).
pub(crate) const COMPASS: [&str; 5] = ["nord", "sud", "est", "ouest", "centre"];

/// Place levels by their number in a record, in `PlaceLevel`'s order.
#[allow(dead_code)] // build.rs writes the numbers; a test checks the order
pub(crate) const LEVELS: [&str; 6] = ["country", "region", "cercle", "commune", "locality", "zone"];

/// The rule of a place name whose folded words are `folded`: (`guarded`: a
/// single-word French-word name, or one made of compass words, needs a
/// capital or a cue; `compass`: a name made of compass words needs
/// "région de").
pub(crate) fn place_rule(french_word: bool, folded: &[&str]) -> (bool, bool) {
    let compass = folded.iter().all(|w| COMPASS.contains(w));
    (french_word && (folded.len() == 1 || compass), compass)
}

/// Appends a section (its byte length, then its bytes) to a blob.
#[allow(dead_code)] // build.rs writes the blob
pub(crate) fn push_section(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
}

/// The sections of a blob, in order.
pub(crate) fn sections(mut blob: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    while blob.len() >= 4 {
        let len = u32_at(blob, 0) as usize;
        out.push(&blob[4..4 + len]);
        blob = &blob[4 + len..];
    }
    out
}

/// The `u32` at byte offset `at`.
#[inline]
pub(crate) fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"))
}

/// Sections of the vocabulary blob.
pub(crate) mod section {
    /// Place records ([`super::PlaceRecord`]).
    pub const PLACES: usize = 0;
    /// The matcher's trie (`matcher.rs` layout).
    pub const TRIE: usize = 1;
    /// Place entries of the trie: (place, rule bits) pairs of `u32`.
    pub const PLACE_ENTRIES: usize = 2;
    /// Entry counts: before the places, place entries, after the places.
    pub const COUNTS: usize = 3;
}

/// One place of `places.tsv`, its strings as byte ranges of the file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PlaceRecord {
    /// Byte range of the path.
    pub path: (u32, u32),
    /// Byte range of the name.
    pub name: (u32, u32),
    /// Byte range of the `|`-separated aliases.
    pub aliases: (u32, u32),
    /// Index into [`LEVELS`].
    pub level: u8,
    /// `french_word`.
    pub french_word: bool,
    /// `preferred`.
    pub preferred: bool,
    /// Tier `cue`.
    pub cue_only: bool,
    /// GeoNames id.
    pub geonameid: Option<u64>,
    /// Latitude, longitude.
    pub coordinates: Option<(f64, f64)>,
}

impl PlaceRecord {
    /// Bytes of one record.
    pub const SIZE: usize = 6 * 4 + 4 + 3 * 8;

    /// Appends the record to a section.
    #[allow(dead_code)] // build.rs writes the blob
    pub fn write(&self, out: &mut Vec<u8>) {
        for n in [self.path.0, self.path.1, self.name.0, self.name.1, self.aliases.0, self.aliases.1] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        let flags = u8::from(self.french_word)
            | u8::from(self.preferred) << 1
            | u8::from(self.cue_only) << 2
            | u8::from(self.geonameid.is_some()) << 3
            | u8::from(self.coordinates.is_some()) << 4;
        out.extend_from_slice(&[self.level, flags, 0, 0]);
        let (lat, lon) = self.coordinates.unwrap_or_default();
        for n in [self.geonameid.unwrap_or_default(), lat.to_bits(), lon.to_bits()] {
            out.extend_from_slice(&n.to_le_bytes());
        }
    }

    /// Record `i` of a section.
    pub fn read(section: &[u8], i: usize) -> PlaceRecord {
        let r = &section[i * Self::SIZE..(i + 1) * Self::SIZE];
        let n = |k: usize| u32_at(r, 4 * k);
        let (level, flags) = (r[24], r[25]);
        PlaceRecord {
            path: (n(0), n(1)),
            name: (n(2), n(3)),
            aliases: (n(4), n(5)),
            level,
            french_word: flags & 1 != 0,
            preferred: flags & 2 != 0,
            cue_only: flags & 4 != 0,
            geonameid: (flags & 8 != 0).then(|| u64_at(r, 28)),
            coordinates: (flags & 16 != 0)
                .then(|| (f64::from_bits(u64_at(r, 36)), f64::from_bits(u64_at(r, 44)))),
        }
    }
}
