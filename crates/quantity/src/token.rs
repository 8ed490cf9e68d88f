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

/// The tokens' texts in lower case joined by `sep`, built in one `String`
/// (lexicon phrases are looked up this way, several times per figure).
pub(crate) fn lower_phrase(text: &str, tokens: &[Token], sep: &str) -> String {
    let mut out = String::new();
    for (k, t) in tokens.iter().enumerate() {
        if k > 0 {
            out.push_str(sep);
        }
        out.push_str(&dossier_doc::Lower::of(t.text(text)));
    }
    out
}

/// Cuts `text[range]` into tokens with absolute spans.
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    let Some(slice) = text.get(range.start..range.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut chars = slice.char_indices().peekable();
    let mut space = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            while let Some(&(j, d)) = chars.peek() {
                let separator = (d == ',' || d == '.') && next_is_digit(slice, j + 1);
                if !d.is_ascii_digit() && !separator {
                    break;
                }
                chars.next();
                end = j + 1;
            }
            Kind::Digits
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() || (is_apostrophe(d) && next_is_alpha(slice, j + d.len_utf8()))
                {
                    chars.next();
                    end = j + d.len_utf8();
                } else {
                    break;
                }
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
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn next_is_digit(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

fn next_is_alpha(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_alphabetic())
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
    fn records_spacing() {
        let s = "10 k";
        let t = tokenize(s, Span::new(0, s.len()));
        assert!(t[0].space_before && t[1].space_before);
        let s = "10k";
        let t = tokenize(s, Span::new(0, s.len()));
        assert!(!t[1].space_before);
    }
}
