//! Words and punctuation of one sentence, with what the layers say about them.

use dossier_doc::{Lower, Span};

/// A word or a punctuation mark.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Where it stands in the document.
    pub span: Span,
    /// Lower-case text, with a possessive `'s` kept ("front's").
    pub lower: Lower,
    /// True for words and numbers, false for punctuation.
    pub word: bool,
    /// True when the first character is upper case.
    pub cap: bool,
    /// True inside parentheses, brackets, a paired dash aside, or a citation.
    pub aside: bool,
    /// True inside quotation marks: the speaker's words, not the narrative.
    pub quoted: bool,
    /// Index into the sentence's mention list when a name covers the token.
    pub mention: Option<usize>,
    /// Index into the sentence's time list when a time expression covers the token.
    pub time: Option<usize>,
    /// The word classes of `lower` in the lexicon, looked up once.
    pub classes: u32,
    /// True when `lower` is a one-word trigger verb in a finite form
    /// (past or third person), looked up once.
    pub finite: bool,
}

impl Tok {
    /// True for the punctuation mark `c`.
    pub fn is_punct(&self, c: &str) -> bool {
        !self.word && self.lower == c
    }
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.' | '/')
}

/// Cuts `text[span]` into words and punctuation marks.
///
/// A word is a run of letters and digits; `-`, `'`, `’`, `.` and `/` stay
/// inside a word when a letter or digit follows them ("al-Tahrir",
/// "Front's", "U.N", "6/12/2009"). Every other non-space character is a
/// token of its own. One pass, no backtracking.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let Some(s) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = span.start + i;
        if !c.is_alphanumeric() {
            let end = start + c.len_utf8();
            out.push(new_tok(text, Span::new(start, end), false));
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = span.start + j + d.len_utf8();
                chars.next();
            } else if joins(d) {
                let after = s[j + d.len_utf8()..].chars().next();
                if after.is_some_and(char::is_alphanumeric) {
                    chars.next();
                    end = span.start + j + d.len_utf8();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        out.push(new_tok(text, Span::new(start, end), true));
    }
    mark_asides(&mut out);
    mark_quotes(&mut out);
    out
}

fn new_tok(text: &str, span: Span, word: bool) -> Tok {
    let raw = text.get(span.start..span.end).unwrap_or("");
    let lower = Lower::of(raw);
    let lex = crate::lexicon::get();
    Tok {
        span,
        classes: lex.classes(&lower),
        finite: lex.finite_verb(&lower),
        lower,
        word,
        cap: raw.chars().next().is_some_and(char::is_uppercase),
        aside: false,
        quoted: false,
        mention: None,
        time: None,
    }
}

/// Marks tokens inside parentheses, brackets, and paired dashes.
fn mark_asides(toks: &mut [Tok]) {
    let mut depth = 0usize;
    for t in toks.iter_mut() {
        if t.is_punct("(") || t.is_punct("[") {
            depth += 1;
        }
        t.aside = depth > 0;
        if (t.is_punct(")") || t.is_punct("]")) && depth > 0 {
            depth -= 1;
        }
    }
    // Paired em dashes or double hyphens: "Reza Tabrizi — no relation — signed".
    let dashes: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.is_punct("\u{2014}")
                || (t.is_punct("-") && toks.get(i + 1).is_some_and(|n| n.is_punct("-")))
        })
        .map(|(i, _)| i)
        .collect();
    let mut k = 0;
    while k + 1 < dashes.len() {
        let (a, mut b) = (dashes[k], dashes[k + 1]);
        if b == a + 1 {
            // "--" counts once: skip its second hyphen.
            k += 1;
            continue;
        }
        if toks[a].is_punct("-") && k + 2 < dashes.len() && dashes[k + 2] == b + 1 {
            b += 1;
        }
        for t in toks.iter_mut().take(b + 1).skip(a) {
            t.aside = true;
        }
        k += 2;
        while k < dashes.len() && dashes[k] <= b {
            k += 1;
        }
    }
}

/// Marks tokens between quotation marks (curly or straight).
fn mark_quotes(toks: &mut [Tok]) {
    let mut open = false;
    for t in toks.iter_mut() {
        let mark = t.is_punct("\u{201c}") || t.is_punct("\u{201d}") || t.is_punct("\"");
        if t.is_punct("\u{201c}") {
            open = true;
        } else if t.is_punct("\u{201d}") {
            open = false;
        } else if t.is_punct("\"") {
            open = !open;
        }
        t.quoted = open || mark;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.lower.to_string())
            .collect()
    }

    #[test]
    fn words_keep_inner_marks() {
        assert_eq!(
            words("The Front's al-Tahrir, 6/12/2009."),
            ["the", "front's", "al-tahrir", ",", "6/12/2009", "."]
        );
    }

    #[test]
    fn asides_and_quotes() {
        let text =
            "Reza Tabrizi \u{2014} no relation \u{2014} signed (p. 4) \u{201c}it\u{201d} now";
        let toks = tokenize(text, Span::new(0, text.len()));
        let aside: Vec<&str> = toks
            .iter()
            .filter(|t| t.aside && t.word)
            .map(|t| t.lower.as_str())
            .collect();
        assert_eq!(aside, ["no", "relation", "p", "4"]);
        let quoted: Vec<&str> = toks
            .iter()
            .filter(|t| t.quoted && t.word)
            .map(|t| t.lower.as_str())
            .collect();
        assert_eq!(quoted, ["it"]);
    }

    #[test]
    fn never_panics_on_odd_text() {
        let text = "é—\u{201d}'s ((( -- x";
        let _ = tokenize(text, Span::new(0, text.len()));
        let _ = tokenize(text, Span::new(1, 3));
    }
}
