//! Batched ingest, and nested lists that stay short however many sources an
//! event or a fact has.

use dossier_doc::EntityKind::{Organization, Person};
use dossier_store::{ConflictFilter, IngestOptions, Outcome, TimelineFilter};

use super::common::{count, Doc};
use super::store;

fn founding(i: usize) -> dossier_doc::Document {
    let text = format!("Saleh Bakri founded the Front in 1971. Copy {i}.");
    Doc::new(&format!("f{i}.txt"), &text)
        .entity("e1", Person, "Saleh Bakri", &[])
        .event(
            "Saleh Bakri founded the Front",
            "FOUND",
            "founded",
            "1971",
            &["e1"],
        )
        .build()
}

fn strength(i: usize, members: f64) -> dossier_doc::Document {
    let text = format!("Reports say the Front has {members} members, copy {i}.");
    let figure = format!("{members} members");
    Doc::new(&format!("m{i}.txt"), &text)
        .entity("e1", Organization, "the Front", &[])
        .quantity(&figure, count(members, "members"))
        .build()
}

#[test]
fn a_batch_stores_every_document_and_skips_what_it_holds() {
    let mut s = store();
    let docs: Vec<_> = (0..5).map(founding).collect();
    let mut batch: Vec<_> = docs.iter().map(|d| (d, 10)).collect();
    batch.push((&docs[0], 10));
    let out = s.ingest_batch(batch, &IngestOptions::default()).unwrap();
    assert_eq!(out.len(), 6);
    assert!(out[..5]
        .iter()
        .all(|r| matches!(r, Ok(Outcome::Added { .. }))));
    assert!(matches!(out[5], Ok(Outcome::Unchanged)));
    assert_eq!(s.document_count().unwrap(), 5);
    assert_eq!(s.search("founded", Default::default()).unwrap().len(), 5);
}

#[test]
fn a_failing_document_leaves_the_rest_of_its_batch_stored() {
    let mut s = store();
    let good: Vec<_> = (0..3).map(founding).collect();
    let mut bad = founding(9);
    bad.id.clear(); // no content hash: refused
    let batch = vec![(&good[0], 10), (&bad, 10), (&good[1], 10), (&good[2], 10)];
    let out = s.ingest_batch(batch, &IngestOptions::default()).unwrap();
    assert!(out[1].is_err());
    assert_eq!(out.iter().filter(|r| r.is_ok()).count(), 3);
    assert_eq!(s.document_count().unwrap(), 3);
    assert_eq!(s.search("founded", Default::default()).unwrap().len(), 3);
    let row = &s.timeline(&TimelineFilter::default()).unwrap()[0];
    assert_eq!(row.source_count, 3);
}

#[test]
fn a_much_reported_event_lists_the_first_sources_and_counts_them_all() {
    let mut s = store();
    let docs: Vec<_> = (0..12).map(founding).collect();
    s.ingest_batch(docs.iter().map(|d| (d, 10)), &IngestOptions::default())
        .unwrap();
    s.set_nested_limit(Some(5));
    let rows = s.timeline(&TimelineFilter::default()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].source_count, 12);
    let shown: Vec<&str> = rows[0]
        .sources
        .iter()
        .map(|r| r.document.as_str())
        .collect();
    assert_eq!(shown, ["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt"]);
    s.set_nested_limit(None);
    assert_eq!(
        s.timeline(&TimelineFilter::default()).unwrap()[0]
            .sources
            .len(),
        12
    );
}

#[test]
fn a_much_disputed_fact_lists_each_value_once() {
    let mut s = store();
    let docs: Vec<_> = (0..9)
        .map(|i| strength(i, if i % 3 == 2 { 900.0 } else { 4000.0 }))
        .collect();
    s.ingest_batch(docs.iter().map(|d| (d, 10)), &IngestOptions::default())
        .unwrap();
    let all = s.conflicts(&ConflictFilter::default()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!((all[0].claims.len(), all[0].claim_count), (9, 9));
    s.set_nested_limit(Some(4));
    let few = s.conflicts(&ConflictFilter::default()).unwrap();
    assert_eq!(few[0].claim_count, 9);
    let values: Vec<(&str, &str)> = few[0]
        .claims
        .iter()
        .map(|c| (c.value.as_str(), c.document.as_str()))
        .collect();
    assert_eq!(values, [("4000", "m0.txt"), ("900", "m2.txt")]);
}

fn chronicle(i: usize) -> dossier_doc::Document {
    let year = (1900 + i).to_string();
    let members = if i.is_multiple_of(2) { 400.0 } else { 9000.0 };
    let figure = format!("{members} members");
    let text = format!(
        "Saleh Bakri founded the Front in {year}. \"We will win,\" Saleh Bakri said. \
         The Front has {figure}."
    );
    Doc::new(&format!("c{i}.txt"), &text)
        .entity("e1", Person, "Saleh Bakri", &[])
        .entity("e2", Organization, "the Front", &[])
        .event(
            "Saleh Bakri founded the Front",
            "FOUND",
            "founded",
            &year,
            &["e1", "e2"],
        )
        .quote("We will win,", "Saleh Bakri", Some("e1"))
        .quantity(&figure, count(members, "members"))
        .build()
}

#[test]
fn a_dossier_read_side_by_side_is_the_dossier_read_on_one_connection() {
    let dir = tempfile::tempdir().unwrap();
    let mut on_file = dossier_store::Store::open(dir.path().join("kb.db")).unwrap();
    let mut in_memory = store();
    let docs: Vec<_> = (0..80).map(chronicle).collect();
    for s in [&mut on_file, &mut in_memory] {
        s.ingest_batch(docs.iter().map(|d| (d, 10)), &IngestOptions::default())
            .unwrap();
    }
    for name in ["Saleh Bakri", "the Front"] {
        let apart = on_file.entity(name).unwrap();
        assert_eq!(apart, in_memory.entity(name).unwrap());
        // The dossier shows the first 50 rows, three sources each at most.
        assert_eq!(apart.timeline.len(), 50);
        assert_eq!(apart.timeline[0].date.as_deref(), Some("1900"));
        assert!(apart.timeline.iter().all(|r| r.sources.len() <= 3));
    }
    // Helpers go back to the pool: a second view gives the same answer.
    assert_eq!(
        on_file.entity("Saleh Bakri").unwrap(),
        in_memory.entity("Saleh Bakri").unwrap()
    );
    let timeline = |s: &dossier_store::Store| {
        s.timeline(&TimelineFilter {
            entity: Some("Saleh Bakri".into()),
            ..Default::default()
        })
        .unwrap()
    };
    assert_eq!(timeline(&on_file).len(), 80);
    assert_eq!(timeline(&on_file), timeline(&in_memory));
    let by = on_file.entity("Saleh Bakri").unwrap().quotes_by;
    assert_eq!(by.len(), 50);
    assert_eq!(by[0].document, "c0.txt");
}

#[test]
fn a_bulk_ingest_ends_with_the_store_a_plain_one_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut bulk = dossier_store::Store::open(dir.path().join("kb.db")).unwrap();
    let mut plain = store();
    let docs: Vec<_> = (0..60).map(chronicle).collect();
    bulk.defer_indexes().unwrap();
    for s in [&mut bulk, &mut plain] {
        s.ingest_batch(docs.iter().map(|d| (d, 10)), &IngestOptions::default())
            .unwrap();
    }
    // Queries answer before the indexes are back, by scanning.
    assert_eq!(
        bulk.timeline(&TimelineFilter::default()).unwrap(),
        plain.timeline(&TimelineFilter::default()).unwrap()
    );
    assert_eq!(bulk.build_indexes().unwrap(), 2);
    assert_eq!(bulk.integrity_check().unwrap(), "ok");
    for name in ["Saleh Bakri", "the Front"] {
        assert_eq!(bulk.entity(name).unwrap(), plain.entity(name).unwrap());
    }
    assert_eq!(
        bulk.citations(Default::default()).unwrap(),
        plain.citations(Default::default()).unwrap()
    );
}
