//! A trie over folded word sequences: every alias, acronym, generic word and
//! place name of the vocabularies, walked word by word over a text.
//!
//! Words are interned once, when the trie is built, so the text side costs
//! one hash lookup per word (no allocation) and the walk compares integers.
//! The extractor starts a walk at each word position and follows the trie
//! as far as the text goes; entries are at most a dozen words long, so the
//! whole pass is linear in the length of the text, whatever the number of
//! aliases (no regex per alias). Each node holds the payloads of the entries
//! that end there; which one applies is the extractor's business.
//!
//! The trie is built ([`TrieBuilder`]) into a frozen byte layout read in
//! place ([`Trie`]): `build.rs` builds the embedded vocabularies' trie at
//! compile time (this file is one of its modules), so a process starts
//! without building it; a vocabulary read from a directory goes through
//! the same builder at run time. The layout, in little-endian `u32`s:
//! a header (word, slot, node, child and entry counts, text bytes), the
//! word hash table (open addressing; a slot holds the word id + 1 and 8
//! bits of the hash, 0 when empty), each word's end offset in the text,
//! each node's first child, the children's words and nodes (sorted by word
//! per node), each node's first entry, the entries, then the words' text.
//! Payloads are entry numbers in the layout, turned into the caller's
//! payloads when the trie is opened ([`Trie::from_bytes`]).

use std::borrow::Cow;
use std::collections::HashMap;

/// Index of a trie node; the root is [`Trie::ROOT`].
pub(crate) type NodeId = u32;

/// Interned word id.
pub(crate) type WordId = u32;

/// The hash of a word in the layout's table: FxHash-style over 8-byte
/// chunks, then a finalizer so that the low bits (the slot) mix every byte.
/// Fixed here, not a library's, since the blob is written at build time.
#[inline]
fn word_hash(word: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("eight bytes"))).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(last)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// Slot word: the id + 1 in the low 24 bits, hash bits above.
const ID_BITS: u32 = 24;

#[derive(Debug, Clone, Default)]
struct BuildNode {
    /// (word, child), sorted by word.
    children: Vec<(WordId, NodeId)>,
    entries: Vec<u32>,
}

/// Builds the frozen layout of a trie; payloads are entry numbers.
#[derive(Debug, Clone)]
pub(crate) struct TrieBuilder {
    ids: HashMap<String, WordId>,
    words: Vec<String>,
    nodes: Vec<BuildNode>,
}

impl TrieBuilder {
    /// An empty trie: the root only.
    pub fn new() -> Self {
        TrieBuilder { ids: HashMap::new(), words: Vec::new(), nodes: vec![BuildNode::default()] }
    }

    /// Adds `entry` at the end of the word sequence `words` (folded words).
    pub fn insert<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, entry: u32) {
        let mut node = 0;
        for word in words {
            let id = match self.ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as WordId;
                    self.ids.insert(word.to_owned(), id);
                    self.words.push(word.to_owned());
                    id
                }
            };
            let children = &self.nodes[node as usize].children;
            node = match children.binary_search_by_key(&id, |&(w, _)| w) {
                Ok(i) => children[i].1,
                Err(i) => {
                    let child = self.nodes.len() as NodeId;
                    self.nodes.push(BuildNode::default());
                    self.nodes[node as usize].children.insert(i, (id, child));
                    child
                }
            };
        }
        self.nodes[node as usize].entries.push(entry);
    }

    /// The frozen layout.
    pub fn to_bytes(&self) -> Vec<u8> {
        assert!(self.words.len() < (1 << ID_BITS) - 1, "too many words for the layout");
        let slots = (self.words.len() * 2).next_power_of_two().max(2);
        let mut table = vec![0u32; slots];
        for (id, word) in self.words.iter().enumerate() {
            let h = word_hash(word.as_bytes());
            let mut i = h as usize & (slots - 1);
            while table[i] != 0 {
                i = (i + 1) & (slots - 1);
            }
            table[i] = (id as u32 + 1) | ((h >> 56) as u32) << ID_BITS;
        }
        let mut ends = Vec::with_capacity(self.words.len());
        let mut text = Vec::new();
        for word in &self.words {
            text.extend_from_slice(word.as_bytes());
            ends.push(text.len() as u32);
        }
        let (mut child_start, mut child_words, mut child_nodes) = (vec![0u32], Vec::new(), Vec::new());
        let (mut entry_start, mut entries) = (vec![0u32], Vec::new());
        for node in &self.nodes {
            child_words.extend(node.children.iter().map(|&(w, _)| w));
            child_nodes.extend(node.children.iter().map(|&(_, n)| n));
            child_start.push(child_words.len() as u32);
            entries.extend_from_slice(&node.entries);
            entry_start.push(entries.len() as u32);
        }
        let header = [
            self.words.len() as u32,
            slots as u32,
            self.nodes.len() as u32,
            child_words.len() as u32,
            entries.len() as u32,
            text.len() as u32,
        ];
        let mut out = Vec::new();
        for array in
            [&header[..], &table, &ends, &child_start, &child_words, &child_nodes, &entry_start, &entries]
        {
            for n in array {
                out.extend_from_slice(&n.to_le_bytes());
            }
        }
        out.extend_from_slice(&text);
        out
    }
}

impl Default for TrieBuilder {
    fn default() -> Self {
        TrieBuilder::new()
    }
}

/// Byte offsets of the layout's arrays.
#[derive(Debug, Clone, Copy)]
struct Layout {
    slot_mask: usize,
    table: usize,
    ends: usize,
    child_start: usize,
    child_words: usize,
    child_nodes: usize,
    text: usize,
}

/// Word-level trie with payloads of type `P` on the nodes ending an entry,
/// read in place from its frozen layout.
#[derive(Debug, Clone)]
pub(crate) struct Trie<P> {
    bytes: Cow<'static, [u8]>,
    layout: Layout,
    /// Each node's payloads, node after node.
    payloads: Vec<P>,
    /// Each node's first payload in `payloads` (one more for the end).
    payload_start: Vec<u32>,
    /// The root's child by each word id ([`NO_NODE`]: none). Every walk
    /// starts at the root, whose children are most of the words: one
    /// load instead of a binary search over them, built when the trie is
    /// opened (a few hundred kilobytes, well under a millisecond).
    root: Vec<NodeId>,
}

/// No child in [`Trie`]'s root table (no node is the root's child).
const NO_NODE: NodeId = 0;

impl<P: PartialEq> Trie<P> {
    /// The root node: the empty word sequence.
    pub const ROOT: NodeId = 0;

    /// Opens a frozen layout ([`TrieBuilder::to_bytes`]), turning each
    /// entry number into its payload with `payload`. A payload already at
    /// a node is not added twice (a name and its unaccented alias fold to
    /// the same sequence); payloads keep the order of the entries.
    pub fn from_bytes(bytes: Cow<'static, [u8]>, mut payload: impl FnMut(u32) -> P) -> Self {
        let b = &bytes[..];
        let n = |i: usize| u32_at(b, 4 * i) as usize;
        let (words, slots, nodes, children, entries) = (n(0), n(1), n(2), n(3), n(4));
        let table = 6 * 4;
        let ends = table + 4 * slots;
        let child_start = ends + 4 * words;
        let child_words = child_start + 4 * (nodes + 1);
        let child_nodes = child_words + 4 * children;
        let entry_start = child_nodes + 4 * children;
        let entry_list = entry_start + 4 * (nodes + 1);
        let text = entry_list + 4 * entries;
        let mut out = Vec::with_capacity(entries);
        let mut payload_start = Vec::with_capacity(nodes + 1);
        payload_start.push(0);
        let mut from = u32_at(b, entry_start) as usize;
        for node in 0..nodes {
            let to = u32_at(b, entry_start + 4 * (node + 1)) as usize;
            let first = out.len();
            for e in from..to {
                let p = payload(u32_at(b, entry_list + 4 * e));
                if !out[first..].contains(&p) {
                    out.push(p);
                }
            }
            payload_start.push(out.len() as u32);
            from = to;
        }
        let layout =
            Layout { slot_mask: slots - 1, table, ends, child_start, child_words, child_nodes, text };
        let mut root = vec![NO_NODE; words];
        for k in n(child_start / 4)..n(child_start / 4 + 1) {
            root[n(child_words / 4 + k)] = n(child_nodes / 4 + k) as NodeId;
        }
        Trie { bytes, layout, payloads: out, payload_start, root }
    }

    #[inline]
    fn at(&self, offset: usize, i: usize) -> u32 {
        u32_at(&self.bytes, offset + 4 * i)
    }

    /// The id of a folded word, if any entry holds it.
    #[inline]
    pub fn word_id(&self, word: &str) -> Option<WordId> {
        let l = &self.layout;
        let h = word_hash(word.as_bytes());
        let tag = (h >> 56) as u32;
        let mut i = h as usize & l.slot_mask;
        loop {
            let slot = self.at(l.table, i);
            if slot == 0 {
                return None;
            }
            if slot >> ID_BITS == tag {
                let id = (slot & ((1 << ID_BITS) - 1)) - 1;
                let start = if id == 0 { 0 } else { self.at(l.ends, id as usize - 1) as usize };
                let end = self.at(l.ends, id as usize) as usize;
                if &self.bytes[l.text + start..l.text + end] == word.as_bytes() {
                    return Some(id);
                }
            }
            i = (i + 1) & l.slot_mask;
        }
    }

    /// The node reached from `node` by `word`.
    #[inline]
    pub fn child(&self, node: NodeId, word: WordId) -> Option<NodeId> {
        if node == Self::ROOT {
            return self.root.get(word as usize).copied().filter(|&child| child != NO_NODE);
        }
        let l = &self.layout;
        let (mut lo, mut hi) =
            (self.at(l.child_start, node as usize), self.at(l.child_start, node as usize + 1));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let w = self.at(l.child_words, mid as usize);
            if w == word {
                return Some(self.at(l.child_nodes, mid as usize));
            }
            if w < word {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        None
    }

    /// The payloads of the entries ending at `node`.
    #[inline]
    pub fn payloads(&self, node: NodeId) -> &[P] {
        let node = node as usize;
        &self.payloads[self.payload_start[node] as usize..self.payload_start[node + 1] as usize]
    }

    /// Number of nodes, root included.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.payload_start.len() - 1
    }

    /// The frozen layout, for comparing two tries.
    #[cfg(test)]
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Every node's payloads, node after node, for comparing two tries.
    #[cfg(test)]
    pub fn all_payloads(&self) -> (&[P], &[u32]) {
        (&self.payloads, &self.payload_start)
    }
}

#[inline]
fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_word_sequences_and_keeps_payloads_once() {
        let mut b = TrieBuilder::new();
        b.insert(["etat", "islamique"], 1);
        b.insert(["etat", "islamique", "au", "sahel"], 2);
        b.insert(["etat", "islamique"], 1);
        b.insert(["etat", "islamique"], 3);
        let t = Trie::from_bytes(Cow::Owned(b.to_bytes()), |e| e as i32 * 10);
        let walk = |words: &[&str]| {
            let mut node = Trie::<i32>::ROOT;
            for w in words {
                node = t.child(node, t.word_id(w)?)?;
            }
            Some(t.payloads(node).to_vec())
        };
        assert_eq!(walk(&["etat", "islamique"]), Some(vec![10, 30]));
        assert_eq!(walk(&["etat", "islamique", "au", "sahel"]), Some(vec![20]));
        assert_eq!(walk(&["etat"]), Some(vec![]));
        assert_eq!(walk(&["etat", "major"]), None);
        assert_eq!(walk(&["sahel"]), None);
        assert_eq!(t.word_id(""), None);
        assert_eq!(t.len(), 5);
    }

    #[test]
    fn every_word_is_found_in_a_large_table() {
        let mut b = TrieBuilder::new();
        let words: Vec<String> = (0..5000).map(|i| format!("mot{i}x{}", "é".repeat(i % 13))).collect();
        for (i, w) in words.iter().enumerate() {
            b.insert([w.as_str()], i as u32);
        }
        let t = Trie::from_bytes(Cow::Owned(b.to_bytes()), |e| e);
        for (i, w) in words.iter().enumerate() {
            let node = t.child(Trie::<u32>::ROOT, t.word_id(w).unwrap()).unwrap();
            assert_eq!(t.payloads(node), [i as u32]);
        }
        assert_eq!(t.word_id("mot5000x"), None);
    }
}
