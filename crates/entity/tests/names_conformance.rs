//! Measures the normalization key against labelled name pairs written by
//! another project (`../shared/testdata/names-nomenklatura.csv`, read at test
//! time, never copied). Prints precision and recall of `key(a) == key(b)` and
//! of the fuller matcher; fails when they fall under the recorded floors.
//! Skipped (with a message) where the file is absent.

use std::path::PathBuf;

use dossier_entity::normalize::{key, similar};

fn data() -> Option<String> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/testdata/names-nomenklatura.csv");
    std::fs::read_to_string(p).ok()
}

/// Splits one CSV line, honouring double quotes.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(f) = out.last_mut() {
                    f.push('"');
                }
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => {
                if let Some(f) = out.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    out
}

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Counts {
    fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

#[test]
fn key_against_labelled_pairs() {
    let Some(text) = data() else {
        eprintln!("names-nomenklatura.csv not found; conformance skipped");
        return;
    };
    let (mut by_key, mut by_matcher) = (Counts::default(), Counts::default());
    let mut latin = Counts::default();
    let verbose = std::env::var_os("NAMES_VERBOSE").is_some();
    for line in text.lines().skip(1) {
        let f = fields(line);
        if f.len() < 5 {
            continue;
        }
        let (a, b, gold) = (&f[2], &f[3], f[4] == "true");
        let k = key(a) == key(b);
        by_key.add(k, gold);
        by_matcher.add(similar(a, b), gold);
        if a.is_ascii() && b.is_ascii() {
            latin.add(k, gold);
        }
        if verbose && k != gold {
            eprintln!(
                "{} key: {a} | {b} ({} / {})",
                if gold { "FN" } else { "FP" },
                key(a),
                key(b)
            );
        }
    }
    eprintln!(
        "key: precision {:.3} recall {:.3} {:?}",
        by_key.precision(),
        by_key.recall(),
        by_key
    );
    eprintln!(
        "key, Latin-script pairs: precision {:.3} recall {:.3} {:?}",
        latin.precision(),
        latin.recall(),
        latin
    );
    eprintln!(
        "matcher: precision {:.3} recall {:.3} {:?}",
        by_matcher.precision(),
        by_matcher.recall(),
        by_matcher
    );
    assert!(by_key.precision() >= 0.80, "key precision fell: {by_key:?}");
    assert!(by_matcher.recall() >= by_key.recall());
}
