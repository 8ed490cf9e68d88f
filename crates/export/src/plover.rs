//! PLOVER event records, one JSON object per line.
//!
//! PLOVER (the successor of CAMEO) codes an event as who did what to whom,
//! when: `actor`, `event`, `recipient`, `date`. Each record here is one
//! report of an event in one document: `event_text` is the word that names
//! it, `text` the clause that reports it, and `cite_info` the document and
//! code-point span it was read in, so every record can be checked against
//! its source. Actors are the store's resolved names (several joined by
//! `; `); `actor_id`/`recipient_id` keep the store ids for joins. Types
//! outside PLOVER's sixteen (DESIGNATE, FOUND, RELOCATE …) are kept as
//! written rather than forced into the nearest category.

use std::io::Write;

use dossier_store::export_rows::{ExportEvent, ExportRows};
use serde_json::{json, Value};

use crate::index::Index;
use crate::{ids, Result};

/// Writes one PLOVER record per event report.
pub fn write<W: Write>(rows: &ExportRows, mut out: W) -> Result<()> {
    let index = Index::new(rows);
    for ev in &rows.events {
        serde_json::to_writer(&mut out, &record(&index, ev))?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

fn record(index: &Index<'_>, ev: &ExportEvent) -> Value {
    let doc = index.document(&ev.document);
    let location = ev
        .location
        .and_then(|l| index.entity(l))
        .map(|e| e.name.as_str());
    json!({
        "id": event_id(ev),
        "date": ev.date,
        "actor": index.names(&ev.actors).join("; "),
        "actor_id": ev.actors,
        "recipient": index.names(&ev.targets).join("; "),
        "recipient_id": ev.targets,
        "event": ev.kind,
        "mode": "",
        "context": "",
        "location": location,
        "event_text": ev.trigger,
        "text": ev.text,
        "story_id": ev.story,
        "cite_info": {
            "document_id": ev.document,
            "source": doc.map(|d| d.source.as_str()),
            "title": doc.and_then(|d| d.title.as_deref()),
            "publication_date": doc.and_then(|d| d.date.as_deref()),
            "start": ev.start,
            "end": ev.end,
        },
    })
}

/// The id of one event report: its document, span, type and trigger, and
/// its store id (one clause can report two events of one type).
pub(crate) fn event_id(ev: &ExportEvent) -> String {
    let (start, end, id) = (ev.start.to_string(), ev.end.to_string(), ev.id.to_string());
    ids::make(
        "event",
        &[&ev.document, &start, &end, &ev.kind, &ev.trigger, &id],
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use dossier_store::export_rows::{ExportDocument, ExportEntity, ExportMention};

    pub(crate) fn rows() -> ExportRows {
        let ent = |id, name: &str, kind: &str| ExportEntity {
            id,
            name: name.into(),
            kind: kind.into(),
            aliases: vec![name.into()],
            documents: 1,
            mentions: 2,
        };
        ExportRows {
            documents: vec![ExportDocument {
                id: "d".repeat(64),
                source: "notes/a.txt".into(),
                title: Some("A report".into()),
                date: Some("2001-05-04".into()),
                text:
                    "Ménage à Arlen: Lina Voss, a member of the Harbor Council, spoke. Voss left."
                        .into(),
            }],
            entities: vec![
                ent(1, "Lina Voss", "person"),
                ent(2, "Harbor Council", "organization"),
                ent(3, "Arlen", "location"),
                ent(4, "Treasury Office", "other"),
            ],
            mentions: vec![
                ExportMention {
                    entity: 1,
                    document: "d".repeat(64),
                    name: "Voss".into(),
                    aliases: vec!["Voss".into(), "Lina Voss".into()],
                    count: 2,
                    spans: vec![(16, 25), (66, 70)],
                },
                ExportMention {
                    entity: 2,
                    document: "d".repeat(64),
                    name: "Harbor Council".into(),
                    aliases: vec![],
                    count: 1,
                    spans: vec![(43, 57)],
                },
            ],
            events: vec![
                ExportEvent {
                    id: 7,
                    story: 3,
                    document: "d".repeat(64),
                    start: 10,
                    end: 52,
                    text: "Lina Voss met the Harbor Council in Arlen".into(),
                    date: Some("2001-05-02".into()),
                    kind: "MEET".into(),
                    trigger: "met".into(),
                    actors: vec![1],
                    targets: vec![2],
                    location: Some(3),
                },
                ExportEvent {
                    id: 8,
                    story: 4,
                    document: "d".repeat(64),
                    start: 60,
                    end: 99,
                    text: "the Treasury Office listed the Harbor Council".into(),
                    date: Some("2001-05".into()),
                    kind: "DESIGNATE".into(),
                    trigger: "listed".into(),
                    actors: vec![4],
                    targets: vec![2],
                    location: None,
                },
            ],
        }
    }

    #[test]
    fn one_record_per_event_with_names_and_citation() {
        let mut out = Vec::new();
        write(&rows(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        let r = &lines[0];
        assert_eq!(r["actor"], "Lina Voss");
        assert_eq!(r["recipient"], "Harbor Council");
        assert_eq!(r["event"], "MEET");
        assert_eq!(r["event_text"], "met");
        assert_eq!(r["location"], "Arlen");
        assert_eq!(r["cite_info"]["source"], "notes/a.txt");
        assert_eq!(r["cite_info"]["start"], 10);
        assert!(r["id"].as_str().unwrap().starts_with("event-"));
        assert_ne!(lines[0]["id"], lines[1]["id"]);
    }
}
