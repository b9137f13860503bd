//! Step 8 of the French analyzer: light rules then Snowball, behind a cache.
//!
//! The folded word first goes through [`super::light`] (regular plurals and
//! feminines, which Snowball handles poorly), then Snowball French.
//!
//! Snowball is the costly step of the pipeline, and news text repeats its
//! words: a bounded per-analyzer cache of folded word → stem pays for itself
//! (each indexing thread owns its own analyzer clone, so there is no lock).

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::fold::{fold_into, restore_stem_accent};
use super::light::{keeps_derivation, post_stem, pre_stem};

/// Past this many entries the cache is emptied and refilled: news
/// vocabularies are Zipfian, so the hot words come back at once.
const CACHE_CAPACITY: usize = 200_000;

/// Once the cache holds this many words it is given room for
/// [`CACHE_ROOM`] at once: a stemmer that has met 4,096 distinct words is
/// indexing a corpus, and a table that doubled its way up would touch
/// twice its final memory (each page zeroed by the kernel) and rehash
/// every word at each step. Queries keep a small cache.
const CACHE_JUMP: usize = 4096;

/// The cache's room past [`CACHE_JUMP`]: about the distinct words an
/// indexing thread stems on OrangeSum (86,000).
const CACHE_ROOM: usize = 100_000;

fn french() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::French))
}

/// Stems folded words; owns its scratch buffer and cache.
#[derive(Default, Clone)]
pub struct StemCache {
    cache: HashMap<Box<str>, Box<str>>,
    scratch: String,
}

impl StemCache {
    /// Writes the term of the folded, lowercase `word` into `out`: light
    /// rules, accent restored on `-ée`/`-ière` endings, stemmed, folded again.
    pub fn stem_into(&mut self, word: &str, out: &mut String) {
        if let Some(stem) = self.cache.get(word) {
            out.clear();
            out.push_str(stem);
            return;
        }
        self.scratch.clear();
        self.scratch.push_str(word);
        pre_stem(&mut self.scratch);
        if keeps_derivation(&self.scratch) {
            out.clear();
            out.push_str(&self.scratch);
        } else {
            restore_stem_accent(&mut self.scratch);
            let stem = french().stem(&self.scratch);
            fold_into(&stem, out);
            post_stem(out);
        }
        if self.cache.len() >= CACHE_CAPACITY {
            self.cache.clear();
        } else if self.cache.len() == CACHE_JUMP {
            self.cache.reserve(CACHE_ROOM - CACHE_JUMP);
        }
        self.cache.insert(word.into(), out.as_str().into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(w: &str) -> String {
        let mut out = String::new();
        StemCache::default().stem_into(w, &mut out);
        out
    }

    #[test]
    fn folded_and_accented_spellings_meet() {
        assert_eq!(stem("armee"), stem("armees"));
        assert_eq!(stem("attaque"), stem("attaques"));
        assert_eq!(stem("tues"), stem("tue"));
    }

    #[test]
    fn verb_forms_meet_their_infinitive() {
        for (form, infinitive) in [
            ("abattu", "abattre"),
            ("abattues", "abattant"),
            ("rendu", "rendre"),
            ("rendus", "rendant"),
            ("abandonnent", "abandonner"),
            ("abandonnons", "abandonner"),
            ("craint", "craindre"),
            ("conduite", "conduire"),
            ("ouvert", "ouvrir"),
            ("venu", "venir"),
            ("compris", "comprendre"),
            ("admis", "admettre"),
            ("connu", "connaitre"),
            ("fait", "faire"),
            ("vu", "voir"),
            ("beatifie", "beatifier"),
            ("employe", "employer"),
            ("terrasse", "terrasser"),
        ] {
            assert_eq!(stem(form), stem(infinitive), "{form} / {infinitive}");
        }
    }

    #[test]
    fn adjectives_meet_their_feminine() {
        assert_eq!(stem("actif"), stem("active"));
        assert_eq!(stem("actifs"), stem("actives"));
        assert_eq!(stem("heureux"), stem("heureuse"));
    }

    #[test]
    fn nouns_that_look_like_verbs_keep_their_own_stem() {
        assert_ne!(stem("parent"), stem("parer"));
        assert_ne!(stem("arrive"), "arrif");
        assert_eq!(stem("arrive"), stem("arriver"));
        assert!(stem("president").starts_with("presid"), "{}", stem("president"));
        assert_ne!(stem("president"), stem("presider"));
        assert_ne!(stem("maisons"), stem("maiser"));
        assert_eq!(stem("maisons"), stem("maison"));
        assert_ne!(stem("saint"), stem("saigner"));
        assert_ne!(stem("nuit"), stem("nuire"));
    }

    #[test]
    fn cache_returns_the_same_term() {
        let mut c = StemCache::default();
        let (mut a, mut b) = (String::new(), String::new());
        c.stem_into("malienne", &mut a);
        c.stem_into("malienne", &mut b);
        assert_eq!(a, b);
    }
}
