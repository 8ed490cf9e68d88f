//! Throughput of the full pipeline and of each stage, on one core.
//!
//! ```text
//! cargo run --release -p dossier-extract --example stages -- [--rounds N] PATH...
//! ```
//!
//! Every file under the given paths is read once; then, `--rounds` times on this
//! thread, each is loaded and the pipeline runs over it, and the time spent in
//! each stage is summed. Prints MB/s (of document text) and documents/s per
//! stage and in all, and the characters of source per second from texts in
//! memory (loading and pipeline, the fastest round), the figure a peer timed on
//! texts in memory compares with.

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

/// The files read into memory: their names and bytes.
struct Sources {
    files: Vec<(String, Vec<u8>)>,
    bytes: usize,
    /// Characters of the source files as read, the unit a Python peer counts.
    chars: usize,
}

fn read(paths: &[PathBuf]) -> Sources {
    let mut out = Sources {
        files: Vec::new(),
        bytes: 0,
        chars: 0,
    };
    for p in paths {
        if let Ok(bytes) = std::fs::read(p) {
            out.bytes += bytes.len();
            out.chars += String::from_utf8_lossy(&bytes).chars().count();
            out.files.push((p.to_string_lossy().into_owned(), bytes));
        }
    }
    out
}

/// One round over every file: loading, then each stage. Returns the time
/// spent loading and the bytes of text loaded; adds each stage's time to
/// `per_stage`.
fn round(
    pipeline: &Pipeline,
    options: &Options,
    sources: &Sources,
    per_stage: &mut [(&'static str, Duration)],
) -> (Duration, usize) {
    let mut load_time = Duration::ZERO;
    let mut text_bytes = 0;
    for (name, bytes) in &sources.files {
        let t = Instant::now();
        let Ok(l) = dossier_load::load(name, bytes, &options.load) else {
            continue;
        };
        load_time += t.elapsed();
        text_bytes += l.text.len();
        let mut doc = Document::new(name.clone(), l.text);
        doc.meta_date = l.date;
        doc.date = doc.meta_date.clone();
        for (slot, t) in per_stage.iter_mut().zip(pipeline.run_timed(&mut doc)) {
            slot.1 += t.elapsed;
        }
    }
    (load_time, text_bytes)
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
    let rounds = rounds.max(1);
    let options = Options::default();
    let pipeline = Pipeline::standard();
    let sources = read(&paths);
    let mut per_stage: Vec<(&'static str, Duration)> = pipeline
        .stages()
        .into_iter()
        .map(|s| (s, Duration::ZERO))
        .collect();
    let mut load_time = Duration::ZERO;
    let mut text_bytes = 0;
    // The fastest round of loading and pipeline: on a shared machine the
    // fastest is the one least disturbed, as a peer's best of several runs is.
    let mut fastest = Duration::MAX;
    for _ in 0..rounds {
        let before: Duration = per_stage.iter().map(|s| s.1).sum();
        let (load, bytes) = round(&pipeline, &options, &sources, &mut per_stage);
        let after: Duration = per_stage.iter().map(|s| s.1).sum();
        fastest = fastest.min(load + (after - before));
        load_time += load;
        text_bytes = bytes;
    }
    let mb = (text_bytes * rounds) as f64 / 1e6;
    let docs = (sources.files.len() * rounds) as f64;
    println!(
        "{} documents, {:.1} KB of text ({:.1} KB of source), {rounds} rounds, one core",
        sources.files.len(),
        text_bytes as f64 / 1e3,
        sources.bytes as f64 / 1e3
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
    let load_s = load_time.as_secs_f64().max(1e-9) / rounds as f64;
    println!(
        "load (per round) {:.1} ms, {:.2} MB/s of source",
        load_s * 1e3,
        sources.bytes as f64 / 1e6 / load_s
    );
    // Texts in memory to annotations in memory: how a peer's throughput is
    // usually timed (no file reading, nothing written).
    let in_memory = fastest.as_secs_f64().max(1e-9);
    println!(
        "in memory (load + pipeline, fastest of {rounds} rounds): {:.1} ms, {:.0} chars/s of source",
        in_memory * 1e3,
        sources.chars as f64 / in_memory
    );
}
