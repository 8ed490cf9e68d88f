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
    let (rel, j) = match p.tok(i)?.lower {
        "next" => (Some(WeekRel::Week(1)), i + 1),
        "previous" => (Some(WeekRel::Week(-1)), i + 1),
        "last" | "past" => (Some(WeekRel::Past), i + 1),
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
        let week = Expr::Weekday {
            dow,
            rel: WeekRel::Week(2),
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
    let n = match p.tok(k)?.lower {
        "next" => 1,
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
    if p.is_word(i, "the") && p.is_word(i + 1, "day") {
        if p.is_word(i + 2, "before") && p.is_word(i + 3, "yesterday") {
            return Some((i + 4, day(-2)));
        }
        if p.is_word(i + 2, "after") && p.is_word(i + 3, "tomorrow") {
            return Some((i + 4, day(2)));
        }
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
        (false, "next" | "coming") => (Base::Document, 1),
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
    if let Some(&season) = p.lex.seasons.get(t.lower) {
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
    let plural = p.tok(k)?.lower.ends_with('s');
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

/// Counted shifts: "two years ago", "three days later", "a week earlier",
/// "two days after the raid", "in two weeks" (in a future clause).
fn counted(p: &P, i: usize) -> Found {
    let future_in = p.is_word(i, "in");
    let start = if future_in { i + 1 } else { i };
    let (n, k) = p.number_at(start)?;
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
        let future = p.cues.iter().any(|&(_, f)| f);
        return future.then_some((k, rel(Base::Document, n)));
    }
    let w = p.tok(k)?.lower;
    match w {
        "ago" => Some((k + 1, rel(Base::Document, -n))),
        "hence" => Some((k + 1, rel(Base::Document, n))),
        "from" if p.is_any(k + 1, &["now", "today"]) => Some((k + 2, rel(Base::Document, n))),
        "later" | "afterwards" | "afterward" | "on" => Some((k + 1, rel(Base::Narrative, n))),
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
        .is_none_or(|n| n.kind != Kind::Word || p.lex.function_words.contains(n.lower));
    (t.kind == Kind::Word && !t.capital && t.lower.len() >= 3 && end_ok).then_some(k + 2)
}

/// Content words of the clause naming the event, up to the next punctuation.
fn keywords(p: &P, k: usize) -> Vec<String> {
    p.t[k.min(p.t.len())..]
        .iter()
        .take(10)
        .take_while(|t| t.kind == Kind::Word)
        .filter(|t| t.lower.len() >= 3 && !p.lex.function_words.contains(t.lower))
        .filter(|t| !p.lex.months.contains_key(t.lower))
        .map(|t| t.lower.to_string())
        .collect()
}
