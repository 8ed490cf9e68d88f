//! Calendar patterns: full dates, months, years, decades, centuries,
//! seasons, ranges between them, and parts of them ("late 1973").

use dossier_doc::TimeModifier;

use super::counted;
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
fn atom(p: &P, i: usize) -> Found {
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
    let j = match p.weekday_at(i) {
        Some((_, k)) => p.opt_punct(k, ','),
        None => i,
    };
    [day_month(p, j), month_day(p, j), numeric(p, j)]
        .into_iter()
        .flatten()
        .max_by_key(|(end, _)| *end)
}

/// `day [of] Month [,] [year]`.
fn day_month(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let (day, k) = p.day_at(j)?;
    let k = p.opt_word(k, "of");
    let (month, m) = p.month_at(k)?;
    let sure = j > i || matches!(p.tok(j)?.kind, Kind::Ordinal(_)) || p.tok(k)?.capital;
    with_year(p, m, month, day, sure)
}

/// `Month [.] day[st] [,] [year]`.
fn month_day(p: &P, i: usize) -> Found {
    let (month, k) = p.month_at(i)?;
    let k = p.opt_word(k, "the");
    let (day, k) = p.day_at(k)?;
    // "May 2002" is a month; "March 3 1958" a day.
    let capital = p.tok(i)?.capital;
    with_year(p, k, month, day, capital)
}

/// The year after a day and month, or a year-less day when the month is
/// certainly a month (capitalized or with an ordinal day).
fn with_year(p: &P, k: usize, month: u8, day: u8, sure: bool) -> Found {
    let y = p.opt_punct(k, ',');
    let y = p.opt_word(y, "of");
    if let Some((year, end)) = p.year_at(y) {
        if let Some(d) = Date::new(year, month, day) {
            return Some((end, abs(TimexValue::Day(d))));
        }
    }
    let ok = Date::new(2000, month, day).is_some();
    (ok && (sure || month != 5)).then_some((k, Expr::MonthDay { month, day }))
}

/// Numeric dates: `1958-03-03`, `03/03/1958`, `3.3.58`, `20170302`, and
/// `on 2/15` when a preposition says it is a date.
fn numeric(p: &P, i: usize) -> Found {
    let (a, da) = p.tok(i)?.num()?;
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
        None if da <= 2 && db == 4 && sep == '/' && (1..=12).contains(&a) => Some((
            i + 3,
            abs(TimexValue::Month {
                year: b as i32,
                month: a as u8,
            }),
        )),
        None if da <= 2 && db <= 2 && sep == '/' && slashed_day(p, i, b) => {
            let (month, day) = order(p.day_first, a, b)?;
            Date::new(2000, month, day)?;
            Some((i + 3, Expr::MonthDay { month, day }))
        }
        None => None,
    }
}

/// Numbers and a month name joined by slashes or dashes: `31/Oct/1974`,
/// `31-Oct-74`, `2019/aug/01`, `Sep-23-2020`, `Dec/2018`, `Oct/2`.
fn mixed(p: &P, i: usize) -> Found {
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

/// `Month [,|of|-] year`: "September 1962", "October of 1968", "Dec-2018".
fn month_year(p: &P, i: usize) -> Found {
    let (month, k) = p.month_at(i)?;
    let k = p.opt_punct(k, ',');
    let k = if p.is_word(k, "of") || p.is_word(k, "in") || p.tok(k)?.is_dash() {
        k + 1
    } else {
        k
    };
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
    let &season = p.lex.seasons.get(t.lower)?;
    let k = p.opt_word(j + 1, "of");
    let k = p.opt_punct(k, ',');
    if let Some((year, end)) = p.year_at(k) {
        return Some((end, abs(TimexValue::Season { year, season })));
    }
    let cued = j > i || (i > 0 && p.is_any(i - 1, &["in", "during", "by", "until", "since"]));
    // "the spring offensive" names a thing, not a time.
    let noun_follows = p
        .tok(j + 1)
        .is_some_and(|n| n.kind == Kind::Word && !p.lex.function_words.contains(n.lower));
    (cued && !noun_follows && t.lower != "fall").then_some((j + 1, Expr::Season(season)))
}

/// A four-digit year where the context says it is one.
fn year(p: &P, i: usize) -> Found {
    let (y, end) = p.year_at(i)?;
    year_context(p, i).then_some((end, abs(TimexValue::Year(y))))
}

/// A year inside a range or after "between": only counts and money are refused.
fn year_loose(p: &P, i: usize) -> Found {
    let (y, end) = p.year_at(i)?;
    let prev_ok = i == 0 || !p.lex.count_cues.contains(p.t[i - 1].lower);
    (prev_ok && !count_noun_after(p, end)).then_some((end, abs(TimexValue::Year(y))))
}

/// True when a lower-case content word follows: "2000 troops".
fn count_noun_after(p: &P, k: usize) -> bool {
    p.tok(k).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.capital
            && !p.lex.function_words.contains(t.lower)
            && !p.lex.units.contains_key(t.lower)
            && !["ago", "later", "earlier", "s", "onwards"].contains(&t.lower)
    })
}

/// Decides whether the number at `i` reads as a year.
fn year_context(p: &P, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|j| p.tok(j));
    let next = p.tok(i + 1);
    if let Some(prev) = prev {
        if p.lex.count_cues.contains(prev.lower) {
            return false;
        }
        // The second half of a number range such as "2000-2500".
        if prev.is_dash() && i >= 2 && p.t[i - 2].num().is_some() {
            return false;
        }
        // "vol. 4, p. 77": a period after an abbreviation that is a count cue.
        if prev.is('.') && i >= 2 && p.lex.count_cues.contains(p.t[i - 2].lower) {
            return false;
        }
    }
    if let Some(next) = next {
        if matches!(next.kind, Kind::Punct('%'))
            || (next.kind == Kind::Word && !next.space_before && next.lower != "s")
        {
            return false;
        }
        if next.is_dash() && p.tok(i + 2).is_some_and(|t| t.num().is_some()) {
            return false;
        }
        // "(Qureishi 2004: 88)": a citation's page reference.
        if next.is(':') && p.tok(i + 2).is_some_and(|t| t.num().is_some()) {
            return false;
        }
    }
    if citation_year(p, i) {
        return false;
    }
    let cued = prev.is_some_and(|t| p.lex.year_cues.contains(t.lower));
    cued || !count_noun_after(p, i + 1)
}

/// "(Ardalan 1999)", "Lindqvist et al. 2008, p. 3", "Rahimi 1979;": a year
/// after an author's name inside a citation.
fn citation_year(p: &P, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|j| p.tok(j)) else {
        return false;
    };
    let author = prev.kind == Kind::Word
        && prev.capital
        && i >= 2
        && !p.lex.months.contains_key(prev.lower)
        && !p.lex.seasons.contains_key(prev.lower)
        && !p.lex.year_cues.contains(prev.lower);
    let et_al = prev.is('.') && i >= 2 && p.t[i - 2].lower == "al";
    let closes = p.tok(i + 1).is_none_or(|t| {
        matches!(t.kind, Kind::Punct(')' | ';' | ':' | ','))
            || (t.kind == Kind::Word && !t.space_before)
    });
    let in_parens = p.t[..i].iter().rev().take(12).any(|t| t.is('('))
        || p.tok(i + 1).is_some_and(|t| t.is(')'));
    (author || et_al) && closes && in_parens
}

/// Decades: "the 1950s", "1950's", "the 60s", "the sixties".
fn decade(p: &P, i: usize) -> Found {
    let t = p.tok(i)?;
    if let Some(&d) = p.lex.decades.get(t.lower) {
        let cued = i > 0 && p.is_any(i - 1, &["the", "early", "late", "mid"]);
        return cued.then_some((i + 1, abs(TimexValue::Decade(190 + d as i32 / 10))));
    }
    let start = if t.is('\'') { i + 1 } else { i };
    let (v, digits) = p.tok(start)?.num()?;
    let k = if p.is_punct(start + 1, '\'') && !p.t[start + 1].space_before {
        start + 2
    } else {
        start + 1
    };
    let s = p.tok(k).filter(|s| s.lower == "s" && !s.space_before)?;
    let _ = s;
    match digits {
        4 if v % 10 == 0 && (1000..=2090).contains(&v) => {
            Some((k + 1, abs(TimexValue::Decade(v as i32 / 10))))
        }
        2 if v % 10 == 0 => Some((k + 1, abs(TimexValue::Decade(190 + v as i32 / 10)))),
        _ => None,
    }
}

/// "the 19th century", "the nineteenth century".
fn century(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let n = match t.kind {
        Kind::Ordinal(n) => n as i32,
        Kind::Word => *p.lex.ordinals.get(t.lower)?,
        _ => return None,
    };
    (n >= 1 && p.is_word(j + 1, "century")).then_some((j + 2, abs(TimexValue::Century(n - 1))))
}

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
    let (day, end) = p.day_at(k)?;
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
    let (year, end) = p.year_at(k)?;
    Some((end, make(kind, n, year)?))
}

/// "1961–64", "1961-1964", "1990–91", "2014 to 2018", "2014~2018": two
/// years joined by a dash or "to".
fn year_span(p: &P, i: usize) -> Found {
    let (a, k) = p.year_at(i)?;
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
    let prev_count = i > 0 && p.lex.count_cues.contains(p.t[i - 1].lower);
    // "1961-64" is always years; "1200-1300 fighters", round numbers before
    // a noun, is a count.
    let round = a % 50 == 0 && b % 50 == 0;
    let count = digits == 4 && round && count_noun_after(p, k + 2);
    if b <= a || b - a > 100 || prev_count || count {
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
    let (day, k) = p.day_at(i)?;
    (p.tok(k).is_some_and(|t| t.is_dash()) || p.is_any(k, &["to", "and"]))
        .then_some((k, Expr::MonthDay { month: 0, day }))
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

/// Parts of periods: "late 1973", "mid-July of 1974", "the late 60s",
/// "the end of 1959", "the end of the year", "the first half of 1990".
pub(super) fn part(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let edge = match t.lower {
        "early" => Some(TimeModifier::Start),
        "mid" | "middle" => Some(TimeModifier::Mid),
        "late" => Some(TimeModifier::End),
        _ => None,
    };
    if let Some(m) = edge {
        let k = if p.tok(j + 1).is_some_and(|d| d.is_dash()) {
            j + 2
        } else {
            j + 1
        };
        let k = if t.lower == "middle" || p.is_word(k, "in") {
            p.opt_word(k, "in")
        } else {
            k
        };
        let (end, inner) = atom(p, k).or_else(|| period_word(p, k))?;
        return Some((end, Expr::Part(Box::new(inner), m)));
    }
    let m = match t.lower {
        "start" | "beginning" => TimeModifier::Start,
        "middle" => TimeModifier::Mid,
        "end" | "close" => TimeModifier::End,
        "first" | "second" if p.is_word(j + 1, "half") => return half(p, j),
        _ => return None,
    };
    if !p.is_word(j + 1, "of") {
        return None;
    }
    let (end, inner) = atom(p, j + 2).or_else(|| period_word(p, j + 2))?;
    Some((end, Expr::Part(Box::new(inner), m)))
}

/// "the year", "the month", "the decade" inside a part: the reference's own.
pub(super) fn period_word(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let j = p.opt_word(j, "around");
    let (base, n, j) = match p.tok(j)?.lower {
        "this" | "that" | "same" | "current" => (Base::Document, 0, j + 1),
        "next" | "coming" | "upcoming" => (Base::Document, 1, j + 1),
        "last" | "past" | "previous" if j == i => (Base::Document, -1, j + 1),
        "following" if j > i => (Base::Narrative, 1, j + 1),
        "previous" | "preceding" if j > i => (Base::Narrative, -1, j + 1),
        _ => (Base::Document, 0, j),
    };
    let (unit, end) = p.unit_at(j)?;
    let singular = !p.tok(j)?.lower.ends_with('s');
    let bare = i > 0 && p.is_word(i - 1, "of");
    ((j > i || bare) && singular).then_some((
        end,
        Expr::Rel {
            base,
            unit,
            n,
            grain: unit,
        },
    ))
}

/// "the first half of 1990".
fn half(p: &P, j: usize) -> Found {
    let h = if p.is_word(j, "first") { 1 } else { 2 };
    if !p.is_word(j + 2, "of") {
        return None;
    }
    let (y, end) = p.year_at(j + 3)?;
    Some((end, abs(TimexValue::Half { year: y, half: h })))
}
