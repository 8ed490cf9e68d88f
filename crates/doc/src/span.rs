//! Spans and the byte-to-code-point map used at the contract's edge.

/// A half-open range of byte offsets into a document's text.
///
/// Both ends always fall on `char` boundaries; constructors elsewhere in the
/// engine only build spans from positions found by scanning the text, and
/// [`crate::Document::slice`] checks the boundaries again so that a bug shows
/// up as an empty string rather than a panic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, half-open).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Converts byte offsets to Unicode code-point offsets for one text.
///
/// Built once per document in O(n); each lookup is a binary search over the
/// positions of multi-byte characters only, so pure-ASCII text costs nothing.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// Byte offsets of every character wider than one byte, with the number
    /// of extra bytes seen up to and including it.
    wide: Vec<(usize, usize)>,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharMap {
        let mut wide = Vec::new();
        let mut extra = 0;
        // Byte-wise: a lead byte (0b11xxxxxx) says how wide its character is,
        // and most text is ASCII, which needs no decoding at all.
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b >= 0xC0 {
                extra += usize::from(b >= 0xE0) + usize::from(b >= 0xF0) + 1;
                wide.push((i, extra));
            }
        }
        CharMap { wide }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn chars(&self, byte: usize) -> usize {
        // Characters that *start* before `byte` contribute their extra bytes.
        let k = self.wide.partition_point(|&(pos, _)| pos < byte);
        if k == 0 {
            byte
        } else {
            byte - self.wide[k - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_map_counts_code_points() {
        let text = "a\u{2019}b \u{201c}c\u{201d} é";
        let map = CharMap::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.chars(bi), ci);
        }
        assert_eq!(map.chars(text.len()), text.chars().count());
    }

    #[test]
    fn span_relations() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert_eq!(a.cover(Span::new(8, 14)), Span::new(0, 14));
    }
}
