//! Words in lower case without a heap allocation.
//!
//! Every annotator compares words with its lexicons in lower case, word after
//! word. `str::to_lowercase` allocates a `String` for each, and the
//! allocation and the free cost more than the comparison; a [`Lower`] keeps
//! a short word on the stack and only a long one on the heap.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// How many bytes a [`Lower`] keeps inline (words and short phrases).
const INLINE: usize = 30;

/// A string in lower case, on the stack when it is short.
///
/// It dereferences to `str`, so it reads like the `String` that
/// `str::to_lowercase` returns, and it lowers exactly as that does.
#[derive(Clone)]
pub struct Lower(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(String),
}

impl Lower {
    /// `s` in lower case, as `str::to_lowercase` lowers it.
    #[inline]
    pub fn of(s: &str) -> Lower {
        let bytes = s.as_bytes();
        if bytes.len() <= INLINE && s.is_ascii() {
            let mut buf = [0u8; INLINE];
            for (d, b) in buf.iter_mut().zip(bytes) {
                *d = b.to_ascii_lowercase();
            }
            return Lower(Repr::Inline {
                len: bytes.len() as u8,
                buf,
            });
        }
        let lowered = s.to_lowercase();
        if lowered.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..lowered.len()].copy_from_slice(lowered.as_bytes());
            return Lower(Repr::Inline {
                len: lowered.len() as u8,
                buf,
            });
        }
        Lower(Repr::Heap(lowered))
    }

    /// The lower-case text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Heap(h) => h,
            // SAFETY: `of` is the only writer of `buf`, and it copies either
            // ASCII bytes lowered one by one or all the bytes of a `String`,
            // so `buf[..len]` is always valid UTF-8. Validating it on every
            // lookup cost more than the lookup.
            Repr::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(&buf[..usize::from(*len)])
            },
        }
    }
}

impl Default for Lower {
    fn default() -> Lower {
        Lower(Repr::Inline {
            len: 0,
            buf: [0; INLINE],
        })
    }
}

impl FromIterator<Lower> for String {
    fn from_iter<I: IntoIterator<Item = Lower>>(it: I) -> String {
        let mut out = String::new();
        it.into_iter().for_each(|l| out.push_str(&l));
        out
    }
}

impl Deref for Lower {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Lower {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Lower {
    #[inline]
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Lower {
    fn eq(&self, o: &Lower) -> bool {
        self.as_str() == o.as_str()
    }
}

impl Eq for Lower {}

impl std::hash::Hash for Lower {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl PartialEq<str> for Lower {
    #[inline]
    fn eq(&self, o: &str) -> bool {
        self.as_str() == o
    }
}

impl PartialEq<&str> for Lower {
    #[inline]
    fn eq(&self, o: &&str) -> bool {
        self.as_str() == *o
    }
}

impl PartialEq<String> for Lower {
    fn eq(&self, o: &String) -> bool {
        self.as_str() == o.as_str()
    }
}

impl PartialEq<Lower> for &str {
    fn eq(&self, o: &Lower) -> bool {
        *self == o.as_str()
    }
}

impl PartialEq<Lower> for String {
    fn eq(&self, o: &Lower) -> bool {
        self.as_str() == o.as_str()
    }
}

impl From<Lower> for String {
    fn from(l: Lower) -> String {
        match l.0 {
            Repr::Heap(h) => h,
            Repr::Inline { .. } => l.as_str().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_as_the_standard_library_does() {
        let long = "The Ministry Of Foreign Affairs And International Cooperation";
        for s in [
            "",
            "Word",
            "ÉCOLE",
            "İstanbul",
            "ΣΟΦΙΑ",
            "al-Tahrir",
            "U.K.",
            long,
        ] {
            assert_eq!(Lower::of(s).as_str(), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn compares_with_strings() {
        let l = Lower::of("Said");
        assert!(l == "said");
        assert!(l == *"said");
        let owned = String::from("said");
        assert!(l == owned);
        assert_eq!(l.len(), 4);
    }
}
