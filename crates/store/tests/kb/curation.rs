//! Curation persists and is re-applied to documents ingested later.

use dossier_doc::EntityKind::{Organization, Person};
use dossier_store::Store;

use super::common::Doc;
use super::{actor_with, actors, ingest};

fn on_disk() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kb.db");
    (dir, path)
}

fn person(source: &str, name: &str) -> dossier_doc::Document {
    Doc::new(source, &format!("{name} spoke today."))
        .entity("e1", Person, name, &[])
        .build()
}

fn front(source: &str, text: &str, name: &str, aliases: &[&str]) -> dossier_doc::Document {
    Doc::new(source, text)
        .entity("e1", Organization, name, aliases)
        .build()
}

#[test]
fn merge_persists_across_reopening() {
    let (_dir, path) = on_disk();
    {
        let mut s = Store::open(&path).unwrap();
        ingest(&mut s, &person("a.txt", "Abu Khalil"));
        ingest(&mut s, &person("b.txt", "Khalil Mansour"));
        assert_eq!(actors(&s).len(), 2);
        s.merge("Khalil Mansour", "Abu Khalil").unwrap();
        assert_eq!(actors(&s).len(), 1);
        assert!(
            s.merge("Khalil Mansour", "Abu Khalil").is_err(),
            "already one"
        );
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.rules().len(), 1);
    ingest(&mut s, &person("c.txt", "Abu Khalil"));
    s.apply_rules().unwrap();
    let all = s.entities(&Default::default()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].documents, 3);
}

#[test]
fn split_keeps_a_name_apart_in_later_documents() {
    let (_dir, path) = on_disk();
    let mut s = Store::open(&path).unwrap();
    ingest(
        &mut s,
        &front(
            "a.txt",
            "Jabhat al-Tahrir, the Front, grew.",
            "Jabhat al-Tahrir",
            &["Front"],
        ),
    );
    ingest(&mut s, &front("b.txt", "The Front grew.", "Front", &[]));
    assert_eq!(actors(&s).len(), 1, "{:?}", actors(&s));
    assert_eq!(s.split("Jabhat al-Tahrir", "Front").unwrap(), 1);
    assert_eq!(actors(&s).len(), 2);
    let jtw = actor_with(&s, "Jabhat al-Tahrir");
    assert!(!jtw[0].1.contains(&"Front".to_string()), "{jtw:?}");
    drop(s);
    let mut s = Store::open(&path).unwrap();
    ingest(
        &mut s,
        &front("c.txt", "The Front grew again.", "Front", &[]),
    );
    ingest(
        &mut s,
        &front(
            "d.txt",
            "Jabhat al-Tahrir, the Front, again.",
            "Jabhat al-Tahrir",
            &["Front"],
        ),
    );
    s.apply_rules().unwrap();
    let fronts = actor_with(&s, "Front");
    assert_eq!(fronts.len(), 1, "{:?}", actors(&s));
    assert!(!fronts[0].1.contains(&"Jabhat al-Tahrir".to_string()));
    let why = s.why("Front", Default::default()).unwrap();
    assert!(why.iter().any(|w| w.rule == "split by curation"), "{why:?}");
    assert!(s.split("Jabhat al-Tahrir", "jabhat al tahrir").is_err());
}

#[test]
fn alias_add_merges_now_and_later() {
    let mut s = super::store();
    ingest(&mut s, &person("a.txt", "Abu Khalil"));
    ingest(&mut s, &person("b.txt", "Khalil Mansour"));
    s.alias_add("Khalil Mansour", "Abu Khalil").unwrap();
    assert_eq!(actors(&s).len(), 1);
    ingest(&mut s, &person("c.txt", "Abu Khalil"));
    assert_eq!(actors(&s).len(), 1);
    let why = s.why("Khalil Mansour", Default::default()).unwrap();
    assert!(why.iter().any(|w| w.rule == "curated alias"), "{why:?}");
}

#[test]
fn alias_remove_takes_a_name_away_for_good() {
    let mut s = super::store();
    ingest(
        &mut s,
        &front(
            "a.txt",
            "Jabhat al-Tahrir, the Front, grew.",
            "Jabhat al-Tahrir",
            &["Front"],
        ),
    );
    ingest(&mut s, &front("b.txt", "The Front grew.", "Front", &[]));
    s.alias_remove("Jabhat al-Tahrir", "Front").unwrap();
    ingest(
        &mut s,
        &front(
            "c.txt",
            "Jabhat al-Tahrir, the Front, again.",
            "Jabhat al-Tahrir",
            &["Front"],
        ),
    );
    s.apply_rules().unwrap();
    let jtw = actor_with(&s, "Jabhat al-Tahrir");
    assert_eq!(jtw.len(), 1);
    assert!(!jtw[0].1.contains(&"Front".to_string()), "{jtw:?}");
    assert_eq!(actor_with(&s, "Front").len(), 1);
    assert!(s.alias_remove("Nobody Known", "Front").is_err());
}
