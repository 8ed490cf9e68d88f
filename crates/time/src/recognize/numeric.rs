//! Dates written in digits: `1958-03-03`, `03/03/1958`, `20170302`,
//! `31-Oct-74`, `Friday 7.6`, and the chains of digits (phone numbers,
//! identifiers) that only look like them.

use super::dates::{abs, with_year};
use super::{Found, P};
use crate::calendar::Date;
use crate::expr::Expr;
use crate::token::Kind;
use crate::value::TimexValue;

/// `7.6` after a weekday ("Friday 7.6"): month and day with a dot, which
/// alone would be a decimal number.
pub(super) fn dotted(p: &P, j: usize) -> Found {
    let t = p.tok(j).filter(|t| t.kind == Kind::BigNum)?;
    let (a, b) = t.lower.split_once('.')?;
    let short = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit());
    if !short(a) || !short(b) {
        return None;
    }
    let (a, b) = (a.parse::<u8>().ok()?, b.parse::<u8>().ok()?);
    let (month, day) = if p.day_first { (b, a) } else { (a, b) };
    Date::new(2000, month, day)?;
    Some((j + 1, Expr::MonthDay { month, day }))
}

/// Numeric dates: `1958-03-03`, `03/03/1958`, `3.3.58`, `20170302`, and
/// `on 2/15` when a preposition says it is a date.
pub(super) fn numeric(p: &P, i: usize) -> Found {
    let (a, da) = p.tok(i)?.num()?;
    if chained(p, i) {
        return None;
    }
    if da == 8 {
        let d = Date::new((a / 10_000) as i32, (a / 100 % 100) as u8, (a % 100) as u8)?;
        return (1900..=2099)
            .contains(&d.year)
            .then_some((i + 1, abs(TimexValue::Day(d))));
    }
    let sep = p.tok(i + 1).and_then(|t| match t.kind {
        Kind::Punct(c @ ('/' | '-' | '.')) if !t.space_before || c == '/' => Some(c),
        _ => None,
    })?;
    let (b, db) = p.tok(i + 2)?.num()?;
    let third = p.is_punct(i + 3, sep) && !p.t[i + 3].space_before;
    let c = third.then(|| p.tok(i + 4).and_then(|t| t.num())).flatten();
    match c {
        Some((c, dc)) if da == 4 && db <= 2 && dc <= 2 => {
            let d = Date::new(a as i32, b as u8, c as u8)?;
            Some((i + 5, abs(TimexValue::Day(d))))
        }
        Some((c, dc)) if da <= 2 && db <= 2 && (dc == 4 || dc == 2) => {
            let year = if dc == 4 { c as i32 } else { two_digit_year(c) };
            let (m, d) = order(p.day_first, a, b)?;
            Some((i + 5, abs(TimexValue::Day(Date::new(year, m, d)?))))
        }
        Some(_) => None,
        // "2015-3" and "2014-10" are months; "2006-09" is 2006 to 2009 (see `year_span`).
        None if da == 4
            && db <= 2
            && sep != '.'
            && (1..=12).contains(&b)
            && (db == 1 || b <= a % 100) =>
        {
            (!p.tok(i + 3)
                .is_some_and(|t| t.is_dash() || t.num().is_some()))
            .then_some((
                i + 3,
                abs(TimexValue::Month {
                    year: a as i32,
                    month: b as u8,
                }),
            ))
        }
        None if da <= 2 && db == 4 && sep != '.' && (1..=12).contains(&a) => Some((
            i + 3,
            abs(TimexValue::Month {
                year: b as i32,
                month: a as u8,
            }),
        )),
        None if da <= 2
            && db <= 2
            && (sep == '/' || (i > 0 && p.weekday_at(i - 1).is_some()))
            && slashed_day(p, i, b) =>
        {
            let (month, day) = order(p.day_first, a, b)?;
            Date::new(2000, month, day)?;
            // "5/7, 2020": the year after a comma.
            if p.is_punct(i + 3, ',') {
                return with_year(p, i + 3, month, day, true);
            }
            Some((i + 3, Expr::MonthDay { month, day }))
        }
        None => None,
    }
}

/// Numbers and a month name joined by slashes or dashes: `31/Oct/1974`,
/// `31-Oct-74`, `2019/aug/01`, `Sep-23-2020`, `Dec/2018`, `Oct/2`.
pub(super) fn mixed(p: &P, i: usize) -> Found {
    let joined = |k: usize| {
        p.tok(k)
            .is_some_and(|t| !t.space_before && matches!(t.kind, Kind::Punct('/' | '-')))
            && p.tok(k + 1).is_some_and(|t| !t.space_before)
    };
    let num = |k: usize| p.tok(k).and_then(|t| t.num());
    let day = |d: u32, digits: u8| (digits <= 2 && (1..=31).contains(&d)).then_some(d as u8);
    let year = |y: u32, digits: u8| match digits {
        4 => Some(y as i32),
        2 => Some(two_digit_year(y)),
        _ => None,
    };
    let date = |y: i32, m: u8, d: u8| Date::new(y, m, d).map(|d| abs(TimexValue::Day(d)));
    if let Some((a, da)) = num(i) {
        let (month, k) = joined(i + 1).then(|| p.month_at(i + 2)).flatten()?;
        let (c, dc) = joined(k).then(|| num(k + 1)).flatten()?;
        let found = match da {
            4 => date(a as i32, month, day(c, dc)?)?,
            _ => date(year(c, dc)?, month, day(a, da)?)?,
        };
        return Some((k + 2, found));
    }
    let (month, k) = p.month_at(i)?;
    let (b, db) = joined(k).then(|| num(k + 1)).flatten()?;
    if db == 4 {
        let m = TimexValue::Month {
            year: b as i32,
            month,
        };
        return Some((k + 2, abs(m)));
    }
    let d = day(b, db)?;
    if let Some((c, dc)) = joined(k + 2).then(|| num(k + 3)).flatten() {
        return Some((k + 4, date(year(c, dc)?, month, d)?));
    }
    (p.is_punct(k, '/') && Date::new(2000, month, d).is_some())
        .then_some((k + 2, Expr::MonthDay { month, day: d }))
}

/// Whether `a/b` at `i` is a month and day rather than a fraction: after a
/// preposition or "this"/"next", before a dash and another date ("10/1-11/7"),
/// or when `b` is no usual denominator ("2/15", not "1/2" or "3/16").
fn slashed_day(p: &P, i: usize, b: u32) -> bool {
    const CUES: &[&str] = &[
        "on", "by", "until", "since", "from", "to", "till", "this", "next", "last", "between",
        "and", "or",
    ];
    let cued = i > 0 && (p.is_any(i - 1, CUES) || p.is_punct(i - 1, ','));
    // "10/1-11/7": the second day of a range, or "Friday 7/6".
    let ranged_end = i >= 3 && p.tok(i - 1).is_some_and(|t| t.is_dash()) && p.is_punct(i - 3, '/');
    let weekday = i > 0 && p.weekday_at(i - 1).is_some();
    let cued = cued || ranged_end || weekday;
    let ranged = p.tok(i + 3).is_some_and(|t| t.is_dash()) && p.is_punct(i + 5, '/');
    let unit_after = p
        .tok(i + 3)
        .is_some_and(|t| t.kind == Kind::Word && !t.capital);
    cued || ranged || (b >= 13 && b != 16 && b != 32 && !unit_after)
}

/// Month and day from two numbers, US order unless `day_first` (or unless
/// the first number cannot be a month).
fn order(day_first: bool, a: u32, b: u32) -> Option<(u8, u8)> {
    let (m, d) = if day_first || a > 12 { (b, a) } else { (a, b) };
    (m <= 12 && d <= 31).then_some((m as u8, d as u8))
}

/// `74` is 1974, `12` is 2012: two-digit years below 50 are this century.
pub(super) fn two_digit_year(y: u32) -> i32 {
    if y < 50 {
        2000 + y as i32
    } else {
        1900 + y as i32
    }
}

/// True when the number at `i` continues a chain of digits joined by
/// dashes or glued to letters: a phone number, an identifier, a URL
/// ("138-2010-2015", "123-12-1234", "a8-1687-4ea7").
pub(super) fn chained(p: &P, i: usize) -> bool {
    let joined_before = i >= 2
        && p.tok(i - 1).is_some_and(|t| (t.is_dash() || t.is('+')) && !t.space_before)
        && !p.t[i].space_before
        // A date's year may end the chain's previous link ("10/1/2018-10/7/2018").
        && p.tok(i - 2).is_some_and(|t| t.num().is_some_and(|(_, d)| d != 4))
        && !i.checked_sub(3).is_some_and(|j| p.is_punct(j, '/'));
    let glued = i >= 1 && !p.t[i].space_before && p.t[i - 1].kind == Kind::Word;
    joined_before || glued
}

/// True when a dash and more digits (or letters glued on) follow at `k`:
/// "2010-2015-86".
pub(super) fn chained_after(p: &P, k: usize) -> bool {
    p.tok(k).is_some_and(|t| t.is_dash() && !t.space_before)
        && p.tok(k + 1)
            .is_some_and(|t| t.num().is_some() && !t.space_before)
}
