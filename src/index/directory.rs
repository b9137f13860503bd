//! The index's directory: tantivy's memory-mapped directory, whose new
//! files start going to disk while they are written.
//!
//! tantivy makes each file durable when it is finished (`sync_data`), and a
//! commit finishes the files of its segments one after another, each sync
//! waiting until the whole file is on disk. The kernel holds written pages
//! back for up to 30 seconds, so at the end of a run nearly everything was
//! still to write: on OrangeSum about 70 MB, 43 of them the doc store that
//! tantivy wrote all along the run, and the run ended on 0.1–0.3 s of
//! waiting with both cores idle. Here a file asks the kernel to start
//! writing every [`WRITEBACK_BYTES`] as soon as they are written (Linux's
//! `sync_file_range` with `SYNC_FILE_RANGE_WRITE`, which does not wait), so
//! the disk works while the cores do, and the final sync finds most of the
//! file already written. Durability is unchanged: every file is still
//! synced when finished, before tantivy writes the `meta.json` that makes
//! a commit visible. Everything else is tantivy's `MmapDirectory`.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    AntiCallToken, Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, TerminatingWrite,
    WatchCallback, WatchHandle, WritePtr,
};

/// Bytes of a file written between two requests to write them back: large
/// enough that the requests cost nothing (70 of them on OrangeSum), small
/// enough that little is left for the final sync.
const WRITEBACK_BYTES: u64 = 1 << 20;

/// tantivy's `MmapDirectory`, with files written back as they grow.
#[derive(Clone, Debug)]
pub struct WritebackDirectory {
    inner: MmapDirectory,
    root: PathBuf,
}

impl WritebackDirectory {
    /// The directory at `dir`, which must exist. Its files are named from
    /// the canonical path, as `MmapDirectory` names the ones it reads.
    pub fn open(dir: &Path) -> Result<WritebackDirectory, OpenDirectoryError> {
        let inner = MmapDirectory::open(dir)?;
        let root = dir.canonicalize().map_err(|e| OpenDirectoryError::wrap_io_error(e, dir.to_owned()))?;
        Ok(WritebackDirectory { inner, root })
    }
}

impl Directory for WritebackDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    /// As `MmapDirectory::open_write`: a new file (never an existing one),
    /// unbuffered below tantivy's `BufWriter`, synced when terminated.
    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        let file =
            OpenOptions::new().write(true).create_new(true).open(self.root.join(path)).map_err(|e| {
                if e.kind() == io::ErrorKind::AlreadyExists {
                    OpenWriteError::FileAlreadyExists(path.to_owned())
                } else {
                    OpenWriteError::wrap_io_error(e, path.to_owned())
                }
            })?;
        Ok(BufWriter::new(Box::new(WritebackFile { file, written: 0, requested: 0 })))
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        self.inner.acquire_lock(lock)
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

/// A file being written: how much of it is written, and up to where its
/// write-back was requested.
struct WritebackFile {
    file: File,
    written: u64,
    requested: u64,
}

impl Write for WritebackFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.requested >= WRITEBACK_BYTES {
            start_writeback(&self.file, self.requested, self.written - self.requested);
            self.requested = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl TerminatingWrite for WritebackFile {
    fn terminate_ref(&mut self, _: AntiCallToken) -> io::Result<()> {
        self.file.flush()?;
        self.file.sync_data()
    }
}

/// Asks the kernel to start writing `len` bytes of `file` from `offset` to
/// disk, without waiting. A hint: if it fails, the final sync writes them.
#[cfg(target_os = "linux")]
fn start_writeback(file: &File, offset: u64, len: u64) {
    use std::os::fd::AsRawFd;
    let (Ok(offset), Ok(len)) = (libc::off64_t::try_from(offset), libc::off64_t::try_from(len)) else {
        return;
    };
    // SAFETY: the descriptor is open for the whole call (borrowed from
    // `file`), and the call only reads its arguments.
    unsafe {
        libc::sync_file_range(file.as_raw_fd(), offset, len, libc::SYNC_FILE_RANGE_WRITE);
    }
}

/// Other systems: the final sync writes everything.
#[cfg(not(target_os = "linux"))]
fn start_writeback(_: &File, _: u64, _: u64) {}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file written through the directory reads back whole once
    /// terminated, and a second `open_write` of it fails as tantivy expects.
    #[test]
    fn files_read_back_and_are_never_overwritten() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = WritebackDirectory::open(tmp.path()).unwrap();
        let path = Path::new("seg.idx");
        let data: Vec<u8> = (0..(3 * WRITEBACK_BYTES + 12_345)).map(|i| (i * 7 % 251) as u8).collect();
        let mut w = dir.open_write(path).unwrap();
        for chunk in data.chunks(10_000) {
            w.write_all(chunk).unwrap();
        }
        w.terminate().unwrap();
        assert_eq!(dir.open_read(path).unwrap().read_bytes().unwrap().as_slice(), &data[..]);
        assert!(matches!(dir.open_write(path), Err(OpenWriteError::FileAlreadyExists(_))));
    }
}
