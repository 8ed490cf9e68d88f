//! Words and punctuation of one sentence, with what the layers say about them.

use dossier_doc::{Lower, Span};

use crate::lexicon::{Lexicon, NounEntry, VerbEntry, Word};

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
    /// What the lexicon says about `lower`, looked up once.
    pub lex: Option<&'static Word>,
    /// For punctuation, its one character; `'\0'` for a word.
    pub punct: char,
    /// True when the token can head a finite clause; set by the view once
    /// names and times are known.
    pub verb: bool,
}

impl Tok {
    /// Verb triggers whose first word is this token.
    pub fn verbs(&self) -> &'static [VerbEntry] {
        self.lex.map(|w| w.verbs.as_slice()).unwrap_or(&[])
    }

    /// Noun triggers whose first word is this token.
    pub fn nouns(&self) -> &'static [NounEntry] {
        self.lex.map(|w| w.nouns.as_slice()).unwrap_or(&[])
    }

    /// True for the punctuation mark `c`.
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.punct == c
    }
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.' | '/')
}

/// Cuts `text[span]` into words and punctuation marks (tests read a
/// sentence's tokens as one vector).
#[cfg(test)]
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

/// Cuts `text[span]` into words and punctuation marks, into `out`, which
/// is emptied first: a walk over many sentences reuses one vector rather
/// than allocating one per sentence.
///
/// A word is a run of letters and digits; `-`, `'`, `’`, `.` and `/` stay
/// inside a word when a letter or digit follows them ("al-Tahrir",
/// "Front's", "U.N", "6/12/2009"). Every other non-space character is a
/// token of its own. One pass, no backtracking.
pub(crate) fn tokenize_into(text: &str, span: Span, out: &mut Vec<Tok>) {
    out.clear();
    let Some(s) = text.get(span.start..span.end) else {
        return;
    };
    let lex = crate::lexicon::get();
    // Prose runs at about one token per five bytes; room for more saves
    // copying tokens when a sentence is dense with numbers and marks.
    out.reserve(s.len() / 3 + 4);
    let mut p = 0;
    while let Some(&b) = s.as_bytes().get(p) {
        // ASCII, most of any text, is classed from its byte.
        let (word, cap, n) = if b.is_ascii() {
            if char::from(b).is_whitespace() {
                p += 1;
                continue;
            }
            (b.is_ascii_alphanumeric(), b.is_ascii_uppercase(), 1)
        } else {
            let Some((c, n)) = char_at(s, p) else { break };
            if c.is_whitespace() {
                p += n;
                continue;
            }
            (c.is_alphanumeric(), c.is_uppercase(), n)
        };
        let q = if word { word_end(s, p + n) } else { p + n };
        let raw = s.get(p..q).unwrap_or("");
        out.push(new_tok(lex, raw, span.start + p, word, cap));
        p = q;
    }
    mark_asides_and_quotes(out);
}

/// True at the bytes of ASCII letters and digits: one load per byte in
/// [`word_end`]'s loop, which every letter of a sentence passes through.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Where the word whose letters reach byte `q` of `s` ends: ASCII letters
/// and digits are taken a byte at a time, anything else is decoded.
fn word_end(s: &str, mut q: usize) -> usize {
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(q) {
        if ALNUM[usize::from(b)] {
            q += 1;
            continue;
        }
        let Some((d, m)) = char_at(s, q) else { break };
        let next = d.is_alphanumeric()
            || (joins(d) && char_at(s, q + m).is_some_and(|(e, _)| e.is_alphanumeric()));
        if !next {
            break;
        }
        q += m;
    }
    q
}

/// The one character of `s`, or `'\0'` when it has more or none.
fn only_char(s: &str) -> char {
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => c,
        _ => '\0',
    }
}

/// The character at byte `p` of `s` and its length; ASCII without decoding.
#[inline]
fn char_at(s: &str, p: usize) -> Option<(char, usize)> {
    let &b = s.as_bytes().get(p)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = s.get(p..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The token `raw` starting at byte `start`, looked up in the lexicon once.
#[inline]
fn new_tok(lex: &'static Lexicon, raw: &str, start: usize, word: bool, cap: bool) -> Tok {
    let lower = Lower::of(raw);
    let entry = lex.word(&lower);
    let punct = if word { '\0' } else { only_char(&lower) };
    Tok {
        punct,
        verb: false,
        span: Span::new(start, start + raw.len()),
        classes: entry.map_or(0, |w| w.classes),
        finite: entry.is_some_and(|w| w.finite),
        lex: entry,
        lower,
        word,
        cap,
        aside: false,
        quoted: false,
        mention: None,
        time: None,
    }
}

/// Marks tokens inside parentheses and brackets (asides) and between
/// quotation marks, curly or straight, in one pass; then paired dashes.
fn mark_asides_and_quotes(toks: &mut [Tok]) {
    let mut depth = 0usize;
    let mut open = false;
    let mut dashes = false;
    for t in toks.iter_mut() {
        let p = t.punct;
        if matches!(p, '(' | '[') {
            depth += 1;
        }
        t.aside = depth > 0;
        if matches!(p, ')' | ']') && depth > 0 {
            depth -= 1;
        }
        match p {
            '\u{201c}' => open = true,
            '\u{201d}' => open = false,
            '"' => open = !open,
            _ => {}
        }
        t.quoted = open || matches!(p, '\u{201c}' | '\u{201d}' | '"');
        dashes |= matches!(p, '\u{2014}' | '-');
    }
    if dashes {
        mark_dashes(toks);
    }
}

/// Marks tokens between paired dashes as asides.
fn mark_dashes(toks: &mut [Tok]) {
    // Paired em dashes or double hyphens: "Reza Tabrizi — no relation — signed".
    let dashes: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.is_punct('\u{2014}')
                || (t.is_punct('-') && toks.get(i + 1).is_some_and(|n| n.is_punct('-')))
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
        if toks[a].is_punct('-') && k + 2 < dashes.len() && dashes[k + 2] == b + 1 {
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
