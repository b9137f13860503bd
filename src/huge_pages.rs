//! The global allocator: mimalloc, with transparent huge pages asked for
//! large blocks only.
//!
//! Indexing looks words up in a few large tables at random (tantivy's term
//! hash table of each segment being built, the analyzers' memos, the
//! near-duplicate clusterer's tables): on 4 KiB pages nearly each lookup
//! misses the TLB, and under a hypervisor a miss walks two page tables.
//! mimalloc's own huge-page mode (`madvise(MADV_HUGEPAGE)` on all of its
//! memory) saved more CPU but backed every partly used 2 MiB region of small
//! blocks with a whole huge page: about +50 MB of peak RSS at 1× and over
//! the 500 MB budget at 4×. Here only the 2 MiB-aligned ranges that lie
//! wholly inside one block of 2 MiB or more are advised, so no memory
//! outside a block is ever backed because of it, and the advice is taken
//! back before the block is freed, so the small blocks mimalloc later puts
//! there stay on 4 KiB pages. tantivy's arena pages (1 MiB each) are left
//! alone: advising the 2 MiB regions around them cost 30–50 MB of peak RSS
//! for no CPU measurably saved. Measured in the README's speed section.
//!
//! The advice is only a hint: where the kernel has transparent huge pages
//! off, or `madvise` fails, nothing changes but the speed.
//!
//! mimalloc also returns freed memory to the system at once
//! ([`return_freed_memory_at_once`]) instead of a second later: indexing
//! frees large blocks all along (a segment's buffers once it is written,
//! grown vectors and tables), and a second's worth of them held the peak
//! RSS 25 MB higher at 1× and 40–50 MB higher at 4×, for no CPU measurably
//! saved.

use std::alloc::{GlobalAlloc, Layout};

use mimalloc::MiMalloc;

unsafe extern "C" {
    // mimalloc's, in the library the `mimalloc` crate links (its sys
    // crate declares it only under a feature that pulls one more crate).
    fn mi_option_set(option: libc::c_int, value: libc::c_long);
    #[cfg(test)]
    fn mi_option_get(option: libc::c_int) -> libc::c_long;
}

/// `mi_option_purge_delay` in mimalloc 3's option enum: milliseconds
/// between freeing memory and returning it to the system (1000 by default).
const MI_OPTION_PURGE_DELAY: libc::c_int = 15;

/// Makes mimalloc return freed memory to the system at once, unless the
/// user set `MIMALLOC_PURGE_DELAY`. Call first thing in `main`.
pub fn return_freed_memory_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option; mimalloc reads it at each purge.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
}

/// The purge delay mimalloc now applies, in milliseconds.
#[cfg(test)]
fn purge_delay() -> libc::c_long {
    // SAFETY: reads one integer option.
    unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }
}

/// The huge page size of x86-64 and of most aarch64 kernels.
const HUGE_PAGE: usize = 2 << 20;

/// mimalloc, with huge pages for blocks of 2 MiB or more.
pub struct HugeBlocks;

/// Gives `advice` for the whole huge pages inside the block of `len` bytes
/// at `block`, if any.
#[inline]
fn advise(block: *mut u8, len: usize, advice: libc::c_int) {
    if len < HUGE_PAGE || block.is_null() {
        return;
    }
    let start = (block as usize).next_multiple_of(HUGE_PAGE);
    let end = (block as usize + len) & !(HUGE_PAGE - 1);
    if end > start {
        // SAFETY: the range lies inside a block this allocator handed out
        // and that is still allocated; MADV_(NO)HUGEPAGE changes no
        // content, only how the kernel may back the range.
        unsafe { libc::madvise(start as *mut libc::c_void, end - start, advice) };
    }
}

// SAFETY: every block comes from mimalloc and goes back to it with the
// same layout; the advice changes no byte of any block.
unsafe impl GlobalAlloc for HugeBlocks {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let block = unsafe { MiMalloc.alloc(layout) };
        advise(block, layout.size(), libc::MADV_HUGEPAGE);
        block
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let block = unsafe { MiMalloc.alloc_zeroed(layout) };
        advise(block, layout.size(), libc::MADV_HUGEPAGE);
        block
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        advise(block, layout.size(), libc::MADV_NOHUGEPAGE);
        // SAFETY: the caller's contract, passed on.
        unsafe { MiMalloc.dealloc(block, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Taken back first: the block may move, and its old place be
        // handed out again at once.
        advise(block, layout.size(), libc::MADV_NOHUGEPAGE);
        // SAFETY: the caller's contract, passed on.
        let moved = unsafe { MiMalloc.realloc(block, layout, new_size) };
        if moved.is_null() {
            advise(block, layout.size(), libc::MADV_HUGEPAGE);
        } else {
            advise(moved, new_size, libc::MADV_HUGEPAGE);
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // mimalloc's documented default for the purge delay: another
        // option at this index (a new mimalloc) would fail here.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(purge_delay(), 1000);
        }
        return_freed_memory_at_once();
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(purge_delay(), 0);
        }
    }

    #[test]
    fn large_blocks_keep_their_bytes_through_advice_and_moves() {
        let a = HugeBlocks;
        let layout = Layout::from_size_align(5 << 20, 8).unwrap();
        unsafe {
            let p = a.alloc(layout);
            assert!(!p.is_null());
            for i in (0..layout.size()).step_by(4096) {
                *p.add(i) = (i / 4096) as u8;
            }
            let q = a.realloc(p, layout, 9 << 20);
            assert!(!q.is_null());
            for i in (0..layout.size()).step_by(4096) {
                assert_eq!(*q.add(i), (i / 4096) as u8);
            }
            a.dealloc(q, Layout::from_size_align(9 << 20, 8).unwrap());
            let small = Layout::from_size_align(64, 8).unwrap();
            let z = a.alloc_zeroed(small);
            assert!((0..64).all(|i| *z.add(i) == 0));
            a.dealloc(z, small);
        }
    }
}
