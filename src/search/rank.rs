//! Ranking beyond BM25: what depeches knows about news copy.
//!
//! A passage's BM25 score over its text is the start. On top of it, each
//! weight measured on the known-item benchmark (`benches/known_item.py`,
//! README "Ranking"), never guessed:
//! - **coverage** (one of the two that pay): the results are read as dispatches.
//!   Among the best [`Ranking::window`] passages, a passage gets the IDF of
//!   each query word it lacks but another matching passage of its dispatch
//!   holds, times [`Ranking::coverage`]: the story that covers the whole
//!   query, across its paragraphs, beats one paragraph that happens to
//!   repeat two of its words;
//! - **dispatch evidence** (the other one that pays): each passage gets
//!   its dispatch's own score times [`Ranking::evidence`]: over the query
//!   words its matching passages hold, the IDF of each, saturating with
//!   the number of passages holding it (`2k / (k + 1)`): a story whose
//!   paragraphs keep coming back to the query's words is about them;
//! - **dispatch sum**: the plain sum of the other matching passages'
//!   scores ([`Ranking::dispatch`]) favours long stories and lost on the
//!   benchmark at every weight tried: kept at 0, and kept so that it can
//!   be re-measured;
//! - **position**: wire copy puts the news first; passage n gets
//!   `position / (n + 1)` of its score on top ([`Ranking::position`]);
//! - **headline**: a query word found in the dispatch's headline (the
//!   `headline` field, on the dispatch's passage 0) adds its BM25 over the
//!   headline times [`Ranking::headline`]; a word found only there finds
//!   the dispatch. The benchmark's known items have no headline (it is the
//!   query), so there the headlines are only rivals: the weight is the
//!   largest that costs nothing measurable;
//! - **dateline**: the same for the dateline's place (`dateline_text`, on
//!   passage 0: the city that the dateline prefix took off the lead), at
//!   [`Ranking::dateline`]. OrangeSum has no datelines, so the benchmark
//!   cannot measure it: it takes the headline's weight, the role being
//!   the same (a word of the dispatch that is not in its passages);
//! - **proximity**: each pair of consecutive query words found within
//!   [`Ranking::slop`] words of each other, in order, adds a sloppy-phrase
//!   score times [`Ranking::proximity`], for AND, OR and `--any` queries;
//!   headlines paraphrase the story, so on the benchmark a large weight
//!   hurts: a small one orders passages that tie otherwise.
//!
//! `--any` needs a rule for how many words must match: Elasticsearch's
//! `match` convention, all of one or two words, 75 % (rounded down) of more
//! ([`minimum_should_match`]).

use std::collections::HashMap;

/// Passages re-scored with their dispatch's evidence, by default: enough
/// to hold the best ten dispatches of a query, a few passages each.
pub const RERANK_WINDOW: usize = 300;

/// The weights of the ranking, with the measured values as default.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranking {
    /// Weight of a headline match against a text match.
    pub headline: f32,
    /// Weight of a match in the dateline's place against a text match.
    pub dateline: f32,
    /// Weight of the sloppy-phrase score of consecutive query words.
    pub proximity: f32,
    /// Largest gap, in words, between two consecutive query words for the
    /// proximity clause.
    pub slop: u32,
    /// Share of the dispatch's other matching passages' scores added to a
    /// passage.
    pub dispatch: f32,
    /// Prior for early passages: passage n gets `position / (n + 1)` of
    /// its score on top.
    pub position: f32,
    /// Weight of the query words a passage lacks but its dispatch holds in
    /// other matching passages (their IDF summed): a dispatch covering
    /// more of the query is the better answer.
    pub coverage: f32,
    /// Best passages re-scored with their dispatch's evidence.
    pub window: usize,
    /// Weight of the dispatch's own score, added to each of its passages:
    /// over the query words its matching passages hold, each word's IDF
    /// times `2k / (k + 1)` for the k passages holding it (BM25's
    /// saturation, with k1 = 1, over passages instead of occurrences).
    pub evidence: f32,
}

impl Default for Ranking {
    fn default() -> Self {
        Ranking {
            headline: 0.03,
            dateline: 0.03,
            proximity: 0.02,
            slop: 3,
            dispatch: 0.0,
            position: 0.2,
            coverage: 0.4,
            window: RERANK_WINDOW,
            evidence: 0.3,
        }
    }
}

impl Ranking {
    /// BM25 alone: the ranking before issue 15, for comparisons.
    pub const BM25: Ranking = Ranking {
        headline: 0.0,
        dateline: 0.0,
        proximity: 0.0,
        slop: 0,
        dispatch: 0.0,
        position: 0.0,
        coverage: 0.0,
        window: RERANK_WINDOW,
        evidence: 0.0,
    };

    /// Reads `name=value,...` over the defaults (names: headline,
    /// dateline, proximity, slop, dispatch, position, coverage, window,
    /// evidence; `bm25` for none), for the benchmark.
    pub fn parse(spec: &str) -> Result<Ranking, String> {
        let mut r = Ranking::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if part == "bm25" {
                r = Ranking::BM25;
                continue;
            }
            let (name, value) =
                part.split_once('=').ok_or_else(|| format!("{part:?}: expected name=value"))?;
            let bad = |_| format!("{part:?}: not a number");
            match name.trim() {
                "headline" => r.headline = value.trim().parse().map_err(bad)?,
                "dateline" => r.dateline = value.trim().parse().map_err(bad)?,
                "proximity" => r.proximity = value.trim().parse().map_err(bad)?,
                "slop" => {
                    r.slop = value.trim().parse().map_err(|_| format!("{part:?}: not a whole number"))?
                }
                "dispatch" => r.dispatch = value.trim().parse().map_err(bad)?,
                "position" => r.position = value.trim().parse().map_err(bad)?,
                "coverage" => r.coverage = value.trim().parse().map_err(bad)?,
                "evidence" => r.evidence = value.trim().parse().map_err(bad)?,
                "window" => {
                    r.window = value.trim().parse().map_err(|_| format!("{part:?}: not a whole number"))?
                }
                other => {
                    return Err(format!(
                        "unknown ranking weight {other:?} (known: headline, dateline, proximity, slop, dispatch, position, coverage, window, evidence)"
                    ));
                }
            }
        }
        Ok(r)
    }
}

/// How many of `n` optional words must match under `--any`: all of 1–2,
/// 75 % (rounded down, as Elasticsearch does) beyond.
pub fn minimum_should_match(n: usize) -> usize {
    if n <= 2 { n } else { (n * 3 / 4).max(1) }
}

/// One candidate passage: its score, its dispatch (an index into the
/// caller's dispatch table) and its position in the dispatch.
#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    /// BM25 (and clauses) score.
    pub score: f32,
    /// Dispatch, as a small number.
    pub dispatch: u32,
    /// Passage number.
    pub passage_no: u64,
    /// The query terms it holds, one bit each (see [`rescore`]).
    pub terms: u64,
}

/// The final scores of `candidates` (in the same order): each passage's own
/// score, plus the dispatch evidence, coverage and position prior of
/// `ranking`. `idf[i]` is the IDF of the query term of bit `i`.
pub fn rescore(candidates: &[Candidate], idf: &[f32], ranking: &Ranking) -> Vec<f32> {
    // Per dispatch: the sum of its candidates' scores, the union of their
    // terms, and how many of them hold each term.
    #[derive(Default)]
    struct Dispatch {
        total: f32,
        terms: u64,
        holders: Vec<u16>,
    }
    let mut by_dispatch: HashMap<u32, Dispatch> = HashMap::new();
    for c in candidates {
        let d = by_dispatch.entry(c.dispatch).or_default();
        d.total += c.score;
        d.terms |= c.terms;
        if ranking.evidence > 0.0 {
            d.holders.resize(idf.len(), 0);
            for (i, h) in d.holders.iter_mut().enumerate() {
                *h += u16::from(c.terms & (1u64 << i) != 0);
            }
        }
    }
    let evidence: HashMap<u32, f32> = by_dispatch
        .iter()
        .map(|(&id, d)| {
            let e: f32 = d
                .holders
                .iter()
                .zip(idf)
                .filter(|(k, _)| **k > 0)
                .map(|(&k, w)| {
                    let k = f32::from(k);
                    w * 2.0 * k / (k + 1.0)
                })
                .sum();
            (id, ranking.evidence * e)
        })
        .collect();
    candidates
        .iter()
        .map(|c| {
            let d = &by_dispatch[&c.dispatch];
            let prior = 1.0 + ranking.position / (c.passage_no as f32 + 1.0);
            let elsewhere = d.terms & !c.terms;
            let covered: f32 =
                idf.iter().enumerate().filter(|(i, _)| elsewhere & (1u64 << i) != 0).map(|(_, w)| w).sum();
            c.score * prior
                + ranking.dispatch * (d.total - c.score)
                + ranking.coverage * covered
                + evidence[&c.dispatch]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_should_match_follows_elasticsearch() {
        let got: Vec<usize> = (0..=8).map(minimum_should_match).collect();
        assert_eq!(got, [0, 1, 2, 2, 3, 3, 4, 5, 6]);
        assert_eq!(minimum_should_match(15), 11);
    }

    #[test]
    fn dispatch_evidence_lifts_a_passage_whose_dispatch_matches_elsewhere() {
        let c = |score, dispatch, passage_no, terms| Candidate { score, dispatch, passage_no, terms };
        // Dispatch 1 has one strong passage with both words; dispatch 2
        // two good ones, each with one word.
        let candidates = [c(5.0, 1, 3, 0b11), c(4.0, 2, 0, 0b01), c(3.0, 2, 1, 0b10)];
        let idf = [2.0, 2.0];
        let plain = rescore(&candidates, &idf, &Ranking::BM25);
        assert_eq!(plain, [5.0, 4.0, 3.0]);
        let ranked = rescore(&candidates, &idf, &Ranking { dispatch: 0.5, ..Ranking::BM25 });
        assert!(ranked[1] > ranked[0], "{ranked:?}");
        let covered = rescore(&candidates, &idf, &Ranking { coverage: 1.0, ..Ranking::BM25 });
        assert_eq!(covered, [5.0, 6.0, 5.0]);
        let early = rescore(&candidates, &idf, &Ranking { position: 1.0, ..Ranking::BM25 });
        assert!(early[1] > early[0], "{early:?}");
        // Dispatch 2 holds each word once (2 × 1/2 × 2 = 2 each), dispatch
        // 1 both words once too: the same evidence, 4, on every passage.
        let evidence = rescore(&candidates, &idf, &Ranking { evidence: 1.0, ..Ranking::BM25 });
        assert_eq!(evidence, [9.0, 8.0, 7.0]);
        // A word held by two passages weighs 4/3 of one held by one.
        let twice = [c(1.0, 1, 0, 0b01), c(1.0, 1, 1, 0b01)];
        let e = rescore(&twice, &[3.0], &Ranking { evidence: 1.0, ..Ranking::BM25 });
        assert_eq!(e, [5.0, 5.0]);
    }

    #[test]
    fn weights_parse_over_the_defaults() {
        let r = Ranking::parse("headline=0.5, slop=2").unwrap();
        assert_eq!((r.headline, r.slop, r.dispatch), (0.5, 2, Ranking::default().dispatch));
        assert_eq!(Ranking::parse("bm25").unwrap(), Ranking::BM25);
        assert!(Ranking::parse("typo=1").unwrap_err().contains("unknown"));
        assert!(Ranking::parse("headline=x").is_err());
    }
}
