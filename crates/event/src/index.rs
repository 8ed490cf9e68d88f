//! Document-wide lookups built once: names, times, quotations, citations.

use rustc_hash::FxHashMap as HashMap;

use dossier_doc::{Document, EntityKind, Lower, QuoteKind, Span};

use crate::demonym::Demonyms;

/// One name occurrence, in text order.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameAt {
    /// The mention's extent.
    pub span: Span,
    /// Index into `doc.entities`.
    pub entity: usize,
}

/// Lookups over one document's layers.
#[derive(Debug)]
pub(crate) struct Index {
    /// Mentions sorted by start, overlaps resolved in favour of the longest.
    pub names: Vec<NameAt>,
    /// Indices into `doc.times`, sorted by start.
    pub times: Vec<usize>,
    /// Spans of direct quotations and citations: nothing is read inside them.
    pub quoted: Vec<Span>,
    /// Spans of citations, read as asides.
    pub cited: Vec<Span>,
    /// Lower-case demonyms ("qaranistani") of location entities.
    pub demonyms: Demonyms,
    /// The organization the document is most about: the one named most often.
    pub focus: Option<usize>,
    /// For each entity, the place its name is an adjective of
    /// ("Qaranistani" → Qaranistan), looked up once per document.
    pub demonym_of: Vec<Option<usize>>,
}

/// True when some span of `spans` (sorted by start) overlaps `span`.
/// Spans of one layer do not nest, so the one starting last before the
/// end of `span` is the only candidate besides its predecessor. Views ask
/// through [`Overlaps`]; this is the reference it is tested against.
#[cfg(test)]
pub(crate) fn any_overlap(spans: &[Span], span: Span) -> bool {
    let k = spans.partition_point(|s| s.start < span.end);
    spans[..k].iter().rev().take(2).any(|s| s.overlaps(span))
}

/// Whether a token overlaps some span of a layer (sorted by start), for
/// tokens asked in text order: the binary search runs once per sentence,
/// then a cursor only moves forward. Spans of one layer do not nest, so
/// the one starting last before the end of the token is the only candidate
/// besides its predecessor.
pub(crate) struct Overlaps<'a> {
    spans: &'a [Span],
    /// How many spans start before the end of the last span asked about.
    k: usize,
}

impl<'a> Overlaps<'a> {
    /// Starts at the first span that may overlap `within`.
    pub fn new(spans: &'a [Span], within: Span) -> Overlaps<'a> {
        let k = spans.partition_point(|s| s.start < within.start);
        Overlaps { spans, k }
    }

    /// True when some span overlaps `span`; `span`s are asked in order of
    /// their end, none ending before `within` starts.
    pub fn hits(&mut self, span: Span) -> bool {
        while self.spans.get(self.k).is_some_and(|s| s.start < span.end) {
            self.k += 1;
        }
        self.spans[..self.k]
            .iter()
            .rev()
            .take(2)
            .any(|s| s.overlaps(span))
    }
}

/// Title words of persons: a mention's role, or the capitalized word the
/// mention opens with when it is not part of the name ("King Zaid").
pub(crate) fn roles(doc: &Document) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let name_first = Lower::of(e.name.split_whitespace().next().unwrap_or(""));
        for m in &e.mentions {
            let role = m.role.as_deref().and_then(|r| r.split_whitespace().last());
            let opener = doc.slice(m.span).split_whitespace().next();
            for w in role.into_iter().chain(opener) {
                let w = Lower::of(w);
                if w.is_empty() || w == name_first {
                    continue;
                }
                match out.get_mut(w.as_str()) {
                    Some(list) if list.contains(&i) => {}
                    Some(list) => list.push(i),
                    None => {
                        out.insert(w.to_string(), vec![i]);
                    }
                }
            }
        }
    }
    out
}

impl Index {
    /// Builds every lookup in O(n log n) over the layers.
    pub fn new(doc: &Document) -> Index {
        let mut names: Vec<NameAt> = doc
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.mentions.iter().map(move |m| NameAt {
                    span: m.span,
                    entity: i,
                })
            })
            .filter(|n| !n.span.is_empty() && !doc.in_furniture(n.span))
            .collect();
        names.sort_by_key(|n| (n.span.start, std::cmp::Reverse(n.span.end)));
        let mut kept: Vec<NameAt> = Vec::with_capacity(names.len());
        for n in names {
            if kept.last().is_none_or(|k| k.span.end <= n.span.start) {
                kept.push(n);
            }
        }
        let mut times: Vec<usize> = (0..doc.times.len())
            .filter(|&i| !doc.times[i].span.is_empty())
            .collect();
        times.sort_by_key(|&i| doc.times[i].span.start);
        let mut quoted: Vec<Span> = doc
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| q.span)
            .collect();
        quoted.sort();
        let mut cited: Vec<Span> = doc.citations.iter().map(|c| c.span).collect();
        cited.sort();
        let demonyms = Demonyms::new(doc);
        let demonym_of = doc
            .entities
            .iter()
            .map(|e| demonyms.get(&Lower::of(&e.name)))
            .collect();
        Index {
            demonyms,
            demonym_of,
            focus: focus(doc, &kept),
            names: kept,
            times,
            quoted,
            cited,
        }
    }

    /// Names whose mention overlaps `span`, in order.
    pub fn names_in(&self, span: Span) -> &[NameAt] {
        let a = self.names.partition_point(|n| n.span.end <= span.start);
        let b = self.names.partition_point(|n| n.span.start < span.end);
        self.names.get(a..b.max(a)).unwrap_or(&[])
    }

    /// Indices into `doc.times` of time expressions overlapping `span`, in order.
    pub fn times_in<'a>(
        &'a self,
        doc: &'a Document,
        span: Span,
    ) -> impl Iterator<Item = usize> + 'a {
        let a = self
            .times
            .partition_point(|&i| doc.times[i].span.start < span.start);
        // Times are sorted by start; one that starts before the span may still reach into it.
        let from = a.saturating_sub(1);
        self.times[from..]
            .iter()
            .copied()
            .take_while(move |&i| doc.times[i].span.start < span.end)
            .filter(move |&i| doc.times[i].span.overlaps(span))
    }
}

/// The organization with the most mentions; ties go to the one named first.
fn focus(doc: &Document, names: &[NameAt]) -> Option<usize> {
    let mut counts: HashMap<usize, (usize, usize)> = HashMap::default();
    for (order, n) in names.iter().enumerate() {
        if doc.entities[n.entity].kind == EntityKind::Organization {
            let c = counts.entry(n.entity).or_insert((0, order));
            c.0 += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, (count, first))| (count, std::cmp::Reverse(first)))
        .map(|(e, _)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_answers_as_binary_search() {
        let spans = [
            Span::new(2, 5),
            Span::new(4, 9),
            Span::new(12, 14),
            Span::new(20, 30),
        ];
        let toks: Vec<Span> = (0..32).map(|i| Span::new(i, i + 1)).collect();
        let mut cursor = Overlaps::new(&spans, Span::new(0, 32));
        for &t in &toks {
            assert_eq!(cursor.hits(t), any_overlap(&spans, t), "{t:?}");
        }
    }
}
