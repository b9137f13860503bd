//! Measuring the extractor against a hand-annotated set.
//!
//! A set is JSON lines: `{"id", "passage", "claims": [{"type", "low",
//! "high", "claimant", "victim", …}], …}`, the passage numbered as the
//! engine numbers them. Each paragraph is read from the corpus by id and
//! extracted with its whole dispatch as context, as indexing does. A gold
//! claim matches a found one when the type agrees and the ranges overlap
//! (an open `high` reaching to infinity); among candidates, one with the
//! same claimant and victim, then the closest `low`, is taken first, each
//! found claim matching at most one gold claim. Precision and recall of
//! detection, then claimant and victim accuracy on the matched pairs.

use serde::{Deserialize, Serialize};

use super::{Claim, ClaimType};

/// One annotated claim.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct GoldClaim {
    /// Type.
    #[serde(rename = "type")]
    pub kind: ClaimType,
    /// The figure as written.
    #[serde(default)]
    pub figure: String,
    /// Low end.
    pub low: u64,
    /// High end, `None` when open.
    pub high: Option<u64>,
    /// Claimant.
    pub claimant: String,
    /// Victim.
    pub victim: String,
}

/// One annotated paragraph.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldParagraph {
    /// Dispatch id.
    pub id: String,
    /// Passage number.
    pub passage: usize,
    /// Its claims.
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
}

/// The figures of a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    /// Paragraphs measured.
    pub paragraphs: usize,
    /// Paragraphs of the set not found in the corpus.
    pub missing_paragraphs: Vec<String>,
    /// Gold claims.
    pub gold: usize,
    /// Claims found.
    pub found: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Matched pairs with the same claimant.
    pub claimant_ok: usize,
    /// Matched pairs with the same victim.
    pub victim_ok: usize,
    /// The errors, one line each, with ids.
    pub errors: Vec<String>,
}

impl Score {
    /// matched / found (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }

    /// matched / gold (1 when there is nothing to find).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Claimant accuracy on the matched pairs.
    pub fn claimant_accuracy(&self) -> f64 {
        ratio(self.claimant_ok, self.matched)
    }

    /// Victim accuracy on the matched pairs.
    pub fn victim_accuracy(&self) -> f64 {
        ratio(self.victim_ok, self.matched)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn overlap(a: (u64, Option<u64>), b: (u64, Option<u64>)) -> bool {
    a.0 <= b.1.unwrap_or(u64::MAX) && b.0 <= a.1.unwrap_or(u64::MAX)
}

fn show_range(low: u64, high: Option<u64>) -> String {
    match high {
        Some(h) if h == low => low.to_string(),
        Some(h) => format!("{low}-{h}"),
        None => format!("{low}+"),
    }
}

/// Adds the comparison of one paragraph's `gold` and `found` claims to
/// `score`; `label` names the paragraph in error lines (`id ¶n`).
pub fn compare(label: &str, gold: &[GoldClaim], found: &[Claim], score: &mut Score) {
    score.paragraphs += 1;
    score.gold += gold.len();
    score.found += found.len();
    // Pairs that may match, cheapest first (same claimant and victim, then
    // the closest low end), taken greedily: each claim in one pair at most.
    let mut pairs: Vec<(u8, u64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (fi, f) in found.iter().enumerate() {
            if f.kind == g.kind && overlap((f.low, f.high), (g.low, g.high)) {
                let mismatch = u8::from(f.claimant != g.claimant) + u8::from(f.victim != g.victim);
                pairs.push((mismatch, f.low.abs_diff(g.low), gi, fi));
            }
        }
    }
    pairs.sort_unstable();
    let mut taken = vec![false; found.len()];
    let mut matched_to: Vec<Option<usize>> = vec![None; gold.len()];
    for (_, _, gi, fi) in pairs {
        if matched_to[gi].is_none() && !taken[fi] {
            matched_to[gi] = Some(fi);
            taken[fi] = true;
        }
    }
    for (g, m) in gold.iter().zip(&matched_to) {
        match m.map(|fi| &found[fi]) {
            Some(f) => {
                score.matched += 1;
                if f.claimant == g.claimant {
                    score.claimant_ok += 1;
                } else {
                    score.errors.push(format!(
                        "{label}: claimant {} {:?}: found {:?}, annotated {:?}",
                        g.kind, g.figure, f.claimant, g.claimant
                    ));
                }
                if f.victim == g.victim {
                    score.victim_ok += 1;
                } else {
                    score.errors.push(format!(
                        "{label}: victim {} {:?}: found {:?}, annotated {:?}",
                        g.kind, g.figure, f.victim, g.victim
                    ));
                }
            }
            None => score.errors.push(format!(
                "{label}: missed {} {} {:?} by {} (victim {})",
                g.kind,
                show_range(g.low, g.high),
                g.figure,
                g.claimant,
                g.victim
            )),
        }
    }
    for (f, _) in found.iter().zip(&taken).filter(|(_, t)| !**t) {
        score.errors.push(format!(
            "{label}: extra {} {} {:?} by {} (victim {})",
            f.kind,
            show_range(f.low, f.high),
            f.figure,
            f.claimant,
            f.victim
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimExtractor;

    #[test]
    fn matching_counts_each_found_claim_once() {
        let found = ClaimExtractor::embedded().claims_of_text("Cinq soldats maliens ont été tués.", None);
        let g = |low, high| GoldClaim {
            kind: ClaimType::Killed,
            figure: String::new(),
            low,
            high,
            claimant: "narrator".into(),
            victim: "FAMa".into(),
        };
        let mut score = Score::default();
        compare("t ¶0", &[g(5, Some(5)), g(1, None)], &found, &mut score);
        assert_eq!((score.gold, score.found, score.matched), (2, 1, 1));
        assert_eq!((score.claimant_ok, score.victim_ok), (1, 1));
        assert_eq!(score.precision(), 1.0);
        assert_eq!(score.recall(), 0.5);
        let mut score = Score::default();
        compare("t ¶0", &[g(6, None)], &found, &mut score);
        assert_eq!(score.matched, 0);
        assert_eq!(score.errors.len(), 2, "{:?}", score.errors);
    }
}
