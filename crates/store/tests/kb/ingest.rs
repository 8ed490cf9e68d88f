//! Idempotence, versions and replacement.

use dossier_doc::EntityKind::Person;
use dossier_store::{IngestOptions, Outcome};

use super::common::Doc;
use super::store;

fn doc(source: &str, text: &str) -> dossier_doc::Document {
    Doc::new(source, text)
        .entity("e1", Person, "Saleh Bakri", &[])
        .build()
}

#[test]
fn the_same_content_is_stored_once() {
    let mut s = store();
    let d = doc("a.txt", "Saleh Bakri spoke.");
    let opts = IngestOptions::default();
    assert_eq!(
        s.ingest(&d, 10, &opts).unwrap(),
        Outcome::Added {
            version: 1,
            replaced: 0
        }
    );
    assert_eq!(s.ingest(&d, 10, &opts).unwrap(), Outcome::Unchanged);
    let mut copy = d.clone();
    copy.source = "copy.txt".into();
    assert_eq!(
        s.ingest(&copy, 10, &opts).unwrap(),
        Outcome::Duplicate {
            source: "a.txt".into()
        }
    );
    assert_eq!(s.document_count().unwrap(), 1);
    assert_eq!(s.entities(&Default::default()).unwrap()[0].mentions, 1);
}

#[test]
fn a_changed_file_is_a_new_version_and_the_old_stays() {
    let mut s = store();
    let opts = IngestOptions::default();
    s.ingest(&doc("a.txt", "Saleh Bakri spoke."), 10, &opts)
        .unwrap();
    let v2 = s
        .ingest(&doc("a.txt", "Saleh Bakri spoke again."), 10, &opts)
        .unwrap();
    assert_eq!(
        v2,
        Outcome::Added {
            version: 2,
            replaced: 0
        }
    );
    let sources = s.sources(Default::default()).unwrap();
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[1].version, 2);
    assert_eq!(s.entities(&Default::default()).unwrap()[0].documents, 2);
    assert_eq!(s.search("spoke", Default::default()).unwrap().len(), 2);
}

#[test]
fn replace_drops_the_old_version_and_what_came_from_it() {
    let mut s = store();
    let old = Doc::new("a.txt", "Karim Nouri spoke.")
        .entity("e1", Person, "Karim Nouri", &[])
        .build();
    s.ingest(&old, 10, &Default::default()).unwrap();
    let new = doc("a.txt", "Saleh Bakri spoke instead.");
    let out = s
        .ingest(&new, 10, &IngestOptions { replace: true })
        .unwrap();
    assert_eq!(
        out,
        Outcome::Added {
            version: 1,
            replaced: 1
        }
    );
    let names: Vec<String> = s
        .entities(&Default::default())
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["Saleh Bakri"]);
    assert!(s.search("Karim", Default::default()).unwrap().is_empty());
    assert_eq!(s.integrity_check().unwrap(), "ok");
}

#[test]
fn a_document_without_a_hash_is_refused() {
    let mut s = store();
    let d = dossier_doc::Document::new("x.txt", "text".into());
    let err = s.ingest(&d, 4, &Default::default()).unwrap_err();
    assert!(err.to_string().contains("x.txt"));
}
