//! Numerals that open with digits: `12,500`, `2.4 billion`, `10k`, `1 234 567`.

use super::{lower, scale, Numeral};
use crate::lexicon;
use crate::token::{Kind, Token};
use dossier_doc::Span;

/// Numerals starting at digit token `i` (several when the digit string is a
/// list or an address such as `192.168.1.2`).
pub(super) fn at(text: &str, tokens: &[Token], i: usize) -> Vec<Numeral> {
    let tok = tokens[i];
    let raw = tok.text(text);
    let Some(mut value) = parse(raw) else {
        return fragments(raw, tok.span, i);
    };
    let mut last = i;
    let mut bare = !raw.contains([',', '.']);
    // Space-grouped thousands: "1 234 567", "40 000".
    if bare && raw.len() <= 3 {
        while let Some(next) = tokens.get(last + 1) {
            let t = next.text(text);
            let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
            let grouped = next.kind == Kind::Digits && next.space_before && whole.len() == 3;
            if !grouped || !whole.bytes().all(|b| b.is_ascii_digit()) || frac.contains(',') {
                break;
            }
            value = value * 1000.0 + parse(t).unwrap_or(0.0);
            last += 1;
            bare = false;
        }
    }
    // A leading ".25" reads as 0.25.
    let mut first = i;
    if i > 0 && tokens[i - 1].text(text) == "." && !tok.space_before && bare {
        let starts = i == 1 || tokens[i - 1].space_before;
        if starts {
            value = parse(&format!("0.{raw}")).unwrap_or(value);
            first = i - 1;
            bare = false;
        }
    }
    let mut scaled = false;
    let mut needs_currency = false;
    if let Some(next) = tokens.get(last + 1) {
        let word = next.text(text);
        let spaced_letter = next.space_before
            && matches!(word, "k" | "K" | "M" | "G" | "B")
            && tokens.get(last + 2).is_none_or(|t| t.kind == Kind::Punct);
        if next.kind == Kind::Word && (!next.space_before || spaced_letter) {
            if let Some((factor, money)) = lexicon::suffix(word) {
                if word_ends(text, tokens, last + 2) {
                    value *= factor;
                    scaled = true;
                    needs_currency = money;
                    last += 1;
                }
            }
        } else if next.kind == Kind::Word {
            if let Some((factor, _)) = scale(&lower(text, tokens, last + 1)) {
                value *= factor;
                scaled = true;
                last += 1;
            }
        }
    }
    let span = Span::new(tokens[first].span.start, tokens[last].span.end);
    vec![Numeral {
        first,
        last,
        span,
        value,
        vague: None,
        scaled,
        needs_currency,
        words: false,
        bare_digits: bare && !scaled,
        fragment: false,
    }]
}

/// True when token `i` does not continue a word (so "5m" is a scale but "5mg" is not).
fn word_ends(text: &str, tokens: &[Token], i: usize) -> bool {
    let digits_follow = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Digits && !t.space_before);
    tokens.get(i).is_none_or(|t| {
        t.space_before || t.kind == Kind::Punct && (t.text(text) != "-" || digits_follow)
    })
}

/// The value of a digit string, when it is one number.
///
/// Commas group thousands (`1,234,567`) or, in the Indian style, lakhs
/// (`12,34,567`); one period marks decimals. Anything else (`1,3`,
/// `192.168.1.2`, `22,24,26`) is not one number.
pub(crate) fn parse(raw: &str) -> Option<f64> {
    let (int, frac) = match raw.split_once('.') {
        Some((a, b)) if !b.contains(['.', ',']) => (a, Some(b)),
        Some(_) => return None,
        None => (raw, None),
    };
    if !int.is_empty() && !grouped(int) {
        return None;
    }
    if let Some(v) = exact(int, frac) {
        return Some(v);
    }
    // The number without its commas, on the stack when short (always, in
    // practice): one is read for every figure of every text.
    let mut buf = [0u8; 48];
    let mut len = 0;
    let tail = frac.map_or(["", ""], |f| [".", f]);
    for piece in int.split(',').chain(tail) {
        let Some(dst) = buf.get_mut(len..len + piece.len()) else {
            return parse_long(int, frac);
        };
        dst.copy_from_slice(piece.as_bytes());
        len += piece.len();
    }
    std::str::from_utf8(&buf[..len]).ok()?.parse().ok()
}

/// Powers of ten that an `f64` holds exactly.
const TENS: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The value of digits `int` (commas skipped) and `frac` when they are at
/// most 15 digits: an integer and a power of ten an `f64` both holds
/// exactly, whose quotient is the correctly rounded value `str::parse`
/// gives, without building the string.
fn exact(int: &str, frac: Option<&str>) -> Option<f64> {
    let frac = frac.unwrap_or("");
    let mut n: u64 = 0;
    let mut count = 0;
    for b in int.bytes().filter(|&b| b != b',').chain(frac.bytes()) {
        if !b.is_ascii_digit() || count == 15 {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
        count += 1;
    }
    let scale = TENS.get(frac.len())?;
    (count > 0).then(|| n as f64 / scale)
}

/// [`parse`]'s reading of a number too long for its buffer.
fn parse_long(int: &str, frac: Option<&str>) -> Option<f64> {
    let mut s: String = int.chars().filter(|c| *c != ',').collect();
    if let Some(f) = frac {
        s.push('.');
        s.push_str(f);
    }
    s.parse().ok()
}

fn grouped(int: &str) -> bool {
    let mut groups = int.split(',');
    let head = groups.next().unwrap_or("");
    let mut rest = groups.peekable();
    if rest.peek().is_none() {
        return true;
    }
    if head.is_empty() || head.len() > 3 {
        return false;
    }
    // Western: every later group has three digits. Indian: a head of one
    // or two, groups of two, and a last group of three.
    let (mut western, mut indian) = (true, head.len() <= 2);
    while let Some(g) = rest.next() {
        let last = rest.peek().is_none();
        western &= g.len() == 3;
        indian &= if last { g.len() == 3 } else { g.len() == 2 };
    }
    western || indian
}

/// Each digit run of a string that is no single number, as its own fragment.
fn fragments(raw: &str, span: Span, i: usize) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut start = None;
    for (j, c) in raw.char_indices().chain([(raw.len(), ' ')]) {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(j),
            (false, Some(s)) => {
                if let Some(v) = raw.get(s..j).and_then(|d| d.parse().ok()) {
                    out.push(Numeral {
                        first: i,
                        last: i,
                        span: Span::new(span.start + s, span.start + j),
                        value: v,
                        vague: None,
                        scaled: false,
                        needs_currency: false,
                        words: false,
                        bare_digits: true,
                        fragment: true,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn grouping_rules() {
        assert_eq!(parse("1,234,567"), Some(1234567.0));
        assert_eq!(parse("4.800"), Some(4.8));
        assert_eq!(parse("1,674,200.5"), Some(1674200.5));
        assert_eq!(parse("1,3"), None);
        assert_eq!(parse("22,24,26,31"), None);
        assert_eq!(parse("192.168.1.2"), None);
    }

    #[test]
    fn short_numbers_read_as_the_standard_library_reads_them() {
        for raw in [
            "0",
            "7",
            "2.4",
            "0.1",
            "0.3",
            "12.",
            "1,234.567",
            "999999999999999",
            "1234567890123456",
            "3.14159265358979",
            "0.000000000000001",
            "12,34,567.89",
        ] {
            let plain: String = raw.chars().filter(|c| *c != ',').collect();
            assert_eq!(parse(raw), plain.parse().ok(), "{raw}");
        }
    }
}
