//! Calendar patterns: full dates with words for months, months, seasons
//! and quarters. Digits-only dates are read in `numeric`, years, decades
//! and centuries in `years`, ranges in `ranges` and parts ("late 1973")
//! in `parts`.

use super::counted;
use super::numeric::{dotted, mixed, numeric, two_digit_year};
use super::years::{century, decade, year, year_loose};
use super::{Found, P};
use crate::calendar::Date;
use crate::expr::{Base, Expr};
use crate::token::Kind;
use crate::value::TimexValue;

/// One expression that is not a range or a part.
pub(super) fn single(p: &P, i: usize) -> Found {
    [
        full_date,
        mixed,
        month_year,
        month_alone,
        month_near,
        season,
        year,
        decade,
        century,
        quarter,
        counted::counted_in,
        counted::day_only_on,
        counted::day_of_rel,
    ]
    .iter()
    .filter_map(|f| f(p, i))
    .max_by_key(|(end, _)| *end)
}

/// An expression that may stand at either end of a range.
pub(super) fn atom(p: &P, i: usize) -> Found {
    [
        full_date,
        mixed,
        month_year,
        month_loose,
        season,
        year_loose,
        decade,
    ]
    .iter()
    .filter_map(|f| f(p, i))
    .max_by_key(|(end, _)| *end)
}

pub(super) fn abs(v: TimexValue) -> Expr {
    Expr::Abs(v)
}

/// A day with or without its year, optionally after a weekday:
/// "3 March 1958", "3rd of March, 1958", "March 3rd 1958", "Mar. 3, 1958",
/// "Tuesday 7 May 2013", "1958-03-03", "03/03/1958".
fn full_date(p: &P, i: usize) -> Found {
    let q = if p.is_any(i, &["this", "next", "last", "coming"]) {
        i + 1
    } else {
        i
    };
    let Some((dow, k)) = p.weekday_at(q) else {
        // "this 5/12": the day of the reference's own year, read in
        // `P::mention` without the clause's tense.
        let this = q > i && p.is_word(i, "this");
        return date_at(p, i)
            .map(|found| weekday_after(p, found))
            .or_else(|| {
                this.then(|| date_at(p, q))
                    .flatten()
                    .filter(|(_, e)| matches!(e, Expr::MonthDay { .. }))
            });
    };
    let paren = p.is_punct(k, '(') || (p.tok(k).is_some_and(|t| t.is_dash() && !t.space_before));
    let j = if paren || p.is_punct(k, ',') {
        k + 1
    } else {
        k
    };
    let found = date_at(p, j)
        .or_else(|| month_dash_day(p, j))
        .or_else(|| dotted(p, j));
    let Some((end, date)) = found else {
        // "Tuesday the 19th", "Thu 15th", "wednesday the thirty first".
        let d = p.opt_word(k, "the");
        let (day, end) = p.day_at(d)?;
        let plain = d > k || p.tok(k).is_some_and(|t| !matches!(t.kind, Kind::Word));
        let word_after = p
            .tok(end)
            .is_some_and(|t| t.kind == Kind::Word && !p.is_any(end, &["of"]));
        return (q == i && plain && !word_after && p.month_at(end).is_none())
            .then_some((end, Expr::WeekdayDate { dow, month: 0, day }));
    };
    let end = if p.is_punct(k, '(') {
        p.opt_punct(end, ')')
    } else {
        end
    };
    let date = match date {
        Expr::MonthDay { month, day } => Expr::WeekdayDate { dow, month, day },
        other => other,
    };
    Some((end, date))
}

/// A full or year-less date: `3 March 1958`, `March 3`, `3/3/1958`.
fn date_at(p: &P, j: usize) -> Found {
    [day_month(p, j), month_day(p, j), numeric(p, j)]
        .into_iter()
        .flatten()
        .max_by_key(|(end, _)| *end)
}

/// A weekday after a year-less day and a comma ("Jul 18, Fri") says which
/// year's it is, as one before it does.
fn weekday_after(p: &P, (end, date): (usize, Expr)) -> (usize, Expr) {
    match date {
        Expr::MonthDay { month, day } if p.is_punct(end, ',') => match p.weekday_at(end + 1) {
            Some((dow, k)) => (k, Expr::WeekdayDate { dow, month, day }),
            None => (end, date),
        },
        other => (end, other),
    }
}

/// `Jun-15` after a weekday: "Friday-Jun-15", "friday (jun-15)".
fn month_dash_day(p: &P, j: usize) -> Found {
    let (month, k) = p.month_at(j)?;
    let dash = p.tok(k).filter(|t| t.is_dash() && !t.space_before)?;
    let _ = dash;
    let (day, end) = p.day_at(k + 1)?;
    Date::new(2000, month, day)?;
    Some((end, Expr::MonthDay { month, day }))
}

/// `day [of] Month [,] [year]`.
fn day_month(p: &P, i: usize) -> Found {
    // "$12 December 27": a sum, not a day.
    let money = |k: usize| {
        p.tok(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('$' | '£' | '€')))
    };
    if i.checked_sub(1).is_some_and(money) {
        return None;
    }
    let j = p.opt_word(i, "the");
    let (day, k) = p.day_at(j).or_else(|| {
        // "fifteen August": a cardinal in words right before the month.
        let (d, k) = p.small_words(j)?;
        (d <= 31 && p.month_at(k).is_some()).then_some((d as u8, k))
    })?;
    let k = p.opt_word(k, "of");
    let (month, m) = p.month_at(k)?;
    let sure = j > i || matches!(p.tok(j)?.kind, Kind::Ordinal(_)) || p.tok(k)?.capital;
    with_year(p, m, month, day, sure)
}

/// `Month [.] day[st] [,] [year]`.
fn month_day(p: &P, i: usize) -> Found {
    let (month, k) = p.month_at(i)?;
    // "October, 1st"
    let k = match p.tok(k + 1).map(|t| t.kind) {
        Some(Kind::Ordinal(_)) if p.is_punct(k, ',') => k + 1,
        _ => k,
    };
    let k = p.opt_word(k, "the");
    let (day, k) = p.day_at(k)?;
    // "May 2002" is a month; "March 3 1958" a day.
    let capital = p.tok(i)?.capital;
    with_year(p, k, month, day, capital)
}

/// The year after a day and month, or a year-less day when the month is
/// certainly a month (capitalized or with an ordinal day).
pub(super) fn with_year(p: &P, k: usize, month: u8, day: u8, sure: bool) -> Found {
    let y = p.opt_punct(k, ',');
    let y = if p.is_any(y, &["of", "in"]) { y + 1 } else { y };
    // "15 April of 87"
    let short = || match p.tok(y)?.num()? {
        (v, 2) if p.is_word(y - 1, "of") => Some((two_digit_year(v), y + 1)),
        _ => None,
    };
    if let Some((year, end)) = p.year_at(y).or_else(|| p.year_words(y)).or_else(short) {
        if let Some(d) = Date::new(year, month, day) {
            return Some((end, abs(TimexValue::Day(d))));
        }
    }
    let ok = Date::new(2000, month, day).is_some();
    (ok && (sure || month != 5)).then_some((k, Expr::MonthDay { month, day }))
}

/// `Month [,|of|-] year`: "September 1962", "October of 1968", "Dec-2018".
fn month_year(p: &P, i: usize) -> Found {
    // "in 2017 april"
    if let Some((year, k)) = p.year_at(i).filter(|_| i > 0 && p.is_word(i - 1, "in")) {
        let (month, end) = p.month_at(k)?;
        let long = p.tok(k)?.lower.len() > 3 && !p.is_word(k, "may");
        return long.then_some((end, abs(TimexValue::Month { year, month })));
    }
    let (month, k) = p.month_at(i)?;
    let k = p.opt_punct(k, ',');
    let k = if p.is_word(k, "of") || p.is_word(k, "in") || p.tok(k)?.is_dash() {
        k + 1
    } else {
        k
    };
    if let Some((year, end)) = p
        .year_words(k)
        .filter(|_| p.tok(i).is_some_and(|t| t.capital))
    {
        return Some((end, abs(TimexValue::Month { year, month })));
    }
    let year = match p.year_at(k) {
        Some((y, _)) => y,
        // "April of 87"
        None if p.is_word(k - 1, "of") => match p.tok(k)?.num()? {
            (y, 2) => 1900 + y as i32,
            _ => return None,
        },
        None => return None,
    };
    Some((k + 1, abs(TimexValue::Month { year, month })))
}

/// A month standing alone where the context makes it a month: after a
/// temporal preposition or qualifier ("in December", "by September"),
/// or before "this year" / "last year".
fn month_alone(p: &P, i: usize) -> Found {
    let (month, k) = p.month_at(i)?;
    let t = p.tok(i)?;
    if let Some((shift, base, end)) = year_shift(p, k) {
        return Some((end, Expr::MonthRel { month, shift, base }));
    }
    let cued = i > 0
        && p.is_any(
            i - 1,
            &[
                "in",
                "since",
                "by",
                "until",
                "till",
                "of",
                "during",
                "early",
                "late",
                "mid",
                "from",
                "through",
                "before",
                "after",
                "last",
                "next",
                "this",
                "and",
                "or",
                "to",
                "between",
                "end",
                "start",
                "beginning",
                "middle",
            ],
        );
    let full = t.lower.len() > 3 && t.lower != "may" && t.lower != "march";
    (t.capital && (cued || full)).then_some((k, Expr::Month(month)))
}

/// A month inside a range, where the other end vouches for it.
fn month_loose(p: &P, i: usize) -> Found {
    let (month, k) = p.month_at(i)?;
    Some((k, Expr::Month(month)))
}

/// "this year", "last year", "next year", "of that year" after a month name.
fn year_shift(p: &P, k: usize) -> Option<(i64, Base, usize)> {
    let k = p.opt_word(k, "of");
    let k = p.opt_word(k, "the");
    let (shift, base) = match p.tok(k)?.lower {
        "this" => (0, Base::Document),
        "last" => (-1, Base::Document),
        "next" => (1, Base::Document),
        "that" | "same" => (0, Base::Narrative),
        "following" => (1, Base::Narrative),
        "previous" => (-1, Base::Narrative),
        _ => return None,
    };
    p.is_word(k + 1, "year").then_some((shift, base, k + 2))
}

/// "last November", "next May", "this March".
fn month_near(p: &P, i: usize) -> Found {
    let shift = match p.tok(i)?.lower {
        "last" | "past" => -1,
        "next" | "coming" => 1,
        "this" => 0,
        _ => return None,
    };
    let (month, k) = p.month_at(i + 1)?;
    p.tok(i + 1)?
        .capital
        .then_some((k, Expr::MonthNear { month, shift }))
}

/// A season, with its year ("winter of 1990", "Spring 1980") or without
/// ("in the spring").
fn season(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let &season = t
        .maybe(crate::lexicon::SEASON)
        .then(|| p.lex.seasons.get(t.lower))
        .flatten()?;
    let k = p.opt_word(j + 1, "of");
    let k = p.opt_punct(k, ',');
    if let Some((year, end)) = p.year_at(k) {
        return Some((end, abs(TimexValue::Season { year, season })));
    }
    let cued = j > i || (i > 0 && p.is_any(i - 1, &["in", "during", "by", "until", "since"]));
    // "the spring offensive" names a thing, not a time.
    let noun_follows = p
        .tok(j + 1)
        .is_some_and(|n| n.kind == Kind::Word && !p.function_word(n));
    (cued && !noun_follows && t.lower != "fall").then_some((j + 1, Expr::Season(season)))
}

/// Quarters and halves: "Q1 2013", "2017-q1", "2019 H2", "the first
/// quarter of 2013", "4th qtr 2018".
fn quarter(p: &P, i: usize) -> Found {
    let make = |kind: char, n: u32, year: i32| match (kind, n) {
        ('q', 1..=4) => Some(abs(TimexValue::Quarter {
            year,
            quarter: n as u8,
        })),
        ('h', 1..=2) => Some(abs(TimexValue::Half {
            year,
            half: n as u8,
        })),
        _ => None,
    };
    let q_at = |k: usize| -> Option<(char, u32, usize)> {
        let t = p.tok(k)?;
        let kind = match t.lower {
            "q" => 'q',
            "h" => 'h',
            _ => return None,
        };
        let (n, _) = p.tok(k + 1).filter(|n| !n.space_before)?.num()?;
        Some((kind, n, k + 2))
    };
    // "18q4"
    if let (Some((y, 2)), true) = (
        p.tok(i)?.num(),
        p.is_word(i + 1, "q") && !p.t[i + 1].space_before,
    ) {
        let (kind, n, end) = q_at(i + 1)?;
        return Some((end, make(kind, n, 2000 + y as i32)?));
    }
    if let Some((year, k)) = p.year_at(i) {
        let k = if p.tok(k).is_some_and(|t| t.is_dash()) {
            k + 1
        } else {
            k
        };
        let (kind, n, end) = q_at(k)?;
        return Some((end, make(kind, n, year)?));
    }
    let j = p.opt_word(i, "the");
    let (kind, n, k) = match q_at(j) {
        Some(q) => q,
        None => {
            let t = p.tok(j)?;
            let n = match t.kind {
                Kind::Ordinal(n) => n,
                Kind::Word => u32::try_from(*p.lex.ordinals.get(t.lower)?).ok()?,
                _ => return None,
            };
            let kind = match p.tok(j + 1)?.lower {
                "quarter" | "qtr" => 'q',
                "half" => 'h',
                _ => return None,
            };
            (kind, n, j + 2)
        }
    };
    let k = if p.tok(k).is_some_and(|t| t.is_dash()) {
        k + 1
    } else {
        p.opt_word(k, "of")
    };
    let Some((year, end)) = p.year_at(k) else {
        // "the third quarter", "3rd qtr": of the reference's year.
        let of_word = k > 0 && p.is_word(k - 1, "of");
        if kind != 'q' || of_word || !(1..=4).contains(&n) {
            return None;
        }
        let this_year = Expr::Rel {
            base: Base::Document,
            unit: crate::lexicon::Unit::Year,
            n: 0,
            grain: crate::lexicon::Unit::Year,
        };
        let nth = Expr::NthOf {
            n: i64::from(n),
            count: 1,
            unit: crate::lexicon::Unit::Quarter,
            of: Box::new(this_year),
        };
        return Some((k, nth));
    };
    Some((end, make(kind, n, year)?))
}
