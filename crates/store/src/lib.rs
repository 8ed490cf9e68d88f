//! The dossier knowledge base: many documents, one set of actors, every fact
//! with its source.
//!
//! One extracted [`Document`](dossier_doc::Document) is a fact sheet; a
//! corpus is a dossier. A [`Store`] is a single SQLite file (WAL mode, no
//! server, bundled with the binary) that keeps every document with its
//! layers, and on each [`Store::ingest`] does three things in one
//! transaction, so that a crash leaves either the whole document or none of
//! it:
//!
//! - **resolves actors across documents**: each per-document entity is
//!   matched by index lookups (never all pairs) on the transliteration key of
//!   its names, its acronyms and its surname against the actors already
//!   known, and joins one when the evidence is strong (the same name, an
//!   alias or acronym some document defined) or when it is the only
//!   candidate (a surname alone). Types must agree, so a person never merges
//!   with an organization of the same name. Why each name joined is kept for
//!   [`Store::why`];
//! - **groups events into stories**: the same kind of event with a
//!   compatible date and a shared actor, or the same trigger on the same
//!   day, is one timeline row listing every source (corroboration);
//! - **files claims under facts**: a quantity about an actor (members,
//!   vehicles, casualties …) or the date of an actor's once-only event
//!   becomes a claim on the fact *(actor, attribute)*; a fact whose claims
//!   cannot all be true is a [`Conflict`].
//!
//! Curation ([`Store::merge`], [`Store::split`], [`Store::alias_add`],
//! [`Store::alias_remove`]) is stored as rules and applied again after every
//! ingest, so a correction survives new documents.
//!
//! The library prints nothing: queries return rows ([`model`]) that
//! serialize to the JSON the command line and the HTTP API give out.
//!
//! ```
//! use dossier_doc::{Document, Entity, EntityKind, Mention, Span};
//! let mut store = dossier_store::Store::open_in_memory().unwrap();
//! let mut doc = Document::new("a.txt", "Saleh Bakri spoke.".to_string());
//! doc.id = "a".repeat(64);
//! doc.entities.push(Entity {
//!     id: "e1".into(), kind: EntityKind::Person, name: "Saleh Bakri".into(),
//!     aliases: vec!["Saleh Bakri".into()],
//!     mentions: vec![Mention { span: Span::new(0, 11), role: None }],
//!     evidence: vec![],
//! });
//! store.ingest(&doc, 18, &Default::default()).unwrap();
//! let actors = store.entities(&Default::default()).unwrap();
//! assert_eq!(actors[0].name, "Saleh Bakri");
//! ```
#![deny(missing_docs)]

mod beside;
mod bulk;
mod curate;
pub mod dates;
mod entity_ops;
mod error;
pub mod export_rows;
mod facts;
mod ingest;
pub mod keys;
pub mod model;
mod pairs;
mod profile;
mod query;
pub mod reader;
mod remove;
mod resolve;
pub mod schema;
mod stories;

use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

pub use curate::Rule;
pub use error::{Error, ErrorKind, Result};
pub use ingest::{IngestOptions, Outcome};
pub use model::*;
pub use profile::Profiler;
pub use query::{ConflictFilter, EntityFilter, Page, QuoteFilter, TimelineFilter};

/// The first 64 bits of a content hash given in hex (a document `id`), the
/// key of [`Store::content_prefixes`]; `None` for a shorter or non-hex id.
pub fn content_prefix(id: &str) -> Option<u64> {
    id.get(..16).and_then(|h| u64::from_str_radix(h, 16).ok())
}

/// How long a connection waits for another writer before giving up.
pub(crate) const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Prepared statements kept per connection (ingest and queries use about 80).
const STATEMENT_CACHE: usize = 256;

/// Page cache of a connection that writes, in KiB (1 GiB): the pages one
/// batch of documents dirties, and the index pages that every batch reads
/// again (an actor's latest rows, the stories events join, the content
/// hashes), on a store of millions. The operating system may drop file
/// pages that sit unread for a while, so what the writer needs again soon
/// is kept here, in memory of its own.
const WRITER_CACHE_KIB: i64 = 1024 * 1024;

/// Page cache of a read-only connection, in KiB (64 MiB).
const READER_CACHE_KIB: i64 = 64 * 1024;

/// Counts of what a store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Documents, every version counted.
    pub documents: i64,
    /// Actors.
    pub entities: i64,
    /// Dated timeline rows.
    pub stories: i64,
    /// Conflicting facts.
    pub conflicts: i64,
}

/// An open knowledge base.
pub struct Store {
    conn: Connection,
    rules: Vec<Rule>,
    nested: Option<usize>,
    helpers: beside::Helpers,
}

/// Rows of a nested list (a timeline row's sources, a conflict's claims)
/// that queries return by default.
pub const NESTED_LIMIT: usize = 10;

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("rules", &self.rules).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let conn = Connection::open(path)?;
        Store::setup(conn, true)
    }

    /// Opens an existing store for reading only; its schema must be current.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Store::setup(conn, false)
    }

    /// A store in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, true)
    }

    fn setup(mut conn: Connection, write: bool) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        if write {
            // WAL: readers never block the writer; NORMAL sync is durable
            // against process crashes and never corrupts on power loss.
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            schema::migrate(&mut conn)?;
            bulk::build_missing_if_idle(&conn)?;
        } else {
            let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if v != schema::CURRENT {
                return Err(Error::new(ErrorKind::TooNew {
                    found: v,
                    known: schema::CURRENT,
                }));
            }
        }
        // A fixed page cache keeps memory flat however large the store grows.
        // The writer's is larger: a batch of documents dirties pages all over
        // the indexes, and a batch that outgrows the cache spills pages to the
        // WAL mid-transaction and reads them back, so ingest would slow down
        // as the store grows. Readers need only the pages of their answer.
        let cache_kib = if write {
            WRITER_CACHE_KIB
        } else {
            READER_CACHE_KIB
        };
        conn.pragma_update(None, "cache_size", -cache_kib)?;
        // Ingest runs a few dozen distinct statements per document; a cache
        // smaller than that would parse them all again for every document.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // Plans that do not depend on bound values: otherwise SQLite marks
        // a statement with `column = ?` to be planned again whenever its
        // bindings are cleared, which the statement cache does on every
        // use, and ingest would parse its statements once per document.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        if write {
            // Checkpoint every GiB of WAL rather than 4 MiB: pages that many
            // documents touch (indexes, counters) are copied back into the
            // database once per checkpoint, not once per few documents, and
            // on a large store those copies are random writes.
            conn.pragma_update(None, "wal_autocheckpoint", 262_144)?;
        }
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        let rules = curate::load_rules(&conn)?;
        Ok(Store {
            helpers: beside::Helpers::new(&conn),
            conn,
            rules,
            nested: Some(NESTED_LIMIT),
        })
    }

    /// The connection, for a helper of another store on the same file.
    pub(crate) fn into_connection(self) -> Connection {
        self.conn
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// True when content with this SHA-256 is already stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM document WHERE id = ?1")?;
        Ok(st.exists([id])?)
    }

    /// The path a content hash is stored under, if it is stored.
    pub fn source_of(&self, id: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        let mut st = self
            .conn
            .prepare_cached("SELECT source FROM document WHERE id = ?1")?;
        Ok(st.query_row([id], |r| r.get(0)).optional()?)
    }

    /// The first 64 bits of every stored content hash (the document `id`,
    /// hex SHA-256), read in one pass over its index. `dossier ingest`
    /// checks new files against this set and asks [`Store::source_of`]
    /// only on a hit, because on a store of millions each of those lookups
    /// is a random read of an index page that is seldom in memory.
    pub fn content_prefixes(&self) -> Result<std::collections::HashSet<u64>> {
        let mut st = self.conn.prepare("SELECT id FROM document")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = std::collections::HashSet::new();
        for id in rows {
            if let Some(p) = content_prefix(&id?) {
                out.insert(p);
            }
        }
        Ok(out)
    }

    /// How much the store holds.
    pub fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(Stats {
            documents: count("SELECT count(*) FROM document")?,
            entities: count("SELECT count(*) FROM entity")?,
            stories: count("SELECT count(*) FROM story WHERE lo IS NOT NULL")?,
            conflicts: count("SELECT count(*) FROM fact WHERE conflicting = 1")?,
        })
    }

    /// Number of stored documents.
    pub fn document_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM document", [], |r| r.get(0))?)
    }

    /// Runs SQLite's `PRAGMA integrity_check`; `ok` when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// How many sources a timeline row and how many claims a conflict list
    /// at most (`None`: all). An event a thousand documents report is one
    /// row whatever this says, and its `source_count` tells how many there
    /// are; the limit is what keeps a query on the most reported actor as
    /// fast in a million documents as in a thousand. Exports lift it.
    pub fn nested_limit(&self) -> Option<usize> {
        self.nested
    }

    /// Sets [`Store::nested_limit`].
    pub fn set_nested_limit(&mut self, limit: Option<usize>) {
        self.nested = limit;
    }

    /// The curation rules in force, in the order they were given.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }
}
