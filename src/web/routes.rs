//! The route table, and the handlers: parameters in, search on the
//! bounded pool, a page or a data twin out.
//!
//! Every route is a GET. Pages answer HTML (errors too: a 400 page naming
//! the parameter); `/api/*` answer data (errors as JSON
//! `{"error": …, "parameter": …}`). Nothing here searches or renders
//! hits itself: the search layer and the output printers do.
//!
//! `/claims` and `/api/claims` are the claims of the same query and
//! filters (`claims --by event` on the page; `/api/claims` is `depeches
//! claims --all --format F`, `by=event` its `--by event`).

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, Uri, header};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::params::{BadParam, Query};
use super::security::{self, AllowedHosts};
use super::{AppState, pages};
use crate::engine::Engine;
use crate::output::tables::{self, FacetRow};
use crate::output::{self, Format, PrintConfig};
use crate::search::SearchError;
use crate::search::timeline::Period;

/// The JavaScript of the page: search as you type, keyboard, histogram
/// brushing. Hand-written, no build step.
pub const SCRIPT: &str = include_str!("assets/depeches.js");

/// Every route of the server.
pub fn router(state: AppState, allowed: AllowedHosts) -> Router {
    Router::new()
        .route("/", get(search_page))
        .route("/dispatch/{id}", get(dispatch_page))
        .route("/api/search", get(api_search))
        .route("/api/facets", get(api_facets))
        .route("/api/timeline", get(api_timeline))
        .route("/api/dispatch/{id}", get(api_dispatch))
        .route("/claims", get(claims_page))
        .route("/api/claims", get(api_claims))
        .route("/static/{name}", get(static_file))
        .fallback(not_found)
        .layer(from_fn_with_state(allowed, security::guard))
        .with_state(state)
}

/// What went wrong, and whether to say it as a page or as JSON.
#[derive(Debug)]
pub struct Failure {
    status: StatusCode,
    parameter: Option<String>,
    message: String,
    json: bool,
}

impl Failure {
    fn bad(e: BadParam, json: bool) -> Failure {
        Failure { status: StatusCode::BAD_REQUEST, message: e.to_string(), parameter: Some(e.name), json }
    }

    fn search(e: SearchError, json: bool) -> Failure {
        match e {
            // A query that does not parse is the `q` parameter's fault.
            SearchError::Query(q) => Failure::bad(BadParam::new("q", q.to_string()), json),
            // Only `like` names a dispatch to search from.
            SearchError::NotFound(m) => Failure::bad(BadParam::new("like", m), json),
            // A feature this engine does not have (`serve --engine` on a
            // cluster): not the request's fault, not a failure either.
            SearchError::Unsupported(message) => {
                Failure { status: StatusCode::NOT_IMPLEMENTED, parameter: None, message, json }
            }
            other => Failure {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                parameter: None,
                message: other.to_string(),
                json,
            },
        }
    }

    fn internal(message: String, json: bool) -> Failure {
        Failure { status: StatusCode::INTERNAL_SERVER_ERROR, parameter: None, message, json }
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        if self.json {
            let body = serde_json::json!({ "error": self.message, "parameter": self.parameter });
            let mut text = serde_json::to_string_pretty(&body).unwrap_or_default();
            text.push('\n');
            (self.status, [(header::CONTENT_TYPE, "application/json")], text).into_response()
        } else {
            let page = pages::error_page(self.status.as_u16(), &self.message);
            (self.status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
        }
    }
}

/// Runs `work` on the blocking pool, once a permit is free.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    json: bool,
    work: impl FnOnce(&dyn Engine) -> Result<T, Failure> + Send + 'static,
) -> Result<T, Failure> {
    let _permit =
        state.permits.clone().acquire_owned().await.map_err(|e| Failure::internal(e.to_string(), json))?;
    let searcher = state.searcher.clone();
    tokio::task::spawn_blocking(move || work(&*searcher))
        .await
        .map_err(|e| Failure::internal(format!("the search failed: {e}"), json))?
}

fn html(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

async fn search_page(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, Failure> {
    let query = Query::parse(raw.as_deref()).map_err(|e| Failure::bad(e, false))?;
    let page = pages::SearchPage::request(&query).map_err(|e| Failure::bad(e, false))?;
    let index_path = state.index_path.clone();
    let cache = state.cache.clone();
    let body = blocking(&state, false, move |searcher| {
        page.render(searcher, &cache, &query, &index_path).map_err(|e| Failure::search(e, false))
    })
    .await?;
    Ok(html(body))
}

async fn claims_page(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, Failure> {
    let query = Query::parse(raw.as_deref()).map_err(|e| Failure::bad(e, false))?;
    let index_path = state.index_path.clone();
    let cache = state.claims_cache.clone();
    let body = blocking(&state, false, move |searcher| {
        pages::claims_page(searcher, &cache, &query, &index_path)
            .map_err(|e| Failure::search(e, false))?
            .map_err(|e| Failure::bad(e, false))
    })
    .await?;
    Ok(html(body))
}

/// `/api/claims`: what `depeches claims … --all --format F [--by event]`
/// prints.
async fn api_claims(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, Failure> {
    let bad = |e| Failure::bad(e, true);
    let query = Query::parse(raw.as_deref()).map_err(bad)?;
    let (format, content_type, file) = export_format(&query).map_err(bad)?;
    let limit = query.count(1_000_000).map_err(bad)?.unwrap_or(0);
    let by_event = match query.get("by").unwrap_or("claim") {
        "claim" => false,
        "event" => true,
        other => return Err(bad(BadParam::new("by", format!("{other:?} is not claim or event")))),
    };
    let request = crate::search::claims::request(query.request(0).map_err(bad)?);
    let selection = query.claim_selection().map_err(bad)?;
    let text = query.get("q").unwrap_or("").to_owned();
    let body = blocking(&state, true, move |s| {
        let mut records =
            crate::search::claims::records(s, &request, &selection).map_err(|e| Failure::search(e, true))?;
        let mut out = Vec::new();
        let highlight = output::highlight::Highlight::None;
        let written = if by_event {
            let mut events = crate::claims::events::group(records);
            if limit > 0 {
                events.truncate(limit);
            }
            output::claims::write_events(&events, format, false, &text, &mut out)
        } else {
            if limit > 0 {
                records.truncate(limit);
            }
            output::claims::write_claims(&records, format, highlight, false, &text, &mut out)
        };
        written.map_err(|e| Failure::internal(e.to_string(), true))?;
        Ok(out)
    })
    .await?;
    let mut response = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Some(name) = file {
        let value = format!("attachment; filename=\"{}\"", name.replace("depeches", "depeches-claims"));
        if let Ok(v) = header::HeaderValue::from_str(&value) {
            response.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
    }
    Ok(response)
}

/// The id of `/dispatch/ID` or `/api/dispatch/ID`, percent-decoded.
fn dispatch_id(uri: &Uri, prefix: &str, json: bool) -> Result<String, Failure> {
    let raw = uri.path().strip_prefix(prefix).unwrap_or("");
    super::params::decode_segment("id", raw).map_err(|e| Failure::bad(e, json))
}

async fn dispatch_page(
    State(state): State<AppState>,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Result<Response, Failure> {
    let query = Query::parse(raw.as_deref()).map_err(|e| Failure::bad(e, false))?;
    let id = dispatch_id(&uri, "/dispatch/", false)?;
    let q = query.text().map_err(|e| Failure::bad(e, false))?;
    let view = {
        let id = id.clone();
        blocking(&state, false, move |s| s.dispatch(&id, q.as_deref()).map_err(|e| Failure::search(e, false)))
            .await?
    };
    match view {
        Some(view) => Ok(html(pages::dispatch_page(&view, &query))),
        None => Err(Failure {
            status: StatusCode::NOT_FOUND,
            parameter: Some("id".into()),
            message: format!("no dispatch {id:?} in the index"),
            json: false,
        }),
    }
}

async fn api_dispatch(
    State(state): State<AppState>,
    uri: Uri,
    RawQuery(raw): RawQuery,
) -> Result<Response, Failure> {
    let query = Query::parse(raw.as_deref()).map_err(|e| Failure::bad(e, true))?;
    let id = dispatch_id(&uri, "/api/dispatch/", true)?;
    let q = query.text().map_err(|e| Failure::bad(e, true))?;
    let missing = id.clone();
    let body = blocking(&state, true, move |s| {
        let view = s.dispatch(&id, q.as_deref()).map_err(|e| Failure::search(e, true))?;
        let Some(view) = view else { return Ok(None) };
        let mut out = Vec::new();
        output::dispatch::json(&view, &mut out).map_err(|e| Failure::internal(e.to_string(), true))?;
        Ok(Some(out))
    })
    .await?;
    match body {
        Some(body) => Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response()),
        None => Err(Failure {
            status: StatusCode::NOT_FOUND,
            parameter: Some("id".into()),
            message: format!("no dispatch {missing:?} in the index"),
            json: true,
        }),
    }
}

/// The format of `format=`, its content type and, for spreadsheets, a
/// file name to save under.
fn export_format(query: &Query) -> Result<(Format, &'static str, Option<&'static str>), BadParam> {
    Ok(match query.get("format").unwrap_or("json") {
        "json" => (Format::Json, "application/json", None),
        "jsonl" => (Format::Jsonl, "application/x-ndjson", None),
        "csv" => (Format::Csv, "text/csv; charset=utf-8", Some("depeches.csv")),
        "tsv" => (Format::Tsv, "text/tab-separated-values; charset=utf-8", Some("depeches.tsv")),
        "markdown" => (Format::Markdown, "text/markdown; charset=utf-8", None),
        "html" => (Format::Html, "text/html; charset=utf-8", None),
        other => {
            return Err(BadParam::new(
                "format",
                format!("{other:?} is not json, jsonl, csv, tsv, markdown or html"),
            ));
        }
    })
}

async fn api_search(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, Failure> {
    let bad = |e| Failure::bad(e, true);
    let query = Query::parse(raw.as_deref()).map_err(bad)?;
    let (format, content_type, file) = export_format(&query).map_err(bad)?;
    // As `search --all`, unless `n` asks for the first few.
    let limit = query.count(1_000_000).map_err(bad)?.unwrap_or(0);
    let request = query.request(limit).map_err(bad)?;
    let fields = match query.get("fields") {
        Some(f) => Some(output::columns::parse_fields(f).map_err(|m| bad(BadParam::new("fields", m)))?),
        None => None,
    };
    let print = PrintConfig { format, highlight: output::highlight::Highlight::None, fields, excel: false };
    let labels = query.filter_labels();
    // `like=ID`: dispatches like it, as `depeches similar ID` lists them.
    let group_dispatch = query.like_dispatch();
    // The export streams, as `search --all` does: the search runs on the
    // pool (holding its permit to the end) and hands over 64 KiB chunks.
    let permit =
        state.permits.clone().acquire_owned().await.map_err(|e| Failure::internal(e.to_string(), true))?;
    let (tx, mut rx) = tokio::sync::mpsc::channel(4);
    let searcher = state.searcher.clone();
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let mut out = ChunkWriter { buf: Vec::new(), tx, sent: false };
        let written =
            output::export::write_hits(&*searcher, &request, &print, group_dispatch, &labels, &mut out);
        match written {
            // All of it in one chunk: sent whole, with its length.
            Ok(_) if !out.sent => {
                let _ = out.tx.blocking_send(Chunk::Whole(axum::body::Bytes::from(out.buf)));
            }
            Ok(_) => {
                let _ = std::io::Write::flush(&mut out);
            }
            Err(e) => {
                let failure = match e.downcast::<SearchError>() {
                    Ok(e) => Failure::search(e, true),
                    Err(e) => Failure::internal(e.to_string(), true),
                };
                let _ = out.tx.blocking_send(Chunk::Failed(failure));
            }
        }
    });
    // Nothing is sent before the first chunk: a search that fails early
    // (most do, at parsing) is still a proper error answer.
    let body = match rx.recv().await {
        Some(Chunk::Failed(failure)) => return Err(failure),
        Some(Chunk::Whole(data)) => axum::body::Body::from(data),
        Some(Chunk::Data(data)) => axum::body::Body::new(ExportBody { first: Some(data), rx }),
        None => axum::body::Body::empty(),
    };
    let mut response = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Some(name) = file {
        let value = format!("attachment; filename=\"{name}\"");
        if let Ok(v) = header::HeaderValue::from_str(&value) {
            response.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
    }
    Ok(response)
}

async fn api_facets(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, Failure> {
    let bad = |e| Failure::bad(e, true);
    let query = Query::parse(raw.as_deref()).map_err(bad)?;
    let request = query.request(0).map_err(bad)?;
    let facet = query.get("facet").unwrap_or("actor").to_owned();
    let under = query.get("under").map(str::to_owned);
    // As `depeches facets`: named actors two levels under /actor, kinds
    // one, places one level under the place asked for.
    let (root, depth) = match (facet.as_str(), &under) {
        ("actor", None) => ("/actor".to_owned(), 2),
        ("kind", None) => ("/actor".to_owned(), 1),
        ("place", None) => ("/place".to_owned(), 1),
        ("place", Some(u)) => {
            let root = crate::entities::Vocabulary::embedded().place_filter_facet(u).ok_or_else(|| {
                bad(BadParam::new("under", format!("{u:?}: no such place in index_schema/places.tsv")))
            })?;
            (root, 1)
        }
        ("actor" | "kind", Some(_)) => {
            return Err(bad(BadParam::new("under", "only applies to facet=place")));
        }
        (other, _) => {
            return Err(bad(BadParam::new("facet", format!("{other:?} is not actor, kind or place"))));
        }
    };
    let limit = query.count(100_000).map_err(bad)?.unwrap_or(50);
    let body = blocking(&state, true, move |s| {
        let counts = s.facet_counts(&request, &root, depth).map_err(|e| Failure::search(e, true))?;
        let mut rows: Vec<FacetRow> = counts.iter().map(FacetRow::from_count).collect();
        rows.truncate(limit);
        let under = root.strip_prefix("/place").filter(|_| facet == "place");
        let mut out = Vec::new();
        tables::facet_json(&facet, request.query.as_deref(), under, &rows, &mut out)
            .map_err(|e| Failure::internal(e.to_string(), true))?;
        Ok(out)
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn api_timeline(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, Failure> {
    let bad = |e| Failure::bad(e, true);
    let query = Query::parse(raw.as_deref()).map_err(bad)?;
    let request = query.request(0).map_err(bad)?;
    let by: Period = query
        .get("by")
        .unwrap_or("month")
        .parse()
        .map_err(|e: crate::search::timeline::PeriodError| bad(BadParam::new("by", e.to_string())))?;
    let csv = match query.get("format").unwrap_or("json") {
        "json" => false,
        "csv" => true,
        other => return Err(bad(BadParam::new("format", format!("{other:?} is not json or csv")))),
    };
    let body = blocking(&state, true, move |s| {
        let timeline = s.timeline(&request, by).map_err(|e| Failure::search(e, true))?;
        let mut out = Vec::new();
        let written = if csv {
            output::timeline::write_csv(&timeline, &mut out)
        } else {
            output::timeline::write_json(&timeline, &mut out)
        };
        written.map_err(|e| Failure::internal(e.to_string(), true))?;
        Ok(out)
    })
    .await?;
    let content_type = if csv { "text/csv; charset=utf-8" } else { "application/json" };
    Ok(([(header::CONTENT_TYPE, content_type)], body).into_response())
}

/// The embedded files, and only them: any other name (`../Cargo.toml`
/// included) is a 404.
async fn static_file(uri: Uri) -> Response {
    let (body, content_type) = match uri.path() {
        "/static/depeches.css" => (output::html::STYLESHEET, "text/css; charset=utf-8"),
        "/static/depeches.js" => (SCRIPT, "text/javascript; charset=utf-8"),
        _ => return not_found().await,
    };
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

async fn not_found() -> Response {
    let page = pages::error_page(404, "no such page");
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

/// A piece of a streamed export.
enum Chunk {
    /// The whole export, when it fits in one chunk.
    Whole(axum::body::Bytes),
    Data(axum::body::Bytes),
    Failed(Failure),
}

/// Collects an export's bytes and passes them on in 64 KiB chunks.
struct ChunkWriter {
    buf: Vec<u8>,
    tx: tokio::sync::mpsc::Sender<Chunk>,
    /// Whether a chunk has left.
    sent: bool,
}

impl std::io::Write for ChunkWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= 64 * 1024 {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let data = axum::body::Bytes::from(std::mem::take(&mut self.buf));
        self.sent = true;
        // The client went away: stop the export.
        self.tx.blocking_send(Chunk::Data(data)).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client closed the connection")
        })
    }
}

/// The response body of a streamed export; a failure after the first
/// chunk cuts the connection, so a truncated export never looks whole.
struct ExportBody {
    first: Option<axum::body::Bytes>,
    rx: tokio::sync::mpsc::Receiver<Chunk>,
}

impl http_body::Body for ExportBody {
    type Data = axum::body::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        use std::task::Poll;
        if let Some(first) = self.first.take() {
            return Poll::Ready(Some(Ok(http_body::Frame::data(first))));
        }
        match self.rx.poll_recv(cx) {
            Poll::Ready(Some(Chunk::Data(data) | Chunk::Whole(data))) => {
                Poll::Ready(Some(Ok(http_body::Frame::data(data))))
            }
            Poll::Ready(Some(Chunk::Failed(f))) => Poll::Ready(Some(Err(std::io::Error::other(f.message)))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}
