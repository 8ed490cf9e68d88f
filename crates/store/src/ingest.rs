//! Writing one extracted document, all of it or nothing.

use std::collections::HashMap;

use dossier_doc::{CharMap, Document, Span};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::error::{Error, Result};
use crate::{curate, facts, remove, resolve, stories, Store};

/// How [`Store::ingest`] treats a path already stored with other content.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Drop every older version of the same path instead of keeping it.
    pub replace: bool,
}

/// What [`Store::ingest`] did with a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stored as version `version` of its path; `replaced` older versions dropped.
    Added {
        /// 1 for the first content at this path.
        version: i64,
        /// Older versions removed by `--replace`.
        replaced: usize,
    },
    /// The same content at the same path is already stored.
    Unchanged,
    /// The same content is already stored under another path.
    Duplicate {
        /// The path it is stored under.
        source: String,
    },
}

/// Per-document entity ids (`e1` …) to store rows of `local_entity`.
pub(crate) type Locals = HashMap<String, i64>;

/// Code-point offsets of a byte span.
pub(crate) struct Offsets(CharMap);

impl Offsets {
    pub(crate) fn of(&self, s: Span) -> (i64, i64) {
        (self.0.chars(s.start) as i64, self.0.chars(s.end) as i64)
    }
}

impl Store {
    /// Stores `doc` (whose `id` is the SHA-256 of its `bytes`-long source)
    /// in one transaction: the document, its layers, the actors it resolves
    /// to, its events' stories and its claims. Content already stored is not
    /// stored again.
    pub fn ingest(
        &mut self,
        doc: &Document,
        bytes: u64,
        options: &IngestOptions,
    ) -> Result<Outcome> {
        // IMMEDIATE takes the write lock up front, waiting out another
        // writer (the server beside `dossier ingest`) under the busy
        // timeout; a deferred transaction would read first and then fail
        // with "database is locked" when upgrading after a commit elsewhere.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut fts = FtsRows::default();
        let outcome = ingest_one(&tx, &self.rules, doc, bytes, options, &mut fts)?;
        fts.insert(&tx)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Stores several documents in one transaction. A crash before the
    /// commit stores none of them, so every document is still all there or
    /// not there at all; when one of them fails, the batch is rolled back
    /// and each document is stored again in a transaction of its own, so
    /// the failure is that document's alone.
    ///
    /// One commit for many documents is what makes bulk ingest fast: pages
    /// that every document touches (the indexes of actors, stories and
    /// facts, the full-text index) are written to the log once per batch
    /// instead of once per document. (Savepoints would isolate a failure
    /// more cheaply on paper, but the full-text index writes its pending
    /// terms out at every savepoint, which costs more than the rare retry.)
    /// The outer error is a failed commit, in which case none of the batch
    /// is stored; otherwise there is one result per document, in order.
    pub fn ingest_batch<'d>(
        &mut self,
        docs: impl IntoIterator<Item = (&'d Document, u64)>,
        options: &IngestOptions,
    ) -> Result<Vec<Result<Outcome>>> {
        let docs: Vec<(&Document, u64)> = docs.into_iter().collect();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut out = Vec::with_capacity(docs.len());
        let mut fts = FtsRows::default();
        for &(doc, bytes) in &docs {
            match ingest_one(&tx, &self.rules, doc, bytes, options, &mut fts) {
                Ok(outcome) => out.push(Ok(outcome)),
                Err(_) => break,
            }
        }
        if out.len() == docs.len() && fts.insert(&tx).is_ok() {
            tx.commit()?;
            return Ok(out);
        }
        drop(tx);
        Ok(docs
            .into_iter()
            .map(|(doc, bytes)| self.ingest(doc, bytes, options))
            .collect())
    }
}

/// Writes one document inside the caller's transaction.
fn ingest_one<'d>(
    tx: &Connection,
    rules: &[curate::Rule],
    doc: &'d Document,
    bytes: u64,
    options: &IngestOptions,
    fts: &mut FtsRows<'d>,
) -> Result<Outcome> {
    if doc.id.is_empty() {
        return Err(Error::curation(format!(
            "{}: the document has no content hash",
            doc.source
        )));
    }
    let known: Option<String> = tx
        .prepare_cached("SELECT source FROM document WHERE id = ?1")?
        .query_row([&doc.id], |r| r.get(0))
        .optional()?;
    if let Some(source) = known {
        return Ok(if source == doc.source {
            Outcome::Unchanged
        } else {
            Outcome::Duplicate { source }
        });
    }
    let replaced = if options.replace {
        remove::remove_source(tx, rules, &doc.source)?
    } else {
        0
    };
    let version: i64 = tx
        .prepare_cached("SELECT coalesce(max(version), 0) + 1 FROM document WHERE source = ?1")?
        .query_row([&doc.source], |r| r.get(0))?;
    let docid = insert_document(tx, doc, bytes, version)?;
    let at = Offsets(CharMap::new(&doc.text));
    write_sentences(tx, doc, docid, &at, fts)?;
    let locals = write_entities(tx, rules, doc, docid, &at)?;
    stories::write_events(tx, doc, docid, &locals, &at)?;
    write_quotes(tx, doc, docid, &locals, &at)?;
    write_citations(tx, doc, docid, &at)?;
    write_quantities(tx, doc, docid, &at)?;
    facts::file_claims(tx, doc, docid, &locals, &at)?;
    Ok(Outcome::Added { version, replaced })
}

fn insert_document(conn: &Connection, doc: &Document, bytes: u64, version: i64) -> Result<i64> {
    let content = doc
        .content_sentences()
        .filter(|(_, s)| !doc.slice(s.span).trim().is_empty())
        .count() as i64;
    conn.prepare_cached(
        "INSERT INTO document (id, source, version, title, date, text, bytes, ingested_at,
            n_sentences, n_entities, n_times, n_quotes, n_citations, n_quantities, n_events)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, datetime('now'), ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        doc.id,
        doc.source,
        version,
        doc.title,
        doc.date,
        doc.text,
        bytes as i64,
        content,
        doc.entities.len() as i64,
        doc.times.len() as i64,
        doc.quotes.len() as i64,
        doc.citations.len() as i64,
        doc.quantities.len() as i64,
        doc.events.len() as i64,
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Sentences waiting for the full-text index, written by one statement at
/// the end of the transaction. FTS5 writes its pending terms out to the
/// index at every statement that changes it, so one statement per sentence
/// would make a tiny index segment per sentence, and merging those is most
/// of what indexing costs.
#[derive(Default)]
pub(crate) struct FtsRows<'d> {
    rows: Vec<(i64, &'d str)>,
}

impl FtsRows<'_> {
    /// Indexes every pending sentence in one statement.
    fn insert(&mut self, conn: &Connection) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let json = serde_json::to_string(&self.rows)?;
        conn.prepare_cached(
            "INSERT INTO sentence_fts (rowid, text)
             SELECT value ->> 0, value ->> 1 FROM json_each(?1)",
        )?
        .execute([json])?;
        self.rows.clear();
        Ok(())
    }
}

fn write_sentences<'d>(
    conn: &Connection,
    doc: &'d Document,
    docid: i64,
    at: &Offsets,
    fts: &mut FtsRows<'d>,
) -> Result<()> {
    let mut row =
        conn.prepare_cached("INSERT INTO sentence (doc, start, end) VALUES (?1, ?2, ?3)")?;
    for (_, s) in doc.content_sentences() {
        let text = doc.slice(s.span);
        if text.trim().is_empty() {
            continue;
        }
        let (start, end) = at.of(s.span);
        row.execute(params![docid, start, end])?;
        fts.rows.push((conn.last_insert_rowid(), text));
    }
    Ok(())
}

fn write_entities(
    conn: &Connection,
    rules: &[curate::Rule],
    doc: &Document,
    docid: i64,
    at: &Offsets,
) -> Result<Locals> {
    let mut locals = Locals::new();
    let mut insert = conn.prepare_cached(
        "INSERT INTO local_entity (doc, local_id, kind, name, name_key, aliases, mentions, spans, roles, evidence, entity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0)",
    )?;
    for e in &doc.entities {
        if e.name.trim().is_empty() {
            continue;
        }
        let spans: Vec<(i64, i64)> = e.mentions.iter().map(|m| at.of(m.span)).collect();
        let mut roles: Vec<&str> = Vec::new();
        for r in e.mentions.iter().filter_map(|m| m.role.as_deref()) {
            if !roles.contains(&r) {
                roles.push(r);
            }
        }
        insert.execute(params![
            docid,
            e.id,
            e.kind.as_str(),
            e.name,
            crate::keys::key(&e.name),
            serde_json::to_string(&e.aliases)?,
            e.mentions.len() as i64,
            serde_json::to_string(&spans)?,
            serde_json::to_string(&roles)?,
            serde_json::to_string(&e.evidence)?,
        ])?;
        let local = conn.last_insert_rowid();
        resolve::resolve(conn, rules, local, e, docid, doc.date.as_deref())?;
        locals.insert(e.id.clone(), local);
    }
    Ok(locals)
}

/// The actor a per-document entity belongs to now (merges may have moved it).
pub(crate) fn entity_of(conn: &Connection, local: i64) -> Result<i64> {
    let mut st = conn.prepare_cached("SELECT entity FROM local_entity WHERE id = ?1")?;
    Ok(st.query_row([local], |r| r.get(0))?)
}

fn write_quotes(
    conn: &Connection,
    doc: &Document,
    docid: i64,
    locals: &Locals,
    at: &Offsets,
) -> Result<()> {
    // Every mention, sorted, so each quote finds the ones inside it by binary search.
    let mut mentions: Vec<(usize, usize, i64)> = Vec::new();
    for e in &doc.entities {
        if let Some(&l) = locals.get(&e.id) {
            mentions.extend(e.mentions.iter().map(|m| (m.span.start, m.span.end, l)));
        }
    }
    mentions.sort_unstable();
    let mut insert = conn.prepare_cached(
        "INSERT INTO quote (doc, start, end, text, speaker, speaker_local, speaker_entity, date, cue, kind, via, anonymous)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut about =
        conn.prepare_cached("INSERT INTO quote_about (quote, local, entity) VALUES (?1, ?2, ?3)")?;
    for q in &doc.quotes {
        let (start, end) = at.of(q.span);
        let speaker_local = q.speaker_id.as_ref().and_then(|id| locals.get(id)).copied();
        let speaker_entity = match speaker_local {
            Some(l) => Some(entity_of(conn, l)?),
            None => None,
        };
        insert.execute(params![
            docid,
            start,
            end,
            doc.slice(q.span),
            q.speaker,
            speaker_local,
            speaker_entity,
            q.date,
            q.cue,
            q.kind.as_str(),
            serde_json::to_string(&q.via)?,
            q.anonymous as i64,
        ])?;
        let quote = conn.last_insert_rowid();
        let first = mentions.partition_point(|m| m.0 < q.span.start);
        let mut seen: Vec<i64> = Vec::new();
        for &(_, end, l) in mentions[first..].iter().take_while(|m| m.0 < q.span.end) {
            if end <= q.span.end && Some(l) != speaker_local && !seen.contains(&l) {
                seen.push(l);
                about.execute(params![quote, l, entity_of(conn, l)?])?;
            }
        }
    }
    Ok(())
}

/// The grouping key of a cited work: author and year when given, else the
/// title, else the words of the citation; case and punctuation ignored.
fn work_key(c: &dossier_doc::Citation, text: &str) -> (String, String) {
    let fold = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    match (&c.author, &c.title, &c.year) {
        (Some(a), _, Some(y)) => (format!("a:{}|{}", fold(a), fold(y)), format!("{a} {y}")),
        (_, Some(t), _) => (format!("t:{}", fold(t)), t.clone()),
        (Some(a), None, None) => (format!("a:{}", fold(a)), a.clone()),
        _ => (format!("x:{}", fold(text)), text.trim().to_string()),
    }
}

fn write_citations(conn: &Connection, doc: &Document, docid: i64, at: &Offsets) -> Result<()> {
    let mut upsert = conn.prepare_cached(
        "INSERT INTO work (key, label, author, title, year, n) VALUES (?1, ?2, ?3, ?4, ?5, 1)
         ON CONFLICT(key) DO UPDATE SET n = n + 1 RETURNING id",
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO citation (doc, work, start, end, text, page) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for c in &doc.citations {
        let text = doc.slice(c.span);
        let (key, label) = work_key(c, text);
        if key.len() <= 2 {
            continue;
        }
        let work: i64 =
            upsert.query_row(params![key, label, c.author, c.title, c.year], |r| r.get(0))?;
        let (start, end) = at.of(c.span);
        insert.execute(params![docid, work, start, end, text, c.page])?;
    }
    Ok(())
}

fn write_quantities(conn: &Connection, doc: &Document, docid: i64, at: &Offsets) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO quantity (doc, start, end, text, value, low, high, unit, approximate, claimed, claimant, hedge)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for q in &doc.quantities {
        let (start, end) = at.of(q.span);
        insert.execute(params![
            docid,
            start,
            end,
            doc.slice(q.span),
            q.value.filter(|v| v.is_finite()),
            q.low.filter(|v| v.is_finite()),
            q.high.filter(|v| v.is_finite()),
            q.unit,
            q.approximate as i64,
            q.claimed as i64,
            q.claimant,
            q.hedge,
        ])?;
    }
    Ok(())
}
