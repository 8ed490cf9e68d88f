//! The document date from a dateline or byline at the top of the text.
//!
//! News wires open with `PLACE, date (Agency) --`; transcripts put
//! `Place, date` under the title; blogs say `Posted on date by …`. The first
//! full date among the opening blocks that stands in one of those shapes is
//! the publication date. A date merely mentioned early in the text is not:
//! history pieces often begin with one.

use dossier_doc::{BlockKind, Document, Span};

use crate::calendar::Date;
use crate::expr::Expr;
use crate::recognize::{recognize, Mention};
use crate::value::TimexValue;

/// How many opening blocks may hold the dateline.
const OPENING_BLOCKS: usize = 6;

/// Words that introduce a publication date in a byline.
const BYLINE_CUES: &[&str] = &[
    "posted on",
    "posted",
    "published on",
    "published",
    "updated on",
    "updated",
    "dated",
    "date:",
    "filed on",
    "filed",
    "first published",
];

/// The dateline's date and the span of its date expression, if the
/// document opens with one. The mentions of a block's head are taken from
/// `known` when it has them (a head that is a whole sentence already read).
pub(crate) fn find<'m>(
    doc: &Document,
    known: impl Fn(Span) -> Option<&'m [Mention]>,
) -> Option<(Date, Span)> {
    doc.blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Furniture || byline_like(doc.slice(b.span)))
        .take(OPENING_BLOCKS)
        .find_map(|b| {
            let head = Span::new(b.span.start, b.span.end.min(b.span.start + 300));
            let head = Span::new(head.start, floor_char(&doc.text, head.end));
            let read;
            let mentions = match known(head) {
                Some(m) => m,
                None => {
                    read = recognize(&doc.text, head, doc.settings.day_first);
                    &read
                }
            };
            mentions.iter().find_map(|m| match m.expr {
                Expr::Abs(TimexValue::Day(d)) if shaped(doc, b.span, m.span) => Some((d, m.span)),
                _ => None,
            })
        })
}

/// True for a furniture line that still carries a byline date.
fn byline_like(s: &str) -> bool {
    let l = s.to_lowercase();
    BYLINE_CUES.iter().any(|c| l.starts_with(c))
}

/// Moves `i` back to a char boundary.
fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// True when the date at `date` stands in a dateline or byline shape within `block`.
fn shaped(doc: &Document, block: Span, date: Span) -> bool {
    let before = doc.slice(Span::new(block.start, date.start)).trim();
    let after = doc.slice(Span::new(date.end, block.end)).trim_start();
    let lower = before.to_lowercase();
    if BYLINE_CUES.iter().any(|c| lower.ends_with(c)) || lower.ends_with("posted on") {
        return true;
    }
    let closes = after.is_empty()
        || after.starts_with(['(', '-', '\u{2013}', '\u{2014}', ':', '|', '\u{b7}'])
        || after.starts_with("by ");
    if before.is_empty() {
        return closes && (after.is_empty() || !after.starts_with(':'));
    }
    // "Sabah Monitor parliamentary digest, 14 March 2014", "Profiles | 17 March 2014":
    // a short header line that ends with its date.
    let header = after.trim_end_matches(['.', ')']).is_empty()
        && before.len() <= 80
        && before.ends_with([',', '|', '\u{b7}', '-', '\u{2013}', '\u{2014}', ':']);
    header || (closes && place(before))
}

/// "BAYDAR,", "Oslo,", "KESH,", "New York,": a short capitalized place and a comma.
fn place(s: &str) -> bool {
    let Some(name) = s.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | ','))
        })
}
