//! Tokens of a clause: words, numbers, punctuation, and whole quotations.
//!
//! Attribution patterns are read over these tokens rather than over raw text,
//! so that a quotation counts as one unit ("QUOTE, said X") and its words never
//! pass for a speaker or a cue.

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
    // About one token per six bytes of prose: one allocation, not a dozen.
    let mut out = Vec::with_capacity(range.end.saturating_sub(range.start) / 6);
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

/// True when `text[range]` (no quotations in it) holds fewer than `n`
/// tokens; stops reading at the `n`th.
pub(crate) fn fewer_than(text: &str, range: Span, n: usize) -> bool {
    let mut out = Vec::with_capacity(n);
    plain(text, range, &mut out, n);
    out.len() < n
}

/// Tokens of a stretch without quotations, at most `limit` of them.
fn plain(text: &str, range: Span, out: &mut Vec<Token>, limit: usize) {
    let Some(body) = text.get(range.start..range.end) else {
        return;
    };
    // The character at byte `p` of `body`, read in place: no copy of the
    // text. An ASCII byte is its own character; only other bytes are decoded
    // (and a byte inside a character reads as none, as slicing there would).
    let bytes = body.as_bytes();
    let at = |p: usize| match bytes.get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => body.get(p..).and_then(|r| r.chars().next()),
        None => None,
    };
    let mut i = 0;
    while let Some(c) = at(i) {
        if out.len() >= limit {
            return;
        }
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = range.start + i;
        if c.is_alphanumeric() {
            let numeric = c.is_numeric();
            let mut j = i + c.len_utf8();
            while let Some(d) = at(j) {
                let after = j + d.len_utf8();
                let joins = matches!(d, '-' | '\'' | '\u{2019}' | '.' | ',' | '/')
                    && at(after).is_some_and(char::is_alphanumeric)
                    && (numeric || !matches!(d, ',' | '.' | '/'));
                if d.is_alphanumeric() || joins {
                    j = after;
                } else {
                    break;
                }
            }
            let mut end = j;
            if at(j) == Some('.') && is_title_abbreviation(&body[i..end]) {
                end += 1;
                j += 1;
            }
            out.push(Token {
                span: Span::new(start, range.start + end),
                kind: if numeric { Kind::Num } else { Kind::Word },
            });
            i = j;
        } else {
            out.push(Token {
                span: Span::new(start, start + c.len_utf8()),
                kind: Kind::Punct(c),
            });
            i += c.len_utf8();
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
