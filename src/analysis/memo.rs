//! The analyzer's memo: what the analysis made of each distinct piece, as
//! written, so that a piece seen before costs one lookup.
//!
//! Indexing looks up every piece of the corpus here (hundreds of millions
//! at 4×), and the lookup is bound by memory access, not instructions. So
//! the layout keeps it to two cache lines: an open-addressing table of
//! 32-byte slots, each holding 32 bits of the piece's hash, the byte
//! lengths of its strings and everything else a piece needs (flags, the
//! caller's tag, the folded form's [`word_hash`]); and one arena where an
//! entry's strings lie side by side: the piece as written (the key), its
//! folded form, its term, its stacked term. A hit reads one slot (its
//! neighbours on a collision, in the same or the next line) and then the
//! arena bytes it compares and hands on, which are the ones the caller
//! copies next anyway. No allocation per entry.
//!
//! Bounded: past [`MEMO_CAPACITY`] entries (or an arena of
//! [`ARENA_CAPACITY`] bytes) the memo is emptied and refilled, as news
//! text is Zipfian and the hot words come back at once; the table never
//! grows past [`MAX_SLOTS`] slots (8 MiB). What the memo holds changes
//! only how fast a piece is analyzed, never its analysis.

use super::UNTAGGED;
use super::word_hash::word_hash;

/// Past this many entries the memo is emptied and refilled. OrangeSum
/// holds about 144,000 distinct pieces, each indexing thread seeing most
/// of them.
pub(super) const MEMO_CAPACITY: usize = 180_000;

/// The table's largest size: a power of two, so that at [`MEMO_CAPACITY`]
/// it is at most 69 % full and a probe stays short.
const MAX_SLOTS: usize = 1 << 18;

/// The table's first size.
const MIN_SLOTS: usize = 1 << 10;

/// When the table grows past this size the arena is given [`ARENA_ROOM`]
/// bytes: a tokenizer that has met 8,000 distinct pieces is indexing a
/// corpus, and an arena that doubled its way up would touch about twice
/// its final memory (each page zeroed by the kernel on first touch) and
/// copy its bytes at each step. Queries and short texts keep a small one.
/// (The table itself still doubles: one of the largest size from there on
/// spread the hot words over 8 MiB early, and cost as much user time as
/// it saved in page faults.)
const ARENA_JUMP_SLOTS: usize = 1 << 14;

/// The arena's room past [`ARENA_JUMP_SLOTS`]: about what an indexing
/// thread's memo holds on OrangeSum (110,000 entries, 2.5 MB).
const ARENA_ROOM: usize = 4 << 20;

/// Past this many bytes of strings the memo is emptied too: offsets are
/// `u32`, and a text of very long pieces should not hold on to them.
const ARENA_CAPACITY: usize = 64 << 20;

/// What the analysis made of one piece (and its case): byte ranges into
/// [`Memo::arena`].
#[derive(Clone, Copy, Debug)]
pub(super) struct MemoEntry {
    /// The folded form, stop words included (the entity matcher's word).
    pub folded: (u32, u32),
    /// The index term; `None` for a word that gives none (a stop word).
    pub term: Option<(u32, u32)>,
    /// The term of the word without its glued prefix, if it stacks one.
    pub stacked: Option<(u32, u32)>,
    /// Byte length of the glued prefix in `folded` (0 without a stacked term).
    pub prefix_len: u32,
    /// The piece's first letter is a capital.
    pub capitalized: bool,
    /// At least two letters and no lowercase one (`CMA`, `MALI`).
    pub all_caps: bool,
    /// The caller's tag of `folded` (see [`super::AnalyzedPiece::tag`]).
    pub tag: u32,
    /// [`word_hash`] of `folded`.
    pub hash: u64,
}

/// A new entry's strings and facts, before they are kept.
pub(super) struct NewEntry<'a> {
    pub folded: &'a str,
    pub term: Option<&'a str>,
    pub stacked: Option<&'a str>,
    pub prefix_len: usize,
    pub capitalized: bool,
    pub all_caps: bool,
}

/// Where [`Memo::insert`] puts a piece too long for a slot's lengths: it
/// is analyzed each time it is met (such pieces are not words).
pub(super) const NOT_KEPT: usize = usize::MAX;

const OCCUPIED: u8 = 1;
const CAPITALIZED: u8 = 2;
const ALL_CAPS: u8 = 4;
const HAS_TERM: u8 = 8;
const HAS_STACKED: u8 = 16;

/// One slot of the table: an entry, its strings at `base` in the arena
/// (key, folded form, term, stacked term, in that order).
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    /// [`word_hash`] of the folded form.
    hash: u64,
    tag: u32,
    base: u32,
    /// The high 32 bits of the key's lookup hash (the low bits chose the
    /// slot): most probes that meet another key stop here.
    check: u32,
    key_len: u16,
    folded_len: u16,
    term_len: u16,
    stacked_len: u16,
    prefix_len: u8,
    flags: u8,
}

impl Slot {
    #[inline]
    fn entry(&self) -> MemoEntry {
        let key_end = self.base + u32::from(self.key_len);
        let folded_end = key_end + u32::from(self.folded_len);
        let term_end = folded_end + u32::from(self.term_len);
        let stacked_end = term_end + u32::from(self.stacked_len);
        MemoEntry {
            folded: (key_end, folded_end),
            term: (self.flags & HAS_TERM != 0).then_some((folded_end, term_end)),
            stacked: (self.flags & HAS_STACKED != 0).then_some((term_end, stacked_end)),
            prefix_len: u32::from(self.prefix_len),
            capitalized: self.flags & CAPITALIZED != 0,
            all_caps: self.flags & ALL_CAPS != 0,
            tag: self.tag,
            hash: self.hash,
        }
    }
}

/// The memo; see the module's documentation.
#[derive(Clone, Default)]
pub(super) struct Memo {
    /// A power of two long (or empty before the first entry).
    slots: Vec<Slot>,
    len: usize,
    arena: String,
}

impl Memo {
    /// The lookup hash of a piece as written, for [`Self::get`] and
    /// [`Self::insert`]: computed once per piece.
    #[inline]
    pub fn hash(piece: &str) -> u64 {
        word_hash(piece)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The entries' strings, which [`MemoEntry`]'s ranges point into.
    #[inline]
    pub fn arena(&self) -> &str {
        &self.arena
    }

    /// The slot and entry of `piece`, whose [`Self::hash`] is `h`.
    #[inline]
    pub fn get(&self, piece: &str, h: u64) -> Option<(usize, MemoEntry)> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let check = (h >> 32) as u32;
        let mut i = h as usize & mask;
        loop {
            let slot = &self.slots[i];
            if slot.flags & OCCUPIED == 0 {
                return None;
            }
            if slot.check == check && usize::from(slot.key_len) == piece.len() {
                let base = slot.base as usize;
                if same_bytes(&self.arena.as_bytes()[base..base + piece.len()], piece.as_bytes()) {
                    return Some((i, slot.entry()));
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Starts fetching the slot where a lookup of [`Self::hash`] `h`
    /// begins, for a lookup a little later.
    #[inline]
    pub fn prefetch_slot(&self, h: u64) {
        if !self.slots.is_empty() {
            prefetch(&self.slots[h as usize & (self.slots.len() - 1)]);
        }
    }

    /// Starts fetching the strings of the entry in the slot where a
    /// lookup of `h` begins, if that slot holds a piece of that hash
    /// (the slot itself fetched by [`Self::prefetch_slot`] well before:
    /// this reads it).
    #[inline]
    pub fn prefetch_strings(&self, h: u64) {
        if self.slots.is_empty() {
            return;
        }
        let slot = &self.slots[h as usize & (self.slots.len() - 1)];
        if slot.flags & OCCUPIED != 0
            && slot.check == (h >> 32) as u32
            && let Some(byte) = self.arena.as_bytes().get(slot.base as usize)
        {
            prefetch(byte);
        }
    }

    /// Keeps `new` as the entry of `piece` (not in the memo; [`Self::hash`]
    /// `h`), whose folded form hashes to `hash`: its slot (or
    /// [`NOT_KEPT`]) and entry.
    pub fn insert(&mut self, piece: &str, h: u64, new: &NewEntry<'_>, hash: u64) -> (usize, MemoEntry) {
        if self.len >= MEMO_CAPACITY || self.arena.len() > ARENA_CAPACITY {
            self.clear();
        }
        let base = self.arena.len();
        for s in [Some(piece), Some(new.folded), new.term, new.stacked].into_iter().flatten() {
            self.arena.push_str(s);
        }
        let len16 = |s: Option<&str>| u16::try_from(s.map_or(0, str::len)).ok();
        let (Some(key_len), Some(folded_len), Some(term_len), Some(stacked_len), Ok(prefix_len), Ok(base)) = (
            len16(Some(piece)),
            len16(Some(new.folded)),
            len16(new.term),
            len16(new.stacked),
            u8::try_from(new.prefix_len),
            u32::try_from(base),
        ) else {
            // Not a word: its strings stay in the arena until the next
            // clearing, and it is analyzed again when met again.
            let mut at = base as u32;
            let mut range = |s: &str| {
                let from = at;
                at += s.len() as u32;
                (from, at)
            };
            range(piece);
            return (
                NOT_KEPT,
                MemoEntry {
                    folded: range(new.folded),
                    term: new.term.map(&mut range),
                    stacked: new.stacked.map(&mut range),
                    prefix_len: new.prefix_len as u32,
                    capitalized: new.capitalized,
                    all_caps: new.all_caps,
                    tag: UNTAGGED,
                    hash,
                },
            );
        };
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        let slot = Slot {
            hash,
            tag: UNTAGGED,
            base,
            check: (h >> 32) as u32,
            key_len,
            folded_len,
            term_len,
            stacked_len,
            prefix_len,
            flags: OCCUPIED
                | flag(new.capitalized, CAPITALIZED)
                | flag(new.all_caps, ALL_CAPS)
                | flag(new.term.is_some(), HAS_TERM)
                | flag(new.stacked.is_some(), HAS_STACKED),
        };
        if self.slots.len() < MAX_SLOTS && (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let i = self.free_slot(h);
        self.slots[i] = slot;
        self.len += 1;
        (i, slot.entry())
    }

    /// Sets the tag of the entry in slot `i` (from [`Self::get`] or
    /// [`Self::insert`]; nothing for [`NOT_KEPT`]).
    #[inline]
    pub fn set_tag(&mut self, i: usize, tag: u32) {
        if let Some(slot) = self.slots.get_mut(i) {
            slot.tag = tag;
        }
    }

    /// The first free slot on the probe of `h`.
    fn free_slot(&self, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while self.slots[i].flags & OCCUPIED != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// Doubles the table (or makes the first one), moving every entry.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(MIN_SLOTS);
        if size == ARENA_JUMP_SLOTS * 2 {
            self.arena.reserve(ARENA_ROOM.saturating_sub(self.arena.len()));
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for slot in old.into_iter().filter(|s| s.flags & OCCUPIED != 0) {
            let base = slot.base as usize;
            let i = self.free_slot(Self::hash(&self.arena[base..base + usize::from(slot.key_len)]));
            self.slots[i] = slot;
        }
    }

    /// Forgets every entry, keeping the buffers.
    fn clear(&mut self) {
        self.slots.fill(Slot::default());
        self.len = 0;
        self.arena.clear();
    }
}

/// Asks the processor to bring the cache line of `at` in (a hint: it
/// changes no result).
#[inline(always)]
fn prefetch<T>(at: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch reads nothing and cannot fault, whatever the
        // address (here a live reference), and SSE is part of x86_64.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((at as *const T).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
}

/// `a == b`, inline like [`same_bytes`]: for the claims' phrase matching,
/// which compares a word with a phrase's word a million times per 1,500
/// dispatches, mostly words of one to three bytes.
#[inline]
pub(crate) fn same_str(a: &str, b: &str) -> bool {
    a.len() == b.len() && same_bytes(a.as_bytes(), b.as_bytes())
}

/// `a == b` for slices of the same length, inline: keys are short (most
/// French words fit in 16 bytes), and a call to `memcmp` per lookup costs
/// more than comparing them.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    debug_assert_eq!(n, b.len());
    let u64_at = |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().expect("8 bytes"));
    let u32_at = |s: &[u8], i: usize| u32::from_le_bytes(s[i..i + 4].try_into().expect("4 bytes"));
    if n >= 8 {
        // Whole 8-byte chunks, then the last 8 bytes (overlapping).
        let mut i = 0;
        while i + 8 < n {
            if u64_at(a, i) != u64_at(b, i) {
                return false;
            }
            i += 8;
        }
        u64_at(a, n - 8) == u64_at(b, n - 8)
    } else if n >= 4 {
        u32_at(a, 0) == u32_at(b, 0) && u32_at(a, n - 4) == u32_at(b, n - 4)
    } else {
        // 0 to 3 bytes: the first, middle and last (some the same byte),
        // without a call to `memcmp` for the shortest, commonest words.
        n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_entry(folded: &str) -> NewEntry<'_> {
        NewEntry {
            folded,
            term: Some(folded),
            stacked: None,
            prefix_len: 0,
            capitalized: false,
            all_caps: false,
        }
    }

    #[test]
    fn finds_what_it_keeps_across_growth_and_clearing() {
        let mut memo = Memo::default();
        // Past the arena's jump and up to the largest table.
        let pieces: Vec<String> = (0..20_000).map(|i| format!("mot{i}{}", "é".repeat(i % 11))).collect();
        for (n, p) in pieces.iter().enumerate() {
            let h = Memo::hash(p);
            assert!(memo.get(p, h).is_none());
            let folded = format!("f{p}");
            let (i, e) = memo.insert(p, h, &new_entry(&folded), n as u64);
            memo.set_tag(i, n as u32);
            assert_eq!(&memo.arena()[e.folded.0 as usize..e.folded.1 as usize], folded);
        }
        assert_eq!(memo.len(), pieces.len());
        assert!(memo.arena.capacity() >= ARENA_ROOM);
        for (n, p) in pieces.iter().enumerate() {
            let (_, e) = memo.get(p, Memo::hash(p)).expect(p);
            let term = e.term.expect("a term");
            assert_eq!(&memo.arena()[term.0 as usize..term.1 as usize], format!("f{p}"));
            assert_eq!((e.tag, e.hash, e.stacked), (n as u32, n as u64, None));
        }
        // Same hash and length, other bytes: not found.
        assert!(memo.get("mot1x", Memo::hash("mot1é")).is_none());
        memo.clear();
        assert_eq!(memo.len(), 0);
        assert!(memo.get(&pieces[7], Memo::hash(&pieces[7])).is_none());
    }

    #[test]
    fn keeps_flags_and_stacked_terms() {
        let mut memo = Memo::default();
        let new = NewEntry {
            folded: "antijihadistes",
            term: Some("antijihad"),
            stacked: Some("jihad"),
            prefix_len: 4,
            capitalized: true,
            all_caps: false,
        };
        let piece = "Antijihadistes";
        memo.insert(piece, Memo::hash(piece), &new, 9);
        let (_, e) = memo.get(piece, Memo::hash(piece)).unwrap();
        let at = |(a, b): (u32, u32)| &memo.arena()[a as usize..b as usize];
        assert_eq!((at(e.folded), e.term.map(at), e.stacked.map(at)), (new.folded, new.term, new.stacked));
        assert_eq!((e.prefix_len, e.capitalized, e.all_caps, e.tag), (4, true, false, UNTAGGED));
    }

    #[test]
    fn a_piece_too_long_for_a_slot_is_analyzed_each_time() {
        let mut memo = Memo::default();
        let piece = "a".repeat(70_000);
        let h = Memo::hash(&piece);
        let (i, e) = memo.insert(&piece, h, &new_entry(&piece), 1);
        assert_eq!(i, NOT_KEPT);
        assert_eq!(e.folded.1 - e.folded.0, 70_000);
        assert_eq!(e.term.map(|(a, b)| b - a), Some(70_000));
        memo.set_tag(i, 3);
        assert!(memo.get(&piece, h).is_none());
        assert_eq!(memo.len(), 0);
    }

    #[test]
    fn compares_every_length() {
        assert!(same_str("de", "de") && same_str("", "") && !same_str("de", "des") && !same_str("de", "du"));
        for n in 0..40 {
            let a: Vec<u8> = (0..n as u8).collect();
            assert!(same_bytes(&a, &a.clone()));
            for k in 0..n {
                let mut b = a.clone();
                b[k] ^= 1;
                assert!(!same_bytes(&a, &b), "{n} {k}");
            }
        }
    }
}
