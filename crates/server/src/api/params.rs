//! Query-string parameters shared by the list endpoints.

use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use dossier_store::Page;
use serde::Deserialize;

use crate::error::ApiError;

/// Rows a list returns when the client does not say.
pub(crate) const DEFAULT_LIMIT: usize = 100;
/// Most rows one request may ask for.
pub(crate) const MAX_LIMIT: usize = 10_000;

/// `limit` and `offset`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Paging {
    pub(crate) limit: Option<usize>,
    pub(crate) offset: Option<usize>,
}

impl Paging {
    pub(crate) fn page(&self) -> Result<Page, ApiError> {
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if limit > MAX_LIMIT {
            return Err(ApiError::bad_request(format!(
                "limit {limit} is larger than {MAX_LIMIT}"
            )));
        }
        Ok(Page {
            limit: Some(limit),
            offset: self.offset.unwrap_or(0),
        })
    }
}

/// The parameters, or a JSON 400 naming what is wrong with them.
pub(crate) fn parsed<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(t)| t)
        .map_err(|e| ApiError::bad_request(e.body_text()))
}

/// A parameter that means nothing when empty.
pub(crate) fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}
