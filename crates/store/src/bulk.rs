//! Bulk ingest: indexes that only queries read are built once, at the end.
//!
//! On a large store, most of what ingest writes is not its rows but the
//! index pages those rows land on: an event joins a story somewhere in the
//! middle of `event_story_span`, so each document dirties a page of it that
//! no other document in the batch shares, and that page is written to the
//! log and again to the database. The indexes of [`schema::DEFERRED`] are
//! read by queries and corrections only, so a run that adds many documents
//! drops them first and builds each in one sorted pass at the end.
//!
//! A missing deferred index is its own marker. `dossier ingest` builds any
//! that an interrupted bulk run left missing when it starts, and opening a
//! store for writing builds them too, but only when no other writer holds
//! the store at that moment: a server started beside a bulk run must not
//! hold up its batches for the minutes a build takes at a million
//! documents. Until then, queries that use them still answer, by scanning.

use rusqlite::Connection;

use crate::error::Result;
use crate::{schema, Store};

impl Store {
    /// Drops the indexes of [`schema::DEFERRED`] before adding many
    /// documents; [`Store::build_indexes`] builds them again.
    pub fn defer_indexes(&mut self) -> Result<()> {
        for (name, _) in schema::DEFERRED {
            self.conn
                .execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
        }
        Ok(())
    }

    /// Builds every index of [`schema::DEFERRED`] the store lacks, and says
    /// how many it built.
    pub fn build_indexes(&mut self) -> Result<usize> {
        build_missing(&self.conn)
    }
}

/// Creates the deferred indexes that `conn` lacks if no other connection
/// is writing right now; otherwise leaves them to that writer (or to the
/// next `dossier ingest`).
pub(crate) fn build_missing_if_idle(conn: &Connection) -> Result<usize> {
    if missing(conn)? == 0 {
        return Ok(0);
    }
    conn.busy_timeout(std::time::Duration::ZERO)?;
    let begun = conn.execute_batch("BEGIN IMMEDIATE");
    conn.busy_timeout(crate::BUSY_TIMEOUT)?;
    match begun {
        Ok(()) => match build_missing(conn) {
            Ok(n) => {
                conn.execute_batch("COMMIT")?;
                Ok(n)
            }
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(e)
            }
        },
        Err(_) => Ok(0),
    }
}

/// How many deferred indexes `conn` lacks.
fn missing(conn: &Connection) -> Result<usize> {
    let mut n = 0;
    for (name, _) in schema::DEFERRED {
        if !present(conn, name)? {
            n += 1;
        }
    }
    Ok(n)
}

fn present(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'index' AND name = ?1",
        [name],
        |r| r.get(0),
    )?)
}

/// Creates the deferred indexes that `conn` lacks.
pub(crate) fn build_missing(conn: &Connection) -> Result<usize> {
    let mut built = 0;
    for (name, sql) in schema::DEFERRED {
        if !present(conn, name)? {
            conn.execute_batch(sql)?;
            built += 1;
        }
    }
    Ok(built)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_sql(store: &Store, name: &str) -> Option<String> {
        store
            .conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .ok()
    }

    #[test]
    fn the_deferred_definitions_are_the_schema_s() {
        let store = Store::open_in_memory().unwrap();
        for (name, sql) in schema::DEFERRED {
            assert_eq!(index_sql(&store, name).as_deref(), Some(*sql), "{name}");
        }
    }

    #[test]
    fn deferred_indexes_come_back_at_the_end_or_at_the_next_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kb.db");
        let mut store = Store::open(&path).unwrap();
        store.defer_indexes().unwrap();
        assert!(schema::DEFERRED
            .iter()
            .all(|(n, _)| index_sql(&store, n).is_none()));
        assert_eq!(store.build_indexes().unwrap(), schema::DEFERRED.len());
        assert_eq!(store.build_indexes().unwrap(), 0);
        // A bulk run that never reached its end: the next writer mends it,
        // but not while another writer (the bulk run itself) holds the store.
        store.defer_indexes().unwrap();
        drop(store);
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let started = std::time::Instant::now();
        let beside = Store::open(&path).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert!(index_sql(&beside, "event_story_span").is_none());
        other.execute_batch("COMMIT").unwrap();
        drop(beside);
        let store = Store::open(&path).unwrap();
        for (name, sql) in schema::DEFERRED {
            assert_eq!(index_sql(&store, name).as_deref(), Some(*sql), "{name}");
        }
    }
}
