//! Joining expressions found side by side: "from next Friday to Oct 1st
//! 2020", "between Jan 2019 and now", "from 2007 to the end of 2008",
//! "for 3 days starting next Monday".
//!
//! The single patterns read each end on its own; this pass, run once over
//! the expressions of a sentence, makes one range of two neighbours when a
//! range word stands between them, and reads "now", "today", "date" and
//! "the present" as an end where a range needs one.

use super::P;
use crate::expr::{Base, Expr};
use crate::lexicon::Unit;
use crate::token::Kind;

/// "to date", "till date" and "the year to date" where no other expression
/// stands before: the present, or the reference's year (month, week) up to it.
pub(super) fn to_date(p: &P, found: &mut Vec<Found3>) {
    let mut adds = Vec::new();
    // `found` is sorted and disjoint: `f` walks to the first expression
    // ending after the token looked at, so the whole pass is linear.
    let mut f = 0;
    for (k, t) in p.t.iter().enumerate() {
        if t.kind != Kind::Word || t.lower != "date" || k == 0 {
            continue;
        }
        while f < found.len() && found[f].1 <= k {
            f += 1;
        }
        let to = k - 1;
        let prev_end = f.checked_sub(1).map_or(0, |x| found[x].1);
        let ends = p
            .tok(k + 1)
            .is_none_or(|n| matches!(n.kind, Kind::Punct(_)));
        // "up to date" is a state, not a time.
        let up = to.checked_sub(1).is_some_and(|u| p.is_word(u, "up"));
        let covered = up || found.get(f).is_some_and(|x| x.0 <= k) || prev_end == to;
        if !p.is_any(to, &["to", "till"]) || !ends || covered {
            continue;
        }
        let unit = to
            .checked_sub(1)
            .filter(|&u| prev_end <= u)
            .and_then(|u| p.unit_at(u))
            .map(|(u, _)| u);
        let (start, e) = match unit {
            Some(u @ (Unit::Year | Unit::Month | Unit::Week)) => {
                let this = Expr::Rel {
                    base: Base::Document,
                    unit: u,
                    n: 0,
                    grain: u,
                };
                (to - 1, Expr::Range(Box::new(this), Box::new(today())))
            }
            _ => (to, today()),
        };
        adds.push((start, k + 1, e));
    }
    if !adds.is_empty() {
        found.extend(adds);
        found.sort_by_key(|f| f.0);
    }
}

/// A found expression: first token, end token (exclusive), meaning.
pub(super) type Found3 = (usize, usize, Expr);

/// The present moment as a range end: "now", "today", "date" ("to date"),
/// "the present", "current date", and where it ends.
fn now_at(p: &P, k: usize) -> Option<usize> {
    let j = p.opt_word(k, "the");
    match p.tok(j)?.lower {
        "current" | "present" if p.is_any(j + 1, &["date", "day", "time"]) => Some(j + 2),
        "now" | "present" | "today" => Some(j + 1),
        "date" if j == k => Some(j + 1),
        _ => None,
    }
}

fn today() -> Expr {
    Expr::Rel {
        base: Base::Document,
        unit: Unit::Day,
        n: 0,
        grain: Unit::Day,
    }
}

/// True when the expression can stand at a range's end.
fn endpoint(e: &Expr) -> bool {
    !matches!(e, Expr::Range(..) | Expr::Event { .. } | Expr::Span { .. })
}

/// Whether token `k` joins two ends, given what opened the range.
fn separator(p: &P, k: usize, opener: Option<&str>) -> bool {
    let dash = p.tok(k).is_some_and(|t| t.is_dash() || t.is('~'));
    match opener {
        Some("between") => p.is_word(k, "and"),
        Some(_) => dash || p.is_any(k, &["to", "through", "thru", "till", "until"]),
        None => dash || p.is_any(k, &["through", "thru"]),
    }
}

/// Merges neighbours joined by a range word into one range, and reads
/// "now"-like ends; one pass, in order.
pub(super) fn join_ranges(p: &P, found: &mut Vec<Found3>) {
    // Compacted in place: `w` is where the next kept expression goes.
    let mut w = 0;
    let mut k = 0;
    while k < found.len() {
        let (merged, used) = match merge_at(p, found, k) {
            Some(m) => m,
            None => {
                found.swap(w, k);
                w += 1;
                k += 1;
                continue;
            }
        };
        found[w] = merged;
        w += 1;
        k += used;
    }
    found.truncate(w);
}

/// The range starting with expression `k`, and how many expressions it
/// takes in.
fn merge_at(p: &P, found: &[Found3], k: usize) -> Option<(Found3, usize)> {
    let (i, end, ref a) = found[k];
    if !endpoint(a) {
        return None;
    }
    let opener = i
        .checked_sub(1)
        .and_then(|j| p.tok(j))
        .filter(|t| t.word("from") || t.word("between"))
        .map(|t| t.lower);
    let start = if opener.is_some() { i - 1 } else { i };
    // "2019/aug/01 to today"
    let to_now = (opener.is_some() || matches!(a, Expr::Abs(_)))
        && p.is_any(end, &["to", "till", "until"])
        && now_at(p, end + 1).is_some();
    if separator(p, end, opener) || to_now {
        let next = found
            .get(k + 1)
            .filter(|n| n.0 == end + 1 && endpoint(&n.2) && (opener.is_some() || !to_now));
        if let Some((_, b_end, b)) = next {
            let range = Expr::Range(Box::new(a.clone()), Box::new(b.clone()));
            return Some(((start, *b_end, range), 2));
        }
        // "from May to date", "2019/aug/01 to today".
        if let Some(b_end) = now_at(p, end + 1).filter(|_| opener.is_some() || to_now) {
            let range = Expr::Range(Box::new(a.clone()), Box::new(today()));
            return Some(((start, b_end, range), 1));
        }
    }
    // "between now and November 15th", "from today to May 5".
    let open = now_before(p, i)?;
    let range = Expr::Range(Box::new(today()), Box::new(a.clone()));
    Some(((open, end, range), 1))
}

/// For an expression at token `i`, "between now and" or "from now to"
/// just before it: the opener's index.
fn now_before(p: &P, i: usize) -> Option<usize> {
    let sep = i.checked_sub(1)?;
    let now = sep.checked_sub(1)?;
    if !p.is_any(now, &["now", "today"]) {
        return None;
    }
    let open = now.checked_sub(1)?;
    let between = p.is_word(open, "between") && p.is_word(sep, "and");
    let from = p.is_word(open, "from") && separator(p, sep, Some("from"));
    (between || from).then_some(open)
}

/// "for 3 days starting next Monday", "for a week starting tomorrow", "for
/// 2 weeks starting May 20th", "for 1 week, from 20th dec", "for 10 days
/// from 18th Dec", "18th Dec for 10 days": a start and a length make a
/// range of days.
pub(super) fn join_lengths(p: &P, found: &mut [Found3], lengths: &[(usize, usize, i64, Unit)]) {
    for &(li, lend, n, unit) in lengths {
        // The start after the length: "for 3 days [,] starting [from] X".
        let mut k = p.opt_punct(lend, ',');
        let cue = p.is_any(k, &["starting", "beginning", "commencing", "from"]);
        if cue {
            k += 1;
            k = p.opt_word(k, "from");
            k = p.opt_word(k, "on");
        }
        // `found` is sorted by start: both neighbours are found by bisection.
        let after = found.binary_search_by_key(&k, |f| f.0).ok().filter(|_| cue);
        // Or before it: "from 18th Dec for 10 days", "18th Dec for 10 days".
        let before = found
            .partition_point(|f| f.0 < li)
            .checked_sub(1)
            .filter(|&x| found[x].1 == li && day_like(&found[x].2));
        let Some(at) = after.or(before) else {
            continue;
        };
        let (fi, fend, ref e) = found[at];
        if !endpoint(e) {
            continue;
        }
        let days = match unit {
            Unit::Week => 7 * n,
            Unit::Fortnight => 14 * n,
            _ => n,
        };
        let from = |n: i64| Expr::Offset {
            unit: Unit::Day,
            n,
            from: Box::new(e.clone()),
        };
        let range = Expr::Range(Box::new(from(0)), Box::new(from(days - 1)));
        found[at] = (li.min(fi), fend.max(lend), range);
    }
}

/// Lengths introduced by "for": "for 3 days", "for a week", "for 2 weeks"
/// (token of "for", end, count, unit).
pub(super) fn lengths(p: &P) -> Vec<(usize, usize, i64, Unit)> {
    let mut out = Vec::new();
    for (i, t) in p.t.iter().enumerate() {
        if t.kind != Kind::Word || t.lower != "for" {
            continue;
        }
        let Some((n, k)) = p.number_at(i + 1) else {
            continue;
        };
        if let Some((unit, end)) = p.unit_at(k) {
            if matches!(unit, Unit::Day | Unit::Week | Unit::Fortnight) && n > 0 {
                out.push((i, end, n, unit));
            }
        }
    }
    out
}

/// True for expressions of one day, which a length can follow.
fn day_like(e: &Expr) -> bool {
    matches!(
        e,
        Expr::MonthDay { .. }
            | Expr::Abs(crate::value::TimexValue::Day(_))
            | Expr::Weekday { .. }
            | Expr::MonthDayOnly(_)
            | Expr::Rel {
                grain: Unit::Day,
                ..
            }
    )
}
