//! Conformance against two peers' English date suites: Microsoft
//! Recognizers-Text (`recognizers-datetime-en.jsonl`) and Duckling
//! (`duckling-time-en.jsonl`).
//!
//! ```text
//! cargo run --release -p dossier-time --example conformance -- DIR \
//!     [--min-recognizers 0.85] [--min-duckling 0.80] [--list CLASS]
//! cargo run --release -p dossier-time --example conformance -- \
//!     --text "from next Friday to Oct 1st" 2013-02-12
//! ```
//!
//! For each suite it prints detection F1 and value accuracy for the date
//! subset (days, weeks, months, seasons, years, ranges, relative dates) and,
//! apart, for the rest (times of day, durations, sets), which dossier does
//! not attempt. Wrong date values are sorted into classes; the
//! "conformant" accuracy leaves out the classes of [`CONVENTIONS`] (cases
//! that follow a convention dossier does not share) and the "in scope" one
//! also those of [`OUT_OF_SCOPE`]. The run exits with status 1 when a
//! suite's conformant date accuracy is below its `--min-…` floor. `--text`
//! tags one text against an optional reference date and prints the values.

use std::collections::BTreeMap;
use std::path::PathBuf;

use dossier_doc::{CharMap, Time, TimeModifier};
use dossier_time::{parse_date, parse_value, Date, TimexValue};
use serde_json::Value;

/// Classes of wrong values that follow a convention dossier does not share:
/// `future`, resolving an ambiguous weekday, date or feast forward where
/// news reads it into the past; `offset-grain`, giving "two years ago" as a
/// day (dossier gives the year, as TIMEX3 does). Three more are points on
/// which the two peers disagree with each other, dossier siding with one:
/// `rolling-span`, "the last 3 months" counted to the day from the reference
/// (Recognizers) where dossier, like Duckling, gives whole units;
/// `month-week`, "the first week of January" as the week holding the 1st
/// (Recognizers) where dossier, like Duckling, takes the first week starting
/// in the month; `nth-unit`, "the 2 upcoming weeks" as the second week
/// ahead alone (Duckling) where dossier, like Recognizers, gives both;
/// `eve`, a feast of the Hebrew calendar dated from the evening before its
/// first day (the Hebrew day begins at sunset; Duckling) where dossier, like
/// printed calendars, starts it on its first full day. The "conformant"
/// accuracy leaves these out.
const CONVENTIONS: &[&str] = &[
    "future",
    "eve",
    "offset-grain",
    "rolling-span",
    "month-week",
    "nth-unit",
];

/// Classes out of dossier's scope, counted as errors in both figures and
/// left out only of the "in scope" one: `unknown-feast`, feasts dossier's
/// lexicon does not name.
const OUT_OF_SCOPE: &[&str] = &["unknown-feast"];

/// Words naming feasts dossier's lexicon does not know, which set the
/// `unknown-feast` class: the runner's own list.
const UNKNOWN_FEASTS: &[&str] = &[
    "saraswati jayanti",
    "jamshedi",
    "navroz",
    "global youth",
    "gysd",
    "ascension to heaven",
    "vaisakha",
];

/// Words naming feasts of the Hebrew calendar, for the `eve` class.
const HEBREW: &[&str] = &[
    "yom",
    "rosh",
    "hanuk",
    "chanuk",
    "hannuk",
    "passover",
    "pesach",
    "succos",
    "sukkot",
    "ingathering",
    "shavuot",
    "shemini",
    "simchat",
    "tisha",
    "lag b",
    "hashoah",
    "holocaust",
    "purim",
    "shushan",
    "tu bishvat",
];

/// Tallies for one subset of one suite.
#[derive(Default)]
struct Tally {
    expected: usize,
    detected: usize,
    system: usize,
    false_pos: usize,
    right: usize,
    classes: BTreeMap<&'static str, Vec<String>>,
}

impl Tally {
    fn f1(&self) -> f64 {
        let tp = self.detected as f64;
        let p = tp / (tp + self.false_pos as f64).max(1.0);
        let r = tp / (self.expected as f64).max(1.0);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn acc(&self) -> f64 {
        self.right as f64 / (self.expected as f64).max(1.0)
    }
    fn conformant(&self) -> f64 {
        self.without(CONVENTIONS)
    }
    fn in_scope(&self) -> f64 {
        self.without(&[CONVENTIONS, OUT_OF_SCOPE].concat())
    }
    /// Value accuracy with the cases of `classes` left out.
    fn without(&self, classes: &[&str]) -> f64 {
        let skipped: usize = classes
            .iter()
            .map(|c| self.classes.get(c).map_or(0, Vec::len))
            .sum();
        self.right as f64 / (self.expected.saturating_sub(skipped) as f64).max(1.0)
    }
}

/// One expected expression, as both suites give it.
struct Gold {
    /// Code-point span, when the suite gives one (else: the whole text).
    span: Option<(usize, usize)>,
    /// True for the date subset.
    date: bool,
    /// Acceptable TIMEX strings.
    timex: Vec<String>,
    /// Acceptable day intervals `[start, end)`; `None` ends are open.
    intervals: Vec<(Option<Date>, Option<Date>)>,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = PathBuf::from("../shared/testdata");
    let mut floors: BTreeMap<String, f64> = BTreeMap::new();
    let mut list: Option<String> = None;
    while let Some(a) = args.next() {
        match a.strip_prefix("--min-") {
            Some(suite) => {
                let v = args.next().and_then(|v| v.parse().ok()).unwrap_or(0.0);
                floors.insert(suite.to_string(), v);
            }
            None if a == "--list" => list = args.next(),
            None if a == "--text" => {
                // Tags one text against `--ref` (or no reference) and exits.
                let text = args.next().unwrap_or_default();
                let reference = args.next().filter(|r| r != "-");
                for t in dossier_time::tag(&text, reference.as_deref(), false) {
                    let span = text.get(t.span.start..t.span.end).unwrap_or("");
                    println!("{span:?} => {} ({})", show(&t), t.anchor);
                }
                return;
            }
            None => dir = PathBuf::from(a),
        }
    }
    let mut failed = false;
    for (suite, file) in [
        ("recognizers", "recognizers-datetime-en.jsonl"),
        ("duckling", "duckling-time-en.jsonl"),
    ] {
        let path = dir.join(file);
        let Ok(data) = std::fs::read_to_string(&path) else {
            eprintln!("{}: cannot read", path.display());
            failed = true;
            continue;
        };
        let (date, rest) = run(suite, &data);
        report(suite, &date, &rest, list.as_deref());
        if let Some(&floor) = floors.get(suite) {
            if date.conformant() < floor {
                eprintln!(
                    "{suite}: conformant date value accuracy {:.3} is below the floor {floor:.3}",
                    date.conformant()
                );
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}

/// Runs every case of a suite.
fn run(suite: &str, data: &str) -> (Tally, Tally) {
    let (mut date, mut rest) = (Tally::default(), Tally::default());
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(case) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let text = case["text"].as_str().unwrap_or("");
        let reference = case["ref_time"].as_str().and_then(parse_date);
        let golds = if suite == "duckling" {
            duckling(&case)
        } else {
            recognizers(&case)
        };
        let found = dossier_time::tag(text, reference.map(|d| d.to_string()).as_deref(), false);
        let map = CharMap::new(text);
        let spans: Vec<(usize, usize)> = found
            .iter()
            .map(|t| (map.chars(t.span.start), map.chars(t.span.end)))
            .collect();
        let chars = text.chars().count();
        date.system += found.len();
        let overlaps = |g: &Gold, s: (usize, usize)| {
            let (a, b) = g.span.unwrap_or((0, chars));
            s.0 < b && a < s.1
        };
        for (k, s) in spans.iter().enumerate() {
            if !golds.iter().any(|g| overlaps(g, *s)) {
                date.false_pos += 1;
                date.classes
                    .entry("spurious")
                    .or_default()
                    .push(format!("{text} => {}", show(&found[k])));
            }
        }
        for g in &golds {
            let tally = if g.date { &mut date } else { &mut rest };
            tally.expected += 1;
            let hits: Vec<&Time> = found
                .iter()
                .zip(&spans)
                .filter(|(_, s)| overlaps(g, **s))
                .map(|(t, _)| t)
                .collect();
            let Some(best) = hits.iter().max_by_key(|t| t.span.len()) else {
                tally
                    .classes
                    .entry(if unknown_feast(text) {
                        "unknown-feast"
                    } else {
                        "missed"
                    })
                    .or_default()
                    .push(text.to_string());
                continue;
            };
            tally.detected += 1;
            if hits.iter().any(|t| matches(t, g)) {
                tally.right += 1;
                continue;
            }
            let class = if unknown_feast(text) {
                "unknown-feast"
            } else {
                classify(text, best, g, reference)
            };
            let want = g.timex.first().cloned().unwrap_or_default();
            tally
                .classes
                .entry(class)
                .or_default()
                .push(format!("{text} => {} want {want}", show(best)));
        }
    }
    (date, rest)
}

fn show(t: &Time) -> String {
    t.value.clone().unwrap_or_else(|| "null".into())
}

/// True when the system value equals a gold TIMEX or covers a gold interval.
fn matches(t: &Time, g: &Gold) -> bool {
    let Some(v) = t.value.as_deref() else {
        return false;
    };
    if g.timex.iter().any(|x| x == v) {
        return true;
    }
    let Some(value) = parse_value(v) else {
        return false;
    };
    let Some(iv) = value.interval() else {
        return false;
    };
    // Recognizers ends a range where its last unit starts ("2014 to 2018"
    // is 2014-01-01..2018-01-01); dossier's `2014/2018` ends where 2018 ends.
    // The same two endpoints are the same reading.
    if let TimexValue::Range(a, b) = &value {
        let ends = (a.start(), b.start());
        if g.intervals.iter().any(|&(x, y)| (x, y) == ends) {
            return true;
        }
    }
    g.intervals.iter().any(|&(a, b)| match (a, b) {
        (Some(a), Some(b)) if (a, b) == iv => true,
        (Some(a), Some(b)) => part_of(t.modifier, &value, iv, (a, b)),
        (Some(a), None) => a == iv.0 || a == iv.1 || part_of(t.modifier, &value, iv, (a, iv.1)),
        (None, Some(b)) => b == iv.0 || b == iv.1,
        (None, None) => false,
    })
}

/// True when the case names a feast dossier does not know (a word of
/// [`UNKNOWN_FEASTS`] starting a word of the text).
fn unknown_feast(text: &str) -> bool {
    let lower = format!(" {}", text.to_lowercase());
    UNKNOWN_FEASTS
        .iter()
        .any(|w| lower.contains(&format!(" {w}")))
}

/// True when a value with a START/MID/END modifier ("the end of 2012" is
/// `2012` with END, as TIMEX3 writes it) and a peer's explicit sub-interval
/// (2012-09-01 to 2013-01-01) say the same: the peer's interval lies in the
/// part of the value the modifier names. A season is compared with an
/// astronomical one (21 June to 23 September is summer) the same way.
fn part_of(
    modifier: Option<TimeModifier>,
    value: &TimexValue,
    ours: (Date, Date),
    gold: (Date, Date),
) -> bool {
    let (o0, o1) = (ours.0.days(), ours.1.days());
    let (g0, g1) = (gold.0.days(), gold.1.days());
    if matches!(value, TimexValue::Season { .. }) && modifier.is_none() {
        let mid = (g0 + g1) / 2;
        return o0 <= mid && mid < o1 && ((g1 - g0) - (o1 - o0)).abs() <= 10;
    }
    if g0 < o0 || o1 < g1 || (g0, g1) == (o0, o1) {
        return false;
    }
    let third = (o1 - o0) as f64 / 3.0;
    let (a, b) = ((g0 - o0) as f64, (g1 - o0) as f64);
    match modifier {
        Some(TimeModifier::Start) => g0 == o0 && b <= 2.0 * third + 1.0,
        Some(TimeModifier::End) => g1 == o1 && a >= third - 1.0,
        Some(TimeModifier::Mid) => g0 > o0 && g1 < o1,
        _ => false,
    }
}

/// Why a detected value is wrong.
fn classify(text: &str, t: &Time, g: &Gold, reference: Option<Date>) -> &'static str {
    let ours = t
        .value
        .as_deref()
        .and_then(parse_value)
        .and_then(|v| v.interval());
    let (Some(ours), Some(r)) = (ours, reference) else {
        return "unresolved";
    };
    let future = g.intervals.iter().any(|&(a, b)| {
        let (Some(a), Some(b)) = (a, b) else {
            return false;
        };
        // The same day, week or month one cycle later: the next such
        // weekday, the same date or feast next year.
        let gap = a.days() - ours.0.days();
        let cycle = gap <= 7
            || (a.month, a.day) == (ours.0.month, ours.0.day)
            || (350..=380).contains(&gap);
        a > r && ours.0 <= r && cycle && (b.days() - a.days()) == (ours.1.days() - ours.0.days())
    });
    // A cue in the text fixes the occurrence, so a different one is an
    // error, not a convention: "black friday of this year", "thanksgiving
    // in 9 months", "Tuesday the 19th", "the closest Monday to Oct 5th".
    let lower = format!(" {} ", text.to_lowercase());
    let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .any(|w| lower.contains(&format!(" {w}")));
    let fixed = lower.contains("closest")
        || lower.contains("following")
        || lower.contains("next")
        || lower.contains("this year")
        || lower.contains(" in ")
            && lower
                .split(" in ")
                .skip(1)
                .any(|r| r.starts_with(|c: char| c.is_ascii_digit()) || r.starts_with("a "))
        || (weekday && lower.chars().any(|c| c.is_ascii_digit()));
    if future && !fixed {
        return "future";
    }
    // The same feast, from the evening before: one day earlier, ending on
    // the same day or one day earlier.
    let eve = g.intervals.iter().any(|&(a, b)| {
        let (Some(a), Some(b)) = (a, b) else {
            return false;
        };
        let (o0, o1) = (ours.0.days(), ours.1.days());
        a.days() == o0 - 1 && (b.days() == o1 || b.days() == o1 - 1)
    });
    if eve && HEBREW.iter().any(|w| lower.contains(&format!(" {w}"))) {
        return "eve";
    }
    if let Some(class) = peer_split(&lower, t, g, ours, r) {
        return class;
    }
    let nested = g.intervals.iter().any(|&(a, b)| {
        let (Some(a), Some(b)) = (a, b) else {
            return false;
        };
        (a <= ours.0 && ours.1 <= b) || (ours.0 <= a && b <= ours.1)
    });
    // Only counts from the reference ("two years ago", "in two months",
    // "3 years from today") keep their unit's precision by convention; any
    // other coarse value is a real miss.
    let count_cue = [
        " ago ",
        " hence ",
        " from now",
        " from today",
        " in two ",
        " in 2 ",
    ]
    .iter()
    .any(|c| lower.contains(c));
    let counted = count_cue && t.anchor != "absolute" && ours.1.days() - ours.0.days() > 7;
    match (nested, counted) {
        (true, true) => "offset-grain",
        (true, false) => "precision",
        _ => "other",
    }
}

/// The classes on which the peers disagree with each other (see
/// [`CONVENTIONS`]), told apart by the text's cue and the shape of both
/// values.
fn peer_split(
    lower: &str,
    t: &Time,
    g: &Gold,
    ours: (Date, Date),
    r: Date,
) -> Option<&'static str> {
    let range = t.value.as_deref().is_some_and(|v| v.contains('/'));
    let (o0, o1) = (ours.0.days(), ours.1.days());
    let rd = r.days();
    let has = |ws: &[&str]| ws.iter().any(|w| lower.contains(w));
    g.intervals.iter().find_map(|&(a, b)| {
        let (g0, g1) = (a?.days(), b?.days());
        // The same number of whole units beside the reference's own, where
        // the peer counts from the reference day itself.
        let touches = [rd, rd + 1].contains(&g0) || [rd, rd + 1].contains(&g1);
        let beside = o1 <= rd + 1 || o0 > rd;
        let same_length = ((g1 - g0) - (o1 - o0)).abs() <= ((o1 - o0) / 30).max(3);
        let cue = has(&[
            " last ",
            " past ",
            " previous ",
            " next ",
            " upcoming ",
            " coming ",
            "fortnight",
        ]);
        if range && touches && beside && same_length && cue {
            return Some("rolling-span");
        }
        // Weeks of a month counted from the one holding the 1st.
        if has(&["week of "]) && g1 - g0 == 7 && o1 - o0 == 7 && (g0 - o0).abs() == 7 {
            return Some("month-week");
        }
        // The last unit of the span alone.
        if range && has(&["upcoming"]) && g1 == o1 && g0 > o0 {
            return Some("nth-unit");
        }
        None
    })
}

/// Gold entities of a Recognizers case.
fn recognizers(case: &Value) -> Vec<Gold> {
    let list = case["expected"].as_array().cloned().unwrap_or_default();
    list.iter()
        .map(|e| {
            let kind = e["type"].as_str().unwrap_or("");
            let date = matches!(kind, "datetimeV2.date" | "datetimeV2.daterange");
            let values = e["resolution"]["values"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let day = |k: &str, v: &Value| v[k].as_str().and_then(parse_date);
            let timex = values
                .iter()
                .filter_map(|v| v["timex"].as_str().map(String::from))
                .collect();
            let intervals = values
                .iter()
                .map(|v| match v["value"].as_str() {
                    Some(_) => {
                        let d = day("value", v);
                        (d, d.and_then(|d| d.add_days(1)))
                    }
                    None => (day("start", v), day("end", v)),
                })
                .collect();
            let span = (
                e["start"].as_u64().unwrap_or(0) as usize,
                e["end"].as_u64().unwrap_or(0) as usize,
            );
            Gold {
                span: Some(span),
                date,
                timex,
                intervals,
            }
        })
        .collect()
}

/// The gold of a Duckling case: the whole text is one expression.
fn duckling(case: &Value) -> Vec<Gold> {
    let e = &case["expected"];
    let grain = e["grain"].as_str().unwrap_or("");
    let date = matches!(grain, "Day" | "Week" | "Month" | "Quarter" | "Year");
    let day = |v: &Value| -> Option<Date> {
        let a = v.as_array()?;
        let n = |i: usize| a.get(i).and_then(Value::as_i64);
        Date::new(
            i32::try_from(n(0)?).ok()?,
            u8::try_from(n(1)?).ok()?,
            u8::try_from(n(2)?).ok()?,
        )
    };
    let interval = match e["type"].as_str() {
        Some("instant") => day(&e["at"]).and_then(|a| {
            let v = match grain {
                "Day" => TimexValue::Day(a),
                "Week" => {
                    let (year, week) = a.iso_week();
                    TimexValue::Week { year, week }
                }
                "Month" => TimexValue::Month {
                    year: a.year,
                    month: a.month,
                },
                "Quarter" => TimexValue::Quarter {
                    year: a.year,
                    quarter: (a.month - 1) / 3 + 1,
                },
                "Year" => TimexValue::Year(a.year),
                _ => return None,
            };
            v.interval().map(|(x, y)| (Some(x), Some(y)))
        }),
        Some("interval") => Some((day(&e["from"]), day(&e["to"]))),
        _ => day(&e["at"]).map(|a| (Some(a), None)),
    };
    // An instant whose day is not where its grain starts ("chinese new
    // year" at 2014-01-31, grain Year) names that day.
    let named_day = match e["type"].as_str() {
        Some("instant") if grain != "Day" => day(&e["at"])
            .filter(|a| interval.is_some_and(|(x, _)| x != Some(*a)))
            .map(|a| (Some(a), a.add_days(1))),
        _ => None,
    };
    vec![Gold {
        span: None,
        date,
        timex: Vec::new(),
        intervals: interval.into_iter().chain(named_day).collect(),
    }]
}

fn report(suite: &str, date: &Tally, rest: &Tally, list: Option<&str>) {
    println!("{suite}:");
    for (name, t) in [("date subset", date), ("rest", rest)] {
        println!(
            "  {name:<12} n={:<4} detection F1={:.3} value accuracy={:.3} conformant={:.3} in scope={:.3}",
            t.expected,
            t.f1(),
            t.acc(),
            t.conformant(),
            t.in_scope()
        );
    }
    let classes: Vec<String> = date
        .classes
        .iter()
        .map(|(k, v)| format!("{k}={}", v.len()))
        .collect();
    println!("  date subset misses by class: {}", classes.join(" "));
    println!(
        "  left out of conformant: {}; also out of in scope: {}",
        CONVENTIONS.join(", "),
        OUT_OF_SCOPE.join(", ")
    );
    if let Some(class) = list {
        for case in date.classes.get(class).into_iter().flatten() {
            println!("    {case}");
        }
    }
}
