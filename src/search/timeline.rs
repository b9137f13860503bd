//! Timelines: how many matching passages and dispatches per year, month or
//! ISO week, so an analyst sees when a group or a place surges in the news.
//!
//! A dispatch's date has the precision it was written with (`2023`,
//! `2023-09`, `2023-09-20`); the index keeps it as the span of days it
//! covers (`date_first..=date_last`). The rule is that a passage is placed
//! in a period only when its whole span lies inside that period; nothing is
//! smeared over several periods and nothing is guessed:
//!
//! - a day-dated passage always has a period;
//! - a month-dated one has a month and a year, but no week (September 2023
//!   covers five ISO weeks): in a weekly timeline it is counted apart as
//!   *imprecise*;
//! - a year-dated one has only a year: imprecise by month and by week;
//! - a passage with no date at all (no `date_first`) is counted apart as
//!   *undated*.
//!
//! The periods come out in chronological order, and every period between
//! the first and the last one with a match is present, with zeros when
//! nothing matched: a gap in the news shows as a gap, not as two adjacent
//! bars. Weeks are ISO 8601 weeks (Monday to Sunday, numbered within the
//! year that holds their Thursday, so 2021-01-03 is in `2020-W53`).
//!
//! Counting follows [`super::facets`]: passages are counted per segment;
//! distinct dispatches are gathered as `dispatch_id` column ords per
//! segment and merged as strings, since ords differ from one segment to the
//! next. Date arithmetic is done here by hand (days from the civil
//! calendar) rather than with a date crate: it is a few lines and only the
//! proleptic Gregorian calendar is needed.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::query::Query;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// The fast fields a timeline reads, by their names in the schema file.
const DATE_FIRST: &str = "date_first";
const DATE_LAST: &str = "date_last";
const DISPATCH_ID: &str = "dispatch_id";

/// The length of a timeline's periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// Calendar years, labelled `2023`.
    Year,
    /// Calendar months, labelled `2023-09`.
    Month,
    /// ISO 8601 weeks, labelled `2023-W38`.
    Week,
}

impl Period {
    /// `"year"`, `"month"` or `"week"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Month => "month",
            Period::Week => "week",
        }
    }

    /// The number of the period holding the day `yyyymmdd`. Consecutive
    /// periods have consecutive numbers, which is what makes filling the
    /// gaps a matter of counting.
    fn key(self, yyyymmdd: u64) -> i64 {
        let (y, m, d) = split_ymd(yyyymmdd);
        match self {
            Period::Year => y,
            Period::Month => y * 12 + (m - 1),
            // 1970-01-01 (day 0) was a Thursday: shifting by 3 makes weeks
            // start on Mondays, week 0 being the one of 1969-12-29.
            Period::Week => (days_from_civil(y, m, d) + 3).div_euclid(7),
        }
    }

    /// The first day of period `key`, as `YYYYMMDD`.
    fn first_day(self, key: i64) -> u32 {
        let (y, m, d) = match self {
            Period::Year => (key, 1, 1),
            Period::Month => (key.div_euclid(12), key.rem_euclid(12) + 1, 1),
            Period::Week => civil_from_days(key * 7 - 3),
        };
        // Indexed years are u16, so their YYYYMMDD fits a u32; the clamp
        // only keeps a corrupt column from wrapping around.
        (y * 10_000 + m * 100 + d).clamp(0, i64::from(u32::MAX)) as u32
    }

    /// The label of period `key`: `2023`, `2023-09` or `2023-W38`.
    fn label(self, key: i64) -> String {
        match self {
            Period::Year => format!("{key:04}"),
            Period::Month => format!("{:04}-{:02}", key.div_euclid(12), key.rem_euclid(12) + 1),
            Period::Week => {
                // The ISO year is the year of the week's Thursday, and the
                // week number counts the Thursdays of that year up to it.
                let thursday = key * 7;
                let (year, _, _) = civil_from_days(thursday);
                let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
                format!("{year:04}-W{week:02}")
            }
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A period name that is not `year`, `month` or `week`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown period {0:?} (expected year, month or week)")]
pub struct PeriodError(String);

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(s: &str) -> Result<Period, PeriodError> {
        match s {
            "year" => Ok(Period::Year),
            "month" => Ok(Period::Month),
            "week" => Ok(Period::Week),
            _ => Err(PeriodError(s.to_owned())),
        }
    }
}

/// Passages and distinct dispatches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matching passages.
    pub passages: u64,
    /// Distinct dispatches among them.
    pub dispatches: u64,
}

/// The counts of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodCount {
    /// `2023`, `2023-09` or `2023-W38`.
    pub label: String,
    /// The period's first day as `YYYYMMDD` (the Monday of a week).
    pub first_day: u32,
    /// Matching passages dated inside the period.
    pub passages: u64,
    /// Distinct dispatches among them.
    pub dispatches: u64,
}

/// Matching passages and dispatches per period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The length of the periods.
    pub by: Period,
    /// Chronological, with every period from the first to the last match
    /// (empty ones at zero); empty when nothing dated matched.
    pub periods: Vec<PeriodCount>,
    /// Passages dated too coarsely for the periods (a month in a weekly
    /// timeline, a year in a monthly or weekly one).
    pub imprecise: Counts,
    /// Passages of undated dispatches.
    pub undated: Counts,
}

/// Counts the matching passages of `query` per period.
pub fn timeline(searcher: &tantivy::Searcher, query: &dyn Query, by: Period) -> tantivy::Result<Timeline> {
    searcher.search(query, &TimelineCollector { by })
}

/// The timeline of passages counted per date span elsewhere (a cluster
/// grouping by `date_first, date_last`): each span `(first, last)` as
/// `YYYYMMDD` days (`first` 0: undated) with its passages and distinct
/// dispatches, placed by the rule of the module documentation. A
/// dispatch has one date, so its passages share one span and the
/// dispatch counts of the spans of a period add up exactly.
pub fn from_spans(by: Period, spans: impl IntoIterator<Item = ((u64, u64), Counts)>) -> Timeline {
    let mut slots: HashMap<Slot, Counts> = HashMap::new();
    for ((first, last), counts) in spans {
        let slot = if first == 0 {
            Slot::Undated
        } else {
            let key = by.key(first);
            if by.key(last.max(first)) == key { Slot::Period(key) } else { Slot::Imprecise }
        };
        let entry = slots.entry(slot).or_default();
        entry.passages += counts.passages;
        entry.dispatches += counts.dispatches;
    }
    build(by, |slot| slots.get(&slot).copied().unwrap_or_default(), slots.keys().copied())
}

/// A timeline from the counts of each slot: every period from the first
/// to the last one with a match.
fn build(by: Period, counts: impl Fn(Slot) -> Counts, slots: impl Iterator<Item = Slot>) -> Timeline {
    let keys: Vec<i64> = slots
        .filter_map(|s| match s {
            Slot::Period(key) => Some(key),
            _ => None,
        })
        .collect();
    let periods = match (keys.iter().min(), keys.iter().max()) {
        (Some(&first), Some(&last)) => (first..=last)
            .map(|key| {
                let c = counts(Slot::Period(key));
                PeriodCount {
                    label: by.label(key),
                    first_day: by.first_day(key),
                    passages: c.passages,
                    dispatches: c.dispatches,
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    Timeline { by, periods, imprecise: counts(Slot::Imprecise), undated: counts(Slot::Undated) }
}

/// Counts passages and distinct dispatches per period (see the module
/// documentation for where a passage goes).
#[derive(Debug, Clone, Copy)]
pub struct TimelineCollector {
    /// The length of the periods.
    pub by: Period,
}

/// Where a passage is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    /// In the period with this key.
    Period(i64),
    /// Apart: its date spans more than one period.
    Imprecise,
    /// Apart: no date.
    Undated,
}

/// Per-segment state of [`TimelineCollector`].
pub struct SegmentTimeline {
    by: Period,
    date_first: Option<Column<u64>>,
    date_last: Option<Column<u64>>,
    dispatch_ids: Option<StrColumn>,
    /// The last date span seen and its slot: a dispatch's passages are
    /// consecutive documents sharing one date, so this spares the date
    /// arithmetic for all but the first of them.
    last: Option<((u64, u64), Slot)>,
    passages: HashMap<Slot, u64>,
    dispatches: HashSet<(Slot, u64)>,
}

/// One segment's counts: passages and dispatch ids per slot.
pub struct SegmentTimelineFruit(Vec<(Slot, u64, HashSet<String>)>);

impl Collector for TimelineCollector {
    type Fruit = Timeline;
    type Child = SegmentTimeline;

    fn for_segment(&self, _: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentTimeline> {
        let columns = segment.fast_fields();
        // A segment where no passage is dated may have no date column at
        // all: every passage of it is then undated, not an error.
        Ok(SegmentTimeline {
            by: self.by,
            date_first: columns.column_opt(DATE_FIRST)?,
            date_last: columns.column_opt(DATE_LAST)?,
            dispatch_ids: columns.str(DISPATCH_ID)?,
            last: None,
            passages: HashMap::new(),
            dispatches: HashSet::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<SegmentTimelineFruit>) -> tantivy::Result<Timeline> {
        let mut merged: HashMap<Slot, (u64, HashSet<String>)> = HashMap::new();
        for fruit in fruits {
            for (slot, passages, dispatches) in fruit.0 {
                let entry = merged.entry(slot).or_default();
                entry.0 += passages;
                entry.1.extend(dispatches);
            }
        }
        let counts = |slot| {
            merged.get(&slot).map_or_else(Counts::default, |(passages, d)| Counts {
                passages: *passages,
                dispatches: d.len() as u64,
            })
        };
        Ok(build(self.by, counts, merged.keys().copied()))
    }
}

impl SegmentTimeline {
    fn slot(&mut self, doc: DocId) -> Slot {
        let Some(first) = self.date_first.as_ref().and_then(|c| c.first(doc)) else {
            return Slot::Undated;
        };
        // A missing end would be a writer defect; the first day alone is
        // then the best reading of the date.
        let last = self.date_last.as_ref().and_then(|c| c.first(doc)).unwrap_or(first);
        if let Some((span, slot)) = self.last
            && span == (first, last)
        {
            return slot;
        }
        let key = self.by.key(first);
        let slot = if self.by.key(last) == key { Slot::Period(key) } else { Slot::Imprecise };
        self.last = Some(((first, last), slot));
        slot
    }
}

impl SegmentCollector for SegmentTimeline {
    type Fruit = SegmentTimelineFruit;

    fn collect(&mut self, doc: DocId, _: Score) {
        let slot = self.slot(doc);
        *self.passages.entry(slot).or_default() += 1;
        if let Some(d) = self.dispatch_ids.as_ref().and_then(|c| c.term_ords(doc).next()) {
            self.dispatches.insert((slot, d));
        }
    }

    fn harvest(self) -> SegmentTimelineFruit {
        let mut ids: HashMap<Slot, HashSet<String>> = HashMap::new();
        let mut id = String::new();
        for (slot, d) in self.dispatches {
            if let Some(column) = &self.dispatch_ids
                && column.ord_to_str(d, &mut id).unwrap_or(false)
            {
                ids.entry(slot).or_default().insert(id.clone());
            }
        }
        SegmentTimelineFruit(
            self.passages
                .into_iter()
                .map(|(slot, p)| (slot, p, ids.remove(&slot).unwrap_or_default()))
                .collect(),
        )
    }
}

/// `YYYYMMDD` → (year, month, day).
fn split_ymd(yyyymmdd: u64) -> (i64, i64, i64) {
    let n = yyyymmdd as i64;
    (n / 10_000, n / 100 % 100, n % 100)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`): eras of 400 years, years starting in March so the
/// leap day comes last.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month, day).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::Path;

    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;
    use tantivy::{ReloadPolicy, Term};

    use super::*;
    use crate::corpus::{Dispatch, Origin};
    use crate::index::{DepechesIndex, Indexer};

    fn week(yyyymmdd: u64) -> String {
        Period::Week.label(Period::Week.key(yyyymmdd))
    }

    #[test]
    fn iso_weeks_at_year_ends() {
        assert_eq!(week(20201231), "2020-W53");
        assert_eq!(week(20210103), "2020-W53");
        assert_eq!(week(20210104), "2021-W01");
        assert_eq!(week(20230920), "2023-W38");
        // 2018-12-31 is a Monday whose Thursday falls in 2019.
        assert_eq!(week(20181231), "2019-W01");
        assert_eq!(week(20230101), "2022-W52");
        assert_eq!(Period::Week.first_day(Period::Week.key(20230920)), 20230918);
        assert_eq!(Period::Week.first_day(Period::Week.key(20210103)), 20201228);
    }

    #[test]
    fn civil_days_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for z in [-800_000, -1, 0, 59, 11_016, 19_620, 400_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29) + 1), (2024, 3, 1));
    }

    #[test]
    fn months_and_years_label_and_start() {
        let m = Period::Month.key(20231231);
        assert_eq!((Period::Month.label(m), Period::Month.first_day(m)), ("2023-12".into(), 20231201));
        assert_eq!(Period::Month.label(m + 1), "2024-01");
        let y = Period::Year.key(20230920);
        assert_eq!((Period::Year.label(y), Period::Year.first_day(y)), ("2023".into(), 20230101));
        assert_eq!("week".parse::<Period>(), Ok(Period::Week));
        assert!("day".parse::<Period>().is_err());
    }

    fn dispatch(id: &str, date: Option<&str>, passages: &[&str]) -> Dispatch {
        Dispatch {
            id: id.into(),
            date: date.map(|d| d.parse().unwrap()),
            title: None,
            source: None,
            passages: passages.iter().map(|p| (*p).to_owned()).collect(),
            origin: Origin { path: "test.jsonl".into(), line: None, column: None },
            meta: Default::default(),
        }
    }

    /// An index of six dispatches dated 2023-08-30 (2 passages), 2023-09
    /// (2), 2023-09-20 (1), 2023-10-02 (1), 2021 (1) and undated (2), the
    /// last two committed apart so the index has two segments.
    pub(crate) fn sample_index(dir: &Path) -> DepechesIndex {
        let index = DepechesIndex::create(dir).unwrap();
        let mut indexer = Indexer::new(&index, 1, 15_000_000).unwrap();
        for d in [
            dispatch(
                "a",
                Some("2023-08-30"),
                &["La CMA a attaqué un camp des FAMa à Léré.", "Les combats ont repris à Tombouctou."],
            ),
            dispatch("b", Some("2023-09"), &["La CMA contrôle Kidal.", "Les FAMa sont entrées à Kidal."]),
            dispatch("c", Some("2023-09-20"), &["Le GSIM a revendiqué l'attaque de Léré."]),
            dispatch("d", Some("2023-10-02"), &["La CMA et le GSIM se disputent Ber."]),
        ] {
            indexer.add(&d).unwrap();
        }
        indexer.commit().unwrap();
        indexer.add(&dispatch("e", Some("2021"), &["La Minusma quitte Kidal."])).unwrap();
        indexer
            .add(&dispatch(
                "f",
                None,
                &["La CMA dénonce l'accord.", "Le Sahel reste instable, selon la CMA."],
            ))
            .unwrap();
        indexer.finish().unwrap();
        index
    }

    fn searcher(index: &DepechesIndex) -> tantivy::Searcher {
        let reader = index.index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().unwrap();
        reader.searcher()
    }

    fn rows(t: &Timeline) -> Vec<(&str, u32, u64, u64)> {
        t.periods.iter().map(|p| (p.label.as_str(), p.first_day, p.passages, p.dispatches)).collect()
    }

    fn counts(passages: u64, dispatches: u64) -> Counts {
        Counts { passages, dispatches }
    }

    #[test]
    fn monthly_timeline_fills_gaps_and_keeps_the_year_apart() {
        let dir = tempfile::tempdir().unwrap();
        let index = sample_index(dir.path());
        let t = timeline(&searcher(&index), &AllQuery, Period::Month).unwrap();
        assert_eq!(t.by, Period::Month);
        assert_eq!(
            rows(&t),
            [("2023-08", 20230801, 2, 1), ("2023-09", 20230901, 3, 2), ("2023-10", 20231001, 1, 1)]
        );
        assert_eq!(t.imprecise, counts(1, 1), "2021 has no month");
        assert_eq!(t.undated, counts(2, 1));
    }

    #[test]
    fn weekly_timeline_puts_the_month_dated_dispatch_apart() {
        let dir = tempfile::tempdir().unwrap();
        let index = sample_index(dir.path());
        let t = timeline(&searcher(&index), &AllQuery, Period::Week).unwrap();
        let labels: Vec<&str> = t.periods.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["2023-W35", "2023-W36", "2023-W37", "2023-W38", "2023-W39", "2023-W40"]);
        assert_eq!(rows(&t)[0], ("2023-W35", 20230828, 2, 1));
        assert_eq!(rows(&t)[3], ("2023-W38", 20230918, 1, 1));
        assert_eq!(rows(&t)[5], ("2023-W40", 20231002, 1, 1));
        assert!(t.periods[1..3].iter().chain(&t.periods[4..5]).all(|p| p.passages == 0 && p.dispatches == 0));
        assert_eq!(t.imprecise, counts(3, 2), "2023-09 and 2021 have no week");
        assert_eq!(t.undated, counts(2, 1));
    }

    #[test]
    fn yearly_timeline_places_every_dated_passage() {
        let dir = tempfile::tempdir().unwrap();
        let index = sample_index(dir.path());
        let t = timeline(&searcher(&index), &AllQuery, Period::Year).unwrap();
        assert_eq!(rows(&t), [("2021", 20210101, 1, 1), ("2022", 20220101, 0, 0), ("2023", 20230101, 6, 4)]);
        assert_eq!(t.imprecise, Counts::default());
    }

    #[test]
    fn counts_only_matching_passages() {
        let dir = tempfile::tempdir().unwrap();
        let index = sample_index(dir.path());
        let field = index.schema.fields.dispatch_facets;
        let cma = tantivy::schema::Facet::from("/actor/separatist/CMA");
        let query = TermQuery::new(Term::from_facet(field, &cma), IndexRecordOption::Basic);
        let t = timeline(&searcher(&index), &query, Period::Month).unwrap();
        // Dispatch-level facets: every passage of a, b, d and f.
        assert_eq!(
            rows(&t),
            [("2023-08", 20230801, 2, 1), ("2023-09", 20230901, 2, 1), ("2023-10", 20231001, 1, 1)]
        );
        assert_eq!(t.imprecise, Counts::default());
        assert_eq!(t.undated, counts(2, 1));
        let none = TermQuery::new(
            Term::from_field_text(index.schema.fields.dispatch_id, "zz"),
            IndexRecordOption::Basic,
        );
        let t = timeline(&searcher(&index), &none, Period::Week).unwrap();
        assert!(t.periods.is_empty() && t.undated == Counts::default());
    }
}
