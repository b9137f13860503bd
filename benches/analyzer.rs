//! Throughput of the `fr_news` analyzer, in MB of text per second, one core.
//!
//! `cargo bench --bench analyzer` analyzes a small built-in French sample
//! (always, so the bench compiles and runs anywhere), then the `text` of every
//! article of `../shared/corpora/orangesum.jsonl.gz` (76 MB of French news)
//! if that file is present; without it, it says so and exits 0. Target
//! (issue 3): ≥ 25 MB/s. Plain `std::time`: the figure is what matters, and
//! a pass over 76 MB is long enough to be stable without a statistics crate.

use std::io::{BufRead, BufReader};
use std::time::Instant;

use depeches::analysis::FrenchTokenizer;
use flate2::read::GzDecoder;

const CORPUS: &str = "../shared/corpora/orangesum.jsonl.gz";

/// A few sentences in the style of a dispatch (written for this bench).
const SAMPLE: &str = "L'armée malienne a annoncé mercredi que des jihadistes présumés \
avaient attaqué un camp militaire près de Boni, dans le centre du pays, vers 13H30. \
Selon un bilan provisoire, 1,5 million de personnes sont déplacées aujourd'hui. \
La force antijihadiste Barkhane et la Minusma ont dépêché des renforts à Tombouctou.";

/// Analyzes `texts` once, returning the number of terms (so the work is not
/// optimized away) and the elapsed seconds.
fn run(tokenizer: &mut FrenchTokenizer, texts: &[String]) -> (usize, f64) {
    let start = Instant::now();
    let mut terms = 0usize;
    for text in texts {
        tokenizer.for_each_token(text, |t| terms += t.term.len().min(1));
    }
    (terms, start.elapsed().as_secs_f64())
}

fn report(label: &str, texts: &[String], tokenizer: &mut FrenchTokenizer) {
    let bytes: usize = texts.iter().map(String::len).sum();
    // A first pass warms the stem cache, as a long indexing run would be.
    run(tokenizer, texts);
    let (terms, secs) = run(tokenizer, texts);
    println!(
        "{label}: {:.1} MB in {secs:.2} s, {terms} terms: {:.1} MB/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}

fn load_corpus() -> Option<Vec<String>> {
    let file = std::fs::File::open(CORPUS).ok()?;
    let mut texts = Vec::new();
    for line in BufReader::new(GzDecoder::new(file)).lines() {
        let line = line.ok()?;
        let value: serde_json::Value = serde_json::from_str(&line).ok()?;
        if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
            texts.push(text.to_owned());
        }
    }
    Some(texts)
}

fn main() {
    let mut tokenizer = FrenchTokenizer::default();
    let sample: Vec<String> = std::iter::repeat_n(SAMPLE.to_owned(), 2_000).collect();
    report("built-in sample", &sample, &mut tokenizer);
    match load_corpus() {
        Some(texts) => {
            let mut cold = FrenchTokenizer::default();
            let bytes: usize = texts.iter().map(String::len).sum();
            let (_, secs) = run(&mut cold, &texts);
            println!("orangesum, cold cache: {:.1} MB/s", bytes as f64 / 1e6 / secs);
            report("orangesum", &texts, &mut tokenizer);
        }
        None => println!("skipped: {CORPUS} not found or unreadable (needs ../shared)"),
    }
}
