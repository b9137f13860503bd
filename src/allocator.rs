//! The global allocator's settings: mimalloc with transparent huge pages,
//! returning freed memory to the system at once.
//!
//! Indexing is bound by memory access more than by instructions (13 %
//! fewer instructions in the preparing pass gave 1 % less time): on 4 KiB
//! pages under a hypervisor each TLB miss walks two page tables, and the
//! work of a passage is spread over many small blocks (its document, terms,
//! word stream, facets) besides the large tables (tantivy's term hash table,
//! the analyzers' memos, the near-duplicate clusterer). mimalloc's huge
//! pages (`madvise(MADV_HUGEPAGE)` on its arenas) cut the CPU of indexing by
//! 5–10 %; asking for them on blocks of 2 MiB or more only (tried) saved no
//! CPU measurably: the gain is in the small blocks.
//!
//! Huge pages cost memory where a 2 MiB region is partly used, and
//! mimalloc keeps freed memory for a second (its purge delay) before
//! returning it: indexing frees large blocks all along (a segment's buffers
//! once it is written, grown vectors and tables). Purging at once
//! ([`return_freed_memory_at_once`]) lowered the peak RSS by 25 MB at 1× and
//! 40–50 MB at 4×; with the writer's heap at 192 MB instead of 256 MB, the
//! 4× peak stays well under its 500 MB budget. Measured in the README's
//! speed section.

use std::ffi::{c_int, c_long};

unsafe extern "C" {
    // mimalloc's, in the library the `mimalloc` crate links (its sys
    // crate declares it only under a feature that pulls one more crate).
    fn mi_option_set(option: c_int, value: c_long);
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
}

/// `mi_option_purge_delay` in mimalloc 3's option enum: milliseconds
/// between freeing memory and returning it to the system (1000 by default).
const MI_OPTION_PURGE_DELAY: c_int = 15;

/// Makes mimalloc return freed memory to the system at once, unless the
/// user set `MIMALLOC_PURGE_DELAY`. Call first thing in `main`.
pub fn return_freed_memory_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option; mimalloc reads it at each purge.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The purge delay mimalloc now applies, in milliseconds.
    fn purge_delay() -> c_long {
        // SAFETY: reads one integer option.
        unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }
    }

    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // mimalloc's documented default for the purge delay: another
        // option at this index (a new mimalloc) would fail here.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        assert_eq!(purge_delay(), 1000);
        return_freed_memory_at_once();
        assert_eq!(purge_delay(), 0);
    }
}
