//! Relative patterns: weekdays, "yesterday", "last week", "three days later",
//! "two days after the raid", "the previous autumn".

use super::{Found, P};
use crate::expr::{Base, Expr, WeekRel};
use crate::lexicon::Unit;
use crate::token::Kind;

/// Any relative expression starting at `i`.
pub(super) fn relative(p: &P, i: usize) -> Found {
    [weekday, deictic, qualified, counted, span]
        .iter()
        .filter_map(|f| f(p, i))
        .max_by_key(|(end, _)| *end)
}

/// Weekdays: "on Tuesday", "next Tuesday", "Thursday next week",
/// "Tuesday of next week", "this past Wednesday".
fn weekday(p: &P, i: usize) -> Found {
    // "next week on Tuesday": that week's Tuesday.
    if let Some((n, k)) = week_after(p, i).filter(|&(_, k)| p.is_word(k, "on")) {
        if let Some((dow, end)) = p.weekday_at(k + 1) {
            let rel = WeekRel::Week(n);
            return Some((end, Expr::Weekday { dow, rel }));
        }
    }
    let (rel, j) = match p.tok(i)?.lower {
        "next" => (Some(WeekRel::Week(1)), i + 1),
        "previous" => (Some(WeekRel::Week(-1)), i + 1),
        // "last Wednesday" is the Wednesday of last week, as "next
        // Wednesday" is that of next week; "this past Wednesday" the latest.
        "last" => (Some(WeekRel::Week(-1)), i + 1),
        "past" => (Some(WeekRel::Past), i + 1),
        "coming" | "upcoming" => (Some(WeekRel::Future), i + 1),
        "this" if p.is_word(i + 1, "past") => (Some(WeekRel::Past), i + 2),
        "this" if p.is_any(i + 1, &["coming", "upcoming"]) => (Some(WeekRel::Future), i + 2),
        "this" => (Some(WeekRel::Week(0)), i + 1),
        _ => (None, i),
    };
    let (dow, k) = p.weekday_at(j)?;
    // "the Sunday Times" is a newspaper.
    if j > 0
        && p.is_word(j - 1, "the")
        && p.tok(k).is_some_and(|t| t.capital && t.kind == Kind::Word)
    {
        return None;
    }
    if p.is_word(k, "after") && p.is_word(k + 1, "next") && rel.is_none() {
        // "Friday after next": the Friday after the coming one.
        let week = Expr::Offset {
            unit: Unit::Week,
            n: 1,
            from: Box::new(Expr::Weekday {
                dow,
                rel: WeekRel::Future,
            }),
        };
        return Some((k + 2, week));
    }
    if let Some((n, end)) = week_after(p, k) {
        return Some((
            end,
            Expr::Weekday {
                dow,
                rel: WeekRel::Week(n),
            },
        ));
    }
    Some((
        k,
        Expr::Weekday {
            dow,
            rel: rel.unwrap_or(WeekRel::Nearest),
        },
    ))
}

/// "next week", "of last week", "this week" after a weekday.
fn week_after(p: &P, k: usize) -> Option<(i64, usize)> {
    let k = p.opt_word(k, "of");
    let k = if p.is_any(k + 1, &["following", "next", "previous"]) {
        p.opt_word(k, "the")
    } else {
        k
    };
    let n = match p.tok(k)?.lower {
        "next" | "following" => 1,
        "last" | "previous" => -1,
        "this" => 0,
        _ => return None,
    };
    p.is_word(k + 1, "week").then_some((n, k + 2))
}

/// "today", "yesterday", "tomorrow", "the day before yesterday".
fn deictic(p: &P, i: usize) -> Found {
    let day = |n: i64| Expr::Rel {
        base: Base::Document,
        unit: Unit::Day,
        n,
        grain: Unit::Day,
    };
    // "the week after next", "the month after next"
    if p.is_word(i, "the") && p.is_word(i + 2, "after") && p.is_word(i + 3, "next") {
        if let Some((unit, _)) = p
            .unit_at(i + 1)
            .filter(|_| !p.tok(i + 1).is_some_and(|t| t.lower.ends_with('s')))
        {
            let rel = Expr::Rel {
                base: Base::Document,
                unit,
                n: 2,
                grain: unit,
            };
            return Some((i + 4, rel));
        }
    }
    if p.is_word(i, "the") && p.is_word(i + 1, "day") {
        if p.is_word(i + 2, "before") && p.is_word(i + 3, "yesterday") {
            return Some((i + 4, day(-2)));
        }
        if p.is_word(i + 2, "after") && p.is_word(i + 3, "tomorrow") {
            return Some((i + 4, day(2)));
        }
    }
    // "EOM", "by the EOY", "BOM": the end or start of this month or year.
    let j = p.opt_word(i, "the");
    let short = match p.tok(j)?.lower {
        "eom" => Some((Unit::Month, dossier_doc::TimeModifier::End)),
        "bom" => Some((Unit::Month, dossier_doc::TimeModifier::Start)),
        "eoy" => Some((Unit::Year, dossier_doc::TimeModifier::End)),
        _ => None,
    };
    if let Some((unit, m)) = short {
        let this = Expr::Rel {
            base: Base::Document,
            unit,
            n: 0,
            grain: unit,
        };
        return Some((j + 1, Expr::Part(Box::new(this), m)));
    }
    let n = match p.tok(i)?.lower {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    Some((i + 1, day(n)))
}

/// "last week", "this year", "next month", "the following year", "the
/// previous week", "earlier this year", "the previous autumn", "last winter".
fn qualified(p: &P, i: usize) -> Found {
    if let Some(found) = within_unit(p, i).or_else(|| fortnight(p, i)) {
        return Some(found);
    }
    let lead = if p.is_any(i, &["earlier", "later"]) {
        i + 1
    } else {
        i
    };
    let the = p.is_word(lead, "the");
    let j = if the { lead + 1 } else { lead };
    let word = p.tok(j)?.lower;
    let (base, n) = match (the, word) {
        (false, "last" | "past" | "previous") => (Base::Document, -1),
        (false, "next" | "coming" | "upcoming") => (Base::Document, 1),
        (false, "this" | "current") => (Base::Document, 0),
        (true, "current") => (Base::Document, 0),
        (true, "following" | "next" | "subsequent") => (Base::Narrative, 1),
        (true, "previous" | "preceding" | "prior") => (Base::Narrative, -1),
        (true, "same") => (Base::Narrative, 0),
        (false, "that") => (Base::Narrative, 0),
        _ => return None,
    };
    if lead > i && n != 0 {
        return None;
    }
    let t = p.tok(j + 1)?;
    if let Some(&season) = t
        .maybe(crate::lexicon::SEASON)
        .then(|| p.lex.seasons.get(t.lower))
        .flatten()
    {
        return Some((
            j + 2,
            Expr::SeasonRel {
                season,
                shift: n,
                base,
            },
        ));
    }
    let (unit, end) = p.unit_at(j + 1)?;
    if t.lower.ends_with('s') || matches!(unit, Unit::Fortnight) {
        return None;
    }
    Some((
        end,
        Expr::Rel {
            base,
            unit,
            n,
            grain: unit,
        },
    ))
}

/// Spans of whole units: "the last two weeks", "next 3 days", "the past
/// few years", "the following three months" (of the narrative). Not "the
/// last three months of 1990", which counts within a period.
fn span(p: &P, i: usize) -> Found {
    let the = p.is_word(i, "the");
    let j = if the { i + 1 } else { i };
    // "the 5 upcoming years", "the 2 next days", "the 10 previous weeks"
    if let Some((n, k)) = p.number_at(j).filter(|&(n, _)| n >= 2) {
        let sign = match p.tok(k)?.lower {
            "next" | "upcoming" | "coming" | "following" => 1,
            "past" | "previous" | "last" | "preceding" => -1,
            _ => return None,
        };
        let (unit, end) = p.unit_at(k + 1)?;
        // "the 2 upcoming week"; but "only 3 next week" counts something else.
        let plural = p.tok(k + 1)?.lower.ends_with('s')
            || (sign > 0 && p.is_word(k, "upcoming") && closes(p, end));
        return (plural && !p.is_word(end, "of")).then_some((
            end,
            Expr::Span {
                base: Base::Document,
                unit,
                n: sign * n,
            },
        ));
    }
    let (base, sign) = match (the, p.tok(j)?.lower) {
        (_, "last" | "past") => (Base::Document, -1),
        (_, "next" | "coming" | "upcoming") => (Base::Document, 1),
        (true, "following") => (Base::Narrative, 1),
        (true, "previous" | "preceding") => (Base::Narrative, -1),
        (false, "previous") => (Base::Document, -1),
        _ => return None,
    };
    let (n, k) = p.number_at(j + 1)?;
    let k = p.opt_word(k, "of");
    let (unit, end) = p.unit_at(k)?;
    let plural = p.tok(k)?.lower.ends_with('s') || closes(p, end);
    if !plural || n < 2 || p.is_word(end, "of") {
        return None;
    }
    Some((
        end,
        Expr::Span {
            base,
            unit,
            n: sign * n,
        },
    ))
}

/// True when nothing but punctuation follows token `k`: a count of units
/// written in the singular ("the 2 upcoming week") still counts units when
/// no noun follows to make it a compound ("a 2 week trip").
fn closes(p: &P, k: usize) -> bool {
    p.tok(k)
        .is_none_or(|t| !t.lower.starts_with(|c: char| c.is_alphanumeric()))
}

/// Counted shifts: "two years ago", "three days later", "a week earlier",
/// "two days after the raid", "in two weeks" (in a future clause).
fn counted(p: &P, i: usize) -> Found {
    let future_in = p.is_word(i, "in");
    let start = if future_in { i + 1 } else { i };
    let (n, k) = p.number_at(start)?;
    if let Some(found) = weekdays_counted(p, n, k) {
        return Some(found);
    }
    let (unit, k) = p.unit_at(k)?;
    let grain = match unit {
        Unit::Day | Unit::Week | Unit::Fortnight => Unit::Day,
        Unit::Month | Unit::Quarter => Unit::Month,
        _ => Unit::Year,
    };
    let rel = |base, n| Expr::Rel {
        base,
        unit,
        n,
        grain,
    };
    if future_in {
        // "in two weeks" counts forward in a future clause, or in one with
        // no tense at all ("talks resume in two weeks"), not in a past one
        // ("built in two years").
        let cues = p.cues();
        let future = cues.iter().any(|&(_, f)| f) || cues.is_empty();
        return future.then_some((k, rel(Base::Document, n)));
    }
    let w = p.tok(k)?.lower;
    match w {
        "ago" => Some((k + 1, rel(Base::Document, -n))),
        "hence" => Some((k + 1, rel(Base::Document, n))),
        // "for 3 days from today" is a length and its start (see `join`).
        "from" if p.is_any(k + 1, &["now", "today"]) && !(i > 0 && p.is_word(i - 1, "for")) => {
            Some((k + 2, rel(Base::Document, n)))
        }
        "later" | "afterwards" | "afterward" | "on" => Some((k + 1, rel(Base::Narrative, n))),
        // "for 10 days from 18th Dec" is a length and its start.
        "from" if i > 0 && p.is_word(i - 1, "for") => None,
        "after" | "before" | "from" if anchored(p, k + 1).is_some() => {
            let sign = if w == "before" { -1 } else { 1 };
            let (end, inner) = anchored(p, k + 1)?;
            let offset = Expr::Offset {
                unit,
                n: sign * n,
                from: Box::new(inner),
            };
            Some((end, offset))
        }
        "after" | "before" if p.tok(k + 1).is_some_and(|t| t.kind == Kind::Word) => {
            let sign = if w == "after" { 1 } else { -1 };
            let end = event_noun(p, k + 1).unwrap_or(k + 1);
            let appositive = i > 0 && p.is_punct(i - 1, ',');
            let keywords = keywords(p, k + 1);
            Some((
                end,
                Expr::Event {
                    unit,
                    n: sign * n,
                    keywords,
                    appositive,
                },
            ))
        }
        "earlier" | "before" | "previously" | "prior" => Some((k + 1, rel(Base::Narrative, -n))),
        "after" => Some((k + 1, rel(Base::Narrative, n))),
        _ => None,
    }
}

/// A time expression a count is taken from: "May 13 1999" in "two weeks
/// before May 13 1999", "Christmas", "tomorrow", "Tuesday". Never another
/// count, so that chains of counts cannot nest.
fn anchored(p: &P, k: usize) -> Found {
    [
        super::dates::single,
        super::counted::holiday,
        weekday,
        deictic,
    ]
    .iter()
    .filter_map(|f| f(p, k))
    .max_by_key(|(end, _)| *end)
}

/// The end of "the raid", "his arrest", "the signing": a determiner and a
/// lower-case noun, kept in the expression's span.
fn event_noun(p: &P, k: usize) -> Option<usize> {
    if !p.is_any(k, &["the", "his", "her", "its", "their", "this", "that"]) {
        return None;
    }
    let t = p.tok(k + 1)?;
    let end_ok = p
        .tok(k + 2)
        .is_none_or(|n| n.kind != Kind::Word || p.function_word(n));
    (t.kind == Kind::Word && !t.capital && t.lower.len() >= 3 && end_ok).then_some(k + 2)
}

/// Content words of the clause naming the event, up to the next punctuation.
fn keywords(p: &P, k: usize) -> Vec<String> {
    p.t[k.min(p.t.len())..]
        .iter()
        .take(10)
        .take_while(|t| t.kind == Kind::Word)
        .filter(|t| t.lower.len() >= 3 && !p.function_word(t))
        .filter(|t| !p.lex.months.contains_key(t.lower))
        .map(|t| t.lower.to_string())
        .collect()
}

/// "3 fridays from now", "2 thursdays ago": the `n`th such weekday after
/// (or before) the reference.
fn weekdays_counted(p: &P, n: i64, k: usize) -> Found {
    let t = p.tok(k)?;
    let single = t.lower.strip_suffix('s')?;
    let &dow = p.lex.weekdays.get(single).filter(|_| single.len() > 4)?;
    let (sign, end) = match p.tok(k + 1)?.lower {
        "ago" | "back" => (-1, k + 2),
        "hence" => (1, k + 2),
        "from" if p.is_any(k + 2, &["now", "today"]) => (1, k + 3),
        _ => return None,
    };
    let rel = if sign > 0 {
        WeekRel::Future
    } else {
        WeekRel::Past
    };
    let first = Expr::Weekday { dow, rel };
    let offset = Expr::Offset {
        unit: Unit::Week,
        n: sign * (n - 1),
        from: Box::new(first),
    };
    (n >= 1).then_some((end, offset))
}

/// "earlier in the week", "later in the year", "early in the month": the
/// start or end of the reference's own unit.
fn within_unit(p: &P, i: usize) -> Found {
    let m = match p.tok(i)?.lower {
        "earlier" | "early" => dossier_doc::TimeModifier::Start,
        "later" | "late" => dossier_doc::TimeModifier::End,
        _ => return None,
    };
    if !p.is_word(i + 1, "in") || !p.is_any(i + 2, &["the", "this"]) {
        return None;
    }
    let (unit, end) = p.unit_at(i + 3)?;
    if !matches!(unit, Unit::Week | Unit::Month | Unit::Year) || p.tok(i + 3)?.lower.ends_with('s')
    {
        return None;
    }
    let this = Expr::Rel {
        base: Base::Document,
        unit,
        n: 0,
        grain: unit,
    };
    Some((end, Expr::Part(Box::new(this), m)))
}

/// "the past fortnight", "the next fortnight": the two whole weeks before
/// or after the reference's.
fn fortnight(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let n = match p.tok(j)?.lower {
        "past" | "last" | "previous" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    p.is_word(j + 1, "fortnight").then_some((
        j + 2,
        Expr::Span {
            base: Base::Document,
            unit: Unit::Fortnight,
            n,
        },
    ))
}
