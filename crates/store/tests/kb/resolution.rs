//! Cross-document resolution: what merges, and what stays apart.

use dossier_doc::EntityKind::{Location, Organization, Person};

use super::common::Doc;
use super::{actor_with, actors, ingest, store};

#[test]
fn same_name_merges_across_documents() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "Saleh Bakri spoke.")
            .entity("e1", Person, "Saleh Bakri", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "Later Saleh Bakri left.")
            .entity("e1", Person, "Saleh Bakri", &[])
            .build(),
    );
    let all = s.entities(&Default::default()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].documents, 2);
    assert_eq!(all[0].mentions, 2);
}

#[test]
fn transliterations_merge_by_key() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "Moammar Hadidi spoke.")
            .entity("e1", Person, "Moammar Hadidi", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "Muammar al-Hadidi spoke.")
            .entity("e1", Person, "Muammar al-Hadidi", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("c.txt", "Salih Bakri and Jebhat el-Tahrir.")
            .entity("e1", Person, "Salih Bakri", &[])
            .entity("e2", Organization, "Jebhat el-Tahrir", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("d.txt", "Saleh Bakri of Jabhat Tahrir.")
            .entity("e1", Person, "Saleh Bakri", &[])
            .entity("e2", Organization, "Jabhat Tahrir", &[])
            .build(),
    );
    assert_eq!(actors(&s).len(), 3, "{:?}", actors(&s));
    assert_eq!(actor_with(&s, "Muammar al-Hadidi")[0].1.len(), 2);
}

#[test]
fn an_acronym_defined_in_one_document_merges_in_another() {
    let mut s = store();
    let a = Doc::new(
        "a.txt",
        "The National Liberation Front of Qaranistan (NLFQ) denied it.",
    )
    .entity(
        "e1",
        Organization,
        "National Liberation Front of Qaranistan",
        &["NLFQ"],
    )
    .build();
    ingest(&mut s, &a);
    ingest(
        &mut s,
        &Doc::new("b.txt", "The NLFQ said so.")
            .entity("e1", Organization, "NLFQ", &[])
            .build(),
    );
    let found = actor_with(&s, "NLFQ");
    assert_eq!(found.len(), 1);
    assert!(found[0]
        .1
        .contains(&"National Liberation Front of Qaranistan".to_string()));
    assert_eq!(actors(&s).len(), 1);
}

#[test]
fn undefined_acronym_matches_the_initials_of_the_only_candidate() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "The Popular Defence Committee met.")
            .entity("e1", Organization, "Popular Defence Committee", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "The PDC met again.")
            .entity("e1", Organization, "PDC", &[])
            .build(),
    );
    assert_eq!(actors(&s).len(), 1, "{:?}", actors(&s));
}

#[test]
fn a_surname_alone_joins_the_only_candidate() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "Darius Tabrizi spoke.")
            .entity("e1", Person, "Darius Tabrizi", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "Tabrizi left.")
            .entity("e1", Person, "Tabrizi", &[])
            .build(),
    );
    assert_eq!(actors(&s).len(), 1);
}

#[test]
fn two_people_sharing_a_surname_stay_apart() {
    let mut s = store();
    let a = Doc::new(
        "a.txt",
        "Darius Tabrizi and his predecessor Reza Tabrizi. Tabrizi spoke.",
    )
    .entity("e1", Person, "Darius Tabrizi", &["Tabrizi"])
    .entity("e2", Person, "Reza Tabrizi", &[])
    .build();
    ingest(&mut s, &a);
    ingest(
        &mut s,
        &Doc::new("b.txt", "Reza Tabrizi signed.")
            .entity("e1", Person, "Reza Tabrizi", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("c.txt", "Tabrizi signed.")
            .entity("e1", Person, "Tabrizi", &[])
            .build(),
    );
    let darius = actor_with(&s, "Darius Tabrizi");
    let reza = actor_with(&s, "Reza Tabrizi");
    assert_eq!(darius.len(), 1);
    assert_eq!(reza.len(), 1);
    assert_ne!(darius[0].0, reza[0].0);
    assert!(!reza[0].1.contains(&"Darius Tabrizi".to_string()));
}

#[test]
fn persons_and_organizations_with_one_name_stay_apart() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "Nour Haddad spoke.")
            .entity("e1", Person, "Nour Haddad", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "Nour Haddad, the bank, failed.")
            .entity("e1", Organization, "Nour Haddad", &[])
            .build(),
    );
    assert_eq!(actors(&s).len(), 2);
}

#[test]
fn a_country_and_an_organization_containing_its_name_stay_apart() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "Marvand recalled its envoy.")
            .entity("e1", Location, "Marvand", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "Marvand protested.")
            .entity("e1", Organization, "Marvand", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("c.txt", "The Marvandi foreign ministry replied.")
            .entity("e1", Organization, "Marvandi foreign ministry", &[])
            .build(),
    );
    let m = actor_with(&s, "Marvand");
    assert_eq!(
        m.len(),
        1,
        "a country written as a place and as a government is one actor"
    );
    assert!(!m[0].1.contains(&"Marvandi foreign ministry".to_string()));
    assert_eq!(actors(&s).len(), 2);
}

#[test]
fn a_leader_and_his_government_stay_apart() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "Moammar Hadidi spoke.")
            .entity("e1", Person, "Moammar Hadidi", &["Hadidi"])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "The Hadidi government fell.")
            .entity("e1", Organization, "Hadidi government", &[])
            .build(),
    );
    assert_eq!(actors(&s).len(), 2);
}

#[test]
fn an_alias_statement_merges_across_documents() {
    let mut s = store();
    let a = Doc::new(
        "a.txt",
        "Jabhat al-Tahrir, known in Marvand as Jebhe-ye Tahrir, grew.",
    )
    .entity("e1", Organization, "Jabhat al-Tahrir", &["Jebhe-ye Tahrir"])
    .build();
    ingest(&mut s, &a);
    ingest(
        &mut s,
        &Doc::new("b.txt", "Jebhe-ye Tahrir grew.")
            .entity("e1", Organization, "Jebhe-ye Tahrir", &[])
            .build(),
    );
    assert_eq!(actors(&s).len(), 1);
    let why = s.why("Jebhe-ye Tahrir", Default::default()).unwrap();
    assert_eq!(why.len(), 2);
    assert_eq!(why[1].matched_document.as_deref(), Some("a.txt"));
    assert_eq!(why[1].alias.as_deref(), Some("Jebhe-ye Tahrir"));
}

#[test]
fn a_bridge_merges_actors_found_apart() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new("a.txt", "The NLFQ spoke.")
            .entity("e1", Organization, "NLFQ", &[])
            .build(),
    );
    ingest(
        &mut s,
        &Doc::new("b.txt", "Jabhat al-Watani spoke.")
            .entity("e1", Organization, "Jabhat al-Watani", &[])
            .build(),
    );
    let c = Doc::new("c.txt", "Jabhat al-Watani, also called the NLFQ, spoke.")
        .entity("e1", Organization, "Jabhat al-Watani", &["NLFQ"])
        .build();
    ingest(&mut s, &c);
    let all = s.entities(&Default::default()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].documents, 3);
}
