//! Folding words for lexicon lookups without allocating.
//!
//! Every lookup in the recognizer's lexicons and document sets goes through
//! [`fold`]; building a `String` for each one cost more than the lookup, so
//! short folds live on the stack in a [`Folded`].

/// The lookup form of a word or phrase: lower case, dots dropped, curly
/// apostrophes straightened, runs of spaces collapsed. Short forms are
/// built on the stack, so folding a word for a lookup allocates nothing.
pub(crate) fn fold(s: &str) -> Folded {
    let mut out = Folded::new();
    let b = s.as_bytes();
    if b.len() <= INLINE {
        // One plain ASCII word, the common case: lowered into the buffer
        // in the same pass that checks it.
        let plain = fold_plain(b, &mut out.buf);
        if plain == b.len() {
            out.len = plain;
            return out;
        }
        // ASCII with spaces or dots: the plain opening is in the buffer
        // already, the rest is lowered byte by byte, dots dropped, runs of
        // spaces collapsed.
        if let Some(n) = fold_ascii_rest(b, plain, &mut out.buf) {
            out.len = n;
            return out;
        }
    }
    for w in s.split_whitespace() {
        if !out.as_str().is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                '.' => {}
                '\u{2019}' | '\u{2018}' => out.push('\''),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                _ => c.to_lowercase().for_each(|l| out.push(l)),
            }
        }
    }
    out
}

/// Lowers the plain ASCII opening of `b` into `buf` in one pass, up to the
/// first non-ASCII byte, dot or space: how many bytes it lowered.
fn fold_plain(b: &[u8], buf: &mut [u8; INLINE]) -> usize {
    for (k, (d, &c)) in buf.iter_mut().zip(b).enumerate() {
        let l = PLAIN[usize::from(c)];
        if l == 0 {
            return k;
        }
        *d = l;
    }
    b.len().min(INLINE)
}

/// Folds the ASCII `b` into `buf` after [`fold_plain`] lowered its first
/// `plain` bytes: the fold's length, or `None` when a non-ASCII byte
/// follows (the general path of [`fold`] then starts over). A space is
/// written only for a run of whitespace skipped, so the fold is never
/// longer than `b`.
fn fold_ascii_rest(b: &[u8], plain: usize, buf: &mut [u8; INLINE]) -> Option<usize> {
    let mut n = plain;
    let mut in_word = plain > 0;
    for &c in b.get(plain..)? {
        if !c.is_ascii() {
            return None;
        }
        if c.is_ascii_whitespace() {
            in_word = false;
            continue;
        }
        if !in_word && n > 0 {
            *buf.get_mut(n)? = b' ';
            n += 1;
        }
        in_word = true;
        if c != b'.' {
            *buf.get_mut(n)? = c.to_ascii_lowercase();
            n += 1;
        }
    }
    Some(n)
}

/// Each byte lowered, or 0 for a byte the plain path leaves to the general
/// ones (non-ASCII, a dot, whitespace, NUL): one table read per byte.
static PLAIN: [u8; 256] = plain_table();

const fn plain_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut c = 1;
    while c < 0x80 {
        let b = c as u8;
        if b != b'.' && !b.is_ascii_whitespace() {
            t[c] = b.to_ascii_lowercase();
        }
        c += 1;
    }
    t
}

/// `s` in lower case, on the stack when short (`str::to_lowercase` without
/// the allocation); the one lowering every stage shares.
pub(crate) fn lower(s: &str) -> dossier_doc::Lower {
    dossier_doc::Lower::of(s)
}

/// How many bytes a fold keeps on the stack.
const INLINE: usize = 46;

/// A folded string: on the stack when short, on the heap otherwise.
pub(crate) struct Folded {
    buf: [u8; INLINE],
    len: usize,
    heap: Option<String>,
}

impl Folded {
    fn new() -> Folded {
        Folded {
            buf: [0; INLINE],
            len: 0,
            heap: None,
        }
    }

    fn push(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.push_str(c.encode_utf8(&mut tmp));
    }

    fn push_str(&mut self, s: &str) {
        if let Some(h) = &mut self.heap {
            h.push_str(s);
        } else if self.len + s.len() <= INLINE {
            self.buf[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
            self.len += s.len();
        } else {
            let mut h = String::with_capacity(self.len + s.len() + 16);
            h.push_str(self.as_str());
            h.push_str(s);
            self.heap = Some(h);
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        match &self.heap {
            Some(h) => h,
            // SAFETY: `push_str` is the only writer of `buf` besides the
            // ASCII loop of `fold`, and both copy whole UTF-8 encodings, so
            // `buf[..len]` is always valid UTF-8. Validating it on every
            // lookup cost more than the lookup.
            None => unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len]) },
        }
    }
}

impl std::ops::Deref for Folded {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Folded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Folded {
    fn eq(&self, o: &str) -> bool {
        self.as_str() == o
    }
}

impl PartialEq<&str> for Folded {
    fn eq(&self, o: &&str) -> bool {
        self.as_str() == *o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fold as first written: one `String` per call.
    fn reference(s: &str) -> String {
        let mut out = String::new();
        for w in s.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            for c in w.chars() {
                match c {
                    '.' => {}
                    '\u{2019}' | '\u{2018}' => out.push('\''),
                    _ => out.extend(c.to_lowercase()),
                }
            }
        }
        out
    }

    #[test]
    fn stack_fold_agrees_with_the_plain_one() {
        let long = "Deputy Minister of Foreign Affairs and International Cooperation of Marvand";
        for s in [
            "Lt. Gen.",
            "  Hadidi  ",
            "U.K.",
            "Bakri\u{2019}s",
            "Général",
            "ÉCOLE Normale",
            "a . b",
            ". x",
            "MOAMMAR  Hadidi\t Jr.",
            "Sa'id al-Qasimi",
            "St. Louis",
            "Lt.Col",
            "",
            long,
            "Ministère des Affaires étrangères et du Développement international",
        ] {
            assert_eq!(fold(s).as_str(), reference(s), "{s:?}");
        }
        assert_eq!(lower("Général X").as_str(), "général x");
    }
}
