//! Measures the French analyzer on the LEFFF lexicon (issue 3).
//!
//! `cargo run --release --example lefff -- [PATH]` reads the LEFFF
//! (`form \t lemma \t category \t tag`, gzipped; default
//! `../shared/lexicon/lefff-3.4.tsv.gz`), runs the project's own analyzer,
//! `depeches::analysis::FrenchTokenizer`, on every form, and prints one table:
//!
//! - (a) accent misses: accented forms whose unaccented spelling gets
//!   different terms;
//! - (b) conflation recall: unordered pairs of distinct forms of one lemma and
//!   category that get the same terms, for nouns, adjectives, verbs without
//!   passé simple and imperfect subjunctive, and participles + infinitive;
//! - (c) over-conflation: pairs of forms of different lemmas that get the same
//!   terms, over random pairs and over pairs sharing their first 4 letters.
//!
//! The analyzer is measured as a black box, through its public API only: the
//! lexicon never feeds the analyzer, it only judges it. Sampling uses a fixed
//! seed (splitmix64), so two runs of the same code print the same table.
//! With `LEFFF_DEBUG` set, the first accent misses are printed on stderr.
//!
//! `--misses CLASS N` (after the optional path) also prints, for tuning the
//! rules, where a measure goes wrong. For a recall class (`nc`, `adj`, `v*`,
//! `part+inf`), a form is a stray when its key differs from the most common
//! key of its lemma; the N most frequent stray endings (last 4 letters) are
//! listed with examples. For `random` or `prefix`, the first N colliding pairs
//! of that sample are listed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::ExitCode;

use depeches::analysis::FrenchTokenizer;
use flate2::read::GzDecoder;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

const DEFAULT_PATH: &str = "../shared/lexicon/lefff-3.4.tsv.gz";
/// Pairs drawn for each over-conflation measure.
const SAMPLE_PAIRS: usize = 200_000;
const SEED: u64 = 0x5EED_DE9E_C4E5;

const USAGE: &str = "usage: cargo run --release --example lefff -- [PATH] [--misses CLASS N]\n\
    CLASS: nc | adj | v* | part+inf | random | prefix";

/// Command line: the lexicon path and an optional `--misses` request.
struct Args {
    path: String,
    misses: Option<(String, usize)>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { path: DEFAULT_PATH.to_owned(), misses: None };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        if arg == "--misses" {
            let class = it.next().ok_or("--misses needs a CLASS")?;
            if !["nc", "adj", "v*", "part+inf", "random", "prefix"].contains(&class.as_str()) {
                return Err(format!("unknown class {class:?}"));
            }
            let n = it.next().and_then(|n| n.parse().ok()).ok_or("--misses needs a count N")?;
            args.misses = Some((class, n));
        } else if arg.starts_with('-') {
            return Err(format!("unknown option {arg:?}"));
        } else {
            args.path = arg;
        }
    }
    Ok(args)
}

/// Prints the N most frequent endings of stray forms (key other than the
/// lemma's most common key) of one recall class, with a few examples each.
fn print_strays<'a>(
    groups: impl Iterator<Item = (&'a str, &'a HashSet<&'a str>)>,
    key_of: &HashMap<&str, String>,
    n: usize,
) {
    // ending → (stray count, examples)
    let mut by_ending: HashMap<String, (usize, Vec<String>)> = HashMap::new();
    for (lemma, forms) in groups {
        let mut by_key: HashMap<&str, usize> = HashMap::new();
        for form in forms {
            *by_key.entry(key_of[form].as_str()).or_default() += 1;
        }
        // Ties broken by key, so the listing is stable.
        let Some((major, _)) = by_key.iter().max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k))) else {
            continue;
        };
        let mut strays: Vec<&str> = forms.iter().copied().filter(|f| key_of[f] != *major).collect();
        strays.sort_unstable();
        for form in strays {
            let chars: Vec<char> = form.chars().collect();
            let ending: String = chars[chars.len().saturating_sub(4)..].iter().collect();
            let slot = by_ending.entry(ending).or_default();
            slot.0 += 1;
            if slot.1.len() < 4 {
                slot.1.push(format!("{form}→{} ({lemma}→{major})", key_of[form]));
            }
        }
    }
    let mut endings: Vec<_> = by_ending.into_iter().collect();
    endings.sort_by(|a, b| b.1.0.cmp(&a.1.0).then_with(|| a.0.cmp(&b.0)));
    for (ending, (count, examples)) in endings.into_iter().take(n) {
        println!("-{ending:<6} {count:>6}  {}", examples.join(", "));
    }
}

/// One lexicon entry.
struct Entry {
    form: String,
    lemma: String,
    category: String,
    tag: String,
}

/// splitmix64: tiny, good enough to draw pairs, and reproducible.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The moods of a LEFFF verb tag: the letters before the person digits
/// (`PS13s` → `PS`: present indicative and subjunctive).
fn moods(tag: &str) -> &str {
    let end = tag.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(tag.len());
    &tag[..end]
}

/// v*: every verb form except those that are only passé simple (`J`) or
/// imperfect subjunctive (`T`), tenses news French hardly uses.
fn is_v_star(tag: &str) -> bool {
    let m = moods(tag);
    !m.is_empty() && m.chars().any(|c| c != 'J' && c != 'T')
}

/// part+inf: past participles (`K`), present participles (`G`), infinitive (`W`).
fn is_part_inf(tag: &str) -> bool {
    matches!(moods(tag).chars().next(), Some('K' | 'G' | 'W'))
}

/// `form` without its diacritics, as someone typing without accents would
/// write it (`œ` → `oe`).
fn unaccented(form: &str) -> String {
    let mut out = String::with_capacity(form.len());
    for c in form.nfd() {
        match c {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Recall over unordered pairs of distinct forms within each group: how many
/// pairs share their key, and how many pairs there are.
fn pair_recall<'a>(
    groups: impl Iterator<Item = &'a HashSet<&'a str>>,
    key_of: &HashMap<&str, String>,
) -> (u64, u64) {
    let (mut same, mut total) = (0u64, 0u64);
    for forms in groups {
        // Same-key pairs are C(k, 2) for each key shared by k forms.
        let mut by_key: HashMap<&str, u64> = HashMap::new();
        for form in forms {
            *by_key.entry(key_of[form].as_str()).or_default() += 1;
        }
        let n = forms.len() as u64;
        total += n * (n - 1) / 2;
        same += by_key.values().map(|k| k * (k - 1) / 2).sum::<u64>();
    }
    (same, total)
}

fn pct(num: u64, den: u64) -> String {
    if den == 0 { "n/a".to_owned() } else { format!("{:.3} %", 100.0 * num as f64 / den as f64) }
}

fn main() -> ExitCode {
    let Args { path, misses: wanted } = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("lefff: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("lefff: cannot open {path}: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut entries = Vec::new();
    for line in BufReader::new(GzDecoder::new(file)).lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("lefff: reading {path}: {e}");
                return ExitCode::from(2);
            }
        };
        let mut cols = line.split('\t');
        let (Some(form), Some(lemma), Some(category)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        entries.push(Entry {
            form: form.to_owned(),
            lemma: lemma.to_owned(),
            category: category.to_owned(),
            tag: cols.next().unwrap_or("").to_owned(),
        });
    }

    // Each distinct form is analyzed once. Key rule: the form's terms joined
    // by spaces; a form with no term (a stop word) is left out of (b) and (c).
    let mut tokenizer = FrenchTokenizer::default();
    let mut key_of: HashMap<&str, String> = HashMap::new();
    for e in &entries {
        if !key_of.contains_key(e.form.as_str()) {
            key_of.insert(&e.form, tokenizer.terms(&e.form).join(" "));
        }
    }
    let keys: Vec<String> = entries.iter().map(|e| key_of[e.form.as_str()].clone()).collect();

    // (a) accent misses, over distinct accented forms.
    let (mut accented, mut misses) = (0u64, 0u64);
    for (form, key) in &key_of {
        if form.is_ascii() {
            continue;
        }
        accented += 1;
        let plain = tokenizer.terms(&unaccented(form)).join(" ");
        if plain != *key {
            if misses < 12 && std::env::var_os("LEFFF_DEBUG").is_some() {
                eprintln!("accent miss: {form} → {key} / {} → {plain}", unaccented(form));
            }
            misses += 1;
        }
    }

    // (b) for each class, the distinct forms of each lemma (keyed by class,
    // lemma and category: "bonne" the noun is not "bonne" the adjective).
    let mut groups: HashMap<(&str, &str, &str), HashSet<&str>> = HashMap::new();
    for (e, key) in entries.iter().zip(&keys) {
        if key.is_empty() {
            continue;
        }
        let classes: &[&str] = match e.category.as_str() {
            "nc" => &["nc"],
            "adj" => &["adj"],
            "v" => match (is_v_star(&e.tag), is_part_inf(&e.tag)) {
                (true, true) => &["v*", "part+inf"],
                (true, false) => &["v*"],
                (false, true) => &["part+inf"],
                (false, false) => &[],
            },
            _ => &[],
        };
        for &class in classes {
            groups.entry((class, &e.lemma, &e.category)).or_default().insert(&e.form);
        }
    }
    let recall = |class: &str| {
        pair_recall(groups.iter().filter(|((c, _, _), _)| *c == class).map(|(_, forms)| forms), &key_of)
    };

    // (c) over-conflation, over distinct forms that have a term (every
    // category). Two forms count as different lemmas when no lemma of one is
    // a lemma of the other ("été" is both `être` and `été`).
    let mut lemmas: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (e, key) in entries.iter().zip(&keys) {
        if !key.is_empty() {
            lemmas.entry(&e.form).or_default().push(&e.lemma);
        }
    }
    let forms: Vec<&str> = lemmas.keys().copied().collect();
    let differ = |a: &str, b: &str| a != b && !lemmas[a].iter().any(|l| lemmas[b].contains(l));
    let same_key = |a: &str, b: &str| key_of[a] == key_of[b];
    let mut listed = 0;
    let mut collided = |sample: &str, a: &str, b: &str| {
        if let Some((class, n)) = &wanted
            && class == sample
            && listed < *n
            && same_key(a, b)
        {
            listed += 1;
            println!("collision: {a} / {b} → {}", key_of[a]);
        }
    };
    let mut rng = SplitMix(SEED);
    let (mut random_same, mut random_total) = (0u64, 0u64);
    while random_total < SAMPLE_PAIRS as u64 {
        let (a, b) = (forms[rng.below(forms.len())], forms[rng.below(forms.len())]);
        if differ(a, b) {
            random_total += 1;
            random_same += u64::from(same_key(a, b));
            collided("random", a, b);
        }
    }
    let prefix_of = |form: &str| form.char_indices().nth(4).map(|(cut, _)| cut);
    let mut by_prefix: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for &f in &forms {
        if let Some(cut) = prefix_of(f) {
            by_prefix.entry(&f[..cut]).or_default().push(f);
        }
    }
    let prefixed: Vec<&str> = by_prefix.values().filter(|v| v.len() > 1).flatten().copied().collect();
    let (mut prefix_same, mut prefix_total) = (0u64, 0u64);
    while prefix_total < SAMPLE_PAIRS as u64 {
        let a = prefixed[rng.below(prefixed.len())];
        let group = &by_prefix[&a[..prefix_of(a).expect("4 letters")]];
        let b = group[rng.below(group.len())];
        if differ(a, b) {
            prefix_total += 1;
            prefix_same += u64::from(same_key(a, b));
            collided("prefix", a, b);
        }
    }

    println!("LEFFF: {path}: {} entries, {} distinct forms", entries.len(), key_of.len());
    println!(
        "key of a form = its terms joined by spaces; forms with no term (stop words) are left out of (b) and (c)"
    );
    println!("{:<44} {:>10} {:>12}", "measure", "value", "count");
    println!(
        "{:<44} {:>10} {:>12}",
        "(a) accent misses",
        pct(misses, accented),
        format!("{misses}/{accented}")
    );
    for (label, class) in [
        ("(b) recall nc", "nc"),
        ("(b) recall adj", "adj"),
        ("(b) recall v* (no passé simple/subj. imparf.)", "v*"),
        ("(b) recall part+inf", "part+inf"),
    ] {
        let (same, total) = recall(class);
        println!("{:<44} {:>10} {:>12}", label, pct(same, total), format!("{same}/{total}"));
    }
    println!(
        "{:<44} {:>10} {:>12}",
        "(c) collisions, random pairs",
        pct(random_same, random_total),
        format!("{random_same}/{random_total}")
    );
    println!(
        "{:<44} {:>10} {:>12}",
        "(c) collisions, same first 4 letters",
        pct(prefix_same, prefix_total),
        format!("{prefix_same}/{prefix_total}")
    );
    if let Some((class, n)) = &wanted
        && !matches!(class.as_str(), "random" | "prefix")
    {
        println!("\nstray forms of {class}, by ending (form→key (lemma→most common key)):");
        let class_groups =
            groups.iter().filter(|((c, _, _), _)| c == class).map(|((_, l, _), forms)| (*l, forms));
        print_strays(class_groups, &key_of, *n);
    }
    ExitCode::SUCCESS
}
