//! Near-duplicate passages: a MinHash [`Signature`] per passage, and a
//! [`Clusterer`] that gives passages with the same or nearly the same words
//! the same cluster id, so search can show a repeated background paragraph
//! once, with "+N similar in dispatches …".
//!
//! Wire services repeat context paragraphs from story to story, sometimes
//! with a word or two changed. "Nearly the same" is measured as the Jaccard
//! similarity of the passages' sets of [`SHINGLE_WORDS`]-word shingles: a
//! one-word edit in an n-word passage leaves a Jaccard of (n − 5)/(n + 1),
//! 0.97 at 200 words, 0.90 at 59, 0.85 at 40. The contract:
//!
//! - Passages with the same words ([`Signature::text_hash`]) always share a
//!   cluster, whatever their length.
//! - Passages of fewer than [`MIN_WORDS`] words fold only with exact
//!   duplicates: short lines ("Elle a précisé que des informations
//!   suivraient.") differ by one word and say different things.
//! - Longer passages join the cluster of the most similar representative
//!   (ties: the oldest) if its estimated similarity is at least [`MIN_EQUAL_SLOTS`]/[`SLOTS`]. With
//!   128 slots and the threshold at 106 (0.83), a true Jaccard of 0.95 folds
//!   with probability > 0.99999, 0.90 with 0.996, 0.85 with 0.80, 0.80 with
//!   0.26, 0.70 with 7e-4 and 0.60 with 3e-8 (binomial tails; the tests
//!   check the estimator matches them).
//! - A new cluster's id is the `text_hash` of its first passage, so indexing
//!   the same passages in the same order gives the same ids.
//!
//! Clusters are stars around one representative, not chains: a passage
//! that drifts word by word from a background paragraph stops folding once
//! it is too far from the first version, however close each step was.
//!
//! Why these choices:
//! - **8-bit slots.** Each of the 128 slots keeps 8 bits (bits 8 to 15) of
//!   a 32-bit minimum (b-bit MinHash, Li & König 2010). Two different minima then
//!   agree by chance with probability 1/256, which [`Signature::similarity`]
//!   corrects for; that costs almost nothing in precision and makes a
//!   signature 140 bytes instead of 1 KiB. 128 slots rather than 64 because
//!   64 cannot separate 0.9 from 0.7: at 64 slots, the threshold that folds
//!   99 % of 0.9 pairs also folds 3 % of 0.7 pairs.
//! - **LSH on 10 bands of 4 slots.** A cluster is found when one band of
//!   the passage equals the representative's; a 0.9 pair shares no band
//!   with probability 2e-5, 0.85 with 6e-4. Bands are only candidate
//!   filters: every candidate is verified on all 128 slots.
//! - **Hashing** is our own (FxHash-style word hashes, a SplitMix64
//!   finalizer, one 32-bit multiply-add per slot, see `absorb` for why
//!   that family keeps the estimate unbiased and binomial), with fixed
//!   constants and integer arithmetic only: ids and
//!   signatures are stored in the index, so they must not depend on the
//!   process, the platform or a crate version. Changing any constant here
//!   changes stored data and needs a schema version bump.
//!
//! Memory, for N distinct passage texts of which C start long clusters:
//! about 26 bytes per distinct text (the exact-duplicate table) plus about
//! 350 bytes per long cluster (its 136-byte representative, 10 band-table
//! entries of about 14 bytes and 10 chain links of 8); hash tables at
//! their power-of-two capacities add up to a third. On OrangeSum (273,724
//! passages, 250,580 clusters) it held 104 MB, 402 bytes per passage, so a
//! million mostly unique passages take about 400 MB; a passage folded into
//! an existing cluster costs only its exact-table entry.
//! [`Clusterer::heap_bytes`] reports the figure.
//!
//! Speed (release, one core, `cargo bench --bench near_dup`): the 128
//! slots of a shingle are ranked with 32-bit vector instructions, AVX2 or
//! SSE4.1 when the CPU has them (detected at run time; the plain loop
//! otherwise), about 10 ns per shingle with AVX2; hashing the words costs
//! about as much again. [`Signature::of`] takes about 1.1 µs for a 50-word
//! passage (5.5 µs with the former 64-bit multiplications);
//! [`Clusterer::assign`] 0.7 to 1.4 µs. Signatures are pure, so they can be
//! computed on any thread; only `assign` needs the shared state.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::analysis::word_hash::{FX, mix64, word_hash};

/// Words per shingle. Passages with fewer words have one shingle, of all
/// their words.
pub const SHINGLE_WORDS: usize = 3;

/// MinHash slots per signature.
pub const SLOTS: usize = 128;

/// Passages with fewer words fold only with exact duplicates.
pub const MIN_WORDS: u32 = 8;

/// Equal slots (out of [`SLOTS`]) for a passage to join a cluster: an
/// estimated similarity of 0.83 (see the module documentation for what it
/// folds).
pub const MIN_EQUAL_SLOTS: usize = 106;

/// LSH bands, of [`ROWS`] slots each, used to find candidate clusters.
pub const BANDS: usize = 10;

/// Slots per LSH band.
pub const ROWS: usize = 4;

/// Length of [`Signature::to_bytes`]: text hash, word count, slots.
pub const SIGNATURE_BYTES: usize = 8 + 4 + SLOTS;

/// At most this many links of one band's chain are verified, newest first,
/// so a band shared by thousands of templated variants cannot make a
/// passage cost thousands of comparisons.
const CHAIN_LIMIT: usize = 64;

const NO_LINK: u32 = u32::MAX;

/// One multiplier per slot: slot `k` ranks a shingle hash `x`, split into
/// 32-bit halves `hi` and `lo`, by `hi + lo * MULTIPLIERS[k]` (mod 2^32);
/// see `absorb` for why that is a sound MinHash family. The top 24 bits
/// are random; the low bytes are the 128 odd bytes 1, 3, …, 255, all
/// different, so any two multipliers differ by 2^t times an odd number
/// with t ≤ 7.
const MULTIPLIERS: [u32; SLOTS] = {
    let mut out = [0u32; SLOTS];
    let mut state = 0x6465_7065_6368_6573u64; // "depeches"
    let mut k = 0;
    while k < SLOTS {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        out[k] = ((mix64(state) >> 32) as u32 & !0xff) | (2 * k as u32 + 1);
        k += 1;
    }
    out
};

/// Shingle hashes are ranked into the slots in batches of up to this many,
/// so the choice of instruction set is made once per batch, not per shingle.
const BATCH: usize = 32;

/// The MinHash sketch of one passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    text_hash: u64,
    words: u32,
    slots: [u8; SLOTS],
}

/// A stored signature that cannot be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("near-duplicate signature of {0} bytes, expected {SIGNATURE_BYTES}: run `depeches index --rebuild`")]
pub struct SignatureError(pub usize);

impl Signature {
    /// The signature of a passage given as its words, already lowercased
    /// and accent-folded, stop words kept (they carry the word order that
    /// shingles compare) and punctuation dropped.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Signature {
        Signature::of_word_hashes(words.into_iter().map(word_hash))
    }

    /// [`Signature::of`] the words whose [`word_hash`]es are `hashes`:
    /// indexing takes them from the analyzer's memo
    /// ([`crate::analysis::AnalyzedPiece::hash`]), once per distinct word.
    pub fn of_word_hashes(hashes: impl IntoIterator<Item = u64>) -> Signature {
        // Per-word hashes are combined per shingle from a window of the
        // last SHINGLE_WORDS hashes, oldest first, so no shingle is ever
        // built as a string.
        let mut window = [0u64; SHINGLE_WORDS];
        let mut mins = [u32::MAX; SLOTS];
        let mut batch = [0u64; BATCH];
        let mut pending = 0;
        let mut count = 0usize;
        let mut text = 0u64;
        for h in hashes {
            text = (text.rotate_left(5) ^ h).wrapping_mul(FX);
            window.copy_within(1.., 0);
            window[SHINGLE_WORDS - 1] = h;
            count += 1;
            if count >= SHINGLE_WORDS {
                batch[pending] = shingle_hash(&window);
                pending += 1;
                if pending == BATCH {
                    absorb(&mut mins, &batch);
                    pending = 0;
                }
            }
        }
        if (1..SHINGLE_WORDS).contains(&count) {
            batch[pending] = shingle_hash(&window[SHINGLE_WORDS - count..]);
            pending += 1;
        }
        absorb(&mut mins, &batch[..pending]);
        let mut slots = [0u8; SLOTS];
        for (slot, min) in slots.iter_mut().zip(mins) {
            // Bits 8 to 15 of the minimum: uniform (the minimum of n values
            // has its top log2(n) bits mostly 0, so not the top byte), and
            // above the low bits that two slots can share (see `absorb`),
            // so chance agreements are independent across slots.
            *slot = (min >> 8) as u8;
        }
        Signature {
            text_hash: mix64(text ^ count as u64),
            words: u32::try_from(count).unwrap_or(u32::MAX),
            slots,
        }
    }

    /// A hash of the whole word sequence: equal for exact duplicates.
    pub fn text_hash(&self) -> u64 {
        self.text_hash
    }

    /// The passage's number of words (saturating).
    pub fn words(&self) -> u32 {
        self.words
    }

    /// Is the passage too short to fold with anything but exact duplicates?
    pub fn is_short(&self) -> bool {
        self.words < MIN_WORDS
    }

    /// Slots equal in both signatures, out of [`SLOTS`].
    pub fn equal_slots(&self, other: &Signature) -> usize {
        equal_slots(&self.slots, &other.slots)
    }

    /// Estimated Jaccard similarity of the two passages' shingle sets, in
    /// [0, 1]: the fraction of equal slots, less the 1/256 chance that two
    /// different 8-bit minima agree.
    pub fn similarity(&self, other: &Signature) -> f32 {
        let chance = 1.0 / 256.0;
        let equal = self.equal_slots(other) as f32 / SLOTS as f32;
        ((equal - chance) / (1.0 - chance)).clamp(0.0, 1.0)
    }

    /// The signature as [`SIGNATURE_BYTES`] bytes, little-endian: text hash,
    /// word count, slots.
    pub fn to_bytes(&self) -> [u8; SIGNATURE_BYTES] {
        let mut out = [0u8; SIGNATURE_BYTES];
        out[..8].copy_from_slice(&self.text_hash.to_le_bytes());
        out[8..12].copy_from_slice(&self.words.to_le_bytes());
        out[12..].copy_from_slice(&self.slots);
        out
    }

    /// Reads back [`Signature::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Signature, SignatureError> {
        let bytes: &[u8; SIGNATURE_BYTES] = bytes.try_into().map_err(|_| SignatureError(bytes.len()))?;
        let (text_hash, rest) = bytes.split_at(8);
        let (words, slots) = rest.split_at(4);
        Ok(Signature {
            text_hash: u64::from_le_bytes(text_hash.try_into().expect("8 bytes")),
            words: u32::from_le_bytes(words.try_into().expect("4 bytes")),
            slots: slots.try_into().expect("SLOTS bytes"),
        })
    }
}

/// The hash of a shingle from its words' hashes, in order. Rotations keep
/// the word order ("a b c" ≠ "c b a").
#[inline]
fn shingle_hash(words: &[u64]) -> u64 {
    let mut h = 0u64;
    for (j, word) in words.iter().enumerate() {
        h ^= word.rotate_left((j * 64 / SHINGLE_WORDS) as u32);
    }
    mix64(h)
}

/// Lowers each slot's minimum to the ranks of `shingles`: slot `k` ranks
/// a shingle hash `x = hi·2^32 + lo` by `v_k(x) = hi + lo·a_k` (mod 2^32),
/// `a_k` = [`MULTIPLIERS`]`[k]`. One 32-bit multiply-add per slot, so the
/// 128 slots are 16 AVX2 or 32 SSE4.1 vector operations per shingle.
///
/// Why it is a sound MinHash family, for shingle hashes that are uniform
/// and independent (they come out of [`mix64`]):
/// - **One slot is an exact MinHash.** `hi` is uniform and independent of
///   `lo`, so `v_k(x)` is uniform whatever `a_k`, and independent across
///   shingles: the minimum falls on each shingle of the union with equal
///   probability, so P(equal minima) = Jaccard, up to 32-bit ties (n/2^32).
/// - **Two slots are independent**, which makes the count of equal slots
///   binomial in mean and variance (its variance is a sum over pairs of
///   slots). For one shingle, `v_l(x) = v_k(x) + lo·(a_l − a_k)` with `lo`
///   independent of `v_k(x)`, and `a_l − a_k` is 2^t times an odd number
///   with t ≤ 7 (the multipliers' low bytes all differ), so `lo·(a_l − a_k)`
///   is uniform over the multiples of 2^t. Hence bits 7 to 31 of `v_l(x)`
///   are uniform and independent of `v_k(x)`: the two slots order shingles
///   independently but for ties in the top 25 bits (n/2^25), and the
///   stored bits 8 to 15 of their minima agree by chance independently.
/// - **Beyond pairs**, the random top 24 bits of the multipliers leave no
///   simple arithmetic relation between groups of slots; the tests check
///   the fold rates against the binomial ones.
///
/// The same integer operations give the same minima on every instruction
/// set, so signatures do not depend on the machine.
fn absorb(mins: &mut [u32; SLOTS], shingles: &[u64]) {
    #[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, checked just above.
            return unsafe { absorb_avx2(mins, shingles) };
        }
        if std::arch::is_x86_feature_detected!("sse4.1") {
            // SAFETY: the CPU supports SSE4.1, checked just above.
            return unsafe { absorb_sse41(mins, shingles) };
        }
    }
    absorb_portable(mins, shingles);
}

/// [`absorb`] compiled for AVX2: 32-bit multiplies and unsigned minima on
/// 8 lanes (`vpmulld`, `vpminud`).
#[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
#[target_feature(enable = "avx2")]
fn absorb_avx2(mins: &mut [u32; SLOTS], shingles: &[u64]) {
    absorb_portable(mins, shingles);
}

/// [`absorb`] compiled for SSE4.1 (`pmulld`, `pminud` on 4 lanes): SSE2,
/// all that the default x86-64 target assumes, has neither.
#[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
#[target_feature(enable = "sse4.1")]
fn absorb_sse41(mins: &mut [u32; SLOTS], shingles: &[u64]) {
    absorb_portable(mins, shingles);
}

/// The one definition of [`absorb`], written over fixed-size arrays so that
/// it vectorizes for whichever instruction set it is inlined into.
#[inline(always)]
fn absorb_portable(mins: &mut [u32; SLOTS], shingles: &[u64]) {
    let mut local = *mins;
    for &x in shingles {
        let (hi, lo) = ((x >> 32) as u32, x as u32);
        for (min, a) in local.iter_mut().zip(&MULTIPLIERS) {
            *min = (*min).min(hi.wrapping_add(lo.wrapping_mul(*a)));
        }
    }
    *mins = local;
}

fn equal_slots(a: &[u8; SLOTS], b: &[u8; SLOTS]) -> usize {
    a.iter().zip(b).filter(|(x, y)| x == y).count()
}

/// The key of band `band` of `slots`; the band number is mixed in so equal
/// slot values in different bands do not meet.
fn band_key(slots: &[u8; SLOTS], band: usize) -> u32 {
    let rows: [u8; ROWS] = slots[band * ROWS..(band + 1) * ROWS].try_into().expect("ROWS slots");
    (mix64(u64::from(u32::from_le_bytes(rows)) | (band as u64) << 32) >> 32) as u32
}

/// Hash table keys here are already uniform hashes; this spreads them over
/// all 64 bits (hashbrown reads both the low and the top bits) in one
/// multiplication instead of SipHash's rounds.
#[derive(Default)]
struct SpreadHasher(u64);

impl Hasher for SpreadHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(FX);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Spread = BuildHasherDefault<SpreadHasher>;

/// A cluster's representative: its first long passage.
struct Rep {
    id: u64,
    slots: [u8; SLOTS],
}

/// One cluster's entry in one band's chain.
#[derive(Clone, Copy)]
struct Link {
    rep: u32,
    next: u32,
}

/// Assigns passages to near-duplicate clusters, one passage at a time.
///
/// Memory is bounded per passage; see the module documentation for the
/// figures.
#[derive(Default)]
pub struct Clusterer {
    /// Text hash → cluster id, for every distinct text seen.
    exact: HashMap<u64, u64, Spread>,
    /// Representatives of clusters of long passages.
    reps: Vec<Rep>,
    /// Band key → newest link of its chain in `links`.
    bands: HashMap<u32, u32, Spread>,
    links: Vec<Link>,
    /// Candidates already verified for the current passage (reused).
    seen: Vec<u32>,
}

impl Clusterer {
    /// An empty clusterer.
    pub fn new() -> Clusterer {
        Clusterer::default()
    }

    /// An empty clusterer with room for `texts` distinct texts, so that it
    /// never grows (growing copies every table and touches fresh memory
    /// at each doubling: most of the ordering thread's time in the kernel).
    pub fn with_capacity(texts: usize) -> Clusterer {
        Clusterer {
            exact: HashMap::with_capacity_and_hasher(texts, Spread::default()),
            reps: Vec::with_capacity(texts),
            bands: HashMap::with_capacity_and_hasher(texts * BANDS, Spread::default()),
            links: Vec::with_capacity(texts * BANDS),
            seen: Vec::new(),
        }
    }

    /// The cluster id of the passage of `sig`: the cluster of an exact
    /// duplicate if there is one, else (for passages of [`MIN_WORDS`] words
    /// or more) the cluster whose representative is most similar, if it has
    /// at least [`MIN_EQUAL_SLOTS`] equal slots, else a new cluster whose id
    /// is `sig.text_hash()`.
    pub fn assign(&mut self, sig: &Signature) -> u64 {
        if let Some(&id) = self.exact.get(&sig.text_hash) {
            return id;
        }
        let id = match self.best_match(sig, None) {
            Some(rep) => self.reps[rep as usize].id,
            None => {
                self.add_rep(sig.text_hash, sig);
                sig.text_hash
            }
        };
        self.exact.insert(sig.text_hash, id);
        id
    }

    /// The cluster `sig` belongs to among those known, without recording
    /// anything.
    pub fn lookup(&mut self, sig: &Signature) -> Option<u64> {
        if let Some(&id) = self.exact.get(&sig.text_hash) {
            return Some(id);
        }
        self.best_match(sig, None).map(|rep| self.reps[rep as usize].id)
    }

    /// Records a passage already in the index as a member of `cluster`, so
    /// that later passages fold into the clusters of an earlier run. Load
    /// passages in the order they were first indexed: the first loaded
    /// member of a cluster becomes its representative. A member too far
    /// from the representative found becomes one more representative of
    /// the same id, so no existing cluster is ever missed for that reason.
    pub fn insert_existing(&mut self, cluster: u64, sig: &Signature) {
        // An inconsistent index (one text in two clusters) keeps the first.
        let known = self.exact.entry(sig.text_hash).or_insert(cluster);
        if *known != cluster || sig.is_short() {
            return;
        }
        if self.best_match(sig, Some(cluster)).is_none() {
            self.add_rep(cluster, sig);
        }
    }

    /// Forgets every text, keeping the memory of the tables.
    fn clear(&mut self) {
        self.exact.clear();
        self.reps.clear();
        self.bands.clear();
        self.links.clear();
        self.seen.clear();
    }

    /// Distinct texts the tables hold without growing.
    fn capacity(&self) -> usize {
        self.exact.capacity()
    }

    /// Distinct texts seen.
    pub fn texts(&self) -> usize {
        self.exact.len()
    }

    /// Cluster representatives held (clusters of long passages).
    pub fn representatives(&self) -> usize {
        self.reps.len()
    }

    /// Approximate heap memory held, in bytes.
    pub fn heap_bytes(&self) -> usize {
        // hashbrown: one control byte per bucket, plus the entry.
        self.exact.capacity() * (16 + 1)
            + self.bands.capacity() * (8 + 1)
            + self.reps.capacity() * size_of::<Rep>()
            + self.links.capacity() * size_of::<Link>()
            + self.seen.capacity() * size_of::<u32>()
    }

    /// The representative most similar to `sig` with at least
    /// [`MIN_EQUAL_SLOTS`] equal slots (ties: the oldest), among those of
    /// cluster `only` if given.
    fn best_match(&mut self, sig: &Signature, only: Option<u64>) -> Option<u32> {
        if sig.is_short() {
            return None;
        }
        self.seen.clear();
        let mut best: Option<(usize, u32)> = None;
        for band in 0..BANDS {
            let Some(&head) = self.bands.get(&band_key(&sig.slots, band)) else { continue };
            let mut link = head;
            for _ in 0..CHAIN_LIMIT {
                if link == NO_LINK {
                    break;
                }
                let Link { rep, next } = self.links[link as usize];
                link = next;
                if self.seen.contains(&rep) {
                    continue;
                }
                self.seen.push(rep);
                let r = &self.reps[rep as usize];
                if only.is_some_and(|id| id != r.id) {
                    continue;
                }
                let equal = equal_slots(&sig.slots, &r.slots);
                let better = match best {
                    None => true,
                    Some((e, b)) => equal > e || (equal == e && rep < b),
                };
                if equal >= MIN_EQUAL_SLOTS && better {
                    best = Some((equal, rep));
                }
            }
        }
        best.map(|(_, rep)| rep)
    }

    fn add_rep(&mut self, id: u64, sig: &Signature) {
        if sig.is_short() {
            return;
        }
        let rep = u32::try_from(self.reps.len()).expect("fewer than 2^32 clusters");
        self.reps.push(Rep { id, slots: sig.slots });
        for band in 0..BANDS {
            let link = u32::try_from(self.links.len()).expect("fewer than 2^32 band links");
            let head = self.bands.entry(band_key(&sig.slots, band)).or_insert(NO_LINK);
            self.links.push(Link { rep, next: *head });
            *head = link;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Test-only tokenizer: lowercase, split on non-alphanumerics.
    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    }

    fn sig_of(words: &[String]) -> Signature {
        Signature::of(words.iter().map(String::as_str))
    }

    fn sig(text: &str) -> Signature {
        sig_of(&words(text))
    }

    /// SplitMix64: a deterministic generator for the synthetic passages.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            mix64(self.0)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// `n` words drawn from a 2,000-word vocabulary, like a passage of
    /// running text (few repeated shingles).
    fn passage(rng: &mut Rng, n: usize) -> Vec<String> {
        (0..n).map(|_| format!("w{}", rng.below(2000))).collect()
    }

    /// `base` with `changes` distinct positions replaced by unseen words.
    fn edit(rng: &mut Rng, base: &[String], changes: usize) -> Vec<String> {
        let mut out = base.to_vec();
        let mut positions: Vec<usize> = (0..base.len()).collect();
        for i in 0..changes {
            let j = i + rng.below(positions.len() - i);
            positions.swap(i, j);
            out[positions[i]] = format!("new{}", rng.next());
        }
        out
    }

    fn jaccard(a: &[String], b: &[String]) -> f64 {
        let set = |w: &[String]| -> HashSet<Vec<String>> {
            w.windows(SHINGLE_WORDS).map(<[String]>::to_vec).collect()
        };
        let (a, b) = (set(a), set(b));
        a.intersection(&b).count() as f64 / a.union(&b).count() as f64
    }

    fn folds(a: &Signature, b: &Signature) -> bool {
        let mut c = Clusterer::new();
        c.assign(a) == c.assign(b)
    }

    #[test]
    fn one_word_changed_in_200_folds_30_percent_does_not() {
        let mut rng = Rng(1);
        let base = passage(&mut rng, 200);
        let one = edit(&mut rng, &base, 1);
        let many = edit(&mut rng, &base, 60);
        assert!(folds(&sig_of(&base), &sig_of(&one)));
        assert!(!folds(&sig_of(&base), &sig_of(&many)));
        let other = passage(&mut rng, 200);
        assert!(!folds(&sig_of(&base), &sig_of(&other)));
        assert!(sig_of(&base).similarity(&sig_of(&other)) < 0.05);
    }

    #[test]
    fn background_paragraph_with_small_edits_folds() {
        let a = "La CMA avait signé avec l'Etat central en 2015 un accord de paix, dit d'Alger, \
                 censé mettre fin aux hostilités dans le nord du pays, mais dont l'application \
                 est restée largement lettre morte depuis, selon les observateurs et les diplomates \
                 qui suivent le dossier de près.";
        let b = a.replace("observateurs", "analystes");
        let c = "Les rivalités se sont intensifiées dans la région de Tombouctou, où l'armée \
                 malienne a repris plusieurs camps militaires abandonnés par la Minusma.";
        let mut clusters = Clusterer::new();
        let ids = [a, &b, c].map(|t| clusters.assign(&sig(t)));
        assert_eq!(ids[0], ids[1]);
        assert_ne!(ids[0], ids[2]);
        assert_eq!(ids[0], sig(a).text_hash(), "a new cluster is named after its first passage");
    }

    #[test]
    fn short_passages_fold_only_when_identical() {
        let a = sig("Elle a précisé que des informations suivraient.");
        let b = sig("Elle a précisé que des précisions suivraient.");
        assert!(a.is_short());
        assert!(folds(&a, &a.clone()));
        assert!(!folds(&a, &b));
        // Even with every slot equal, a short pair does not fold.
        let mut c = Clusterer::new();
        let mut b_same_slots = b.clone();
        b_same_slots.slots = a.slots;
        assert_ne!(c.assign(&a), c.assign(&b_same_slots));
        // Very short and empty passages are exact-duplicate clusters too.
        for text in ["AFP", "", "Bamako, 12 mars"] {
            assert!(folds(&sig(text), &sig(text)));
        }
        assert!(!folds(&sig("AFP"), &sig("Reuters")));
    }

    #[test]
    fn exact_duplicates_share_a_cluster_whatever_came_between() {
        let mut rng = Rng(2);
        let base = passage(&mut rng, 60);
        let near = edit(&mut rng, &base, 1);
        let mut c = Clusterer::new();
        let first = c.assign(&sig_of(&near));
        for _ in 0..50 {
            c.assign(&sig_of(&edit(&mut rng, &base, 1)));
        }
        assert_eq!(c.assign(&sig_of(&near)), first);
    }

    #[test]
    fn ids_are_deterministic() {
        let run = || {
            let mut rng = Rng(3);
            let bases: Vec<_> = (0..20).map(|_| passage(&mut rng, 150)).collect();
            let mut c = Clusterer::new();
            (0..300)
                .map(|_| {
                    let base = &bases[rng.below(bases.len())];
                    let changes = rng.below(2);
                    c.assign(&sig_of(&edit(&mut rng, base, changes)))
                })
                .collect::<Vec<u64>>()
        };
        let ids = run();
        assert_eq!(ids, run());
        let distinct: HashSet<_> = ids.iter().collect();
        assert!(distinct.len() < 40, "near copies of 20 paragraphs fold: {} clusters", distinct.len());
    }

    #[test]
    fn existing_clusters_are_found_again() {
        let mut rng = Rng(4);
        let base = passage(&mut rng, 100);
        let member = edit(&mut rng, &base, 1);
        let mut c = Clusterer::new();
        c.insert_existing(42, &sig_of(&base));
        c.insert_existing(42, &sig_of(&member));
        c.insert_existing(7, &sig("AFP"));
        assert_eq!(c.representatives(), 1, "a close member does not become a representative");
        assert_eq!(c.assign(&sig_of(&member)), 42);
        assert_eq!(c.assign(&sig_of(&edit(&mut rng, &base, 1))), 42);
        assert_eq!(c.assign(&sig("AFP")), 7);
        assert_ne!(c.assign(&sig_of(&passage(&mut rng, 100))), 42);
    }

    #[test]
    fn bytes_round_trip() {
        let s = sig("La CMA avait signé avec l'Etat central en 2015 un accord de paix.");
        let bytes = s.to_bytes();
        assert_eq!(bytes.len(), SIGNATURE_BYTES);
        assert_eq!(Signature::from_bytes(&bytes), Ok(s));
        assert_eq!(Signature::from_bytes(&bytes[1..]), Err(SignatureError(SIGNATURE_BYTES - 1)));
    }

    #[test]
    fn stored_values_do_not_change() {
        // Signatures and ids are stored in indexes: a change here needs a
        // schema version bump.
        let s = sig("La CMA avait signé avec l'Etat central en 2015 un accord de paix.");
        assert_eq!(s.text_hash(), 0x8436_83ee_1bcd_6ef8);
        // Slots changed with the 32-bit slot family (the text hash did not).
        assert_eq!(&s.to_bytes()[12..20], &[241, 7, 80, 106, 87, 171, 189, 184]);
    }

    /// `word_hash` as first written, copying the last chunk into a buffer:
    /// the text hash, hence cluster ids, must not change with its
    /// implementation.
    fn word_hash_buffered(word: &str) -> u64 {
        let bytes = word.as_bytes();
        let mut h = 0u64;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            h = (h.rotate_left(5) ^ u64::from_le_bytes(chunk.try_into().unwrap())).wrapping_mul(FX);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(FX);
        }
        mix64(h ^ bytes.len() as u64)
    }

    #[test]
    fn word_hash_reads_every_length_like_the_buffered_one() {
        let text = "abcdéfghijklmnopqrstuvwxyzàâçèêëîïôûùüÿœ0123456789";
        for start in 0..text.len() {
            for end in start..=text.len() {
                if let Some(word) = text.get(start..end) {
                    assert_eq!(word_hash(word), word_hash_buffered(word), "{word:?}");
                }
            }
        }
    }

    /// Every instruction set gives the same minima, so signatures do not
    /// depend on the machine that indexed.
    #[test]
    fn vector_and_portable_slots_agree() {
        let mut rng = Rng(7);
        for n in [0, 1, 5, BATCH] {
            let shingles: Vec<u64> = (0..n).map(|_| rng.next()).collect();
            let mut start = [u32::MAX; SLOTS];
            start[3] = 0;
            start[100] = 12345;
            let mut expected = start;
            absorb_portable(&mut expected, &shingles);
            let mut dispatched = start;
            absorb(&mut dispatched, &shingles);
            assert_eq!(dispatched, expected);
            #[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
            {
                if std::arch::is_x86_feature_detected!("sse4.1") {
                    let mut sse = start;
                    // SAFETY: the CPU supports SSE4.1, checked just above.
                    unsafe { absorb_sse41(&mut sse, &shingles) };
                    assert_eq!(sse, expected);
                }
            }
        }
        // And `of` batches shingles without losing any: the minima of a
        // long passage are those of all its shingles at once.
        let words = passage(&mut rng, 3 * BATCH + 7);
        let hashes: Vec<u64> = words.iter().map(|w| word_hash(w)).collect();
        let shingles: Vec<u64> = hashes.windows(SHINGLE_WORDS).map(shingle_hash).collect();
        let mut mins = [u32::MAX; SLOTS];
        absorb_portable(&mut mins, &shingles);
        let slots: Vec<u8> = mins.iter().map(|m| (m >> 8) as u8).collect();
        assert_eq!(&sig_of(&words).to_bytes()[12..], &slots[..]);
    }

    #[test]
    fn multipliers_differ_in_their_low_bytes() {
        let low: HashSet<u8> = MULTIPLIERS.iter().map(|&a| a as u8).collect();
        assert_eq!(low.len(), SLOTS, "pairwise differences must be 2^t·odd with t ≤ 7");
    }

    /// The estimator is unbiased with binomial variance, which is what the
    /// folding probabilities of the module documentation assume; slots
    /// that were correlated (a weak permutation family) would widen it.
    #[test]
    fn similarity_estimates_jaccard() {
        let mut rng = Rng(5);
        let (mut bias, mut excess, mut pairs) = (0.0, 0.0, 0.0);
        for i in 0..400 {
            let base = passage(&mut rng, 40 + i % 160);
            let changes = 1 + rng.below(base.len() / 5);
            let other = edit(&mut rng, &base, changes);
            let truth = jaccard(&base, &other);
            let estimate = f64::from(sig_of(&base).similarity(&sig_of(&other)));
            let variance = truth * (1.0 - truth) / SLOTS as f64 + 1e-4;
            bias += estimate - truth;
            excess += (estimate - truth).powi(2) / variance;
            pairs += 1.0;
        }
        assert!((bias / pairs).abs() < 0.01, "bias {}", bias / pairs);
        assert!(excess / pairs < 1.3, "variance ratio {}", excess / pairs);
    }

    /// Fold rates near and far from the threshold, against the binomial
    /// figures of the module documentation.
    #[test]
    fn fold_rates() {
        let mut rng = Rng(6);
        let rate = |rng: &mut Rng, n: usize, changes: usize| {
            let mut folded = 0;
            let mut truth = 0.0;
            for _ in 0..300 {
                let base = passage(rng, n);
                let other = edit(rng, &base, changes);
                truth += jaccard(&base, &other) / 300.0;
                folded += usize::from(folds(&sig_of(&base), &sig_of(&other)));
            }
            (truth, folded)
        };
        let (j, folded) = rate(&mut rng, 200, 3); // Jaccard ≈ 0.91
        assert!(j > 0.9 && folded >= 297, "J {j}: {folded}/300 folded");
        // Jaccard 0.69 to 0.75 by how the edits fall: about one fold in
        // 300 expected.
        let (j, folded) = rate(&mut rng, 200, 12);
        assert!(j < 0.72 && folded <= 3, "J {j}: {folded}/300 folded");
    }
}

/// A [`Clusterer`] whose memory does not grow with the corpus: two
/// generations of at most `capacity` distinct texts each. When the newer
/// one is full, the older is dropped and a new one starts; a passage found
/// in the older generation is copied into the newer one, so clusters that
/// keep coming back (a background paragraph repeated for months) live on.
/// A near-duplicate is thus found when its earlier copy is among the last
/// `capacity` to `2 × capacity` distinct passages — weeks of wire copy.
pub struct WindowedClusterer {
    current: Clusterer,
    previous: Clusterer,
    capacity: usize,
}

/// Default capacity of a generation: with at most ~400 bytes a distinct
/// long passage, two generations stay under ~80 MB.
pub const WINDOW_TEXTS: usize = 100_000;

impl WindowedClusterer {
    /// Generations of `capacity` distinct texts.
    pub fn new(capacity: usize) -> WindowedClusterer {
        WindowedClusterer { current: Clusterer::new(), previous: Clusterer::new(), capacity: capacity.max(1) }
    }

    /// Room for the passages of a run expected to hold about `texts`
    /// distinct ones, so that the first generation does not grow by
    /// doubling: each doubling copies the tables into fresh pages, which the
    /// kernel zeroes (about 40 MB more touched on OrangeSum). Only before
    /// the first passage; a small run keeps growing as needed.
    pub fn expect(&mut self, texts: usize) {
        let texts = texts.min(self.capacity);
        if self.current.texts() == 0 && self.previous.texts() == 0 && texts > self.current.capacity() {
            self.current = Clusterer::with_capacity(texts);
        }
    }

    fn rotate(&mut self) {
        if self.current.texts() >= self.capacity {
            // The older generation's tables, emptied, hold the next one:
            // memory already in use is cheaper than fresh pages. After the
            // first rotation there are none yet, but the corpus is large,
            // so the next generation is sized for a full one at once. (The
            // first grows as needed, so a small index stays small.)
            std::mem::swap(&mut self.previous, &mut self.current);
            if self.current.texts() == 0 {
                self.current = Clusterer::with_capacity(self.capacity);
            } else {
                self.current.clear();
            }
        }
    }

    /// The cluster id of a new passage (see [`Clusterer::assign`]).
    pub fn assign(&mut self, sig: &Signature) -> u64 {
        self.rotate();
        if self.current.lookup(sig).is_none()
            && let Some(id) = self.previous.lookup(sig)
        {
            self.current.insert_existing(id, sig);
            return id;
        }
        self.current.assign(sig)
    }

    /// Records a passage already in the index (see
    /// [`Clusterer::insert_existing`]).
    pub fn insert_existing(&mut self, cluster: u64, sig: &Signature) {
        self.rotate();
        self.current.insert_existing(cluster, sig);
    }

    /// Approximate heap memory held.
    pub fn heap_bytes(&self) -> usize {
        self.current.heap_bytes() + self.previous.heap_bytes()
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;

    fn sig(text: &str) -> Signature {
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        Signature::of(words.iter().map(String::as_str))
    }

    #[test]
    fn clusters_survive_one_rotation_and_memory_stays_bounded() {
        let background = "la cma avait signé avec l'etat central en 2015 un accord de paix censé mettre fin \
                          aux hostilités déclenchées avec les insurrections indépendantiste et salafiste";
        let mut w = WindowedClusterer::new(100);
        let first = w.assign(&sig(background));
        for i in 0..150 {
            w.assign(&sig(&format!("passage numéro {i} sur la situation à kidal et à gao ce jour {i}")));
        }
        // One rotation happened; the background paragraph is in the older
        // generation and still folds, and is carried into the newer one.
        assert_eq!(w.assign(&sig(background)), first);
        for i in 0..1000 {
            w.assign(&sig(&format!("autre passage {i} sur la situation à tombouctou le jour {i} du mois")));
        }
        assert!(w.current.texts() <= 100 && w.previous.texts() <= 100);
    }

    #[test]
    fn a_generation_reused_after_rotation_starts_empty() {
        let long = |last: &str| {
            let words: Vec<String> = (0..60).map(|i| format!("mot{i}")).collect();
            format!("{} {last}", words.join(" "))
        };
        let others = |w: &mut WindowedClusterer, n: usize, tag: &str| {
            for i in 0..n {
                w.assign(&sig(&format!("{tag} {i} sur la situation à kidal et à gao le jour {i}")));
            }
        };
        // One rotation: the original is in the older generation, and its
        // near-duplicate folds into its cluster.
        let mut w = WindowedClusterer::new(100);
        let original = w.assign(&sig(&long("fin")));
        others(&mut w, 150, "un");
        assert_eq!(w.assign(&sig(&long("suite"))), original);
        // Three rotations without it: its generation's tables now hold
        // other texts only, and the near-duplicate starts its own cluster.
        let mut w = WindowedClusterer::new(100);
        let original = w.assign(&sig(&long("fin")));
        others(&mut w, 350, "deux");
        assert_ne!(w.assign(&sig(&long("suite"))), original);
        assert!(w.current.texts() <= 100 && w.previous.texts() <= 100);
    }

    #[test]
    fn expecting_passages_sizes_the_first_generation_and_changes_no_cluster() {
        let texts: Vec<String> = (0..250)
            .map(|i| {
                format!("passage {} sur la situation à kidal et à gao le jour {} du mois", i % 90, i % 7)
            })
            .collect();
        let ids = |expect: Option<usize>| {
            let mut w = WindowedClusterer::new(100);
            if let Some(n) = expect {
                w.expect(n);
                assert!(w.current.capacity() >= n.min(100));
            }
            texts.iter().map(|t| w.assign(&sig(t))).collect::<Vec<_>>()
        };
        let grown = ids(None);
        assert_eq!(ids(Some(60)), grown);
        assert_eq!(ids(Some(10_000)), grown);
        // Once passages are held, a hint changes nothing.
        let mut w = WindowedClusterer::new(100);
        w.assign(&sig(&texts[0]));
        let before = w.current.capacity();
        w.expect(100);
        assert_eq!(w.current.capacity(), before);
    }
}
