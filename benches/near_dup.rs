//! Cost of [`Signature::of`], in nanoseconds per passage, one core.
//!
//! `cargo bench --bench near_dup` signs synthetic French-like passages of
//! 20, 50 and 100 words (accent-folded, lowercased words drawn with a
//! Zipf-like skew from a small built-in vocabulary, so stop words repeat as
//! in running text) and prints the best of several passes; then the
//! clusterer's `assign` on the same signatures. Plain `std::time`: each
//! pass signs thousands of passages, long enough to be stable.

use std::hint::black_box;
use std::time::Instant;

use depeches::index::near_dup::{Clusterer, Signature};

/// Accent-folded French words, most frequent first (written for this bench).
const VOCABULARY: &[&str] = &[
    "de",
    "la",
    "le",
    "et",
    "les",
    "des",
    "a",
    "en",
    "un",
    "du",
    "une",
    "que",
    "est",
    "pour",
    "qui",
    "dans",
    "par",
    "au",
    "il",
    "sur",
    "pas",
    "plus",
    "ne",
    "se",
    "ce",
    "avec",
    "sont",
    "son",
    "mais",
    "elle",
    "ont",
    "aux",
    "sa",
    "ou",
    "selon",
    "ete",
    "deux",
    "pays",
    "president",
    "gouvernement",
    "annonce",
    "mercredi",
    "jeudi",
    "lundi",
    "armee",
    "ministre",
    "francais",
    "france",
    "paris",
    "bamako",
    "tombouctou",
    "nord",
    "accord",
    "paix",
    "etat",
    "central",
    "hostilites",
    "application",
    "observateurs",
    "diplomates",
    "dossier",
    "region",
    "militaire",
    "camp",
    "attaque",
    "jihadistes",
    "presumes",
    "bilan",
    "provisoire",
    "millions",
    "personnes",
    "deplacees",
    "aujourd",
    "hui",
    "force",
    "antijihadiste",
    "renforts",
    "declaration",
    "conference",
    "presse",
    "porte",
    "parole",
    "ministere",
    "interieur",
    "affaires",
    "etrangeres",
    "economie",
    "croissance",
    "chomage",
    "entreprises",
    "salaries",
    "syndicats",
    "greve",
    "manifestation",
    "police",
    "enquete",
    "tribunal",
    "proces",
    "avocat",
    "victimes",
    "elections",
    "candidat",
    "campagne",
    "sondage",
    "assemblee",
    "nationale",
    "senat",
    "depute",
    "loi",
    "reforme",
    "retraites",
    "budget",
    "milliards",
    "euros",
    "hausse",
    "baisse",
    "prix",
    "energie",
    "climat",
    "europeenne",
    "union",
    "bruxelles",
    "allemagne",
    "etats",
    "unis",
    "washington",
    "chine",
    "russie",
    "ukraine",
    "sanctions",
    "negociations",
    "sommet",
    "cessez",
    "feu",
    "frontiere",
    "refugies",
    "humanitaire",
    "onu",
    "conseil",
    "securite",
    "resolution",
    "vote",
    "majorite",
    "opposition",
];

/// SplitMix64, for deterministic passages.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut x = self.0;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        x ^ (x >> 31)
    }

    /// An index below `n`, skewed towards 0 (roughly Zipf: the product of
    /// two uniforms).
    fn skewed(&mut self, n: usize) -> usize {
        let a = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        let b = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((a * b * n as f64) as usize).min(n - 1)
    }
}

fn passages(rng: &mut Rng, count: usize, words: usize) -> Vec<Vec<&'static str>> {
    (0..count).map(|_| (0..words).map(|_| VOCABULARY[rng.skewed(VOCABULARY.len())]).collect()).collect()
}

/// Best nanoseconds per passage over `passes` passes of `f` on `passages`.
fn time<T>(passes: usize, passages: &[Vec<&'static str>], mut f: impl FnMut(&[&'static str]) -> T) -> f64 {
    let mut best = f64::INFINITY;
    for _ in 0..passes {
        let start = Instant::now();
        for p in passages {
            black_box(f(black_box(p)));
        }
        best = best.min(start.elapsed().as_nanos() as f64 / passages.len() as f64);
    }
    best
}

fn main() {
    let mut rng = Rng(0x6e65_6172_5f64_7570);
    for words in [20, 50, 100] {
        let set = passages(&mut rng, 20_000, words);
        let ns = time(7, &set, |p| Signature::of(p.iter().copied()));
        println!(
            "Signature::of, {words:>3} words: {ns:>7.0} ns/passage ({:.1} ns/shingle)",
            ns / (words - 2) as f64
        );
    }
    let set = passages(&mut rng, 50_000, 50);
    let sigs: Vec<Signature> = set.iter().map(|p| Signature::of(p.iter().copied())).collect();
    let start = Instant::now();
    let mut clusters = Clusterer::new();
    for s in &sigs {
        black_box(clusters.assign(s));
    }
    let ns = start.elapsed().as_nanos() as f64 / sigs.len() as f64;
    println!("Clusterer::assign, 50 words: {ns:.0} ns/passage ({} clusters)", clusters.representatives());
}
