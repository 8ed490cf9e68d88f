//! "Surname, Given." at the head of a reference-list entry, read by hand.
//!
//! The pattern for it (see [`crate::notes`]) holds sixteen Unicode classes,
//! and building it costs more than all the matching a short run does. This
//! reader accepts the same language with the same leftmost-first choices:
//!
//! ```text
//! ^(?P<a>NAME,\s+GIVEN(?:\s+(?:and|&)\s+NAME,\s+GIVEN)*)(?:\.\s+|\s+(?P<q>[“"]))
//! NAME  = W(?:\s+W)?        GIVEN = W\.?(?:\s*W\.?)*
//! W     = \p{Lu}[\p{L}\p{M}'’\-]*
//! ```
//!
//! A word `W` can only succeed at its longest (what follows it is never a
//! letter), so GIVEN is a chain of words, each with an optional stop, and
//! the pattern's backtracking tries the chain's ends from the last back to
//! the first, a stop before the word end it follows. For a character whose
//! class it cannot tell without Unicode tables (a combining mark, a letter
//! outside the Basic Multilingual Plane) it answers [`Undecided`] and the
//! caller runs the pattern.

/// The reader met a character it cannot classify exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Undecided;

type Read<T> = Result<T, Undecided>;

/// Where group `a` ends and where the rest of the entry starts (the
/// opening quotation mark, or the end of the match), when the entry opens
/// with "Surname, Given".
pub(crate) fn read(body: &str) -> Read<Option<(usize, usize)>> {
    let Some(n) = name_comma(body, 0)? else {
        return Ok(None);
    };
    let Some(g) = spaces1(body, n) else {
        return Ok(None);
    };
    given_then(body, g)
}

fn ch(s: &str, p: usize) -> Option<char> {
    s.get(p..)?.chars().next()
}

/// `[\p{L}\p{M}'’\-]`.
fn in_word(c: char) -> Read<bool> {
    if c.is_ascii() {
        return Ok(c.is_ascii_alphabetic() || c == '\'' || c == '-');
    }
    let u = u32::from(c);
    if c == '\u{2019}' {
        Ok(true)
    } else if c.is_whitespace() {
        Ok(false)
    } else if u >= 0x1_0000 {
        Err(Undecided)
    } else if c.is_alphabetic() && !c.is_numeric() && !(0x24B6..=0x24E9).contains(&u) {
        // Alphabetic is the letters, letter numbers and some marks and
        // circled letters; without those two, a letter or a mark.
        Ok(true)
    } else if (0x2010..=0x205E).contains(&u) || (0xA0..=0xBF).contains(&u) {
        // General and Latin-1 punctuation: no letters or marks there but
        // those `is_alphabetic` took above.
        Ok(false)
    } else {
        Err(Undecided)
    }
}

/// `\p{Lu}`.
fn upper(c: char) -> Read<bool> {
    if c.is_ascii() {
        return Ok(c.is_ascii_uppercase());
    }
    let u = u32::from(c);
    if c.is_whitespace() || !c.is_uppercase() {
        // Every upper-case letter has the Uppercase property.
        Ok(false)
    } else if u >= 0x1_0000 {
        Err(Undecided)
    } else {
        // Uppercase beyond the letters: Roman numerals, circled capitals.
        Ok(!(0x2160..=0x216F).contains(&u) && !(0x24B6..=0x24CF).contains(&u))
    }
}

/// The end of the word `W` at `p`, taken whole.
fn word(s: &str, p: usize) -> Read<Option<usize>> {
    let Some(c) = ch(s, p) else { return Ok(None) };
    if !upper(c)? {
        return Ok(None);
    }
    let mut q = p + c.len_utf8();
    while let Some(d) = ch(s, q) {
        if !in_word(d)? {
            break;
        }
        q += d.len_utf8();
    }
    Ok(Some(q))
}

/// The end of the white space at `p` (`\s*`).
fn spaces(s: &str, mut p: usize) -> usize {
    while let Some(c) = ch(s, p).filter(|c| c.is_whitespace()) {
        p += c.len_utf8();
    }
    p
}

/// `\s+` at `p`.
fn spaces1(s: &str, p: usize) -> Option<usize> {
    let q = spaces(s, p);
    (q > p).then_some(q)
}

/// `NAME,` at `p`: the position after the comma.
fn name_comma(s: &str, p: usize) -> Read<Option<usize>> {
    let Some(w1) = word(s, p)? else {
        return Ok(None);
    };
    if let Some(q) = spaces1(s, w1) {
        if let Some(w2) = word(s, q)? {
            if ch(s, w2) == Some(',') {
                return Ok(Some(w2 + 1));
            }
        }
    }
    Ok((ch(s, w1) == Some(',')).then_some(w1 + 1))
}

/// GIVEN at `g` and what follows it: the chain's ends, last first.
fn given_then(s: &str, g: usize) -> Read<Option<(usize, usize)>> {
    let Some(mut r) = word(s, g)? else {
        return Ok(None);
    };
    let mut ends: Vec<usize> = Vec::new();
    loop {
        let stop = ch(s, r) == Some('.');
        ends.push(r);
        if stop {
            ends.push(r + 1);
        }
        let q = spaces(s, if stop { r + 1 } else { r });
        match word(s, q)? {
            Some(next) => r = next,
            None => break,
        }
    }
    // `ends` holds each word end, then its stop; the pattern tries the
    // chain backwards, a stop before its word end: the reverse order.
    for &end in ends.iter().rev() {
        if let Some(found) = after_given(s, end)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// What may follow a GIVEN ending at `pos`: another "and NAME, GIVEN",
/// else the closing `\.\s+` or `\s+[“"]`.
fn after_given(s: &str, pos: usize) -> Read<Option<(usize, usize)>> {
    if let Some(q) = spaces1(s, pos) {
        let rest = s.get(q..).unwrap_or("");
        let conj = if rest.starts_with("and") {
            Some(q + 3)
        } else if rest.starts_with('&') {
            Some(q + 1)
        } else {
            None
        };
        if let Some(n) = conj.and_then(|c| spaces1(s, c)) {
            if let Some(nc) = name_comma(s, n)? {
                if let Some(g) = spaces1(s, nc) {
                    if let Some(found) = given_then(s, g)? {
                        return Ok(Some(found));
                    }
                }
            }
        }
    }
    if ch(s, pos) == Some('.') {
        if let Some(end) = spaces1(s, pos + 1) {
            return Ok(Some((pos, end)));
        }
    }
    if let Some(q) = spaces1(s, pos) {
        if matches!(ch(s, q), Some('\u{201c}' | '"')) {
            return Ok(Some((pos, q)));
        }
    }
    Ok(None)
}
