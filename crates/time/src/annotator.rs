//! The pipeline step: every content sentence read, every expression
//! resolved in text order, the document date set from a dateline.

use dossier_doc::{Annotator, Document, Layer, Span, Time};

use crate::calendar::Date;
use crate::recognize::{recognize_with, Mention};
use crate::resolve::{Place, Resolver};
use crate::value::TimexValue;
use crate::{dateline, parse_date};

/// Finds time expressions and the document date.
///
/// Reads content sentences (never page furniture), writes
/// [`Document::times`] in text order and, when neither `--date` nor page
/// metadata gave one, [`Document::date`] from a dateline.
#[derive(Debug, Default, Clone, Copy)]
pub struct TimeAnnotator;

impl TimeAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> TimeAnnotator {
        TimeAnnotator
    }
}

impl Annotator for TimeAnnotator {
    fn name(&self) -> &'static str {
        "time"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Times]
    }

    fn annotate(&self, doc: &mut Document) {
        // Sentences are read first, so that the dateline reader takes the
        // mentions of an opening block that is one sentence (a title, a
        // short dateline paragraph) from them instead of reading it again.
        let read = read_sentences(doc);
        let line = dateline::find(doc, |head| {
            let i = read.partition_point(|r| r.span.start < head.start);
            read.get(i)
                .filter(|r| r.span == head)
                .map(|r| r.mentions.as_slice())
        });
        if doc.date.is_none() {
            doc.date = line.map(|(d, _)| d.to_string());
        }
        let doc_date = doc.date.as_deref().and_then(parse_date);
        doc.times = times(doc, read, doc_date, line.map(|l| l.1));
    }
}

/// One content sentence and the mentions recognized in it.
struct Read {
    span: Span,
    block: usize,
    mentions: Vec<Mention>,
}

/// The mentions of every content sentence, in text order.
fn read_sentences(doc: &Document) -> Vec<Read> {
    // One buffer for the lower-cased text of every sentence in turn.
    let mut buf = String::new();
    doc.content_sentences()
        .map(|(_, s)| Read {
            span: s.span,
            block: s.block,
            mentions: recognize_with(&doc.text, s.span, doc.settings.day_first, &mut buf),
        })
        .collect()
}

/// Every time expression of the content sentences, resolved.
fn times(doc: &Document, read: Vec<Read>, doc_date: Option<Date>, line: Option<Span>) -> Vec<Time> {
    let mut resolver = Resolver::new(&doc.text, doc_date);
    let mut out = Vec::new();
    for r in &read {
        for m in &r.mentions {
            let at = Place {
                block: r.block,
                sentence: r.span,
                dateline: line.is_some_and(|l| l.overlaps(m.span)),
            };
            out.push(to_time(m, resolver.resolve(m, at)));
        }
    }
    out
}

/// The document layer's form of a resolved mention.
pub(crate) fn to_time(m: &Mention, r: crate::resolve::Resolved) -> Time {
    Time {
        span: m.span,
        value: r.value.as_ref().map(value_string),
        modifier: m.modifier,
        anchor: r.anchor,
    }
}

/// `v` as its TIMEX3 string. Days, months and years, most of a text's
/// values, are written digit by digit: the formatting machinery cost more
/// than the rest of their resolution.
fn value_string(v: &TimexValue) -> String {
    let mut s = String::with_capacity(10);
    let year = |s: &mut String, y: i32| push_digits(s, u32::try_from(y).ok()?, 4);
    let done = match *v {
        TimexValue::Day(d) => year(&mut s, d.year)
            .and_then(|_| dash_digits(&mut s, d.month))
            .and_then(|_| dash_digits(&mut s, d.day)),
        TimexValue::Month { year: y, month } => {
            year(&mut s, y).and_then(|_| dash_digits(&mut s, month))
        }
        TimexValue::Year(y) => year(&mut s, y),
        _ => None,
    };
    match done {
        Some(()) => s,
        None => v.to_string(),
    }
}

/// Appends `n` zero-padded to `width` digits, when it has no more.
fn push_digits(s: &mut String, n: u32, width: u32) -> Option<()> {
    if n >= 10u32.pow(width) {
        return None;
    }
    for k in (0..width).rev() {
        s.push(char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
    }
    Some(())
}

/// Appends `-` and `n` in two digits.
fn dash_digits(s: &mut String, n: u8) -> Option<()> {
    s.push('-');
    push_digits(s, u32::from(n), 2)
}

#[cfg(test)]
mod tests {
    use super::value_string;
    use crate::value::{parse_value, TimexValue};
    use crate::Date;

    #[test]
    fn values_are_written_as_their_display_writes_them() {
        let mut values: Vec<TimexValue> = [
            "1958-03-03",
            "0001-01-01",
            "1962-09",
            "0033",
            "196X",
            "2011-W10",
            "1990-WI",
        ]
        .iter()
        .filter_map(|s| parse_value(s))
        .collect();
        values.push(TimexValue::Year(-44));
        values.push(TimexValue::Year(12345));
        values.push(TimexValue::Day(Date {
            year: 2001,
            month: 2,
            day: 3,
        }));
        values.push(TimexValue::Month { year: -5, month: 7 });
        assert_eq!(values.len(), 11);
        for v in values {
            assert_eq!(value_string(&v), v.to_string());
        }
    }
}
