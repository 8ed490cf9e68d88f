//! Conflicts: the same subject and attribute with incompatible values.

use dossier_doc::EntityKind::{Location, Organization, Person};
use dossier_doc::Quantity;
use dossier_store::ConflictFilter;

use super::common::{count, Doc};
use super::{ingest, store};

const STRENGTH: &str = "The Front claims 20,000 members, but Western intelligence estimates put its strength at between 4,000 and 7,000 fighters. A 2007 report by the Centre for Conflict Studies in Geneva put the figure at about 5,500.";

fn strength_doc() -> dossier_doc::Document {
    Doc::new("a.txt", STRENGTH)
        .entity("e1", Organization, "Jabhat al-Tahrir", &["Front"])
        .entity("e2", Organization, "Centre for Conflict Studies", &[])
        .entity("e3", Location, "Geneva", &[])
        .quantity(
            "20,000 members",
            Quantity {
                claimed: true,
                claimant: Some("The Front".into()),
                ..count(20000.0, "members")
            },
        )
        .quantity(
            "4,000 and 7,000 fighters",
            Quantity {
                low: Some(4000.0),
                high: Some(7000.0),
                unit: Some("fighters".into()),
                claimed: true,
                ..Default::default()
            },
        )
        .quantity(
            "5,500",
            Quantity {
                approximate: true,
                hedge: Some("about".into()),
                claimant: Some("Centre for Conflict Studies".into()),
                ..count(5500.0, "")
            },
        )
        .build()
}

#[test]
fn a_claimed_size_against_an_estimate_and_a_hedge() {
    let mut s = store();
    ingest(&mut s, &strength_doc());
    let c = s.conflicts(&Default::default()).unwrap();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].subject, "Jabhat al-Tahrir");
    assert_eq!(c[0].attribute, "personnel");
    let values: Vec<&str> = c[0].claims.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["20000", "4000-7000", "5500"]);
    let kinds: Vec<&str> = c[0].claims.iter().map(|x| x.kind.as_str()).collect();
    assert_eq!(kinds, ["claim", "estimate", "hedge"]);
    assert_eq!(
        c[0].claims[2].asserted_by.as_deref(),
        Some("Centre for Conflict Studies")
    );
}

#[test]
fn a_count_against_a_lower_bound_of_the_same_kind_of_thing() {
    let mut s = store();
    let text = "According to one tally, the Front handed over 120 tanks, 80 artillery pieces and 2,000 rifles when it disarmed in 2004. Officials later claimed the true total was more than 600 heavy vehicles.";
    let d = Doc::new("b.txt", text)
        .entity("e1", Organization, "Jabhat al-Tahrir", &["Front"])
        .quantity("120 tanks", count(120.0, "tanks"))
        .quantity("80 artillery pieces", count(80.0, "artillery pieces"))
        .quantity("2,000 rifles", count(2000.0, "rifles"))
        .quantity(
            "600 heavy vehicles",
            Quantity {
                low: Some(600.0),
                claimed: true,
                ..count(600.0, "heavy vehicles")
            },
        )
        .build();
    ingest(&mut s, &d);
    let c = s.conflicts(&Default::default()).unwrap();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].attribute, "vehicles");
    let values: Vec<&str> = c[0].claims.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["120", ">600"]);
}

#[test]
fn compatible_figures_and_different_subjects_are_no_conflict() {
    let mut s = store();
    let text = "The Front has 3,000 fighters. Observers counted about 3,100 fighters in the Front. The Guard has 9,000 fighters.";
    let d = Doc::new("c.txt", text)
        .entity("e1", Organization, "Jabhat al-Tahrir", &["Front"])
        .entity("e2", Organization, "Republican Guard", &["Guard"])
        .quantity("3,000 fighters", count(3000.0, "fighters"))
        .quantity(
            "3,100 fighters",
            Quantity {
                approximate: true,
                ..count(3100.0, "fighters")
            },
        )
        .quantity("9,000 fighters", count(9000.0, "fighters"))
        .build();
    ingest(&mut s, &d);
    assert!(s.conflicts(&Default::default()).unwrap().is_empty());
}

#[test]
fn the_year_of_the_same_move_across_documents() {
    let mut s = store();
    let a = Doc::new("a.txt", "Saleh Bakri moved to Marvand in 1991. Hassan Qureishi wrote that Salih Bakri arrived \"in the winter of 1990\".")
        .entity("e1", Person, "Saleh Bakri", &["Salih Bakri"])
        .entity("e2", Location, "Marvand", &[])
        .entity("e3", Person, "Hassan Qureishi", &[])
        .event("Saleh Bakri moved to Marvand in 1991", "RELOCATE", "moved", "1991", &["e1"])
        .located("e2")
        .event("Salih Bakri arrived \"in the winter of 1990\"", "RELOCATE", "arrived", "1990-WI", &["e1"])
        .quote("in the winter of 1990", "Hassan Qureishi", Some("e3"))
        .build();
    ingest(&mut s, &a);
    let b = Doc::new("b.txt", "Bakri's move to Marvand came in 1991.")
        .entity("e1", Person, "Saleh Bakri", &["Bakri"])
        .entity("e2", Location, "Marvand", &[])
        .event(
            "Bakri's move to Marvand came in 1991",
            "RELOCATE",
            "move",
            "1991",
            &["e1"],
        )
        .located("e2")
        .build();
    ingest(&mut s, &b);
    let c = s
        .conflicts(&ConflictFilter {
            entity: Some("Bakri".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].attribute, "date of RELOCATE to Marvand");
    let values: Vec<&str> = c[0].claims.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["1991", "1990-WI", "1991"]);
    assert_eq!(
        c[0].claims[1].asserted_by.as_deref(),
        Some("Hassan Qureishi")
    );
    assert_eq!(s.entity("Saleh Bakri").unwrap().conflicts.len(), 1);
}

#[test]
fn figures_about_one_actor_meet_across_documents() {
    let mut s = store();
    let a = Doc::new(
        "a.txt",
        "Hadidi accused Marvand of sheltering 3,000 armed men of the Front near Zarin.",
    )
    .entity("e1", Person, "Hadidi", &[])
    .entity("e2", Organization, "Marvand", &[])
    .entity("e3", Organization, "Jabhat al-Tahrir", &["Front"])
    .quantity(
        "3,000 armed men",
        Quantity {
            low: Some(3000.0),
            claimant: Some("Hadidi".into()),
            ..count(3000.0, "armed men")
        },
    )
    .build();
    let b = Doc::new(
        "b.txt",
        "Marvandi officials said fewer than 400 fighters of the Front were there.",
    )
    .entity("e1", Organization, "Jabhat al-Tahrir", &["Front"])
    .quantity(
        "400 fighters",
        Quantity {
            value: None,
            high: Some(400.0),
            ..count(400.0, "fighters")
        },
    )
    .build();
    ingest(&mut s, &a);
    ingest(&mut s, &b);
    let c = s.conflicts(&Default::default()).unwrap();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].subject, "Jabhat al-Tahrir");
    assert_eq!(c[0].claims.len(), 2);
    assert_eq!(c[0].claims[0].document, "a.txt");
    assert_eq!(c[0].claims[1].document, "b.txt");
}

#[test]
fn a_death_toll_against_a_count_of_dead_whatever_the_noun() {
    let mut s = store();
    let text = "Soldiers under Colonel Ramon Vega killed 214 villagers there, among them 61 children. Army records list \"fewer than 50\" enemy dead.";
    let d = Doc::new("a.txt", text)
        .entity("e1", Person, "Ramon Vega", &[])
        .quantity("214 villagers", count(214.0, "villagers"))
        .quantity("61 children", count(61.0, "children"))
        .quantity(
            "fewer than 50",
            Quantity {
                value: Some(50.0),
                high: Some(50.0),
                ..Default::default()
            },
        )
        .build();
    ingest(&mut s, &d);
    let c = s.conflicts(&Default::default()).unwrap();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].attribute, "casualties");
    let values: Vec<&str> = c[0].claims.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["214", "<50"]);
}

#[test]
fn a_second_claim_in_one_sentence_is_about_the_same_thing() {
    let mut s = store();
    let text = "According to the World Bank, the dam will cost US$ 2.4 billion; Dravia puts the figure at $1.9 billion.";
    let d = Doc::new("a.txt", text)
        .entity("e1", Organization, "World Bank", &[])
        .entity("e2", Organization, "Dravia", &[])
        .quantity(
            "US$ 2.4 billion",
            Quantity {
                claimant: Some("World Bank".into()),
                ..count(2.4e9, "USD")
            },
        )
        .quantity(
            "$1.9 billion",
            Quantity {
                claimant: Some("Dravia".into()),
                ..count(1.9e9, "USD")
            },
        )
        .build();
    ingest(&mut s, &d);
    let c = s.conflicts(&Default::default()).unwrap();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].claims.len(), 2);
}

#[test]
fn a_date_given_and_denied_in_one_sentence() {
    let mut s = store();
    let text = "Arango said the operation at Los Pinos took place in August 1977, not 1976.";
    let mut d = Doc::new("a.txt", text)
        .entity("e1", Location, "Los Pinos", &[])
        .event(
            "the operation at Los Pinos took place in August 1977, not 1976",
            "ASSAULT",
            "operation",
            "1977-08",
            &["e1"],
        )
        .build();
    for (t, v) in [("August 1977", "1977-08"), ("1976", "1976")] {
        let i = text.find(t).unwrap();
        d.times.push(dossier_doc::Time {
            span: dossier_doc::Span::new(i, i + t.len()),
            value: Some(v.into()),
            modifier: None,
            anchor: "absolute",
        });
    }
    ingest(&mut s, &d);
    let c = s.conflicts(&Default::default()).unwrap();
    assert_eq!(c.len(), 1, "{c:?}");
    let values: Vec<&str> = c[0].claims.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["1977-08", "1976"]);
}
