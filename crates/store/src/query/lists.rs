//! Sources, actors and cited works.

use rusqlite::params;

use super::{EntityFilter, Page};
use crate::error::Result;
use crate::model::{CitationRow, EntityRow, Source};
use crate::Store;

impl Store {
    /// Stored documents, in the order they were ingested.
    pub fn sources(&self, page: Page) -> Result<Vec<Source>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, source, version, title, date, bytes, n_sentences, n_entities, n_times,
                    n_quotes, n_citations, n_quantities, n_events
             FROM document ORDER BY doc LIMIT ?1 OFFSET ?2",
        )?;
        let rows = st.query_map(params![page.sql_limit(), page.sql_offset()], |r| {
            Ok(Source {
                id: r.get(0)?,
                source: r.get(1)?,
                version: r.get(2)?,
                title: r.get(3)?,
                date: r.get(4)?,
                bytes: r.get(5)?,
                sentences: r.get(6)?,
                entities: r.get(7)?,
                times: r.get(8)?,
                quotes: r.get(9)?,
                citations: r.get(10)?,
                quantities: r.get(11)?,
                events: r.get(12)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Actors, those in most documents first.
    pub fn entities(&self, filter: &EntityFilter) -> Result<Vec<EntityRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, name, kind, docs, mentions FROM entity
             WHERE (?1 IS NULL OR kind = ?1) AND docs >= ?2
             ORDER BY docs DESC, id LIMIT ?3 OFFSET ?4",
        )?;
        let rows = st
            .query_map(
                params![
                    filter.kind,
                    filter.min_docs,
                    filter.page.sql_limit(),
                    filter.page.sql_offset()
                ],
                |r| {
                    Ok(EntityRow {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        kind: r.get(2)?,
                        aliases: Vec::new(),
                        documents: r.get(3)?,
                        mentions: r.get(4)?,
                    })
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|mut e| {
                e.aliases = self.aliases(e.id)?;
                Ok(e)
            })
            .collect()
    }

    /// An actor's visible surface forms, most frequent first.
    pub(crate) fn aliases(&self, entity: i64) -> Result<Vec<String>> {
        let mut st = self.conn.prepare_cached(
            "SELECT surface FROM entity_alias WHERE entity = ?1 AND class >= 0
             ORDER BY named DESC, n DESC, surface LIMIT 200",
        )?;
        let rows = st.query_map([entity], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Cited works, most cited first, with the documents citing them.
    pub fn citations(&self, page: Page) -> Result<Vec<CitationRow>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, label, author, title, year, n FROM work ORDER BY n DESC, id LIMIT ?1 OFFSET ?2",
        )?;
        let works = st
            .query_map(params![page.sql_limit(), page.sql_offset()], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    CitationRow {
                        work: r.get(1)?,
                        author: r.get(2)?,
                        title: r.get(3)?,
                        year: r.get(4)?,
                        count: r.get(5)?,
                        documents: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut docs = self.conn.prepare_cached(
            "SELECT DISTINCT d.source FROM citation c JOIN document d ON d.doc = c.doc
             WHERE c.work = ?1 ORDER BY c.doc LIMIT 100",
        )?;
        works
            .into_iter()
            .map(|(id, mut row)| {
                row.documents = docs
                    .query_map([id], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok(row)
            })
            .collect()
    }
}
