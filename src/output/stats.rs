//! Output of `depeches stats`: a short report for people, JSON for
//! programs.
//!
//! ```text
//! dispatches   6 (1 undated)
//! passages     9
//! dates        2021-01-01 to 2023-10-02
//! index        9.7 KB in 2 segments
//! built by     depeches 0.1.0, schema version 2
//!
//! ACTOR    PASSAGES  DISPATCHES  PATH
//! CMA             5           4  /actor/separatist/CMA
//! GSIM            2           2  /actor/jihadist/GSIM
//!
//! PLACE       PASSAGES  DISPATCHES  PATH
//! Kidal              3           2  /place/Mali/Kidal/Kidal/Kidal
//! Léré               2           2  /place/Mali/Tombouctou/Niafunké/Léré
//! ```
//!
//! `dates` runs from the first day of the oldest date to the last day of
//! the newest (a dispatch dated `2021` starts the range on 2021-01-01). The
//! tables are the most named actors and places (see [`crate::index::stats`]
//! for what is counted), laid out as `depeches facets` lays them out.
//!
//! The JSON document is [`IndexStats`] as it serializes; its keys are a
//! stable interface.

use std::io::{self, Write};

use super::human_bytes;

use crate::index::stats::IndexStats;

/// Writes `stats` as a report for people.
pub fn write_text(stats: &IndexStats, out: &mut dyn Write) -> io::Result<()> {
    write!(out, "dispatches   {}", stats.dispatches)?;
    if stats.undated_dispatches > 0 {
        write!(out, " ({} undated)", stats.undated_dispatches)?;
    }
    writeln!(out)?;
    writeln!(out, "passages     {}", stats.passages)?;
    match (&stats.first_date, &stats.last_date) {
        (Some(first), Some(last)) => writeln!(out, "dates        {first} to {last}")?,
        _ => writeln!(out, "dates        none")?,
    }
    let s = if stats.segments == 1 { "" } else { "s" };
    writeln!(out, "index        {} in {} segment{s}", human_bytes(stats.index_bytes), stats.segments)?;
    match (&stats.depeches_version, stats.schema_version) {
        (Some(depeches), Some(schema)) => {
            writeln!(out, "built by     depeches {depeches}, schema version {schema}")?
        }
        // An index created but never committed to.
        _ => writeln!(out, "built by     nothing yet (no commit)")?,
    }
    if let Some(vocabulary) = &stats.vocabulary {
        let current = crate::index::vocabulary_fingerprint();
        let note = if *vocabulary == current { "current" } else { "differs from this depeches: re-index" };
        writeln!(out, "vocabulary   {vocabulary} ({note})")?;
    }
    let actors: Vec<Row<'_>> =
        stats.top_actors.iter().map(|a| (a.id.as_str(), a.passages, a.dispatches, a.path.as_str())).collect();
    let places: Vec<Row<'_>> = stats
        .top_places
        .iter()
        .map(|p| (p.name.as_str(), p.passages, p.dispatches, p.path.as_str()))
        .collect();
    table("ACTOR", &actors, out)?;
    table("PLACE", &places, out)
}

/// Name, passages, dispatches, path.
type Row<'a> = (&'a str, u64, u64, &'a str);

/// A blank line and an aligned table, the layout of `depeches facets`; no
/// table when there are no rows.
fn table(header: &str, rows: &[Row<'_>], out: &mut dyn Write) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    // Format widths count characters, so accented names align.
    let width = rows.iter().map(|r| r.0.chars().count()).chain([header.len()]).max().unwrap_or(0);
    writeln!(out)?;
    writeln!(out, "{header:<width$}  {:>8}  {:>10}  PATH", "PASSAGES", "DISPATCHES")?;
    for (name, passages, dispatches, path) in rows {
        writeln!(out, "{name:<width$}  {passages:>8}  {dispatches:>10}  {path}")?;
    }
    Ok(())
}

/// Writes `stats` as one JSON document.
pub fn write_json(stats: &IndexStats, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, stats)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::stats::{TopActor, TopPlace};

    fn sample() -> IndexStats {
        IndexStats {
            dispatches: 6,
            passages: 9,
            first_date: Some("2021-01-01".into()),
            last_date: Some("2023-10-02".into()),
            undated_dispatches: 1,
            index_bytes: 86_100_000,
            segments: 1,
            schema_version: Some(2),
            vocabulary: None,
            depeches_version: Some("0.1.0".into()),
            top_actors: vec![TopActor {
                id: "CMA".into(),
                path: "/actor/separatist/CMA".into(),
                passages: 5,
                dispatches: 4,
            }],
            top_places: vec![TopPlace {
                name: "Léré".into(),
                path: "/place/Mali/Tombouctou/Niafunké/Léré".into(),
                passages: 2,
                dispatches: 2,
            }],
        }
    }

    #[test]
    fn text_report() {
        let mut out = Vec::new();
        write_text(&sample(), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\
dispatches   6 (1 undated)
passages     9
dates        2021-01-01 to 2023-10-02
index        82.1 MB in 1 segment
built by     depeches 0.1.0, schema version 2

ACTOR  PASSAGES  DISPATCHES  PATH
CMA           5           4  /actor/separatist/CMA

PLACE  PASSAGES  DISPATCHES  PATH
Léré          2           2  /place/Mali/Tombouctou/Niafunké/Léré
"
        );
    }

    #[test]
    fn empty_index_report() {
        let stats = IndexStats {
            dispatches: 0,
            passages: 0,
            first_date: None,
            last_date: None,
            undated_dispatches: 0,
            index_bytes: 0,
            segments: 0,
            schema_version: None,
            vocabulary: None,
            depeches_version: None,
            top_actors: vec![],
            top_places: vec![],
        };
        let mut out = Vec::new();
        write_text(&stats, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("dates        none\n") && !text.contains("ACTOR"), "{text}");
    }

    #[test]
    fn json_document() {
        let mut out = Vec::new();
        write_json(&sample(), &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["first_date"], "2021-01-01");
        assert_eq!(v["top_places"][0]["name"], "Léré");
        assert_eq!(v["schema_version"], 2);
    }
}
