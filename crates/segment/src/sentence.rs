//! Sentence boundaries inside one block.
//!
//! A boundary is a stop (`.`, `!`, `?`, `…`) followed, after any closing
//! quotes or brackets, by white space and then by something that can open a
//! sentence (an upper-case letter, a digit, an opening quote or bracket). A
//! period is no stop after a known abbreviation (`Gen.`, `No.`, `pp.`), after
//! an initial (`J.`), or after a dotted acronym (`U.K.`) unless the next word
//! is a common sentence opener ("The", "He", "In" …). One pass, no look-back
//! beyond the word before the stop.

use dossier_doc::Span;

use crate::lexicon;

/// Words that open sentences often and names rarely: after a dotted acronym
/// they tip the balance towards a boundary.
const OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This",
    "That", "There", "His", "Her", "Its", "Their", "After", "When", "As", "For", "By",
];

/// The sentences of the block at `block`, as trimmed spans.
pub fn split(text: &str, block: Span) -> Vec<Span> {
    let Some(body) = text.get(block.start..block.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some((i, c)) = next_stop(body, from) {
        // Absorb further stops and closers: `?!`, `...`, `."`, `.)`.
        let mut end = i + c.len_utf8();
        while let Some(d) = body[end..].chars().next().filter(|&d| is_closer(d)) {
            end += d.len_utf8();
        }
        if is_boundary(body, i, c, end) {
            push_trimmed(&mut out, body, block.start, start, end);
            start = end;
        }
        from = end;
    }
    push_trimmed(&mut out, body, block.start, start, body.len());
    out
}

/// The next stop (`.`, `!`, `?`, `…`) at or after `from`, found byte-wise:
/// every sentence stops somewhere, but most characters are not stops.
fn next_stop(body: &str, from: usize) -> Option<(usize, char)> {
    let bytes = body.as_bytes();
    let mut at = from;
    loop {
        // `…` is the only stop outside ASCII, and 0xE2 only ever leads a character.
        at += bytes
            .get(at..)?
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))?;
        let c = body[at..].chars().next()?;
        if matches!(c, '.' | '!' | '?' | '…') {
            return Some((at, c));
        }
        at += c.len_utf8();
    }
}

/// A character absorbed after a stop: more stops, closing quotes and brackets.
fn is_closer(d: char) -> bool {
    matches!(
        d,
        '.' | '!' | '?' | '…' | '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']'
    )
}

/// Whether the stop `c` at `at`, with closers up to `end`, ends a sentence.
fn is_boundary(body: &str, at: usize, c: char, end: usize) -> bool {
    let rest = &body[end..];
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let next = rest.trim_start();
    let Some(first) = next.chars().next() else {
        return false;
    };
    let opens = first.is_uppercase()
        || first.is_numeric()
        || matches!(
            first,
            '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '[' | '•' | '–' | '—'
        );
    if !opens {
        return false;
    }
    if c != '.' || end > at + 1 && body[at + 1..end].contains('.') {
        return true; // `!`, `?`, `…`, or an ellipsis written as dots
    }
    !period_is_abbreviation(&body[..at], next)
}

/// True when the period after `before` closes an abbreviation or an initial
/// rather than a sentence, given the text `next` that follows.
fn period_is_abbreviation(before: &str, next: &str) -> bool {
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}' | '[' | '/'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let next_word: &str = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let opener = OPENERS.contains(&next_word);
    if word.contains('.') {
        // A dotted acronym: U.S., U.K., a.m.
        return !opener || lexicon::abbreviations().contains(lower.as_str()) && !is_country(&lower);
    }
    if lexicon::abbreviations().contains(lower.as_str()) {
        // Month and reference abbreviations end sentences only before an opener.
        return !opener || is_title(&lower);
    }
    let mut letters = word.chars();
    matches!((letters.next(), letters.next()), (Some(l), None) if l.is_uppercase())
    // an initial: J. R. R. Tolkien
}

/// Abbreviations that are also country or organization names and often end a sentence.
fn is_country(lower: &str) -> bool {
    matches!(
        lower,
        "u.s" | "u.k" | "u.n" | "u.s.a" | "u.s.s.r" | "e.u" | "d.c"
    )
}

/// Titles never end a sentence: a name always follows.
fn is_title(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "gen"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "sgt"
            | "adm"
            | "brig"
            | "rev"
            | "sen"
            | "rep"
            | "gov"
            | "pres"
            | "amb"
            | "hon"
            | "st"
            | "no"
            | "nos"
            | "vol"
            | "vols"
            | "p"
            | "pp"
    )
}

fn push_trimmed(out: &mut Vec<Span>, body: &str, base: usize, start: usize, end: usize) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_hold() {
        let s = sents("Gen. Karim Nouri met Dr. Sa'id in Sept. 1987. J. R. R. Tolkien wrote it. See No. 7, vol. 2, p. 45 and pp. 3–5.");
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[1].starts_with("J. R. R. Tolkien"));
    }

    #[test]
    fn acronyms_split_only_before_openers() {
        assert_eq!(sents("He flew to the U.K. The talks began.").len(), 2);
        assert_eq!(sents("The U.K. Foreign Office said so.").len(), 1);
        assert_eq!(sents("It was 9 a.m. on Monday.").len(), 1);
    }

    #[test]
    fn decimals_and_lower_case_continuations() {
        assert_eq!(
            sents("Growth was 2.4 percent. Prices rose e.g. in Baydar.").len(),
            2
        );
        assert_eq!(sents("\"Go home!\" he shouted. Then he left.").len(), 2);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let s = sents("\"We left. It was never ours.\" He paused. Nothing followed -- nothing at all… And then?");
        assert_eq!(s[0], "\"We left.");
        assert_eq!(s[1], "It was never ours.\"");
        assert_eq!(s[2], "He paused.");
        assert_eq!(s[3], "Nothing followed -- nothing at all…");
    }

    #[test]
    fn no_final_punctuation() {
        assert_eq!(
            sents("Attacks attributed to the Front"),
            vec!["Attacks attributed to the Front"]
        );
    }

    #[test]
    fn multibyte_text_is_safe() {
        let s = sents("Él dijo «sí». Ünal agreed… ¿Qué? Done.");
        assert!(!s.is_empty());
    }
}
