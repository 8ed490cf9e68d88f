//! Throughput of the entity stage alone, on one core: the plain-text
//! documents of `tests/corpus` (or of the folders given after `--`),
//! segmented and dated once, then recognized repeatedly. Prints `entity
//! MB/s`. Run with `cargo bench -p dossier-entity [-- DIR...]`.

use std::time::Instant;

use dossier_doc::{Annotator, Document};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--passes N` runs exactly N timed passes (for instruction counts)
    // instead of passes for about two seconds.
    let fixed: Option<usize> = args
        .iter()
        .position(|a| a == "--passes")
        .and_then(|k| args.get(k + 1))
        .and_then(|n| n.parse().ok());
    let mut dirs: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
        .cloned()
        .collect();
    if dirs.is_empty() {
        dirs.push(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus").to_string());
    }
    let mut docs = Vec::new();
    for dir in &dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("no corpus at {dir}");
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "txt" || x == "md") {
                if let Ok(text) = std::fs::read_to_string(&p) {
                    let mut doc = Document::new(p.display().to_string(), text);
                    dossier_segment::Segmenter::new().annotate(&mut doc);
                    dossier_time::TimeAnnotator::new().annotate(&mut doc);
                    docs.push(doc);
                }
            }
        }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    if bytes == 0 {
        eprintln!("empty corpus");
        return;
    }
    // Warm up the lexicons, then time whole passes for about two seconds.
    for d in &docs {
        std::hint::black_box(dossier_entity::recognize(d));
    }
    let start = Instant::now();
    let mut passes = 0usize;
    while fixed.map_or(start.elapsed().as_secs_f64() < 2.0, |n| passes < n) {
        for d in &docs {
            std::hint::black_box(dossier_entity::recognize(d));
        }
        passes += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * passes) as f64 / 1e6;
    println!(
        "entity: {} documents, {} bytes, {passes} passes, {:.2} MB/s",
        docs.len(),
        bytes,
        mb / secs
    );
}
