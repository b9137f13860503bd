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

/// The (type, victim) pairs on which two claimants disagree: no range of
/// one overlaps any range of the other (a claimant's "35; 1" cell is not a
/// dispute with another's 35). Materiel claims disagree only on the same
/// equipment (one aircraft lost is no dispute with two jets destroyed).
/// Claims are compared within their (type, victim, equipment) side only,
/// an event of one place can gather thousands of claims; the disputes
/// come out as a scan of every pair of the event's claims finds them.
fn disputes(claims: &[ClaimRecord]) -> Vec<Dispute> {
    let overlap =
        |x: &Claim, y: &Claim| x.low <= y.high.unwrap_or(u64::MAX) && y.low <= x.high.unwrap_or(u64::MAX);
    type Side<'a> = (ClaimType, &'a str, Option<String>);
    let mut sides: std::collections::HashMap<Side<'_>, Vec<usize>> = std::collections::HashMap::new();
    for (i, r) in claims.iter().enumerate() {
        let c = &r.claim;
        if c.victim == "unknown" || c.claimant == "narrator" {
            continue;
        }
        sides.entry((c.kind, c.victim.as_str(), equipment_of(r))).or_default().push(i);
    }
    // Every pair (i, j) of claims that disagree, with i < j.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for side in sides.values() {
        // Any claim of the one claimant that agrees with one of the
        // other's, on the same thing, settles it: decided once per pair of
        // claimants.
        let mut settled: std::collections::HashMap<(&str, &str), bool> = std::collections::HashMap::new();
        for (n, &i) in side.iter().enumerate() {
            for &j in &side[n + 1..] {
                let (x, y) = (&claims[i].claim, &claims[j].claim);
                if x.claimant == y.claimant || overlap(x, y) {
                    continue;
                }
                let agree = *settled.entry((x.claimant.as_str(), y.claimant.as_str())).or_insert_with(|| {
                    let said = |k: &usize, who: &String| claims[*k].claim.claimant == *who;
                    side.iter().filter(|k| said(k, &x.claimant)).any(|&c| {
                        side.iter()
                            .filter(|k| said(k, &y.claimant))
                            .any(|&d| overlap(&claims[c].claim, &claims[d].claim))
                    })
                });
                if !agree {
                    pairs.push((i, j));
                }
            }
        }
    }
    pairs.sort_unstable();
    let mut out: Vec<Dispute> = Vec::new();
    for (i, j) in pairs {
        let (x, y) = (&claims[i].claim, &claims[j].claim);
        match out.iter_mut().find(|d| d.kind == x.kind && d.victim == x.victim) {
            Some(d) => {
                for c in [&x.claimant, &y.claimant] {
                    if !d.claimants.contains(c) {
                        d.claimants.push(c.clone());
                    }
                }
            }
            None => out.push(Dispute {
                kind: x.kind,
                victim: x.victim.clone(),
                claimants: vec![x.claimant.clone(), y.claimant.clone()],
            }),
        }
    }
    out
}

/// The equipment a materiel claim counts, as the rules name it and in the
/// singular ("avion", "avion de chasse"): the longest equipment word right
/// after its figure. `None` for other claims, or when none is named.
fn equipment_of(r: &ClaimRecord) -> Option<String> {
    if r.claim.kind != ClaimType::Materiel {
        return None;
    }
    let after = r.sentence.get(r.claim.figure_end.checked_sub(r.claim.sentence_start)?..)?;
    let words: Vec<String> =
        crate::entities::words::key(after).split(' ').take(6).map(str::to_owned).collect();
    let rules = super::rules::Rules::embedded();
    (0..words.len().min(3)).find_map(|k| {
        rules
            .starting_with(&words[k])
            .iter()
            .filter(|e| matches!(e.cue, super::rules::Cue::Victim(super::rules::Side::Equipment)))
            .find(|e| {
                words
                    .get(k..k + e.words.len())
                    .is_some_and(|w| w.iter().zip(e.words.iter()).all(|(a, b)| a == &**b))
            })
            .map(|e| e.words.iter().map(|w| w.trim_end_matches(['s', 'x'])).collect::<Vec<_>>().join(" "))
    })
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

    fn record(kind: ClaimType, claimant: &str, low: u64, sentence: &str) -> ClaimRecord {
        ClaimRecord {
            claim: Claim {
                kind,
                figure: String::new(),
                low,
                high: Some(low),
                claimant: claimant.into(),
                victim: "FAMa".into(),
                modality: super::super::Modality::Asserted,
                verified: true,
                place: None,
                place_path: None,
                date: None,
                figure_start: 0,
                figure_end: 0,
                sentence_start: 0,
                sentence_end: sentence.len(),
            },
            dispatch_id: "d".into(),
            passage_no: 0,
            sentence: sentence.into(),
        }
    }

    #[test]
    fn disputes_need_the_same_thing_counted_apart() {
        let killed = |who: &str, n: u64| record(ClaimType::Killed, who, n, "");
        assert_eq!(disputes(&[killed("FAMa", 5), killed("CSP-PSD", 35)]).len(), 1);
        // "35; 1" against 35: they agree on 35.
        assert!(disputes(&[killed("CSP-PSD", 35), killed("CSP-PSD", 1), killed("FAMa", 35)]).is_empty());
        // One aircraft lost is no dispute with two jets destroyed.
        let plane = record(ClaimType::Materiel, "FAMa", 1, " avion");
        let jets = record(ClaimType::Materiel, "CSP-PSD", 2, " avions de chasse");
        assert!(disputes(&[plane.clone(), jets]).is_empty());
        let planes = record(ClaimType::Materiel, "CSP-PSD", 3, " avions abattus");
        assert_eq!(disputes(&[plane, planes]).len(), 1);
    }

    #[test]
    fn cercle_covers_its_localities() {
        assert!(same_place(Some("/Mali/Tombouctou/Niafunké"), Some("/Mali/Tombouctou/Niafunké/Léré")));
        assert!(!same_place(Some("/Mali/Tombouctou"), Some("/Mali/Tombouctou/Niafunké/Léré")));
        assert!(!same_place(Some("/Mali/Gao/Bourem/Bourem"), Some("/Mali/Tombouctou/Niafunké/Léré")));
    }
}
