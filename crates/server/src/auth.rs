//! Who may talk to the server.
//!
//! - With a token, every request but the login page presents it, as
//!   `Authorization: Bearer TOKEN` (scripts) or as the `dossier_token`
//!   cookie the login form sets (browsers; `HttpOnly`, `SameSite=Strict`).
//!   Comparison takes the same time whatever the guess.
//! - Without a token the server only listens on loopback, and it answers
//!   only requests addressed to a loopback name: a page elsewhere cannot
//!   reach it by pointing its own domain at 127.0.0.1 (DNS rebinding).
//! - Writes must come from the server's own pages: a request carrying an
//!   `Origin` of another site is refused (cross-site request forgery).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::error::ApiError;
use crate::state::AppState;

const COOKIE: &str = "dossier_token";

/// Pages served without a token: the login form and what it needs.
const PUBLIC: &[&str] = &[
    "/login",
    "/assets/login.js",
    "/assets/app.css",
    "/favicon.svg",
];

pub(crate) fn routes(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/login", get(crate::assets::login_page).post(login))
        .route("/logout", post(logout))
        .with_state(state)
}

/// Equality whose running time depends only on the lengths, not on where
/// the first difference is.
pub(crate) fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = (a.len() ^ b.len()) as u64;
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0xff);
        diff |= u64::from(x ^ y);
    }
    std::hint::black_box(diff) == 0
}

fn presented(headers: &HeaderMap) -> Vec<&[u8]> {
    let mut out = Vec::new();
    if let Some(v) = headers.get(header::AUTHORIZATION) {
        if let Some(t) = v.as_bytes().strip_prefix(b"Bearer ") {
            out.push(t);
        }
    }
    for v in headers.get_all(header::COOKIE) {
        for part in v.as_bytes().split(|&b| b == b';') {
            let part = part.trim_ascii();
            if let Some(t) = part
                .strip_prefix(COOKIE.as_bytes())
                .and_then(|r| r.strip_prefix(b"="))
            {
                out.push(t);
            }
        }
    }
    out
}

fn host_of(headers: &HeaderMap) -> &str {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
}

/// True when `host` (`name[:port]`) names this machine's loopback.
pub(crate) fn loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(n, _)| n)
    };
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// True when the `Origin` of a write is this server (or absent, as from
/// command-line clients).
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true;
    };
    let host = host_of(headers);
    let rest = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"));
    rest.is_some_and(|r| !host.is_empty() && r.eq_ignore_ascii_case(host))
}

/// The middleware in front of every route.
pub(crate) async fn guard(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let headers = req.headers();
    if st.token.is_none() && !loopback_host(host_of(headers)) {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "this server answers only requests addressed to localhost (start it with --token to serve other names)",
        )
        .into_response();
    }
    let write = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if write && !same_origin(headers) {
        return ApiError::new(StatusCode::FORBIDDEN, "cross-origin writes are refused")
            .into_response();
    }
    if let Some(token) = &st.token {
        let path = req.uri().path();
        let ok = presented(headers).iter().any(|t| ct_eq(t, token));
        if !ok && !PUBLIC.contains(&path) {
            return if path.starts_with("/api/") {
                let mut r =
                    ApiError::new(StatusCode::UNAUTHORIZED, "a token is required").into_response();
                r.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    header::HeaderValue::from_static("Bearer"),
                );
                r
            } else {
                Redirect::to("/login").into_response()
            };
        }
    }
    next.run(req).await
}

#[derive(Deserialize)]
pub(crate) struct LoginForm {
    token: String,
}

async fn login(State(st): State<Arc<AppState>>, Form(form): Form<LoginForm>) -> Response {
    let Some(token) = &st.token else {
        return Redirect::to("/").into_response();
    };
    if !ct_eq(form.token.as_bytes(), token) {
        // A pause per failure makes guessing slow.
        tokio::time::sleep(Duration::from_millis(300)).await;
        return Redirect::to("/login?failed=1").into_response();
    }
    // The token is checked above to be printable: a header value accepts it.
    let cookie = format!("{COOKIE}={}; Path=/; HttpOnly; SameSite=Strict", form.token);
    match header::HeaderValue::from_str(&cookie) {
        Ok(v) => ([(header::SET_COOKIE, v)], Redirect::to("/")).into_response(),
        Err(_) => ApiError::bad_request("the token cannot be stored in a cookie").into_response(),
    }
}

async fn logout() -> Response {
    let clear = format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    match header::HeaderValue::from_str(&clear) {
        Ok(v) => ([(header::SET_COOKIE, v)], Redirect::to("/login")).into_response(),
        Err(_) => Redirect::to("/login").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_time_equality() {
        assert!(ct_eq(b"secret", b"secret"));
        assert!(!ct_eq(b"secret", b"secreT"));
        assert!(!ct_eq(b"secret", b"secret2"));
        assert!(!ct_eq(b"", b"x"));
        assert!(ct_eq(b"", b""));
    }

    #[test]
    fn loopback_names() {
        for h in [
            "localhost:8080",
            "127.0.0.1:9",
            "[::1]:80",
            "LOCALHOST",
            "app.localhost:1",
            "127.0.0.1",
        ] {
            assert!(loopback_host(h), "{h}");
        }
        for h in [
            "evil.example:8080",
            "10.0.0.1:80",
            "",
            "localhost.evil.com",
            "[::2]:8",
        ] {
            assert!(!loopback_host(h), "{h}");
        }
    }

    #[test]
    fn cookie_and_bearer_are_read() {
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, "Bearer abc".parse().unwrap());
        h.insert(header::COOKIE, "x=1; dossier_token=def".parse().unwrap());
        assert_eq!(presented(&h), vec![&b"abc"[..], &b"def"[..]]);
    }
}
