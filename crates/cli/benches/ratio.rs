//! A speed check for continuous integration that holds on any machine: it
//! measures dossier against fixed reference workloads in the same run and
//! fails when the ratio falls below a floor, so a slow or busy machine moves
//! both sides and only a regression in dossier moves the ratio.
//!
//! ```text
//! cargo bench -p dossier-cli --bench ratio -- [--rounds N] [--min-extract R] [--min-ingest R]
//! ```
//!
//! - **extract**: the full pipeline over the documents of `tests/corpus`,
//!   against a reference that reads the same texts word by word (lowercase,
//!   count in a hash map, sort the vocabulary): plain string work of the same
//!   kind, with no rules in it.
//! - **ingest**: those documents, extracted beforehand, written into a fresh
//!   store (schema already created) with [`Store::ingest_batch`], against a reference that writes each
//!   sentence's text as a row of an indexed SQLite table in the same kind of
//!   file (WAL, one transaction).
//!
//! Rounds alternate the workloads; each ratio is the best reference time
//! divided by the best dossier time over the rounds (the best time is the
//! one least disturbed by other work on the machine), so a larger ratio is
//! faster. The word count runs [`REFERENCE_PASSES`] times per round so that
//! both sides last about as long. Prints one line per ratio and exits with
//! status 1 when one is below its floor.

#[path = "support/corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier_doc::Document;
use dossier_extract::Options;
use dossier_store::{IngestOptions, Store};

/// Passes of the word count per round.
const REFERENCE_PASSES: usize = 40;

/// The reference for extraction: a word count over the same texts.
fn word_count(texts: &[String]) -> usize {
    let mut counts: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    for t in texts {
        for w in t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let mut words: Vec<(&String, &u32)> = counts.iter().collect();
    words.sort();
    words.len()
}

/// The reference for ingest: every sentence as a row of an indexed table.
fn plain_rows(dir: &Path, round: usize, docs: &[Document]) -> f64 {
    let path = dir.join(format!("plain-{round}.db"));
    let started = Instant::now();
    let mut conn = rusqlite::Connection::open(&path).expect("reference store");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("WAL");
    conn.pragma_update(None, "synchronous", "NORMAL")
        .expect("sync");
    conn.execute_batch(
        "CREATE TABLE row (id INTEGER PRIMARY KEY, doc TEXT, start INTEGER, text TEXT);
         CREATE INDEX row_doc ON row(doc, start);",
    )
    .expect("schema");
    let tx = conn.transaction().expect("tx");
    {
        let mut insert = tx
            .prepare("INSERT INTO row (doc, start, text) VALUES (?1, ?2, ?3)")
            .expect("insert");
        for d in docs {
            for s in &d.sentences {
                insert
                    .execute(rusqlite::params![
                        d.source,
                        s.span.start as i64,
                        d.slice(s.span)
                    ])
                    .expect("row");
            }
        }
    }
    tx.commit().expect("commit");
    drop(conn);
    started.elapsed().as_secs_f64()
}

fn best(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::INFINITY, f64::min)
}

fn main() {
    let mut rounds = 9usize;
    let mut floors = [("extract", 0.0f64), ("ingest", 0.0f64)];
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().and_then(|v| v.parse::<f64>().ok());
        match a.as_str() {
            "--rounds" => rounds = value().map_or(rounds, |v| v.max(1.0) as usize),
            "--min-extract" => floors[0].1 = value().unwrap_or(0.0),
            "--min-ingest" => floors[1].1 = value().unwrap_or(0.0),
            _ => {} // cargo bench passes --bench
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let docs = corpus::documents(&root.join("tests/corpus"));
    assert!(!docs.is_empty(), "no documents in tests/corpus");
    let options = Options::default();
    let extract_all = || -> Vec<Document> {
        docs.iter()
            .filter_map(|(name, b)| dossier_extract::extract_bytes(name, b, &options).ok())
            .map(|x| x.document)
            .collect()
    };
    let extracted = extract_all();
    let texts: Vec<String> = extracted.iter().map(|d| d.text.clone()).collect();
    let tmp = std::env::temp_dir().join(format!("dossier-ratio-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    // Times per round: word count, extraction, plain rows, store.
    let mut times: [Vec<f64>; 4] = Default::default();
    for round in 0..rounds {
        let t = Instant::now();
        for _ in 0..REFERENCE_PASSES {
            std::hint::black_box(word_count(&texts));
        }
        times[0].push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        std::hint::black_box(extract_all());
        times[1].push(t.elapsed().as_secs_f64());

        times[2].push(plain_rows(&tmp, round, &extracted));
        // Opening creates the schema, a fixed cost that says nothing about
        // writing documents: the clock starts after it.
        let mut store = Store::open(tmp.join(format!("kb-{round}.db"))).expect("store");
        let t = Instant::now();
        let results = store
            .ingest_batch(
                extracted.iter().map(|d| (d, d.text.len() as u64)),
                &IngestOptions::default(),
            )
            .expect("commit");
        assert!(results.iter().all(Result::is_ok), "every document stored");
        drop(store);
        times[3].push(t.elapsed().as_secs_f64());
    }
    let _ = std::fs::remove_dir_all(&tmp);
    let measured = [
        best(&times[0]) / best(&times[1]),
        best(&times[2]) / best(&times[3]),
    ];
    let mut failed = false;
    for ((name, floor), ratio) in floors.iter().zip(measured) {
        let ok = ratio >= *floor;
        failed |= !ok;
        println!(
            "ratio {name}: {ratio:.4} (best reference time / best dossier time over {rounds} rounds), floor {floor} {}",
            if ok { "ok" } else { "FAILED" }
        );
    }
    if failed {
        std::process::exit(1);
    }
}
