//! Four CSV tables with header rows, for spreadsheets and dataframes:
//! `entities.csv`, `events.csv`, `quotations.csv`, `conflicts.csv`.
//!
//! Lists inside a cell (aliases, actors) are joined with `; `; their ids
//! are in a sibling column joined the same way, so a table can be joined
//! to another without parsing names. Every event, quotation and claim row
//! names its document and code-point span.

use std::io::Write;

use dossier_store::export_rows::ExportRows;
use dossier_store::{Conflict, QuoteRow};

use crate::index::Index;
use crate::Result;

/// The file names, in the order [`crate::csv_files`] documents them.
pub const FILES: [&str; 4] = [
    "entities.csv",
    "events.csv",
    "quotations.csv",
    "conflicts.csv",
];

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(T::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// `id,name,type,aliases,documents,mentions`.
pub fn write_entities<W: Write>(rows: &ExportRows, out: W) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["id", "name", "type", "aliases", "documents", "mentions"])?;
    for e in &rows.entities {
        w.write_record([
            e.id.to_string(),
            e.name.clone(),
            e.kind.clone(),
            join(&e.aliases),
            e.documents.to_string(),
            e.mentions.to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// One row per event report, with actors, targets, place and source.
pub fn write_events<W: Write>(rows: &ExportRows, out: W) -> Result<()> {
    let index = Index::new(rows);
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "story",
        "date",
        "type",
        "trigger",
        "actors",
        "actor_ids",
        "targets",
        "target_ids",
        "location",
        "text",
        "document",
        "document_id",
        "start",
        "end",
    ])?;
    for ev in &rows.events {
        let place = ev
            .location
            .and_then(|l| index.entity(l))
            .map(|e| e.name.clone());
        let source = index.document(&ev.document).map(|d| d.source.clone());
        w.write_record([
            ev.id.to_string(),
            ev.story.to_string(),
            ev.date.clone().unwrap_or_default(),
            ev.kind.clone(),
            ev.trigger.clone(),
            join(&index.names(&ev.actors)),
            join(&ev.actors),
            join(&index.names(&ev.targets)),
            join(&ev.targets),
            place.unwrap_or_default(),
            ev.text.clone(),
            source.unwrap_or_default(),
            ev.document.clone(),
            ev.start.to_string(),
            ev.end.to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// One row per quotation with its attribution and span.
pub fn write_quotes<W: Write>(quotes: &[QuoteRow], out: W) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "text",
        "speaker",
        "speaker_id",
        "date",
        "via",
        "kind",
        "document",
        "start",
        "end",
    ])?;
    for q in quotes {
        w.write_record([
            q.text.clone(),
            q.speaker.clone().unwrap_or_default(),
            q.speaker_id.map(|i| i.to_string()).unwrap_or_default(),
            q.date.clone().unwrap_or_default(),
            join(&q.via),
            q.kind.clone(),
            q.document.clone(),
            q.start.to_string(),
            q.end.to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// One row per claim; the claims of one conflict share `conflict_id`.
pub fn write_conflicts<W: Write>(conflicts: &[Conflict], out: W) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "conflict_id",
        "subject",
        "attribute",
        "value",
        "kind",
        "asserted_by",
        "text",
        "document",
    ])?;
    for c in conflicts {
        for claim in &c.claims {
            w.write_record([
                c.id.to_string(),
                c.subject.clone(),
                c.attribute.clone(),
                claim.value.clone(),
                claim.kind.clone(),
                claim.asserted_by.clone().unwrap_or_default(),
                claim.text.clone(),
                claim.document.clone(),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_store::Claim;

    fn read(bytes: Vec<u8>) -> Vec<Vec<String>> {
        csv::Reader::from_reader(bytes.as_slice())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn entities_and_events_round_trip_with_headers() {
        let rows = crate::plover::tests::rows();
        let mut out = Vec::new();
        write_entities(&rows, &mut out).unwrap();
        assert!(out.starts_with(b"id,name,type,aliases,documents,mentions\n"));
        assert_eq!(read(out).len(), 4);
        let mut out = Vec::new();
        write_events(&rows, &mut out).unwrap();
        let ev = read(out);
        assert_eq!(ev.len(), 2);
        assert_eq!(ev[0][5], "Lina Voss");
        assert_eq!(ev[0][9], "Arlen");
        assert_eq!(ev[0][11], "notes/a.txt");
    }

    #[test]
    fn quotes_with_commas_and_quotes_survive() {
        let q = QuoteRow {
            text: "We said \"no\", twice.".into(),
            speaker: Some("Lina Voss".into()),
            speaker_id: Some(1),
            date: None,
            via: vec!["Radio Arlen".into()],
            kind: "direct".into(),
            document: "a.txt".into(),
            start: 1,
            end: 20,
        };
        let mut out = Vec::new();
        write_quotes(&[q], &mut out).unwrap();
        let r = read(out);
        assert_eq!(r[0][0], "We said \"no\", twice.");
        assert_eq!(r[0][4], "Radio Arlen");
    }

    #[test]
    fn conflicts_give_one_row_per_claim() {
        let claim = |v: &str| Claim {
            value: v.into(),
            text: format!("{v} fighters"),
            document: "a.txt".into(),
            asserted_by: None,
            kind: "claim".into(),
        };
        let c = Conflict {
            id: 9,
            subject: "Harbor Council".into(),
            attribute: "personnel".into(),
            claims: vec![claim("400"), claim("900")],
            claim_count: 2,
        };
        let mut out = Vec::new();
        write_conflicts(&[c], &mut out).unwrap();
        let r = read(out);
        assert_eq!(r.len(), 2);
        assert_eq!((r[0][0].as_str(), r[1][3].as_str()), ("9", "900"));
    }
}
