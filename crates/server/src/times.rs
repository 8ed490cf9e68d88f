//! Time expressions of a stored document, for the reader.
//!
//! The store keeps what the knowledge base needs from dates (event and quote
//! dates, date claims) but not every time expression's span. Rather than
//! widen the store's format for a display concern, the reader finds them
//! again: segmentation and time normalization are deterministic functions
//! of the text and the document date, both of which are stored, and they
//! take milliseconds on an article.

use std::sync::OnceLock;

use dossier_doc::{Annotator, CharMap, Document};
use serde::Serialize;

/// One time expression (code-point offsets).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub(crate) struct TimeSpan {
    pub(crate) start: i64,
    pub(crate) end: i64,
    /// TIMEX3 value (`1991`, `1990-WI`, `1958-03-03`), when resolvable.
    pub(crate) value: Option<String>,
    /// `START`, `MID`, `END`, `BEFORE`, `AFTER` or `APPROX`.
    #[serde(rename = "mod")]
    pub(crate) modifier: Option<&'static str>,
}

struct Steps {
    segment: dossier_segment::Segmenter,
    time: dossier_time::TimeAnnotator,
}

fn steps() -> &'static Steps {
    static STEPS: OnceLock<Steps> = OnceLock::new();
    STEPS.get_or_init(|| Steps {
        segment: dossier_segment::Segmenter::new(),
        time: dossier_time::TimeAnnotator::new(),
    })
}

/// The time expressions of `text`, anchored on the document `date`.
pub(crate) fn time_spans(source: &str, text: &str, date: Option<&str>) -> Vec<TimeSpan> {
    let mut doc = Document::new(source, text.to_string());
    doc.date = date.map(str::to_string);
    doc.settings.date_override = doc.date.clone();
    let s = steps();
    s.segment.annotate(&mut doc);
    s.time.annotate(&mut doc);
    let at = CharMap::new(&doc.text);
    doc.times
        .iter()
        .map(|t| TimeSpan {
            start: at.chars(t.span.start) as i64,
            end: at.chars(t.span.end) as i64,
            value: t.value.clone(),
            modifier: t.modifier.map(|m| m.as_str()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_dates_in_code_points() {
        let text = "Émile left in March 1991.";
        let spans = super::time_spans("a.txt", text, Some("2000-01-01"));
        let t = spans
            .iter()
            .find(|t| t.value.as_deref() == Some("1991-03"))
            .unwrap();
        let got: String = text
            .chars()
            .skip(t.start as usize)
            .take((t.end - t.start) as usize)
            .collect();
        // Code points, not bytes: with byte offsets the É would shift the span by one.
        assert_eq!(got.trim_start_matches("in "), "March 1991");
    }
}
