//! A small tokenizer for the stretch of text around numbers.
//!
//! Numbers need a finer cut than words: "US$2.4bn" is four tokens
//! (`US`, `$`, `2.4`, `bn`), "twenty-one" three (`twenty`, `-`, `one`), and
//! "12,500" one. Every token records whether whitespace precedes it, because
//! "10k" and "10 k", or "2000-2500" and "2000 - 2500", read differently.

use dossier_doc::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (with inner apostrophes), e.g. `million`, `don't`.
    Word,
    /// ASCII digits with inner `,` or `.` separators, e.g. `12,500`, `2.4`.
    Digits,
    /// Any other single character: punctuation, symbols, superscripts.
    Punct,
}

/// One token: its kind, its byte span in the document, and its spacing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Word, digits or punctuation.
    pub kind: Kind,
    /// Byte span in the document text.
    pub span: Span,
    /// True when whitespace (or the start of the text) precedes the token.
    pub space_before: bool,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.start..self.span.end).unwrap_or("")
    }
}

/// How many bytes a [`Phrase`] holds: more than any lexicon phrase (the
/// longest is under 32), so a phrase that does not fit matches nothing.
const PHRASE_CAP: usize = 64;

/// A lower-case phrase built on the stack: lexicon phrases are looked up
/// several times per figure, and a `String` for each cost more than the
/// lookup. A phrase longer than [`PHRASE_CAP`] reads as `""`, which no
/// lexicon holds and no rule compares with.
pub(crate) struct Phrase {
    buf: [u8; PHRASE_CAP],
    len: usize,
    fits: bool,
}

impl Phrase {
    fn new() -> Phrase {
        Phrase {
            buf: [0; PHRASE_CAP],
            len: 0,
            fits: true,
        }
    }

    /// Appends `s`, lowering ASCII letters when `lower` is set.
    fn push(&mut self, s: &str, lower: bool) {
        let end = self.len + s.len();
        if !self.fits || end > PHRASE_CAP {
            self.fits = false;
            return;
        }
        let dst = &mut self.buf[self.len..end];
        dst.copy_from_slice(s.as_bytes());
        if lower {
            dst.make_ascii_lowercase();
        }
        self.len = end;
    }

    /// The phrase, or `""` when it did not fit.
    pub fn as_str(&self) -> &str {
        if !self.fits {
            return "";
        }
        // Only whole `str`s are copied in (ASCII-lowered in place, which
        // keeps them valid), so this never fails.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl std::ops::Deref for Phrase {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// The tokens' texts in lower case joined by `sep`, as
/// [`dossier_doc::Lower`] lowers each, built without a heap allocation.
pub(crate) fn lower_phrase(text: &str, tokens: &[Token], sep: &str) -> Phrase {
    let mut out = Phrase::new();
    for (k, t) in tokens.iter().enumerate() {
        if !out.fits {
            break;
        }
        if k > 0 {
            out.push(sep, false);
        }
        let s = t.text(text);
        if s.is_ascii() {
            out.push(s, true);
        } else {
            out.push(&dossier_doc::Lower::of(s), false);
        }
    }
    out
}

/// Cuts `text[range]` into tokens with absolute spans.
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    let Some(slice) = text.get(range.start..range.end) else {
        return Vec::new();
    };
    let bytes = slice.as_bytes();
    let mut out = Vec::with_capacity(slice.len() / 4 + 1);
    let mut at = 0;
    let mut space = true;
    while let Some((c, width)) = char_at(slice, at) {
        if c.is_whitespace() {
            space = true;
            at += width;
            continue;
        }
        let start = at;
        let mut end = at + width;
        let kind = if c.is_ascii_digit() {
            // Digits, with a `,` or `.` inside when a digit follows it.
            while let Some(&d) = bytes.get(end) {
                let separator =
                    (d == b',' || d == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if !d.is_ascii_digit() && !separator {
                    break;
                }
                end += 1;
            }
            Kind::Digits
        } else if c.is_alphabetic() {
            // Letters, with an apostrophe inside when a letter follows it.
            while let Some((d, w)) = char_at(slice, end) {
                let inner = is_apostrophe(d)
                    && char_at(slice, end + w).is_some_and(|(n, _)| n.is_alphabetic());
                if !d.is_alphabetic() && !inner {
                    break;
                }
                end += w;
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        out.push(Token {
            kind,
            span: Span::new(range.start + start, range.start + end),
            space_before: space,
        });
        space = false;
        at = end;
    }
    out
}

/// The character at byte `at` of `s` and its width, ASCII without decoding.
fn char_at(s: &str, at: usize) -> Option<(char, usize)> {
    match *s.as_bytes().get(at)? {
        b if b < 0x80 => Some((char::from(b), 1)),
        _ => s
            .get(at..)
            .and_then(|r| r.chars().next())
            .map(|c| (c, c.len_utf8())),
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| t.text(s))
            .collect()
    }

    #[test]
    fn cuts_money_and_words() {
        assert_eq!(texts("US$2.4bn."), ["US", "$", "2.4", "bn", "."]);
        assert_eq!(texts("twenty-one 12,500"), ["twenty", "-", "one", "12,500"]);
        assert_eq!(texts("don't 5."), ["don't", "5", "."]);
    }

    #[test]
    fn phrases_lower_join_and_overflow() {
        let s = "US $ Zürich ÉCOLE";
        let t = tokenize(s, Span::new(0, s.len()));
        assert_eq!(&*lower_phrase(s, &t[..2], ""), "us$");
        assert_eq!(&*lower_phrase(s, &t[2..], " "), "zürich école");
        let long = "word ".repeat(20);
        let t = tokenize(&long, Span::new(0, long.len()));
        assert_eq!(&*lower_phrase(&long, &t, " "), "");
    }

    #[test]
    fn cuts_as_characters_say() {
        assert_eq!(
            texts("l'été 3.5,6 x\u{2019}y"),
            ["l'été", "3.5,6", "x\u{2019}y"]
        );
        assert_eq!(texts("a\u{a0}b ,5"), ["a", "b", ",", "5"]);
    }

    #[test]
    fn records_spacing() {
        let s = "10 k";
        let t = tokenize(s, Span::new(0, s.len()));
        assert!(t[0].space_before && t[1].space_before);
        let s = "10k";
        let t = tokenize(s, Span::new(0, s.len()));
        assert!(!t[1].space_before);
    }
}
