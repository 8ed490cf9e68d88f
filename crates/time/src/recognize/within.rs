//! Weeks and units counted inside a period, and the week or weekend of a
//! day: "the first 2 weeks of 2021", "the third month of 2021", "week 27
//! of last year", "the week of April 10th", "w/c Feb 4", "the weekend of
//! Halloween", "last weekend".

use super::dates::{atom, single};
use super::parts::period_word;
use super::{counted, Found, P};
use crate::expr::{Base, Expr};
use crate::lexicon::Unit;
use crate::token::Kind;

/// Any pattern of this module at `i`.
pub(super) fn within(p: &P, i: usize) -> Found {
    [nth_of, week_number, week_of, weekend]
        .iter()
        .filter_map(|f| f(p, i))
        .max_by_key(|(end, _)| *end)
}

/// The period units are counted in: a year, month or season, or "this
/// year", "next year", "the year".
fn period(p: &P, k: usize) -> Found {
    atom(p, k).or_else(|| period_word(p, k))
}

fn this_year() -> Expr {
    Expr::Rel {
        base: Base::Document,
        unit: Unit::Year,
        n: 0,
        grain: Unit::Year,
    }
}

/// "the first 2 weeks of 2021", "the last four months of 2021", "first
/// ten days of last year", "the third month of 2021", "the 9th month of
/// next year". A single first or last week or day is left to the month
/// patterns ("the last week of September").
fn nth_of(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let (n, edge) = match (t.kind, t.lower) {
        (Kind::Word, "first") => (1, true),
        (Kind::Word, "last") => (-1, true),
        (Kind::Ordinal(n), _) => (i64::from(n), false),
        (Kind::Word, w) if t.keyed(crate::lexicon::ORDINAL) => {
            (i64::from(*p.lex.ordinals.get(w)?), false)
        }
        _ => return None,
    };
    let (count, k) = match p.number_at(j + 1) {
        Some((c, k)) if edge => (c, k),
        _ => (1, j + 1),
    };
    let (unit, k) = p.unit_at(k)?;
    if !matches!(unit, Unit::Day | Unit::Week | Unit::Month) || n == 0 {
        return None;
    }
    if count == 1 && unit != Unit::Month {
        return None;
    }
    if !p.is_any(k, &["of", "in"]) {
        return None;
    }
    let (end, of) = period(p, k + 1)?;
    let of = Box::new(of);
    Some((end, Expr::NthOf { n, count, unit, of }))
}

/// "week 31", "the week 3 of 2027", "week 27 of last year": an ISO week
/// number, of the year named or of the reference's year.
fn week_number(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    if !p.is_word(j, "week") {
        return None;
    }
    let (n, digits) = p.tok(j + 1)?.num()?;
    if digits > 2 || !(1..=53).contains(&n) {
        return None;
    }
    let (end, of) = if p.is_word(j + 2, "of") {
        period(p, j + 3)?
    } else {
        (j + 2, this_year())
    };
    let of = Box::new(of);
    Some((
        end,
        Expr::NthOf {
            n: i64::from(n),
            count: 1,
            unit: Unit::Week,
            of,
        },
    ))
}

/// "the week of April 10th", "the week beginning February 4", "the week
/// starting on February 4", "w/c Feb 4".
fn week_of(p: &P, i: usize) -> Found {
    let k = if p.is_word(i, "w") && p.is_punct(i + 1, '/') && p.is_word(i + 2, "c") {
        i + 3
    } else {
        let j = p.opt_word(i, "the");
        if !p.is_word(j, "week") {
            return None;
        }
        let k = j + 1;
        if !p.is_any(k, &["of", "beginning", "starting", "commencing"]) {
            return None;
        }
        p.opt_word(k + 1, "on")
    };
    let (end, day) = single(p, k).or_else(|| counted::holiday(p, k))?;
    if !day_like(&day) {
        return None;
    }
    Some((end, Expr::WeekOf(Box::new(day))))
}

/// "the weekend of Halloween", "last weekend", "this weekend", "next
/// weekend".
fn weekend(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    if j == i && !p.is_word(i, "weekend") {
        let n = match p.tok(i)?.lower {
            "this" | "coming" => 0,
            "last" | "past" | "previous" => -1,
            "next" => 1,
            _ => return None,
        };
        if !p.is_word(i + 1, "weekend") {
            return None;
        }
        let day = Expr::Rel {
            base: Base::Document,
            unit: Unit::Week,
            n,
            grain: Unit::Day,
        };
        return Some((i + 2, Expr::WeekendOf(Box::new(day))));
    }
    if !p.is_word(j, "weekend") || !p.is_word(j + 1, "of") {
        return None;
    }
    let (end, day) = single(p, j + 2).or_else(|| counted::holiday(p, j + 2))?;
    day_like(&day).then_some((end, Expr::WeekendOf(Box::new(day))))
}

/// True for expressions of one day.
fn day_like(e: &Expr) -> bool {
    matches!(
        e,
        Expr::MonthDay { .. }
            | Expr::Abs(crate::value::TimexValue::Day(_))
            | Expr::Holiday(_)
            | Expr::WeekdayDate { .. }
    )
}
