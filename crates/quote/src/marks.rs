//! Quotation marks: which marks open and close a quotation inside one block.
//!
//! Double marks (`"`, `“ ”`, `„`, `« »`) pair by alternation, with the
//! straight mark's role read from its neighbours. Single marks (`'`, `‘ ’`)
//! count only outside double marks and only where they cannot be an
//! apostrophe (`Qal'at`, `Tabrizi’s`, `ministers'`): an opening single mark
//! follows a space or bracket and precedes a letter; a closing one follows a
//! letter or stop and precedes no letter. Single marks inside a double
//! quotation belong to its content and are not quotations of their own. A
//! mark left open runs to the end of the block, as in a quotation continued
//! over several paragraphs. One pass, no backtracking.

use dossier_doc::{Document, Span};

/// One quotation: its content and the extent including the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// From the opening mark to the closing mark, inclusive.
    pub outer: Span,
    /// The quoted content, without marks or surrounding space.
    pub inner: Span,
}

/// The quotation marks of every block of `doc`, by block index; none in
/// furniture, which carries no one's words.
pub(crate) fn per_block(doc: &Document) -> Vec<Vec<Marked>> {
    doc.blocks
        .iter()
        .map(|b| {
            if b.kind.is_furniture() {
                Vec::new()
            } else {
                find(&doc.text, b.span)
            }
        })
        .collect()
}

/// The quotations in `text[block]`, in text order.
pub(crate) fn find(text: &str, block: Span) -> Vec<Marked> {
    let Some(body) = text.get(block.start..block.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    for (i, c) in marks_in(body) {
        let at = block.start + i;
        let end = at + c.len_utf8();
        match c {
            '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => {
                let opening = match c {
                    '\u{201c}' | '\u{201e}' | '\u{ab}' => true,
                    '\u{201d}' | '\u{bb}' => false,
                    _ => double.is_none(),
                };
                match double {
                    Some(open) if !opening || c == '"' => {
                        push(&mut out, text, open, end);
                        double = None;
                    }
                    Some(_) => {}
                    None if opening => {
                        double = Some(at);
                        single = None;
                    }
                    None => {}
                }
            }
            '\'' | '\u{2018}' | '\u{2019}' if double.is_none() => {
                let prev = body[..i].chars().next_back();
                let next = body[i + c.len_utf8()..].chars().next();
                let after_space =
                    prev.is_none_or(|p| p.is_whitespace() || "([{\u{2014}\u{2013}-".contains(p));
                let before_letter = next.is_some_and(char::is_alphabetic);
                let after_word =
                    prev.is_some_and(|p| p.is_alphanumeric() || ".,!?\u{2026}".contains(p));
                let before_gap = next.is_none_or(|n| !n.is_alphanumeric());
                if single.is_none() && after_space && before_letter && c != '\u{2019}' {
                    single = Some(at);
                } else if let Some(open) =
                    single.filter(|_| after_word && before_gap && c != '\u{2018}')
                {
                    push(&mut out, text, open, end);
                    single = None;
                }
            }
            _ => {}
        }
    }
    if let Some(open) = double {
        push(&mut out, text, open, block.end);
    }
    out
}

/// The quotation marks of `body` with their byte offsets. Only `"`, `'`
/// and the lead bytes of `“ ” „ ‘ ’` (0xE2) and `« »` (0xC2) are looked at,
/// found with a vectorized byte search.
fn marks_in(body: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = body.as_bytes();
    let guillemets = memchr::memchr(0xC2, bytes).is_some();
    let mut wide = None;
    let mut narrow = None;
    if guillemets {
        wide =
            Some((0..bytes.len()).filter(move |&i| matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2)));
    } else {
        narrow = Some(memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes));
    }
    wide.into_iter()
        .flatten()
        .chain(narrow.into_iter().flatten())
        .filter_map(move |i| {
            let c = match bytes[i] {
                b @ (b'"' | b'\'') => char::from(b),
                _ => body.get(i..)?.chars().next()?,
            };
            matches!(
                c,
                '"' | '\''
                    | '\u{201c}'
                    | '\u{201d}'
                    | '\u{201e}'
                    | '\u{ab}'
                    | '\u{bb}'
                    | '\u{2018}'
                    | '\u{2019}'
            )
            .then_some((i, c))
        })
}

/// Records the quotation from the mark at `open` to `end`, trimming the marks,
/// white space and a trailing comma from its content.
fn push(out: &mut Vec<Marked>, text: &str, open: usize, end: usize) {
    let Some(raw) = text.get(open..end) else {
        return;
    };
    let mark_len = raw.chars().next().map_or(1, char::len_utf8);
    let inner_raw = &raw[mark_len..];
    let inner_raw = inner_raw.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}']);
    let lead = inner_raw.len() - inner_raw.trim_start().len();
    let trimmed = inner_raw.trim().trim_end_matches([',', ' ']);
    if trimmed.chars().any(char::is_alphanumeric) {
        let start = open + mark_len + lead;
        out.push(Marked {
            outer: Span::new(open, end),
            inner: Span::new(start, start + trimmed.len()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find(text, Span::new(0, text.len()))
            .into_iter()
            .map(|m| &text[m.inner.start..m.inner.end])
            .collect()
    }

    #[test]
    fn straight_and_curly_doubles() {
        assert_eq!(quotes("He said \"go home,\" and left."), vec!["go home"]);
        assert_eq!(
            quotes("\u{201c}We came,\u{201d} he said. \u{201c}We left.\u{201d}"),
            vec!["We came", "We left."]
        );
    }

    #[test]
    fn single_inside_double_is_content() {
        let q = quotes("\"They shouted 'Down with the council' all night,\" she said.");
        assert_eq!(q, vec!["They shouted 'Down with the council' all night"]);
    }

    #[test]
    fn singles_are_not_apostrophes() {
        assert_eq!(
            quotes(
                "At Qal'at Sharqi the ministers' guards chanted 'Down with the council' loudly."
            ),
            vec!["Down with the council"]
        );
        assert!(quotes("Tabrizi\u{2019}s predecessor and the \u{2018}90s").is_empty());
        assert_eq!(
            quotes("a crowd chanting \u{2018}Down with the council\u{2019} marched"),
            vec!["Down with the council"]
        );
    }

    #[test]
    fn unclosed_mark_runs_to_block_end() {
        assert_eq!(
            quotes("\"We left the town at dawn."),
            vec!["We left the town at dawn."]
        );
    }

    #[test]
    fn multibyte_safe() {
        assert!(quotes("«Él dijo» ’ ‘ \u{201d}").len() <= 1);
    }
}
