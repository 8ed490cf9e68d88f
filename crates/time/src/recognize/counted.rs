//! Days, weeks and feasts counted inside the calendar: "the first Tuesday
//! of October", "the last week of September 2014", "the 20th of next
//! month", "on the 18th", "Thanksgiving", "Good Friday 2019".

use super::dates::{abs, period_word};
use super::{Found, P};
use crate::calendar::Date;
use crate::expr::{Expr, Pick};
use crate::lexicon::Unit;
use crate::token::Kind;
use crate::value::TimexValue;

/// Weekdays and weeks counted in a month or year: "the first Tuesday of
/// October", "last Friday in October 2013", "the last week of September",
/// "the second last week of October 2018", "the first week of 2015".
pub(super) fn counted_in(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let (mut n, mut k) = nth_at(p, j)?;
    // "second last", "3rd last"
    if n > 0 && p.is_word(k, "last") {
        n = -n;
        k += 1;
    }
    if p.is_word(k, "day") {
        return day_of(p, n, k + 1);
    }
    let what = if p.is_word(k, "week") {
        None
    } else {
        Some(p.weekday_at(k)?.0)
    };
    let k = k + 1;
    if !p.is_any(k, &["of", "in"]) {
        return None;
    }
    if let (
        Some((
            end,
            Expr::Rel {
                base,
                unit: Unit::Month,
                n: shift,
                ..
            },
        )),
        Some(dow),
    ) = (period_word(p, k + 1), what)
    {
        let n = i8::try_from(n).ok()?;
        return Some((
            end,
            Expr::InMonth {
                base,
                shift,
                pick: Pick::Weekday(n, dow),
            },
        ));
    }
    if let (Some((year, end)), None) = (p.year_at(k + 1), what) {
        return Some((end, abs(year_week(year, n)?)));
    }
    let (month, m_end) = p.month_at(k + 1)?;
    let k2 = p.opt_punct(m_end, ',');
    let n8 = i8::try_from(n).ok()?;
    let expr = match what {
        Some(dow) => Expr::Holiday(crate::expr::Holiday::Nth {
            month,
            n: n8,
            dow,
            shift: 0,
        }),
        None => Expr::MonthWeek { month, n: n8 },
    };
    match (p.year_at(k2), &expr) {
        (Some((y, end)), Expr::Holiday(h)) => Some((end, abs(TimexValue::Day(h.date(y)?)))),
        (Some((y, end)), _) => {
            let monday = crate::calendar::month_week(y, month, n8)?;
            let (year, week) = monday.iso_week();
            Some((end, abs(TimexValue::Week { year, week })))
        }
        (None, _) => Some((m_end, expr)),
    }
}

/// "the 20th day of next month", "the last day of October 2015", "the
/// fifth last day of May": a day counted in a month.
fn day_of(p: &P, n: i64, k: usize) -> Found {
    if !p.is_any(k, &["of", "in"]) {
        return None;
    }
    let n8 = i8::try_from(n).ok()?;
    if let Some((
        end,
        Expr::Rel {
            base,
            unit: Unit::Month,
            n: shift,
            ..
        },
    )) = period_word(p, k + 1)
    {
        return Some((
            end,
            Expr::InMonth {
                base,
                shift,
                pick: Pick::Day(n8),
            },
        ));
    }
    let (month, m_end) = p.month_at(k + 1)?;
    let (year, end) = p.year_at(p.opt_punct(m_end, ','))?;
    let day = Pick::Day(n8).in_month(year, month)?;
    Some((end, abs(TimexValue::Day(day))))
}

/// "20 of next month", "the 20th of the current month": a day number in a
/// month counted from the document date.
pub(super) fn day_of_rel(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let d = match t.kind {
        Kind::Ordinal(n) => n,
        Kind::Num { value, digits } if digits <= 2 => value,
        _ => return None,
    };
    let k = p.opt_word(j + 1, "day");
    if !p.is_word(k, "of") || !(1..=31).contains(&d) {
        return None;
    }
    match period_word(p, k + 1)? {
        (
            end,
            Expr::Rel {
                base,
                unit: Unit::Month,
                n,
                ..
            },
        ) => {
            let pick = Pick::Day(i8::try_from(d).ok()?);
            Some((
                end,
                Expr::InMonth {
                    base,
                    shift: n,
                    pick,
                },
            ))
        }
        _ => None,
    }
}

/// The `n`th ISO week of `year` (`n < 0` counts from the last).
fn year_week(year: i32, n: i64) -> Option<TimexValue> {
    // 28 December always lies in the year's last ISO week.
    let weeks = i64::from(Date::new(year, 12, 28)?.iso_week().1);
    let week = if n > 0 { n } else { weeks + 1 + n };
    (1..=weeks).contains(&week).then_some(TimexValue::Week {
        year,
        week: u8::try_from(week).ok()?,
    })
}

/// An ordinal at `i` ("first", "3rd", "last" = -1), and the index after.
fn nth_at(p: &P, i: usize) -> Option<(i64, usize)> {
    let t = p.tok(i)?;
    let n = match t.kind {
        Kind::Ordinal(n) => i64::from(n),
        Kind::Word => i64::from(*p.lex.ordinals.get(t.lower)?),
        _ => return None,
    };
    (n != 0 && n <= 5).then_some((n, i + 1))
}

/// A day of the month alone after "on": "on the 18th", "On 24th" (not "on
/// the 4th floor" or "on the first day").
pub(super) fn day_only_on(p: &P, i: usize) -> Found {
    if i == 0 || !p.is_any(i - 1, &["on", "by", "until", "since"]) {
        return None;
    }
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let d = match t.kind {
        Kind::Ordinal(n) => n,
        Kind::Num { value, digits } if digits <= 2 && j > i => value,
        _ => return None,
    };
    let word_after = p.tok(j + 1).is_some_and(|n| n.kind == Kind::Word);
    ((1..=31).contains(&d) && !word_after).then_some((j + 1, Expr::MonthDayOnly(d as u8)))
}

/// Holidays: "Christmas 2012", "on New Year's Day", "Thanksgiving",
/// "Good Friday". A name followed by a capitalized word names something
/// else ("the Easter Rising", "the Good Friday Agreement").
pub(super) fn holiday(p: &P, i: usize) -> Found {
    let first = p.tok(i)?;
    if first.roles & crate::lexicon::HOLIDAY == 0 {
        return None;
    }
    let mut name = String::new();
    let mut best = None;
    for k in i..(i + 6).min(p.t.len()) {
        let t = &p.t[k];
        if k > i && t.space_before {
            name.push(' ');
        }
        name.push_str(t.lower);
        if let Some(&h) = p.lex.holidays.get(name.as_str()) {
            best = Some((k + 1, h));
        }
    }
    let (end, h) = best?;
    // Lower-case single short words ("xmas" aside) are ordinary words.
    if !first.capital && end == i + 1 && first.lower.len() < 4 {
        return None;
    }
    let k = p.opt_word(end, "of");
    if let Some((y, e)) = p.year_at(k) {
        return Some((e, abs(TimexValue::Day(h.date(y)?))));
    }
    let named = p
        .tok(end)
        .is_some_and(|t| t.kind == Kind::Word && t.capital && t.roles == 0);
    (!named).then_some((end, Expr::Holiday(h)))
}
