//! When a statement was made, from the time expressions around its cue.
//!
//! In order of preference:
//!
//! 1. a time in the attribution itself, outside the reported content and any
//!    citation: "said on Monday", "told the committee on 4 June 2004", "quoted
//!    by the Sabah Monitor in 2006", "a 2007 report by …". Times after the
//!    cue come first, then times before the speaker ("Two days before the
//!    signing, the minister told …"), then times between speaker and cue
//!    outside an appositive ("X, who chaired the inquiry from 1998 to 2003,
//!    told …" is not dated 1998); within each, the one nearest the cue wins;
//! 2. a time in a citation of the statement's source in the same sentence
//!    ("… admitted years later (interview in El Heraldo, 4 June 1988)");
//! 3. the date that opens the list item the statement stands in
//!    ("• 28 Feb. 2013: … says he will appeal");
//! 4. for a past-tense cue in a dated document, the latest day mentioned
//!    before the cue within the week up to the document date: a news report's
//!    "said" without a time of its own speaks of the news day ("signed on
//!    Monday … Tabrizi said after the ceremony").
//!
//! Otherwise the date is unknown. A present-tense cue ("the report says")
//! reports a standing position and gets no date from the document.
//! Values come from the time layer as normalized there.

use dossier_doc::{BlockKind, Document, Span};

/// Time values of a document, ready for lookups by position.
pub(crate) struct Dates<'a> {
    doc: &'a Document,
    /// Indices of times with a calendar value, in text order.
    dated: Vec<usize>,
    /// The document date as a day number, when it has one.
    today: Option<i64>,
}

impl<'a> Dates<'a> {
    /// Indexes the time layer of `doc`.
    pub fn new(doc: &'a Document) -> Dates<'a> {
        let mut dated: Vec<usize> = (0..doc.times.len())
            .filter(|&i| doc.times[i].value.as_deref().is_some_and(calendar))
            .collect();
        dated.sort_by_key(|&i| doc.times[i].span.start);
        Dates {
            doc,
            dated,
            today: doc.date.as_deref().and_then(day_number),
        }
    }

    /// Times with a calendar value lying inside `within`.
    fn inside(&self, within: Span) -> impl Iterator<Item = (Span, &'a str)> + '_ {
        let from = self
            .dated
            .partition_point(|&i| self.doc.times[i].span.start < within.start);
        self.dated[from..]
            .iter()
            .map(|&i| &self.doc.times[i])
            .take_while(move |t| t.span.start < within.end)
            .filter(move |t| t.span.end <= within.end)
            .filter_map(|t| Some((t.span, t.value.as_deref()?)))
    }

    /// The value of the time in `region` nearest to byte `cue`, skipping
    /// times inside `exclude` and inside citations.
    pub fn in_region(&self, region: Span, exclude: &[Span], cue: usize) -> Option<String> {
        self.inside(region)
            .filter(|(s, _)| !exclude.iter().any(|x| x.overlaps(*s)))
            .filter(|(s, _)| !self.doc.citations.iter().any(|c| c.span.overlaps(*s)))
            .min_by_key(|(s, _)| s.start.abs_diff(cue).min(s.end.abs_diff(cue)))
            .map(|(_, v)| v.to_string())
    }

    /// The value of a time inside a citation in `region`, nearest to `cue`.
    pub fn cited(&self, region: Span, cue: usize) -> Option<String> {
        self.inside(region)
            .filter(|(s, _)| self.doc.citations.iter().any(|c| c.span.contains(*s)))
            .min_by_key(|(s, _)| s.start.abs_diff(cue))
            .map(|(_, v)| v.to_string())
    }

    /// The date opening the list item at `block`, if the block is one.
    pub fn list_lead(&self, block: usize) -> Option<String> {
        let b = self.doc.blocks.get(block)?;
        if !matches!(b.kind, BlockKind::ListItem { .. }) {
            return None;
        }
        let head = Span::new(b.span.start, (b.span.start + 40).min(b.span.end));
        self.inside(head)
            .find(|(s, _)| {
                self.doc
                    .slice(Span::new(b.span.start, s.start))
                    .chars()
                    .all(|c| !c.is_alphanumeric())
            })
            .map(|(_, v)| v.to_string())
    }

    /// The latest day named before byte `at` within the week up to the
    /// document date, skipping times inside `quoted`.
    pub fn news_day(&self, at: usize, quoted: &dyn Fn(Span) -> bool) -> Option<String> {
        let today = self.today?;
        let end = self
            .dated
            .partition_point(|&i| self.doc.times[i].span.start < at);
        self.dated[..end]
            .iter()
            .rev()
            .map(|&i| &self.doc.times[i])
            .filter(|t| t.span.end <= at && !quoted(t.span))
            .filter_map(|t| t.value.as_deref())
            .find(|v| day_number(v).is_some_and(|d| (today - 7..=today).contains(&d)))
            .map(|v| v[..10].to_string())
    }

    /// The first dated time inside `span`, preferring a full day.
    pub fn first_in(&self, span: Span) -> Option<String> {
        let all: Vec<&str> = self.inside(span).map(|(_, v)| v).collect();
        all.iter()
            .find(|v| day_number(v).is_some())
            .or(all.first())
            .map(|v| v.to_string())
    }

    /// The last full day named inside `span`.
    pub fn last_day_in(&self, span: Span) -> Option<String> {
        self.inside(span)
            .filter(|(_, v)| day_number(v).is_some())
            .last()
            .map(|(_, v)| v.to_string())
    }

    /// The document date.
    pub fn document(&self) -> Option<String> {
        self.doc.date.clone()
    }
}

/// True for values that name a calendar time (`1981-02-03`, `2006`, `2013-W18`),
/// not a duration or a set.
fn calendar(v: &str) -> bool {
    v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD…` value.
pub(crate) fn day_number(v: &str) -> Option<i64> {
    let y: i64 = v.get(0..4)?.parse().ok()?;
    if v.get(4..5)? != "-" || v.get(7..8)? != "-" {
        return None;
    }
    let m: i64 = v.get(5..7)?.parse().ok()?;
    let d: i64 = v.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(
            day_number("2009-08-04")
                .zip(day_number("2009-08-03"))
                .map(|(a, b)| a - b),
            Some(1)
        );
        assert_eq!(day_number("2013-W18"), None);
        assert_eq!(day_number("2006"), None);
        assert!(calendar("2013-W18") && calendar("2006") && !calendar("P3D"));
    }
}
