//! The fixed hash of a folded word, which near-duplicate signatures
//! (`index::near_dup`) are built from. It lives with the analysis so that
//! the analyzer's memo can keep it per distinct piece
//! ([`super::AnalyzedPiece::hash`]): a passage's words are then hashed once
//! per distinct word, not at every occurrence. Signatures and cluster ids
//! are stored in the index, so nothing here may depend on the process, the
//! platform or a crate version: changing a constant needs a schema bump.

/// FxHash's multiplier.
pub(crate) const FX: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The SplitMix64 finalizer: every input bit reaches every output bit.
pub(crate) const fn mix64(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A word's hash, eight bytes at a time; the length is mixed in so that
/// the zero padding of the last chunk cannot make two words collide.
#[inline]
pub fn word_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut h = 0u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let v = u64::from_le_bytes(chunk.try_into().expect("chunks of 8"));
        h = (h.rotate_left(5) ^ v).wrapping_mul(FX);
    }
    let rest = chunks.remainder().len();
    if rest > 0 {
        h = (h.rotate_left(5) ^ last_bytes(bytes, rest)).wrapping_mul(FX);
    }
    mix64(h ^ bytes.len() as u64)
}

/// The last `rest` (1 to 7) bytes of `bytes`, zero-padded to a
/// little-endian u64, read with at most two loads instead of a copy into a
/// buffer (most words are that short).
#[inline]
fn last_bytes(bytes: &[u8], rest: usize) -> u64 {
    let len = bytes.len();
    if len >= 8 {
        let last = u64::from_le_bytes(bytes[len - 8..].try_into().expect("8 bytes"));
        last >> (8 * (8 - rest))
    } else if rest >= 4 {
        // The whole word, as two overlapping 4-byte loads.
        let first = u32::from_le_bytes(bytes[..4].try_into().expect("4 bytes"));
        let last = u32::from_le_bytes(bytes[rest - 4..rest].try_into().expect("4 bytes"));
        u64::from(first) | u64::from(last) << (8 * (rest - 4))
    } else {
        // 1 to 3 bytes: first, middle and last (some the same byte).
        let byte = |i: usize| u64::from(bytes[i]) << (8 * i);
        byte(0) | byte(rest / 2) | byte(rest - 1)
    }
}
