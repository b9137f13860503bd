//! Output of `depeches timeline`: a bar chart for a terminal, CSV for a
//! spreadsheet, JSON for a program.
//!
//! ```text
//! MONTH                                                PASSAGES  DISPATCHES
//! 2023-08    ██████████████████████████▌                      2           1
//! 2023-09    ████████████████████████████████████████         3           2
//! 2023-10    █████████████▌                                   1           1
//! imprecise                                                   1           1
//! undated                                                     2           1
//! (imprecise: dated by year only, not placed in a month)
//! ```
//!
//! Bars are scaled so the busiest period fills the width, in half columns
//! (`▌`); a period with any passage gets at least a half column, so a
//! small count is never drawn as a gap. Passages dated too coarsely for
//! the periods (`imprecise`) and undated ones get a row without a bar, and
//! only when there are some. In CSV and JSON the first day of a period is
//! written `YYYY-MM-DD`; the `imprecise` and `undated` CSV rows are always
//! present, last, with an empty `first_day`, so the file has the same shape
//! whatever matched. The JSON keys are a stable interface:
//! `{"by", "periods": [{"period", "first_day", "passages", "dispatches"}],
//! "imprecise": {"passages", "dispatches"}, "undated": {…}}`.

use std::io::{self, Write};

use serde::Serialize;

use crate::search::timeline::{Counts, Period, Timeline};

/// Width of the longest bar in the text chart, in columns.
pub const DEFAULT_BAR_WIDTH: usize = 40;

/// Writes `timeline` as a text bar chart whose longest bar is `width`
/// columns. Writes nothing when no passage matched.
pub fn write_text(timeline: &Timeline, width: usize, out: &mut dyn Write) -> io::Result<()> {
    let mut rows: Vec<(&str, Option<&Counts>, u64, u64)> =
        timeline.periods.iter().map(|p| (p.label.as_str(), None, p.passages, p.dispatches)).collect();
    for (label, counts) in [("imprecise", &timeline.imprecise), ("undated", &timeline.undated)] {
        if counts.passages > 0 {
            rows.push((label, Some(counts), counts.passages, counts.dispatches));
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    let header = timeline.by.as_str().to_ascii_uppercase();
    let label_width = rows.iter().map(|r| r.0.len()).chain([header.len()]).max().unwrap_or(0);
    let digits = |n: u64| n.to_string().len();
    let p_width = rows.iter().map(|r| digits(r.2)).chain(["PASSAGES".len()]).max().unwrap_or(0);
    let d_width = rows.iter().map(|r| digits(r.3)).chain(["DISPATCHES".len()]).max().unwrap_or(0);
    let most = timeline.periods.iter().map(|p| p.passages).max().unwrap_or(0);
    writeln!(
        out,
        "{header:<label_width$}  {:width$}  {:>p_width$}  {:>d_width$}",
        "", "PASSAGES", "DISPATCHES"
    )?;
    for (label, apart, passages, dispatches) in rows {
        let bar = if apart.is_some() { String::new() } else { bar(passages, most, width) };
        // `{:<width$}` pads by characters, and each block is one character.
        writeln!(out, "{label:<label_width$}  {bar:<width$}  {passages:>p_width$}  {dispatches:>d_width$}")?;
    }
    if timeline.imprecise.passages > 0 {
        let why = match timeline.by {
            Period::Week => "dated by month or year only",
            Period::Month | Period::Year => "dated by year only",
        };
        writeln!(out, "(imprecise: {why}, not placed in a {})", timeline.by)?;
    }
    Ok(())
}

/// A bar for `n` out of a maximum of `most`, `width` columns at most.
fn bar(n: u64, most: u64, width: usize) -> String {
    if n == 0 || most == 0 {
        return String::new();
    }
    let halves = (u128::from(n) * 2 * width as u128 + u128::from(most) / 2) / u128::from(most);
    let halves = (halves as usize).max(1);
    let mut bar = "█".repeat(halves / 2);
    if halves % 2 == 1 {
        bar.push('▌');
    }
    bar
}

/// `YYYYMMDD` → `YYYY-MM-DD`.
fn iso_day(yyyymmdd: u32) -> String {
    format!("{:04}-{:02}-{:02}", yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100)
}

/// Writes `timeline` as CSV: `period,first_day,passages,dispatches`.
pub fn write_csv(timeline: &Timeline, out: &mut dyn Write) -> io::Result<()> {
    // Labels are digits, dashes and letters: nothing to quote.
    writeln!(out, "period,first_day,passages,dispatches")?;
    for p in &timeline.periods {
        writeln!(out, "{},{},{},{}", p.label, iso_day(p.first_day), p.passages, p.dispatches)?;
    }
    for (label, c) in [("imprecise", &timeline.imprecise), ("undated", &timeline.undated)] {
        writeln!(out, "{label},,{},{}", c.passages, c.dispatches)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonTimeline<'a> {
    by: &'static str,
    periods: Vec<JsonPeriod<'a>>,
    imprecise: JsonCounts,
    undated: JsonCounts,
}

#[derive(Serialize)]
struct JsonPeriod<'a> {
    period: &'a str,
    first_day: String,
    passages: u64,
    dispatches: u64,
}

#[derive(Serialize)]
struct JsonCounts {
    passages: u64,
    dispatches: u64,
}

impl From<&Counts> for JsonCounts {
    fn from(c: &Counts) -> Self {
        JsonCounts { passages: c.passages, dispatches: c.dispatches }
    }
}

/// Writes `timeline` as one JSON document.
pub fn write_json(timeline: &Timeline, out: &mut dyn Write) -> io::Result<()> {
    let doc = JsonTimeline {
        by: timeline.by.as_str(),
        periods: timeline
            .periods
            .iter()
            .map(|p| JsonPeriod {
                period: &p.label,
                first_day: iso_day(p.first_day),
                passages: p.passages,
                dispatches: p.dispatches,
            })
            .collect(),
        imprecise: (&timeline.imprecise).into(),
        undated: (&timeline.undated).into(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::timeline::PeriodCount;

    fn sample() -> Timeline {
        let period = |label: &str, first_day, passages, dispatches| PeriodCount {
            label: label.into(),
            first_day,
            passages,
            dispatches,
        };
        Timeline {
            by: Period::Month,
            periods: vec![
                period("2023-08", 20230801, 2, 1),
                period("2023-09", 20230901, 3, 2),
                period("2023-10", 20231001, 0, 0),
                period("2023-11", 20231101, 1, 1),
            ],
            imprecise: Counts { passages: 1, dispatches: 1 },
            undated: Counts { passages: 0, dispatches: 0 },
        }
    }

    fn text(t: &Timeline, width: usize) -> String {
        let mut out = Vec::new();
        write_text(t, width, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn bar_chart() {
        let expected = "\
MONTH                  PASSAGES  DISPATCHES
2023-08    ██████▌            2           1
2023-09    ██████████         3           2
2023-10                       0           0
2023-11    ███▌               1           1
imprecise                     1           1
(imprecise: dated by year only, not placed in a month)
";
        assert_eq!(text(&sample(), 10), expected);
    }

    #[test]
    fn bars_scale_in_half_columns() {
        assert_eq!(bar(3, 3, 4), "████");
        assert_eq!(bar(2, 3, 4), "██▌");
        assert_eq!(bar(1, 1000, 4), "▌", "a small count is never drawn as a gap");
        assert_eq!(bar(0, 3, 4), "");
    }

    #[test]
    fn nothing_matched_prints_nothing() {
        let t = Timeline {
            by: Period::Week,
            periods: vec![],
            imprecise: Counts::default(),
            undated: Counts::default(),
        };
        assert_eq!(text(&t, DEFAULT_BAR_WIDTH), "");
    }

    #[test]
    fn csv() {
        let mut out = Vec::new();
        write_csv(&sample(), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "period,first_day,passages,dispatches\n\
             2023-08,2023-08-01,2,1\n\
             2023-09,2023-09-01,3,2\n\
             2023-10,2023-10-01,0,0\n\
             2023-11,2023-11-01,1,1\n\
             imprecise,,1,1\n\
             undated,,0,0\n"
        );
    }

    #[test]
    fn json() {
        let mut out = Vec::new();
        write_json(&sample(), &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["by"], "month");
        assert_eq!(
            v["periods"][1],
            serde_json::json!({"period": "2023-09", "first_day": "2023-09-01", "passages": 3, "dispatches": 2})
        );
        assert_eq!(v["periods"].as_array().unwrap().len(), 4);
        assert_eq!(v["imprecise"], serde_json::json!({"passages": 1, "dispatches": 1}));
        assert_eq!(v["undated"], serde_json::json!({"passages": 0, "dispatches": 0}));
    }
}
