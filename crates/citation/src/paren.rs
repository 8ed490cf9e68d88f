//! Parenthetical references: "(Author 1999)", "(Journal, No. 7, p. 112)",
//! several in one parenthesis separated by ";", and narrative ones where
//! the author stands outside: "according to Qureishi (2004: 88)".
//!
//! A parenthesis is a citation only when one of its parts reads whole as a
//! reference; acronyms "(PDC)", life dates "(1931–1994)", a bare year after
//! an event "(1971)" and asides never do.

use std::sync::OnceLock;

use crate::rx::Rx as Regex;
use dossier_doc::{Citation, Document, Span};

use crate::parse::{self, Fields};

/// The longest parenthesis read, in bytes: longer ones are prose asides.
const MAX_PAREN: usize = 400;

/// Citations in the parentheses of every content block.
pub fn citations(doc: &Document) -> Vec<Citation> {
    let mut out = Vec::new();
    for block in doc.blocks.iter().filter(|b| !b.kind.is_furniture()) {
        for (open, close) in parens(doc.slice(block.span)) {
            let inner = Span::new(block.span.start + open + 1, block.span.start + close);
            read(doc, inner, &mut out);
        }
    }
    out
}

/// Byte positions of each outermost `(` and its matching `)` in `s`.
fn parens(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0usize;
    // `(` and `)` are single bytes that never occur inside another character.
    for i in memchr::memchr2_iter(b'(', b')', s.as_bytes()) {
        match s.as_bytes()[i] {
            b'(' => {
                if depth == 0 {
                    open = Some(i);
                }
                depth += 1;
            }
            _ if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Some(o) = open.take() {
                        if i - o <= MAX_PAREN {
                            out.push((o, i));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Reads the parenthesis content at `inner`, adding its citations.
fn read(doc: &Document, inner: Span, out: &mut Vec<Citation>) {
    let content = doc.slice(inner);
    if let Some(f) = parse::year_ref(content.trim()) {
        if let Some(c) = narrative(doc, inner, f) {
            out.push(c);
        }
        return;
    }
    let mut offset = 0;
    for part in content.split(';') {
        let lead = part.len() - part.trim_start().len();
        let trimmed = part.trim();
        let start = inner.start + offset + lead;
        offset += part.len() + 1;
        if trimmed.is_empty() {
            continue;
        }
        let fields = parse::author_year_ref(trimmed).or_else(|| parse::titled_ref(trimmed));
        if let Some(f) = fields {
            let span = Span::new(start + f.start, start + trimmed.len());
            out.push(citation(span, f));
        }
    }
}

/// "Qureishi (2004: 88)": the author just before the parenthesis.
fn narrative(doc: &Document, inner: Span, mut f: Fields) -> Option<Citation> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let author = parse::author_pattern();
        Regex::new(&format!(r"(?P<author>{author})\s*$"))
    });
    let open = inner.start.checked_sub(1)?;
    let mut from = open.saturating_sub(80);
    while !doc.text.is_char_boundary(from) {
        from += 1;
    }
    let before = doc.text.get(from..open)?;
    // A name holds only letters, marks, `'’-.&` and white space, and the
    // match must run to the parenthesis: it starts after the last ASCII
    // character of any other kind, so the search starts there too.
    let cut = before
        .bytes()
        .rposition(|b| b.is_ascii() && !name_byte(b))
        .map_or(0, |i| i + 1);
    let m = re.captures(&before[cut..])?.name("author")?;
    let (m_start, m_text) = (cut + m.start(), m.as_str());
    let word_before = before[..m_start].split_whitespace().last().unwrap_or("");
    if matches!(word_before, "the" | "The" | "a" | "A" | "an" | "An") {
        return None;
    }
    f.author = Some(m_text.trim().to_string());
    let span = Span::new(from + m_start, inner.end + 1);
    Some(citation(span, f))
}

/// An ASCII byte the author pattern can match: a letter, `'`, `-`, `.`,
/// `&`, or white space (`\s`: space, tab, line feed, vertical tab, form
/// feed, carriage return).
fn name_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || matches!(b, b'\'' | b'-' | b'.' | b'&' | b' ' | b'\t'..=b'\r')
}

/// A citation with the fields of `f` at `span`.
pub(crate) fn citation(span: Span, f: Fields) -> Citation {
    Citation {
        span,
        author: f.author,
        title: f.title,
        year: f.year,
        volume: f.volume,
        number: f.number,
        page: f.page,
        note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_doc::Annotator;

    fn found(text: &str) -> Vec<String> {
        let mut doc = Document::new("t", text.to_string());
        dossier_segment::Segmenter::new().annotate(&mut doc);
        citations(&doc)
            .iter()
            .map(|c| doc.slice(c.span).to_string())
            .collect()
    }

    #[test]
    fn several_in_one_parenthesis() {
        assert_eq!(
            found("It broke the estates (Ardalan 1999; Lindqvist and Mahfouz 2003, pp. 41–44)."),
            ["Ardalan 1999", "Lindqvist and Mahfouz 2003, pp. 41–44"]
        );
    }

    #[test]
    fn narrative_reference() {
        assert_eq!(
            found("He left in 1990, according to Qureishi (2004: 88)."),
            ["Qureishi (2004: 88)"]
        );
    }

    #[test]
    fn not_citations() {
        assert!(found("The Popular Democratic Congress (PDC) met.").is_empty());
        assert!(found("The king died in exile (1971).").is_empty());
        assert!(found("The economist Nasser Rahimi (1931–1994) taught.").is_empty());
        assert!(found("He spoke (as he often did) at length.").is_empty());
    }
}
