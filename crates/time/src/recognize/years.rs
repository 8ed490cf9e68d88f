//! Years, decades and centuries, and the context that tells a year from
//! a count, a page or a citation: "in 1971", "the 1967 war", "the 1950s",
//! "the 19th century", but not "12500 troops" or "(Ardalan 1999: 57)".

use super::dates::abs;
use super::{Found, P};
use crate::token::Kind;
use crate::value::TimexValue;

/// A four-digit year where the context says it is one, or any year its
/// era names ("476 AD", "AD 70", "14 a.d."). A year before Christ is left
/// out rather than given as the year after.
pub(super) fn year(p: &P, i: usize) -> Found {
    if let Some((v, _)) = p
        .tok(i)
        .and_then(|t| t.num())
        .filter(|&(v, d)| d <= 4 && v > 0)
    {
        let after = era(p, i + 1);
        let before = i > 0 && p.tok(i - 1).is_some_and(|t| t.capital && t.lower == "ad");
        match after {
            Some((true, _)) => return None,
            Some((false, end)) => return Some((end, abs(TimexValue::Year(v as i32)))),
            None if before => return Some((i + 1, abs(TimexValue::Year(v as i32)))),
            None => {}
        }
    }
    let Some((y, end)) = p.year_at(i) else {
        // "in nineteen ninety six", "since two thousand and fifteen".
        let cued = i > 0 && p.is_any(i - 1, &["in", "since", "until", "of", "by"]);
        let (y, end) = p.year_words(i).filter(|&(_, e)| cued && e > i + 1)?;
        return Some((end, abs(TimexValue::Year(y))));
    };
    // "later than 2018", "earlier than 1990": a comparison of times.
    let compared = i >= 2
        && p.is_word(i - 1, "than")
        && p.is_any(
            i - 2,
            &["later", "earlier", "sooner", "greater", "after", "before"],
        );
    (compared || year_context(p, i)).then_some((end, abs(TimexValue::Year(y))))
}

/// The era written after a year at `k`: `(true, end)` for BC, B.C., BCE;
/// `(false, end)` for AD, A.D., CE. Undotted, only in capitals ("a 500 ad
/// budget" names no era).
pub(super) fn era(p: &P, k: usize) -> Option<(bool, usize)> {
    let t = p.tok(k).filter(|t| t.kind == Kind::Word)?;
    match t.lower {
        "bc" | "bce" if t.capital => return Some((true, k + 1)),
        "ad" | "ce" if t.capital => return Some((false, k + 1)),
        "a" | "b" if p.is_punct(k + 1, '.') => {}
        _ => return None,
    }
    let second = if t.lower == "a" { "d" } else { "c" };
    if !p.is_word(k + 2, second) {
        return None;
    }
    let mut end = p.opt_punct(k + 3, '.');
    if t.lower == "b" && p.is_word(end, "e") {
        end = p.opt_punct(end + 1, '.');
    }
    Some((t.lower == "b", end))
}

/// A year inside a range or after "between": only counts and money are refused.
pub(super) fn year_loose(p: &P, i: usize) -> Found {
    let (y, end) = p.year_at(i)?;
    if era(p, end).is_some_and(|(bc, _)| bc) {
        return None;
    }
    let prev_ok = i == 0 || !p.count_cue(&p.t[i - 1]);
    (prev_ok && !count_noun_after(p, end)).then_some((end, abs(TimexValue::Year(y))))
}

/// True when a lower-case content word follows: "2000 troops".
pub(super) fn count_noun_after(p: &P, k: usize) -> bool {
    p.tok(k).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.capital
            && !p.function_word(t)
            && !p.lex.units.contains_key(t.lower)
            && !["ago", "later", "earlier", "s", "onwards"].contains(&t.lower)
    })
}

/// Decides whether the number at `i` reads as a year.
fn year_context(p: &P, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|j| p.tok(j));
    let next = p.tok(i + 1);
    if let Some(prev) = prev {
        if p.count_cue(prev) {
            return false;
        }
        // The second half of a number range such as "2000-2500".
        if prev.is_dash() && i >= 2 && p.t[i - 2].num().is_some() {
            return false;
        }
        // "vol. 4, p. 77": a period after an abbreviation that is a count cue.
        if prev.is('.') && i >= 2 && p.count_cue(&p.t[i - 2]) {
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
    let cued = prev.is_some_and(|t| p.year_cue(t));
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
        && !p.year_cue(prev);
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
pub(super) fn decade(p: &P, i: usize) -> Found {
    let t = p.tok(i)?;
    if let Some(&d) = t
        .maybe(crate::lexicon::DECADE)
        .then(|| p.lex.decades.get(t.lower))
        .flatten()
    {
        let cued = i > 0 && p.is_any(i - 1, &["the", "early", "late", "mid", "in"]);
        return cued.then_some((i + 1, abs(TimexValue::Decade(190 + d as i32 / 10))));
    }
    let start = if t.is('\'') { i + 1 } else { i };
    let (v, digits) = p.tok(start)?.num()?;
    let k = if p.is_punct(start + 1, '\'') && !p.t[start + 1].space_before {
        start + 2
    } else {
        start + 1
    };
    // "1990s", "1990 s"
    let s = p.tok(k).filter(|s| s.lower == "s")?;
    let cued = i > 0 && p.is_any(i - 1, &["in", "the"]);
    if s.space_before
        && ((digits != 4 && !cued) || p.tok(k + 1).is_some_and(|t| t.kind == Kind::Word))
    {
        return None;
    }
    match digits {
        4 if v % 10 == 0 && (1000..=2090).contains(&v) => {
            Some((k + 1, abs(TimexValue::Decade(v as i32 / 10))))
        }
        2 if v % 10 == 0 => Some((k + 1, abs(TimexValue::Decade(190 + v as i32 / 10)))),
        _ => None,
    }
}

/// "the 19th century", "the nineteenth century".
pub(super) fn century(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let n = match t.kind {
        Kind::Ordinal(n) => n as i32,
        Kind::Word => *p.lex.ordinals.get(t.lower)?,
        _ => return None,
    };
    (n >= 1 && p.is_word(j + 1, "century")).then_some((j + 2, abs(TimexValue::Century(n - 1))))
}
