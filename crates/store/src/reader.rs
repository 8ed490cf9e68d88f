//! Reading one stored document with everything found in it, and the
//! network of actors linked by events.
//!
//! The lists of [`crate::query`] answer "what does the corpus say about X";
//! a reader answers "show me where this document says it": the text and
//! every annotation as a code-point span, each carrying the store id it
//! links to (an actor, a cited work, a disputed fact), so a front end can
//! highlight the text and make each highlight a link.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::error::Result;
use crate::Store;

/// A stored document with its annotations (all offsets in code points).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentView {
    /// Hex SHA-256 of the source bytes.
    pub id: String,
    /// Path or URL the document came from.
    pub source: String,
    /// 1 for the first content seen at this path, 2 for the next …
    pub version: i64,
    /// Title, if known.
    pub title: Option<String>,
    /// Publication date, if known.
    pub date: Option<String>,
    /// Size of the source in bytes.
    pub bytes: i64,
    /// When it was stored (UTC, `YYYY-MM-DD HH:MM:SS`).
    pub ingested_at: String,
    /// The plain text every span points into.
    pub text: String,
    /// Mentions of actors.
    pub entities: Vec<EntitySpan>,
    /// Quotations.
    pub quotes: Vec<QuoteSpan>,
    /// Citations.
    pub citations: Vec<CitationSpan>,
    /// Numbers with what they count.
    pub quantities: Vec<QuantitySpan>,
    /// Events.
    pub events: Vec<EventSpan>,
    /// Claims filed under facts (figures and dates about an actor).
    pub claims: Vec<ClaimSpan>,
}

/// One mention of an actor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntitySpan {
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
    /// The actor it resolves to.
    pub entity: i64,
    /// The actor's name.
    pub name: String,
    /// The actor's type.
    #[serde(rename = "type")]
    pub kind: String,
}

/// One quotation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteSpan {
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
    /// Who said it, as resolved or as written.
    pub speaker: Option<String>,
    /// The speaker's actor.
    pub speaker_id: Option<i64>,
    /// When it was said.
    pub date: Option<String>,
    /// `direct`, `block` or `indirect`.
    pub kind: String,
}

/// One citation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CitationSpan {
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
    /// The cited work as the citations list names it.
    pub work: String,
    /// How many times the corpus cites it.
    pub count: i64,
}

/// One number.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuantitySpan {
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
    /// The value, when one.
    pub value: Option<f64>,
    /// Lower bound of a range.
    pub low: Option<f64>,
    /// Upper bound of a range.
    pub high: Option<f64>,
    /// What it counts.
    pub unit: Option<String>,
    /// Who claims it.
    pub claimant: Option<String>,
    /// A hedge word (`about`, `some`, `reportedly` …).
    pub hedge: Option<String>,
}

/// One event.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventSpan {
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
    /// Event type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its date.
    pub date: Option<String>,
    /// The word that reports it.
    pub trigger: String,
}

/// One claim on a fact.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimSpan {
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
    /// The fact (the id conflicts carry when the fact is disputed).
    pub fact: i64,
    /// The actor the claim is about.
    pub subject: String,
    /// What is claimed.
    pub attribute: String,
    /// The value claimed.
    pub value: String,
    /// True when other claims on the fact contradict this one.
    pub conflicting: bool,
}

/// Actors and the events linking them.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Network {
    /// Actors taking part in linked events.
    pub nodes: Vec<NetworkNode>,
    /// Links between them.
    pub edges: Vec<NetworkEdge>,
}

/// One actor of a [`Network`].
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NetworkNode {
    /// Actor id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Documents mentioning it.
    pub documents: i64,
}

/// One link of a [`Network`]: `source` did `kind` to `target` (directed), or
/// the two took part in `kind` together (undirected).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NetworkEdge {
    /// The acting actor.
    pub source: i64,
    /// The actor acted upon, or the fellow actor.
    pub target: i64,
    /// Event type.
    #[serde(rename = "type")]
    pub kind: String,
    /// True for actor → target, false for actors acting together.
    pub directed: bool,
    /// Stories (corroborated events) behind the link.
    pub events: i64,
}

const DOCUMENT_COLUMNS: &str =
    "doc, id, source, version, title, date, bytes, ingested_at, text FROM document";

type Head = (i64, DocumentView);

fn head(r: &Row) -> rusqlite::Result<Head> {
    Ok((
        r.get(0)?,
        DocumentView {
            id: r.get(1)?,
            source: r.get(2)?,
            version: r.get(3)?,
            title: r.get(4)?,
            date: r.get(5)?,
            bytes: r.get(6)?,
            ingested_at: r.get(7)?,
            text: r.get(8)?,
            entities: Vec::new(),
            quotes: Vec::new(),
            citations: Vec::new(),
            quantities: Vec::new(),
            events: Vec::new(),
            claims: Vec::new(),
        },
    ))
}

impl Store {
    /// The document whose content hash is `id`, with its annotations.
    pub fn document(&self, id: &str) -> Result<Option<DocumentView>> {
        let sql = format!("SELECT {DOCUMENT_COLUMNS} WHERE id = ?1");
        let found = self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], head)
            .optional()?;
        found.map(|h| self.annotate(h)).transpose()
    }

    /// The newest version of the document stored from `source`.
    pub fn document_by_source(&self, source: &str) -> Result<Option<DocumentView>> {
        let sql =
            format!("SELECT {DOCUMENT_COLUMNS} WHERE source = ?1 ORDER BY version DESC LIMIT 1");
        let found = self
            .conn
            .prepare_cached(&sql)?
            .query_row([source], head)
            .optional()?;
        found.map(|h| self.annotate(h)).transpose()
    }

    fn annotate(&self, (doc, mut view): Head) -> Result<DocumentView> {
        view.entities = self.entity_spans(doc)?;
        view.quotes = self
            .conn
            .prepare_cached(
                "SELECT q.start, q.end, coalesce(e.name, q.speaker), q.speaker_entity, q.date, q.kind
                 FROM quote q LEFT JOIN entity e ON e.id = q.speaker_entity
                 WHERE q.doc = ?1 ORDER BY q.start",
            )?
            .query_map([doc], |r| {
                Ok(QuoteSpan {
                    start: r.get(0)?,
                    end: r.get(1)?,
                    speaker: r.get(2)?,
                    speaker_id: r.get(3)?,
                    date: r.get(4)?,
                    kind: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        view.citations = self
            .conn
            .prepare_cached(
                "SELECT c.start, c.end, w.label, w.n FROM citation c JOIN work w ON w.id = c.work
                 WHERE c.doc = ?1 ORDER BY c.start",
            )?
            .query_map([doc], |r| {
                Ok(CitationSpan {
                    start: r.get(0)?,
                    end: r.get(1)?,
                    work: r.get(2)?,
                    count: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        view.quantities = self.quantity_spans(doc)?;
        view.events = self
            .conn
            .prepare_cached(
                "SELECT start, end, kind, date, trigger FROM event WHERE doc = ?1 ORDER BY start",
            )?
            .query_map([doc], |r| {
                Ok(EventSpan {
                    start: r.get(0)?,
                    end: r.get(1)?,
                    kind: r.get(2)?,
                    date: r.get(3)?,
                    trigger: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        view.claims = self.claim_spans(doc)?;
        Ok(view)
    }

    fn entity_spans(&self, doc: i64) -> Result<Vec<EntitySpan>> {
        let rows: Vec<(String, i64, String, String)> = self
            .conn
            .prepare_cached(
                "SELECT l.spans, e.id, e.name, e.kind FROM local_entity l
                 JOIN entity e ON e.id = l.entity WHERE l.doc = ?1",
            )?
            .query_map([doc], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for (spans, entity, name, kind) in rows {
            let spans: Vec<(i64, i64)> = serde_json::from_str(&spans)?;
            out.extend(spans.into_iter().map(|(start, end)| EntitySpan {
                start,
                end,
                entity,
                name: name.clone(),
                kind: kind.clone(),
            }));
        }
        out.sort_by_key(|s| (s.start, -s.end));
        Ok(out)
    }

    fn quantity_spans(&self, doc: i64) -> Result<Vec<QuantitySpan>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT start, end, value, low, high, unit, claimant, hedge FROM quantity
                 WHERE doc = ?1 ORDER BY start",
            )?
            .query_map([doc], |r| {
                Ok(QuantitySpan {
                    start: r.get(0)?,
                    end: r.get(1)?,
                    value: r.get(2)?,
                    low: r.get(3)?,
                    high: r.get(4)?,
                    unit: r.get(5)?,
                    claimant: r.get(6)?,
                    hedge: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn claim_spans(&self, doc: i64) -> Result<Vec<ClaimSpan>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT c.start, c.end, f.id, e.name, f.attribute, c.value, f.conflicting
                 FROM claim c JOIN fact f ON f.id = c.fact JOIN entity e ON e.id = f.subject
                 WHERE c.doc = ?1 ORDER BY c.start",
            )?
            .query_map([doc], |r| {
                Ok(ClaimSpan {
                    start: r.get(0)?,
                    end: r.get(1)?,
                    fact: r.get(2)?,
                    subject: r.get(3)?,
                    attribute: r.get(4)?,
                    value: r.get(5)?,
                    conflicting: r.get::<_, i64>(6)? != 0,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Actors linked by the events they share: who did what to whom (actor →
    /// target) and who acted together, around one actor when `entity` is
    /// given, strongest links first, at most `limit` of them.
    pub fn network(&self, entity: Option<i64>, limit: usize) -> Result<Network> {
        let limit = limit.min(i64::MAX as usize) as i64;
        let edges: Vec<NetworkEdge> = self
            .conn
            .prepare_cached(
                "SELECT a.entity, b.entity, v.kind, a.role = b.role, count(DISTINCT v.story) AS n
                 FROM event_actor a
                 JOIN event_actor b ON b.event = a.event AND b.entity <> a.entity
                 JOIN event v ON v.id = a.event
                 WHERE ((a.role = 'actor' AND b.role = 'target') OR (a.role = b.role AND a.entity < b.entity))
                   AND (?1 IS NULL OR a.entity = ?1 OR b.entity = ?1)
                 GROUP BY a.entity, b.entity, v.kind, a.role = b.role
                 ORDER BY n DESC, a.entity, b.entity LIMIT ?2",
            )?
            .query_map(params![entity, limit], |r| {
                Ok(NetworkEdge {
                    source: r.get(0)?,
                    target: r.get(1)?,
                    kind: r.get(2)?,
                    directed: !r.get::<_, bool>(3)?,
                    events: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut ids: Vec<i64> = edges.iter().flat_map(|e| [e.source, e.target]).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut node = self
            .conn
            .prepare_cached("SELECT id, name, kind, docs FROM entity WHERE id = ?1")?;
        let mut nodes = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(n) = node
                .query_row([id], |r| {
                    Ok(NetworkNode {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        kind: r.get(2)?,
                        documents: r.get(3)?,
                    })
                })
                .optional()?
            {
                nodes.push(n);
            }
        }
        Ok(Network { nodes, edges })
    }
}
