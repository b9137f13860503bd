//! Safe on a laptop: what every response of `depeches serve` carries, and
//! which requests it refuses before any route runs.
//!
//! - **DNS rebinding.** A page on `evil.example` can make its name resolve
//!   to 127.0.0.1 and then read our answers as its own origin. Browsers
//!   still send `Host: evil.example`, so a request is served only when its
//!   `Host` is the bound address, `localhost`, `127.0.0.1` or `[::1]`, with
//!   the bound port; anything else gets 403. Bound to every interface
//!   (`--listen 0.0.0.0:PORT`), any IP address with the port is accepted
//!   too: rebinding needs a domain name.
//! - **Headers.** A strict Content-Security-Policy (scripts, styles,
//!   images and fetches from this server only, no inline script or style,
//!   no framing, forms only to here), `nosniff`, no referrer, and no CORS
//!   header at all: other origins cannot read our answers.
//! - **GET only**: routes are declared with `get`, other methods get 405.

use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The Content-Security-Policy of every response.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The `Host` values this server answers to.
#[derive(Debug, Clone)]
pub struct AllowedHosts {
    names: Vec<String>,
    /// Bound to every interface (`--listen 0.0.0.0:PORT`): any IP literal
    /// with the port is fine too, since rebinding needs a domain name.
    any_ip_port: Option<u16>,
}

impl AllowedHosts {
    /// The hosts of a server bound to `addr`.
    pub fn for_addr(addr: std::net::SocketAddr) -> AllowedHosts {
        let port = addr.port();
        let bound = match addr.ip() {
            std::net::IpAddr::V4(ip) => ip.to_string(),
            std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        };
        let mut hosts: Vec<String> = Vec::new();
        for name in [bound.as_str(), "localhost", "127.0.0.1", "[::1]"] {
            hosts.push(format!("{name}:{port}"));
            // Browsers leave the default port out.
            if port == 80 {
                hosts.push(name.to_owned());
            }
        }
        hosts.dedup();
        AllowedHosts { names: hosts, any_ip_port: addr.ip().is_unspecified().then_some(port) }
    }

    /// Whether `host` (a `Host` header) names this server.
    pub fn allows(&self, host: &str) -> bool {
        if self.names.iter().any(|h| h.eq_ignore_ascii_case(host)) {
            return true;
        }
        self.any_ip_port
            .is_some_and(|port| host.parse::<std::net::SocketAddr>().is_ok_and(|a| a.port() == port))
    }
}

/// Refuses requests for another host, and sets the security headers on
/// every response (refusals and errors included).
pub async fn guard(State(allowed): State<AllowedHosts>, request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    let mut response = if allowed.allows(host) {
        next.run(request).await
    } else {
        let body = format!(
            "403 Forbidden: this server answers only to Host localhost, 127.0.0.1 or [::1] with its port, \
             not {host:?} (protection against DNS rebinding)\n"
        );
        (StatusCode::FORBIDDEN, body).into_response()
    };
    set_headers(response.headers_mut());
    response
}

fn set_headers(headers: &mut HeaderMap) {
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    headers.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    for cors in [
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
        header::ACCESS_CONTROL_ALLOW_METHODS,
        header::ACCESS_CONTROL_ALLOW_HEADERS,
    ] {
        headers.remove(cors);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_names_with_the_port() {
        let allowed = AllowedHosts::for_addr("127.0.0.1:8123".parse().unwrap());
        for ok in ["127.0.0.1:8123", "localhost:8123", "LOCALHOST:8123", "[::1]:8123"] {
            assert!(allowed.allows(ok), "{ok}");
        }
        for bad in ["evil.example", "evil.example:8123", "127.0.0.1", "localhost:80", "127.0.0.1:8124", ""] {
            assert!(!allowed.allows(bad), "{bad}");
        }
        let lan = AllowedHosts::for_addr("192.168.1.5:9000".parse().unwrap());
        assert!(lan.allows("192.168.1.5:9000"));
        assert!(!lan.allows("10.0.0.1:9000"));
        let everywhere = AllowedHosts::for_addr("0.0.0.0:9000".parse().unwrap());
        assert!(everywhere.allows("10.0.0.1:9000") && everywhere.allows("localhost:9000"));
        assert!(!everywhere.allows("evil.example:9000") && !everywhere.allows("10.0.0.1:9001"));
    }
}
