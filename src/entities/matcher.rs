//! A trie over folded word sequences: every alias, acronym, generic word and
//! place name of the vocabularies, walked word by word over a text.
//!
//! Words are interned once, when the trie is built, so the text side costs
//! one hash lookup per word (no allocation) and the walk compares integers.
//! The extractor starts a walk at each word position and follows the trie as
//! far as the text goes; entries are at most a dozen words long, so the whole
//! pass is linear in the length of the text, whatever the number of aliases
//! (no regex per alias). Each node holds the payloads of the entries that end
//! there; which one applies is the extractor's business.

use rustc_hash::FxHashMap as HashMap;

/// Index of a trie node; the root is [`Trie::ROOT`].
pub(crate) type NodeId = u32;

/// Interned word id.
pub(crate) type WordId = u32;

#[derive(Debug, Clone)]
struct Node<P> {
    /// (word, child), sorted by word once the trie is built.
    children: Vec<(WordId, NodeId)>,
    payloads: Vec<P>,
}

/// Word-level trie with payloads of type `P` on the nodes ending an entry.
#[derive(Debug, Clone)]
pub(crate) struct Trie<P> {
    words: HashMap<Box<str>, WordId>,
    nodes: Vec<Node<P>>,
}

impl<P: PartialEq> Trie<P> {
    /// The root node: the empty word sequence.
    pub const ROOT: NodeId = 0;

    /// An empty trie.
    pub fn new() -> Self {
        Trie { words: HashMap::default(), nodes: vec![Node { children: Vec::new(), payloads: Vec::new() }] }
    }

    /// Adds `payload` at the end of the word sequence `words` (folded words).
    /// A payload already at that node is not added twice (a name and its
    /// unaccented alias fold to the same sequence).
    pub fn insert<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, payload: P) {
        let mut node = Self::ROOT;
        for word in words {
            // Looked up before inserting: most words of 57k names are
            // already interned, and `entry` would box each one first.
            let id = match self.words.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as WordId;
                    self.words.insert(word.into(), id);
                    id
                }
            };
            let children = &self.nodes[node as usize].children;
            node = match children.binary_search_by_key(&id, |&(w, _)| w) {
                Ok(i) => children[i].1,
                Err(i) => {
                    let child = self.nodes.len() as NodeId;
                    self.nodes.push(Node { children: Vec::new(), payloads: Vec::new() });
                    self.nodes[node as usize].children.insert(i, (id, child));
                    child
                }
            };
        }
        let payloads = &mut self.nodes[node as usize].payloads;
        if !payloads.contains(&payload) {
            payloads.push(payload);
        }
    }

    /// The id of a folded word, if any entry holds it.
    #[inline]
    pub fn word_id(&self, word: &str) -> Option<WordId> {
        self.words.get(word).copied()
    }

    /// The node reached from `node` by `word`.
    #[inline]
    pub fn child(&self, node: NodeId, word: WordId) -> Option<NodeId> {
        let children = &self.nodes[node as usize].children;
        children.binary_search_by_key(&word, |&(w, _)| w).ok().map(|i| children[i].1)
    }

    /// The payloads of the entries ending at `node`.
    #[inline]
    pub fn payloads(&self, node: NodeId) -> &[P] {
        &self.nodes[node as usize].payloads
    }

    /// Number of nodes, root included.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.nodes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_word_sequences_and_keeps_payloads_once() {
        let mut t = Trie::new();
        t.insert(["etat", "islamique"], 1);
        t.insert(["etat", "islamique", "au", "sahel"], 2);
        t.insert(["etat", "islamique"], 1);
        let walk = |words: &[&str]| {
            let mut node = Trie::<i32>::ROOT;
            for w in words {
                node = t.child(node, t.word_id(w)?)?;
            }
            Some(t.payloads(node).to_vec())
        };
        assert_eq!(walk(&["etat", "islamique"]), Some(vec![1]));
        assert_eq!(walk(&["etat", "islamique", "au", "sahel"]), Some(vec![2]));
        assert_eq!(walk(&["etat"]), Some(vec![]));
        assert_eq!(walk(&["etat", "major"]), None);
        assert_eq!(t.len(), 5);
    }
}
