//! Days, weeks and feasts counted inside the calendar: "the first Tuesday
//! of October", "the last week of September 2014", "the 20th of next
//! month", "on the 18th", "Thanksgiving", "Good Friday 2019".

use super::dates::abs;
use super::parts::period_word;
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
        Some(dow) => Expr::Holiday(crate::expr::Holiday::day(crate::holiday::Rule::Nth {
            month,
            n: n8,
            dow,
            shift: 0,
        })),
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
    let Some((year, end)) = p.year_at(p.opt_punct(m_end, ',')) else {
        // "the third day of October"
        let day = u8::try_from(n)
            .ok()
            .filter(|_| crate::calendar::Date::new(2000, month, n8 as u8).is_some())?;
        return Some((m_end, Expr::MonthDay { month, day }));
    };
    let day = Pick::Day(n8).in_month(year, month)?;
    Some((end, abs(TimexValue::Day(day))))
}

/// "20 of next month", "the 20th of the current month": a day number in a
/// month counted from the document date.
pub(super) fn day_of_rel(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let (d, k) = p.day_at(j)?;
    let d = u32::from(d);
    let k = p.opt_word(k, "day");
    // "the 21st this month"
    let bare = p.is_any(k, &["this", "next", "last"]) && p.is_word(k + 1, "month");
    if !p.is_word(k, "of") && !bare {
        return None;
    }
    let k = if bare { k - 1 } else { k };
    if let Some((month, end)) = p.month_at(k + 1).filter(|_| j > i && !bare) {
        // "the 15th day of June"
        return Some((
            end,
            Expr::MonthDay {
                month,
                day: d as u8,
            },
        ));
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
        Kind::Word if j > i => u32::from(p.day_at(j)?.0),
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
    for k in i..(i + 8).min(p.t.len()) {
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
    // "Christmas 2012", "Christmas of 2012", "Diwali in 2019".
    let k = match p.opt_word(end, "in") {
        k if k > end && p.year_at(k).is_some() => k,
        _ => p.opt_word(end, "of"),
    };
    let dated = p
        .year_at(k)
        .or_else(|| p.year_words(k).filter(|&(_, e)| e > k + 1))
        .and_then(|(y, e)| Some((e, abs(h.value(y)?))));
    // A name that is also ordinary words names the feast when capitalized
    // or when its year follows.
    if h.word && !first.capital && dated.is_none() {
        return None;
    }
    if let Some(found) = holiday_in(p, h, end) {
        return Some(found);
    }
    // "Labor Day weekend", "Halloween weekend 2021".
    let (e, day) = dated.clone().unwrap_or((end, Expr::Holiday(h)));
    if p.is_word(e, "weekend") {
        let (e, day) = match p.year_at(e + 1) {
            Some((y, ye)) => (ye, abs(TimexValue::Day(h.date(y)?))),
            None => (e + 1, day),
        };
        return Some((e, Expr::WeekendOf(Box::new(day))));
    }
    if dated.is_some() {
        return dated;
    }
    let named = p
        .tok(end)
        .is_some_and(|t| t.kind == Kind::Word && t.capital && t.roles & crate::lexicon::ROLES == 0);
    (!named).then_some((end, Expr::Holiday(h)))
}

/// A holiday in a year counted from the reference: "Thanksgiving of next
/// year", "MLK day of last year", "Thanksgiving in 3 years", "Diwali six
/// years hence".
fn holiday_in(p: &P, h: crate::expr::Holiday, end: usize) -> Found {
    let (e, of) = if p.is_word(end, "of") {
        match period_word(p, end + 1)? {
            (
                e,
                r @ Expr::Rel {
                    unit: Unit::Year, ..
                },
            ) => (e, r),
            _ => return None,
        }
    } else if p.is_word(end, "in") {
        let (n, k) = p.number_at(end + 1)?;
        let (unit, e) = p.unit_at(k)?;
        (e, years_from_now(unit, n)?)
    } else if let Some((n, k)) = p.number_at(end) {
        // "Diwali six years hence", "Easter two years from now".
        let (unit, e) = p.unit_at(k)?;
        let e = match p.tok(e)?.lower {
            "hence" => e + 1,
            "from" if p.is_word(e + 1, "now") => e + 2,
            _ => return None,
        };
        (e, years_from_now(unit, n)?)
    } else {
        return None;
    };
    Some((e, Expr::HolidayIn(h, Box::new(of))))
}

/// The year `n` years or months from the document's date, in which a feast
/// falls ("in 9 months", "six years hence"); other units name no year.
fn years_from_now(unit: Unit, n: i64) -> Option<Expr> {
    matches!(unit, Unit::Year | Unit::Month).then_some(Expr::Rel {
        base: crate::expr::Base::Document,
        unit,
        n,
        grain: Unit::Year,
    })
}
