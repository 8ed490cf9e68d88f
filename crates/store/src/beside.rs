//! Independent parts of one answer read side by side, each on a read-only
//! connection of its own.
//!
//! On a store larger than memory, the first view of an actor is a few
//! hundred random page reads, and a connection reads one page at a time. The
//! parts of a dossier (its timeline, the quotations by and about it, its
//! conflicts) do not depend on each other, so running them on separate
//! connections lets the disk serve their reads at once, and the view costs
//! about its largest part instead of the sum of them. On a warm cache the
//! parts cost a thread each.
//!
//! Each helper connection reads the latest committed state when its part
//! starts; a write committed while a dossier is being read may show in one
//! part and not yet in another, as it would between two requests.

use std::cell::RefCell;
use std::thread::{Scope, ScopedJoinHandle};

use rusqlite::Connection;

use crate::error::Result;
use crate::Store;

/// Idle helper connections kept for the next answer, at most.
const IDLE: usize = 8;

/// Page cache of a helper connection, in KiB (8 MiB).
const HELPER_CACHE_KIB: i64 = 8 * 1024;

/// The store's pool of read-only helper connections.
pub(crate) struct Helpers {
    /// The database file; `None` for a store in memory, which has no
    /// second connection and runs every part on its own.
    path: Option<String>,
    idle: RefCell<Vec<Connection>>,
}

impl Helpers {
    pub(crate) fn new(conn: &Connection) -> Helpers {
        Helpers {
            path: conn.path().filter(|p| !p.is_empty()).map(str::to_string),
            idle: RefCell::default(),
        }
    }

    /// An idle connection, or a new one; `None` when none can be opened.
    fn take(&self) -> Option<Connection> {
        if let Some(c) = self.idle.borrow_mut().pop() {
            return Some(c);
        }
        let path = self.path.as_deref()?;
        let conn = Store::open_read_only(path).ok()?.into_connection();
        // A part reads a few hundred pages; a small cache each keeps a pool
        // of helpers per reader from holding much memory.
        conn.pragma_update(None, "cache_size", -HELPER_CACHE_KIB)
            .ok()?;
        Some(conn)
    }

    fn give(&self, conn: Connection) {
        let mut idle = self.idle.borrow_mut();
        if idle.len() < IDLE {
            idle.push(conn);
        }
    }
}

/// A part started by [`Store::beside`]; [`Store::wait`] gives its result.
pub(crate) enum Part<'scope, T> {
    /// Run already, on the store's own connection.
    Done(Result<T>),
    /// Running on a helper connection, which comes back with the result.
    Running(ScopedJoinHandle<'scope, (Result<T>, Connection)>),
}

impl Store {
    /// Starts `read` on a helper connection in a thread of `scope`, or runs
    /// it at once on the store's own connection when there is no helper.
    pub(crate) fn beside<'scope, T, F>(
        &self,
        scope: &'scope Scope<'scope, '_>,
        read: F,
    ) -> Part<'scope, T>
    where
        T: Send + 'scope,
        F: FnOnce(&Connection) -> Result<T> + Send + 'scope,
    {
        match self.helpers.take() {
            Some(conn) => Part::Running(scope.spawn(move || (read(&conn), conn))),
            None => Part::Done(read(&self.conn)),
        }
    }

    /// The result of a part, returning its connection to the pool.
    pub(crate) fn wait<T>(&self, part: Part<'_, T>) -> Result<T> {
        match part {
            Part::Done(r) => r,
            Part::Running(handle) => match handle.join() {
                Ok((r, conn)) => {
                    self.helpers.give(conn);
                    r
                }
                Err(panic) => std::panic::resume_unwind(panic),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_file_lends_helpers_and_a_store_in_memory_has_none() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("kb.db")).unwrap();
        let helper = store.helpers.take().expect("a helper on a file");
        store.helpers.give(helper);
        assert_eq!(store.helpers.idle.borrow().len(), 1);
        let memory = Store::open_in_memory().unwrap();
        assert!(memory.helpers.take().is_none());
        // A part without a helper runs on the store's own connection.
        let n: i64 = std::thread::scope(|s| {
            let part = memory.beside(s, |c| Ok(c.query_row("SELECT 41 + 1", [], |r| r.get(0))?));
            memory.wait(part)
        })
        .unwrap();
        assert_eq!(n, 42);
    }
}
