//! Tokens of a clause: words, numbers, punctuation, and whole quotations.
//!
//! Attribution patterns are read over these tokens rather than over raw text,
//! so that a quotation counts as one unit ("QUOTE, said X") and its words never
//! pass for a speaker or a cue.

use std::borrow::Cow;

use dossier_doc::Span;

use crate::marks::Marked;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner hyphens and apostrophes (`el-Mansouri`, `Qal'at`).
    Word,
    /// Digits, with inner separators (`1,200`, `2.4`).
    Num,
    /// One punctuation character.
    Punct(char),
    /// A whole quotation; the index points into the block's quotations.
    Quote(usize),
}

/// A token and where it lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Its extent in the document text.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
}

/// Tokens of `text[range]`, with each quotation in `quotes` (which lie inside
/// the range, in order) standing as one token.
pub(crate) fn tokenize(text: &str, range: Span, quotes: &[(usize, Marked)]) -> Vec<Token> {
    // About one token per five bytes of prose, punctuation included: one
    // allocation, rarely grown.
    let mut out = Vec::with_capacity(range.end.saturating_sub(range.start) / 4 + 4);
    let mut pos = range.start;
    for &(qi, q) in quotes {
        if q.outer.start < pos || q.outer.end > range.end {
            continue;
        }
        plain(text, Span::new(pos, q.outer.start), &mut out, usize::MAX);
        out.push(Token {
            span: q.outer,
            kind: Kind::Quote(qi),
        });
        pos = q.outer.end;
    }
    plain(text, Span::new(pos, range.end), &mut out, usize::MAX);
    out
}

/// The tokens of one block, quotations not singled out, read once so that
/// the sentences and clauses inside the block take their tokens from here
/// instead of reading their text again.
#[derive(Debug, Default)]
pub(crate) struct BlockTokens {
    /// The block's extent.
    span: Span,
    /// Its tokens, in text order.
    toks: Vec<Token>,
}

impl BlockTokens {
    /// No block: every range is read afresh.
    pub const EMPTY: BlockTokens = BlockTokens {
        span: Span::new(0, 0),
        toks: Vec::new(),
    };

    /// Tokenizes the block at `span`.
    pub fn new(text: &str, span: Span) -> BlockTokens {
        BlockTokens {
            span,
            toks: tokenize(text, span, &[]),
        }
    }

    /// Every token of the block.
    pub fn all(&self) -> &[Token] {
        &self.toks
    }

    /// Appends exactly what [`plain`] would for `range`. Tokenizing never
    /// looks behind its start, and a token that ends inside `range` was
    /// decided by characters inside it, so the block's tokens serve as they
    /// are; only a token cut by the range's end is read again, and a range
    /// starting inside a token or outside the block is read afresh.
    fn plain_into(&self, text: &str, range: Span, out: &mut Vec<Token>) {
        if text.get(range.start..range.end).is_none() {
            return;
        }
        if !self.span.contains(range) {
            plain(text, range, out, usize::MAX);
            return;
        }
        let first = self.toks.partition_point(|t| t.span.end <= range.start);
        let rest = &self.toks[first..];
        if rest.first().is_some_and(|t| t.span.start < range.start) {
            plain(text, range, out, usize::MAX);
            return;
        }
        let whole = rest.partition_point(|t| t.span.end <= range.end);
        out.extend_from_slice(&rest[..whole]);
        if let Some(t) = rest.get(whole).filter(|t| t.span.start < range.end) {
            plain(text, Span::new(t.span.start, range.end), out, usize::MAX);
        }
    }

    /// [`tokenize`] of `range` without quotations, borrowed from the
    /// block's tokens when the range starts and ends between tokens (the
    /// common case: a sentence, a clause), else read as [`Self::plain_into`] does.
    pub fn plain(&self, text: &str, range: Span) -> Cow<'_, [Token]> {
        if text.get(range.start..range.end).is_none() {
            return Cow::Borrowed(&[]);
        }
        if self.span.contains(range) {
            let first = self.toks.partition_point(|t| t.span.end <= range.start);
            let rest = &self.toks[first..];
            let whole = rest.partition_point(|t| t.span.end <= range.end);
            let clean_start = rest.first().is_none_or(|t| t.span.start >= range.start);
            let clean_end = rest.get(whole).is_none_or(|t| t.span.start >= range.end);
            if clean_start && clean_end {
                return Cow::Borrowed(&rest[..whole]);
            }
        }
        let mut out = Vec::with_capacity(range.end.saturating_sub(range.start) / 4 + 4);
        self.plain_into(text, range, &mut out);
        Cow::Owned(out)
    }

    /// [`tokenize`] of `range`, which lies in this block, from the block's tokens.
    pub fn tokenize(
        &self,
        text: &str,
        range: Span,
        quotes: &[(usize, Marked)],
    ) -> Cow<'_, [Token]> {
        if quotes.is_empty() {
            return self.plain(text, range);
        }
        let mut out = Vec::with_capacity(range.end.saturating_sub(range.start) / 4 + 4);
        let mut pos = range.start;
        for &(qi, q) in quotes {
            if q.outer.start < pos || q.outer.end > range.end {
                continue;
            }
            self.plain_into(text, Span::new(pos, q.outer.start), &mut out);
            out.push(Token {
                span: q.outer,
                kind: Kind::Quote(qi),
            });
            pos = q.outer.end;
        }
        self.plain_into(text, Span::new(pos, range.end), &mut out);
        Cow::Owned(out)
    }

    /// [`fewer_than`] of `range`, which lies in this block.
    pub fn fewer_than(&self, text: &str, range: Span, n: usize) -> bool {
        self.plain(text, range).len() < n
    }
}

/// The tokens of every block of `doc`; none for furniture, which is never read.
pub(crate) fn per_block(doc: &dossier_doc::Document) -> Vec<BlockTokens> {
    doc.blocks
        .iter()
        .map(|b| {
            if b.kind.is_furniture() {
                BlockTokens::default()
            } else {
                BlockTokens::new(&doc.text, b.span)
            }
        })
        .collect()
}

/// True when `text[range]` (no quotations in it) holds fewer than `n`
/// tokens; stops reading at the `n`th.
pub(crate) fn fewer_than(text: &str, range: Span, n: usize) -> bool {
    let mut out = Vec::with_capacity(n);
    plain(text, range, &mut out, n);
    out.len() < n
}

/// Tokens of a stretch without quotations, at most `limit` of them.
///
/// ASCII bytes, nearly all of prose, are classed by a byte test; only other
/// bytes are decoded as characters.
fn plain(text: &str, range: Span, out: &mut Vec<Token>, limit: usize) {
    let Some(body) = text.get(range.start..range.end) else {
        return;
    };
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if out.len() >= limit {
            return;
        }
        let b = bytes[i];
        if b.is_ascii() {
            // The same tests as below, on the byte: ASCII white space is
            // ' ', \t, \n, \x0b, \x0c, \r; ASCII letters and digits are
            // exactly the alphanumeric and numeric ASCII characters.
            if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                i += 1;
                continue;
            }
            if !b.is_ascii_alphanumeric() {
                out.push(Token {
                    span: Span::new(range.start + i, range.start + i + 1),
                    kind: Kind::Punct(char::from(b)),
                });
                i += 1;
                continue;
            }
        }
        let Some(c) = char_at(body, i) else { return };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = range.start + i;
        if c.is_alphanumeric() {
            let numeric = c.is_numeric();
            let j = word_end(body, i + c.len_utf8(), numeric);
            let mut end = j;
            let mut next = j;
            if bytes.get(j) == Some(&b'.') && is_title_abbreviation(&body[i..end]) {
                end += 1;
                next += 1;
            }
            out.push(Token {
                span: Span::new(start, range.start + end),
                kind: if numeric { Kind::Num } else { Kind::Word },
            });
            i = next;
        } else {
            out.push(Token {
                span: Span::new(start, start + c.len_utf8()),
                kind: Kind::Punct(c),
            });
            i += c.len_utf8();
        }
    }
}

/// The character at byte `p` of `body`: an ASCII byte is its own
/// character; a byte inside a character reads as none.
fn char_at(body: &str, p: usize) -> Option<char> {
    match body.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => body.get(p..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// Where the word or number whose rest starts at byte `j` ends: letters and
/// digits, with `-`, `'`, `’` between them, and in numbers `.`, `,`, `/` too.
fn word_end(body: &str, mut j: usize, numeric: bool) -> usize {
    let bytes = body.as_bytes();
    loop {
        match bytes.get(j) {
            Some(b) if b.is_ascii_alphanumeric() => {
                j += 1;
                continue;
            }
            None => return j,
            _ => {}
        }
        let Some(d) = char_at(body, j) else { return j };
        let after = j + d.len_utf8();
        let joins = matches!(d, '-' | '\'' | '\u{2019}' | '.' | ',' | '/')
            && (numeric || !matches!(d, ',' | '.' | '/'))
            && char_at(body, after).is_some_and(char::is_alphanumeric);
        if d.is_alphanumeric() || joins {
            j = after;
        } else {
            return j;
        }
    }
}

/// Abbreviated titles and initials whose period belongs to the word ("Mr.",
/// "Dr.", "Gen.", the "B." of "Walter B. Hartley").
fn is_title_abbreviation(w: &str) -> bool {
    let mut chars = w.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial
        || matches!(
            w,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
                | "Gen"
                | "Col"
                | "Lt"
                | "Sen"
                | "Rep"
                | "Gov"
                | "St"
                | "Jr"
                | "Sr"
                | "Capt"
                | "Maj"
                | "Sgt"
                | "Adm"
                | "Brig"
                | "Rev"
                | "Hon"
                | "Cpl"
                | "Cmdr"
                | "Amb"
                | "Pres"
                | "Fr"
        )
}

/// True when the word opens with an upper-case letter, or with a lower-case
/// particle joined by a hyphen to one (`el-Mansouri`, `al-Hadidi`).
pub(crate) fn capitalized(word: &str) -> bool {
    // ASCII first letter: the same tests on bytes, without decoding.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => return true,
        Some(b) if b.is_ascii_lowercase() => {
            // Only a hyphen among the first four bytes can qualify.
            let hyphen = word.bytes().take(4).position(|x| x == b'-');
            return hyphen.is_some_and(|p| p <= 3 && word[p + 1..].starts_with(char::is_uppercase));
        }
        Some(b) if b.is_ascii() => return false,
        _ => {}
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_lowercase() => word
            .split_once('-')
            .is_some_and(|(p, rest)| p.len() <= 3 && rest.starts_with(char::is_uppercase)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_quotes() {
        let text = "Tariq el-Mansouri said \"no,\" about 1,200 men.";
        let qs = crate::marks::find(text, Span::new(0, text.len()));
        let indexed: Vec<(usize, Marked)> = qs.into_iter().enumerate().collect();
        let toks = tokenize(text, Span::new(0, text.len()), &indexed);
        let shown: Vec<&str> = toks
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(
            shown,
            vec![
                "Tariq",
                "el-Mansouri",
                "said",
                "\"no,\"",
                "about",
                "1,200",
                "men",
                "."
            ]
        );
        assert!(matches!(toks[3].kind, Kind::Quote(0)));
        assert!(capitalized("el-Mansouri"));
        let text = "Mr. Kazem Javadi said.";
        let toks = tokenize(text, Span::new(0, text.len()), &[]);
        assert_eq!(&text[toks[0].span.start..toks[0].span.end], "Mr.");
        assert!(!capitalized("said"));
    }
}
