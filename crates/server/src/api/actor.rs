//! One actor's dossier, and the network of actors linked by events.

use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::Json;
use dossier_store::reader::Network;
use dossier_store::{Dossier, Page};
use serde::Deserialize;

use super::params::{non_empty, parsed};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Deserialize)]
pub(crate) struct EntityQuery {
    /// Also return why each name was merged (`why=true`), as `entity --why` does.
    why: Option<bool>,
}

/// Merge evidence rows returned with `why=true`.
const WHY_ROWS: usize = 1000;

pub(crate) async fn entity(
    State(st): State<Arc<AppState>>,
    Path(name): Path<String>,
    q: Result<Query<EntityQuery>, QueryRejection>,
) -> Result<Json<Dossier>, ApiError> {
    let why = parsed(q)?.why.unwrap_or(false);
    st.read(move |s| {
        let mut d = s.entity(&name)?;
        if why {
            d.why = s.why(&d.id.to_string(), Page::first(WHY_ROWS))?;
        }
        Ok(d)
    })
    .await
    .map(Json)
}

#[derive(Deserialize)]
pub(crate) struct NetworkQuery {
    entity: Option<String>,
    limit: Option<usize>,
}

/// Links returned when the client does not say, and at most.
const NETWORK_DEFAULT: usize = 300;
const NETWORK_MAX: usize = 5000;

pub(crate) async fn network(
    State(st): State<Arc<AppState>>,
    q: Result<Query<NetworkQuery>, QueryRejection>,
) -> Result<Json<Network>, ApiError> {
    let p = parsed(q)?;
    let limit = p.limit.unwrap_or(NETWORK_DEFAULT);
    if limit > NETWORK_MAX {
        return Err(ApiError::bad_request(format!(
            "limit {limit} is larger than {NETWORK_MAX}"
        )));
    }
    let entity = non_empty(p.entity);
    st.read(move |s| {
        let id = match entity {
            Some(name) => Some(s.entity(&name)?.id),
            None => None,
        };
        Ok(s.network(id, limit)?)
    })
    .await
    .map(Json)
}
