//! The dossier HTTP API and web UI.
//!
//! People would rather look at a timeline than read JSON. This crate serves
//! the knowledge base of `dossier-store` two ways from one process:
//!
//! - **a JSON API** under `/api/` whose rows are exactly the rows the command
//!   line prints (the store's [`model`](dossier_store::model) types,
//!   serialized unchanged), with `limit`/`offset` paging on every list, a
//!   document reader, an actor network, an upload endpoint that ingests with
//!   the command line's idempotence and per-file errors, and an OpenAPI 3.1
//!   description at `/api/openapi.json`;
//! - **a web UI**: plain ES modules, CSS and SVG compiled into the binary
//!   (no CDN, no build step), so `cargo build` alone yields a working tool
//!   that runs offline.
//!
//! The crate holds handlers and JSON shapes only; every question is answered
//! by the store, every document is read by the extraction pipeline.
//!
//! Documents are untrusted input, and the server is built for it: pages
//! never turn data into markup (the UI writes text with DOM text nodes), a
//! Content-Security-Policy forbids inline and foreign scripts, the server
//! binds to loopback unless given a token (compared in constant time), it
//! refuses loopback-only requests addressed to foreign host names (DNS
//! rebinding) and cross-origin writes, request bodies are bounded, upload
//! names never become paths, and `read_only` refuses every write with 403.
#![deny(missing_docs)]

mod api;
mod assets;
mod auth;
mod config;
mod error;
mod headers;
mod state;
mod times;
mod upload;

pub use config::{Config, ConfigError};
pub use error::ServeError;

use std::sync::Arc;

use axum::Router;

/// Builds the application: API, UI and the security layers around them.
pub fn router(config: &Config) -> Result<Router, ServeError> {
    let state = Arc::new(state::AppState::open(config)?);
    Ok(app(state))
}

fn app(state: Arc<state::AppState>) -> Router {
    let body_cap = state.limits.max_upload.saturating_add(1 << 20);
    Router::new()
        .merge(api::routes(state.clone()))
        .merge(assets::routes())
        .merge(auth::routes(state.clone()))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::guard,
        ))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(body_cap))
        .layer(axum::middleware::from_fn(headers::secure))
}

/// Checks `config`, opens the store, binds and serves until Ctrl-C.
/// `ready` is called with the bound address once the socket listens.
pub async fn serve(
    config: Config,
    ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), ServeError> {
    config.check()?;
    let app = router(&config)?;
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|e| ServeError::Bind(config.bind, e))?;
    let addr = listener
        .local_addr()
        .map_err(|e| ServeError::Bind(config.bind, e))?;
    ready(addr);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            // If the signal handler cannot be installed the server runs until killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
        .map_err(ServeError::Io)
}

/// [`serve`] on a runtime of its own, for callers that are not async.
pub fn serve_blocking(
    config: Config,
    ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(ServeError::Io)?;
    runtime.block_on(serve(config, ready))
}
