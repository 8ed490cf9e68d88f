//! One stretch of text (a sentence) seen as tokens, names and times.

use dossier_doc::{Document, Span};

use crate::index::{Index, Overlaps};
use crate::lexicon::class;
use crate::token::{tokenize_into, Tok};

/// A name inside the view.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Name {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// Index into `doc.entities`.
    pub entity: usize,
    /// True when followed by a possessive `'s`: a modifier, not a participant.
    pub possessive: bool,
}

/// A time expression inside the view.
#[derive(Debug, Clone)]
pub(crate) struct TimeRef {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// The normalized value when it names a date or period (not a duration).
    pub value: Option<String>,
    /// True when it bounds a period ("since 2006", "between 1996 and 2008").
    pub bound: bool,
}

/// Tokens of a sentence with the names and times that cover them.
#[derive(Debug)]
pub(crate) struct View {
    /// The tokens.
    pub toks: Vec<Tok>,
    /// Names in token order.
    pub names: Vec<Name>,
    /// Times in token order.
    pub times: Vec<TimeRef>,
}

/// True for a TIMEX3 value that places something on the calendar:
/// `1984-05-04`, `1962-09`, `1990-WI`, `2013-W17`, `1990/1991`, `196X`.
pub(crate) fn is_date(value: &str) -> bool {
    let mut c = value.chars();
    c.next().is_some_and(|d| d.is_ascii_digit()) && c.next().is_some_and(|d| d.is_ascii_digit())
}

impl View {
    /// Builds the view of `span`.
    pub fn new(doc: &Document, index: &Index, span: Span) -> View {
        View::reusing(doc, index, span, Vec::new())
    }

    /// Builds the view of `span` with its tokens in `toks` (emptied first),
    /// so that a walk over sentences hands one vector from view to view.
    pub fn reusing(doc: &Document, index: &Index, span: Span, mut toks: Vec<Tok>) -> View {
        tokenize_into(&doc.text, span, &mut toks);
        let mut quoted = Overlaps::new(&index.quoted, span);
        let mut cited = Overlaps::new(&index.cited, span);
        for t in toks.iter_mut() {
            if quoted.hits(t.span) {
                t.quoted = true;
            }
            if cited.hits(t.span) {
                t.aside = true;
            }
        }
        mark_dateline(&mut toks, doc, index);
        let mut names = names(doc, index, span, &mut toks);
        let times = times(doc, index, span, &mut toks);
        // A name inside a time expression ("May" read as a person) is the time.
        names.retain(|n| toks[n.first].time.is_none());
        for t in toks.iter_mut() {
            t.mention = None;
        }
        for (k, n) in names.iter().enumerate() {
            for t in &mut toks[n.first..=n.last] {
                t.mention = Some(k);
            }
        }
        for t in toks.iter_mut() {
            t.verb = crate::clause::heads_clause(t);
        }
        View { toks, names, times }
    }

    /// Lower-case text of token `i`, or "" past the end.
    pub fn w(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
    }

    /// True when token `i` is a word of a class in `mask`.
    pub fn is(&self, i: usize, mask: u32) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.word && t.mention.is_none() && t.time.is_none() && t.classes & mask != 0
        })
    }

    /// Lower-case words from token `a` to token `b` inclusive, space-separated.
    pub fn span_lower(&self, a: usize, b: usize) -> String {
        (a..=b).map(|k| self.w(k)).collect::<Vec<_>>().join(" ")
    }

    /// The span from token `a` to token `b` inclusive.
    pub fn span(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => Span::new(x.span.start, y.span.end),
            _ => Span::default(),
        }
    }
}

/// A dateline ("BAYDAR, 14 March 2011 (Northwind) --") names where the
/// report was filed, not who did anything: it is read as an aside.
fn mark_dateline(toks: &mut [Tok], doc: &Document, index: &Index) {
    let dash = toks
        .iter()
        .take(16)
        .position(|t| !t.word && matches!(t.lower.as_str(), "-" | "\u{2013}" | "\u{2014}"));
    let Some(d) = dash else { return };
    let Some(first) = toks.first() else { return };
    let dated = index
        .times_in(doc, Span::new(first.span.start, toks[d].span.start))
        .any(|t| doc.times[t].value.is_some());
    if dated && toks[..d].iter().any(|t| t.word) {
        let mut end = d;
        while toks.get(end + 1).is_some_and(|t| t.is_punct('-')) {
            end += 1;
        }
        for t in toks.iter_mut().take(end + 1) {
            t.aside = true;
        }
    }
}

fn names(doc: &Document, index: &Index, span: Span, toks: &mut [Tok]) -> Vec<Name> {
    let mut out = Vec::with_capacity(index.names_in(span).len());
    let mut ti = 0;
    for n in index.names_in(span) {
        while ti < toks.len() && toks[ti].span.end <= n.span.start {
            ti += 1;
        }
        let first = ti;
        let mut last = None;
        let mut j = ti;
        while j < toks.len() && toks[j].span.start < n.span.end {
            last = Some(j);
            j += 1;
        }
        let Some(last) = last else { continue };
        let k = out.len();
        for t in &mut toks[first..=last] {
            t.mention = Some(k);
        }
        let after = doc.text.get(n.span.end..).unwrap_or("");
        let possessive = toks[last].lower.ends_with("'s")
            || toks[last].lower.ends_with("\u{2019}s")
            || after.starts_with("'s")
            || after.starts_with("\u{2019}s");
        out.push(Name {
            first,
            last,
            entity: n.entity,
            possessive,
        });
        ti = last + 1;
    }
    // A name that is an adjective of place ("Qaranistani" taken for an
    // entity of its own) stands for the place.
    for n in out.iter_mut() {
        if let Some(Some(place)) = index.demonym_of.get(n.entity) {
            n.entity = *place;
        }
    }
    // Adjectives of place: "Qaranistani forces" stand for Qaranistan.
    for (i, t) in toks.iter_mut().enumerate() {
        if t.cap && t.mention.is_none() {
            if let Some(e) = index.demonyms.get(&t.lower) {
                t.mention = Some(out.len());
                out.push(Name {
                    first: i,
                    last: i,
                    entity: e,
                    possessive: false,
                });
            }
        }
    }
    out.sort_by_key(|n| n.first);
    for (k, n) in out.iter().enumerate() {
        for t in &mut toks[n.first..=n.last] {
            t.mention = Some(k);
        }
    }
    out
}

fn times(doc: &Document, index: &Index, span: Span, toks: &mut [Tok]) -> Vec<TimeRef> {
    let mut out = Vec::new();
    // Times come sorted by start and tokens by position, so one cursor that
    // only moves forward finds each time's tokens: linear however many times
    // a sentence holds.
    let mut cursor = 0;
    for ti in index.times_in(doc, span) {
        let t = &doc.times[ti];
        while cursor < toks.len() && toks[cursor].span.end <= t.span.start {
            cursor += 1;
        }
        // Tokens are never empty: every one from the cursor on that starts
        // before the time ends overlaps it.
        let first = cursor;
        if toks.get(first).is_none_or(|tok| !tok.span.overlaps(t.span)) {
            continue;
        }
        let mut last = first;
        while toks
            .get(last + 1)
            .is_some_and(|tok| tok.span.overlaps(t.span))
        {
            last += 1;
        }
        let k = out.len();
        for tok in &mut toks[first..=last] {
            tok.time = Some(k);
        }
        let before = first.checked_sub(1).map(|b| &toks[b]);
        let inner_bound = toks[first].classes & class::BOUND != 0;
        let bound = inner_bound || before.is_some_and(|b| b.classes & class::BOUND != 0);
        out.push(TimeRef {
            first,
            last,
            value: t.value.clone().filter(|v| is_date(v)),
            bound,
        });
    }
    // The far end of a range is bounded too: "from 1962 to 1975", "between 1996 and 2008".
    for k in 1..out.len() {
        let (a, b) = (out[k - 1].last, out[k].first);
        let range = b > a + 1
            && (a + 1..b)
                .all(|j| matches!(toks[j].lower.as_str(), "to" | "and" | "-" | "\u{2013}"));
        if range && out[k - 1].bound {
            out[k].bound = true;
        }
    }
    out
}
