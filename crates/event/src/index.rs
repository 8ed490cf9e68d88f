//! Document-wide lookups built once: names, times, quotations, citations.

use rustc_hash::FxHashMap as HashMap;

use dossier_doc::{Document, EntityKind, QuoteKind, Span};

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
    pub demonyms: HashMap<String, usize>,
    /// The organization the document is most about: the one named most often.
    pub focus: Option<usize>,
    /// Persons by the last word of a title they are named with ("king" →
    /// Zaid ibn Hamoud), in order of first mention.
    pub roles: HashMap<String, Vec<usize>>,
}

/// True when some span of `spans` (sorted by start) overlaps `span`.
/// Spans of one layer do not nest, so the one starting last before the
/// end of `span` is the only candidate besides its predecessor.
pub(crate) fn any_overlap(spans: &[Span], span: Span) -> bool {
    let k = spans.partition_point(|s| s.start < span.end);
    spans[..k].iter().rev().take(2).any(|s| s.overlaps(span))
}

/// Title words of persons: a mention's role, or the capitalized word the
/// mention opens with when it is not part of the name ("King Zaid").
fn roles(doc: &Document) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let name_first = e
            .name
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        for m in &e.mentions {
            let role = m.role.as_deref().and_then(|r| r.split_whitespace().last());
            let opener = doc.slice(m.span).split_whitespace().next();
            for w in role.into_iter().chain(opener) {
                let w = w.to_lowercase();
                if w.is_empty() || w == name_first {
                    continue;
                }
                let list = out.entry(w).or_default();
                if !list.contains(&i) {
                    list.push(i);
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
        Index {
            roles: roles(doc),
            demonyms: demonyms(doc),
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
    pub fn times_in(&self, doc: &Document, span: Span) -> Vec<usize> {
        let a = self
            .times
            .partition_point(|&i| doc.times[i].span.start < span.start);
        // Times are sorted by start; one that starts before the span may still reach into it.
        let from = a.saturating_sub(1);
        self.times[from..]
            .iter()
            .copied()
            .take_while(|&i| doc.times[i].span.start < span.end)
            .filter(|&i| doc.times[i].span.overlaps(span))
            .collect()
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

/// Adjectives of place built from location names by the regular English
/// endings: Qaranistan → Qaranistani, Syria → Syrian, Lebanon → Lebanese.
fn demonyms(doc: &Document) -> HashMap<String, usize> {
    let mut out = HashMap::default();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Location {
            continue;
        }
        for name in e.aliases.iter().chain(std::iter::once(&e.name)) {
            let n = name.to_lowercase();
            if n.chars().count() < 4 || n.contains(' ') {
                continue;
            }
            let cut1: String = {
                let mut c = n.chars();
                c.next_back();
                c.as_str().to_string()
            };
            let cut2: String = {
                let mut c = n.chars();
                c.next_back();
                c.next_back();
                c.as_str().to_string()
            };
            for d in [
                format!("{n}i"),
                format!("{n}n"),
                format!("{n}an"),
                format!("{n}ian"),
                format!("{n}ese"),
                format!("{cut1}ian"),
                format!("{cut1}an"),
                format!("{cut1}ese"),
                format!("{cut2}ese"),
            ] {
                out.entry(d).or_insert(i);
            }
        }
    }
    out
}
