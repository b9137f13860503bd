//! Events: the claims of one place within a few days, side by side, and
//! where their claimants disagree.
//!
//! Two claims belong to one event when their places agree — the same
//! locality, or one names only the cercle the other's locality lies in —
//! and their dispatch dates come within [`DAYS`] days of each other (an
//! undated dispatch, or one dated to the month, meets any date it
//! overlaps). An event is **disputed** when two claimants give ranges that
//! do not overlap for the same type and the same victim side: the army's 5
//! soldiers killed against the rebels' 35.

use serde::Serialize;

use super::{Claim, ClaimType};
use crate::corpus::DispatchDate;

/// Days either side within which claims of one place are one event.
pub const DAYS: i64 = 3;

/// A claim with where it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimRecord {
    /// The claim.
    #[serde(flatten)]
    pub claim: Claim,
    /// Its dispatch.
    pub dispatch_id: String,
    /// Its passage, from 0.
    pub passage_no: u64,
    /// The sentence holding it.
    pub sentence: String,
}

/// Claims of one place and a few days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// The place (the most precise named by its claims).
    pub place: Option<String>,
    /// Its path.
    pub place_path: Option<String>,
    /// First day of the dispatches' dates, `YYYY-MM-DD`, if dated.
    pub from: Option<String>,
    /// Last day.
    pub to: Option<String>,
    /// Two claimants disagree.
    pub disputed: bool,
    /// The (type, victim) pairs they disagree on.
    pub disputes: Vec<Dispute>,
    /// The claims, in the order given.
    pub claims: Vec<ClaimRecord>,
}

/// One disagreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dispute {
    /// The claim type.
    #[serde(rename = "type")]
    pub kind: ClaimType,
    /// The victim side.
    pub victim: String,
    /// The claimants whose ranges do not overlap.
    pub claimants: Vec<String>,
}

/// Day numbers (days since 1970-01-01) a claim's date covers.
fn days(date: Option<&str>) -> Option<(i64, i64)> {
    let d: DispatchDate = date?.parse().ok()?;
    Some((day_number(d.first_day()), day_number(d.last_day())))
}

/// `YYYYMMDD` → days since 1970-01-01 (proleptic Gregorian).
fn day_number(ymd: u32) -> i64 {
    let (y, m, d) = (i64::from(ymd / 10000), i64::from(ymd / 100 % 100), i64::from(ymd % 100));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn ymd_of(day: i64) -> String {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Do two place paths name one event's place? The same path, or one is
/// the cercle (`/Country/Region/Cercle`) the other lies in.
fn same_place(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            if a == b {
                return true;
            }
            let cercle = |p: &str| p.matches('/').count() == 3;
            (cercle(a) && b.starts_with(a) && b[a.len()..].starts_with('/'))
                || (cercle(b) && a.starts_with(b) && a[b.len()..].starts_with('/'))
        }
        (None, None) => true,
        _ => false,
    }
}

fn near(a: Option<(i64, i64)>, b: Option<(i64, i64)>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.0 - DAYS <= b.1 && b.0 - DAYS <= a.1,
        _ => true,
    }
}

/// The part of a place path that two paths of one event share: the
/// cercle for a cercle or a place below it, else the whole path. Paths
/// [`same_place`] accepts always share it, so events are looked up by it.
fn place_key(path: Option<&str>) -> Option<&str> {
    let path = path?;
    match path.match_indices('/').nth(3) {
        Some((end, _)) => Some(&path[..end]),
        None => Some(path),
    }
}

/// The days an event covers, for [`near`] in logarithmic time: an event
/// of one place can gather thousands of claims over the years.
#[derive(Default)]
struct Days {
    undated: bool,
    spans: std::collections::BTreeSet<(i64, i64)>,
    longest: i64,
}

impl Days {
    fn add(&mut self, d: Option<(i64, i64)>) {
        match d {
            None => self.undated = true,
            Some(d) => {
                self.longest = self.longest.max(d.1 - d.0);
                self.spans.insert(d);
            }
        }
    }

    /// `near` of any day of the event.
    fn near(&self, d: Option<(i64, i64)>) -> bool {
        let Some(d) = d else { return true };
        if self.undated {
            return true;
        }
        let from = (d.0 - DAYS - self.longest, i64::MIN);
        self.spans.range(from..=(d.1 + DAYS, i64::MAX)).any(|x| near(Some(*x), Some(d)))
    }
}

/// Groups `records` into events, in the order of their first claim.
pub fn group(records: Vec<ClaimRecord>) -> Vec<Event> {
    struct Building {
        paths: Vec<Option<String>>,
        days: Days,
        claims: Vec<ClaimRecord>,
    }
    let mut events: Vec<Building> = Vec::new();
    let mut by_place: std::collections::HashMap<Option<String>, Vec<usize>> =
        std::collections::HashMap::new();
    for r in records {
        let path = r.claim.place_path.clone();
        let d = days(r.claim.date.as_deref());
        let key = place_key(path.as_deref()).map(str::to_owned);
        // The first event, in the order events began, of this place and
        // these days.
        let found = by_place.get(&key).and_then(|candidates| {
            candidates
                .iter()
                .copied()
                .filter(|&i| {
                    let e = &events[i];
                    e.paths.iter().any(|p| same_place(p.as_deref(), path.as_deref())) && e.days.near(d)
                })
                .min()
        });
        match found {
            Some(i) => {
                let e = &mut events[i];
                if !e.paths.contains(&path) {
                    e.paths.push(path);
                }
                e.days.add(d);
                e.claims.push(r);
            }
            None => {
                let i = events.len();
                let mut days = Days::default();
                days.add(d);
                events.push(Building { paths: vec![path], days, claims: vec![r] });
                by_place.entry(key).or_default().push(i);
            }
        }
    }
    events
        .into_iter()
        .map(|b| {
            let best = b
                .claims
                .iter()
                .filter(|r| r.claim.place_path.is_some())
                .max_by_key(|r| r.claim.place_path.as_deref().map_or(0, |p| p.matches('/').count()));
            let from = b.days.spans.iter().map(|d| d.0).min();
            let to = b.days.spans.iter().map(|d| d.1).max();
            let disputes = disputes(&b.claims);
            Event {
                place: best.and_then(|r| r.claim.place.clone()),
                place_path: best.and_then(|r| r.claim.place_path.clone()),
                from: from.map(ymd_of),
                to: to.map(ymd_of),
                disputed: !disputes.is_empty(),
                disputes,
                claims: b.claims,
            }
        })
        .collect()
}

/// The (type, victim) pairs on which two claimants' ranges do not overlap,
/// in the order of the first pair of claims that shows each. Claims are
/// compared within their (type, victim) side only: an event of one place
/// can gather thousands of claims.
fn disputes(claims: &[ClaimRecord]) -> Vec<Dispute> {
    let mut sides: std::collections::HashMap<(ClaimType, &str), Vec<&Claim>> =
        std::collections::HashMap::new();
    let mut firsts: Vec<(ClaimType, &str)> = Vec::new();
    for r in claims {
        let c = &r.claim;
        if c.victim == "unknown" || c.claimant == "narrator" {
            continue;
        }
        let side = sides.entry((c.kind, c.victim.as_str())).or_default();
        if side.is_empty() {
            firsts.push((c.kind, c.victim.as_str()));
        }
        side.push(c);
    }
    let mut found: Vec<((usize, usize), Dispute)> = Vec::new();
    for key in firsts {
        let side = &sides[&key];
        let mut dispute: Option<((usize, usize), Dispute)> = None;
        for (i, x) in side.iter().enumerate() {
            for y in side.iter().skip(i + 1) {
                let overlap = x.low <= y.high.unwrap_or(u64::MAX) && y.low <= x.high.unwrap_or(u64::MAX);
                if x.claimant == y.claimant || overlap {
                    continue;
                }
                match &mut dispute {
                    Some((_, d)) => {
                        for c in [&x.claimant, &y.claimant] {
                            if !d.claimants.contains(c) {
                                d.claimants.push(c.clone());
                            }
                        }
                    }
                    None => {
                        // Ordered as the pair (x, y) came in a scan of
                        // every pair of the event's claims.
                        let at =
                            |c: &Claim| claims.iter().position(|r| std::ptr::eq(&r.claim, c)).unwrap_or(0);
                        dispute = Some((
                            (at(x), at(y)),
                            Dispute {
                                kind: x.kind,
                                victim: x.victim.clone(),
                                claimants: vec![x.claimant.clone(), y.claimant.clone()],
                            },
                        ));
                    }
                }
            }
        }
        found.extend(dispute);
    }
    found.sort_by_key(|(first, _)| *first);
    found.into_iter().map(|(_, d)| d).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for ymd in [19700101, 20230917, 20240229, 20001231] {
            let d = day_number(ymd);
            let s = ymd_of(d);
            assert_eq!(s.replace('-', ""), ymd.to_string());
        }
        assert_eq!(day_number(19700101), 0);
    }

    #[test]
    fn cercle_covers_its_localities() {
        assert!(same_place(Some("/Mali/Tombouctou/Niafunké"), Some("/Mali/Tombouctou/Niafunké/Léré")));
        assert!(!same_place(Some("/Mali/Tombouctou"), Some("/Mali/Tombouctou/Niafunké/Léré")));
        assert!(!same_place(Some("/Mali/Gao/Bourem/Bourem"), Some("/Mali/Tombouctou/Niafunké/Léré")));
    }
}
