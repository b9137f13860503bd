//! `depeches claims` and `depeches bench claims`: arguments → the claims
//! library → output. Thin: extraction lives in [`crate::claims`], layout
//! in [`crate::output::claims`].

use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::config;
use super::{BenchClaimsArgs, ClaimsArgs, ClaimsByArg};
use crate::claims::ClaimExtractor;
use crate::claims::events;
use crate::claims::measure::{self, GoldParagraph, Score};
use crate::exit::Exit;
use crate::output::Format;
use crate::output::claims as out_claims;
use crate::output::destination::Destination;
use crate::output::highlight::Highlight;
use crate::search::SearchRequest;

/// `depeches claims`.
pub fn claims_command(index_dir: &Path, args: &ClaimsArgs) -> Result<Exit> {
    let format = args
        .format
        .map(config::format)
        .or_else(|| args.output.as_deref().and_then(Format::of_path))
        .unwrap_or(Format::Text);
    let marks = if format == Format::Text { config::highlight(args.highlight) } else { Highlight::None };
    if let Some(text) = &args.text {
        if args.query.is_some() {
            bail!(config::UsageError(
                "--text reads TEXT or standard input, not the index: drop the query".into()
            ));
        }
        return text_command(text, format, marks);
    }
    let request = crate::search::claims::request(SearchRequest {
        query: config::query(args.query.as_deref())?,
        filters: config::filters(&args.filters)?,
        ..SearchRequest::default()
    });
    let types: Vec<&str> = args.filters.claims.iter().map(String::as_str).collect();
    let claimants: Vec<&str> = args.filters.claimants.iter().map(String::as_str).collect();
    let selection = crate::search::claims::ClaimSelection::new(&types, &claimants)
        .map_err(|(name, m)| config::UsageError(format!("--{name}: {m}")))?;
    let searcher = super::run::engine(args.engine.as_deref(), index_dir)?;
    let mut records = crate::search::claims::records(&*searcher, &request, &selection)?;
    let limit = if args.all { 0 } else { args.limit };
    let query = args.query.as_deref().unwrap_or("");
    let mut dest = Destination::open(args.output.as_deref()).with_context(|| {
        format!("cannot write {}", args.output.as_deref().unwrap_or(Path::new("-")).display())
    })?;
    let found = match args.by {
        ClaimsByArg::Claim => {
            if limit > 0 {
                records.truncate(limit);
            }
            out_claims::write_claims(&records, format, marks, args.excel, query, &mut dest)?;
            !records.is_empty()
        }
        ClaimsByArg::Event => {
            let mut evs = events::group(records);
            if limit > 0 {
                evs.truncate(limit);
            }
            out_claims::write_events(&evs, format, args.excel, query, &mut dest)?;
            !evs.is_empty()
        }
    };
    dest.finish().context("writing claims")?;
    Ok(if found { Exit::Results } else { Exit::NoResults })
}

/// `claims --text`: TEXT, or each line of standard input.
fn text_command(text: &str, format: Format, marks: Highlight) -> Result<Exit> {
    let x = ClaimExtractor::embedded();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut found = false;
    let mut one = |line: &str, out: &mut dyn Write| -> io::Result<()> {
        let claims = x.claims_of_text(line, None);
        found |= !claims.is_empty();
        match format {
            Format::Json | Format::Jsonl => {
                let items: Vec<serde_json::Value> = claims
                    .iter()
                    .map(|c| {
                        let chars = |b: usize| line.get(..b).map_or(0, |s| s.chars().count());
                        serde_json::json!({
                            "type": c.kind,
                            "claimant": c.claimant,
                            "victim": c.victim,
                            "low": c.low,
                            "high": c.high,
                            "figure": c.figure,
                            "modality": c.modality,
                            "verified": c.verified,
                            "place": c.place,
                            "start": c.figure_start,
                            "end": c.figure_end,
                            "char_start": chars(c.figure_start),
                            "char_end": chars(c.figure_end),
                            "sentence_start": c.sentence_start,
                            "sentence_end": c.sentence_end,
                        })
                    })
                    .collect();
                serde_json::to_writer(&mut *out, &items)?;
                writeln!(out)
            }
            _ => {
                let parts: Vec<String> = claims
                    .iter()
                    .map(|c| {
                        let fig = line.get(c.figure_start..c.figure_end).unwrap_or(&c.figure);
                        format!(
                            "{} {} by {} (victim {}, {}) \"{}\"",
                            c.kind,
                            out_claims::range(c.low, c.high),
                            c.claimant,
                            c.victim,
                            c.modality.as_str(),
                            marks.escape(fig)
                        )
                    })
                    .collect();
                writeln!(out, "{}", parts.join(" | "))
            }
        }
    };
    if text.is_empty() {
        for line in io::stdin().lock().lines() {
            let line = line.context("reading standard input")?;
            one(&line, &mut out)?;
        }
    } else {
        one(text, &mut out)?;
    }
    out.flush()?;
    Ok(if found { Exit::Results } else { Exit::NoResults })
}

/// `depeches bench claims SET --corpus CORPUS`.
pub fn bench_claims_command(args: &BenchClaimsArgs) -> Result<Exit> {
    let set =
        std::fs::read_to_string(&args.set).with_context(|| format!("reading {}", args.set.display()))?;
    let mut paragraphs: Vec<GoldParagraph> = Vec::new();
    for (no, line) in set.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let p: GoldParagraph = serde_json::from_str(line)
            .map_err(|e| config::UsageError(format!("{}:{}: {e}", args.set.display(), no + 1)))?;
        paragraphs.push(p);
    }
    let wanted: HashSet<&str> = paragraphs.iter().map(|p| p.id.as_str()).collect();
    let x = ClaimExtractor::embedded();
    let mut claims: HashMap<String, Vec<Vec<crate::claims::Claim>>> = HashMap::new();
    let read = std::cell::Cell::new(0);
    let mut problems = Vec::new();
    crate::corpus::read_file(
        &args.corpus,
        &read,
        &mut |d| {
            if wanted.contains(d.id.as_str()) {
                claims.insert(d.id.clone(), x.claims_of_dispatch(&d.passages, d.date));
            }
        },
        &mut |p| problems.push(p),
    );
    if claims.is_empty()
        && let Some(p) = problems.first()
    {
        bail!("{}: {}", args.corpus.display(), p.message);
    }
    let mut score = Score::default();
    for p in &paragraphs {
        let label = format!("{} ¶{}", p.id, p.passage);
        match claims.get(&p.id).and_then(|d| d.get(p.passage)) {
            Some(found) => measure::compare(&label, &p.claims, found, &mut score),
            None => score.missing_paragraphs.push(label),
        }
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let doc = serde_json::json!({
            "set": args.set.display().to_string(),
            "paragraphs": score.paragraphs,
            "gold": score.gold,
            "found": score.found,
            "matched": score.matched,
            "precision": (score.precision() * 1000.0).round() / 1000.0,
            "recall": (score.recall() * 1000.0).round() / 1000.0,
            "claimant_accuracy": (score.claimant_accuracy() * 1000.0).round() / 1000.0,
            "victim_accuracy": (score.victim_accuracy() * 1000.0).round() / 1000.0,
            "missing_paragraphs": score.missing_paragraphs,
            "errors": score.errors,
        });
        writeln!(out, "{doc}")?;
    } else {
        writeln!(
            out,
            "{}: {} paragraphs, {} annotated claims, {} found, {} matched",
            args.set.display(),
            score.paragraphs,
            score.gold,
            score.found,
            score.matched
        )?;
        writeln!(
            out,
            "detection precision {:.3}  recall {:.3}  claimant accuracy {:.3}  victim accuracy {:.3}",
            score.precision(),
            score.recall(),
            score.claimant_accuracy(),
            score.victim_accuracy()
        )?;
        for m in &score.missing_paragraphs {
            writeln!(out, "not in the corpus: {m}")?;
        }
        if args.verbose {
            for e in &score.errors {
                writeln!(out, "  {e}")?;
            }
        } else if !score.errors.is_empty() {
            writeln!(out, "{} errors (--verbose lists them)", score.errors.len())?;
        }
    }
    Ok(if score.missing_paragraphs.is_empty() { Exit::Results } else { Exit::Error })
}
