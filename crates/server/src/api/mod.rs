//! The JSON API: one handler per command-line query, the same rows out.
//!
//! Query-string errors are answered as JSON like every other error, so a
//! client only ever parses one shape of failure.

mod actor;
mod document;
mod lists;
mod params;

use std::sync::Arc;

use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;

use crate::state::AppState;

/// The OpenAPI description, checked against real responses by the tests.
const OPENAPI: &str = include_str!("../openapi.json");

pub(crate) fn routes(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/api/info", get(info))
        .route("/api/openapi.json", get(openapi))
        .route("/api/sources", get(lists::sources))
        .route("/api/entities", get(lists::entities))
        .route("/api/entities/{name}", get(actor::entity))
        .route("/api/timeline", get(lists::timeline))
        .route("/api/quotes", get(lists::quotes))
        .route("/api/citations", get(lists::citations))
        .route("/api/conflicts", get(lists::conflicts))
        .route("/api/search", get(lists::search))
        .route("/api/network", get(actor::network))
        .route(
            "/api/documents",
            post(crate::upload::upload).layer(axum::extract::DefaultBodyLimit::max(
                state.limits.max_upload,
            )),
        )
        .route("/api/documents/by-source", get(document::by_source))
        .route("/api/documents/{id}", get(document::by_id))
        .fallback(not_found)
        .with_state(state)
}

/// What the UI needs to know about the server.
#[derive(Serialize)]
struct Info {
    name: &'static str,
    version: &'static str,
    read_only: bool,
    documents: i64,
    max_upload: usize,
    max_file: usize,
    max_entities: usize,
}

async fn info(
    axum::extract::State(state): axum::extract::State<Arc<AppState>>,
) -> Result<Json<Info>, crate::error::ApiError> {
    let documents = state.read(|s| Ok(s.document_count()?)).await?;
    Ok(Json(Info {
        name: "dossier",
        version: env!("CARGO_PKG_VERSION"),
        read_only: state.read_only(),
        documents,
        max_upload: state.limits.max_upload,
        max_file: state.limits.max_file,
        max_entities: state.limits.max_entities,
    }))
}

async fn openapi() -> impl axum::response::IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        OPENAPI,
    )
}

async fn not_found(uri: axum::http::Uri) -> crate::error::ApiError {
    crate::error::ApiError::not_found(format!("no such endpoint: {}", uri.path()))
}
