//! The web UI, compiled into the binary.
//!
//! Plain files (HTML, CSS, ES modules, an SVG icon) under `assets/`, each
//! included with `include_bytes!`: no build step, no CDN, nothing read from
//! disk at run time. Unknown paths under `/assets/` are 404; every other
//! page path gets the single page, whose router reads the `#` fragment.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// (path under `/assets/`, content type, bytes)
const ASSETS: &[(&str, &str, &[u8])] = &[
    ("app.css", CSS, include_bytes!("../assets/app.css")),
    ("login.js", JS, include_bytes!("../assets/login.js")),
    ("js/app.js", JS, include_bytes!("../assets/js/app.js")),
    ("js/api.js", JS, include_bytes!("../assets/js/api.js")),
    ("js/dom.js", JS, include_bytes!("../assets/js/dom.js")),
    ("js/dates.js", JS, include_bytes!("../assets/js/dates.js")),
    (
        "js/overview.js",
        JS,
        include_bytes!("../assets/js/overview.js"),
    ),
    ("js/search.js", JS, include_bytes!("../assets/js/search.js")),
    ("js/actor.js", JS, include_bytes!("../assets/js/actor.js")),
    ("js/lists.js", JS, include_bytes!("../assets/js/lists.js")),
    (
        "js/timeline.js",
        JS,
        include_bytes!("../assets/js/timeline.js"),
    ),
    (
        "js/network.js",
        JS,
        include_bytes!("../assets/js/network.js"),
    ),
    ("js/reader.js", JS, include_bytes!("../assets/js/reader.js")),
    (
        "js/conflicts.js",
        JS,
        include_bytes!("../assets/js/conflicts.js"),
    ),
    ("js/upload.js", JS, include_bytes!("../assets/js/upload.js")),
];

const CSS: &str = "text/css; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";
const HTML: &str = "text/html; charset=utf-8";

const INDEX: &[u8] = include_bytes!("../assets/index.html");
const LOGIN: &[u8] = include_bytes!("../assets/login.html");
const ICON: &[u8] = include_bytes!("../assets/favicon.svg");

pub(crate) fn routes() -> Router {
    Router::new()
        .route("/", get(index))
        .route("/favicon.svg", get(icon))
        .route("/assets/{*path}", get(asset))
}

fn page(bytes: &'static [u8], kind: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        bytes,
    )
        .into_response()
}

async fn index() -> Response {
    page(INDEX, HTML)
}

pub(crate) async fn login_page() -> Response {
    page(LOGIN, HTML)
}

async fn icon() -> Response {
    page(ICON, "image/svg+xml")
}

async fn asset(Path(path): Path<String>) -> Response {
    match ASSETS.iter().find(|(p, _, _)| *p == path) {
        Some((_, kind, bytes)) => page(bytes, kind),
        None => (StatusCode::NOT_FOUND, "no such asset").into_response(),
    }
}
