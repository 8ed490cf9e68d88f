//! Steps 1–5 of the key: folding, re-ordering, splitting and dropping words.

use std::sync::OnceLock;

use crate::lexicon::{self, HashSet};

/// One word of a name after ASCII folding, lower case.
struct Word<'a> {
    text: &'a str,
    lower_case: bool,
    hyphen_after: bool,
    hyphen_before: bool,
}

struct Lists {
    particles: HashSet<&'static str>,
    sun: HashSet<&'static str>,
    ezafe: HashSet<&'static str>,
    legal: HashSet<&'static str>,
    /// Every word of every legal form.
    legal_words: HashSet<&'static str>,
    honorifics: HashSet<&'static str>,
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| Lists {
        particles: lexicon::set(include_str!("../../../../lexicons/entity/particles.txt")),
        sun: lexicon::set(include_str!("../../../../lexicons/entity/sun-letters.txt")),
        ezafe: lexicon::set(include_str!("../../../../lexicons/entity/ezafe.txt")),
        legal: lexicon::set(include_str!("../../../../lexicons/entity/legal-forms.txt")),
        legal_words: lexicon::entries(include_str!("../../../../lexicons/entity/legal-forms.txt"))
            .flat_map(str::split_whitespace)
            .collect(),
        honorifics: lexicon::set(include_str!("../../../../lexicons/entity/honorifics.txt")),
    })
}

/// ASCII-folds `name`, keeping letters, digits, spaces, commas and hyphens
/// (apostrophes and transliteration marks vanish, other punctuation splits).
fn fold(name: &str) -> std::borrow::Cow<'_, str> {
    // Plain ASCII without apostrophes folds to itself.
    if name
        .bytes()
        .all(|b| b.is_ascii() && b != b'\'' && b != b'`')
    {
        return name.into();
    }
    let mut out = String::with_capacity(name.len());
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        // A possessive `'s` ends a word and is not part of the name.
        if is_apostrophe(c) && matches!(chars.peek(), Some('s' | 'S')) {
            let mut ahead = chars.clone();
            ahead.next();
            if ahead.peek().is_none_or(|n| !n.is_alphanumeric()) {
                chars.next();
                continue;
            }
        }
        if is_apostrophe(c) {
            continue;
        }
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            out.push_str(deunicode::deunicode(c.encode_utf8(&mut buf)).as_str());
        }
    }
    out.into()
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{02bf}' | '\u{02be}' | '\u{02bc}' | '\u{00b4}'
    )
}

/// `SURNAME, Given` → `Given SURNAME` when there is exactly one comma.
fn uninvert(s: &str) -> std::borrow::Cow<'_, str> {
    let mut parts = s.split(',');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) if !a.trim().is_empty() && !b.trim().is_empty() => {
            format!("{} {}", b.trim(), a.trim()).into()
        }
        _ => s.into(),
    }
}

/// The words of `s` (runs of ASCII letters and digits) as slices of
/// `low`, its ASCII lower-case copy.
fn split<'a>(s: &str, low: &'a str) -> Vec<Word<'a>> {
    let mut words: Vec<Word> = Vec::with_capacity(4);
    let b = s.as_bytes();
    let mut start = 0;
    let mut lower = true;
    let mut hyphen_before = false;
    // A char that is no ASCII letter or digit ends a word; its first byte
    // tells (every byte of a multi-byte char is non-ASCII).
    for i in 0..=b.len() {
        let c = b.get(i).copied().unwrap_or(b' ');
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() {
                lower = false;
            }
            continue;
        }
        if c >= 0x80 && !s.is_char_boundary(i) {
            start = i + 1;
            continue;
        }
        let hyphen = c == b'-';
        if i > start {
            words.push(Word {
                text: low.get(start..i).unwrap_or(""),
                lower_case: lower,
                hyphen_after: hyphen,
                hyphen_before,
            });
        }
        start = i + 1;
        lower = true;
        hyphen_before = hyphen;
    }
    words
}

/// The words of `name` that carry identity, lower-cased ASCII, in order.
pub(super) fn significant_words(name: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(4);
    each_significant_word(name, |w| out.push(w.to_string()));
    out
}

/// Calls `f` on each of [`significant_words`] of `name`, in order, without
/// making a `String` of each: the key builders read each word once.
pub(super) fn each_significant_word(name: &str, mut f: impl FnMut(&str)) {
    let l = lists();
    let folded = fold(name);
    let plain = uninvert(&folded);
    let low = plain.to_ascii_lowercase();
    let words = split(&plain, &low);
    let mut start = 0;
    while start + 1 < words.len() && l.honorifics.contains(words[start].text) {
        start += 1;
    }
    let mut end = words.len();
    while let Some(n) = legal_form_at_end(l, &words[start..end]) {
        end -= n;
    }
    while let Some(n) = legal_form_at_start(l, &words[start..end]) {
        start += n;
    }
    let body = &words[start..end];
    let kept = |w: &&Word| !droppable(l, w) || body.len() == 1;
    // When every word would be dropped, all are kept.
    let all = !body.iter().any(|w| kept(&w));
    for w in body.iter().filter(|w| all || kept(w)) {
        split_abd(w.text, &mut f);
    }
}

/// The number of words of a legal form ending `ws`, leaving at least one word.
fn legal_form_at_end(l: &Lists, ws: &[Word]) -> Option<usize> {
    // Every word of a legal form is a word of the list: most names end
    // with no such word and need no phrase built.
    let last = ws.last()?;
    if !l.legal_words.contains(last.text) {
        return None;
    }
    (1..ws.len().min(5))
        .rev()
        .find(|&n| l.legal.contains(phrase(&ws[ws.len() - n..]).as_str()))
}

/// The number of words of a legal form opening `ws`, leaving at least one word.
fn legal_form_at_start(l: &Lists, ws: &[Word]) -> Option<usize> {
    let first = ws.first()?;
    if !l.legal_words.contains(first.text) {
        return None;
    }
    (1..ws.len().min(5))
        .rev()
        .find(|&n| l.legal.contains(phrase(&ws[..n]).as_str()))
}

/// The words' texts joined by spaces.
fn phrase(ws: &[Word]) -> String {
    let mut out = String::new();
    for w in ws {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w.text);
    }
    out
}

fn droppable(l: &Lists, w: &Word) -> bool {
    let t = w.text;
    l.particles.contains(t)
        || (w.hyphen_after && l.sun.contains(t))
        || ((w.hyphen_after || w.hyphen_before || w.lower_case) && l.ezafe.contains(t))
}

/// `abdulrahman → abd rahman`: the Arabic "servant of" compound is written
/// joined, spaced or hyphenated with any vowel for the article.
fn split_abd(w: &str, f: &mut impl FnMut(&str)) {
    match abd_split(w) {
        Some(rest) => {
            f("abd");
            if !rest.is_empty() {
                f(rest);
            }
        }
        None => f(w),
    }
}

/// What follows an `Abdul`-type opening of the lower-case word `w`.
pub(super) fn abd_split(w: &str) -> Option<&str> {
    // Every opening starts with `abd`: most words are rejected at once.
    if !w.starts_with("abd") {
        return None;
    }
    ABD_OPENINGS.iter().find_map(|p| w.strip_prefix(p))
}

/// [`abd_split`] on the bytes of a lower-case ASCII word.
pub(super) fn abd_split_bytes(w: &[u8]) -> Option<&[u8]> {
    if !w.starts_with(b"abd") {
        return None;
    }
    ABD_OPENINGS
        .iter()
        .find_map(|p| w.strip_prefix(p.as_bytes()))
}

/// The spellings of the Arabic "servant of" opening.
const ABD_OPENINGS: [&str; 8] = [
    "abdul", "abdel", "abdal", "abdol", "abdoul", "abdur", "abder", "abdar",
];
