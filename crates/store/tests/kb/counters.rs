//! Counts kept on write (`actor_pair`, `fact_value`) always equal what
//! counting at query time would give, through ingest, curation and
//! replacement, and a store from before they existed gains them.

use dossier_doc::Document;
use dossier_doc::EntityKind::{Location, Organization, Person};
use dossier_store::{ConflictFilter, IngestOptions, Store};
use rusqlite::Connection;

use super::common::{count, Doc};

/// A document where `who` (several actors) meet in `place` in `year`, and
/// the Front's strength is put at `members`.
fn report(source: &str, who: &[&str], year: &str, members: f64) -> Document {
    let names = who.join(" and ");
    let text =
        format!("{names} met in Marvand in {year}. Reports say the Front has {members} members.");
    let clause = format!("{names} met in Marvand");
    let figure = format!("{members} members");
    let mut d = Doc::new(source, &text).entity("p", Location, "Marvand", &[]);
    let mut ids = vec!["p".to_string()];
    for (i, w) in who.iter().enumerate() {
        let id = format!("e{i}");
        d = d.entity(&id, Person, w, &[]);
        ids.push(id);
    }
    d = d.entity("f", Organization, "the Front", &[]);
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    d.event(&clause, "MEET", "met", year, &ids)
        .quantity(&figure, count(members, "members"))
        .build()
}

/// Rows of `actor_pair` or `fact_value` that differ from a count made now.
fn drift(path: &std::path::Path) -> (i64, i64) {
    let c = Connection::open(path).unwrap();
    let q = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    let counted = "SELECT a.entity, b.entity, count(*) FROM story_actor a
         JOIN story_actor b ON b.story = a.story AND b.entity <> a.entity GROUP BY 1, 2";
    let pairs = q(&format!(
        "SELECT (SELECT count(*) FROM (SELECT entity, other, n FROM actor_pair EXCEPT {counted}))
              + (SELECT count(*) FROM ({counted} EXCEPT SELECT entity, other, n FROM actor_pair))"
    ));
    let firsts = "SELECT fact, value, doc, start FROM claim c WHERE NOT EXISTS
         (SELECT 1 FROM claim o WHERE o.fact = c.fact AND o.value = c.value
          AND (o.doc, o.start) < (c.doc, c.start))";
    let values = q(&format!(
        "SELECT (SELECT count(*) FROM (SELECT fact, value, doc, start FROM fact_value EXCEPT {firsts}))
              + (SELECT count(*) FROM ({firsts} EXCEPT SELECT fact, value, doc, start FROM fact_value))"
    ));
    (pairs, values)
}

fn related(s: &Store, name: &str) -> Vec<(String, i64)> {
    s.entity(name)
        .unwrap()
        .related
        .into_iter()
        .map(|r| (r.name, r.events))
        .collect()
}

fn ingest(s: &mut Store, d: &Document, replace: bool) {
    s.ingest(d, 10, &IngestOptions { replace }).unwrap();
}

#[test]
fn shared_events_and_first_values_stay_counted_through_curation_and_replacement() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kb.db");
    let mut s = Store::open(&path).unwrap();
    ingest(
        &mut s,
        &report("a.txt", &["Saleh Bakri", "Omar Haddad"], "1991", 900.0),
        false,
    );
    ingest(
        &mut s,
        &report("b.txt", &["Saleh Bakri", "Omar Haddad"], "1995", 4000.0),
        false,
    );
    ingest(
        &mut s,
        &report("c.txt", &["Saleh Bakri", "Karim Nouri"], "1999", 4000.0),
        false,
    );
    ingest(
        &mut s,
        &report("d.txt", &["Karim Nouri"], "2003", 7000.0),
        false,
    );
    assert_eq!(
        related(&s, "Saleh Bakri"),
        [
            ("Marvand".to_string(), 3),
            ("Omar Haddad".to_string(), 2),
            ("Karim Nouri".to_string(), 1)
        ]
    );
    assert_eq!(drift(&path), (0, 0));

    s.merge("Omar Haddad", "Karim Nouri").unwrap();
    assert_eq!(drift(&path), (0, 0));
    let merged = related(&s, "Saleh Bakri");
    assert!(merged.contains(&("Marvand".to_string(), 3)), "{merged:?}");
    assert_eq!(merged.len(), 2, "{merged:?}");

    ingest(
        &mut s,
        &report("a.txt", &["Laila Sabri"], "1991", 50.0),
        true,
    );
    assert_eq!(drift(&path), (0, 0));
    s.split("Saleh Bakri", "Bakri").unwrap();
    assert_eq!(drift(&path), (0, 0));

    s.set_nested_limit(Some(2));
    let front = s.conflicts(&ConflictFilter::default()).unwrap();
    let values: Vec<(&str, &str)> = front[0]
        .claims
        .iter()
        .map(|c| (c.value.as_str(), c.document.as_str()))
        .collect();
    assert_eq!(front[0].claim_count, 4);
    assert_eq!(values, [("4000", "b.txt"), ("7000", "d.txt")]);
}

#[test]
fn a_version_2_store_gains_the_counts_with_the_same_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kb.db");
    let before = {
        let mut s = Store::open(&path).unwrap();
        for (i, year) in ["1991", "1995", "1999"].iter().enumerate() {
            let who = ["Saleh Bakri", "Omar Haddad", "Karim Nouri"];
            let d = report(
                &format!("{i}.txt"),
                &who[..=i.min(2)],
                year,
                900.0 * (i + 1) as f64,
            );
            ingest(&mut s, &d, false);
        }
        s.set_nested_limit(Some(2));
        (
            s.entity("Saleh Bakri").unwrap(),
            s.conflicts(&Default::default()).unwrap(),
        )
    };
    assert!(!before.0.related.is_empty() && before.1[0].claim_count > 2);
    // Back to version 2, as a store written before the counts existed.
    let c = Connection::open(&path).unwrap();
    c.execute_batch(
        "DROP TABLE actor_pair; DROP TABLE fact_value;
         DROP INDEX story_actor_lo; DROP INDEX fact_subject_conflicting;
         DROP INDEX event_story_span; CREATE INDEX event_story_doc ON event(story, doc, start);
         DROP INDEX story_width; PRAGMA user_version = 2;",
    )
    .unwrap();
    drop(c);
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), dossier_store::schema::CURRENT);
    assert_eq!(drift(&path), (0, 0));
    s.set_nested_limit(Some(2));
    assert_eq!(s.entity("Saleh Bakri").unwrap(), before.0);
    assert_eq!(s.conflicts(&Default::default()).unwrap(), before.1);
}
