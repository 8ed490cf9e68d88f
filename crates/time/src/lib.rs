//! Time expressions, their normalized values, and the document date.
//!
//! A timeline is only as good as its dates, and the sources dossier reads
//! date things in every way English allows: "3 March 1958", "03/03/1958",
//! "the late 60s", "the winter of 1990", "on Sunday", "two days after the
//! raid". This crate finds those expressions in a [`Document`](dossier_doc::Document)'s content
//! sentences and gives each a TIMEX3 value (`1958-03-03`, `196X`,
//! `1990-WI`, `2011-W10`, `1961/1964`), so that later steps can date
//! quotations and events and the knowledge base can order and compare them.
//!
//! Work is split in three, each in its own module:
//!
//! * **recognition** reads one sentence's tokens with small hand-written
//!   patterns (no regular expressions, one left-to-right pass) and keeps what
//!   the text leaves open open: "May 14" is a day without a year;
//! * **resolution** fills the gaps in text order from the document date,
//!   the narrative's running date, or the date of an event the expression
//!   names, and never from the clock;
//! * the **dateline** reader sets [`Document::date`](dossier_doc::Document::date) from `PLACE, date
//!   (Agency) --` or `Posted on date` when neither `--date` nor page metadata
//!   gave one.
//!
//! Feasts are dated by rules kept in a lexicon: fixed days, weekdays of a
//! month, days from Easter, and days of the Hebrew (computed, see
//! [`calendar::hebrew`]), Islamic, Chinese and Indian calendars (compiled
//! tables of published or computed days), so "Yom Kippur 1973", "Eid
//! al-Adha 2018" and "Diwali in 2019" are days like "Christmas 2012".
//!
//! [`TimexValue`] is the public face of a value: parse one with
//! [`parse_value`], then sort, test containment or overlap. Mixed precision
//! is ordered from the general to the particular, which is what a timeline
//! needs when one source says "1971" and another "March 1971".
//!
//! ```
//! use dossier_doc::{Annotator, Document};
//! let text = "BAYDAR, 14 March 2011 (Northwind) -- Police said on Sunday that the group \
//!             was founded in 1979. A raid followed on 12 June 2009. \
//!             Two days after the raid, its treasurer was arrested.";
//! let mut doc = Document::new("t", text.to_string());
//! dossier_segment::Segmenter::new().annotate(&mut doc);
//! dossier_time::TimeAnnotator::new().annotate(&mut doc);
//! assert_eq!(doc.date.as_deref(), Some("2011-03-14"));
//! let values: Vec<_> = doc.times.iter().filter_map(|t| t.value.as_deref()).collect();
//! assert_eq!(values, ["2011-03-14", "2011-03-13", "1979", "2009-06-12", "2009-06-14"]);
//! ```
#![deny(missing_docs)]

mod annotator;
pub mod calendar;
mod dateline;
mod expr;
mod holiday;
mod lexicon;
mod recognize;
mod resolve;
mod token;
mod value;

pub use annotator::TimeAnnotator;
pub use calendar::Date;
pub use value::{parse_value, Precision, Season, TimexValue};

use dossier_doc::{Span, Time};

/// Reads a `YYYY-MM-DD` date, ignoring anything after the day
/// (`2012-11-08T09:30:00Z` is 8 November 2012).
pub fn parse_date(s: &str) -> Option<Date> {
    match TimexValue::parse(s.get(..10).unwrap_or(s))? {
        TimexValue::Day(d) => Some(d),
        _ => None,
    }
}

/// Finds and resolves the time expressions of a short standalone text (a
/// query, a caption, a test sentence), as one paragraph, against
/// `reference` (a `YYYY-MM-DD` date) when given.
///
/// ```
/// let times = dossier_time::tag("The talks resume next week.", Some("2013-01-21"), false);
/// assert_eq!(times[0].value.as_deref(), Some("2013-W05"));
/// ```
pub fn tag(text: &str, reference: Option<&str>, day_first: bool) -> Vec<Time> {
    let span = Span::new(0, text.len());
    let found = recognize::recognize(text, span, day_first);
    let mut resolver = resolve::Resolver::new(text, reference.and_then(parse_date));
    let at = resolve::Place {
        block: 0,
        sentence: span,
        dateline: false,
    };
    found
        .iter()
        .map(|m| annotator::to_time(m, resolver.resolve(m, at)))
        .collect()
}
