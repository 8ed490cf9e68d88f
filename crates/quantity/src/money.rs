//! Currencies around an amount and rate periods after it.
//!
//! Symbols and codes usually stand before the amount ("$", "US$", "€",
//! "EUR"), names after it ("dinars", "Swiss francs"). Both are looked up
//! in one lexicon, by joining the tokens without spaces ("US $" = "US$").

use crate::lexicon;
use crate::number::lower;
use crate::token::{lower_phrase, Kind, Token};

/// A currency written before token `first`: its code and its first token.
pub fn before(text: &str, tokens: &[Token], first: usize) -> Option<(&'static str, usize)> {
    // Every form tried ends with the token before `first`.
    if first == 0 || !lexicon::currency_suffix(&lower(text, tokens, first - 1)) {
        return None;
    }
    // Longest form first, up to four tokens back ("u", ".", "s", "$").
    for len in (1..=4).rev() {
        let Some(start) = first.checked_sub(len) else {
            continue;
        };
        let joined = lower_phrase(text, &tokens[start..first], "");
        // A word form ("dollar 22.5") must not swallow the word before it.
        if let Some(code) = lexicon::currency(&joined) {
            let starts_word =
                start == 0 || tokens[start].space_before || is_symbolic(text, tokens[start]);
            let letters_only = joined.chars().all(char::is_alphabetic);
            let capitals = tokens[start..first]
                .iter()
                .all(|t| !t.text(text).chars().any(char::is_lowercase));
            // "a $48.2 million contract": the article is no "A$".
            let article = tokens[start].text(text) == "a";
            if starts_word && (!letters_only || capitals) && !article {
                return Some((code, start));
            }
        }
    }
    None
}

fn is_symbolic(text: &str, t: Token) -> bool {
    t.kind == Kind::Punct || t.text(text).chars().all(|c| !c.is_alphabetic())
}

/// A currency written after token `last`: its code and last token.
///
/// "pounds" alone is a weight unless a scale word makes it money
/// ("361 million pounds").
pub fn after(
    text: &str,
    tokens: &[Token],
    last: usize,
    scaled: bool,
) -> Option<(&'static str, usize)> {
    // "12-cent", "one-yen".
    let glued = |i: usize| tokens.get(i).is_some_and(|t| !t.space_before);
    if tokens.get(last + 1).is_some_and(|t| t.text(text) == "-")
        && glued(last + 1)
        && glued(last + 2)
    {
        if let Some(code) = lexicon::currency(&lower(text, tokens, last + 2)) {
            return Some((code, last + 2));
        }
    }
    // Every form tried starts with the token after `last`.
    let opens = tokens.len() > last + 1 && lexicon::currency_prefix(&lower(text, tokens, last + 1));
    for len in (1..=3).rev().filter(|_| opens) {
        let end = last + len;
        if end >= tokens.len() {
            continue;
        }
        let words = &tokens[last + 1..=end];
        if words.iter().any(|t| t.kind == Kind::Digits) {
            continue;
        }
        let glued = lower_phrase(text, words, "");
        let spaced = lower_phrase(text, words, " ");
        if let Some(code) = lexicon::currency(&spaced).or_else(|| lexicon::currency(&glued)) {
            // A symbol before another amount belongs to that amount ("10 $ 30 $").
            let symbol = !glued.chars().any(char::is_alphabetic);
            let next_is_amount = tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Digits);
            if !(symbol && next_is_amount) {
                return Some((code, end));
            }
        }
    }
    let w = lower(text, tokens, last + 1);
    if scaled && (w == "pounds" || w == "pound") {
        return Some(("GBP", last + 1));
    }
    None
}

/// A rate period after token `last` ("a year", "per month"): the period and last token.
pub fn period(text: &str, tokens: &[Token], last: usize) -> Option<(&'static str, usize)> {
    for len in (1..=3).rev() {
        let end = last + len;
        if end >= tokens.len() {
            continue;
        }
        let phrase = lower_phrase(text, &tokens[last + 1..=end], " ");
        if let Some(p) = lexicon::period(&phrase) {
            return Some((p, end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;
    use dossier_doc::Span;

    #[test]
    fn symbols_codes_and_names() {
        let s = "US $ 2 billion and 9 million dinars a month";
        let t = tokenize(s, Span::new(0, s.len()));
        assert_eq!(before(s, &t, 2), Some(("USD", 0)));
        assert_eq!(after(s, &t, 6, true).map(|x| x.0), Some("XDN"));
        assert_eq!(period(s, &t, 7).map(|x| x.0), Some("month"));
    }
}
