//! A word tokenizer tuned for names.
//!
//! Names carry marks that general tokenizers split on: internal apostrophes
//! (`Sa'id`, `Qal'at`), hyphenated particles (`al-Tahrir`, `Hezb-e-Islami`),
//! initials with dots (`J. R. R.`, `U.K.`). The tokenizer keeps those inside
//! one word and splits off a possessive `'s` / `’s` as its own token, so that
//! `Bakri’s` is the name `Bakri` followed by a possessive.

use dossier_doc::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with internal apostrophes, hyphens and initial dots.
    Word,
    /// A possessive ending (`'s`, `’s`, or a bare `’` after a plural).
    Possessive,
    /// Any other non-space character.
    Punct(char),
}

/// Marks that may come before a sentence's first word: quotation marks,
/// brackets, dashes, bullets and a colon. A word after them is written as a
/// sentence's first word is (`· Details remain`, `"We will`).
const OPENERS: &[char] = &[
    '"', '\u{201c}', '\u{2018}', '\'', '(', '[', '-', '\u{2014}', '\u{2013}', '\u{2022}', '*', ':',
    '\u{00b7}', '\u{25e6}', '\u{25aa}', '\u{2023}',
];

/// True when the tokens from `start` up to `i` are all [`OPENERS`] (and
/// there is at least one): the word at `i` opens its sentence.
pub(crate) fn opens(toks: &[Token], start: usize, i: usize) -> bool {
    i > start
        && toks.get(start..i).is_some_and(|before| {
            before
                .iter()
                .all(|t| matches!(t.kind, Kind::Punct(c) if OPENERS.contains(&c)))
        })
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Where the token lies (bytes).
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// True when whitespace stands between this token and the previous one.
    pub space_before: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}' | '\u{02bf}' | '\u{02be}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2011}')
}

/// Tokenizes `text[span]`; every token span lies on char boundaries.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Token> {
    tokenize_with(text, span, &mut Vec::new())
}

/// The characters of a sentence, by index: the tokenizer looks a few
/// characters ahead and one behind. Plain ASCII text (most sentences) is
/// read from its bytes directly; other text through a decoded buffer.
trait Chars {
    /// How many characters.
    fn count(&self) -> usize;
    /// The character at `i`.
    fn at(&self, i: usize) -> Option<char>;
    /// The byte offset of character `i` (the text's length past the end).
    fn pos(&self, i: usize) -> usize;
    /// True when the character at `i` continues a word: a letter, a digit
    /// or a combining mark.
    fn word_char(&self, i: usize) -> bool {
        self.at(i)
            .is_some_and(|c| c.is_alphanumeric() || is_mark(c))
    }
    /// True when the character at `i` is whitespace.
    fn space(&self, i: usize) -> bool {
        self.at(i).is_some_and(char::is_whitespace)
    }
}

/// ASCII text: one byte, one character.
struct Ascii<'a>(&'a [u8]);

impl Chars for Ascii<'_> {
    fn count(&self) -> usize {
        self.0.len()
    }
    fn at(&self, i: usize) -> Option<char> {
        self.0.get(i).map(|&b| char::from(b))
    }
    fn pos(&self, i: usize) -> usize {
        i.min(self.0.len())
    }
    fn word_char(&self, i: usize) -> bool {
        self.0.get(i).is_some_and(u8::is_ascii_alphanumeric)
    }
    fn space(&self, i: usize) -> bool {
        // `char::is_whitespace` on ASCII: the vertical tab included.
        self.0
            .get(i)
            .is_some_and(|&b| b == b' ' || (b'\t'..=b'\r').contains(&b))
    }
}

/// Any text, decoded into `(byte offset, char)` pairs.
struct Decoded<'a> {
    chars: &'a [(usize, char)],
    len: usize,
}

impl Chars for Decoded<'_> {
    fn count(&self) -> usize {
        self.chars.len()
    }
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|&(_, c)| c)
    }
    fn pos(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.len, |&(p, _)| p)
    }
}

/// Tokenizes `text[span]`, reusing `chars` as the character buffer when the
/// sentence is not plain ASCII.
pub(crate) fn tokenize_with(text: &str, span: Span, chars: &mut Vec<(usize, char)>) -> Vec<Token> {
    let Some(s) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    if s.is_ascii() {
        return tokenize_chars(&Ascii(s.as_bytes()), s.len(), span.start);
    }
    chars.clear();
    chars.extend(s.char_indices());
    let decoded = Decoded {
        chars,
        len: s.len(),
    };
    tokenize_chars(&decoded, s.len(), span.start)
}

/// Tokenizes the characters `cs` of a sentence of `len` bytes starting at
/// byte `offset` of the text.
fn tokenize_chars<C: Chars>(cs: &C, len: usize, offset: usize) -> Vec<Token> {
    let n = cs.count();
    // Sized for prose's token density, so most sentences never regrow.
    let mut out = Vec::with_capacity(len / 4 + 4);
    let mut i = 0;
    let mut space = true;
    while i < n {
        if cs.space(i) {
            space = true;
            i += 1;
            continue;
        }
        let Some(c) = cs.at(i) else { break };
        let start = i;
        let kind = if c.is_alphanumeric() {
            i = word_end(cs, i);
            Kind::Word
        } else if is_apostrophe(c) && possessive_follows(&out, cs, i) {
            i += if matches!(cs.at(i + 1), Some('s' | 'S')) {
                2
            } else {
                1
            };
            Kind::Possessive
        } else {
            i += 1;
            Kind::Punct(c)
        };
        out.push(Token {
            span: Span::new(cs.pos(start) + offset, cs.pos(i) + offset),
            kind,
            space_before: space,
        });
        space = false;
    }
    out
}

/// A possessive apostrophe directly follows a word and is followed by `s`
/// and a non-letter, or (after a word ending in `s`) by a non-letter.
fn possessive_follows<C: Chars>(out: &[Token], cs: &C, i: usize) -> bool {
    let after_word = out.last().is_some_and(|t| {
        t.kind == Kind::Word
            && i.checked_sub(1)
                .and_then(|k| cs.at(k))
                .is_some_and(char::is_alphanumeric)
    });
    if !after_word {
        return false;
    }
    let prev_s = || i.checked_sub(1).and_then(|k| cs.at(k)) == Some('s');
    match cs.at(i + 1) {
        Some('s' | 'S') => cs.at(i + 2).is_none_or(|c| !c.is_alphanumeric()),
        None => prev_s(),
        Some(c) => !c.is_alphanumeric() && prev_s(),
    }
}

/// The end of the word starting at `i`.
fn word_end<C: Chars>(cs: &C, mut i: usize) -> usize {
    let start = i;
    let at = |k: usize| cs.at(k);
    loop {
        while cs.word_char(i) {
            i += 1;
        }
        match at(i) {
            // Sa'id, Qal'at, Mu'tazz — but not the possessive 's.
            Some(c) if is_apostrophe(c) => {
                let n = at(i + 1);
                let n2 = at(i + 2);
                let possessive =
                    matches!(n, Some('s' | 'S')) && n2.is_none_or(|c| !c.is_alphanumeric());
                if n.is_some_and(char::is_alphanumeric) && !possessive {
                    i += 1;
                    continue;
                }
                return i;
            }
            Some(c) if is_hyphen(c) && at(i + 1).is_some_and(char::is_alphanumeric) => {
                i += 1;
                continue;
            }
            // Initials and dotted acronyms: `J.`, `U.K.`, `D.C.`
            Some('.') if i - start == 1 && at(start).is_some_and(char::is_uppercase) => {
                i += 1;
                if at(i).is_some_and(char::is_uppercase) && at(i + 1) == Some('.') {
                    let mut k = i;
                    while at(k).is_some_and(char::is_uppercase) && at(k + 1) == Some('.') {
                        k += 2;
                    }
                    return k;
                }
                return i;
            }
            // Abbreviated titles keep their dot: `Gen.`, `Lt.`, `Mr.`
            Some('.') if ABBREVIATIONS.iter().any(|a| same_word(cs, start, i, a)) => {
                return i + 1;
            }
            _ => return i,
        }
    }
}

/// Abbreviations that stand before names and keep their dot.
const ABBREVIATIONS: &[&str] = &[
    "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Rev", "Dr",
    "Mr", "Mrs", "Ms", "Messrs", "Prof", "Sen", "Rep", "Gov", "Amb", "Fr", "St", "Mt", "Jr", "Sr",
];

fn same_word<C: Chars>(cs: &C, start: usize, end: usize, w: &str) -> bool {
    end - start == w.len() && (start..end).map(|k| cs.at(k)).eq(w.chars().map(Some))
}

/// Combining marks stay inside words (decomposed diacritics).
fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| s[t.span.start..t.span.end].to_string())
            .collect()
    }

    #[test]
    fn keeps_name_marks_inside_words() {
        assert_eq!(words("Sa'id al-Qasimi"), ["Sa'id", "al-Qasimi"]);
        assert_eq!(words("J. R. R. Tolkien"), ["J.", "R.", "R.", "Tolkien"]);
        assert_eq!(words("the U.K. said"), ["the", "U.K.", "said"]);
        assert_eq!(words("Gen. Nouri."), ["Gen.", "Nouri", "."]);
    }

    #[test]
    fn the_ascii_reader_agrees_with_the_decoded_one() {
        let text = concat!(
            "Gen. Nouri's men\x0bmet J. R. R. Tolkien, the U.K. and al-Qasimi\t(Sa'id)--",
            " Brothers' house; Mr. X's 3-4 'quoted' e.g. D.C. Lt.Col. x' s's \x0c\r\n end"
        );
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let decoded = Decoded {
            chars: &chars,
            len: text.len(),
        };
        let a = tokenize_chars(&Ascii(text.as_bytes()), text.len(), 7);
        let d = tokenize_chars(&decoded, text.len(), 7);
        let key = |ts: &[Token]| -> Vec<(Span, Kind, bool)> {
            ts.iter()
                .map(|t| (t.span, t.kind, t.space_before))
                .collect()
        };
        assert_eq!(key(&a), key(&d));
        assert!(a.len() > 40);
    }

    #[test]
    fn splits_possessives() {
        assert_eq!(words("Bakri\u{2019}s men"), ["Bakri", "\u{2019}s", "men"]);
        assert_eq!(words("Hadidi's."), ["Hadidi", "'s", "."]);
        assert_eq!(
            words("the Brothers' house"),
            ["the", "Brothers", "'", "house"]
        );
    }
}
