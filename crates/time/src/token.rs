//! A small tokenizer for time expressions: words, numbers, ordinals and
//! punctuation, each with its byte span and whether whitespace precedes it.
//!
//! Numbers written with thousands separators or decimals (`12,500`, `2.5`)
//! stay one token so that they can never be read as years, and `3rd` or
//! `21st` become ordinals. Everything is one forward pass over the text,
//! and nothing is allocated per token: tokens borrow their lower-cased text
//! from one copy of the sentence.

use dossier_doc::Span;

use crate::lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (with inner apostrophes or dots kept apart as punctuation).
    Word,
    /// Plain digits: the value and how many digits were written.
    Num { value: u32, digits: u8 },
    /// A number with separators or decimals: never a date part.
    BigNum,
    /// `3rd`, `21st`: the value.
    Ordinal(u32),
    /// Any other single character.
    Punct(char),
}

/// One token.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    /// Byte span in the document text.
    pub span: Span,
    /// Lower-cased text.
    pub lower: &'a str,
    /// What it is.
    pub kind: Kind,
    /// True when whitespace (or the start of the text) comes right before it.
    pub space_before: bool,
    /// True when the first character is upper case.
    pub capital: bool,
    /// The word's roles (`lexicon::ANCHOR` …); digits are anchors and
    /// starters, an apostrophe ("'60s") a starter.
    pub roles: u16,
}

impl Tok<'_> {
    /// The number's value, for plain digits.
    pub fn num(&self) -> Option<(u32, u8)> {
        match self.kind {
            Kind::Num { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    /// True for the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// True for a word equal (lower-cased) to `w`.
    pub fn word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }

    /// True for a token every time expression needs one of (see
    /// `lexicon::ANCHOR`).
    pub fn anchor(&self) -> bool {
        self.roles & lexicon::ANCHOR != 0
    }

    /// True for a word that is a key of the lexicon `bit` names
    /// (`lexicon::MONTH` …): false rules out a lookup without hashing.
    pub fn keyed(&self, bit: u16) -> bool {
        self.kind == Kind::Word && self.roles & bit != 0
    }

    /// False only for a word that is surely no key of the lexicon `bit`
    /// names; other tokens are left to the lookup.
    pub fn maybe(&self, bit: u16) -> bool {
        self.kind != Kind::Word || self.roles & bit != 0
    }

    /// True for a token an expression may start with.
    pub fn starter(&self) -> bool {
        self.roles & lexicon::STARTER != 0
    }

    /// True for a dash of any kind.
    pub fn is_dash(&self) -> bool {
        matches!(
            self.kind,
            Kind::Punct('-' | '\u{2013}' | '\u{2014}' | '\u{2012}')
        )
    }
}

/// Tokenizes `text[span]`, spans relative to the whole text; `buf`
/// receives the span's text with ASCII letters lower-cased, which the
/// tokens' `lower` borrow from (every lexicon word is ASCII).
pub(crate) fn tokenize<'a>(text: &'a str, span: Span, buf: &'a mut String) -> Vec<Tok<'a>> {
    buf.clear();
    let Some(slice) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    buf.push_str(slice);
    buf.make_ascii_lowercase();
    let lowered: &'a str = buf;
    let mut out: Vec<Tok<'a>> = Vec::with_capacity(slice.len() / 5 + 1);
    let lex = lexicon::get();
    let bytes = slice.as_bytes();
    let mut at = 0;
    let mut space = true;
    while let Some(&b) = bytes.get(at) {
        let start = at;
        // ASCII, most of any text, is told apart without decoding.
        let (kind, end, capital) = if b.is_ascii_alphabetic() {
            (Kind::Word, word_end(slice, at + 1), b.is_ascii_uppercase())
        } else if b.is_ascii_digit() {
            let (kind, end) = number(slice, at);
            (kind, end, false)
        } else if b < 0x80 {
            if char::from(b).is_whitespace() {
                space = true;
                at += 1;
                continue;
            }
            (Kind::Punct(normalize_punct(char::from(b))), at + 1, false)
        } else {
            let (c, width) = char_at(slice, at);
            if c.is_whitespace() {
                space = true;
                at += width;
                continue;
            }
            let end = if c.is_alphabetic() {
                word_end(slice, at + width)
            } else {
                at + width
            };
            let kind = if c.is_alphabetic() {
                Kind::Word
            } else {
                Kind::Punct(normalize_punct(c))
            };
            (kind, end, c.is_uppercase())
        };
        at = end;
        let lower = lowered.get(start..end).unwrap_or("");
        let roles = match kind {
            Kind::Word => lex.roles.get(lower).copied().unwrap_or(0),
            Kind::Punct('\'') => lexicon::STARTER,
            Kind::Punct(_) => 0,
            _ => lexicon::ANCHOR | lexicon::STARTER,
        };
        out.push(Tok {
            span: Span::new(span.start + start, span.start + end),
            lower,
            kind,
            space_before: space,
            capital,
            roles,
        });
        space = false;
    }
    out
}

/// The number starting at byte `start` of `slice`: its kind and end.
fn number(slice: &str, start: usize) -> (Kind, usize) {
    let bytes = slice.as_bytes();
    let mut end = start + 1;
    let mut grouped = false;
    let after_dot = start > 0 && bytes[start - 1] == b'.';
    while let Some(&d) = bytes.get(end) {
        if d.is_ascii_digit() {
            end += 1;
        } else if (d == b',' || (d == b'.' && !after_dot))
            && digit_group_follows(slice, end + 1, char::from(d))
        {
            grouped = true;
            end += 1;
        } else {
            break;
        }
    }
    let digits = &slice[start..end];
    if grouped {
        (Kind::BigNum, end)
    } else if let Some(n) = ordinal_suffix(slice, end) {
        (Kind::Ordinal(digits.parse().unwrap_or(0)), end + n)
    } else {
        match digits.parse::<u32>() {
            Ok(value) if digits.len() <= 8 => (
                Kind::Num {
                    value,
                    digits: digits.len() as u8,
                },
                end,
            ),
            _ => (Kind::BigNum, end),
        }
    }
}

/// [`CLASS`] of an ASCII letter.
const LETTER: u8 = 1;
/// [`CLASS`] of an ASCII digit.
const DIGIT: u8 = 2;

/// Each byte's class for [`has_anchor`]'s scan: one load where two range
/// tests were, on every byte of every sentence.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// True when `text[span]` may hold a time expression: it has a digit or an
/// anchor word (see `lexicon::ANCHOR`). A quick pass before tokenizing
/// that allocates nothing: most sentences of most texts have neither.
pub(crate) fn has_anchor(text: &str, span: Span) -> bool {
    let Some(s) = text.get(span.start..span.end) else {
        return false;
    };
    let lex = lexicon::get();
    let bytes = s.as_bytes();
    let mut word = [0u8; 16];
    let mut at = 0;
    while at < bytes.len() {
        match CLASS[usize::from(bytes[at])] {
            LETTER => {}
            DIGIT => return true,
            _ => {
                at += 1;
                continue;
            }
        }
        let start = at;
        at += 1;
        while at < bytes.len() && CLASS[usize::from(bytes[at])] == LETTER {
            at += 1;
        }
        let run = &bytes[start..at];
        if run.len() <= word.len() && lex.anchor_shapes.may_hold(run) {
            let w = &mut word[..run.len()];
            w.copy_from_slice(run);
            w.make_ascii_lowercase();
            let anchor = std::str::from_utf8(w)
                .ok()
                .and_then(|w| lex.roles.get(w))
                .is_some_and(|r| r & lexicon::ANCHOR != 0);
            if anchor {
                return true;
            }
        }
    }
    false
}

/// The character at byte `at` of `s` and its width; ASCII without decoding.
fn char_at(s: &str, at: usize) -> (char, usize) {
    match s.as_bytes().get(at) {
        Some(&b) if b < 0x80 => (char::from(b), 1),
        _ => s
            .get(at..)
            .and_then(|r| r.chars().next())
            .map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

/// The end of the run of letters continuing at byte `at`.
#[inline]
fn word_end(s: &str, mut at: usize) -> usize {
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_alphabetic() {
            at += 1;
        } else if b < 0x80 {
            break;
        } else {
            let (c, w) = char_at(s, at);
            if !c.is_alphabetic() {
                break;
            }
            at += w;
        }
    }
    at
}

/// True when `sep` at `at - 1` joins digits as a thousands separator
/// (exactly three digits follow) or a decimal point (digits follow a dot
/// that is not itself followed by a date-like pattern).
fn digit_group_follows(s: &str, at: usize, sep: char) -> bool {
    let rest = s.as_bytes().get(at..).unwrap_or(&[]);
    let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    match sep {
        ',' => n == 3,
        // `10.31.1974` is a date, `2.5` a decimal: a dot is a decimal point
        // only when no second dot follows the digits.
        _ => n > 0 && rest.get(n) != Some(&b'.'),
    }
}

/// Length of an ordinal suffix (`st`, `nd`, `rd`, `th`) at `at`, when one
/// ends a word there.
fn ordinal_suffix(s: &str, at: usize) -> Option<usize> {
    let rest = s.get(at..)?;
    let two = rest.get(..2)?;
    let suffix = ["st", "nd", "rd", "th"]
        .iter()
        .any(|x| two.eq_ignore_ascii_case(x));
    let end_ok = !rest[2..].chars().next().is_some_and(char::is_alphanumeric);
    (suffix && end_ok).then_some(2)
}

/// Folds typographic variants so that patterns test one character.
fn normalize_punct(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '`' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<Kind> {
        let mut buf = String::new();
        tokenize(s, Span::new(0, s.len()), &mut buf)
            .into_iter()
            .map(|t| t.kind)
            .collect()
    }

    #[test]
    fn numbers_with_separators_are_not_years() {
        assert_eq!(kinds("12,500")[0], Kind::BigNum);
        assert_eq!(kinds("2.5")[0], Kind::BigNum);
        assert_eq!(
            kinds("1979")[0],
            Kind::Num {
                value: 1979,
                digits: 4
            }
        );
        assert_eq!(kinds("10.31.1974").len(), 5);
    }

    #[test]
    fn anchors_are_seen_before_tokenizing() {
        let has = |s: &str| has_anchor(s, Span::new(0, s.len()));
        assert!(has("It began in 1958."));
        assert!(has("It began in March."));
        assert!(has("It ended last WEEK."));
        assert!(!has("Nothing here at all."));
    }

    #[test]
    fn ordinals() {
        assert_eq!(kinds("3rd of")[0], Kind::Ordinal(3));
        assert_eq!(kinds("4th,")[0], Kind::Ordinal(4));
        assert_eq!(
            kinds("1990s")[0],
            Kind::Num {
                value: 1990,
                digits: 4
            }
        );
    }
}
