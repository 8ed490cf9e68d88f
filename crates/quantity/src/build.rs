//! From numerals to quantities: ranges, currencies, hedges, counted nouns.

use crate::number::{lower, Numeral};
use crate::token::{lower_phrase, Kind, Token};
use crate::{filter, lexicon, money, noun};
use dossier_doc::Span;

/// A quantity found in one sentence, before claims are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The whole extent: hedge, currency, numbers, counted noun, period.
    pub span: Span,
    /// The amount alone: currency and numbers with their scales.
    pub core: Span,
    /// The amount with its hedges, without counted noun or period.
    pub hedged: Span,
    /// Single value.
    pub value: Option<f64>,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// What is counted, or the currency and period.
    pub unit: Option<String>,
    /// True when the unit is a currency.
    pub money: bool,
    /// The hedge as written.
    pub hedge: Option<String>,
}

/// Every quantity in one sentence's tokens.
pub fn drafts(text: &str, tokens: &[Token], nums: &[Numeral]) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < nums.len() {
        let (draft, used) = one(text, tokens, nums, k);
        out.extend(draft);
        k += used;
    }
    out
}

/// The quantity starting at numeral `k`, and how many numerals it used.
fn one(text: &str, tokens: &[Token], nums: &[Numeral], k: usize) -> (Option<Draft>, usize) {
    let mut a = nums[k].clone();
    if a.fragment {
        return (None, 1);
    }
    let before = money::before(text, tokens, a.first);
    // "1.8m" without a currency is a length: the letter is the unit.
    let mut glued_unit = None;
    if a.needs_currency && before.is_none() && money::after(text, tokens, a.last, true).is_none() {
        a.value /= scale_of(text, tokens, &a);
        a.scaled = false;
        a.needs_currency = false;
        glued_unit = Some(tokens[a.last].text(text).to_string());
    }
    let a = &a;
    let range = nums.get(k + 1).and_then(|b| range(text, tokens, a, b));
    let (last_num, mut low, mut high, used) = match &range {
        Some((b, lo, hi)) => (b, Some(*lo), Some(*hi), 2),
        None => (a, None, None, 1),
    };
    let mut end = last_num.last;
    let after = money::after(text, tokens, end, last_num.scaled);
    let currency = before.map(|c| c.0).or(after.map(|c| c.0));
    if let Some((_, e)) = after {
        end = e;
    }
    let mut start_tok = before.map_or(a.first, |c| c.1);
    // "between 4,000 and 7,000", "from 200 to 300".
    if range.is_some() && start_tok > 0 {
        let w = lower(text, tokens, start_tok - 1);
        if w == "between" || w == "from" {
            start_tok -= 1;
        }
    }
    let core = Span::new(tokens[start_tok].span.start, tokens[end].span.end);
    let mut value = if range.is_some() { None } else { Some(a.value) };
    if let Some((lo, hi)) = a.vague.filter(|_| range.is_none()) {
        value = None;
        low = Some(lo);
        high = Some(hi);
    }
    let hedge = hedge_before(text, tokens, start_tok);
    let mut span_start = core.start;
    let mut hedge_text = None;
    if let Some((kind, h)) = hedge {
        span_start = tokens[h].span.start;
        hedge_text = text
            .get(span_start..tokens[start_tok - 1].span.end)
            .map(str::to_string);
        bound(kind, a.value, &mut low, &mut high);
    }
    if let Some((kind, e)) = hedge_after(text, tokens, end) {
        hedge_text = text
            .get(tokens[end + 1].span.start..tokens[e].span.end)
            .map(str::to_string);
        bound(kind, a.value, &mut low, &mut high);
        end = e;
    }
    let hedged = Span::new(span_start, tokens[end].span.end);
    let mut unit = currency.map(str::to_string);
    let mut noun_text = None;
    if let Some(code) = currency {
        if let Some((p, e)) = money::period(text, tokens, end) {
            unit = Some(format!("{code}/{p}"));
            end = e;
        }
    } else if let Some(u) = glued_unit {
        noun_text = Some(u.clone());
        unit = Some(u);
    } else if let Some((n, e)) = noun::after(text, tokens, end, a.vague.is_some()) {
        noun_text = Some(n.clone());
        unit = Some(n);
        end = e;
    }
    let cand = filter::Candidate {
        num: a,
        to: range.as_ref().map(|r| &r.0),
        money: currency.is_some(),
        noun: noun_text.as_deref(),
    };
    if filter::excluded(text, tokens, &cand) {
        return (None, used);
    }
    let draft = Draft {
        span: Span::new(span_start, tokens[end].span.end),
        core,
        hedged,
        value,
        low,
        high,
        unit,
        money: currency.is_some(),
        hedge: hedge_text,
    };
    (Some(draft), used)
}

/// Applies a hedge's kind to the bounds.
fn bound(kind: &str, v: f64, low: &mut Option<f64>, high: &mut Option<f64>) {
    match kind {
        "low" => *low = low.or(Some(v)),
        "high" => *high = high.or(Some(v)),
        _ => {}
    }
}

/// "4,000 to 7,000", "2000-2500", "between 4,000 and 7,000", "$2-3 billion".
fn range(text: &str, tokens: &[Token], a: &Numeral, b: &Numeral) -> Option<(Numeral, f64, f64)> {
    if a.vague.is_some() || b.vague.is_some() || b.fragment {
        return None;
    }
    let gap = &tokens[a.last + 1..b.first];
    if gap.is_empty() {
        return None;
    }
    let mut words = gap.len();
    // A repeated currency: "$4,000 to $7,000".
    if let Some((_, s)) = money::before(text, tokens, b.first) {
        if s > a.last {
            words = words.min(s - a.last - 1);
        }
    }
    // Every joining word is one token: a longer gap joins nothing.
    if words != 1 {
        return None;
    }
    let joined = lower(text, tokens, a.last + 1);
    let ok = match joined.as_str() {
        "-" | "\u{2013}" => {
            let tight = !gap[0].space_before && !tokens[b.first].space_before;
            let spaced = gap[0].space_before && tokens[b.first].space_before;
            tight || spaced
        }
        "to" | "or" => true,
        "and" => {
            a.first > 0 && {
                let mut p = a.first;
                while p > 0 && tokens[p - 1].kind == Kind::Punct {
                    p -= 1;
                }
                p > 0 && lower(text, tokens, p - 1) == "between"
            }
        }
        _ => false,
    };
    if !ok {
        return None;
    }
    let mut lo = a.value;
    let hi = b.value;
    // "2 to 3 million": the scale of the second number applies to the first.
    if b.scaled && !a.scaled {
        let unit = scale_of(text, tokens, b);
        if lo * unit < hi {
            lo *= unit;
        }
    }
    (lo < hi).then(|| (b.clone(), lo, hi))
}

/// The factor a scaled numeral's last word or suffix applies.
fn scale_of(text: &str, tokens: &[Token], n: &Numeral) -> f64 {
    let w = tokens[n.last].text(text);
    lexicon::suffix(w)
        .map(|s| s.0)
        .or_else(|| crate::number::scale(&dossier_doc::Lower::of(w)).map(|s| s.0))
        .unwrap_or(1.0)
}

/// A hedge ending just before token `at`: its kind and first token.
fn hedge_before(text: &str, tokens: &[Token], at: usize) -> Option<(&'static str, usize)> {
    // Every phrase tried ends with the token before `at`.
    let last = at.checked_sub(1).map(|k| lower(text, tokens, k));
    if !last.is_some_and(|w| lexicon::hedge_suffix(&w)) {
        return None;
    }
    for len in (1..=3).rev() {
        let Some(start) = at.checked_sub(len) else {
            continue;
        };
        let built = lower_phrase(text, &tokens[start..at], " ");
        let replaced;
        let phrase: &str = if built.contains(" .") {
            replaced = built.replace(" .", ".");
            &replaced
        } else {
            &built
        };
        // "handed over 120 tanks": the particle of a verb, not a bound.
        let particle = phrase == "over"
            && start.checked_sub(1).is_some_and(|v| {
                lexicon::particle_verb(&dossier_doc::Lower::of(tokens[v].text(text)))
            });
        if let Some(kind) = lexicon::hedge(phrase).filter(|_| !particle) {
            return Some((kind, start));
        }
    }
    None
}

/// A hedge just after token `end` ("or more"): its kind and last token.
fn hedge_after(text: &str, tokens: &[Token], end: usize) -> Option<(&'static str, usize)> {
    // Every phrase tried starts with the token after `end`.
    if end + 1 >= tokens.len() || !lexicon::trailing_hedge_prefix(&lower(text, tokens, end + 1)) {
        return None;
    }
    for len in (1..=2).rev() {
        let last = end + len;
        if last >= tokens.len() {
            continue;
        }
        let phrase = lower_phrase(text, &tokens[end + 1..=last], " ");
        if let Some(kind) = lexicon::trailing_hedge(&phrase) {
            return Some((kind, last));
        }
    }
    None
}
