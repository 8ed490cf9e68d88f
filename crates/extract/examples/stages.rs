//! Throughput of the full pipeline and of each stage, on one core.
//!
//! ```text
//! cargo run --release -p dossier-extract --example stages -- [--rounds N] PATH...
//! ```
//!
//! Every file under the given paths is loaded once; then the pipeline runs over
//! all of them `--rounds` times on this thread, and the time spent in each stage
//! is summed. Prints MB/s (of document text) and documents/s per stage and in all,
//! and the characters of source per second from texts in memory (load and
//! pipeline, one round), the figure a peer timed on texts in memory compares with.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dossier_doc::Document;
use dossier_extract::{Options, Pipeline};

/// The allocator of the `dossier` binary, so the figures are the shipped pipeline's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        entries.sort();
        for e in entries {
            files(&e, out);
        }
    } else if path
        .extension()
        .is_some_and(|e| matches!(e.to_str(), Some("txt" | "html" | "htm" | "md")))
    {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let mut rounds = 20usize;
    let mut paths = Vec::new();
    while let Some(a) = args.next() {
        if a == "--rounds" {
            rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(rounds);
        } else {
            files(Path::new(&a), &mut paths);
        }
    }
    let options = Options::default();
    let pipeline = Pipeline::standard();
    let mut loaded: Vec<Document> = Vec::new();
    let mut load_time = Duration::ZERO;
    let mut bytes_in = 0usize;
    // Characters of the source files as read, the unit a Python peer counts.
    let mut source_chars = 0usize;
    for p in &paths {
        let Ok(bytes) = std::fs::read(p) else {
            continue;
        };
        bytes_in += bytes.len();
        source_chars += String::from_utf8_lossy(&bytes).chars().count();
        let t = Instant::now();
        if let Ok(l) = dossier_load::load(&p.to_string_lossy(), &bytes, &options.load) {
            load_time += t.elapsed();
            let mut d = Document::new(p.to_string_lossy(), l.text);
            d.meta_date = l.date;
            d.date = d.meta_date.clone();
            loaded.push(d);
        }
    }
    let text_bytes: usize = loaded.iter().map(|d| d.text.len()).sum();
    let mut per_stage: Vec<(&'static str, Duration)> = pipeline
        .stages()
        .into_iter()
        .map(|s| (s, Duration::ZERO))
        .collect();
    for _ in 0..rounds {
        for d in &loaded {
            let mut doc = Document::new(d.source.clone(), d.text.clone());
            doc.date = d.date.clone();
            doc.meta_date = d.meta_date.clone();
            for (slot, t) in per_stage.iter_mut().zip(pipeline.run_timed(&mut doc)) {
                slot.1 += t.elapsed;
            }
        }
    }
    let mb = (text_bytes * rounds) as f64 / 1e6;
    let docs = (loaded.len() * rounds) as f64;
    println!(
        "{} documents, {:.1} KB of text ({:.1} KB of source), {rounds} rounds, one core",
        loaded.len(),
        text_bytes as f64 / 1e3,
        bytes_in as f64 / 1e3
    );
    println!(
        "{:<10} {:>10} {:>12} {:>12}",
        "stage", "ms", "MB/s", "docs/s"
    );
    let total: Duration = per_stage.iter().map(|s| s.1).sum();
    for (stage, t) in per_stage.iter().chain(std::iter::once(&("all", total))) {
        let s = t.as_secs_f64().max(1e-9);
        println!(
            "{stage:<10} {:>10.1} {:>12.2} {:>12.0}",
            s * 1e3,
            mb / s,
            docs / s
        );
    }
    let load_s = load_time.as_secs_f64().max(1e-9);
    println!(
        "load (once) {:.1} ms, {:.2} MB/s of source",
        load_s * 1e3,
        bytes_in as f64 / 1e6 / load_s
    );
    // Texts in memory to annotations in memory: how a peer's throughput is
    // usually timed (no file reading, nothing written).
    let in_memory = load_s + total.as_secs_f64() / rounds as f64;
    println!(
        "in memory (load + pipeline, one round): {:.1} ms, {:.0} chars/s of source",
        in_memory * 1e3,
        source_chars as f64 / in_memory.max(1e-9)
    );
}
