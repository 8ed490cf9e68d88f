//! Event sentences and dated list items, drawn from the shapes in
//! `lexicons/gen/events.txt`, with their gold events, times, quantities and
//! the values they commit to for planted disagreements.

use crate::calendar::{self, Date};
use crate::compose::{Doc, H};
use crate::gold::ConflictKey;
use crate::lexicon::lexicon;
use crate::numbers;
use crate::template;
use crate::world::{EventKind, Kind, Precision};

fn section(kind: EventKind, item: bool) -> String {
    let k = match kind {
        EventKind::Founding => "founding",
        EventKind::Move => "moving",
        EventKind::Attack => "attack",
        EventKind::Arrest => "arrest",
        EventKind::Designation => "designation",
        EventKind::Ceasefire => "ceasefire",
    };
    if item {
        format!("events/{k}-item")
    } else {
        format!("events/{k}")
    }
}

/// The year this document gives for event `ev` (sometimes the disputed one).
fn year_of(d: &mut Doc, ev: usize) -> i32 {
    let e = &d.w.events[ev];
    let (truth, alt) = (e.date.y, e.alt_year);
    match alt {
        Some(a) => {
            let y = if d.rng.chance(0.45) { a } else { truth };
            d.conflict(ConflictKey::Year(ev), y as u64);
            y
        }
        None => truth,
    }
}

/// Writes the event's date, with a preposition when `prep`; returns its value.
pub fn date(d: &mut Doc, s: &mut String, ev: usize, prep: bool) -> String {
    let e = d.w.events[ev].clone();
    let start = s.trim_end().is_empty();
    let p = |word: &str| {
        if !prep {
            String::new()
        } else if start {
            format!("{} ", crate::names::capitalize(word))
        } else {
            format!("{word} ")
        }
    };
    let coarse = d.rng.below(10);
    match e.precision {
        Precision::Year => {
            let y = year_of(d, ev);
            if e.alt_year.is_some() && prep && d.rng.chance(0.25) {
                let (code, name) = calendar::season(&mut d.rng);
                s.push_str(&p("in the"));
                let text = format!("{name} of {y}");
                d.time(s, &text, &format!("{y}-{code}"));
                format!("{y}-{code}")
            } else {
                s.push_str(&p("in"));
                d.year(s, y)
            }
        }
        Precision::Day if coarse < 7 => {
            s.push_str(&p("on"));
            d.day(s, e.date)
        }
        Precision::Day | Precision::Month if coarse < 9 => {
            s.push_str(&p("in"));
            d.month(s, e.date)
        }
        _ => {
            s.push_str(&p("in"));
            d.year(s, e.date.y)
        }
    }
}

/// Writes a count with its noun (`31 people`, `twelve civilians`) and records it.
pub fn count(d: &mut Doc, s: &mut String, n: u64, noun: &str) {
    let start = s.trim_end().is_empty();
    let num = if start || (n <= 20 && d.rng.chance(0.5)) {
        let w = numbers::words(n);
        if start {
            crate::names::capitalize(&w)
        } else {
            w
        }
    } else {
        numbers::digits(n)
    };
    let text = format!("{num} {noun}");
    let hedge = if start {
        ""
    } else {
        ["", "", "", "at least ", "more than ", "nearly ", "some "][d.rng.below(7)]
    };
    d.qty(s, &format!("{hedge}{text}"), &text, n as f64);
}

/// The death toll this document gives (the official one or the group's).
fn toll(d: &mut Doc, ev: usize) -> Option<u64> {
    let (official, claimed) = d.w.events[ev].toll?;
    let n = match claimed {
        Some(c) if d.rng.chance(0.35) => c,
        _ => official,
    };
    if claimed.is_some() {
        d.conflict(ConflictKey::Toll(ev), u64::from(n));
    }
    Some(u64::from(n))
}

/// How an event's date is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// In running prose, absolute.
    Prose,
    /// As a list item whose date (this value) the caller already wrote.
    Item(String),
    /// As recent news seen from this publication date (`on Monday`).
    Recent(Date),
}

/// One sentence (or list item body) reporting event `ev`.
pub fn report(d: &mut Doc, ev: usize, mode: Mode) -> String {
    let item_date = match &mode {
        Mode::Item(v) => Some(v.as_str()),
        _ => None,
    };
    let recent_from = match mode {
        Mode::Recent(p) => Some(p),
        _ => None,
    };
    let e = d.w.events[ev].clone();
    let g = &d.w.groups[e.group];
    let group = g.ent;
    let leader = g.person("leader");
    let founder = g.person("founder");
    let home = d.w.countries[g.country].ent;
    let toll_n = toll(d, ev);
    let key = section(e.kind, item_date.is_some());
    let shapes = lexicon().list(&key);
    let can = |slot: &str| match slot {
        "T" => e.target.is_some(),
        "A" => e.agent.is_some(),
        "P" => e.place.is_some(),
        "N" => toll_n.is_some(),
        "X" => e.target.is_none(),
        "D" => item_date.is_none(),
        "d" => item_date.is_none() && recent_from.is_none(),
        _ => true,
    };
    let Some(shape) = template::choose(&mut d.rng, shapes, can) else {
        return String::new();
    };
    let mut actors: Vec<H> = Vec::new();
    let mut value = item_date.map(str::to_string).unwrap_or_default();
    let noun = ["people", "people", "civilians", "soldiers"][d.rng.below(4)];
    let (text, trigger) = template::render(d, shape, |d, s, slot| {
        let person = |d: &mut Doc, s: &mut String, id: usize, actors: &mut Vec<H>| {
            let h = d.ent(id);
            if d.introduced(h) {
                d.m(s, h)
            } else if d.rng.chance(0.5) {
                d.titled(s, h)
            } else {
                d.with_role(s, h)
            }
            actors.push(h);
        };
        match slot {
            "G" | "G!" | "G's" => {
                let h = d.ent(group);
                match slot {
                    "G!" if !d.introduced(h) => d.full(s, h),
                    "G's" => d.poss(s, h),
                    _ => d.m(s, h),
                }
                actors.push(h);
            }
            "L" => person(d, s, leader.unwrap_or(group), &mut actors),
            "F" => person(d, s, founder.unwrap_or(group), &mut actors),
            "T" => person(d, s, e.target.unwrap_or(group), &mut actors),
            "A" => {
                let id = e.agent.unwrap_or(group);
                if d.w.ent(id).kind == Kind::Person {
                    person(d, s, id, &mut actors);
                } else {
                    let h = d.ent(id);
                    d.m(s, h);
                    actors.push(h);
                }
            }
            "P" | "H" => {
                let h = d.ent(if slot == "P" {
                    e.place.unwrap_or(home)
                } else {
                    home
                });
                d.m(s, h);
            }
            "D" => {
                value = match recent_from {
                    Some(p) => recent(d, s, e.date, p),
                    None => date(d, s, ev, true),
                }
            }
            "d" => value = date(d, s, ev, false),
            "N" => count(d, s, toll_n.unwrap_or(1), noun),
            "X" => {
                let t = *d
                    .rng
                    .pick(lexicon().list("events/target"))
                    .unwrap_or(&"a police station");
                s.push_str(t);
            }
            "him" => s.push_str(if leader.is_some_and(|l| d.w.ent(l).female) {
                "her"
            } else {
                "him"
            }),
            _ => {}
        }
    });
    // "The group" and dated list items still refer to the group.
    let gh = d.ent(group);
    if (item_date.is_some() || actors.is_empty()) && !actors.contains(&gh) && d.written(gh) {
        actors.push(gh);
    }
    if let (Some(t), false) = (trigger, actors.is_empty()) {
        d.event(Some(ev), &value, &t.to_lowercase(), &actors);
    }
    text
}

/// Writes a dated list item's date prefix in one of several styles and
/// returns (prefix text, value).
pub fn item_date(d: &mut Doc, s: &mut String, ev: usize) -> String {
    let e = d.w.events[ev].clone();
    let v = match e.precision {
        Precision::Year => {
            let y = year_of(d, ev);
            d.year(s, y)
        }
        Precision::Month => d.month(s, e.date),
        Precision::Day if d.rng.chance(0.8) => d.day(s, e.date),
        Precision::Day => d.month(s, e.date),
    };
    s.push_str([": ", " – ", " — ", ": ", " - "][d.rng.below(5)]);
    v
}

/// A relative date for a recent event on `day` seen from the publication
/// date `pub_date`: `on Monday`, `yesterday`, or the absolute day.
pub fn recent(d: &mut Doc, s: &mut String, day: Date, pub_date: Date) -> String {
    let gap = pub_date.days() - day.days();
    let start = s.trim_end().is_empty();
    if gap == 1 && d.rng.chance(0.4) {
        d.time(s, "yesterday", &day.iso());
    } else if (0..7).contains(&gap) {
        let text = format!(
            "{} {}",
            if start { "On" } else { "on" },
            calendar::WEEKDAYS[day.weekday()]
        );
        d.time(s, &text, &day.iso());
    } else {
        s.push_str(if start { "On " } else { "on " });
        d.day(s, day);
    }
    day.iso()
}
