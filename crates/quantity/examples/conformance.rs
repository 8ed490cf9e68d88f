//! Conformance of the number and quantity readers against the Recognizers-Text
//! English specs (NumberModel, NumberRangeModel, CurrencyModel, DimensionModel).
//!
//! ```text
//! cargo run --release -p dossier-quantity --example conformance -- DIR [--min Model=0.85]… [--verbose]
//! ```
//!
//! DIR holds `<Model>.json` files: JSON arrays (UTF-8 with a BOM) of cases
//! `{Input, Results: [{Text, Start, End (inclusive), Resolution}]}`. Each case
//! is in scope or out of scope by what its expected results contain (see
//! `docs/quantities.md`); pass rates are printed per file for both. The
//! process exits with status 1 when an in-scope pass rate is below its `--min`.

use std::process::ExitCode;

use dossier_quantity::{is_measure, numbers_in, quantities_in, Found};
use serde_json::Value;

/// One expected or found result: text (lower case, spaces squeezed) and values.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    text: String,
    low: Option<f64>,
    high: Option<f64>,
}

fn squeeze(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        (None, None) => true,
        _ => false,
    }
}

fn matches(want: &[Item], got: &[Item]) -> bool {
    want.len() == got.len()
        && want
            .iter()
            .zip(got)
            .all(|(w, g)| w.text == g.text && same(w.low, g.low) && same(w.high, g.high))
}

fn num(v: Option<&Value>) -> Option<f64> {
    v.and_then(|v| v.as_str().and_then(|s| s.parse().ok()).or(v.as_f64()))
}

/// "[20,30)", "(30,)", "(,100]" → (low, high).
fn interval(s: &str) -> (Option<f64>, Option<f64>) {
    let inner = s.trim_matches(|c| "[]()".contains(c));
    let (a, b) = inner.split_once(',').unwrap_or((inner, ""));
    (a.trim().parse().ok(), b.trim().parse().ok())
}

/// Why a case is out of scope, or `None` when it is in scope.
fn out_of_scope(model: &str, case: &Value) -> Option<&'static str> {
    let results = case["Results"].as_array()?;
    let texts: Vec<String> = results
        .iter()
        .map(|r| r["Text"].as_str().unwrap_or("").to_lowercase())
        .collect();
    let any = |words: &[&str]| texts.iter().any(|t| words.iter().any(|w| t.contains(w)));
    let fractions = [
        "/",
        "half",
        "quarter",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "hundredth",
        "thousandth",
        "millionth",
        "trillionth",
        " over ",
        " out of ",
        " in ",
        "½",
        "¼",
        "¾",
        "⅔",
        "⅙",
    ];
    match model {
        "NumberModel" => {
            let subtype = |s: &str| results.iter().any(|r| r["Resolution"]["subtype"] == s);
            if subtype("fraction") || any(&fractions) {
                Some("fraction")
            } else if subtype("power") {
                Some("power")
            } else if results
                .iter()
                .any(|r| num(r["Resolution"].get("value")).is_some_and(|v| v < 0.0))
            {
                Some("negative")
            } else if results.iter().any(|r| r["Resolution"]["subtype"].is_null()) {
                Some("mixed digits and words")
            } else {
                None
            }
        }
        "NumberRangeModel" => {
            let comparative = [
                "<",
                ">",
                "=",
                "equal",
                "larger",
                "bigger",
                "higher",
                "lower",
                "smaller",
                "greater",
                "exceed",
                "surpass",
                "through",
                "~",
                "above",
                "below",
                "no less",
                "no more",
                "at most",
                "less than",
                "or less",
                "or more",
                "and more",
                "or greater",
            ];
            if any(&fractions) || any(&["tenth", "fifteenth"]) {
                Some("fraction or ordinal")
            } else if any(&comparative) {
                Some("comparative phrase")
            } else {
                None
            }
        }
        "CurrencyModel" => {
            if results
                .iter()
                .any(|r| num(r["Resolution"].get("value")).is_none())
            {
                Some("currency name without amount")
            } else if any(&fractions) {
                Some("fraction")
            } else if texts.iter().any(|t| numbers_in(t).len() > 1) {
                Some("amount in two units")
            } else if texts.iter().any(|t| glued_code(t)) {
                Some("code glued to amount or scale")
            } else {
                None
            }
        }
        "DimensionModel" => {
            if results
                .iter()
                .any(|r| num(r["Resolution"].get("value")).is_none())
            {
                Some("unit without amount")
            } else if any(&fractions) || texts.iter().any(|t| numbers_in(t).len() > 1) {
                Some("fraction or compound")
            } else if any(&["(", "[", "{", "<", "/", "\"", "per ", " an hour"]) {
                Some("bracketed or rate unit")
            } else {
                None
            }
        }
        _ => None,
    }
}

/// "usd115", "115usd", "30 musd", "maud 60": a code fused with digits or a scale.
fn glued_code(t: &str) -> bool {
    let b = t.as_bytes();
    let fused = b.windows(2).any(|w| {
        (w[0].is_ascii_alphabetic() && w[1].is_ascii_digit())
            || (w[0].is_ascii_digit() && w[1].is_ascii_alphabetic())
    });
    let scaled = [
        "musd",
        "meur",
        "mgbp",
        "maud",
        "usd million",
        "usd 2",
        "usd 5",
    ];
    fused || scaled.iter().any(|s| t.contains(s))
}

fn expected(model: &str, case: &Value) -> Vec<Item> {
    let mut out = Vec::new();
    for r in case["Results"].as_array().into_iter().flatten() {
        let text = squeeze(r["Text"].as_str().unwrap_or(""));
        let res = &r["Resolution"];
        let (low, high) = if model == "NumberRangeModel" {
            interval(res["value"].as_str().unwrap_or(""))
        } else {
            let v = num(res.get("value"));
            (v, v)
        };
        out.push(Item { text, low, high });
    }
    out
}

fn slice(text: &str, s: dossier_doc::Span) -> String {
    squeeze(text.get(s.start..s.end).unwrap_or(""))
}

fn found(model: &str, input: &str) -> Vec<Item> {
    if model == "NumberModel" {
        return numbers_in(input)
            .into_iter()
            .map(|(s, v)| Item {
                text: slice(input, s),
                low: Some(v),
                high: Some(v),
            })
            .collect();
    }
    let keep = |f: &Found| match model {
        "CurrencyModel" => f.money,
        "DimensionModel" => !f.money && f.quantity.unit.as_deref().is_some_and(is_measure),
        _ => f.quantity.low.is_some() || f.quantity.high.is_some(),
    };
    quantities_in(input)
        .iter()
        .filter(|f| keep(f))
        .map(|f| {
            let q = &f.quantity;
            let (text, low, high) = match model {
                "NumberRangeModel" => (slice(input, f.hedged), q.low, q.high),
                "CurrencyModel" => (slice(input, f.core), q.value, q.value),
                _ => {
                    let unhedged = dossier_doc::Span::new(f.core.start, q.span.end);
                    (slice(input, unhedged), q.value, q.value)
                }
            };
            Item { text, low, high }
        })
        .collect()
}

struct Tally {
    pass: usize,
    total: usize,
}

impl Tally {
    fn rate(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.pass as f64 / self.total as f64
        }
    }
}

fn run(dir: &str, model: &str, verbose: bool) -> Result<(Tally, Tally), String> {
    let path = format!("{dir}/{model}.json");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let cases: Value = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("{path}: not JSON: {e}"))?;
    let mut scope = Tally { pass: 0, total: 0 };
    let mut outside = Tally { pass: 0, total: 0 };
    for case in cases.as_array().ok_or(format!("{path}: not an array"))? {
        let input = case["Input"].as_str().unwrap_or("");
        let want = expected(model, case);
        let got = found(model, input);
        let ok = matches(&want, &got);
        let reason = out_of_scope(model, case);
        let t = if reason.is_some() {
            &mut outside
        } else {
            &mut scope
        };
        t.total += 1;
        t.pass += usize::from(ok);
        if verbose && !ok && reason.is_none() {
            eprintln!("{model} FAIL {input:?}\n   want {want:?}\n   got  {got:?}");
        }
    }
    Ok((scope, outside))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let mut dir = None;
    let mut floors: Vec<(String, f64)> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--min" {
            let Some((m, v)) = it.next().and_then(|s| s.split_once('=')) else {
                eprintln!("--min needs Model=rate");
                return ExitCode::from(2);
            };
            match v.parse() {
                Ok(v) => floors.push((m.to_string(), v)),
                Err(_) => {
                    eprintln!("--min {m}={v}: not a number");
                    return ExitCode::from(2);
                }
            }
        } else if !a.starts_with("--") {
            dir = Some(a.clone());
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: conformance DIR [--min Model=rate]… [--verbose]");
        return ExitCode::from(2);
    };
    let mut failed = false;
    for model in [
        "NumberModel",
        "NumberRangeModel",
        "CurrencyModel",
        "DimensionModel",
    ] {
        let (scope, outside) = match run(&dir, model, verbose) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        println!(
            "{model:<17} in scope {:>3}/{:<3} = {:.3}   out of scope {:>3}/{:<3} = {:.3}",
            scope.pass,
            scope.total,
            scope.rate(),
            outside.pass,
            outside.total,
            outside.rate()
        );
        for (m, floor) in &floors {
            if m == model && scope.rate() < *floor {
                eprintln!(
                    "{model}: in-scope pass rate {:.3} below {floor}",
                    scope.rate()
                );
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
