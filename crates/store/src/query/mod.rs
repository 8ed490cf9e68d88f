//! Read-only queries: each takes a filter and returns rows of [`crate::model`].
//!
//! Every list is served from an index whose leading columns match the
//! filter (see `docs/knowledge-base.md`), and every list takes a [`Page`],
//! so a query's cost follows the size of its answer, not of the store.

mod conflicts;
mod dossier;
mod lists;
mod search;
mod timeline;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::keys;

pub(crate) use conflicts::conflicts_of;

/// Which slice of a list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Page {
    /// Most rows to return; `None` for all.
    pub limit: Option<usize>,
    /// Rows to skip.
    pub offset: usize,
}

impl Page {
    /// The first `n` rows.
    pub fn first(n: usize) -> Page {
        Page {
            limit: Some(n),
            offset: 0,
        }
    }

    pub(crate) fn sql_limit(&self) -> i64 {
        self.limit.map_or(-1, |n| n.min(i64::MAX as usize) as i64)
    }

    pub(crate) fn sql_offset(&self) -> i64 {
        self.offset.min(i64::MAX as usize) as i64
    }
}

/// Filter for [`Store::entities`](crate::Store::entities).
#[derive(Debug, Clone, Default)]
pub struct EntityFilter {
    /// Only this type (`person`, `organization`, `location`, `other`).
    pub kind: Option<String>,
    /// Only actors in at least this many documents.
    pub min_docs: i64,
    /// Which rows.
    pub page: Page,
}

/// Filter for [`Store::timeline`](crate::Store::timeline).
#[derive(Debug, Clone, Default)]
pub struct TimelineFilter {
    /// Only events of this actor (a name, an alias or an id).
    pub entity: Option<String>,
    /// Only events that may fall on or after this date (any precision).
    pub from: Option<String>,
    /// Only events that may fall on or before this date (any precision).
    pub to: Option<String>,
    /// Which rows.
    pub page: Page,
}

/// Filter for [`Store::quotes`](crate::Store::quotes).
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// Only quotations spoken by this actor.
    pub speaker: Option<String>,
    /// Only quotations naming this actor.
    pub about: Option<String>,
    /// Which rows.
    pub page: Page,
}

/// Filter for [`Store::conflicts`](crate::Store::conflicts).
#[derive(Debug, Clone, Default)]
pub struct ConflictFilter {
    /// Only conflicts about this actor.
    pub entity: Option<String>,
    /// Which rows.
    pub page: Page,
}

/// The actor a person means by `name`: an id, or the actor with that name
/// or alias (by normalization key), preferring the one whose own name it is,
/// then the one in most documents.
pub(crate) fn find_entity(conn: &Connection, name: &str) -> Result<Option<i64>> {
    let name = name.trim();
    if let Ok(id) = name.parse::<i64>() {
        let found = conn
            .prepare_cached("SELECT id FROM entity WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    let k = keys::key(name);
    if k.is_empty() {
        return Ok(None);
    }
    let rows: Vec<(i64, i64, String, i64)> = conn
        .prepare_cached(
            "SELECT a.entity, a.class, e.name, e.docs FROM entity_alias a
             JOIN entity e ON e.id = a.entity WHERE a.key = ?1 LIMIT 256",
        )?
        .query_map(params![k], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .max_by_key(|(id, class, ename, docs)| {
            (
                keys::key(ename) == k,
                *class >= keys::SHORT,
                *class,
                *docs,
                -id,
            )
        })
        .map(|r| r.0))
}

/// Bounds of a `--from`/`--to` date of any precision, as `YYYYMMDD`.
pub(crate) fn day_bounds(value: Option<&str>, upper: bool) -> i64 {
    match value.and_then(crate::dates::range) {
        Some(r) if upper => r.hi,
        Some(r) => r.lo,
        None if upper => i64::MAX,
        None => i64::MIN,
    }
}
