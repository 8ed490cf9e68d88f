//! Which time expression dates a trigger.
//!
//! The nearest dated time in the trigger's own region or a region it hangs
//! on; a "when" clause's date also dates the clause above it; reported
//! content ("said the case rested on ledgers seized in a raid on …") takes
//! only dates written inside it. A date attached to another event noun ("the
//! talks of 2012", "the 2009 ceasefire") dates only that noun. Dates joined
//! by commas and "and" ("on May 3, May 9 and May 21") each date the trigger.

use crate::clause::{Clauses, RegionKind};
use crate::trigger::Trigger;
use crate::view::View;

/// How many tokens around a trigger its date, subject and objects are looked for in.
pub(crate) const WINDOW: usize = 60;

/// One date a trigger takes from its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dating {
    /// The normalized value.
    pub value: String,
    /// The time expression (index into `View::times`).
    pub time: usize,
}

/// What the sentence says about a trigger's date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Written {
    /// Dates written in the clause.
    Dates(Vec<Dating>),
    /// No date written; the date may come from the narrative or the list item.
    Open,
    /// No date written, and none may be borrowed (reported content, a
    /// present perfect, a period bounded by "since" or "until").
    Closed,
}

/// The dates written for trigger `tr`.
pub(crate) fn written(v: &View, c: &Clauses, tr: &Trigger) -> Written {
    let unit = c.unit_of(tr.first);
    let rt = c.region_of[tr.first];
    let mut best: Option<(usize, bool, usize)> = None; // (distance, before, time)
    let mut bound_near = false;
    // Only times near the trigger are read, which keeps a sentence linear.
    let lo = v.times.partition_point(|t| t.last + WINDOW < tr.first);
    let hi = v.times.partition_point(|t| t.first <= tr.last + WINDOW);
    for (k, t) in v.times.iter().enumerate().take(hi).skip(lo) {
        if t.first < unit.0 || t.last >= unit.1 || v.toks[t.first].aside {
            continue;
        }
        let rk = c.region_of[t.first];
        if !governs(c, rk, rt) {
            continue;
        }
        if t.bound {
            bound_near |= same_segment(v, t.first, tr.first);
            continue;
        }
        if t.value.is_none() || attached_elsewhere(v, tr, t.first, t.last) {
            continue;
        }
        let before = t.last < tr.first;
        let d = if before {
            tr.first - t.last
        } else {
            t.first.saturating_sub(tr.last)
        };
        if best.is_none_or(|(bd, bb, _)| (d, before) < (bd, bb)) {
            best = Some((d, before, k));
        }
    }
    match best {
        Some((_, _, k)) => Written::Dates(coordinated(v, most_precise_neighbour(v, k))),
        None if bound_near || tr.perfect || reported(c, rt) => Written::Closed,
        None => Written::Open,
    }
}

/// True when a time in region `rk` may date a trigger in region `rt`.
fn governs(c: &Clauses, rk: usize, rt: usize) -> bool {
    let mut cur = Some(rt);
    while let Some(r) = cur {
        if r == rk {
            return true;
        }
        let g = c.regions[r];
        if g.kind == RegionKind::Complement {
            return false;
        }
        cur = g.parent;
    }
    // A "when" clause dates the clause it hangs on.
    let g = c.regions[rk];
    g.kind == RegionKind::When && g.parent.is_some_and(|p| c.within(rt, p))
}

/// True when the trigger stands in reported content.
fn reported(c: &Clauses, rt: usize) -> bool {
    let mut cur = Some(rt);
    while let Some(r) = cur {
        if c.regions[r].kind == RegionKind::Complement {
            return true;
        }
        cur = c.regions[r].parent;
    }
    false
}

/// True when no comma separates tokens `a` and `b`.
fn same_segment(v: &View, a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    !(lo..hi).any(|k| v.toks[k].is_punct(',') && v.toks[k].time.is_none())
}

/// True when the time is written as part of an event noun other than the trigger.
fn attached_elsewhere(v: &View, tr: &Trigger, first: usize, last: usize) -> bool {
    let is_event_noun = |k: usize| {
        v.toks
            .get(k)
            .is_some_and(|t| t.word && !t.nouns().is_empty())
    };
    let after_of = first >= 2 && v.w(first - 1) == "of" && is_event_noun(first - 2);
    let premod = is_event_noun(last + 1);
    let owner = if after_of {
        Some(first - 2)
    } else if premod {
        Some(last + 1)
    } else {
        None
    };
    owner.is_some_and(|o| o < tr.first || o > tr.last)
}

/// "this month on Tuesday": of two times side by side, the more precise.
fn most_precise_neighbour(v: &View, k: usize) -> usize {
    let len = |j: usize| v.times[j].value.as_ref().map_or(0, String::len);
    let close = |x: usize, y: usize| {
        let (a, b) = (&v.times[x], &v.times[y]);
        b.first > a.last && b.first <= a.last + 2 && !a.bound && !b.bound
    };
    let mut best = k;
    if k + 1 < v.times.len() && close(k, k + 1) && len(k + 1) > len(best) {
        best = k + 1;
    }
    if k > 0 && close(k - 1, k) && len(k - 1) > len(best) {
        best = k - 1;
    }
    best
}

/// The time `k` and every dated time coordinated with it.
fn coordinated(v: &View, k: usize) -> Vec<Dating> {
    let joined = |x: usize, y: usize| {
        let (a, b) = (&v.times[x], &v.times[y]);
        b.first > a.last + 1
            && !a.bound
            && !b.bound
            && (a.last + 1..b.first).all(|j| matches!(v.w(j), "," | "and" | "or"))
    };
    let mut lo = k;
    while lo > 0 && joined(lo - 1, lo) && v.times[lo - 1].value.is_some() {
        lo -= 1;
    }
    let mut hi = k;
    while hi + 1 < v.times.len() && joined(hi, hi + 1) && v.times[hi + 1].value.is_some() {
        hi += 1;
    }
    (lo..=hi)
        .filter_map(|j| {
            v.times[j]
                .value
                .clone()
                .map(|value| Dating { value, time: j })
        })
        .collect()
}
