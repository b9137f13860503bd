//! The URL is the state: query-string parameters ↔ a search request.
//!
//! Every page and API route takes the same parameters, so a page's link,
//! its CSV twin and a bookmark all say the same thing:
//!
//! | parameter | meaning | CLI |
//! |---|---|---|
//! | `q` | the query (the CLI's syntax) | `QUERY` |
//! | `actor`, `place`, `kind`, `claim`, `claimant` (repeatable) | facet filters, either of the values | `--actor` … `--claim`, `--claimant` |
//! | `like` | passages like dispatch `ID` or its passage `ID:N` | `depeches similar ID[:N]` |
//! | `by` | `/api/claims`: `claim` (one row a claim) or `event` | `claims --by` |
//! | `from`, `to` | dates `YYYY`, `YYYY-MM`, `YYYY-MM-DD` | `--from`, `--to` |
//! | `undated=1`, `scope=dispatch` | | `--undated`, `--scope` |
//! | `sort` | `score`, `date`, `-date` | `--sort` |
//! | `n` (or `limit`) | hits to show (API: default every hit) | `--limit` |
//! | `fuzzy=1`, `fold=0\|1` | | `--fuzzy`, `--no-fold` |
//!
//! Decoding is strict: an invalid percent-escape or invalid UTF-8, a bad
//! date, an unknown actor or claimant, a value too long is a [`BadParam`]
//! naming the parameter (a 400), never a lossy guess. Empty values are
//! absent (an HTML form sends `from=` for an empty box). A filter dimension
//! is one entry of [`FILTER_DIMENSIONS`] and one arm of [`Query::filters`].

use std::fmt::Write as _;

use crate::entities::Vocabulary;
use crate::search::filter;
use crate::search::{DateRange, FacetFilter, Filters, Scope, SearchRequest, Sort};

/// A parameter the server cannot use: which one, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("parameter `{name}`: {message}")]
pub struct BadParam {
    /// The parameter's name.
    pub name: String,
    /// What is wrong with it.
    pub message: String,
}

impl BadParam {
    /// `name` is wrong because of `message`.
    pub fn new(name: &str, message: impl Into<String>) -> BadParam {
        BadParam { name: name.to_owned(), message: message.into() }
    }
}

/// The filter dimensions of the URL, in the order of the sidebar and of
/// the active-filter chips: parameter name and what a person calls it.
pub const FILTER_DIMENSIONS: [(&str, &str); 5] =
    [("actor", "Actor"), ("kind", "Kind"), ("place", "Place"), ("claim", "Claim"), ("claimant", "Claimant")];

/// Every parameter any route reads; others are refused (a typo would
/// otherwise be silently ignored).
const KNOWN: [&str; 22] = [
    "q", "actor", "place", "kind", "claim", "claimant", "like", "from", "to", "undated", "scope", "sort",
    "n", "limit", "fuzzy", "fold", "format", "fields", "facet", "under", "by", "any",
];

/// The longest value of a parameter, in bytes (queries are limited
/// further by the query parser).
const MAX_VALUE_BYTES: usize = 16 * 1024;

/// A decoded query string: `(name, value)` pairs in order, repeats kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Decodes `raw` (the part of the URL after `?`), strictly.
    pub fn parse(raw: Option<&str>) -> Result<Query, BadParam> {
        let mut pairs = Vec::new();
        for part in raw.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            let name =
                decode(name).map_err(|m| BadParam::new(&String::from_utf8_lossy(name.as_bytes()), m))?;
            let value = decode(value).map_err(|m| BadParam::new(&name, m))?;
            // `limit`, the CLI's name, is `n`.
            let name = if name == "limit" { "n".to_owned() } else { name };
            if !KNOWN.contains(&name.as_str()) {
                return Err(BadParam::new(&name, "unknown parameter"));
            }
            // An over-long value the connection left out (see `long_target`).
            if let Some(len) = value.strip_prefix(super::long_target::TOO_LONG) {
                return Err(BadParam::new(
                    &name,
                    format!("too long ({len} bytes; at most {MAX_VALUE_BYTES})"),
                ));
            }
            if value.len() > MAX_VALUE_BYTES {
                return Err(BadParam::new(&name, format!("too long (more than {MAX_VALUE_BYTES} bytes)")));
            }
            pairs.push((name, value));
        }
        Ok(Query { pairs })
    }

    /// The non-empty values of `name`, in order.
    pub fn all<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a str> + 'a {
        let name = name.to_owned();
        self.pairs.iter().filter(move |(n, v)| *n == name && !v.trim().is_empty()).map(|(_, v)| v.as_str())
    }

    /// The last non-empty value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.all(name).last()
    }

    /// A flag: `1`, `true`, `on` or `yes` (a checkbox sends `on`).
    pub fn flag(&self, name: &str) -> Result<Option<bool>, BadParam> {
        match self.get(name) {
            None => Ok(None),
            Some("1" | "true" | "on" | "yes") => Ok(Some(true)),
            Some("0" | "false" | "off" | "no") => Ok(Some(false)),
            Some(v) => Err(BadParam::new(name, format!("{v:?} is not 1 or 0"))),
        }
    }

    /// A copy with the values of `name` replaced by `values`.
    pub fn with(&self, name: &str, values: &[&str]) -> Query {
        let mut pairs: Vec<(String, String)> =
            self.pairs.iter().filter(|(n, _)| n != name).cloned().collect();
        pairs.extend(values.iter().map(|v| (name.to_owned(), (*v).to_owned())));
        Query { pairs }
    }

    /// A copy without `name`.
    pub fn without(&self, name: &str) -> Query {
        self.with(name, &[])
    }

    /// A copy where `value` of `name` is toggled: removed if present,
    /// added otherwise.
    pub fn toggle(&self, name: &str, value: &str) -> Query {
        let mut values: Vec<&str> = self.all(name).collect();
        match values.iter().position(|v| v.eq_ignore_ascii_case(value)) {
            Some(i) => {
                values.remove(i);
            }
            None => values.push(value),
        }
        self.with(name, &values)
    }

    /// The query string (no `?`), empty values dropped, `n` and `format`
    /// kept only where given.
    pub fn to_query_string(&self) -> String {
        let mut out = String::new();
        for (name, value) in self.pairs.iter().filter(|(_, v)| !v.trim().is_empty()) {
            if !out.is_empty() {
                out.push('&');
            }
            encode_into(name, &mut out);
            out.push('=');
            encode_into(value, &mut out);
        }
        out
    }

    /// `path?query`, or `path` when there are no parameters.
    pub fn url(&self, path: &str) -> String {
        let qs = self.to_query_string();
        if qs.is_empty() { path.to_owned() } else { format!("{path}?{qs}") }
    }

    /// The query, if any (`q`).
    pub fn text(&self) -> Result<Option<String>, BadParam> {
        Ok(self.get("q").map(|q| q.trim().to_owned()))
    }

    /// The filters, names resolved through the vocabularies as on the
    /// command line.
    pub fn filters(&self) -> Result<Filters, BadParam> {
        let vocab = Vocabulary::embedded();
        let scope = match self.get("scope") {
            None | Some("passage") => Scope::Passage,
            Some("dispatch") => Scope::Dispatch,
            Some(v) => return Err(BadParam::new("scope", format!("{v:?} is not passage or dispatch"))),
        };
        let mut filters = Filters { scope, ..Filters::default() };
        for (name, _) in FILTER_DIMENSIONS {
            let values: Vec<&str> = self.all(name).collect();
            if values.is_empty() {
                continue;
            }
            let mut any_of = Vec::new();
            for v in &values {
                let paths = match name {
                    "actor" => filter::actor_facet(vocab, v).map(|p| vec![p]),
                    "place" => filter::place_facets(vocab, v),
                    "kind" => filter::kind_facet(v).map(|p| vec![p]),
                    "claim" => filter::claim_facet(v).map(|p| vec![p]),
                    "claimant" => filter::claimant_facet(vocab, v).map(|p| vec![p]),
                    _ => unreachable!("every dimension of FILTER_DIMENSIONS has an arm"),
                };
                any_of.extend(paths.map_err(|m| BadParam::new(name, m))?);
            }
            filters.facets.push(FacetFilter { label: values.join(" or "), any_of });
        }
        let date = |name: &str| -> Result<Option<crate::corpus::DispatchDate>, BadParam> {
            self.get(name)
                .map(|v| {
                    v.trim()
                        .parse()
                        .map_err(|e: crate::corpus::date::DateError| BadParam::new(name, e.to_string()))
                })
                .transpose()
        };
        let (from, to) = (date("from")?, date("to")?);
        let undated = self.flag("undated")?.unwrap_or(false);
        if from.is_some() || to.is_some() {
            let range = DateRange { from: from.map(|d| d.first_day()), to: to.map(|d| d.last_day()) };
            if let (Some(f), Some(t)) = (range.from, range.to)
                && f > t
            {
                return Err(BadParam::new(
                    "from",
                    format!("{} is after to={}", from.expect("set"), to.expect("set")),
                ));
            }
            filters.dates = Some(range);
            filters.undated = undated;
        }
        Ok(filters)
    }

    /// The filters as a user would write them (as `depeches search`
    /// prints them in output headers).
    pub fn filter_labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(like) = self.get("like") {
            out.push(format!("like: {like}"));
        }
        for name in ["actor", "place", "kind", "claim", "claimant", "from", "to"] {
            out.extend(self.all(name).map(|v| format!("{name}: {v}")));
        }
        if self.flag("undated").ok().flatten() == Some(true) {
            out.push("undated too".into());
        }
        if self.get("scope") == Some("dispatch") {
            out.push("scope: dispatch".into());
        }
        out
    }

    /// The sort order.
    pub fn sort(&self) -> Result<Sort, BadParam> {
        match self.get("sort") {
            None | Some("score") => Ok(Sort::Relevance),
            Some("date") => Ok(Sort::DateAscending),
            Some("-date") => Ok(Sort::DateDescending),
            Some(v) => Err(BadParam::new("sort", format!("{v:?} is not score, date or -date"))),
        }
    }

    /// `n`: a number of hits from 1 to `max`.
    pub fn count(&self, max: usize) -> Result<Option<usize>, BadParam> {
        match self.get("n") {
            None => Ok(None),
            Some(v) => match v.trim().parse::<usize>() {
                Ok(n) if (1..=max).contains(&n) => Ok(Some(n)),
                _ => Err(BadParam::new("n", format!("{v:?} is not a number from 1 to {max}"))),
            },
        }
    }

    /// The search request: `limit` hits (0: every hit), folding
    /// near-duplicates unless `fold=0` (or every hit is asked for, as on
    /// the command line).
    pub fn request(&self, limit: usize) -> Result<SearchRequest, BadParam> {
        let fold = self.flag("fold")?.unwrap_or(limit > 0);
        Ok(SearchRequest {
            query: self.text()?,
            filters: self.filters()?,
            sort: self.sort()?,
            limit,
            fuzzy: self.flag("fuzzy")?.unwrap_or(false),
            fold,
            context: 0,
            per_dispatch: None,
            // `any=1`: most of the words, as `search --any` (a pasted sentence).
            any: self.flag("any")?.unwrap_or(false),
            ranking: crate::search::Ranking::default(),
            like: self.get("like").map(|l| crate::search::Like::parse(l.trim())),
            exact: false,
        })
    }

    /// `like=ID` (a whole dispatch): its twin lists dispatches, as
    /// `depeches similar ID` does.
    pub fn like_dispatch(&self) -> bool {
        self.get("like").is_some_and(|l| crate::search::Like::parse(l.trim()).passage_no.is_none())
    }

    /// The claim types and claimants asked for (`claim=`, `claimant=`),
    /// as the claims layer selects claims within passages.
    pub fn claim_selection(&self) -> Result<crate::search::claims::ClaimSelection, BadParam> {
        let types: Vec<&str> = self.all("claim").collect();
        let claimants: Vec<&str> = self.all("claimant").collect();
        crate::search::claims::ClaimSelection::new(&types, &claimants)
            .map_err(|(name, m)| BadParam::new(name, m))
    }
}

/// Strict `application/x-www-form-urlencoded` decoding: `+` is a space,
/// `%XX` a byte, and the result must be UTF-8.
fn decode(raw: &str) -> Result<String, String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                let byte = hex.and_then(|h| u8::from_str_radix(h, 16).ok()).ok_or_else(|| {
                    format!("invalid percent-encoding at byte {i} (`%` must be followed by two hex digits)")
                })?;
                out.push(byte);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| "not valid UTF-8 once percent-decoded".to_owned())
}

/// Percent-encodes `text` for a query string (RFC 3986 unreserved kept).
fn encode_into(text: &str, out: &mut String) {
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => out.push(b as char),
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
}

/// `text` percent-encoded for a URL path segment.
pub fn encode_segment(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Decodes a path segment (`/dispatch/ID`).
pub fn decode_segment(name: &str, raw: &str) -> Result<String, BadParam> {
    // `+` is literal in a path.
    decode(&raw.replace('+', "%2B")).map_err(|m| BadParam::new(name, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_is_strict_and_names_the_parameter() {
        let q = Query::parse(Some("q=arm%C3%A9e+malienne&actor=CMA&actor=FAMa&from=")).unwrap();
        assert_eq!(q.get("q"), Some("armée malienne"));
        assert_eq!(q.all("actor").collect::<Vec<_>>(), ["CMA", "FAMa"]);
        assert_eq!(q.get("from"), None);
        assert_eq!(Query::parse(Some("q=%zz")).unwrap_err().name, "q");
        assert_eq!(Query::parse(Some("q=%C3")).unwrap_err().name, "q");
        assert_eq!(Query::parse(Some("nope=1")).unwrap_err().name, "nope");
        assert_eq!(Query::parse(Some("limit=5")).unwrap().count(10), Ok(Some(5)));
    }

    #[test]
    fn links_round_trip() {
        let q = Query::parse(Some("q=l%27arm%C3%A9e&actor=CMA")).unwrap();
        let toggled = q.toggle("actor", "FAMa").toggle("actor", "CMA");
        assert_eq!(toggled.to_query_string(), "q=l%27arm%C3%A9e&actor=FAMa");
        assert_eq!(Query::parse(Some(&toggled.to_query_string())).unwrap(), toggled);
    }

    #[test]
    fn bad_values_name_their_parameter() {
        let bad = |qs: &str| Query::parse(Some(qs)).unwrap().request(10).unwrap_err().name;
        assert_eq!(bad("from=2023-13"), "from");
        assert_eq!(bad("actor=nobody-at-all"), "actor");
        assert_eq!(bad("sort=up"), "sort");
        assert_eq!(bad("from=2024&to=2023"), "from");
    }
}
