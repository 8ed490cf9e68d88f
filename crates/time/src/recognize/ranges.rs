//! Ranges written as one expression: "1961-64", "1961–1964", "between
//! 1996 and 2008", "from March to May 1990", "3-5 June 2001".

use super::dates::{abs, atom};
use super::numeric::{chained, chained_after};
use super::years::{count_noun_after, era};
use super::{Found, P};
use crate::calendar::Date;
use crate::expr::Expr;
use crate::value::TimexValue;

/// Ranges: "between 1996 and 2008", "from 1962 to 1975", "1961–64",
/// "1958–1991", "12–14 March 2011", "June–August 1992".
pub(super) fn range(p: &P, i: usize) -> Found {
    if p.is_word(i, "between") || p.is_word(i, "from") {
        let between = p.is_word(i, "between");
        let (a_end, a) = atom(p, i + 1).or_else(|| day_only(p, i + 1))?;
        let sep_ok =
            (between && p.is_word(a_end, "and")) || p.is_range_sep(a_end) || p.is_punct(a_end, '~');
        if !sep_ok {
            return None;
        }
        let (b_end, b) = atom(p, a_end + 1).or_else(|| day_tail(p, a_end + 1, &a))?;
        return Some((b_end, join(a, b)?));
    }
    // A range without "between" or "from" has its separator within a few
    // tokens; most tokens have none, and need no further look.
    let sep_near = p.t[i + 1..(i + 9).min(p.t.len())]
        .iter()
        .any(|t| t.is_dash() || t.is('~') || matches!(t.lower, "to" | "through" | "thru"));
    if !sep_near {
        return None;
    }
    if let Some(found) = year_span(p, i) {
        return Some(found);
    }
    let (a_end, a) = day_only(p, i).or_else(|| atom(p, i))?;
    if !p.tok(a_end).is_some_and(|t| t.is_dash()) && !p.is_any(a_end, &["to", "through", "thru"]) {
        return None;
    }
    if matches!(a, Expr::Abs(TimexValue::Year(_))) {
        return None;
    }
    let (b_end, b) = atom(p, a_end + 1).or_else(|| day_tail(p, a_end + 1, &a))?;
    Some((b_end, join(a, b)?))
}

/// The bare day ending "July 13-15" or "April 9th through 17th, 2016",
/// which takes its month (and year) from the range's start.
fn day_tail(p: &P, k: usize, start: &Expr) -> Found {
    let (day, end) = p.day_at(p.opt_word(k, "the"))?;
    let (month, year) = match start {
        Expr::MonthDay { month, .. } if *month > 0 => (*month, None),
        Expr::Abs(TimexValue::Day(d)) => (d.month, Some(d.year)),
        _ => return None,
    };
    let y = p.opt_punct(end, ',');
    match (year, p.year_at(y)) {
        (_, Some((year, e))) => Some((e, abs(TimexValue::Day(Date::new(year, month, day)?)))),
        (Some(year), None) => Some((end, abs(TimexValue::Day(Date::new(year, month, day)?)))),
        (None, None) => Some((end, Expr::MonthDay { month, day })),
    }
}

/// "1961–64", "1961-1964", "1990–91", "2014 to 2018", "2014~2018": two
/// years joined by a dash or "to".
fn year_span(p: &P, i: usize) -> Found {
    let (a, k) = p.year_at(i)?;
    let after_dash = i >= 2 && p.t[i - 1].is_dash() && p.t[i - 2].num().is_some();
    if chained(p, i) || chained_after(p, k + 2) || after_dash {
        return None;
    }
    let dash = p.tok(k)?;
    let worded = p.is_any(k, &["to", "through", "thru"]) || dash.is('~');
    if !dash.is_dash() && !worded {
        return None;
    }
    let (v, digits) = p.tok(k + 1)?.num()?;
    let b = match digits {
        4 => v as i32,
        2 if !dash.space_before && !worded => a - a % 100 + v as i32,
        _ => return None,
    };
    let prev_count = i > 0 && p.count_cue(&p.t[i - 1]);
    // "1961-64" is always years; "1200-1300 fighters", round numbers before
    // a noun, is a count.
    let round = a % 50 == 0 && b % 50 == 0;
    let count = digits == 4 && round && count_noun_after(p, k + 2);
    let bc = era(p, k + 2).is_some_and(|(bc, _)| bc);
    if b <= a || b - a > 100 || prev_count || count || bc {
        return None;
    }
    Some((
        k + 2,
        Expr::Range(
            Box::new(abs(TimexValue::Year(a))),
            Box::new(abs(TimexValue::Year(b))),
        ),
    ))
}

/// A bare day number before a dash: the "12" of "12–14 March 2011".
fn day_only(p: &P, i: usize) -> Found {
    let (day, k) = p.day_at(p.opt_word(i, "the"))?;
    (p.is_range_sep(k) || p.is_word(k, "and")).then_some((k, Expr::MonthDay { month: 0, day }))
}

/// Joins two ends, lending the later end's month and year to the earlier.
fn join(a: Expr, b: Expr) -> Option<Expr> {
    let a = match (a, &b) {
        (Expr::MonthDay { month: 0, day }, Expr::Abs(TimexValue::Day(d))) => {
            abs(TimexValue::Day(Date::new(d.year, d.month, day)?))
        }
        (Expr::MonthDay { month: 0, day }, Expr::MonthDay { month, .. }) => {
            Expr::MonthDay { month: *month, day }
        }
        (Expr::MonthDay { month: 0, .. }, _) => return None,
        (Expr::MonthDay { month, day }, Expr::Abs(TimexValue::Day(d))) => {
            let y = if (month, day) > (d.month, d.day) {
                d.year - 1
            } else {
                d.year
            };
            abs(TimexValue::Day(Date::new(y, month, day)?))
        }
        (Expr::Month(m), Expr::Abs(TimexValue::Month { year, month })) => {
            let y = if m > *month { year - 1 } else { *year };
            abs(TimexValue::Month { year: y, month: m })
        }
        (a, _) => a,
    };
    Some(Expr::Range(Box::new(a), Box::new(b)))
}
