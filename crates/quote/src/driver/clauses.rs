//! Clauses: the units attribution patterns read.

use dossier_doc::{Document, Span};

use crate::marks::Marked;

/// The clauses of a block's `range`: its sentences, merged where a quotation
/// runs across a sentence boundary, then cut at semicolons outside
/// quotations. Each clause comes with the merged sentence it belongs to.
/// `quotes` are in text order; one pointer walks them, so the cost is linear.
pub(super) fn clauses(
    doc: &Document,
    range: Span,
    sentences: &[Span],
    quotes: &[(usize, Marked)],
) -> Vec<(Span, Span)> {
    let mut merged: Vec<Span> = Vec::new();
    let mut q = 0;
    for s in sentences {
        let s = Span::new(s.start.max(range.start), s.end.min(range.end));
        if s.is_empty() {
            continue;
        }
        if let Some(last) = merged.last_mut() {
            while quotes.get(q).is_some_and(|(_, m)| m.outer.end <= last.end) {
                q += 1;
            }
            let crosses = quotes
                .get(q)
                .is_some_and(|(_, m)| m.outer.start < last.end && m.outer.end > last.end);
            if crosses {
                last.end = s.end;
                continue;
            }
        }
        merged.push(s);
    }
    let mut out = Vec::new();
    let mut q = 0;
    for m in merged {
        let mut start = m.start;
        // `;` is one byte and never part of another character's bytes.
        for i in memchr::memchr_iter(b';', doc.slice(m).as_bytes()) {
            let at = m.start + i;
            while quotes.get(q).is_some_and(|(_, x)| x.outer.end <= at) {
                q += 1;
            }
            let inside = quotes
                .get(q)
                .is_some_and(|(_, x)| x.outer.start <= at && at < x.outer.end);
            if !inside {
                out.push((Span::new(start, at + 1), m));
                start = at + 1;
            }
        }
        out.push((Span::new(start, m.end), m));
    }
    out.retain(|(s, _)| !doc.slice(*s).trim().is_empty());
    out
}
