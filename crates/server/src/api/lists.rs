//! The list queries: sources, entities, timeline, quotes, citations,
//! conflicts and search, each paged by `limit` and `offset`.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use dossier_store::{
    CitationRow, Conflict, ConflictFilter, EntityFilter, EntityRow, QuoteFilter, QuoteRow,
    SearchHit, Source, TimelineFilter, TimelineRow,
};
use serde::Deserialize;

use super::params::{non_empty, parsed, Paging};
use crate::error::ApiError;
use crate::state::AppState;

type Q<T> = Result<Query<T>, QueryRejection>;
type Api<T> = Result<Json<Vec<T>>, ApiError>;

#[derive(Deserialize)]
pub(crate) struct PageOnly {
    limit: Option<usize>,
    offset: Option<usize>,
}

fn paging(limit: Option<usize>, offset: Option<usize>) -> Paging {
    Paging { limit, offset }
}

pub(crate) async fn sources(State(st): State<Arc<AppState>>, q: Q<PageOnly>) -> Api<Source> {
    let p = parsed(q)?;
    let page = paging(p.limit, p.offset).page()?;
    st.read(move |s| Ok(s.sources(page)?)).await.map(Json)
}

#[derive(Deserialize)]
pub(crate) struct EntitiesQuery {
    #[serde(rename = "type")]
    kind: Option<String>,
    min_docs: Option<i64>,
    limit: Option<usize>,
    offset: Option<usize>,
}

pub(crate) async fn entities(
    State(st): State<Arc<AppState>>,
    q: Q<EntitiesQuery>,
) -> Api<EntityRow> {
    let p = parsed(q)?;
    let kind = non_empty(p.kind);
    if let Some(k) = &kind {
        if dossier_doc::EntityKind::parse(k).is_none() {
            return Err(ApiError::bad_request(format!(
                "`{k}` is not a type: use person, organization, location or other"
            )));
        }
    }
    let filter = EntityFilter {
        kind,
        min_docs: p.min_docs.unwrap_or(0),
        page: paging(p.limit, p.offset).page()?,
    };
    st.read(move |s| Ok(s.entities(&filter)?)).await.map(Json)
}

#[derive(Deserialize)]
pub(crate) struct TimelineQuery {
    entity: Option<String>,
    from: Option<String>,
    to: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

pub(crate) async fn timeline(
    State(st): State<Arc<AppState>>,
    q: Q<TimelineQuery>,
) -> Api<TimelineRow> {
    let p = parsed(q)?;
    let filter = TimelineFilter {
        entity: non_empty(p.entity),
        from: checked_date("from", non_empty(p.from))?,
        to: checked_date("to", non_empty(p.to))?,
        page: paging(p.limit, p.offset).page()?,
    };
    st.read(move |s| Ok(s.timeline(&filter)?)).await.map(Json)
}

/// A date bound must be a calendar date of some precision; anything else is
/// refused rather than silently meaning "no bound".
fn checked_date(name: &str, v: Option<String>) -> Result<Option<String>, ApiError> {
    match v {
        Some(d) if dossier_store::dates::range(d.trim()).is_none() => Err(ApiError::bad_request(
            format!("`{name}` must be a date such as 1991, 1991-03 or 1991-03-05, not `{d}`"),
        )),
        v => Ok(v.map(|d| d.trim().to_string())),
    }
}

#[derive(Deserialize)]
pub(crate) struct QuotesQuery {
    speaker: Option<String>,
    about: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

pub(crate) async fn quotes(State(st): State<Arc<AppState>>, q: Q<QuotesQuery>) -> Api<QuoteRow> {
    let p = parsed(q)?;
    let filter = QuoteFilter {
        speaker: non_empty(p.speaker),
        about: non_empty(p.about),
        page: paging(p.limit, p.offset).page()?,
    };
    st.read(move |s| Ok(s.quotes(&filter)?)).await.map(Json)
}

pub(crate) async fn citations(State(st): State<Arc<AppState>>, q: Q<PageOnly>) -> Api<CitationRow> {
    let p = parsed(q)?;
    let page = paging(p.limit, p.offset).page()?;
    st.read(move |s| Ok(s.citations(page)?)).await.map(Json)
}

#[derive(Deserialize)]
pub(crate) struct ConflictsQuery {
    entity: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

pub(crate) async fn conflicts(
    State(st): State<Arc<AppState>>,
    q: Q<ConflictsQuery>,
) -> Api<Conflict> {
    let p = parsed(q)?;
    let filter = ConflictFilter {
        entity: non_empty(p.entity),
        page: paging(p.limit, p.offset).page()?,
    };
    st.read(move |s| Ok(s.conflicts(&filter)?)).await.map(Json)
}

#[derive(Deserialize)]
pub(crate) struct SearchQuery {
    q: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

/// Longest search text accepted; longer queries are refused, not cut.
const MAX_QUERY: usize = 1000;

pub(crate) async fn search(State(st): State<Arc<AppState>>, q: Q<SearchQuery>) -> Api<SearchHit> {
    let p = parsed(q)?;
    let text = p.q.unwrap_or_default();
    if text.len() > MAX_QUERY {
        return Err(ApiError::bad_request(format!(
            "the search text is longer than {MAX_QUERY} bytes"
        )));
    }
    // Control characters (a NUL above all) mean nothing in a search and
    // would reach the full-text parser; they count as spaces.
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let page = paging(p.limit, p.offset).page()?;
    st.read(move |s| Ok(s.search(&text, page)?)).await.map(Json)
}
