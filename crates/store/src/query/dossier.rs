//! One actor's dossier, its merge evidence, and quotations.

use rusqlite::{params, Connection, OptionalExtension};

use super::{conflicts_of, Page, QuoteFilter};
use crate::error::Result;
use crate::model::{DocRef, Dossier, Evidence, QuoteRow, Related};
use crate::Store;

/// Document, name, in-document evidence, rule, alias, matching entity.
type WhyRow = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
);

/// How many rows of each list a dossier carries. A dossier is an overview:
/// each list has its own paged query (`timeline`, `quotes`, `conflicts`),
/// and every row here costs a random page read on a store too large to
/// stay in memory, so the first view of an actor reads a few hundred pages
/// rather than thousands.
const DOSSIER_ROWS: i64 = 50;

/// Sources per timeline row and claims per conflict in a dossier (the
/// counts of all of them are given beside).
const DOSSIER_NESTED: usize = 3;

const QUOTE_COLUMNS: &str = "q.text, coalesce(e.name, q.speaker), q.speaker_entity, q.date, q.via, q.kind, d.source, q.start, q.end";

fn quote_row(r: &rusqlite::Row) -> rusqlite::Result<QuoteRow> {
    let via: String = r.get(4)?;
    Ok(QuoteRow {
        text: r.get(0)?,
        speaker: r.get(1)?,
        speaker_id: r.get(2)?,
        date: r.get(3)?,
        via: serde_json::from_str(&via).unwrap_or_default(),
        kind: r.get(5)?,
        document: r.get(6)?,
        start: r.get(7)?,
        end: r.get(8)?,
    })
}

fn quotes_where(
    conn: &Connection,
    speaker: Option<i64>,
    about: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<Vec<QuoteRow>> {
    let from = if about.is_some() {
        "quote_about a JOIN quote q ON q.id = a.quote"
    } else {
        "quote q"
    };
    let sql = format!(
        "SELECT {QUOTE_COLUMNS} FROM {from}
         JOIN document d ON d.doc = q.doc
         LEFT JOIN entity e ON e.id = q.speaker_entity
         WHERE (?1 IS NULL OR q.speaker_entity = ?1) AND (?2 IS NULL OR a.entity = ?2)
         ORDER BY q.id LIMIT ?3 OFFSET ?4"
    );
    // Each form reads its index (`quote_speaker`, `quote_about_entity_quote`)
    // in the order shown and stops after the page.
    let sql = if about.is_some() {
        sql.replace("(?2 IS NULL OR a.entity = ?2)", "a.entity = ?2")
            .replace("ORDER BY q.id", "ORDER BY a.quote")
    } else if speaker.is_some() {
        sql.replace("(?2 IS NULL OR a.entity = ?2)", "?2 IS NULL")
            .replace(
                "(?1 IS NULL OR q.speaker_entity = ?1)",
                "q.speaker_entity = ?1",
            )
    } else {
        sql.replace("(?2 IS NULL OR a.entity = ?2)", "?2 IS NULL")
    };
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params![speaker, about, limit, offset], quote_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Quotations, optionally by one actor and/or naming another.
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        let speaker = filter
            .speaker
            .as_deref()
            .map(|n| self.require(n))
            .transpose()?;
        let about = filter
            .about
            .as_deref()
            .map(|n| self.require(n))
            .transpose()?;
        quotes_where(
            &self.conn,
            speaker,
            about,
            filter.page.sql_limit(),
            filter.page.sql_offset(),
        )
    }

    /// The dossier of the actor `name` (a name, alias or id).
    pub fn entity(&self, name: &str) -> Result<Dossier> {
        let id = self.require(name)?;
        let nested = self.nested.map(|n| n.min(DOSSIER_NESTED));
        let (name, kind, docs, mentions, first, last): (
            String,
            String,
            i64,
            i64,
            Option<String>,
            Option<String>,
        ) = self.conn.query_row(
            "SELECT name, kind, docs, mentions, first, last FROM entity WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            },
        )?;
        let stories: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT story FROM story_actor
                 WHERE entity = ?1 AND lo IS NOT NULL ORDER BY lo, hi DESC, story LIMIT ?2",
            )?
            .query_map(params![id, DOSSIER_ROWS], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        // The parts below read pages all over the store; side by side, their
        // reads overlap (see `beside`).
        std::thread::scope(|s| {
            let by = self.beside(s, move |c| quotes_where(c, Some(id), None, DOSSIER_ROWS, 0));
            let about = self.beside(s, move |c| quotes_where(c, None, Some(id), DOSSIER_ROWS, 0));
            let conflicts = self.beside(s, move |c| {
                conflicts_of(c, Some(id), DOSSIER_ROWS, 0, nested)
            });
            let documents = self.documents_of(id)?;
            let aliases = self.aliases(id)?;
            let related = self.related(id)?;
            let timeline = self.story_rows_beside(&stories, nested)?;
            Ok(Dossier {
                id,
                name,
                kind,
                aliases,
                document_count: docs,
                mentions,
                documents,
                first,
                last,
                timeline,
                quotes_by: self.wait(by)?,
                quotes_about: self.wait(about)?,
                related,
                conflicts: self.wait(conflicts)?,
                why: Vec::new(),
            })
        })
    }

    /// The newest documents that name actor `id`.
    fn documents_of(&self, id: i64) -> Result<Vec<DocRef>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT d.source, d.title, d.date FROM local_entity l JOIN document d ON d.doc = l.doc
                 WHERE l.entity = ?1 GROUP BY l.doc ORDER BY l.doc DESC LIMIT ?2",
            )?
            .query_map(params![id, DOSSIER_ROWS], |r| {
                Ok(DocRef {
                    document: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    fn related(&self, id: i64) -> Result<Vec<Related>> {
        let mut st = self.conn.prepare_cached(
            "SELECT e.id, e.name, e.kind, p.n FROM actor_pair p JOIN entity e ON e.id = p.other
             WHERE p.entity = ?1 ORDER BY p.n DESC, p.other LIMIT 50",
        )?;
        let rows = st.query_map([id], |r| {
            Ok(Related {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                events: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Why each per-document entity of actor `name` belongs to it: the rule,
    /// the alias matched, and the document that brought that alias.
    pub fn why(&self, name: &str, page: Page) -> Result<Vec<Evidence>> {
        let id = self.require(name)?;
        let rows: Vec<WhyRow> = self
            .conn
            .prepare_cached(
                "SELECT d.source, l.name, l.evidence, k.rule, k.alias, k.other
                 FROM local_entity l JOIN document d ON d.doc = l.doc
                 LEFT JOIN link k ON k.local = l.id
                 WHERE l.entity = ?1 ORDER BY l.id, k.rowid LIMIT ?2 OFFSET ?3",
            )?
            .query_map(params![id, page.sql_limit(), page.sql_offset()], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut doc_of = self.conn.prepare_cached(
            "SELECT d.source FROM local_entity l JOIN document d ON d.doc = l.doc WHERE l.id = ?1",
        )?;
        rows.into_iter()
            .map(|(document, name, evidence, rule, alias, other)| {
                let matched_document = match other {
                    Some(o) => doc_of.query_row([o], |r| r.get(0)).optional()?,
                    None => None,
                };
                Ok(Evidence {
                    document,
                    name,
                    rule: rule.unwrap_or_else(|| "first seen".to_string()),
                    alias,
                    matched_document,
                    in_document: serde_json::from_str(&evidence)?,
                })
            })
            .collect()
    }
}
