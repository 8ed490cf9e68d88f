//! Conflicts: facts whose claims cannot all be true.

use rusqlite::{params, Connection, OptionalExtension};

use super::{find_entity, ConflictFilter};
use crate::error::{Error, Result};
use crate::model::{Claim, Conflict};
use crate::Store;

impl Store {
    /// Disputed figures and dates, each with every side.
    pub fn conflicts(&self, filter: &ConflictFilter) -> Result<Vec<Conflict>> {
        let (limit, offset) = (filter.page.sql_limit(), filter.page.sql_offset());
        let entity = match &filter.entity {
            Some(name) => {
                Some(find_entity(&self.conn, name)?.ok_or_else(|| Error::no_entity(name))?)
            }
            None => None,
        };
        conflicts_of(&self.conn, entity, limit, offset, self.nested)
    }
}

const CLAIM_COLUMNS: &str = "c.value, c.text, d.source, c.asserted_by, c.kind";

fn claim(r: &rusqlite::Row) -> rusqlite::Result<Claim> {
    Ok(Claim {
        value: r.get(0)?,
        text: r.get(1)?,
        document: r.get(2)?,
        asserted_by: r.get(3)?,
        kind: r.get(4)?,
    })
}

/// Conflicting facts, of one actor or of all, with at most `nested` claims each.
pub(crate) fn conflicts_of(
    conn: &Connection,
    entity: Option<i64>,
    limit: i64,
    offset: i64,
    nested: Option<usize>,
) -> Result<Vec<Conflict>> {
    // Two statements, as plans do not depend on bound values: one actor's
    // disputed facts come from `fact_subject_conflicting(subject, id)`, all
    // of them from `fact_conflicting(conflicting, id)`, in order either way.
    let sql = match entity {
        Some(_) => {
            "SELECT f.id, e.name, f.attribute, f.claims FROM fact f JOIN entity e ON e.id = f.subject
             WHERE f.subject = ?1 AND f.conflicting = 1 ORDER BY f.id LIMIT ?2 OFFSET ?3"
        }
        None => {
            "SELECT f.id, e.name, f.attribute, f.claims FROM fact f JOIN entity e ON e.id = f.subject
             WHERE f.conflicting = 1 AND ?1 IS NULL ORDER BY f.id LIMIT ?2 OFFSET ?3"
        }
    };
    let facts: Vec<(i64, String, String, i64)> = conn
        .prepare_cached(sql)?
        .query_map(params![entity, limit, offset], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    facts
        .into_iter()
        .map(|(id, subject, attribute, claim_count)| {
            let claims = match nested {
                Some(n) if claim_count > n as i64 => distinct_claims(conn, id, n)?,
                _ => all_claims(conn, id)?,
            };
            Ok(Conflict {
                id,
                subject,
                attribute,
                claims,
                claim_count,
            })
        })
        .collect()
}

/// Every claim of a fact, in document order.
fn all_claims(conn: &Connection, fact: i64) -> Result<Vec<Claim>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {CLAIM_COLUMNS} FROM claim c JOIN document d ON d.doc = c.doc
         WHERE c.fact = ?1 ORDER BY c.doc, c.start"
    ))?;
    let rows = st.query_map([fact], claim)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The first claim of each distinct value of a fact with many claims, at
/// most `n`, in document order. The values come from `fact_value` (one row
/// per value with its first claim, kept on write) through
/// `fact_value_doc(fact, doc, start)`, read in order and stopping after `n`;
/// each claim is then one probe of `claim_fact_value(fact, value, doc, start)`.
fn distinct_claims(conn: &Connection, fact: i64, n: usize) -> Result<Vec<Claim>> {
    let firsts: Vec<(String, i64, i64)> = conn
        .prepare_cached(
            "SELECT value, doc, start FROM fact_value WHERE fact = ?1 ORDER BY doc, start LIMIT ?2",
        )?
        .query_map(params![fact, n.min(i64::MAX as usize) as i64], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut one = conn.prepare_cached(&format!(
        "SELECT {CLAIM_COLUMNS} FROM claim c JOIN document d ON d.doc = c.doc
         WHERE c.fact = ?1 AND c.value = ?2 AND c.doc = ?3 AND c.start = ?4 LIMIT 1"
    ))?;
    let mut out = Vec::with_capacity(firsts.len());
    for (value, doc, start) in firsts {
        if let Some(c) = one
            .query_row(params![fact, value, doc, start], claim)
            .optional()?
        {
            out.push(c);
        }
    }
    Ok(out)
}
