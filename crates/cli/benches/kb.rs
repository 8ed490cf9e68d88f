//! Knowledge-base benchmark: documents ingested per second, and query
//! latency (p50/p95) for entity, timeline, conflicts and search, on sample
//! documents repeated to `DOSSIER_BENCH_DOCS` documents (default 10,000).
//!
//! ```text
//! cargo bench -p dossier-cli --bench kb
//! DOSSIER_BENCH_DOCS=1000 DOSSIER_BENCH_SAMPLES=tests/corpus cargo bench -p dossier-cli --bench kb
//! DOSSIER_BENCH_DB=store.db cargo bench -p dossier-cli --bench kb   # queries only, on a store
//! ```
//!
//! With `DOSSIER_BENCH_DB` nothing is ingested: the queries run on that
//! store (opened read-only, as `dossier serve` and the query commands do),
//! which is how `bench/run.sh` times queries on stores of 10,000 to
//! 1,000,000 generated documents.
//!
//! Each copy of a sample gets one extra line so that its content hash
//! differs (the store never stores the same content twice). Ingest runs as
//! `dossier ingest` does: extraction in parallel on every core, one writer,
//! a transaction per batch of documents.

#[path = "support/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use dossier_extract::Options;
use dossier_store::{ConflictFilter, EntityFilter, IngestOptions, Page, Store, TimelineFilter};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

fn copy(samples: &[(String, Vec<u8>)], k: usize) -> (String, Vec<u8>) {
    let (name, bytes) = &samples[k % samples.len()];
    let mut b = bytes.clone();
    b.extend_from_slice(format!("\n\nArchive copy {k}.\n").as_bytes());
    (format!("copy-{k:07}/{name}"), b)
}

fn percentile(v: &mut [Duration], p: f64) -> f64 {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v.get(i).map_or(0.0, |d| d.as_secs_f64() * 1e3)
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_string)
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn time<T>(runs: usize, mut f: impl FnMut(usize) -> T) -> [f64; 3] {
    let mut d = Vec::with_capacity(runs);
    for i in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f(i));
        d.push(t.elapsed());
    }
    [
        percentile(&mut d, 0.5),
        percentile(&mut d, 0.95),
        percentile(&mut d, 0.99),
    ]
}

fn main() {
    if let Ok(db) = std::env::var("DOSSIER_BENCH_DB") {
        let store = Store::open_read_only(&db).expect("the store opens");
        let stats = store.stats().expect("stats");
        println!(
            "store {db}: {} documents, {} actors, {} timeline rows, {} conflicts",
            stats.documents, stats.entities, stats.stories, stats.conflicts
        );
        queries(&store);
        return;
    }
    let n: usize = std::env::var("DOSSIER_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::var("DOSSIER_BENCH_SAMPLES")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("tests/corpus"));
    let samples = corpus::documents(&dir);
    assert!(!samples.is_empty(), "no samples in {}", dir.display());
    let tmp = std::env::temp_dir().join(format!("dossier-kb-bench-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let db = tmp.join("bench.db");
    let mut store = Store::open(&db).expect("store opens");
    let options = Options::default();
    let (tx, rx) = sync_channel(rayon::current_num_threads() * 4);
    let started = Instant::now();
    let mut bytes = 0u64;
    std::thread::scope(|scope| {
        scope.spawn(|| {
            (0..n).into_par_iter().for_each_with(tx, |tx, k| {
                let (name, b) = copy(&samples, k);
                let _ = Sha256::digest(&b); // the CLI hashes before extracting
                if let Ok(x) = dossier_extract::extract_bytes(&name, &b, &options) {
                    let _ = tx.send((x.document, b.len() as u64));
                }
            });
        });
        // Batches as `dossier ingest` makes them: what has arrived, up to 512.
        while let Ok(first) = rx.recv() {
            let mut batch = vec![first];
            while batch.len() < 512 {
                match rx.try_recv() {
                    Ok(d) => batch.push(d),
                    Err(_) => break,
                }
            }
            bytes += batch.iter().map(|d| d.1).sum::<u64>();
            for r in store
                .ingest_batch(
                    batch.iter().map(|(d, n)| (d, *n)),
                    &IngestOptions::default(),
                )
                .expect("commit")
            {
                r.expect("ingest");
            }
        }
    });
    store.apply_rules().expect("rules");
    let secs = started.elapsed().as_secs_f64();
    let stats = store.stats().expect("stats");
    let size = std::fs::metadata(&db).map_or(0, |m| m.len())
        + std::fs::metadata(db.with_extension("db-wal")).map_or(0, |m| m.len());
    println!(
        "kb bench: {} samples from {} repeated to {n} documents",
        samples.len(),
        dir.display()
    );
    println!(
        "ingest: {n} docs, {:.1} MB in {secs:.1} s = {:.0} docs/s ({:.2} MB/s) on {} threads; store {:.1} KB/doc; peak RSS {:.0} MB",
        bytes as f64 / 1e6,
        n as f64 / secs,
        bytes as f64 / 1e6 / secs,
        rayon::current_num_threads(),
        size as f64 / 1024.0 / n as f64,
        peak_rss_mb()
    );
    println!(
        "store: {} documents, {} actors, {} timeline rows, {} conflicts",
        stats.documents, stats.entities, stats.stories, stats.conflicts
    );
    queries(&store);
    drop(store);
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Times entity, timeline, conflicts and search over the 50 actors in most
/// documents (the slowest to answer) and a few common words.
fn queries(store: &Store) {
    let names: Vec<String> = store
        .entities(&EntityFilter {
            page: Page::first(50),
            ..Default::default()
        })
        .expect("entities")
        .into_iter()
        .map(|e| e.id.to_string())
        .collect();
    let words = [
        "minister",
        "front",
        "border",
        "ceasefire",
        "weapons",
        "talks",
        "arrested",
        "report",
    ];
    let runs = 200;
    let pick = |i: usize| {
        names
            .get(i % names.len().max(1))
            .cloned()
            .unwrap_or_default()
    };
    let page = Page::first(100);
    let q = [
        (
            "entity",
            time(runs, |i| store.entity(&pick(i)).map(|d| d.timeline.len())),
        ),
        (
            "timeline",
            time(runs, |i| {
                store
                    .timeline(&TimelineFilter {
                        entity: Some(pick(i)),
                        page,
                        ..Default::default()
                    })
                    .map(|r| r.len())
            }),
        ),
        (
            "conflicts",
            time(runs, |i| {
                store
                    .conflicts(&ConflictFilter {
                        entity: Some(pick(i)),
                        page,
                    })
                    .map(|r| r.len())
            }),
        ),
        (
            "search",
            time(runs, |i| {
                store
                    .search(words[i % words.len()], Page::first(20))
                    .map(|r| r.len())
            }),
        ),
    ];
    for (name, [p50, p95, p99]) in q {
        println!(
            "query {name:<9} p50 {p50:7.2} ms  p95 {p95:7.2} ms  p99 {p99:7.2} ms  ({runs} runs over the top actors)"
        );
    }
}
