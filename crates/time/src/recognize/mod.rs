//! Recognition: the tokens of one sentence in, time expressions with their
//! unresolved meaning out.
//!
//! Each pattern is a small function that tries to read an expression
//! starting at a token and returns where it ends; at every position the
//! longest reading wins and scanning resumes after it, so a sentence is read
//! once, left to right. Patterns live by concern: [`dates`] for calendar
//! dates, months, years, decades, seasons and ranges, [`relative`] for
//! weekdays and expressions counted from a reference, [`counted`] for days,
//! weeks and feasts counted inside the calendar.

mod counted;
mod dates;
mod join;
mod numeric;
mod parts;
mod ranges;
mod relative;
mod within;
mod years;

use std::cell::OnceCell;

use dossier_doc::{Span, TimeModifier};

use crate::calendar::Date;
use crate::expr::Expr;
use crate::lexicon::{self, Lexicon, Unit};
use crate::token::{has_anchor, tokenize, Kind, Tok};
use crate::value::TimexValue;

/// A time expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    /// Its extent, including a leading temporal preposition ("in 1979").
    pub span: Span,
    /// What it means, before resolution.
    pub expr: Expr,
    /// START/MID/END from "late", "the end of" …, or BEFORE/AFTER/APPROX from
    /// the preposition.
    pub modifier: Option<TimeModifier>,
    /// Tense of the clause: `Some(true)` future, `Some(false)` past.
    pub future: Option<bool>,
}

/// Finds the time expressions of `text[span]`.
///
/// Every expression holds an anchor token (digits, or a month, weekday,
/// season, unit, decade or holiday word) within its first [`REACH`] tokens,
/// so a sentence without anchors is skipped before tokenizing, and patterns
/// are only tried at tokens an anchor follows closely: most of a news text
/// is never looked at twice.
pub(crate) fn recognize(text: &str, span: Span, day_first: bool) -> Vec<Mention> {
    recognize_with(text, span, day_first, &mut String::new())
}

/// [`recognize`] with `buf` to hold the lower-cased sentence: a walk over
/// a document's sentences hands one buffer from sentence to sentence.
pub(crate) fn recognize_with(
    text: &str,
    span: Span,
    day_first: bool,
    buf: &mut String,
) -> Vec<Mention> {
    if !has_anchor(text, span) {
        return Vec::new();
    }
    let toks = tokenize(text, span, buf);
    let Some(last_anchor) = toks.iter().rposition(Tok::anchor) else {
        return Vec::new();
    };
    let lex = lexicon::get();
    let p = P {
        t: &toks,
        lex,
        day_first,
        cues: OnceCell::new(),
    };
    let mut out: Vec<(usize, usize, Expr)> = Vec::new();
    // The first anchor at or after `i`, advanced as `i` moves.
    let mut next = 0;
    let mut i = 0;
    while i <= last_anchor {
        while next < i || !toks[next].anchor() {
            next += 1;
        }
        if !toks[i].starter() || next - i > REACH {
            i += 1;
            continue;
        }
        match p.longest(i) {
            Some((end, expr)) if end > i => {
                out.push((i, end, expr));
                i = end;
            }
            _ => i += 1,
        }
    }
    let lengths = join::lengths(&p);
    join::join_lengths(&p, &mut out, &lengths);
    join::join_ranges(&p, &mut out);
    join::to_date(&p, &mut out);
    lend_years(&p, &mut out);
    out.into_iter()
        .map(|(i, end, expr)| p.mention(i, end, expr))
        .collect()
}

/// In "on 3 March, 9 March and 21 March 1975", the last day's year belongs
/// to every day of the list.
fn lend_years(p: &P, found: &mut [(usize, usize, Expr)]) {
    for k in (1..found.len()).rev() {
        let (i, _, ref later) = found[k];
        let Expr::Abs(TimexValue::Day(d)) = *later else {
            continue;
        };
        let (_, end, ref earlier) = found[k - 1];
        let joined = p.t[end..i]
            .iter()
            .all(|t| t.is(',') || t.word("and") || t.word("or"));
        if let (true, Expr::MonthDay { month, day }) = (joined, earlier) {
            let year = if (*month, *day) > (d.month, d.day) {
                d.year - 1
            } else {
                d.year
            };
            if let Some(date) = Date::new(year, *month, *day) {
                found[k - 1].2 = Expr::Abs(TimexValue::Day(date));
            }
        }
    }
}

/// How many tokens an expression may run before its first anchor ("from
/// the 13th", "the first half of 1990", "at the beginning of the following week").
const REACH: usize = 6;

/// Whether token `j` tells the clause's tense: `Some(true)` future.
fn tense_cue(lex: &Lexicon, toks: &[Tok], j: usize, t: &Tok) -> Option<bool> {
    if t.kind != Kind::Word {
        return None;
    }
    if let Some(&f) = t
        .maybe(lexicon::TENSE_CUE)
        .then(|| lex.tense.get(t.lower))
        .flatten()
    {
        return Some(f);
    }
    // "I'll", "we'll": the apostrophe splits the contraction.
    if t.lower == "ll" && j > 0 && toks[j - 1].is('\'') && !t.space_before {
        return Some(true);
    }
    (t.lower.len() >= 5 && t.lower.ends_with("ed")).then_some(false)
}

/// Temporal prepositions kept in a span, with the modifier they give.
const PREPOSITIONS: &[(&str, Option<TimeModifier>)] = &[
    ("in", None),
    ("on", None),
    ("during", None),
    ("throughout", None),
    ("since", Some(TimeModifier::After)),
    ("after", Some(TimeModifier::After)),
    ("from", Some(TimeModifier::After)),
    ("until", Some(TimeModifier::Before)),
    ("till", Some(TimeModifier::Before)),
    ("by", Some(TimeModifier::Before)),
    ("before", Some(TimeModifier::Before)),
    ("around", Some(TimeModifier::Approx)),
    ("circa", Some(TimeModifier::Approx)),
    ("about", Some(TimeModifier::Approx)),
];

/// The parser over one sentence's tokens.
pub(crate) struct P<'a> {
    pub t: &'a [Tok<'a>],
    pub lex: &'static Lexicon,
    pub day_first: bool,
    /// Tense cues of the sentence, in order: token index, future; found
    /// when first asked for, as most sentences read hold no expression.
    cues: OnceCell<Vec<(usize, bool)>>,
}

type Found = Option<(usize, Expr)>;

impl<'a> P<'a> {
    /// The longest expression starting at token `i`.
    fn longest(&self, i: usize) -> Found {
        // "in", "a", "two" … only start counts ("in two weeks", "a week
        // ago"); they are the commonest starters, so the others are spared.
        let t = &self.t[i];
        if t.kind == Kind::Word && (t.lower == "in" || t.keyed(lexicon::NUMBER)) {
            // "fifteen August nineteen ninety three": a day in words.
            // Only a month, another number word or a dash can follow the
            // first word of one, which spares the common counts.
            let words = self.tok(i + 1).is_some_and(|n| {
                n.is_dash()
                    || (n.kind == Kind::Word
                        && (n.keyed(lexicon::MONTH)
                            || n.keyed(lexicon::NUMBER)
                            || n.lower == "thousand"))
            });
            let day = (words && t.lower != "a" && t.lower != "an" && t.lower != "in")
                .then(|| dates::single(self, i))
                .flatten();
            return [relative::relative(self, i), day]
                .into_iter()
                .flatten()
                .max_by_key(|(end, _)| *end);
        }
        let tries: [fn(&P, usize) -> Found; 6] = [
            parts::part,
            ranges::range,
            dates::single,
            relative::relative,
            counted::holiday,
            within::within,
        ];
        tries
            .iter()
            .filter_map(|f| f(self, i))
            .max_by_key(|(end, _)| *end)
    }

    /// Builds the mention for tokens `i..end`, taking in a preposition before.
    fn mention(&self, i: usize, end: usize, expr: Expr) -> Mention {
        let mut start = self.t[i].span.start;
        let mut modifier = match &expr {
            Expr::Part(_, m) => Some(*m),
            _ => None,
        };
        if let Some(prev) = i.checked_sub(1).and_then(|j| self.t.get(j)) {
            if let Some((_, m)) = PREPOSITIONS.iter().find(|(w, _)| prev.word(w)) {
                start = prev.span.start;
                modifier = modifier.or(*m);
            }
        }
        let end_byte = self.t[end - 1].span.end;
        // "this 5/12", "this Friday June 15": the one of the reference's
        // year, whatever the clause's tense.
        // The weekday then only restates the day.
        let this = self.t[i].word("this");
        let expr = match expr {
            Expr::WeekdayDate { month, day, .. } if this && month > 0 => {
                Expr::MonthDay { month, day }
            }
            other => other,
        };
        let this = this && matches!(expr, Expr::MonthDay { .. });
        Mention {
            span: Span::new(start, end_byte),
            expr,
            modifier,
            future: if this { None } else { self.tense(i, end) },
        }
    }

    /// Tense cues of the sentence, in order: token index, future.
    pub fn cues(&self) -> &[(usize, bool)] {
        self.cues.get_or_init(|| {
            self.t
                .iter()
                .enumerate()
                .filter_map(|(j, t)| tense_cue(self.lex, self.t, j, t).map(|f| (j, f)))
                .collect()
        })
    }

    /// The tense cue nearest to tokens `i..end`, outside them.
    fn tense(&self, i: usize, end: usize) -> Option<bool> {
        let cues = self.cues();
        let k = cues.partition_point(|&(j, _)| j < i);
        let before = k.checked_sub(1).map(|k| cues[k]).map(|(j, f)| (i - j, f));
        let a = cues.partition_point(|&(j, _)| j < end);
        let after = cues.get(a).map(|&(j, f)| (j + 1 - end, f));
        match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 < b.0 { a.1 } else { b.1 }),
            (b, a) => b.or(a).map(|x| x.1),
        }
    }

    /// True for a function word ("of", "the"); most words are told apart
    /// by a bit of their roles, without a lookup.
    pub fn function_word(&self, t: &Tok) -> bool {
        t.maybe(lexicon::FUNCTION) && self.lex.function_words.contains(t.lower)
    }

    /// True for a word that counts things before a number ("No.", "page").
    pub fn count_cue(&self, t: &Tok) -> bool {
        t.maybe(lexicon::COUNT_CUE) && self.lex.count_cues.contains(t.lower)
    }

    /// True for a word that announces a year ("in", "since").
    pub fn year_cue(&self, t: &Tok) -> bool {
        t.maybe(lexicon::YEAR_CUE) && self.lex.year_cues.contains(t.lower)
    }

    /// Token `i`.
    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }

    /// True when token `i` is the word `w`.
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.word(w))
    }

    /// True when token `i` is one of `ws`.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && ws.contains(&t.lower))
    }

    /// True when token `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is(c))
    }

    /// True when token `i` is a dash or the word "to"/"through"/"till"/"until".
    pub fn is_range_sep(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is_dash())
            || self.is_any(i, &["to", "through", "till", "until", "thru"])
    }

    /// Skips an optional word at `i`.
    pub fn opt_word(&self, i: usize, w: &str) -> usize {
        if self.is_word(i, w) {
            i + 1
        } else {
            i
        }
    }

    /// Skips an optional punctuation mark at `i`.
    pub fn opt_punct(&self, i: usize, c: char) -> usize {
        if self.is_punct(i, c) {
            i + 1
        } else {
            i
        }
    }

    /// A month name at `i` (with an abbreviation's period), and the index after it.
    pub fn month_at(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        if !t.keyed(lexicon::MONTH) {
            return None;
        }
        let m = *self.lex.months.get(t.lower)?;
        let abbrev = t.lower.len() <= 4 && t.lower != "june" && t.lower != "july";
        let next = if abbrev && self.is_punct(i + 1, '.') && !self.t[i + 1].space_before {
            i + 2
        } else {
            i + 1
        };
        Some((m, next))
    }

    /// A day of the month at `i`: `3`, `3rd`, `third`.
    pub fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        let d = match t.kind {
            Kind::Num { value, digits } if digits <= 2 => value,
            Kind::Ordinal(n) => n,
            Kind::Word => return self.day_words(i),
            _ => return None,
        };
        // "3 p.m." or "3:30" are times, not days.
        if self.is_punct(i + 1, ':') && self.tok(i + 2).is_some_and(|n| n.num().is_some()) {
            return None;
        }
        (1..=31).contains(&d).then_some((d as u8, i + 1))
    }

    /// A number below 100 in words at `i`: "five", "fifteen", "twenty",
    /// "twenty five", "twenty-five".
    pub fn small_words(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i).filter(|t| t.keyed(lexicon::NUMBER))?;
        let n = *self
            .lex
            .numbers
            .get(t.lower)
            .filter(|&&n| (1..100).contains(&n))?;
        if t.lower == "a" || t.lower == "an" || ["couple", "few", "several"].contains(&t.lower) {
            return None;
        }
        if n >= 20 && n % 10 == 0 {
            let k = if self
                .tok(i + 1)
                .is_some_and(|d| d.is_dash() && !d.space_before)
            {
                i + 2
            } else {
                i + 1
            };
            let unit = self
                .tok(k)
                .filter(|u| u.kind == Kind::Word)
                .and_then(|u| self.lex.numbers.get(u.lower))
                .filter(|&&m| (1..10).contains(&m) && !self.is_any(k, &["a", "an"]));
            if let Some(&m) = unit {
                return Some((n + m, k + 1));
            }
        }
        Some((n, i + 1))
    }

    /// A year in words at `i`: "nineteen ninety six", "nineteen hundred
    /// ninety three", "seventeen hundred thirty three", "two thousand and
    /// fifteen", "two thousand ten", "two thousand".
    pub fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        let (hi, k) = self.small_words(i)?;
        if self.is_word(k, "thousand") && hi <= 2 {
            let j = self.opt_word(k + 1, "and");
            return match self.small_words(j) {
                Some((lo, end)) => Some((1000 * hi as i32 + lo as i32, end)),
                None => Some((1000 * hi as i32, k + 1)),
            };
        }
        if !(10..=20).contains(&hi) {
            return None;
        }
        if self.is_word(k, "hundred") {
            let j = self.opt_word(k + 1, "and");
            let (lo, end) = self.small_words(j)?;
            return Some((100 * hi as i32 + lo as i32, end));
        }
        let (lo, end) = self.small_words(k)?;
        (lo >= 10).then_some((100 * hi as i32 + lo as i32, end))
    }

    /// A day of the month in words: "third", "twenty second", "thirty-first",
    /// "twenty five" (a cardinal only as a compound).
    fn day_words(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        if let Some(&n) = t
            .keyed(lexicon::ORDINAL)
            .then(|| self.lex.ordinals.get(t.lower))
            .flatten()
        {
            return (1..=31).contains(&n).then_some((n as u8, i + 1));
        }
        if !t.keyed(lexicon::NUMBER) {
            return None;
        }
        let tens = *self
            .lex
            .numbers
            .get(t.lower)
            .filter(|&&n| n == 20 || n == 30)?;
        let k = if self
            .tok(i + 1)
            .is_some_and(|d| d.is_dash() && !d.space_before)
        {
            i + 2
        } else {
            i + 1
        };
        let u = self.tok(k).filter(|u| u.kind == Kind::Word)?;
        let unit = match self.lex.ordinals.get(u.lower) {
            Some(&n) if (1..10).contains(&n) => n as u32,
            _ => *self
                .lex
                .numbers
                .get(u.lower)
                .filter(|&&m| (1..10).contains(&m))?,
        };
        if u.lower == "a" || u.lower == "an" {
            return None;
        }
        let d = tens + unit;
        (d <= 31).then_some((d as u8, k + 1))
    }

    /// A four-digit year at `i` (no context check).
    pub fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let (v, digits) = self.tok(i)?.num()?;
        (digits == 4 && (1000..=2099).contains(&v)).then_some((v as i32, i + 1))
    }

    /// A count at `i`: digits, a number word, or a hyphenated one ("twenty-six").
    pub fn number_at(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num { value, digits } if digits <= 4 => Some((i64::from(value), i + 1)),
            Kind::Word => {
                let n = *self.lex.numbers.get(t.lower)?;
                let joined = self
                    .tok(i + 1)
                    .is_some_and(|d| d.is_dash() && !d.space_before)
                    && n >= 20;
                if let Some(m) = joined
                    .then(|| self.tok(i + 2))
                    .flatten()
                    .and_then(|u| self.lex.numbers.get(u.lower))
                    .filter(|&&m| m < 10)
                {
                    return Some((i64::from(n + m), i + 3));
                }
                Some((i64::from(n), i + 1))
            }
            _ => None,
        }
    }

    /// A calendar unit word at `i`.
    pub fn unit_at(&self, i: usize) -> Option<(Unit, usize)> {
        let t = self.tok(i)?;
        t.keyed(lexicon::UNIT)
            .then(|| self.lex.units.get(t.lower))
            .flatten()
            .map(|&u| (u, i + 1))
    }

    /// A weekday name at `i`.
    pub fn weekday_at(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        if !t.keyed(lexicon::WEEKDAY) {
            return None;
        }
        let d = *self.lex.weekdays.get(t.lower)?;
        // Short forms ("sun", "sat", "wed") are ordinary words in lower case;
        // "tue", "thu", "fri" are not, nor "mon." with its period.
        let plain = ["tue", "tues", "thu", "thur", "thurs", "fri"].contains(&t.lower)
            || (t.lower == "mon" && self.is_punct(i + 1, '.'));
        if t.lower.len() <= 4 && !t.capital && !plain {
            return None;
        }
        let next = self.opt_punct(i + 1, '.');
        let next = if next > i + 1 && self.t[i + 1].space_before {
            i + 1
        } else {
            next
        };
        Some((d, next))
    }
}
