//! The `dossier.extract/1` JSON contract.
//!
//! These types are the wire form of a [`Document`]: every offset is a Unicode
//! code-point offset into `document.text`, half-open, so that Python's
//! `text[start:end]` returns the span. Every list is present even when empty.
//! `docs/extract-contract.md` documents each field; `docs/extract.schema.json`
//! is the JSON Schema. Fields beyond the required ones are additions that a
//! reader may ignore.

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::span::{CharMap, Span};

/// The schema name written in every output.
pub const SCHEMA: &str = "dossier.extract/1";

/// One extracted document.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Extract {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The document and its text.
    pub document: DocumentOut,
    /// Sentences.
    pub sentences: Vec<SentenceOut>,
    /// Entities.
    pub entities: Vec<EntityOut>,
    /// Time expressions.
    pub times: Vec<TimeOut>,
    /// Quotations.
    pub quotes: Vec<QuoteOut>,
    /// Citations.
    pub citations: Vec<CitationOut>,
    /// Quantities.
    pub quantities: Vec<QuantityOut>,
    /// Events.
    pub events: Vec<EventOut>,
}

/// The document header.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DocumentOut {
    /// Hex SHA-256 of the source bytes.
    pub id: String,
    /// Path, `-`, or URL.
    pub source: String,
    /// Title, if known.
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// The text all offsets point into.
    pub text: String,
    /// For paged sources (PDF), each page's extent in `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<PageOut>,
}

/// One page of a paged source.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PageOut {
    /// Page number, from 1.
    pub page: usize,
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
}

/// A sentence.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SentenceOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
}

/// An entity.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EntityOut {
    /// Identifier within the document.
    pub id: String,
    /// `person`, `organization`, `location` or `other`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Canonical name, without titles.
    pub name: String,
    /// Every surface form.
    pub aliases: Vec<String>,
    /// Every mention.
    pub mentions: Vec<MentionOut>,
    /// Titles and roles seen with the entity.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Why aliases were merged.
    #[serde(default)]
    pub evidence: Vec<String>,
}

/// A mention.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MentionOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// `document.text[start:end]`.
    pub text: String,
    /// Title or role in or before the mention.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A time expression.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TimeOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 value, or null when unresolvable.
    pub value: Option<String>,
    /// START, MID, END, BEFORE, AFTER or APPROX.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// What the value was resolved against.
    #[serde(default)]
    pub anchor: String,
}

/// A quotation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QuoteOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The quoted or reported content.
    pub text: String,
    /// The speaker as named.
    pub speaker: Option<String>,
    /// The speaker's entity id.
    pub speaker_id: Option<String>,
    /// Statement date.
    pub date: Option<String>,
    /// Cue verb or phrase.
    pub cue: Option<String>,
    /// `direct`, `block` or `indirect`.
    pub kind: String,
    /// Relays, outermost first.
    pub via: Vec<String>,
    /// True when the speaker is unnamed.
    pub anonymous: bool,
}

/// A citation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CitationOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The citation as written.
    pub text: String,
    /// Author(s).
    pub author: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Year, with letter suffix.
    pub year: Option<String>,
    /// Volume.
    pub volume: Option<String>,
    /// Issue number.
    pub number: Option<String>,
    /// Page(s).
    pub page: Option<String>,
    /// Note number for a numbered note marker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A quantity.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QuantityOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The quantity as written.
    pub text: String,
    /// Single value.
    pub value: Option<f64>,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// What is counted, or currency/period.
    pub unit: Option<String>,
    /// True under a hedge.
    pub approximate: bool,
    /// True when claimed or estimated by someone.
    pub claimed: bool,
    /// Who claims it.
    #[serde(default)]
    pub claimant: Option<String>,
    /// The claimant's entity id.
    #[serde(default)]
    pub claimant_id: Option<String>,
    /// The hedge as written.
    #[serde(default)]
    pub hedge: Option<String>,
}

/// An event.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventOut {
    /// Start (code points).
    pub start: usize,
    /// End (code points, exclusive).
    pub end: usize,
    /// The clause.
    pub text: String,
    /// Normalized date.
    pub date: Option<String>,
    /// Event type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Trigger word.
    pub trigger: String,
    /// Actor entity ids.
    pub actors: Vec<String>,
    /// Target entity ids.
    pub targets: Vec<String>,
    /// Location entity id.
    pub location: Option<String>,
}

/// Converts a document into its contract form.
pub fn to_extract(doc: &Document) -> Extract {
    let map = CharMap::new(&doc.text);
    let at = |s: Span| (map.chars(s.start), map.chars(s.end));
    Extract {
        schema: SCHEMA.to_string(),
        document: DocumentOut {
            id: doc.id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            text: doc.text.clone(),
            pages: doc
                .pages
                .iter()
                .enumerate()
                .map(|(i, &p)| {
                    let (start, end) = at(p);
                    PageOut {
                        page: i + 1,
                        start,
                        end,
                    }
                })
                .collect(),
        },
        sentences: doc
            .sentences
            .iter()
            .map(|s| {
                let (start, end) = at(s.span);
                SentenceOut { start, end }
            })
            .collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| entity_out(doc, e, &at))
            .collect(),
        times: doc
            .times
            .iter()
            .map(|t| {
                let (start, end) = at(t.span);
                TimeOut {
                    start,
                    end,
                    text: doc.slice(t.span).to_string(),
                    value: t.value.clone(),
                    modifier: t.modifier.map(|m| m.as_str().to_string()),
                    anchor: t.anchor.to_string(),
                }
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| {
                let (start, end) = at(q.span);
                QuoteOut {
                    start,
                    end,
                    text: doc.slice(q.span).to_string(),
                    speaker: q.speaker.clone(),
                    speaker_id: q.speaker_id.clone(),
                    date: q.date.clone(),
                    cue: q.cue.clone(),
                    kind: q.kind.as_str().to_string(),
                    via: q.via.clone(),
                    anonymous: q.anonymous,
                }
            })
            .collect(),
        citations: doc
            .citations
            .iter()
            .map(|c| {
                let (start, end) = at(c.span);
                CitationOut {
                    start,
                    end,
                    text: doc.slice(c.span).to_string(),
                    author: c.author.clone(),
                    title: c.title.clone(),
                    year: c.year.clone(),
                    volume: c.volume.clone(),
                    number: c.number.clone(),
                    page: c.page.clone(),
                    note: c.note.clone(),
                }
            })
            .collect(),
        quantities: doc
            .quantities
            .iter()
            .map(|q| {
                let (start, end) = at(q.span);
                QuantityOut {
                    start,
                    end,
                    text: doc.slice(q.span).to_string(),
                    value: q.value,
                    low: q.low,
                    high: q.high,
                    unit: q.unit.clone(),
                    approximate: q.approximate,
                    claimed: q.claimed,
                    claimant: q.claimant.clone(),
                    claimant_id: q.claimant_id.clone(),
                    hedge: q.hedge.clone(),
                }
            })
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| {
                let (start, end) = at(e.span);
                EventOut {
                    start,
                    end,
                    text: doc.slice(e.span).to_string(),
                    date: e.date.clone(),
                    kind: e.kind.clone(),
                    trigger: e.trigger.clone(),
                    actors: e.actors.clone(),
                    targets: e.targets.clone(),
                    location: e.location.clone(),
                }
            })
            .collect(),
    }
}

fn entity_out(
    doc: &Document,
    e: &crate::layers::Entity,
    at: &dyn Fn(Span) -> (usize, usize),
) -> EntityOut {
    let mut roles: Vec<String> = Vec::new();
    for r in e.mentions.iter().filter_map(|m| m.role.as_ref()) {
        if !roles.contains(r) {
            roles.push(r.clone());
        }
    }
    EntityOut {
        id: e.id.clone(),
        kind: e.kind.as_str().to_string(),
        name: e.name.clone(),
        aliases: e.aliases.clone(),
        mentions: e
            .mentions
            .iter()
            .map(|m| {
                let (start, end) = at(m.span);
                MentionOut {
                    start,
                    end,
                    text: doc.slice(m.span).to_string(),
                    role: m.role.clone(),
                }
            })
            .collect(),
        roles,
        evidence: e.evidence.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Entity, EntityKind, Mention};

    #[test]
    fn offsets_are_code_points() {
        let mut doc = Document::new("t", "\u{201c}Hadidi\u{201d} said.".to_string());
        doc.entities.push(Entity {
            id: "e1".into(),
            kind: EntityKind::Person,
            name: "Hadidi".into(),
            aliases: vec!["Hadidi".into()],
            mentions: vec![Mention {
                span: Span::new(3, 9),
                role: None,
            }],
            evidence: vec![],
        });
        let out = to_extract(&doc);
        let m = &out.entities[0].mentions[0];
        assert_eq!((m.start, m.end), (1, 7));
        let chars: Vec<char> = out.document.text.chars().collect();
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
        let json = serde_json::to_value(&out).unwrap();
        for key in [
            "sentences",
            "entities",
            "times",
            "quotes",
            "citations",
            "quantities",
            "events",
        ] {
            assert!(json[key].is_array(), "{key} must always be a list");
        }
    }
}
