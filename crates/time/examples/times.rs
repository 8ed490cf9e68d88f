//! Runs segmentation and the time step alone over files, writes one
//! dossier.extract/1 JSON per file (only the date and times filled), and
//! prints the time step's throughput on one core: over the fastest of
//! several runs of each file, and over all runs.
//!
//! ```text
//! cargo run --release -p dossier-time --example times -- --out DIR FILE...
//! ```

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dossier_doc::{contract, Annotator, Document};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut out: Option<PathBuf> = None;
    let mut files = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            _ => files.push(PathBuf::from(a)),
        }
    }
    let segmenter = dossier_segment::Segmenter::new();
    let annotator = dossier_time::TimeAnnotator::new();
    let (mut bytes, mut spent) = (0usize, Duration::ZERO);
    let (mut all_bytes, mut all_spent) = (0usize, Duration::ZERO);
    for path in &files {
        let Some(mut doc) = load(path) else { continue };
        segmenter.annotate(&mut doc);
        // Repeat the step, copies made outside the clock, and count the
        // fastest run: on a shared machine slower runs time the neighbours.
        let rounds = 5 + 200_000 / doc.text.len().max(1);
        let mut best = Duration::MAX;
        for _ in 0..rounds {
            let mut copy = doc.clone();
            let start = Instant::now();
            annotator.annotate(&mut copy);
            let took = start.elapsed();
            best = best.min(took);
            all_spent += took;
            all_bytes += doc.text.len();
        }
        spent += best;
        bytes += doc.text.len();
        annotator.annotate(&mut doc);
        if let Some(dir) = &out {
            write(dir, path, &doc);
        }
    }
    let mbs = bytes as f64 / 1e6 / spent.as_secs_f64().max(1e-9);
    let mean = all_bytes as f64 / 1e6 / all_spent.as_secs_f64().max(1e-9);
    println!("time step: {bytes} bytes in {spent:.2?}, {mbs:.1} MB/s (fastest runs), {mean:.1} MB/s (mean)");
}

/// Loads a file the way the extraction pipeline does.
fn load(path: &Path) -> Option<Document> {
    let bytes = std::fs::read(path)
        .map_err(|e| eprintln!("{}: {e}", path.display()))
        .ok()?;
    let name = path.display().to_string();
    let loaded = dossier_load::load(&name, &bytes, &Default::default())
        .map_err(|e| eprintln!("{name}: {e}"))
        .ok()?;
    let mut doc = Document::new(name, loaded.text);
    doc.title = loaded.title;
    doc.meta_date = loaded.date;
    doc.date = doc.meta_date.clone();
    Some(doc)
}

fn write(dir: &Path, path: &Path, doc: &Document) {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("out");
    let json = serde_json::to_string_pretty(&contract::to_extract(doc)).unwrap_or_default();
    let _ = std::fs::create_dir_all(dir);
    if let Err(e) = std::fs::write(dir.join(format!("{stem}.json")), json) {
        eprintln!("{}: {e}", dir.display());
    }
}
