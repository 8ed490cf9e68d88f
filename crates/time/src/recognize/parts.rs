//! Parts of a period: "late 1973", "mid-July", "the end of 1959", "the
//! first half of 1990", "the beginning of the year".

use dossier_doc::TimeModifier;

use super::dates::{abs, atom};
use super::{Found, P};
use crate::expr::{Base, Expr};
use crate::value::TimexValue;

/// Parts of periods: "late 1973", "mid-July of 1974", "the late 60s",
/// "the end of 1959", "the end of the year", "the first half of 1990".
pub(super) fn part(p: &P, i: usize) -> Found {
    let j = p.opt_word(i, "the");
    let t = p.tok(j)?;
    let edge = match t.lower {
        "early" => Some(TimeModifier::Start),
        "mid" => Some(TimeModifier::Mid),
        "middle" if !p.is_word(j + 1, "of") => Some(TimeModifier::Mid),
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
