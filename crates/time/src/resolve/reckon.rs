//! Calendar reckoning for resolution: a reference moved by units, spans of
//! whole units beside it, the occurrence of a year-less day or season the
//! tense points to, and units counted inside a period.

use crate::calendar::{add_months, month_week, Date};
use crate::expr::Expr;
use crate::lexicon::Unit;
use crate::value::{Season, TimexValue};

/// The ISO week of a Monday.
pub(super) fn week_value(monday: Date) -> Option<TimexValue> {
    let (year, week) = monday.iso_week();
    Some(TimexValue::Week { year, week })
}

/// A year-less expression given a year.
pub(super) fn with_year(e: &Expr, year: i32) -> Option<TimexValue> {
    match *e {
        Expr::MonthDay { month, day } => Date::new(year, month, day).map(TimexValue::Day),
        Expr::Holiday(h) => h.value(year),
        Expr::MonthWeek { month, n } => week_value(month_week(year, month, n)?),
        Expr::Month(month) => Some(TimexValue::Month { year, month }),
        Expr::Season(season) => Some(TimexValue::Season { year, season }),
        _ => None,
    }
}

/// Of the occurrences in the years around `r`, the one the tense points to:
/// the first not yet over (future), the last already begun (past), or the
/// closest (no tense).
pub(super) fn nearest(
    make: &impl Fn(i32) -> Option<TimexValue>,
    r: Date,
    future: Option<bool>,
) -> Option<TimexValue> {
    let cands: Vec<(TimexValue, Date, Date)> = (r.year - 1..=r.year + 1)
        .filter_map(|y| {
            let v = make(y)?;
            let (a, b) = v.interval()?;
            Some((v, a, b))
        })
        .collect();
    let pick = match future {
        Some(true) => cands.iter().find(|c| c.2 > r),
        Some(false) => cands.iter().rev().find(|c| c.1 <= r),
        None => cands.iter().min_by_key(|c| {
            if c.1 <= r && r < c.2 {
                0
            } else if r < c.1 {
                c.1.days() - r.days()
            } else {
                r.days() - c.2.days() + 1
            }
        }),
    };
    pick.map(|c| c.0.clone())
}

/// `r` moved by `n` units, expressed at `grain`.
pub(super) fn shift(r: Date, unit: Unit, n: i64, grain: Unit) -> Option<TimexValue> {
    let months = |k: i64| -> Option<(i32, u8)> { add_months(r.year, r.month, k) };
    match grain {
        Unit::Day | Unit::Week | Unit::Fortnight => {
            let d = match unit {
                Unit::Day => r.add_days(n)?,
                Unit::Week => r.add_days(7 * n)?,
                Unit::Fortnight => r.add_days(14 * n)?,
                Unit::Month => r.add_months(n)?,
                Unit::Quarter => r.add_months(3 * n)?,
                Unit::Year => r.add_months(12 * n)?,
                Unit::Decade => r.add_months(120 * n)?,
                Unit::Century => r.add_months(1200 * n)?,
            };
            if grain == Unit::Week {
                let (year, week) = d.iso_week();
                Some(TimexValue::Week { year, week })
            } else {
                Some(TimexValue::Day(d))
            }
        }
        Unit::Month => {
            let k = match unit {
                Unit::Quarter => 3 * n,
                Unit::Year => 12 * n,
                _ => n,
            };
            let (year, month) = months(k)?;
            Some(TimexValue::Month { year, month })
        }
        Unit::Quarter => {
            let (year, month) = months(3 * n)?;
            Some(TimexValue::Quarter {
                year,
                quarter: (month - 1) / 3 + 1,
            })
        }
        Unit::Year => {
            // A shift by smaller units lands in a year ("Thanksgiving in 9
            // months" is that of the year nine months on).
            let year = match unit {
                Unit::Day | Unit::Week | Unit::Fortnight => {
                    shift(r, unit, n, Unit::Day)?.start()?.year
                }
                Unit::Month => months(n)?.0,
                Unit::Quarter => months(n.checked_mul(3)?)?.0,
                Unit::Year => r.year.checked_add(i32::try_from(n).ok()?)?,
                Unit::Decade => r
                    .year
                    .checked_add(i32::try_from(n.checked_mul(10)?).ok()?)?,
                Unit::Century => r
                    .year
                    .checked_add(i32::try_from(n.checked_mul(100)?).ok()?)?,
            };
            Some(TimexValue::Year(year))
        }
        Unit::Decade => Some(TimexValue::Decade(r.year / 10 + i32::try_from(n).ok()?)),
        Unit::Century => Some(TimexValue::Century(r.year / 100 + i32::try_from(n).ok()?)),
    }
}

/// The `n` whole units next to the one `r` falls in, after it (`n > 0`)
/// or before it: "the next three days", "the past two years".
pub(super) fn span(r: Date, unit: Unit, n: i64) -> Option<TimexValue> {
    let (unit, n) = match unit {
        Unit::Fortnight => (Unit::Week, n.checked_mul(2)?),
        u => (u, n),
    };
    let (first, last) = if n > 0 { (1, n) } else { (n, -1) };
    let a = shift(r, unit, first, unit)?;
    let b = shift(r, unit, last, unit)?;
    Some(TimexValue::Range(Box::new(a), Box::new(b)))
}

/// The occurrence of `season` relative to the season `r` falls in.
pub(super) fn season_from(r: Date, season: Season, shift: i64) -> Option<TimexValue> {
    let order = |s: Season| s.first_month() as i64 / 3 - 1;
    let (cur, off) = Season::of_month(r.month);
    let cur_idx = (i64::from(r.year) + i64::from(off)) * 4 + order(cur);
    let t = order(season);
    let idx = match shift {
        // "this spring": the one under way, the next one, or (when the
        // season has just ended) the one before.
        0 => match (t - cur_idx).rem_euclid(4) {
            3 => cur_idx - 1,
            fwd => cur_idx + fwd,
        },
        s if s < 0 => {
            let back = (cur_idx - t).rem_euclid(4);
            cur_idx - if back == 0 { 4 } else { back } - 4 * (-s - 1)
        }
        s => {
            let fwd = (t - cur_idx).rem_euclid(4);
            cur_idx + if fwd == 0 { 4 } else { fwd } + 4 * (s - 1)
        }
    };
    let year = i32::try_from(idx.div_euclid(4)).ok()?;
    Some(TimexValue::Season { year, season })
}

/// The day `day` (of `month`, or of any month when `month` is 0) that falls
/// on weekday `dow`, nearest `r` in the direction the tense points.
pub(super) fn weekday_date(
    r: Date,
    dow: u8,
    month: u8,
    day: u8,
    future: Option<bool>,
) -> Option<TimexValue> {
    // A named month's day is looked for a year either side; failing that,
    // the weekday is taken for a slip and the day kept.
    let reach = if month == 0 { 28 } else { 1 };
    let cands = (-reach..=reach).filter_map(|k: i64| {
        let d = if month == 0 {
            let (y, m) = add_months(r.year, r.month, k)?;
            Date::new(y, m, day)?
        } else {
            Date::new(r.year.checked_add(i32::try_from(k).ok()?)?, month, day)?
        };
        (d.weekday() == dow).then_some(d)
    });
    let cands: Vec<Date> = cands.collect();
    let closest = || cands.iter().min_by_key(|d| (d.days() - r.days()).abs());
    // The weekday fixes the day even against the tense: "Friday June 15"
    // is the year's where it falls on a Friday.
    let pick = match future {
        Some(true) => cands.iter().filter(|d| **d >= r).min().or_else(closest),
        Some(false) => cands.iter().filter(|d| **d <= r).max().or_else(closest),
        None => closest(),
    }
    .copied();
    match pick {
        Some(d) => Some(TimexValue::Day(d)),
        None if month > 0 => nearest(
            &|y| Date::new(y, month, day).map(TimexValue::Day),
            r,
            future,
        ),
        None => None,
    }
}

/// Units `n` (negative: from the end) through `n + count - 1` of a period:
/// days and months counted from its first day, weeks as the ISO weeks of a
/// year (or the weeks starting in a shorter period).
pub(super) fn nth_of(period: &TimexValue, n: i64, count: i64, unit: Unit) -> Option<TimexValue> {
    let (start, end) = period.interval()?;
    let total = match unit {
        Unit::Day => end.days() - start.days(),
        Unit::Week => {
            let first = first_monday(start)?;
            (end.days() - first.days()).div_euclid(7)
        }
        Unit::Month | Unit::Quarter => {
            let months = (i64::from(end.year) - i64::from(start.year)) * 12 + i64::from(end.month)
                - i64::from(start.month);
            if unit == Unit::Quarter {
                months / 3
            } else {
                months
            }
        }
        _ => return None,
    };
    let (a, b) = if n > 0 {
        (n - 1, n + count - 2)
    } else {
        (total - count, total - 1)
    };
    if a < 0 || b >= total || count < 1 {
        return None;
    }
    let at = |k: i64| -> Option<TimexValue> {
        Some(match unit {
            Unit::Day => TimexValue::Day(start.add_days(k)?),
            Unit::Week => {
                let (year, week) = first_monday(start)?.add_days(7 * k)?.iso_week();
                TimexValue::Week { year, week }
            }
            Unit::Quarter => {
                let (year, month) = add_months(start.year, start.month, 3 * k)?;
                TimexValue::Quarter {
                    year,
                    quarter: (month - 1) / 3 + 1,
                }
            }
            _ => {
                let (year, month) = add_months(start.year, start.month, k)?;
                TimexValue::Month { year, month }
            }
        })
    };
    if a == b {
        at(a)
    } else {
        Some(TimexValue::Range(Box::new(at(a)?), Box::new(at(b)?)))
    }
}

/// The Monday of the first ISO week starting at or after `d`'s week: for a
/// year's first day, the Monday of its week 1.
fn first_monday(d: Date) -> Option<Date> {
    if d.month == 1 && d.day == 1 {
        return Date::from_iso_week(d.year, 1);
    }
    let fwd = (8 - i64::from(d.weekday())).rem_euclid(7);
    d.add_days(fwd)
}
