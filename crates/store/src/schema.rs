//! The on-disk format: ordered migrations and the version stamp.
//!
//! The schema version is SQLite's `user_version`. Each entry of
//! [`MIGRATIONS`] moves a store from version `i` to `i + 1`; opening a store
//! applies the missing steps in one transaction, so a store is always at a
//! version some release wrote. Steps are never edited once released: a change
//! is a new step (tests open a store written by version 1, checked in under
//! `tests/fixtures/`).

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, ErrorKind, Result};

/// Ordered migration steps; `MIGRATIONS[i]` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1, V2, V3, V4];

/// The version a store has once every known migration ran.
pub const CURRENT: i64 = MIGRATIONS.len() as i64;

/// Version 1: documents, sentences with a full-text index, per-document
/// entities and the actors they resolve to, events grouped into stories,
/// quotations, citations grouped into works, quantities, facts with claims,
/// and curation rules.
const V1: &str = r#"
CREATE TABLE document (
    doc INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    version INTEGER NOT NULL,
    title TEXT,
    date TEXT,
    text TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    n_sentences INTEGER NOT NULL,
    n_entities INTEGER NOT NULL,
    n_times INTEGER NOT NULL,
    n_quotes INTEGER NOT NULL,
    n_citations INTEGER NOT NULL,
    n_quantities INTEGER NOT NULL,
    n_events INTEGER NOT NULL
);
CREATE INDEX document_source ON document(source, version);

CREATE TABLE sentence (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX sentence_doc ON sentence(doc);
CREATE VIRTUAL TABLE sentence_fts USING fts5(
    text, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE entity (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    docs INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    n_person INTEGER NOT NULL DEFAULT 0,
    n_organization INTEGER NOT NULL DEFAULT 0,
    n_location INTEGER NOT NULL DEFAULT 0,
    n_other INTEGER NOT NULL DEFAULT 0,
    first TEXT,
    first_lo INTEGER,
    last TEXT,
    last_hi INTEGER
);
CREATE INDEX entity_docs ON entity(docs DESC, id);
CREATE INDEX entity_kind_docs ON entity(kind, docs DESC, id);

CREATE TABLE local_entity (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    spans TEXT NOT NULL,
    roles TEXT NOT NULL,
    evidence TEXT NOT NULL,
    entity INTEGER NOT NULL
);
CREATE INDEX local_entity_entity ON local_entity(entity, doc);
CREATE INDEX local_entity_doc ON local_entity(doc);

CREATE TABLE entity_alias (
    entity INTEGER NOT NULL,
    surface TEXT NOT NULL,
    key TEXT NOT NULL,
    class INTEGER NOT NULL,
    n INTEGER NOT NULL,
    named INTEGER NOT NULL,
    first_local INTEGER NOT NULL,
    PRIMARY KEY (entity, surface)
) WITHOUT ROWID;
CREATE INDEX entity_alias_key ON entity_alias(key);

CREATE TABLE link (
    local INTEGER NOT NULL,
    rule TEXT NOT NULL,
    alias TEXT,
    other INTEGER
);
CREATE INDEX link_local ON link(local);

CREATE TABLE story (
    id INTEGER PRIMARY KEY,
    date TEXT,
    lo INTEGER,
    hi INTEGER,
    kind TEXT NOT NULL,
    trigger TEXT NOT NULL,
    text TEXT NOT NULL,
    sources INTEGER NOT NULL
);
CREATE INDEX story_lo ON story(lo, hi DESC);
CREATE INDEX story_kind ON story(kind, lo, hi);

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    lo INTEGER,
    hi INTEGER,
    kind TEXT NOT NULL,
    trigger TEXT NOT NULL,
    location INTEGER,
    story INTEGER NOT NULL
);
CREATE INDEX event_doc ON event(doc);
CREATE INDEX event_story ON event(story);

CREATE TABLE event_actor (
    event INTEGER NOT NULL,
    local INTEGER NOT NULL,
    entity INTEGER NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX event_actor_event ON event_actor(event);
CREATE INDEX event_actor_local ON event_actor(local);
CREATE INDEX event_actor_entity ON event_actor(entity);

CREATE TABLE story_actor (
    entity INTEGER NOT NULL,
    story INTEGER NOT NULL,
    kind TEXT NOT NULL,
    lo INTEGER,
    hi INTEGER,
    PRIMARY KEY (entity, story)
) WITHOUT ROWID;
CREATE INDEX story_actor_story ON story_actor(story);
CREATE INDEX story_actor_kind ON story_actor(entity, kind, lo);

CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_local INTEGER,
    speaker_entity INTEGER,
    date TEXT,
    cue TEXT,
    kind TEXT NOT NULL,
    via TEXT NOT NULL,
    anonymous INTEGER NOT NULL
);
CREATE INDEX quote_doc ON quote(doc);
CREATE INDEX quote_speaker ON quote(speaker_entity);
CREATE INDEX quote_speaker_local ON quote(speaker_local);

CREATE TABLE quote_about (
    quote INTEGER NOT NULL,
    local INTEGER NOT NULL,
    entity INTEGER NOT NULL
);
CREATE INDEX quote_about_entity ON quote_about(entity);
CREATE INDEX quote_about_quote ON quote_about(quote);
CREATE INDEX quote_about_local ON quote_about(local);

CREATE TABLE work (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    author TEXT,
    title TEXT,
    year TEXT,
    n INTEGER NOT NULL
);
CREATE INDEX work_n ON work(n DESC, id);

CREATE TABLE citation (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    work INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    page TEXT
);
CREATE INDEX citation_doc ON citation(doc);
CREATE INDEX citation_work ON citation(work, doc);

CREATE TABLE quantity (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    unit TEXT,
    approximate INTEGER NOT NULL,
    claimed INTEGER NOT NULL,
    claimant TEXT,
    hedge TEXT
);
CREATE INDEX quantity_doc ON quantity(doc);

CREATE TABLE fact (
    id INTEGER PRIMARY KEY,
    subject INTEGER NOT NULL,
    attribute TEXT NOT NULL,
    claims INTEGER NOT NULL,
    min_hi REAL NOT NULL,
    max_lo REAL NOT NULL,
    conflicting INTEGER NOT NULL
);
CREATE UNIQUE INDEX fact_key ON fact(subject, attribute);
CREATE INDEX fact_conflicting ON fact(conflicting, id);

CREATE TABLE claim (
    id INTEGER PRIMARY KEY,
    fact INTEGER NOT NULL,
    doc INTEGER NOT NULL,
    subject_local INTEGER NOT NULL,
    value TEXT NOT NULL,
    lo REAL NOT NULL,
    hi REAL NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    asserted_by TEXT,
    kind TEXT NOT NULL
);
CREATE INDEX claim_fact ON claim(fact);
CREATE INDEX claim_doc ON claim(doc);
CREATE INDEX claim_local ON claim(subject_local);

CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    op TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL
);
"#;

/// Version 2: indexes that keep queries on the largest actors, stories
/// and facts as cheap as on small ones. A story's sources and an actor's
/// quotations are read in the order they are shown, so a query stops after
/// the rows it returns; a fact's claims are grouped by value straight from
/// the index.
const V2: &str = r#"
CREATE INDEX event_story_doc ON event(story, doc, start);
DROP INDEX event_story;
CREATE INDEX claim_fact_value ON claim(fact, value, doc, start);
DROP INDEX claim_fact;
CREATE INDEX quote_about_entity_quote ON quote_about(entity, quote);
DROP INDEX quote_about_entity;
"#;

/// Version 3: every part of an actor's dossier read from an index in the
/// order shown, so it costs the same for an actor in ten documents as for
/// one in a hundred thousand. An actor's timeline comes from
/// `story_actor_lo` (its rows carry their story's dates), and a row's first
/// sources from `event_story_span`, which holds their offsets too, so the
/// event rows themselves are not read; its conflicts
/// from a partial index of the disputed facts; the actors it shares events
/// with from `actor_pair`, a count kept on write; and a much-disputed
/// fact's values, in the order sources first gave them, from `fact_value`,
/// one row per distinct value kept on write.
const V3: &str = r#"
CREATE INDEX story_actor_lo ON story_actor(entity, lo, hi DESC, story);
CREATE INDEX event_story_span ON event(story, doc, start, end);
DROP INDEX event_story_doc;
CREATE INDEX fact_subject_conflicting ON fact(subject, id) WHERE conflicting = 1;

CREATE TABLE actor_pair (
    entity INTEGER NOT NULL,
    other INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (entity, other)
) WITHOUT ROWID;
CREATE INDEX actor_pair_n ON actor_pair(entity, n DESC, other);
INSERT INTO actor_pair (entity, other, n)
    SELECT a.entity, b.entity, count(*) FROM story_actor a
    JOIN story_actor b ON b.story = a.story AND b.entity <> a.entity
    GROUP BY a.entity, b.entity;

CREATE TABLE fact_value (
    fact INTEGER NOT NULL,
    value TEXT NOT NULL,
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    PRIMARY KEY (fact, value)
) WITHOUT ROWID;
CREATE INDEX fact_value_doc ON fact_value(fact, doc, start);
INSERT OR IGNORE INTO fact_value (fact, value, doc, start)
    SELECT fact, value, doc, start FROM claim ORDER BY fact, doc, start;
"#;

/// Version 4: the widest story's width in one index step, so that finding
/// the story an event joins scans an actor's stories within that width of
/// the event's date instead of all its earlier stories.
const V4: &str = r#"
CREATE INDEX story_width ON story(hi - lo);
"#;

/// Indexes that only queries and corrections read, never ingest, with their
/// definitions (the same as in the steps above). Ingest adds to each at a
/// random place (a story's sources, a work's citations), so each document
/// dirties a page of each in every batch; a bulk ingest drops them and
/// builds them once at its end, in one sorted pass (see [`crate::Store::defer_indexes`]).
pub const DEFERRED: &[(&str, &str)] = &[
    (
        "event_story_span",
        "CREATE INDEX event_story_span ON event(story, doc, start, end)",
    ),
    (
        "citation_work",
        "CREATE INDEX citation_work ON citation(work, doc)",
    ),
];

/// Brings `conn` to [`CURRENT`], applying missing steps in one transaction.
pub fn migrate(conn: &mut Connection) -> Result<i64> {
    migrate_to(conn, CURRENT)
}

/// Brings `conn` to version `target` (tests use it to write old formats).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<i64> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > CURRENT {
        return Err(Error::new(ErrorKind::TooNew {
            found,
            known: CURRENT,
        }));
    }
    if found >= target {
        return Ok(found);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for step in &MIGRATIONS[found as usize..target as usize] {
        tx.execute_batch(step)?;
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(target)
}
