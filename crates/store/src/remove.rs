//! Dropping documents (`--replace`): every row they brought, and the
//! counters, stories, facts and actors built from them.

use rusqlite::Connection;

use crate::curate::Rule;
use crate::error::Result;
use crate::{entity_ops, facts, stories};

/// Removes every stored version of `source`; returns how many were removed.
pub(crate) fn remove_source(conn: &Connection, rules: &[Rule], source: &str) -> Result<usize> {
    let docs: Vec<i64> = conn
        .prepare("SELECT doc FROM document WHERE source = ?1")?
        .query_map([source], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for d in &docs {
        remove_doc(conn, rules, *d)?;
    }
    Ok(docs.len())
}

fn ids(conn: &Connection, sql: &str, doc: i64) -> Result<Vec<i64>> {
    Ok(conn
        .prepare(sql)?
        .query_map([doc], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Removes one document and repairs what was derived from it.
pub(crate) fn remove_doc(conn: &Connection, rules: &[Rule], doc: i64) -> Result<()> {
    let entities = ids(
        conn,
        "SELECT DISTINCT entity FROM local_entity WHERE doc = ?1",
        doc,
    )?;
    let story_ids = ids(conn, "SELECT DISTINCT story FROM event WHERE doc = ?1", doc)?;
    let fact_ids = ids(conn, "SELECT DISTINCT fact FROM claim WHERE doc = ?1", doc)?;
    for sql in [
        "UPDATE work SET n = n - (SELECT count(*) FROM citation c WHERE c.doc = ?1 AND c.work = work.id)
         WHERE id IN (SELECT work FROM citation WHERE doc = ?1)",
        "DELETE FROM citation WHERE doc = ?1",
        "DELETE FROM event_actor WHERE event IN (SELECT id FROM event WHERE doc = ?1)",
        "DELETE FROM event WHERE doc = ?1",
        "DELETE FROM quote_about WHERE quote IN (SELECT id FROM quote WHERE doc = ?1)",
        "DELETE FROM quote WHERE doc = ?1",
        "DELETE FROM claim WHERE doc = ?1",
        "DELETE FROM quantity WHERE doc = ?1",
        "DELETE FROM link WHERE local IN (SELECT id FROM local_entity WHERE doc = ?1)",
        "DELETE FROM local_entity WHERE doc = ?1",
        "DELETE FROM sentence_fts WHERE rowid IN (SELECT id FROM sentence WHERE doc = ?1)",
        "DELETE FROM sentence WHERE doc = ?1",
        "DELETE FROM document WHERE doc = ?1",
    ] {
        conn.execute(sql, [doc])?;
    }
    conn.execute("DELETE FROM work WHERE n <= 0", [])?;
    for s in story_ids {
        stories::recompute(conn, s)?;
    }
    for f in fact_ids {
        facts::recompute(conn, f)?;
    }
    for e in entities {
        entity_ops::recompute(conn, rules, e)?;
    }
    Ok(())
}
