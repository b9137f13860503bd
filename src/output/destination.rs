//! Where output goes: standard output, or a file written atomically.
//!
//! `--output FILE` writes into a temporary file in the same directory and
//! renames it over FILE only once everything is written and flushed, so an
//! interrupted or failed export never leaves half a file under the final
//! name, and an existing FILE stays untouched until the new one is whole.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output stream.
pub enum Destination {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// A temporary file to be renamed to `path` by [`Destination::finish`].
    File {
        /// The temporary file.
        file: BufWriter<tempfile::NamedTempFile>,
        /// The final name.
        path: PathBuf,
    },
}

impl Destination {
    /// Standard output, or a temporary file beside `path`.
    pub fn open(path: Option<&Path>) -> io::Result<Destination> {
        let Some(path) = path else { return Ok(Destination::Stdout(BufWriter::new(io::stdout()))) };
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let prefix = format!(".{}.", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
        let file = tempfile::Builder::new().prefix(&prefix).suffix(".part").tempfile_in(dir)?;
        Ok(Destination::File { file: BufWriter::with_capacity(1 << 16, file), path: path.to_owned() })
    }

    /// Flushes, and for a file renames it into place. Dropping a
    /// destination without finishing it deletes the temporary file.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Destination::Stdout(mut out) => out.flush(),
            Destination::File { file, path } => {
                let file = file.into_inner().map_err(|e| e.into_error())?;
                file.as_file().sync_all()?;
                file.persist(&path).map_err(|e| e.error)?;
                Ok(())
            }
        }
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Destination::Stdout(out) => out.write(buf),
            Destination::File { file, .. } => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Destination::Stdout(out) => out.flush(),
            Destination::File { file, .. } => file.flush(),
        }
    }
}
