//! The on-disk format: a store written by schema version 1 still opens.

use std::path::PathBuf;

use dossier_doc::EntityKind::{Location, Person};
use dossier_store::{schema, Store};

use super::common::Doc;
use super::ingest;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.db")
}

/// Writes `tests/fixtures/v1.db`. Run only while the schema is at version 1:
/// `cargo test -p dossier-store -- --ignored write_v1_fixture`.
#[test]
#[ignore]
fn write_v1_fixture() {
    assert_eq!(
        schema::CURRENT,
        1,
        "the fixture records version 1; never rewrite it later"
    );
    let path = fixture();
    let _ = std::fs::remove_file(&path);
    let mut s = Store::open(&path).unwrap();
    let d = Doc::new("fixture.txt", "Saleh Bakri moved to Marvand in 1991.")
        .date("2011-03-14")
        .entity("e1", Person, "Saleh Bakri", &[])
        .entity("e2", Location, "Marvand", &[])
        .event(
            "Saleh Bakri moved to Marvand in 1991",
            "RELOCATE",
            "moved",
            "1991",
            &["e1", "e2"],
        )
        .build();
    ingest(&mut s, &d);
    drop(s);
    // One self-contained file: fold the WAL back and leave WAL mode.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
}

#[test]
fn a_version_1_store_opens_and_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    std::fs::copy(fixture(), &path).expect("the v1 fixture is checked in");
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), schema::CURRENT);
    assert_eq!(s.integrity_check().unwrap(), "ok");
    let bakri = s.entity("Saleh Bakri").unwrap();
    assert_eq!(bakri.timeline.len(), 1);
    assert_eq!(bakri.related[0].name, "Marvand");
    assert_eq!(s.search("Marvand", Default::default()).unwrap().len(), 1);
    assert_eq!(bakri.timeline[0].source_count, 1);
    drop(s);
    // Version 2 replaced three indexes by ones that also serve the order
    // shown; version 3 added the indexes and counts an actor's dossier reads;
    // version 4 the widest story's width.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for added in [
        "event_story_span",
        "claim_fact_value",
        "quote_about_entity_quote",
        "story_actor_lo",
        "fact_subject_conflicting",
        "actor_pair_n",
        "fact_value_doc",
        "story_width",
    ] {
        assert!(names.iter().any(|n| n == added), "{added} in {names:?}");
    }
    for gone in ["event_story", "event_story_doc"] {
        assert!(!names.iter().any(|n| n == gone), "{gone} in {names:?}");
    }
}

#[test]
fn a_store_from_a_newer_dossier_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", schema::CURRENT + 1)
        .unwrap();
    drop(conn);
    let err = Store::open(&path).unwrap_err();
    assert!(err.to_string().contains("newer"), "{err}");
}
