//! The global allocator: mimalloc, with its transparent huge pages and its
//! default purge delay.
//!
//! Indexing allocates and frees a few dozen small blocks a passage, most of
//! them on another thread than the one that allocated them (documents built
//! by the preparing workers, dropped by tantivy's indexing threads):
//! mimalloc spends 5–7 % less indexing CPU on that than glibc's allocator.
//!
//! Indexing is bound by memory access more than by instructions: on 4 KiB
//! pages under a hypervisor each TLB miss walks two page tables, and the
//! work of a passage is spread over many small blocks. mimalloc's huge pages
//! (`madvise(MADV_HUGEPAGE)` on its arenas) cut user time by 6–8 %.
//!
//! Huge pages cost where freed memory is handed back and taken again: the
//! kernel zeroes a whole 2 MiB page at each fault. mimalloc keeps freed
//! memory a second before returning it (its purge delay, left at its
//! default; `MIMALLOC_PURGE_DELAY` sets it), so a segment's buffers, once
//! written, serve the next one. Returning it at once instead (the previous
//! setting) cost 0.4–0.8 s more CPU on OrangeSum: 38–56k page faults a run
//! against 8–23k. The memory kept is paid
//! for by the writer's smaller heap (128 MB, `IndexConfig::new`): the 4×
//! peak RSS stays well under 500 MB. Measured in the README's speed section.

/// The allocator of every allocation of the binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
