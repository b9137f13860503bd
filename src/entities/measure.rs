//! Precision and recall of the extractor on a hand-annotated set.
//!
//! A measuring set is a JSONL file of annotated paragraphs, one per line:
//! `{"id": "orangesum-21126", "passage": 3, "actors": ["Barkhane", "EI"],
//! "places": ["Indelimane|Mali"], ...}` (`benches/sets/entities.*.jsonl`).
//! It holds no text: each paragraph is read from the corpus by dispatch id
//! and passage number, split as indexing splits it, and extracted with its
//! whole dispatch as context, exactly as `depeches index` tags it.
//!
//! Scoring is per passage and per distinct entity: actors by canonical id
//! (generic mentions, "les jihadistes", are not actors), places by leaf
//! name, case- and accent-folded, an annotated name first resolved through
//! the gazetteer's aliases (`Timbuktu` → Tombouctou) and stripped of its
//! `|Country` suffix. The errors are listed with their ids, for diagnosis.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::{self, Write};
use std::path::Path;

use serde::Deserialize;

use super::extract::Extractor;
use super::vocab::EntityRef;
use super::words::key;
use crate::corpus::Dispatch;

/// One annotated paragraph of a measuring set.
#[derive(Debug, Clone, Deserialize)]
pub struct Annotation {
    /// Dispatch id in the corpus.
    pub id: String,
    /// Passage number, from 0, as depeches numbers them.
    pub passage: usize,
    /// Canonical actor ids named in the passage.
    #[serde(default)]
    pub actors: Vec<String>,
    /// Place names (`Name` or `Name|Country`).
    #[serde(default)]
    pub places: Vec<String>,
    /// `sahel` or `ambiguous`, informational.
    #[serde(default)]
    pub group: Option<String>,
}

/// Reads a measuring set; errors name the file and line.
pub fn read_set(path: &Path) -> Result<Vec<Annotation>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (no, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: Annotation =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), no + 1))?;
        out.push(a);
    }
    Ok(out)
}

/// Counts of one entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Found and annotated.
    pub true_pos: usize,
    /// Found, not annotated.
    pub false_pos: usize,
    /// Annotated, not found.
    pub false_neg: usize,
}

impl Counts {
    /// Share of the found entities that are annotated (1 when nothing found).
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }

    /// Share of the annotated entities that are found (1 when none annotated).
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The outcome of a measure.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Paragraphs scored.
    pub paragraphs: usize,
    /// Actors.
    pub actors: Counts,
    /// Places.
    pub places: Counts,
    /// One line per error: `FP actor Wagner orangesum-1 ¶3 (text)`.
    pub errors: Vec<String>,
    /// Annotated paragraphs missing from the corpus (id ¶n).
    pub missing: Vec<String>,
}

/// Measures `extractor` on `set`, reading the paragraphs from `dispatches`
/// (every dispatch of the set, in any order; others are ignored).
pub fn measure(extractor: &Extractor, set: &[Annotation], dispatches: &[Dispatch]) -> Report {
    let vocab = extractor.vocabulary();
    let by_id: BTreeMap<&str, &Dispatch> = dispatches.iter().map(|d| (d.id.as_str(), d)).collect();
    let place_key = |name: &str| -> String {
        let leaf = name.split('|').next().unwrap_or(name);
        match vocab.resolve_place(leaf).first() {
            Some(p) => key(&p.name),
            None => key(leaf),
        }
    };
    let mut report = Report::default();
    let mut tagged: BTreeMap<&str, Vec<Vec<super::Mention>>> = BTreeMap::new();
    for a in set {
        let Some(dispatch) = by_id.get(a.id.as_str()) else {
            report.missing.push(format!("{} ¶{}", a.id, a.passage));
            continue;
        };
        let mentions = tagged.entry(&a.id).or_insert_with(|| {
            let mut out = Vec::new();
            let mut scratch = super::Scratch::default();
            extractor.extract_dispatch(
                &dispatch.passages,
                dispatch.date,
                &mut out,
                &mut scratch,
                &mut |_| {},
            );
            out
        });
        let (Some(found), Some(text)) = (mentions.get(a.passage), dispatch.passages.get(a.passage)) else {
            report.missing.push(format!("{} ¶{}", a.id, a.passage));
            continue;
        };
        report.paragraphs += 1;
        let mut actors: BTreeMap<String, &str> = BTreeMap::new();
        let mut places: BTreeMap<String, &str> = BTreeMap::new();
        for m in found {
            match m.entity {
                EntityRef::Actor(i) => {
                    actors.entry(vocab.actors()[i].id.clone()).or_insert(m.text(text));
                }
                EntityRef::Place(i) => {
                    places.entry(key(&vocab.places()[i].name)).or_insert(m.text(text));
                }
                EntityRef::Generic(_) => {}
            }
        }
        let gold_actors: BTreeSet<String> = a.actors.iter().cloned().collect();
        let gold_places: BTreeSet<String> = a.places.iter().map(|p| place_key(p)).collect();
        let at = format!("{} ¶{}", a.id, a.passage);
        score("actor", &actors, &gold_actors, &at, &mut report.actors, &mut report.errors);
        score("place", &places, &gold_places, &at, &mut report.places, &mut report.errors);
    }
    report
}

fn score(
    what: &str,
    found: &BTreeMap<String, &str>,
    gold: &BTreeSet<String>,
    at: &str,
    counts: &mut Counts,
    errors: &mut Vec<String>,
) {
    for (name, written) in found {
        if gold.contains(name) {
            counts.true_pos += 1;
        } else {
            counts.false_pos += 1;
            errors.push(format!("FP {what} {name} {at} ({written:?})"));
        }
    }
    for name in gold.iter().filter(|g| !found.contains_key(*g)) {
        counts.false_neg += 1;
        errors.push(format!("FN {what} {name} {at}"));
    }
}

/// The ids a set needs from the corpus.
pub fn ids(set: &[Annotation]) -> HashSet<String> {
    set.iter().map(|a| a.id.clone()).collect()
}

/// Prints a report: the figures, then the errors.
pub fn write_report(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "paragraphs\t{}", report.paragraphs)?;
    for (what, c) in [("actors", report.actors), ("places", report.places)] {
        writeln!(
            out,
            "{what}\tP {:.3}\tR {:.3}\t(tp {}, fp {}, fn {})",
            c.precision(),
            c.recall(),
            c.true_pos,
            c.false_pos,
            c.false_neg
        )?;
    }
    for m in &report.missing {
        writeln!(out, "MISSING {m}")?;
    }
    for e in &report.errors {
        writeln!(out, "{e}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Origin;

    fn dispatch(id: &str, passages: &[&str]) -> Dispatch {
        Dispatch {
            id: id.into(),
            date: "2020-08-20".parse().ok(),
            title: None,
            source: None,
            passages: passages.iter().map(|p| p.to_string()).collect(),
            origin: Origin { path: "t.jsonl".into(), line: None, column: None },
            meta: Default::default(),
        }
    }

    fn annotation(line: &str) -> Annotation {
        serde_json::from_str(line).unwrap()
    }

    #[test]
    fn scores_per_passage_with_the_dispatch_as_context() {
        let d = dispatch(
            "a",
            &["Au Mali, la junte a reçu les émissaires.", "Les FAMa ont repoussé l'attaque de Timbuktu."],
        );
        let set = [
            // "la junte" is the Malian junta because the dispatch is about Mali.
            annotation(r#"{"id": "a", "passage": 0, "actors": ["Junte malienne"], "places": ["Mali"]}"#),
            // Timbuktu is an alias: compared as Tombouctou. GSIM is missed.
            annotation(r#"{"id": "a", "passage": 1, "actors": ["GSIM"], "places": ["Tombouctou|Mali"]}"#),
            annotation(r#"{"id": "b", "passage": 0}"#),
        ];
        let r = measure(Extractor::embedded(), &set, &[d]);
        assert_eq!(r.paragraphs, 2);
        assert_eq!(r.actors, Counts { true_pos: 1, false_pos: 1, false_neg: 1 });
        assert_eq!(r.places, Counts { true_pos: 2, false_pos: 0, false_neg: 0 });
        assert_eq!(r.missing, ["b ¶0"]);
        assert!(r.errors.contains(&"FP actor FAMa a ¶1 (\"FAMa\")".to_owned()), "{:?}", r.errors);
        assert!(r.errors.contains(&"FN actor GSIM a ¶1".to_owned()), "{:?}", r.errors);
        assert!((r.actors.precision() - 0.5).abs() < 1e-9);
    }
}
