//! Linear time on hostile input: MB/s of the whole extraction on inputs built
//! to trip quadratic behaviour, each at two sizes so growth shows.
//!
//! ```text
//! cargo run --release -p dossier-extract --example pathological [-- --scale F] [--max-ratio R]
//! ```
//!
//! For each input the run extracts a small and a 4× larger version and prints
//! both rates and the time ratio. Linear code gives a ratio near 4; the run
//! exits with status 1 when any ratio exceeds `--max-ratio` (default 8), so
//! it doubles as a check.

use std::time::Instant;

use dossier_extract::{extract_bytes, LoadOptions, Options};

/// A named input, its file extension, and how to build it at `n` units.
type Input = (&'static str, &'static str, fn(usize) -> Vec<u8>);

/// Builds each input at `n` units.
fn inputs() -> Vec<Input> {
    vec![
        ("paragraph without punctuation", "txt", |n| {
            "word ".repeat(n).into_bytes()
        }),
        ("nested tags", "html", |n| {
            let mut s = String::from("<html><body>");
            s.push_str(&"<div>".repeat(n));
            s.push_str("text");
            s.into_bytes()
        }),
        ("quote marks", "txt", |n| "\" ".repeat(n).into_bytes()),
        ("capitalized words", "txt", |n| {
            "Alpha Bravo Charlie Delta ".repeat(n / 4).into_bytes()
        }),
        ("dates on one line", "txt", |n| {
            "3 March 1958, ".repeat(n).into_bytes()
        }),
        ("curly quotes and names", "txt", |n| {
            "\u{201c}We left,\u{201d} said Nabil Sarraf. "
                .repeat(n / 4)
                .into_bytes()
        }),
        ("parentheses", "txt", |n| {
            "(Author 2004: 88; ".repeat(n / 2).into_bytes()
        }),
        ("numbers", "txt", |n| {
            "12,500 troops and ".repeat(n / 2).into_bytes()
        }),
        ("bullets", "txt", |n| {
            "• 4 May 1984: bombing\n– his driver\n"
                .repeat(n / 4)
                .into_bytes()
        }),
    ]
}

fn rate(name: &str, ext: &str, bytes: &[u8]) -> (f64, f64) {
    let options = Options {
        load: LoadOptions {
            max_bytes: usize::MAX,
            ..LoadOptions::default()
        },
        ..Options::default()
    };
    let t = Instant::now();
    let _ = extract_bytes(&format!("{name}.{ext}"), bytes, &options);
    let s = t.elapsed().as_secs_f64().max(1e-9);
    (s, bytes.len() as f64 / 1e6 / s)
}

fn main() {
    let mut scale = 1.0f64;
    let mut max_ratio = 8.0f64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().and_then(|v| v.parse().ok());
        match (a.as_str(), v) {
            ("--scale", Some(v)) => scale = v,
            ("--max-ratio", Some(v)) => max_ratio = v,
            _ => {}
        }
    }
    let base = (25_000.0 * scale) as usize;
    println!(
        "{:<30} {:>9} {:>9} {:>9} {:>9} {:>6}",
        "input", "MB", "MB/s", "MB (4x)", "MB/s", "ratio"
    );
    let mut worst: f64 = 0.0;
    for (name, ext, make) in inputs() {
        let small = make(base);
        let large = make(base * 4);
        let (ts, rs) = rate(name, ext, &small);
        let (tl, rl) = rate(name, ext, &large);
        let ratio = tl / ts;
        worst = worst.max(ratio);
        println!(
            "{name:<30} {:>9.2} {rs:>9.2} {:>9.2} {rl:>9.2} {ratio:>6.1}",
            small.len() as f64 / 1e6,
            large.len() as f64 / 1e6
        );
    }
    if worst > max_ratio {
        println!("time grew {worst:.1}x for 4x input (limit {max_ratio})");
        std::process::exit(1);
    }
}
