//! Timeline, search, quotations, citations, dossier.

use dossier_doc::EntityKind::{Location, Organization, Person};
use dossier_doc::{Citation, Span};
use dossier_store::{EntityFilter, Page, QuoteFilter, TimelineFilter};

use super::common::Doc;
use super::{ingest, store};

fn founding(source: &str, text: &str, clause: &str, date: &str) -> dossier_doc::Document {
    Doc::new(source, text)
        .entity("e1", Organization, "Jabhat al-Tahrir", &[])
        .event(clause, "FOUND", "founded", date, &["e1"])
        .build()
}

#[test]
fn one_event_in_several_documents_is_one_row_with_every_source() {
    let mut s = store();
    ingest(
        &mut s,
        &founding(
            "a.txt",
            "Jabhat al-Tahrir was founded in 1979.",
            "Jabhat al-Tahrir was founded in 1979",
            "1979",
        ),
    );
    ingest(
        &mut s,
        &founding(
            "b.txt",
            "In March 1979 Jabhat al-Tahrir was founded.",
            "Jabhat al-Tahrir was founded",
            "1979-03",
        ),
    );
    let rows = s.timeline(&Default::default()).unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].sources.len(), 2);
    assert_eq!(
        rows[0].date.as_deref(),
        Some("1979-03"),
        "the most precise agreed date"
    );
    assert_eq!(rows[0].actors, ["Jabhat al-Tahrir"]);
}

#[test]
fn mixed_precision_orders_the_year_before_its_months() {
    let mut s = store();
    let d = Doc::new(
        "a.txt",
        "Hadidi was arrested in March 1971. Hadidi was tried in 1971. Hadidi fled in 1970.",
    )
    .entity("e1", Person, "Moammar Hadidi", &["Hadidi"])
    .event(
        "Hadidi was arrested in March 1971",
        "ARREST",
        "arrested",
        "1971-03",
        &["e1"],
    )
    .event(
        "Hadidi was tried in 1971",
        "TRIAL",
        "tried",
        "1971",
        &["e1"],
    )
    .event("Hadidi fled in 1970", "RELOCATE", "fled", "1970", &["e1"])
    .build();
    ingest(&mut s, &d);
    let dates: Vec<String> = s
        .timeline(&Default::default())
        .unwrap()
        .into_iter()
        .filter_map(|r| r.date)
        .collect();
    assert_eq!(dates, ["1970", "1971", "1971-03"]);
    let f = TimelineFilter {
        from: Some("1971".into()),
        ..Default::default()
    };
    assert_eq!(s.timeline(&f).unwrap().len(), 2);
    let f = TimelineFilter {
        entity: Some("Hadidi".into()),
        to: Some("1970-12".into()),
        ..Default::default()
    };
    assert_eq!(s.timeline(&f).unwrap().len(), 1);
}

#[test]
fn different_events_on_one_day_stay_apart() {
    let mut s = store();
    let d = Doc::new(
        "a.txt",
        "Baydar was shelled on 3 May 1984. Kesh was shelled on 3 May 1984.",
    )
    .entity("e1", Location, "Baydar", &[])
    .entity("e2", Location, "Kesh", &[])
    .event(
        "Baydar was shelled on 3 May 1984",
        "ASSAULT",
        "shelled",
        "1984-05-03",
        &["e1"],
    )
    .event(
        "Kesh was shelled on 3 May 1984",
        "ASSAULT",
        "shelled",
        "1984-05-03",
        &["e2"],
    )
    .build();
    ingest(&mut s, &d);
    assert_eq!(s.timeline(&Default::default()).unwrap().len(), 2);
    // A report naming nobody, with the same trigger on the same day, corroborates.
    let d2 = Doc::new("b.txt", "The town was shelled on 3 May 1984.")
        .event(
            "The town was shelled on 3 May 1984",
            "ASSAULT",
            "shelled",
            "1984-05-03",
            &[],
        )
        .build();
    ingest(&mut s, &d2);
    let rows = s.timeline(&Default::default()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows.iter().map(|r| r.sources.len()).sum::<usize>(), 3);
}

#[test]
fn search_folds_diacritics_and_marks_matches() {
    let mut s = store();
    ingest(
        &mut s,
        &Doc::new(
            "a.txt",
            "The envoy met in Genève on Monday. Nothing else happened.",
        )
        .build(),
    );
    let hits = s.search("geneve", Page::default()).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0].snippet.contains("**Genève**"),
        "{}",
        hits[0].snippet
    );
    assert_eq!((hits[0].start, hits[0].end), (0, 34));
    assert!(s
        .search("\"unbalanced OR", Page::default())
        .unwrap()
        .is_empty());
}

#[test]
fn quotes_by_and_about_an_actor() {
    let mut s = store();
    let d = Doc::new("a.txt", "Hadidi said \"Saleh Bakri lies\" today.")
        .entity("e1", Person, "Moammar Hadidi", &["Hadidi"])
        .entity("e2", Person, "Saleh Bakri", &[])
        .quote("Saleh Bakri lies", "Hadidi", Some("e1"))
        .build();
    ingest(&mut s, &d);
    let by = s
        .quotes(&QuoteFilter {
            speaker: Some("Moammar Hadidi".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by.len(), 1);
    assert_eq!(by[0].speaker.as_deref(), Some("Moammar Hadidi"));
    let about = s
        .quotes(&QuoteFilter {
            about: Some("Bakri".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(about.len(), 1);
    let none = s
        .quotes(&QuoteFilter {
            about: Some("Hadidi".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(
        none.is_empty(),
        "the speaker is not what the quotation is about"
    );
    let dossier = s.entity("Bakri").unwrap();
    assert_eq!(dossier.quotes_about.len(), 1);
    assert!(s
        .quotes(&QuoteFilter {
            speaker: Some("Nobody Known".into()),
            ..Default::default()
        })
        .is_err());
}

#[test]
fn citations_are_counted_per_work() {
    let mut s = store();
    for (i, src) in ["a.txt", "b.txt"].iter().enumerate() {
        let mut d = Doc::new(src, &format!("As shown (Qureishi 2004: {}).", 80 + i)).build();
        d.citations.push(Citation {
            span: Span::new(10, 28),
            author: Some("Qureishi".into()),
            year: Some("2004".into()),
            page: Some(format!("{}", 80 + i)),
            ..Default::default()
        });
        ingest(&mut s, &d);
    }
    let works = s.citations(Page::default()).unwrap();
    assert_eq!(works.len(), 1);
    assert_eq!(works[0].count, 2);
    assert_eq!(works[0].documents, ["a.txt", "b.txt"]);
}

#[test]
fn the_dossier_gathers_an_actor() {
    let mut s = store();
    let d = Doc::new("a.txt", "Saleh Bakri moved to Marvand in 1991.")
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
    let bakri = s.entity("salih bakri").unwrap();
    assert_eq!(bakri.name, "Saleh Bakri");
    assert_eq!(bakri.first.as_deref(), Some("1991"));
    assert_eq!(bakri.last.as_deref(), Some("2011-03-14"));
    assert_eq!(bakri.timeline.len(), 1);
    assert_eq!(bakri.related[0].name, "Marvand");
    assert_eq!(bakri.documents[0].document, "a.txt");
    let people = s
        .entities(&EntityFilter {
            kind: Some("person".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(people.len(), 1);
    let many = s
        .entities(&EntityFilter {
            min_docs: 2,
            ..Default::default()
        })
        .unwrap();
    assert!(many.is_empty());
    assert!(s.entity("Nobody Known").is_err());
}

#[test]
fn search_ranks_as_fts5_bm25_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kb.db");
    let mut s = dossier_store::Store::open(&path).unwrap();
    let texts = [
        "Ceasefire talks resumed. The ceasefire held for a week and the talks went on.",
        "A long report on the border said little about any ceasefire at all in the end.",
        "Talks. Ceasefire, ceasefire, ceasefire talks again. Nothing else.",
    ];
    for (i, t) in texts.iter().enumerate() {
        ingest(&mut s, &Doc::new(&format!("{i}.txt"), t).build());
    }
    let c = rusqlite::Connection::open(&path).unwrap();
    for query in ["ceasefire", "ceasefire talks", "talks"] {
        let hits = s.search(query, Page::default()).unwrap();
        let fts: String = query
            .split_whitespace()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(" ");
        let mut expected: Vec<(String, i64, f64)> = c
            .prepare(
                "SELECT d.source, s.start, bm25(sentence_fts) FROM sentence_fts
                 JOIN sentence s ON s.id = sentence_fts.rowid JOIN document d ON d.doc = s.doc
                 WHERE sentence_fts MATCH ?1 ORDER BY bm25(sentence_fts), sentence_fts.rowid DESC",
            )
            .unwrap()
            .query_map([&fts], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(expected.len() >= 2, "{query}: {expected:?}");
        assert_eq!(hits.len(), expected.len(), "{query}");
        for (h, e) in hits.iter().zip(expected.drain(..)) {
            assert_eq!(
                (h.document.as_str(), h.start),
                (e.0.as_str(), e.1),
                "{query}"
            );
            assert!(
                (h.rank - e.2).abs() < 1e-9,
                "{query}: {} vs {}",
                h.rank,
                e.2
            );
        }
    }
}
