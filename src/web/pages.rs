//! The pages: server-rendered HTML that works with JavaScript off.
//!
//! The search page is a GET form whose parameters hold the whole state;
//! the hits are the output layer's cards ([`crate::output::html::card`]),
//! linked here through [`PageLinks`]. The facet sidebar shows whatever
//! dimensions [`SIDEBAR`] lists, each counted for the current query and
//! filters, a click toggling the filter; the monthly histogram is an inline
//! SVG whose bars are links (the script adds dragging over several months).
//! Every text from the index goes through [`escape`].

use std::fmt::Write as _;

use super::cache::{Cache, ClaimsAnswer, Counts};
use super::params::{BadParam, FILTER_DIMENSIONS, Query, encode_segment};
use crate::claims::events::ClaimRecord;
use crate::engine::Engine;
use crate::output::html::{self, Links, escape};
use crate::search::timeline::{Period, Timeline};
use crate::search::{DispatchView, FacetCount, SearchError, SearchRequest, SearchResults};

/// Hits on a first page, and added by "more results".
pub const PAGE_SIZE: usize = 20;
/// Most hits one page shows.
pub const MAX_SHOWN: usize = 1000;

/// A dimension of the facet sidebar: the URL parameter it toggles, its
/// heading, and how its counts are taken.
pub struct SidebarDimension {
    /// URL parameter (`actor`).
    pub param: &'static str,
    /// Heading.
    pub title: &'static str,
    /// Facet root and depth of its buckets, given the current query (the
    /// place tree drills down under the active place).
    pub buckets: fn(&Query) -> (String, usize),
    /// The parameter value of a bucket path (`/actor/separatist/CMA` → `CMA`).
    pub value: fn(&str) -> String,
    /// What a person reads for a bucket path.
    pub label: fn(&str) -> String,
}

fn last_segment(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_owned()
}

fn place_value(path: &str) -> String {
    path.strip_prefix("/place").unwrap_or(path).to_owned()
}

/// The place the sidebar drills into: the active place filter given as a
/// path (`/Mali/Tombouctou`), if there is exactly one.
fn place_root(query: &Query) -> (String, usize) {
    let places: Vec<&str> = query.all("place").collect();
    match places.as_slice() {
        [one] if one.starts_with('/') => (format!("/place{}", one.trim_end_matches('/')), 1),
        _ => ("/place".to_owned(), 1),
    }
}

/// The sidebar, in order.
pub const SIDEBAR: [SidebarDimension; 5] = [
    SidebarDimension {
        param: "actor",
        title: "Actors",
        buckets: |_| ("/actor".to_owned(), 2),
        value: last_segment,
        label: last_segment,
    },
    SidebarDimension {
        param: "kind",
        title: "Kinds",
        buckets: |_| ("/actor".to_owned(), 1),
        value: last_segment,
        label: last_segment,
    },
    SidebarDimension {
        param: "place",
        title: "Places",
        buckets: place_root,
        value: place_value,
        label: last_segment,
    },
    SidebarDimension {
        param: "claim",
        title: "Claim types",
        buckets: |_| ("/claim".to_owned(), 1),
        value: last_segment,
        label: last_segment,
    },
    SidebarDimension {
        param: "claimant",
        title: "Claimants",
        buckets: |_| ("/claimant".to_owned(), 1),
        value: last_segment,
        label: last_segment,
    },
];

/// Links of the cards on the page: the headline opens the dispatch at the
/// passage, a chip adds its filter to the current search.
pub struct PageLinks<'a> {
    query: &'a Query,
    /// The page a filter link stays on (`/` or `/claims`).
    path: &'a str,
}

impl Links for PageLinks<'_> {
    fn dispatch(&self, id: &str, passage_no: Option<u64>) -> Option<String> {
        let keep = Query::default().with("q", &self.query.all("q").collect::<Vec<_>>());
        let mut url = keep.url(&format!("/dispatch/{}", encode_segment(id)));
        if let Some(p) = passage_no {
            let _ = write!(url, "#p{p}");
        }
        Some(url)
    }

    fn filter(&self, dimension: &str, value: &str) -> Option<String> {
        let already = self.query.all(dimension).any(|v| v.eq_ignore_ascii_case(value));
        let next = if already { self.query.clone() } else { self.query.toggle(dimension, value) };
        Some(next.without("n").url(self.path))
    }

    fn claim(&self, id: &str, _passage_no: u64, anchor: &str) -> Option<String> {
        let keep = Query::default().with("q", &self.query.all("q").collect::<Vec<_>>());
        Some(format!("{}#{anchor}", keep.url(&format!("/dispatch/{}", encode_segment(id)))))
    }
}

/// The search page's request, checked before any search runs.
pub struct SearchPage {
    request: SearchRequest,
    shown: usize,
}

/// Everything the search page shows.
struct Answer {
    results: SearchResults,
    counts: std::sync::Arc<Counts>,
}

impl SearchPage {
    /// The request of `query`, or the parameter that is wrong.
    pub fn request(query: &Query) -> Result<SearchPage, BadParam> {
        let shown = query.count(MAX_SHOWN)?.unwrap_or(PAGE_SIZE);
        Ok(SearchPage { request: query.request(shown)?, shown })
    }

    fn answer(&self, searcher: &dyn Engine, cache: &Cache, query: &Query) -> Result<Answer, SearchError> {
        let results = searcher.search(&self.request)?;
        let counts = cache.get_or(searcher.generation(), &counts_key(query), || {
            sidebar_counts(searcher, &self.request, query)
        })?;
        Ok(Answer { results, counts })
    }

    /// The whole page.
    pub fn render(
        &self,
        searcher: &dyn Engine,
        cache: &Cache,
        query: &Query,
        index_path: &str,
    ) -> Result<String, SearchError> {
        let answer = self.answer(searcher, cache, query)?;
        let mut main = String::new();
        tabs(query, "/", &mut main);
        if let Some(like) = query.get("like") {
            let _ = writeln!(main, "<h1 class=\"mode\">Passages like {}</h1>", escape(like));
        }
        active_filters(query, "/", &mut main);
        status(&answer.results, query, &mut main);
        histogram(&answer.counts.timeline, query, &mut main);
        downloads(query, answer.results.total, &mut main);
        main.push_str("<ol class=\"hits\" id=\"hits\">\n");
        let links = PageLinks { query, path: "/" };
        for hit in &answer.results.hits {
            main.push_str("<li>");
            let mut card = Vec::new();
            let _ = html::card(hit, &links, &mut card);
            main.push_str(&String::from_utf8_lossy(&card));
            main.push_str("</li>\n");
        }
        main.push_str("</ol>\n");
        let shown = answer.results.hits.len();
        if shown >= self.shown && answer.results.total > shown && self.shown < MAX_SHOWN {
            let next = (self.shown + PAGE_SIZE).min(MAX_SHOWN);
            let url = query.with("n", &[&next.to_string()]).url("/");
            let _ = write!(
                main,
                "<p class=\"more\"><a href=\"{}#r{}\" rel=\"next\">More results</a></p>",
                escape(&url),
                shown + 1
            );
        }
        let sidebar = sidebar(query, &answer.counts.facets, "/");
        let title = match query.get("q") {
            Some(q) => format!("{} — depeches", escape(q)),
            None => "depeches".to_owned(),
        };
        let body = format!(
            "<div class=\"layout\">\n<aside class=\"facets\" id=\"facets\" aria-label=\"Filters and facets\">\n{sidebar}</aside>\n\
             <main id=\"main\">\n{main}</main>\n</div>\n<footer class=\"foot\">Index: {}</footer>\n",
            escape(index_path)
        );
        Ok(layout(&title, query, "/", &body))
    }
}

/// Counts the landing page's facets and histogram (every passage) into
/// `cache`: on a large index they take most of a second, which the first
/// visitor should not wait for.
pub fn warm(searcher: &dyn Engine, cache: &Cache) {
    let query = Query::default();
    if let Ok(page) = SearchPage::request(&query) {
        let _ = cache.get_or(searcher.generation(), &counts_key(&query), || {
            sidebar_counts(searcher, &page.request, &query)
        });
    }
}

/// The key of a query's counts: its parameters but those that only order
/// or cut the hits.
fn counts_key(query: &Query) -> String {
    query.without("n").without("sort").without("fold").without("format").to_query_string()
}

/// The sidebar's facets and the histogram for `request`.
fn sidebar_counts(
    searcher: &dyn Engine,
    request: &SearchRequest,
    query: &Query,
) -> Result<Counts, SearchError> {
    let mut facets = Vec::new();
    for dim in &SIDEBAR {
        let (root, depth) = (dim.buckets)(query);
        facets.push(searcher.facet_counts(request, &root, depth)?);
    }
    // The histogram keeps its context: every month of the query, the
    // chosen range shaded, not only the months chosen.
    let mut undated = request.clone();
    undated.filters.dates = None;
    undated.filters.undated = false;
    let timeline = searcher.timeline(&undated, Period::Month)?;
    Ok(Counts { facets, timeline })
}

/// "Passages | Claims": the same query and filters on either page.
fn tabs(query: &Query, current: &str, out: &mut String) {
    let keep = query.without("n").without("by");
    out.push_str("<nav class=\"tabs\" aria-label=\"Views\"><ul>");
    for (path, label) in [("/", "Passages"), ("/claims", "Claims")] {
        let here = if path == current { " aria-current=\"page\"" } else { "" };
        let _ = write!(out, "<li><a href=\"{}\"{here}>{label}</a></li>", escape(&keep.url(path)));
    }
    out.push_str("</ul></nav>\n");
}

/// Events shown on the claims page before "more events".
pub const EVENTS_PAGE: usize = 50;

/// `/claims`: the events of the claims the query and filters find, one
/// table each (the renderer of `claims --by event --format html`), every
/// figure a link to its sentence; the claim-type and claimant facets of
/// those passages beside them.
pub fn claims_page(
    searcher: &dyn Engine,
    cache: &Cache<ClaimsAnswer>,
    query: &Query,
    index_path: &str,
) -> Result<Result<String, BadParam>, SearchError> {
    let shown = match query.count(10_000) {
        Ok(n) => n.unwrap_or(EVENTS_PAGE),
        Err(e) => return Ok(Err(e)),
    };
    let (request, selection) = match (query.request(0), query.claim_selection()) {
        (Ok(r), Ok(s)) => (crate::search::claims::request(r), s),
        (Err(e), _) | (_, Err(e)) => return Ok(Err(e)),
    };
    let key = counts_key(&query.without("by"));
    let answer = cache.get_or(searcher.generation(), &key, || {
        let records = crate::search::claims::records(searcher, &request, &selection)?;
        let claims = records.len();
        let events = crate::claims::events::group(records);
        let mut facets = Vec::new();
        for dim in SIDEBAR.iter() {
            let (root, depth) = (dim.buckets)(query);
            facets.push(searcher.facet_counts(&request, &root, depth)?);
        }
        Ok::<_, SearchError>(ClaimsAnswer { claims, events, facets })
    })?;
    let (claims, events, facets) = (answer.claims, &answer.events, &answer.facets);
    let disputed = events.iter().filter(|e| e.disputed).count();
    let mut main = String::new();
    tabs(query, "/claims", &mut main);
    active_filters(query, "/claims", &mut main);
    let _ = writeln!(
        main,
        "<p class=\"status\" id=\"status\" role=\"status\" aria-live=\"polite\">{claims} claim{} in {} event{}, {disputed} disputed{}</p>",
        if claims == 1 { "" } else { "s" },
        events.len(),
        if events.len() == 1 { "" } else { "s" },
        if events.len() > shown { format!(" · showing the first {shown}") } else { String::new() }
    );
    if !events.is_empty() {
        let all = query.without("n");
        main.push_str("<p class=\"downloads\">Every event as");
        for (format, label) in [("csv", "CSV"), ("json", "JSON"), ("markdown", "Markdown"), ("html", "HTML")]
        {
            let url = all.with("by", &["event"]).with("format", &[format]).url("/api/claims");
            let _ = write!(main, " <a href=\"{}\">{label}</a>", escape(&url));
        }
        main.push_str(" · every claim as");
        for (format, label) in [("csv", "CSV"), ("json", "JSON")] {
            let url = all.with("by", &["claim"]).with("format", &[format]).url("/api/claims");
            let _ = write!(main, " <a href=\"{}\">{label}</a>", escape(&url));
        }
        main.push_str("</p>\n");
    }
    let links = PageLinks { query, path: "/claims" };
    let mut table = Vec::new();
    let _ = crate::output::claims::events_html(&events[..events.len().min(shown)], &links, &mut table);
    main.push_str("<div class=\"events\" id=\"events\">\n");
    main.push_str(&String::from_utf8_lossy(&table));
    main.push_str("</div>\n");
    if events.len() > shown {
        let next = (shown + EVENTS_PAGE).min(10_000);
        let url = query.with("n", &[&next.to_string()]).url("/claims");
        let _ = write!(
            main,
            "<p class=\"more\"><a href=\"{}#event-{}\" rel=\"next\">More events</a></p>",
            escape(&url),
            shown + 1
        );
    }
    let sidebar = sidebar(query, facets, "/claims");
    let title = match query.get("q") {
        Some(q) => format!("Claims: {} — depeches", escape(q)),
        None => "Claims — depeches".to_owned(),
    };
    let body = format!(
        "<div class=\"layout claims-page\">\n<aside class=\"facets\" id=\"facets\" aria-label=\"Filters and facets\">\n{sidebar}</aside>\n\
         <main id=\"main\">\n{main}</main>\n</div>\n<footer class=\"foot\">Index: {}</footer>\n",
        escape(index_path)
    );
    Ok(Ok(layout(&title, query, "/claims", &body)))
}

/// The page around `body`: head, header with the search form.
fn layout(title: &str, query: &Query, action: &str, body: &str) -> String {
    let q = escape(query.get("q").unwrap_or(""));
    let mut hidden = String::new();
    for (name, _) in FILTER_DIMENSIONS {
        for v in query.all(name) {
            let _ = write!(hidden, "<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(v));
        }
    }
    for name in ["like", "from", "to", "undated", "scope", "fuzzy", "fold"] {
        if let Some(v) = query.get(name) {
            let _ = write!(hidden, "<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(v));
        }
    }
    let sort = query.get("sort").unwrap_or("score");
    let option = |value: &str, label: &str| {
        let selected = if sort == value { " selected" } else { "" };
        format!("<option value=\"{value}\"{selected}>{label}</option>")
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         <link rel=\"stylesheet\" href=\"/static/depeches.css\">\n<script src=\"/static/depeches.js\" defer></script>\n\
         </head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to results</a>\n\
         <header class=\"top\">\n<a class=\"brand\" href=\"/\">depeches</a>\n\
         <form role=\"search\" method=\"get\" action=\"{action}\" id=\"search-form\">\n\
         <label for=\"q\">Search dispatches</label>\n\
         <input type=\"search\" id=\"q\" name=\"q\" value=\"{q}\" autocomplete=\"off\" spellcheck=\"false\" \
         placeholder=\"armée malienne, &quot;Léré&quot;, CMA OR GSIM…\" aria-describedby=\"q-help\">\n{hidden}\n\
         <label for=\"sort\">Sort</label>\n<select id=\"sort\" name=\"sort\">{}{}{}</select>\n\
         <button type=\"submit\">Search</button>\n\
         <span id=\"q-help\" class=\"skip\">Words, \"phrases\", OR, -excluded. Press / to focus, j and k to move between results.</span>\n\
         </form>\n</header>\n{body}</body>\n</html>\n",
        option("score", "Best first"),
        option("-date", "Newest first"),
        option("date", "Oldest first"),
    )
}

fn active_filters(query: &Query, path: &str, out: &mut String) {
    let mut chips = Vec::new();
    for (name, label) in FILTER_DIMENSIONS {
        for v in query.all(name) {
            // A place path reads as its names: /Mali/Tombouctou → Mali › Tombouctou.
            let shown = match v.strip_prefix('/') {
                Some(path) => path.split('/').filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" › "),
                None => v.to_owned(),
            };
            chips.push((label.to_owned(), shown, query.toggle(name, v)));
        }
    }
    for (name, label) in [("from", "From"), ("to", "To")] {
        if let Some(v) = query.get(name) {
            chips.push((label.to_owned(), v.to_owned(), query.without(name)));
        }
    }
    if query.flag("undated").ok().flatten() == Some(true) {
        chips.push(("With".into(), "undated".into(), query.without("undated")));
    }
    if query.get("scope") == Some("dispatch") {
        chips.push(("Scope".into(), "dispatch".into(), query.without("scope")));
    }
    if let Some(like) = query.get("like") {
        chips.push(("Like".into(), like.to_owned(), query.without("like")));
    }
    if chips.is_empty() {
        return;
    }
    out.push_str("<ul class=\"active\" aria-label=\"Active filters\">\n");
    for (label, value, rest) in &chips {
        let _ = writeln!(
            out,
            "<li><a href=\"{}\" aria-label=\"Remove filter {label}: {v}\">{label}: {v} <span aria-hidden=\"true\">×</span></a></li>",
            escape(&rest.without("n").url(path)),
            v = escape(value)
        );
    }
    let mut cleared = Query::default();
    for name in ["q", "sort"] {
        cleared = cleared.with(name, &query.all(name).collect::<Vec<_>>());
    }
    let _ = writeln!(
        out,
        "<li class=\"clear\"><a href=\"{}\">Clear all</a></li>\n</ul>",
        escape(&cleared.url(path))
    );
}

fn status(results: &SearchResults, query: &Query, out: &mut String) {
    let total = results.total;
    let what = if total == 1 { "passage matches" } else { "passages match" };
    let shown = results.hits.len();
    let folded: usize = results.hits.iter().filter_map(|h| h.similar.as_ref()).map(|s| s.count).sum();
    let showing = match (shown, folded) {
        (0, _) => String::new(),
        (s, 0) if s < total => format!(" · showing the first {s}"),
        (s, f) if s < total => {
            format!(" · showing {s}, {f} near-duplicate{} folded", if f == 1 { "" } else { "s" })
        }
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "<p class=\"status\" id=\"status\" role=\"status\" aria-live=\"polite\">{total} {what}{showing}</p>"
    );
    for c in &results.corrections {
        let _ = writeln!(
            out,
            "<p class=\"note\">Matched with typos: {} → {}</p>",
            escape(&c.typed),
            escape(&c.found.join(", "))
        );
    }
    if !results.suggestions.is_empty() {
        let links: Vec<String> = results
            .suggestions
            .iter()
            .map(|s| {
                format!(
                    "<a href=\"{}\">{}</a>",
                    escape(&query.with("q", &[s]).without("n").url("/")),
                    escape(s)
                )
            })
            .collect();
        let _ = writeln!(out, "<p class=\"note\">Did you mean {}?</p>", links.join(", "));
    }
}

fn downloads(query: &Query, total: usize, out: &mut String) {
    if total == 0 {
        return;
    }
    let all = query.without("n");
    out.push_str("<p class=\"downloads\">Every hit as");
    for (format, label) in [
        ("csv", "CSV"),
        ("json", "JSON"),
        ("jsonl", "JSONL"),
        ("tsv", "TSV"),
        ("markdown", "Markdown"),
        ("html", "HTML"),
    ] {
        let url = all.with("format", &[format]).url("/api/search");
        let download = if matches!(format, "csv" | "tsv") { " download" } else { "" };
        let _ = write!(out, " <a href=\"{}\"{download}>{label}</a>", escape(&url));
    }
    out.push_str("</p>\n");
}

/// The monthly histogram: one bar per month from the first match to the
/// last, each a link to that month; the months of an active date range
/// stand out. The script lets a drag choose several months.
fn histogram(timeline: &Timeline, query: &Query, out: &mut String) {
    let periods = &timeline.periods;
    if periods.is_empty() {
        return;
    }
    let (width, height, label_h) = (720.0_f64, 70.0_f64, 16.0_f64);
    let n = periods.len();
    // Thin bars for a long span, but never one slab for a single month.
    let bar_w = (width / n as f64).min(56.0);
    let max = periods.iter().map(|p| p.passages).max().unwrap_or(1).max(1) as f64;
    let range = query.filters().ok().and_then(|f| f.dates);
    let base = query.without("from").without("to").without("n");
    let months: Vec<&str> = periods.iter().map(|p| p.label.as_str()).collect();
    let _ = writeln!(
        out,
        "<figure class=\"histogram\" id=\"histogram\">\n<figcaption>Matching passages per month, {} to {} \
         — click a month, or drag across several, to choose dates{}</figcaption>",
        escape(months[0]),
        escape(months[n - 1]),
        if timeline.undated.passages > 0 {
            format!(" ({} undated not shown)", timeline.undated.passages)
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        out,
        "<svg viewBox=\"0 0 {width} {}\" role=\"group\" aria-label=\"Histogram of matching passages per month\" \
         data-months=\"{}\" data-bar=\"{bar_w:.4}\" data-base=\"{}\">",
        height + label_h,
        escape(&months.join(",")),
        escape(&base.url("/"))
    );
    // A label every `step` bars, so that labels never overlap.
    let step = ((48.0 / bar_w).ceil() as usize).max(1);
    for (i, p) in periods.iter().enumerate() {
        let x = i as f64 * bar_w;
        let h = if p.passages == 0 { 0.0 } else { (p.passages as f64 / max * (height - 4.0)).max(2.0) };
        let class = match range {
            Some(r)
                if r.from.is_none_or(|f| p.first_day >= f / 100 * 100)
                    && r.to.is_none_or(|t| p.first_day <= t) =>
            {
                "bar in"
            }
            Some(_) => "bar out",
            None => "bar",
        };
        let url = base.with("from", &[&p.label]).with("to", &[&p.label]).url("/");
        let s = if p.passages == 1 { "" } else { "s" };
        let _ = writeln!(
            out,
            "<a href=\"{}\" aria-label=\"{}: {} passage{s}\"><title>{}: {} passage{s}</title>\
             <rect class=\"hit\" x=\"{x:.2}\" y=\"0\" width=\"{bw:.2}\" height=\"{height}\"/>\
             <rect class=\"{class}\" x=\"{bx:.2}\" y=\"{y:.2}\" width=\"{bw2:.2}\" height=\"{h:.2}\"/></a>",
            escape(&url),
            p.label,
            p.passages,
            p.label,
            p.passages,
            bw = bar_w,
            bx = x + bar_w * 0.1,
            bw2 = (bar_w * 0.8).max(0.5),
            y = height - h,
        );
        if i % step == 0 {
            let _ = writeln!(
                out,
                "<text x=\"{:.2}\" y=\"{}\">{}</text>",
                x + 1.0,
                height + label_h - 3.0,
                p.label
            );
        }
    }
    out.push_str("</svg>\n</figure>\n");
}

fn sidebar(query: &Query, facets: &[Vec<FacetCount>], path: &str) -> String {
    let mut out = String::new();
    for (dim, counts) in SIDEBAR.iter().zip(facets) {
        // Most passages hold no claim: an empty claim list is noise.
        if counts.is_empty() && matches!(dim.param, "claim" | "claimant") && query.get(dim.param).is_none() {
            continue;
        }
        let _ = writeln!(
            out,
            "<section aria-labelledby=\"facet-{0}\">\n<h2 id=\"facet-{0}\">{1}</h2>",
            dim.param, dim.title
        );
        if dim.param == "place" {
            place_crumbs(query, path, &mut out);
        }
        if counts.is_empty() {
            out.push_str("<p class=\"count\">None in these passages.</p>\n</section>\n");
            continue;
        }
        out.push_str("<ul class=\"facet-list\">\n");
        for c in counts.iter().take(15) {
            let value = (dim.value)(&c.path);
            let label = (dim.label)(&c.path);
            let active = query.all(dim.param).any(|v| v.eq_ignore_ascii_case(&value));
            let next = if dim.param == "place" && !active {
                // Drilling down: the place replaces its parent.
                query.with("place", &[&value])
            } else {
                query.toggle(dim.param, &value)
            };
            let _ = writeln!(
                out,
                "<li><a href=\"{}\" aria-pressed=\"{active}\" data-facet=\"{}\" data-value=\"{}\"><span>{}</span> \
                 <span class=\"n\" aria-label=\"{} passages\">{}</span></a></li>",
                escape(&next.without("n").url(path)),
                dim.param,
                escape(&value),
                escape(&label),
                c.passages,
                c.passages
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    filter_form(query, path, &mut out);
    out
}

/// "All places › Mali › Tombouctou" above the place list when drilled in.
fn place_crumbs(query: &Query, path: &str, out: &mut String) {
    let places: Vec<&str> = query.all("place").collect();
    let [place] = places.as_slice() else { return };
    if !place.starts_with('/') {
        return;
    }
    let mut crumbs = vec![format!(
        "<a href=\"{}\">All places</a>",
        escape(&query.without("place").without("n").url(path))
    )];
    let mut prefix = String::new();
    for part in place.split('/').filter(|p| !p.is_empty()) {
        prefix.push('/');
        prefix.push_str(part);
        crumbs.push(format!(
            "<a href=\"{}\">{}</a>",
            escape(&query.with("place", &[&prefix]).without("n").url(path)),
            escape(part)
        ));
    }
    let _ = writeln!(out, "<p class=\"crumbs\">{}</p>", crumbs.join(" › "));
}

/// A form to add a filter by name and to set dates by hand; works without
/// JavaScript.
fn filter_form(query: &Query, path: &str, out: &mut String) {
    let mut hidden = String::new();
    for name in ["q", "sort", "actor", "place", "kind", "claim", "claimant", "like", "scope", "fuzzy"] {
        for v in query.all(name) {
            let _ = write!(hidden, "<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(v));
        }
    }
    let value = |name: &str| escape(query.get(name).unwrap_or(""));
    let undated = if query.flag("undated").ok().flatten() == Some(true) { " checked" } else { "" };
    let _ = writeln!(
        out,
        "<details class=\"filters-form\"{open}>\n<summary>Add a filter</summary>\n<form method=\"get\" action=\"{path}\">{hidden}\n\
         <label for=\"f-actor\">Actor (id or alias)</label><input id=\"f-actor\" name=\"actor\" list=\"actor-names\" placeholder=\"CMA, JNIM, Wagner…\">\n\
         <datalist id=\"actor-names\">{actors}</datalist>\n\
         <label for=\"f-place\">Place (name or /Mali/… path)</label><input id=\"f-place\" name=\"place\" placeholder=\"Kidal, Tombouctou…\">\n\
         <label for=\"f-kind\">Kind</label><select id=\"f-kind\" name=\"kind\"><option value=\"\">any</option>{kinds}</select>\n\
         <label for=\"f-claim\">Claim type</label><select id=\"f-claim\" name=\"claim\"><option value=\"\">any</option>{claim_types}</select>\n\
         <label for=\"f-claimant\">Claimant (actor or source)</label><input id=\"f-claimant\" name=\"claimant\" placeholder=\"FAMa, CSP-PSD, élu local…\">\n\
         <label for=\"f-from\">From (YYYY, YYYY-MM or YYYY-MM-DD)</label><input id=\"f-from\" name=\"from\" value=\"{from}\" inputmode=\"numeric\">\n\
         <label for=\"f-to\">To</label><input id=\"f-to\" name=\"to\" value=\"{to}\" inputmode=\"numeric\">\n\
         <label class=\"check\"><input type=\"checkbox\" name=\"undated\" value=\"1\"{undated}> keep undated dispatches</label>\n\
         <button type=\"submit\">Apply</button>\n</form>\n</details>",
        open = if query.get("from").is_some() || query.get("to").is_some() { " open" } else { "" },
        kinds = [
            "separatist",
            "jihadist",
            "state",
            "foreign",
            "international",
            "militia",
            "government",
            "regional"
        ]
        .iter()
        .map(|k| format!("<option>{k}</option>"))
        .collect::<String>(),
        claim_types =
            ["killed", "wounded", "missing", "captured", "hostage", "neutralized", "materiel", "control"]
                .iter()
                .map(|k| format!("<option>{k}</option>"))
                .collect::<String>(),
        from = value("from"),
        to = value("to"),
        actors = crate::entities::Vocabulary::embedded()
            .actors()
            .iter()
            .map(|a| format!("<option value=\"{}\">{}</option>", escape(&a.id), escape(&a.name)))
            .collect::<String>(),
    );
}

/// `/dispatch/ID`: every passage, the query's words marked, the hit
/// passage (`#pN`) in view, actors and places of each.
pub fn dispatch_page(view: &DispatchView, query: &Query) -> String {
    let links = PageLinks { query, path: "/" };
    let back = query.url("/");
    let facets = view.facets();
    let title = view.title.as_deref().unwrap_or(&view.dispatch_id);
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<main id=\"main\" class=\"dispatch layout-narrow\">\n<p><a href=\"{}\">← Back to the results</a></p>",
        escape(&back)
    );
    let _ = writeln!(body, "<article aria-labelledby=\"title\">\n<h1 id=\"title\">{}</h1>", escape(title));
    let n = view.passages.len();
    let _ = write!(
        body,
        "<p class=\"meta\"><span class=\"id\">{}</span> · {} · {n} passage{}",
        escape(&view.dispatch_id),
        view.date.as_deref().map(escape).unwrap_or_else(|| "undated".into()),
        if n == 1 { "" } else { "s" }
    );
    if let Some(s) = &view.source {
        let _ = write!(body, " · {}", escape(s));
    }
    body.push_str("</p>\n<div class=\"tags\">");
    body.push_str(&html::chips("actor", "Actors", &crate::search::actors(&facets), &links));
    body.push_str(&html::chips("place", "Places", &crate::search::places(&facets), &links));
    let like = Query::default().with("like", &[&view.dispatch_id]).url("/");
    let _ = write!(
        body,
        "</div>\n<p class=\"actions\"><a class=\"similar-link\" href=\"{}\">Passages like this dispatch</a>",
        escape(&like)
    );
    let claims = view.passages.iter().map(|p| p.claims.len()).sum::<usize>();
    if claims > 0 {
        let _ = write!(body, " · {claims} claim{}, marked below", if claims == 1 { "" } else { "s" });
    }
    body.push_str("</p>\n");
    for p in &view.passages {
        let hit = if p.snippet.highlights.is_empty() { "" } else { " hit" };
        let records: Vec<ClaimRecord> = p
            .claims
            .iter()
            .map(|c| ClaimRecord {
                claim: c.clone(),
                dispatch_id: p.dispatch_id.clone(),
                passage_no: p.passage_no,
                sentence: p.text.get(c.sentence_start..c.sentence_end).unwrap_or("").to_owned(),
            })
            .collect();
        let like =
            Query::default().with("like", &[&format!("{}:{}", view.dispatch_id, p.passage_no)]).url("/");
        let _ = writeln!(
            body,
            "<section class=\"para{hit}\" id=\"p{no}\" aria-label=\"Passage {no}\"><p><a class=\"no\" href=\"#p{no}\">¶{no}</a>{}</p>\
             <div class=\"tags\">{}{}<a class=\"similar-link\" href=\"{}\">similar passages</a></div>{}</section>",
            mark_claims(p),
            html::chips("actor", "Actors", &p.actors(), &links),
            html::chips("place", "Places", &p.places(), &links),
            escape(&like),
            crate::output::claims::passage_claims_html(&records, &links),
            no = p.passage_no,
        );
    }
    body.push_str("</article>\n</main>\n");
    let page_title = format!("{} — depeches", escape(title));
    layout(&page_title, query, "/", &format!("<div class=\"layout one\">{body}</div>\n"))
}

/// A passage's text, the query's words in `<mark>` and each claim's
/// figure in `<mark class="figure">`, linking to the claim below.
fn mark_claims(p: &crate::search::Hit) -> String {
    let text = &p.snippet.text;
    // Claim figures are byte offsets into the passage; marks are char
    // offsets into the snippet (the whole passage here).
    let to_chars = |b: usize| text.get(..b).map(|s| s.chars().count());
    let mut figures: Vec<(usize, usize, usize)> = p
        .claims
        .iter()
        .filter_map(|c| Some((to_chars(c.figure_start)?, to_chars(c.figure_end)?, c.figure_start)))
        .filter(|(a, b, _)| a < b)
        .collect();
    figures.sort();
    figures.dedup_by(|b, a| b.0 < a.1);
    if figures.is_empty() || p.snippet.text != p.text {
        return crate::output::highlight::Highlight::Html.mark(text, &p.snippet.highlights);
    }
    // Query marks inside a figure are dropped: the figure is marked whole.
    let words: Vec<(usize, usize)> = p
        .snippet
        .highlights
        .iter()
        .copied()
        .filter(|(a, b)| !figures.iter().any(|(fa, fb, _)| a < fb && fa < b))
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    let mut pieces: Vec<(usize, usize, Option<usize>)> = words
        .iter()
        .map(|&(a, b)| (a, b, None))
        .chain(figures.iter().map(|&(a, b, f)| (a, b, Some(f))))
        .collect();
    pieces.sort();
    for (a, b, figure) in pieces {
        if a < at || b > chars.len() {
            continue;
        }
        out.push_str(&escape(&chars[at..a].iter().collect::<String>()));
        let inner = escape(&chars[a..b].iter().collect::<String>());
        match figure {
            Some(start) => {
                let _ = write!(
                    out,
                    "<a class=\"figure\" href=\"#p{}-c{start}\"><mark class=\"figure\">{inner}</mark></a>",
                    p.passage_no
                );
            }
            None => {
                let _ = write!(out, "<mark>{inner}</mark>");
            }
        }
        at = b;
    }
    out.push_str(&escape(&chars[at..].iter().collect::<String>()));
    out
}

/// A page saying what went wrong (400 naming the parameter, 404, 500).
pub fn error_page(status: u16, message: &str) -> String {
    let body = format!(
        "<div class=\"layout one\"><main id=\"main\">\n<h1>{status}</h1>\n<p class=\"error\" role=\"alert\">{}</p>\n\
         <p><a href=\"/\">Start a new search</a></p>\n</main></div>\n",
        escape(message)
    );
    layout(&format!("{status} — depeches"), &Query::default(), "/", &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::timeline::{Counts, PeriodCount};

    fn months(counts: &[(&str, u32, u64)]) -> Timeline {
        Timeline {
            by: Period::Month,
            periods: counts
                .iter()
                .map(|&(label, first_day, passages)| PeriodCount {
                    label: label.into(),
                    first_day,
                    passages,
                    dispatches: passages,
                })
                .collect(),
            imprecise: Counts::default(),
            undated: Counts { passages: 2, dispatches: 1 },
        }
    }

    #[test]
    fn histogram_bars_link_to_their_month_and_shade_the_range() {
        let timeline =
            months(&[("2023-08", 20230801, 3), ("2023-09", 20230901, 0), ("2023-10", 20231001, 6)]);
        let query = Query::parse(Some("q=CMA&from=2023-09&n=40")).unwrap();
        let mut html = String::new();
        histogram(&timeline, &query, &mut html);
        // Each month is a link to that month, keeping the query, dropping n.
        assert!(html.contains("href=\"/?q=CMA&amp;from=2023-10&amp;to=2023-10\""), "{html}");
        assert!(html.contains("aria-label=\"2023-09: 0 passages\""));
        assert!(html.contains("data-months=\"2023-08,2023-09,2023-10\""));
        assert!(html.contains("(2 undated not shown)"));
        // from=2023-09: August is out of the range, the others in.
        let classes: Vec<&str> =
            html.match_indices("class=\"bar").map(|(i, _)| &html[i + 7..i + 13]).collect();
        assert_eq!(classes, ["bar ou", "bar in", "bar in"]);
        // An empty month has no bar height; the tallest fills the chart.
        assert!(html.contains("height=\"0.00\""));
        assert!(html.contains("height=\"66.00\""));
    }

    #[test]
    fn sidebar_values_are_filter_values() {
        assert_eq!((SIDEBAR[0].value)("/actor/separatist/CMA"), "CMA");
        assert_eq!((SIDEBAR[1].value)("/actor/jihadist"), "jihadist");
        assert_eq!((SIDEBAR[2].value)("/place/Mali/Tombouctou"), "/Mali/Tombouctou");
        let drilled = Query::parse(Some("place=/Mali/Tombouctou")).unwrap();
        assert_eq!((SIDEBAR[2].buckets)(&drilled), ("/place/Mali/Tombouctou".to_owned(), 1));
        let by_name = Query::parse(Some("place=Kidal")).unwrap();
        assert_eq!((SIDEBAR[2].buckets)(&by_name), ("/place".to_owned(), 1));
    }

    #[test]
    fn dispatch_text_is_escaped_everywhere() {
        let page = error_page(400, "parameter `q`: <script>alert(1)</script>");
        assert!(!page.contains("<script>alert") && page.contains("&lt;script&gt;"));
    }
}
