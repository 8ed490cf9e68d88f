//! Flat rows for exporters: every actor, document, mention count and event
//! with the ids that link them, so another tool's data model can be built
//! without reading the store's tables.
//!
//! The query rows of [`crate::model`] are shaped for people (names, merged
//! stories); exporters need the opposite: stable ids on both ends of every
//! link, one row per report (not per story), and the document each value
//! was read in.

use rusqlite::params;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::query::find_entity;
use crate::Store;

/// A stored document, as exporters cite it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportDocument {
    /// Hex SHA-256 of the source bytes.
    pub id: String,
    /// Path or URL the document came from.
    pub source: String,
    /// Title, if known.
    pub title: Option<String>,
    /// Publication date, if known.
    pub date: Option<String>,
    /// The stored text, which mention and event offsets index (code points).
    pub text: String,
}

/// An actor with every surface form.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportEntity {
    /// Stable identifier in this store.
    pub id: i64,
    /// The name most documents use.
    pub name: String,
    /// `person`, `organization`, `location` or `other`.
    pub kind: String,
    /// Every surface form, most frequent first.
    pub aliases: Vec<String>,
    /// Documents mentioning it.
    pub documents: i64,
    /// Mentions across documents.
    pub mentions: i64,
}

/// How one document names one actor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportMention {
    /// The actor.
    pub entity: i64,
    /// The document's SHA-256.
    pub document: String,
    /// The name as this document gives it.
    pub name: String,
    /// Every surface form in this document.
    pub aliases: Vec<String>,
    /// Mentions in this document.
    pub count: i64,
    /// Where each mention stands in the document's text (code points,
    /// end exclusive), in text order.
    pub spans: Vec<(i64, i64)>,
}

/// One report of an event in one document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportEvent {
    /// Stable identifier in this store.
    pub id: i64,
    /// The story (corroborated event) it belongs to.
    pub story: i64,
    /// The document's SHA-256.
    pub document: String,
    /// Start of the clause (code points).
    pub start: i64,
    /// End of the clause (code points, exclusive).
    pub end: i64,
    /// The clause reporting the event.
    pub text: String,
    /// Normalized date, if any.
    pub date: Option<String>,
    /// PLOVER category or an extra type (DESIGNATE, RELOCATE …).
    pub kind: String,
    /// The word that names it.
    pub trigger: String,
    /// Actors who did it.
    pub actors: Vec<i64>,
    /// Actors it was done to.
    pub targets: Vec<i64>,
    /// Where it happened.
    pub location: Option<i64>,
}

/// Everything an exporter needs, already filtered.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ExportRows {
    /// Documents, in storage order.
    pub documents: Vec<ExportDocument>,
    /// Actors, by id.
    pub entities: Vec<ExportEntity>,
    /// Per-document names of actors.
    pub mentions: Vec<ExportMention>,
    /// Event reports, by document and position.
    pub events: Vec<ExportEvent>,
}

impl Store {
    /// The rows to export: everything, or, given `entity` (a name, alias or
    /// id), its events, the actors in them and the documents reporting them.
    pub fn export_rows(&self, entity: Option<&str>) -> Result<ExportRows> {
        let focus = match entity {
            Some(name) => {
                Some(find_entity(&self.conn, name)?.ok_or_else(|| Error::no_entity(name))?)
            }
            None => None,
        };
        let events = self.export_events(focus)?;
        let mut ids: Vec<i64> = focus.into_iter().collect();
        let mut docs: Vec<&str> = Vec::new();
        for e in &events {
            ids.extend(e.actors.iter().chain(&e.targets).chain(&e.location));
            docs.push(&e.document);
        }
        ids.sort_unstable();
        ids.dedup();
        let mut entities = self.export_entities()?;
        let mut mentions = self.export_mentions()?;
        if focus.is_some() {
            entities.retain(|e| ids.binary_search(&e.id).is_ok());
            mentions.retain(|m| ids.binary_search(&m.entity).is_ok());
        }
        docs.extend(mentions.iter().map(|m| m.document.as_str()));
        let mut documents = self.export_documents()?;
        if focus.is_some() {
            documents.retain(|d| docs.contains(&d.id.as_str()));
        }
        Ok(ExportRows {
            documents,
            entities,
            mentions,
            events,
        })
    }

    fn export_documents(&self) -> Result<Vec<ExportDocument>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT id, source, title, date, text FROM document ORDER BY doc")?;
        let rows = st.query_map([], |r| {
            Ok(ExportDocument {
                id: r.get(0)?,
                source: r.get(1)?,
                title: r.get(2)?,
                date: r.get(3)?,
                text: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn export_entities(&self) -> Result<Vec<ExportEntity>> {
        let mut aliases = self.conn.prepare_cached(
            "SELECT surface FROM entity_alias WHERE entity = ?1 ORDER BY n DESC, surface",
        )?;
        let mut st = self
            .conn
            .prepare_cached("SELECT id, name, kind, docs, mentions FROM entity ORDER BY id")?;
        let heads: Vec<(i64, String, String, i64, i64)> = st
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::with_capacity(heads.len());
        for (id, name, kind, documents, mentions) in heads {
            let aliases = aliases
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            out.push(ExportEntity {
                id,
                name,
                kind,
                aliases,
                documents,
                mentions,
            });
        }
        Ok(out)
    }

    fn export_mentions(&self) -> Result<Vec<ExportMention>> {
        let mut st = self.conn.prepare_cached(
            "SELECT l.entity, d.id, l.name, l.aliases, l.mentions, l.spans FROM local_entity l
             JOIN document d ON d.doc = l.doc ORDER BY l.entity, l.doc, l.id",
        )?;
        type Row = (i64, String, String, String, i64, String);
        let rows: Vec<Row> = st
            .query_map([], |r| {
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
        let mut out = Vec::with_capacity(rows.len());
        for (entity, document, name, aliases, count, spans) in rows {
            out.push(ExportMention {
                entity,
                document,
                name,
                aliases: serde_json::from_str(&aliases)?,
                count,
                spans: serde_json::from_str(&spans)?,
            });
        }
        Ok(out)
    }

    fn export_events(&self, focus: Option<i64>) -> Result<Vec<ExportEvent>> {
        let mut st = self.conn.prepare_cached(
            "SELECT v.id, v.story, d.id, v.start, v.end, v.text, v.date, v.kind, v.trigger,
                    (SELECT entity FROM local_entity WHERE id = v.location)
             FROM event v JOIN document d ON d.doc = v.doc
             WHERE ?1 IS NULL OR v.id IN (SELECT event FROM event_actor WHERE entity = ?1)
             ORDER BY v.doc, v.start, v.id",
        )?;
        let mut members = self.conn.prepare_cached(
            "SELECT entity, role FROM event_actor WHERE event = ?1 ORDER BY rowid",
        )?;
        let heads: Vec<ExportEvent> = st
            .query_map(params![focus], |r| {
                Ok(ExportEvent {
                    id: r.get(0)?,
                    story: r.get(1)?,
                    document: r.get(2)?,
                    start: r.get(3)?,
                    end: r.get(4)?,
                    text: r.get(5)?,
                    date: r.get(6)?,
                    kind: r.get(7)?,
                    trigger: r.get(8)?,
                    actors: Vec::new(),
                    targets: Vec::new(),
                    location: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = heads;
        for ev in &mut out {
            let roles: Vec<(i64, String)> = members
                .query_map([ev.id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (entity, role) in roles {
                let list = if role == "target" {
                    &mut ev.targets
                } else {
                    &mut ev.actors
                };
                if !list.contains(&entity) {
                    list.push(entity);
                }
            }
        }
        Ok(out)
    }
}
