//! The document reader: one stored text with every annotation as a span.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::Json;
use dossier_store::reader::DocumentView;
use serde::{Deserialize, Serialize};

use super::params::parsed;
use crate::error::ApiError;
use crate::state::AppState;
use crate::times::{time_spans, TimeSpan};

/// A document as the reader shows it: the stored view plus its time
/// expressions (found again from the stored text; see [`crate::times`]).
#[derive(Serialize)]
pub(crate) struct Reader {
    #[serde(flatten)]
    view: DocumentView,
    times: Vec<TimeSpan>,
}

/// Adds the time spans; runs on the blocking pool with the query.
fn with_times(view: DocumentView) -> Reader {
    let times = time_spans(&view.source, &view.text, view.date.as_deref());
    Reader { view, times }
}

fn found(reader: Option<Reader>, what: &str) -> Result<Json<Reader>, ApiError> {
    reader
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no document {what}")))
}

pub(crate) async fn by_id(
    State(st): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Json<Reader>, ApiError> {
    if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::bad_request(
            "a document id is the 64 hex digits of its SHA-256",
        ));
    }
    let key = id.to_ascii_lowercase();
    let reader = st
        .read(move |s| Ok(s.document(&key)?.map(with_times)))
        .await?;
    found(reader, &format!("with id {id}"))
}

#[derive(Deserialize)]
pub(crate) struct SourceQuery {
    source: String,
}

pub(crate) async fn by_source(
    State(st): State<Arc<AppState>>,
    q: Result<Query<SourceQuery>, QueryRejection>,
) -> Result<Json<Reader>, ApiError> {
    let source = parsed(q)?.source;
    let key = source.clone();
    let reader = st
        .read(move |s| Ok(s.document_by_source(&key)?.map(with_times)))
        .await?;
    found(reader, &format!("from `{source}`"))
}
