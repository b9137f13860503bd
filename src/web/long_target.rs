//! Requests whose URL is longer than hyper reads, answered by the app.
//!
//! hyper refuses a request target past 65,534 bytes with a bare `414 URI
//! Too Long` before any route runs (a constant of its HTTP/1 parser, not a
//! setting: `max_buf_size` only bounds the read buffer). A pasted article
//! in the query box is such a request, and the person who pasted it must
//! be told which parameter is too long, on a page or in JSON as any other
//! bad parameter. So the server's connections read through [`Guarded`]:
//! it holds each request line until it is whole (up to [`MAX_LINE`]
//! bytes) and, when its target is longer than [`LONG_TARGET`], hands
//! hyper the same request with each over-long parameter value replaced by
//! [`TOO_LONG`] and its length; [`super::params::Query::parse`] turns that
//! into a 400 naming the parameter. Headers pass through untouched; a
//! request with a body (none of our routes takes one) ends the inspection
//! for its connection, since its body's bytes are not request lines.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// What an over-long value is replaced with, followed by its length in
/// bytes. The NUL bytes cannot come from a form; a client that sends
/// them itself only gets the same 400.
pub const TOO_LONG: &str = "\0too-long\0";

/// Targets up to this length are passed as they are (hyper's own limit is
/// 65,534 bytes).
pub const LONG_TARGET: usize = 60 * 1024;

/// Request lines longer than this are passed on as they are, for hyper to
/// refuse (a 414): the server holds at most this much of a line.
pub const MAX_LINE: usize = 4 * 1024 * 1024;

/// Values longer than this are replaced in an over-long target (the
/// longest value [`super::params::Query::parse`] accepts is shorter).
const LONG_VALUE: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Reading a request line.
    Line,
    /// In the headers; whether one says a body follows.
    Headers { body: bool },
    /// Past a body: bytes pass through.
    Through,
}

/// A connection whose request lines are checked for over-long targets.
pub struct Guarded<IO> {
    io: IO,
    state: State,
    /// The request line (or header line) read so far.
    line: Vec<u8>,
    /// Bytes ready for hyper.
    ready: Vec<u8>,
    /// How many of `ready` hyper has taken.
    taken: usize,
}

impl<IO> Guarded<IO> {
    /// Guards `io`.
    pub fn new(io: IO) -> Guarded<IO> {
        Guarded { io, state: State::Line, line: Vec::new(), ready: Vec::new(), taken: 0 }
    }

    /// Takes in bytes read from the client.
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            match self.state {
                State::Through => self.ready.push(b),
                State::Line => {
                    self.line.push(b);
                    if b == b'\n' {
                        let line = std::mem::take(&mut self.line);
                        self.ready.extend_from_slice(&rewrite(&line));
                        self.state = State::Headers { body: false };
                    } else if self.line.len() > MAX_LINE {
                        self.ready.append(&mut self.line);
                        self.state = State::Through;
                    }
                }
                State::Headers { body } => {
                    self.ready.push(b);
                    if b != b'\n' {
                        // Enough of a header line to know its name.
                        if self.line.len() < 32 {
                            self.line.push(b.to_ascii_lowercase());
                        }
                        continue;
                    }
                    let header = std::mem::take(&mut self.line);
                    let header = header.strip_suffix(b"\r").unwrap_or(&header);
                    if header.is_empty() {
                        self.state = if body { State::Through } else { State::Line };
                    } else if header.starts_with(b"transfer-encoding:")
                        || (header.starts_with(b"content-length:")
                            && header[15..].iter().any(|c| c.is_ascii_digit() && *c != b'0'))
                    {
                        self.state = State::Headers { body: true };
                    }
                }
            }
        }
    }
}

/// The request line `line` (ending in `\n`), its over-long values replaced
/// when its target is over-long.
fn rewrite(line: &[u8]) -> Vec<u8> {
    let text = match std::str::from_utf8(line) {
        Ok(t) if t.len() > LONG_TARGET => t,
        _ => return line.to_vec(),
    };
    let mut parts = text.splitn(3, ' ');
    let (Some(method), Some(target), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
        return line.to_vec();
    };
    let Some((path, query)) = target.split_once('?') else {
        return line.to_vec();
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if value.len() > LONG_VALUE => {
                format!("{name}={}{}", TOO_LONG.replace('\0', "%00"), value.len())
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{method} {path}?{} {rest}", query.join("&")).into_bytes()
}

impl<IO: AsyncRead + Unpin> AsyncRead for Guarded<IO> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        loop {
            if this.taken < this.ready.len() {
                let n = (this.ready.len() - this.taken).min(buf.remaining());
                buf.put_slice(&this.ready[this.taken..this.taken + n]);
                this.taken += n;
                if this.taken == this.ready.len() {
                    this.ready.clear();
                    this.taken = 0;
                }
                return Poll::Ready(Ok(()));
            }
            let mut chunk = [0u8; 16 * 1024];
            let mut read = ReadBuf::new(&mut chunk);
            match Pin::new(&mut this.io).poll_read(cx, &mut read) {
                Poll::Ready(Ok(())) => {
                    let got = read.filled();
                    if got.is_empty() {
                        // End of stream: whatever is held goes on as it is.
                        if this.line.is_empty() || this.state != State::Line {
                            return Poll::Ready(Ok(()));
                        }
                        let held = std::mem::take(&mut this.line);
                        this.ready.extend_from_slice(&held);
                        continue;
                    }
                    let got = got.to_vec();
                    this.feed(&got);
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<IO: AsyncWrite + Unpin> AsyncWrite for Guarded<IO> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
}

/// The server's listener: TCP connections, without Nagle's delay (the
/// last small write of a chunked answer would wait for the client's
/// delayed ACK, 40 ms on Linux), read through [`Guarded`].
pub struct GuardedListener(pub tokio::net::TcpListener);

impl axum::serve::Listener for GuardedListener {
    type Io = Guarded<tokio::net::TcpStream>;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (stream, addr) = axum::serve::Listener::accept(&mut self.0).await;
        let _ = stream.set_nodelay(true);
        (Guarded::new(stream), addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.0.local_addr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fed(chunks: &[&[u8]]) -> Vec<u8> {
        let mut g = Guarded::new(());
        for c in chunks {
            g.feed(c);
        }
        g.ready
    }

    #[test]
    fn short_requests_pass_as_they_are_and_long_values_are_replaced() {
        let short = b"GET /?q=CMA HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
        assert_eq!(fed(&[&short[..10], &short[10..]]), short.to_vec());
        let long =
            format!("GET /api/search?n=3&q={}&format=csv HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(100_000));
        let next = b"GET /?q=CMA HTTP/1.1\r\n\r\n";
        let out = fed(&[long.as_bytes(), next]);
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with(
            "GET /api/search?n=3&q=%00too-long%00100000&format=csv HTTP/1.1\r\nHost: x\r\n\r\n"
        ));
        assert!(text.ends_with("GET /?q=CMA HTTP/1.1\r\n\r\n"));
    }

    #[test]
    fn a_body_ends_the_inspection() {
        let long = "a".repeat(70_000);
        let body = format!("POST / HTTP/1.1\r\nContent-Length: 70010\r\n\r\nGET /?q={long} HTTP/1.1\r\n");
        assert_eq!(fed(&[body.as_bytes()]), body.as_bytes().to_vec());
    }
}
