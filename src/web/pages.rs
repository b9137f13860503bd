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

use super::params::{BadParam, FILTER_DIMENSIONS, Query, encode_segment};
use crate::output::html::{self, Links, escape};
use crate::search::timeline::{Period, Timeline};
use crate::search::{DispatchView, FacetCount, SearchError, SearchRequest, SearchResults, Searcher};

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

/// The sidebar, in order. Claim types and claimants (issue 12) are two
/// more entries here, once the index has their facets.
pub const SIDEBAR: [SidebarDimension; 3] = [
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
];

/// Links of the cards on the page: the headline opens the dispatch at the
/// passage, a chip adds its filter to the current search.
pub struct PageLinks<'a> {
    query: &'a Query,
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
        Some(next.without("n").url("/"))
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
    facets: Vec<Vec<FacetCount>>,
    timeline: Timeline,
}

impl SearchPage {
    /// The request of `query`, or the parameter that is wrong.
    pub fn request(query: &Query) -> Result<SearchPage, BadParam> {
        let shown = query.count(MAX_SHOWN)?.unwrap_or(PAGE_SIZE);
        Ok(SearchPage { request: query.request(shown)?, shown })
    }

    fn answer(&self, searcher: &Searcher, query: &Query) -> Result<Answer, SearchError> {
        let results = searcher.search(&self.request)?;
        let mut facets = Vec::new();
        for dim in &SIDEBAR {
            let (root, depth) = (dim.buckets)(query);
            facets.push(searcher.facet_counts(&self.request, &root, depth)?);
        }
        // The histogram keeps its context: every month of the query, the
        // chosen range shaded, not only the months chosen.
        let mut undated = self.request.clone();
        undated.filters.dates = None;
        undated.filters.undated = false;
        let timeline = searcher.timeline(&undated, Period::Month)?;
        Ok(Answer { results, facets, timeline })
    }

    /// The whole page.
    pub fn render(
        &self,
        searcher: &Searcher,
        query: &Query,
        index_path: &str,
    ) -> Result<String, SearchError> {
        let answer = self.answer(searcher, query)?;
        let mut main = String::new();
        active_filters(query, &mut main);
        status(&answer.results, query, &mut main);
        histogram(&answer.timeline, query, &mut main);
        downloads(query, answer.results.total, &mut main);
        main.push_str("<ol class=\"hits\" id=\"hits\">\n");
        let links = PageLinks { query };
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
        let sidebar = sidebar(query, &answer.facets);
        let title = match query.get("q") {
            Some(q) => format!("{} — depeches", escape(q)),
            None => "depeches".to_owned(),
        };
        let body = format!(
            "<div class=\"layout\">\n<aside class=\"facets\" id=\"facets\" aria-label=\"Filters and facets\">\n{sidebar}</aside>\n\
             <main id=\"main\">\n{main}</main>\n</div>\n<footer class=\"foot\">Index: {}</footer>\n",
            escape(index_path)
        );
        Ok(layout(&title, query, &body))
    }
}

/// The page around `body`: head, header with the search form.
fn layout(title: &str, query: &Query, body: &str) -> String {
    let q = escape(query.get("q").unwrap_or(""));
    let mut hidden = String::new();
    for (name, _) in FILTER_DIMENSIONS {
        for v in query.all(name) {
            let _ = write!(hidden, "<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(v));
        }
    }
    for name in ["from", "to", "undated", "scope", "fuzzy", "fold"] {
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
         <form role=\"search\" method=\"get\" action=\"/\" id=\"search-form\">\n\
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

fn active_filters(query: &Query, out: &mut String) {
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
    if chips.is_empty() {
        return;
    }
    out.push_str("<ul class=\"active\" aria-label=\"Active filters\">\n");
    for (label, value, rest) in &chips {
        let _ = writeln!(
            out,
            "<li><a href=\"{}\" aria-label=\"Remove filter {label}: {v}\">{label}: {v} <span aria-hidden=\"true\">×</span></a></li>",
            escape(&rest.without("n").url("/")),
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
        escape(&cleared.url("/"))
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

fn sidebar(query: &Query, facets: &[Vec<FacetCount>]) -> String {
    let mut out = String::new();
    for (dim, counts) in SIDEBAR.iter().zip(facets) {
        let _ = writeln!(
            out,
            "<section aria-labelledby=\"facet-{0}\">\n<h2 id=\"facet-{0}\">{1}</h2>",
            dim.param, dim.title
        );
        if dim.param == "place" {
            place_crumbs(query, &mut out);
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
                escape(&next.without("n").url("/")),
                dim.param,
                escape(&value),
                escape(&label),
                c.passages,
                c.passages
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    filter_form(query, &mut out);
    out
}

/// "All places › Mali › Tombouctou" above the place list when drilled in.
fn place_crumbs(query: &Query, out: &mut String) {
    let places: Vec<&str> = query.all("place").collect();
    let [path] = places.as_slice() else { return };
    if !path.starts_with('/') {
        return;
    }
    let mut crumbs =
        vec![format!("<a href=\"{}\">All places</a>", escape(&query.without("place").without("n").url("/")))];
    let mut prefix = String::new();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        prefix.push('/');
        prefix.push_str(part);
        crumbs.push(format!(
            "<a href=\"{}\">{}</a>",
            escape(&query.with("place", &[&prefix]).without("n").url("/")),
            escape(part)
        ));
    }
    let _ = writeln!(out, "<p class=\"crumbs\">{}</p>", crumbs.join(" › "));
}

/// A form to add a filter by name and to set dates by hand; works without
/// JavaScript.
fn filter_form(query: &Query, out: &mut String) {
    let mut hidden = String::new();
    for name in ["q", "sort", "actor", "place", "kind", "scope", "fuzzy"] {
        for v in query.all(name) {
            let _ = write!(hidden, "<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(v));
        }
    }
    let value = |name: &str| escape(query.get(name).unwrap_or(""));
    let undated = if query.flag("undated").ok().flatten() == Some(true) { " checked" } else { "" };
    let _ = writeln!(
        out,
        "<details class=\"filters-form\"{open}>\n<summary>Add a filter</summary>\n<form method=\"get\" action=\"/\">{hidden}\n\
         <label for=\"f-actor\">Actor (id or alias)</label><input id=\"f-actor\" name=\"actor\" list=\"actor-names\" placeholder=\"CMA, JNIM, Wagner…\">\n\
         <datalist id=\"actor-names\">{actors}</datalist>\n\
         <label for=\"f-place\">Place (name or /Mali/… path)</label><input id=\"f-place\" name=\"place\" placeholder=\"Kidal, Tombouctou…\">\n\
         <label for=\"f-kind\">Kind</label><select id=\"f-kind\" name=\"kind\"><option value=\"\">any</option>{kinds}</select>\n\
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
    let links = PageLinks { query };
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
    body.push_str("</div>\n");
    for p in &view.passages {
        let hit = if p.snippet.highlights.is_empty() { "" } else { " hit" };
        let _ = writeln!(
            body,
            "<section class=\"para{hit}\" id=\"p{no}\" aria-label=\"Passage {no}\"><p><a class=\"no\" href=\"#p{no}\">¶{no}</a>{}</p><div class=\"tags\">{}{}</div></section>",
            crate::output::highlight::Highlight::Html.mark(&p.snippet.text, &p.snippet.highlights),
            html::chips("actor", "Actors", &p.actors(), &links),
            html::chips("place", "Places", &p.places(), &links),
            no = p.passage_no,
        );
    }
    body.push_str("</article>\n</main>\n");
    let page_title = format!("{} — depeches", escape(title));
    layout(&page_title, query, &format!("<div class=\"layout one\">{body}</div>\n"))
}

/// A page saying what went wrong (400 naming the parameter, 404, 500).
pub fn error_page(status: u16, message: &str) -> String {
    let body = format!(
        "<div class=\"layout one\"><main id=\"main\">\n<h1>{status}</h1>\n<p class=\"error\" role=\"alert\">{}</p>\n\
         <p><a href=\"/\">Start a new search</a></p>\n</main></div>\n",
        escape(message)
    );
    layout(&format!("{status} — depeches"), &Query::default(), &body)
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
