//! Conflicts: facts whose claims cannot all be true.

use rusqlite::{params, Connection};

use super::{find_entity, ConflictFilter};
use crate::error::{Error, Result};
use crate::model::{Claim, Conflict};
use crate::Store;

impl Store {
    /// Disputed figures and dates, each with every side.
    pub fn conflicts(&self, filter: &ConflictFilter) -> Result<Vec<Conflict>> {
        let (limit, offset) = (filter.page.sql_limit(), filter.page.sql_offset());
        match &filter.entity {
            Some(name) => {
                let e = find_entity(&self.conn, name)?.ok_or_else(|| Error::no_entity(name))?;
                conflicts_of(&self.conn, Some(e), limit, offset)
            }
            None => conflicts_of(&self.conn, None, limit, offset),
        }
    }
}

/// Conflicting facts, of one actor or of all.
pub(crate) fn conflicts_of(
    conn: &Connection,
    entity: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<Vec<Conflict>> {
    let facts: Vec<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT f.id, e.name, f.attribute FROM fact f JOIN entity e ON e.id = f.subject
             WHERE f.conflicting = 1 AND (?1 IS NULL OR f.subject = ?1)
             ORDER BY f.id LIMIT ?2 OFFSET ?3",
        )?
        .query_map(params![entity, limit, offset], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut claims = conn.prepare_cached(
        "SELECT c.value, c.text, d.source, c.asserted_by, c.kind FROM claim c
         JOIN document d ON d.doc = c.doc WHERE c.fact = ?1 ORDER BY c.doc, c.start",
    )?;
    facts
        .into_iter()
        .map(|(id, subject, attribute)| {
            let claims = claims
                .query_map([id], |r| {
                    Ok(Claim {
                        value: r.get(0)?,
                        text: r.get(1)?,
                        document: r.get(2)?,
                        asserted_by: r.get(3)?,
                        kind: r.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(Conflict {
                id,
                subject,
                attribute,
                claims,
            })
        })
        .collect()
}
