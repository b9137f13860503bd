//! `depeches serve` tests: the real binary serving a real index in a temp
//! directory on a free port of 127.0.0.1, spoken to over HTTP, and driven
//! by a real browser (Debian's chromium) where there is one.

#[allow(dead_code)]
#[path = "../cli/util.rs"]
mod util;

mod browser;
mod http;
mod server;
