//! What a number counts: the noun phrase after it.
//!
//! Without a part-of-speech tagger, the phrase is read by shape: up to three
//! words after the number, stopping before a function word or verb from the
//! stoplist, and ending at the first plural noun ("45 armored vehicles, 30
//! trucks" → "armored vehicles"). A hyphenated compound ("20-kilometre",
//! "nineteen-year-old") is the unit itself.

use crate::lexicon;
use crate::number::lower;
use crate::token::{Kind, Token};

/// The counted noun after token `last`: its text as written and its last token.
pub fn after(text: &str, tokens: &[Token], last: usize, vague: bool) -> Option<(String, usize)> {
    if let Some(found) = compound(text, tokens, last) {
        return Some(found);
    }
    let next = tokens.get(last + 1)?;
    if next.kind == Kind::Punct {
        return match next.text(text) {
            "%" => Some(("percent".to_string(), last + 1)),
            _ => None,
        };
    }
    let w = lower(text, tokens, last + 1);
    if w == "percent" {
        return Some(("percent".to_string(), last + 1));
    }
    if w == "per" && lower(text, tokens, last + 2) == "cent" {
        return Some(("percent".to_string(), last + 2));
    }
    let mut start = last + 1;
    // "thousands of people", "dozens of villages".
    if vague && lower(text, tokens, start) == "of" {
        start += 1;
    }
    phrase(text, tokens, start)
}

/// "20-kilometre", "nineteen-year-old", "3-inch": the words hyphenated to the number.
fn compound(text: &str, tokens: &[Token], last: usize) -> Option<(String, usize)> {
    let mut k = last + 1;
    let mut end = None;
    while tokens
        .get(k)
        .is_some_and(|t| t.text(text) == "-" && !t.space_before)
    {
        let w = tokens.get(k + 1)?;
        if w.kind != Kind::Word || w.space_before {
            break;
        }
        end = Some(k + 1);
        k += 2;
    }
    let end = end?;
    let start = tokens[last + 2].span.start;
    let unit = text.get(start..tokens[end].span.end)?.to_string();
    Some((unit, end))
}

/// A noun phrase of up to three words starting at token `start`.
fn phrase(text: &str, tokens: &[Token], start: usize) -> Option<(String, usize)> {
    let mut words: Vec<usize> = Vec::new();
    let mut k = start;
    while words.len() < 3 {
        let Some(t) = tokens.get(k) else { break };
        if t.kind != Kind::Word {
            break;
        }
        let w = t.text(text);
        let lw = dossier_doc::Lower::of(w);
        if lexicon::stopword(&lw)
            || lexicon::number_word(&lw).is_some()
            || lexicon::month(&lw) && starts_upper(w)
        {
            break;
        }
        words.push(k);
        if is_plural(&lw) {
            return Some((join(text, tokens, start, k), k));
        }
        // "border-crossing points": hyphens inside the phrase.
        if tokens
            .get(k + 1)
            .is_some_and(|t| t.text(text) == "-" && !t.space_before)
            && tokens
                .get(k + 2)
                .is_some_and(|t| t.kind == Kind::Word && !t.space_before)
        {
            k += 2;
        } else {
            k += 1;
        }
    }
    // No plural: the number counts one thing ("1 soldier") or its first word.
    let first = *words.first()?;
    if starts_upper(tokens[first].text(text)) {
        return None;
    }
    Some((tokens[first].text(text).to_string(), first))
}

fn join(text: &str, tokens: &[Token], a: usize, b: usize) -> String {
    text.get(tokens[a].span.start..tokens[b].span.end)
        .unwrap_or("")
        .to_string()
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True for a plural noun: a word list, or an -s ending that is not -ss/-us/-is.
pub fn is_plural(w: &str) -> bool {
    if lexicon::plural(w) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ous")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;
    use dossier_doc::Span;

    fn noun(s: &str) -> Option<String> {
        let t = tokenize(s, Span::new(0, s.len()));
        after(s, &t, 0, false).map(|x| x.0)
    }

    #[test]
    fn counted_nouns() {
        assert_eq!(
            noun("45 armored vehicles, 30 trucks").as_deref(),
            Some("armored vehicles")
        );
        assert_eq!(
            noun("30 local officials were").as_deref(),
            Some("local officials")
        );
        assert_eq!(noun("40 shipments of rifles").as_deref(), Some("shipments"));
        assert_eq!(noun("3,000 men under arms").as_deref(), Some("men"));
        assert_eq!(noun("20-kilometre buffer").as_deref(), Some("kilometre"));
        assert_eq!(noun("5 were killed"), None);
        assert_eq!(noun("60 per cent").as_deref(), Some("percent"));
    }
}
