//! Numerals written in words: "twelve", "three hundred and six",
//! "a dozen", "half a dozen", "several hundred", "tens of thousands".

use super::{lower, scale, Numeral};
use crate::lexicon;
use crate::token::{Kind, Token};
use dossier_doc::Span;

/// The part of a word number just read, which decides what may follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    Unit,
    Teen,
    Ten,
    Hundred,
    Big,
}

/// Running totals of the hundreds/thousands grammar.
#[derive(Debug, Default)]
struct Acc {
    total: f64,
    /// The part below the last big scale word, hundreds included.
    hundreds: f64,
    /// The part below a hundred.
    small: f64,
    biggest: f64,
}

impl Acc {
    fn value(&self) -> f64 {
        self.total + self.hundreds + self.small
    }
}

/// A word numeral starting at token `i`, if one starts there.
pub(super) fn at(text: &str, tokens: &[Token], i: usize) -> Vec<Numeral> {
    // Most words start no number: tell them apart without allocating.
    if !tokens.get(i).is_some_and(|t| could_start(t.text(text))) {
        return Vec::new();
    }
    let w = lower(text, tokens, i);
    if let Some(n) = vague(text, tokens, i, &w) {
        return vec![n];
    }
    exact(text, tokens, i).into_iter().collect()
}

/// True when a word numeral may start with `word`: "a", "an", "half",
/// "tens", a number word, a scale word (or its plural) or a vague opener.
/// Every numeral [`vague`] or [`exact`] reads opens with one of these.
fn could_start(word: &str) -> bool {
    // Lexicon words are ASCII; another word is lowered the slow way so
    // that the answer never differs.
    if word.is_ascii() {
        lexicon::numeral_opener_ascii(word)
    } else {
        lexicon::numeral_opener(&dossier_doc::Lower::of(word))
    }
}

/// "several hundred", "a few thousand", "hundreds", "tens of thousands".
fn vague(text: &str, tokens: &[Token], i: usize, w: &str) -> Option<Numeral> {
    let mut j = i;
    if w == "a" && lower(text, tokens, i + 1) == "few" {
        j += 1;
    }
    let opener = lexicon::vague(&lower(text, tokens, j));
    let start_scale = if opener { j + 1 } else { j };
    let (mut base, plural) = scale(&lower(text, tokens, start_scale))?;
    if !opener && !plural {
        return None;
    }
    let mut last = start_scale;
    // "tens of thousands", "hundreds of millions", "several hundred thousand".
    loop {
        let of = lower(text, tokens, last + 1) == "of";
        let k = if of { last + 2 } else { last + 1 };
        match scale(&lower(text, tokens, k)) {
            Some((f, p)) if f > base && (!of || p) => {
                base *= f;
                last = k;
            }
            _ => break,
        }
    }
    if !opener && lower(text, tokens, start_scale) == "tens" && last == start_scale {
        return None;
    }
    let (low, high) = if opener {
        (2.0 * base, 9.0 * base)
    } else {
        (2.0 * base, 10.0 * base)
    };
    Some(Numeral {
        first: i,
        last,
        span: Span::new(tokens[i].span.start, tokens[last].span.end),
        value: low,
        vague: Some((low, high)),
        scaled: true,
        needs_currency: false,
        words: true,
        bare_digits: false,
        fragment: false,
    })
}

/// An exact word number.
fn exact(text: &str, tokens: &[Token], i: usize) -> Option<Numeral> {
    let mut acc = Acc::default();
    let mut last = Last::None;
    let mut end = None;
    let mut j = i;
    let mut factor = 1.0;
    // "a hundred", "an estimated" (not a number), "half a dozen".
    let w = lower(text, tokens, i);
    if w == "half" && matches!(lower(text, tokens, i + 1).as_str(), "a" | "an") {
        factor = 0.5;
        j += 2;
        acc.small = 1.0;
        last = Last::Unit;
    } else if w == "a" || w == "an" {
        scale(&lower(text, tokens, i + 1)).filter(|(_, plural)| !plural)?;
        acc.small = 1.0;
        last = Last::Unit;
        j += 1;
    }
    let mut scaled = false;
    while j < tokens.len() {
        let t = tokens[j];
        if t.kind != Kind::Word {
            break;
        }
        let w = lower(text, tokens, j);
        let Some(next) = step(&mut acc, last, &w) else {
            break;
        };
        scaled |= matches!(next, Last::Hundred | Last::Big);
        last = next;
        end = Some(j);
        j = match joiner(text, tokens, j + 1, last) {
            Some(k) => k,
            None => break,
        };
    }
    let mut last_tok = end?;
    let mut value = acc.value() * factor;
    if let Some((frac, k)) = point(text, tokens, last_tok + 1) {
        value += frac;
        last_tok = k;
    }
    Some(Numeral {
        first: i,
        last: last_tok,
        span: Span::new(tokens[i].span.start, tokens[last_tok].span.end),
        value,
        vague: None,
        scaled,
        needs_currency: false,
        words: true,
        bare_digits: false,
        fragment: false,
    })
}

/// Applies word `w` to the totals; the new state, or `None` when `w` cannot continue.
fn step(acc: &mut Acc, last: Last, w: &str) -> Option<Last> {
    if let Some(v) = lexicon::number_word(w) {
        let kind = match v as u64 {
            0..=9 => Last::Unit,
            10..=19 => Last::Teen,
            _ => Last::Ten,
        };
        let ok = match kind {
            Last::Unit => matches!(last, Last::None | Last::Ten | Last::Hundred | Last::Big),
            _ => matches!(last, Last::None | Last::Hundred | Last::Big),
        };
        if !ok || (kind == Last::Unit && last == Last::Ten && acc.small % 10.0 != 0.0) {
            return None;
        }
        acc.small += v;
        return Some(kind);
    }
    let (v, plural) = scale(w)?;
    if !matches!(
        last,
        Last::Unit | Last::Teen | Last::Ten | Last::Hundred | Last::Big
    ) {
        return None;
    }
    if v == 12.0 {
        // "two dozens" multiplies only the part below a hundred.
        acc.small *= 12.0;
        return Some(Last::Hundred);
    }
    if plural {
        return None;
    }
    if v == 100.0 {
        if last == Last::Hundred || last == Last::Big {
            return None;
        }
        acc.hundreds += acc.small * 100.0;
        acc.small = 0.0;
        return Some(Last::Hundred);
    }
    let below = acc.hundreds + acc.small;
    if v > acc.biggest {
        acc.total = (acc.total + below) * v;
        acc.biggest = v;
    } else {
        if below == 0.0 {
            return None;
        }
        acc.total += below * v;
    }
    acc.hundreds = 0.0;
    acc.small = 0.0;
    Some(Last::Big)
}

/// Where the next word of the number may be, after token `j - 1`: skips a
/// hyphen ("twenty-one") or an "and" after a hundred or a scale.
fn joiner(text: &str, tokens: &[Token], j: usize, last: Last) -> Option<usize> {
    let t = tokens.get(j)?;
    let s = t.text(text);
    if s == "-" && last == Last::Ten {
        return Some(j + 1);
    }
    if s.eq_ignore_ascii_case("and") && matches!(last, Last::Hundred | Last::Big) {
        let after = lower(text, tokens, j + 1);
        return lexicon::number_word(&after).map(|_| j + 1);
    }
    Some(j)
}

/// "point zero three", "point seventy-one": the decimals after a word number.
fn point(text: &str, tokens: &[Token], j: usize) -> Option<(f64, usize)> {
    if lower(text, tokens, j) != "point" {
        return None;
    }
    let mut digits = String::new();
    let mut k = j + 1;
    let mut last = None;
    while let Some(v) = lexicon::number_word(&lower(text, tokens, k)) {
        if v >= 20.0 && v % 10.0 == 0.0 {
            let mut n = v;
            if tokens.get(k + 1).is_some_and(|t| t.text(text) == "-") {
                if let Some(u) = lexicon::number_word(&lower(text, tokens, k + 2)) {
                    n += u;
                    k += 2;
                }
            }
            digits.push_str(&(n as u64).to_string());
        } else {
            digits.push_str(&(v as u64).to_string());
        }
        last = Some(k);
        k += 1;
    }
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    Some((frac, last?))
}
