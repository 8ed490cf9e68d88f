//! Numbers that are not quantities: dates, years, clock times, page and
//! volume numbers, labels in names, phone numbers and note markers.
//!
//! The time layer marks most dates, but this step does not trust it alone:
//! a bare `1984` or a `4` next to "May" is a date even where no time was
//! found, so the shapes of dates are checked here too. A number that counts
//! a unit of time ("twelve years") is a duration and stays, even inside a
//! time expression.

use crate::lexicon;
use crate::number::{lower, Numeral};
use crate::token::{Kind, Token};

/// What a candidate is, as far as filtering needs to know.
pub struct Candidate<'a> {
    /// The numeral.
    pub num: &'a Numeral,
    /// The second numeral of a range ("1000-5000"), if any.
    pub to: Option<&'a Numeral>,
    /// True when a currency goes with it.
    pub money: bool,
    /// The counted noun, if any.
    pub noun: Option<&'a str>,
}

/// True when the numeral is part of a date, a clock time, a label or a code.
pub fn excluded(text: &str, tokens: &[Token], c: &Candidate) -> bool {
    let n = c.num;
    if n.fragment {
        return true;
    }
    if c.money {
        return clock_or_code(text, tokens, n);
    }
    let measured = c.noun.is_some_and(crate::is_measure);
    if (lone_one(text, tokens, n) && !measured) || pronoun_one(text, tokens, n) {
        return true;
    }
    let counted = c.noun.is_some_and(|w| {
        let last = dossier_doc::Lower::of(w.rsplit([' ', '-']).next().unwrap_or(w));
        crate::noun::is_plural(&last)
    });
    list_marker(text, tokens, n)
        || digit_run(tokens, n)
        || (year_like(text, tokens, n, counted)
            && c.to
                .is_none_or(|b| !counted && year_like(text, tokens, b, counted)))
        || next_to_month(text, tokens, n)
        || ordinal_or_decade(text, tokens, n)
        || clock_or_code(text, tokens, n)
        || (!counted && label(text, tokens, n))
        || bracketed(text, tokens, n)
}

/// Shapes that are no number even to a plain number reader: an ordinal
/// ("4th"), digits glued to a unit ("180ml", "1m"), "one" as a pronoun.
pub fn not_a_number(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    if n.needs_currency || ordinal_or_decade(text, tokens, n) {
        return true;
    }
    let glued_unit = !n.words
        && !n.scaled
        && tokens
            .get(n.last + 1)
            .is_some_and(|t| t.kind == Kind::Word && !t.space_before);
    glued_unit || pronoun_one(text, tokens, n)
}

/// "the one you mentioned", "which one", "that one".
fn pronoun_one(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    n.words
        && n.first == n.last
        && lower(text, tokens, n.first) == "one"
        && n.first > 0
        && matches!(
            lower(text, tokens, n.first - 1).as_str(),
            "the"
                | "this"
                | "that"
                | "which"
                | "each"
                | "any"
                | "every"
                | "no"
                | "another"
                | "any other"
                | "other"
                | "every other"
        )
}

/// "1." or "2)" opening a numbered paragraph.
fn list_marker(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    n.first == 0 && !n.words && matches!(lower(text, tokens, n.last + 1).as_str(), "." | ")")
}

/// "+371 2045 8812": plain digit groups side by side are a code, not a count.
fn digit_run(tokens: &[Token], n: &Numeral) -> bool {
    let digits = |i: usize| tokens.get(i).is_some_and(|t| t.kind == Kind::Digits);
    !n.words && ((n.first > 0 && digits(n.first - 1)) || digits(n.last + 1))
}

/// "one" or "a" without a scale: "one of them", "one dealer said".
fn lone_one(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    n.words && !n.scaled && n.value == 1.0 && {
        let w = lower(text, tokens, n.first);
        w == "one" || w == "a" || w == "an"
    }
}

/// True when a number counting a unit of time ("three days") is a duration.
pub fn duration(noun: Option<&str>) -> bool {
    noun.is_some_and(|w| {
        let head = dossier_doc::Lower::of(w.split([' ', '-']).next().unwrap_or(w));
        lexicon::duration(&head)
    })
}

/// A four-digit year: "1984", "in 2009" (but "1500 troops" counts).
fn year_like(text: &str, tokens: &[Token], n: &Numeral, counted: bool) -> bool {
    if after_year(text, tokens, n) {
        return true;
    }
    if !n.bare_digits || !(1000.0..=2100.0).contains(&n.value) || n.value.fract() != 0.0 {
        return false;
    }
    if !counted {
        return true;
    }
    let prev = n.first.checked_sub(1).map(|p| lower(text, tokens, p));
    matches!(
        prev.as_deref(),
        Some("in" | "since" | "until" | "till" | "by" | "from" | "of" | "before" | "after")
            | Some("during" | "early" | "late" | "mid" | "summer" | "winter" | "spring" | "autumn")
            | Some("the" | "fall")
    )
}

/// The "64" of "1961–64": a number dashed to a year.
fn after_year(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    let f = n.first;
    f >= 2
        && matches!(tokens[f - 1].text(text), "-" | "\u{2013}" | "/")
        && !tokens[f].space_before
        && tokens[f - 2].kind == Kind::Digits
        && {
            let y = tokens[f - 2].text(text);
            y.len() == 4 && y.parse::<u32>().is_ok_and(|v| (1000..=2100).contains(&v))
        }
}

/// "3 May", "May 21", "Aug. 4, 2009", "the 3rd of August".
fn next_to_month(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    if n.words || n.scaled {
        return false;
    }
    let is_month = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            let w = t.text(text);
            t.kind == Kind::Word
                && w.chars().next().is_some_and(char::is_uppercase)
                && lexicon::month(&dossier_doc::Lower::of(w))
        })
    };
    let mut p = n.first;
    while p > 0 && tokens[p - 1].kind == Kind::Punct && tokens[p - 1].text(text) == "." {
        p -= 1;
    }
    if p > 0 && is_month(p - 1) {
        return true;
    }
    let mut k = n.last + 1;
    if tokens.get(k).is_some_and(|t| t.kind == Kind::Word) {
        let w = lower(text, tokens, k);
        if matches!(w.as_str(), "st" | "nd" | "rd" | "th") && !tokens[k].space_before {
            k += 1;
        }
        if lower(text, tokens, k) == "of" {
            k += 1;
        }
    }
    is_month(k)
}

/// "4th", "1990s", "60s", "'60s".
fn ordinal_or_decade(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    if n.words {
        return false;
    }
    let Some(next) = tokens.get(n.last + 1) else {
        return false;
    };
    if next.space_before {
        return false;
    }
    let w = dossier_doc::Lower::of(next.text(text));
    if next.kind == Kind::Word {
        return matches!(w.as_str(), "st" | "nd" | "rd" | "th" | "s");
    }
    matches!(w.as_str(), "'" | "\u{2019}") && lower(text, tokens, n.last + 2) == "s"
}

/// "11:20", "6/12/2009", "1996-07-01", "+1-222-2222", "6 pm", "F-16".
fn clock_or_code(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    let glued = |i: usize, j: usize| tokens.get(j).is_some_and(|t| !t.space_before) && i < j;
    let punct = |i: usize| tokens.get(i).map(|t| t.text(text)).unwrap_or("");
    let digits = |i: usize| tokens.get(i).is_some_and(|t| t.kind == Kind::Digits);
    let (f, l) = (n.first, n.last);
    // Joined by ":" or "/" to another number.
    for sep in [":", "/"] {
        if l + 2 < tokens.len() + 1 && punct(l + 1) == sep && glued(l, l + 1) && digits(l + 2) {
            return true;
        }
        if f >= 2 && punct(f - 1) == sep && glued(f - 1, f) && digits(f - 2) {
            return true;
        }
    }
    // A chain of three or more hyphenated groups, or a "+" prefix.
    let dash = |i: usize| matches!(punct(i), "-" | "\u{2013}");
    let left = f >= 2 && dash(f - 1) && glued(f - 1, f) && digits(f - 2);
    let right = dash(l + 1) && glued(l, l + 1) && digits(l + 2);
    let far_left = left && f >= 4 && dash(f - 3) && digits(f - 4);
    let far_right = right && dash(l + 3) && digits(l + 4);
    if (left && right) || far_left || far_right {
        return true;
    }
    if f >= 1 && punct(f - 1) == "+" && glued(f - 1, f) {
        return true;
    }
    // A code glued to a word: "F-16", "SCP-173", "A4".
    if f >= 2
        && dash(f - 1)
        && glued(f - 1, f)
        && tokens[f - 2].kind == Kind::Word
        && !tokens[f - 1].space_before
    {
        return true;
    }
    if f >= 1 && tokens[f - 1].kind == Kind::Word && !tokens[f].space_before {
        return true;
    }
    // "6 pm", "10 a.m.", "0600 GMT".
    let after: String = tokens
        .iter()
        .skip(l + 1)
        .take(4)
        .take_while(|t| t.kind != Kind::Digits)
        .enumerate()
        .take_while(|(i, t)| *i == 0 || !t.space_before)
        .map(|(_, t)| dossier_doc::Lower::of(t.text(text)))
        .collect();
    let first_word = lower(text, tokens, l + 1);
    lexicon::clock(&first_word)
        || lexicon::clock(after.trim_end_matches('.'))
        || lexicon::clock(&after)
}

/// "p. 77", "vol. 4", "No. 7", "Resolution 1373", "Boeing 747".
fn label(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    if n.words || n.scaled {
        return false;
    }
    let mut p = n.first;
    while p > 0 && matches!(tokens[p - 1].text(text), "." | "#") {
        p -= 1;
    }
    let Some(prev) = p.checked_sub(1) else {
        return false;
    };
    let t = tokens[prev];
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.text(text);
    if lexicon::label(&dossier_doc::Lower::of(w)) {
        return true;
    }
    // A capitalised word inside the sentence, directly before a plain number.
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    capital && prev > 0 && n.bare_digits && p == n.first && ok_before_number(w)
}

/// Capitalised words that may stand before a count ("Only 40", "About 300").
fn ok_before_number(w: &str) -> bool {
    let lw = dossier_doc::Lower::of(w);
    !(lexicon::hedge(&lw).is_some()
        || lexicon::stopword(&lw)
        || lexicon::claim_cue(&lw).is_some()
        || lexicon::month(&lw)
        || w == "I")
}

/// "[12]": a note marker.
fn bracketed(text: &str, tokens: &[Token], n: &Numeral) -> bool {
    n.first > 0
        && tokens[n.first - 1].text(text) == "["
        && tokens.get(n.last + 1).is_some_and(|t| t.text(text) == "]")
}
