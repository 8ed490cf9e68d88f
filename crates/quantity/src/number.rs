//! Numerals: one number written in digits, words or both, and its value.
//!
//! [`numerals`] reads a token list left to right and returns every numeral
//! it finds, without deciding what the number means: "1979" here is a
//! numeral like any other, and later steps ([`crate::filter`]) tell years,
//! pages and clock times from counts. Word numbers are combined by a small
//! state machine over the classic hundreds/thousands grammar, so
//! "two hundred and two thousand" is 202,000 while "three four" stays two
//! numbers; each token is looked at a bounded number of times, so the cost
//! is linear in the tokens.

use crate::lexicon;
use crate::token::{Kind, Token};
use dossier_doc::Span;

mod digits;
mod words;

/// One number as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// First token of the numeral.
    pub first: usize,
    /// Last token of the numeral (inclusive).
    pub last: usize,
    /// Byte span in the text (a part of one token for fragments such as `192.168`).
    pub span: Span,
    /// The value; for a vague count, its lower bound.
    pub value: f64,
    /// For vague counts ("several hundred", "tens of thousands"): low and high bounds.
    pub vague: Option<(f64, f64)>,
    /// True when a scale word or letter multiplies it ("4 million", "€5m").
    pub scaled: bool,
    /// True when its scale letter only counts after a currency ("5m").
    pub needs_currency: bool,
    /// True when written at least partly in words.
    pub words: bool,
    /// True when written in plain digits without separators (`1979`), as years are.
    pub bare_digits: bool,
    /// True for a piece of a digit string that is no single number (`192.168.1.2`).
    pub fragment: bool,
}

/// Every numeral in `tokens`, in order, without overlaps.
pub fn numerals(text: &str, tokens: &[Token]) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = match tokens[i].kind {
            Kind::Digits => digits::at(text, tokens, i),
            Kind::Word => words::at(text, tokens, i),
            Kind::Punct => Vec::new(),
        };
        let mut found = found;
        if let [n] = found.as_mut_slice() {
            and_a_half(text, tokens, n);
        }
        match found.last().map(|n| n.last) {
            Some(last) => {
                out.extend(found);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// "three and a half", "2 and a quarter": a fraction added to a whole number.
fn and_a_half(text: &str, tokens: &[Token], n: &mut Numeral) {
    if n.fragment || n.vague.is_some() || n.value.fract() != 0.0 {
        return;
    }
    let w = |k: usize| lower(text, tokens, n.last + k);
    if w(1) != "and" || !matches!(w(2).as_str(), "a" | "one") {
        return;
    }
    let add = match w(3).as_str() {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return,
    };
    n.value += add;
    n.last += 3;
    n.span.end = tokens[n.last].span.end;
    n.bare_digits = false;
}

/// The lower-case text of token `i`, or "" past the end.
pub(crate) fn lower(text: &str, tokens: &[Token], i: usize) -> dossier_doc::Lower {
    tokens
        .get(i)
        .map(|t| dossier_doc::Lower::of(t.text(text)))
        .unwrap_or_default()
}

/// A scale word, singular or plural, with its value and whether it was plural.
pub(crate) fn scale(word: &str) -> Option<(f64, bool)> {
    if word == "tens" {
        return Some((10.0, true));
    }
    if let Some(v) = lexicon::scale_word(word) {
        return Some((v, word.ends_with('s')));
    }
    let stem = word.strip_suffix('s')?;
    lexicon::scale_word(stem).map(|v| (v, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn read(s: &str) -> Vec<(String, f64)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        numerals(s, &toks)
            .into_iter()
            .map(|n| (s[n.span.start..n.span.end].to_string(), n.value))
            .collect()
    }

    fn one(s: &str) -> f64 {
        let r = read(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        r[0].1
    }

    #[test]
    fn digits_with_and_without_separators() {
        assert_eq!(one("12,500"), 12500.0);
        assert_eq!(one("12500"), 12500.0);
        assert_eq!(one("2.4"), 2.4);
        assert_eq!(one("1 234 567"), 1234567.0);
        assert_eq!(one("12,34,567.89"), 1234567.89);
    }

    #[test]
    fn words_and_scales() {
        assert_eq!(one("three thousand"), 3000.0);
        assert_eq!(one("twelve"), 12.0);
        assert_eq!(one("a dozen"), 12.0);
        assert_eq!(one("twenty-one trillion and three hundred"), 21e12 + 300.0);
        assert_eq!(one("two hundred and two thousand"), 202000.0);
        assert_eq!(one("three hundred and two dozens"), 324.0);
        assert_eq!(one("half a dozen"), 6.0);
        assert_eq!(one("two hundred point zero three"), 200.03);
        assert_eq!(one("three and a half"), 3.5);
    }

    #[test]
    fn mixed_digits_and_scales() {
        assert_eq!(one("4 million"), 4e6);
        assert_eq!(one("2.4 billion"), 2.4e9);
        assert_eq!(one("10k"), 1e4);
    }

    #[test]
    fn vague_counts() {
        let s = "tens of thousands";
        let toks = tokenize(s, Span::new(0, s.len()));
        let n = &numerals(s, &toks)[0];
        assert_eq!(n.vague, Some((20000.0, 100000.0)));
        let s = "several hundred";
        let toks = tokenize(s, Span::new(0, s.len()));
        assert_eq!(numerals(s, &toks)[0].vague, Some((200.0, 900.0)));
    }

    #[test]
    fn separate_numbers_stay_separate() {
        assert_eq!(read("three four").len(), 2);
        assert_eq!(read("192.168.1.2").len(), 4);
    }
}
