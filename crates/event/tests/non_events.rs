//! Precision on the hand-checked list of clauses that are not events.
//!
//! `tests/non-events.json` lists, for documents of `tests/corpus`, clauses
//! that report no event: plans, predictions, hypotheticals, opinions,
//! headings. Each document runs through the whole extraction pipeline; a
//! clause counts as a false event when an event's trigger stands inside it.
//! The test prints the precision and fails below the floor.

use std::path::{Path, PathBuf};

/// The share of listed non-events that must come out without an event.
const FLOOR: f64 = 0.95;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Byte range of `snippet` in `text`, matching runs of whitespace loosely.
fn locate(text: &str, snippet: &str) -> Option<(usize, usize)> {
    if let Some(i) = text.find(snippet) {
        return Some((i, i + snippet.len()));
    }
    let words: Vec<&str> = snippet.split_whitespace().collect();
    let first = words.first()?;
    let mut from = 0;
    while let Some(i) = text[from..].find(first) {
        let start = from + i;
        let mut pos = start;
        let all = words.iter().all(|w| {
            let rest = &text[pos..];
            let skipped = rest.len() - rest.trim_start().len();
            let ok = rest.trim_start().starts_with(w);
            pos += skipped + w.len();
            ok
        });
        if all {
            return Some((start, pos));
        }
        from = start + first.len();
    }
    None
}

#[test]
fn listed_non_events_stay_out() {
    let list = root().join("tests/non-events.json");
    let Ok(raw) = std::fs::read_to_string(&list) else {
        eprintln!("{} not found; nothing to check", list.display());
        return;
    };
    let items: Vec<serde_json::Value> =
        serde_json::from_str(&raw).expect("non-events.json is a list");
    let (mut clean, mut checked) = (0usize, 0usize);
    let mut wrong = Vec::new();
    for item in &items {
        let (Some(doc), Some(snippet)) = (item["doc"].as_str(), item["snippet"].as_str()) else {
            continue;
        };
        let path = root().join("tests/corpus").join(doc);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let out = dossier_extract::extract_bytes(doc, &bytes, &Default::default())
            .unwrap_or_else(|e| panic!("{doc}: {e}"));
        let d = out.document;
        let Some((a, b)) = locate(&d.text, snippet) else {
            eprintln!("not located in {doc}: {snippet}");
            continue;
        };
        checked += 1;
        let hits: Vec<String> = d
            .events
            .iter()
            .filter(|e| a <= e.trigger_span.start && e.trigger_span.end <= b)
            .map(|e| format!("{} {} {:?}", e.kind, e.trigger, e.date))
            .collect();
        if hits.is_empty() {
            clean += 1;
        } else {
            wrong.push(format!("{doc}: {snippet} -> {hits:?}"));
        }
    }
    let precision = if checked == 0 {
        1.0
    } else {
        clean as f64 / checked as f64
    };
    eprintln!("non-events: {clean}/{checked} kept out (precision {precision:.3})");
    for w in &wrong {
        eprintln!("  false event: {w}");
    }
    assert!(
        checked > 0 || items.is_empty(),
        "no listed clause was found in its document"
    );
    assert!(precision >= FLOOR, "precision {precision:.3} below {FLOOR}");
}
