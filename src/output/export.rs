//! Writing a search's hit list: the few hits of a reading session, every
//! hit of an export, or one row per dispatch — each through the same
//! streaming [`Printer`](super::Printer).
//!
//! With `limit` 0 the hits are streamed: the search layer hands over one
//! hit at a time and the printer writes it, so memory does not follow the
//! number of hits (only the ranking, 12 bytes a hit, is held).

use std::io::Write;

use super::{Head, Item, PrintConfig, printer};
use crate::engine::Engine;
use crate::search::SearchRequest;

/// Writes the hits of `request` to `out`; returns how many matched.
pub fn write_hits(
    searcher: &dyn Engine,
    request: &SearchRequest,
    config: &PrintConfig,
    group_dispatch: bool,
    filter_labels: &[String],
    out: &mut dyn Write,
) -> anyhow::Result<usize> {
    let mut printer = printer(config, group_dispatch);
    if group_dispatch {
        let (total, groups) = searcher.dispatch_groups(request)?;
        let head = Head {
            query: request.query.as_deref().unwrap_or(""),
            filters: filter_labels,
            total,
            dispatches: true,
            corrections: &[],
            suggestions: &[],
        };
        printer.begin(&head, out)?;
        for (n, group) in groups.iter().enumerate() {
            fail_point(n)?;
            printer.item(Item::Dispatch(group), out)?;
        }
        printer.end(groups.len(), out)?;
        return Ok(total);
    }
    if request.limit > 0 {
        let results = searcher.search(request)?;
        let head = Head {
            query: &results.query,
            filters: filter_labels,
            total: results.total,
            dispatches: false,
            corrections: &results.corrections,
            suggestions: &results.suggestions,
        };
        printer.begin(&head, out)?;
        for (n, hit) in results.hits.iter().enumerate() {
            fail_point(n)?;
            printer.item(Item::Hit(hit), out)?;
        }
        printer.end(results.hits.len(), out)?;
        return Ok(results.total);
    }
    // Every hit: what the head needs (total, corrections) comes from a
    // first page, then the hits stream.
    let first_page =
        searcher.search(&SearchRequest { limit: 10, fold: false, context: 0, ..request.clone() })?;
    let head = Head {
        query: &first_page.query,
        filters: filter_labels,
        total: first_page.total,
        dispatches: false,
        corrections: &first_page.corrections,
        suggestions: &first_page.suggestions,
    };
    printer.begin(&head, out)?;
    let mut shown = 0;
    let total = searcher.for_each_hit(request, &mut |hit| -> anyhow::Result<()> {
        fail_point(shown)?;
        printer.item(Item::Hit(&hit), out)?;
        shown += 1;
        Ok(())
    })?;
    printer.end(shown, out)?;
    Ok(total)
}

/// Test hook, debug builds only: `DEPECHES_FAIL_AFTER_ROWS=N` makes an
/// export fail after N rows with a write error (as a full disk would), to
/// check that a failed `--output` leaves the old file alone. Release builds
/// compile it away.
fn fail_point(rows: usize) -> std::io::Result<()> {
    #[cfg(debug_assertions)]
    if let Some(n) = std::env::var("DEPECHES_FAIL_AFTER_ROWS").ok().and_then(|v| v.parse::<usize>().ok())
        && rows >= n
    {
        return Err(std::io::Error::other(format!(
            "injected failure after {n} rows (DEPECHES_FAIL_AFTER_ROWS)"
        )));
    }
    let _ = rows;
    Ok(())
}
