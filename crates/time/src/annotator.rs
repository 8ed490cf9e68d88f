//! The pipeline step: every content sentence read, every expression
//! resolved in text order, the document date set from a dateline.

use dossier_doc::{Annotator, Document, Layer, Span, Time};

use crate::calendar::Date;
use crate::recognize::{recognize, Mention};
use crate::resolve::{Place, Resolver};
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
        let line = dateline::find(doc);
        if doc.date.is_none() {
            doc.date = line.map(|(d, _)| d.to_string());
        }
        let doc_date = doc.date.as_deref().and_then(parse_date);
        doc.times = times(doc, doc_date, line.map(|l| l.1));
    }
}

/// Every time expression of the content sentences, resolved.
fn times(doc: &Document, doc_date: Option<Date>, line: Option<Span>) -> Vec<Time> {
    let found: Vec<(Mention, Place)> = doc
        .content_sentences()
        .flat_map(|(_, s)| {
            recognize(&doc.text, s.span, doc.settings.day_first)
                .into_iter()
                .map(move |m| {
                    let dateline = line.is_some_and(|l| l.overlaps(m.span));
                    let place = Place {
                        block: s.block,
                        sentence: s.span,
                        dateline,
                    };
                    (m, place)
                })
        })
        .collect();
    let mut resolver = Resolver::new(&doc.text, doc_date);
    found
        .iter()
        .map(|(m, at)| to_time(m, resolver.resolve(m, *at)))
        .collect()
}

/// The document layer's form of a resolved mention.
pub(crate) fn to_time(m: &Mention, r: crate::resolve::Resolved) -> Time {
    Time {
        span: m.span,
        value: r.value.map(|v| v.to_string()),
        modifier: m.modifier,
        anchor: r.anchor,
    }
}
