//! Resolution: a recognized expression and its context in, a value out.
//!
//! Three references are available, and each kind of expression uses the one
//! a reader would:
//!
//! * the **document date**, for deictic expressions ("yesterday", "last
//!   week", "on Sunday" in a news report);
//! * the **narrative date**, the last date the text itself gave, for
//!   expressions that continue a story ("three days later", "the following
//!   year", "May 14" after "By May 1968") — HeidelTime's narrative mode;
//! * an **event's date**, for "two days after the raid": the latest earlier
//!   expression in a sentence that mentions the raid.
//!
//! A year-less day or month ("in December", "May 3") takes its year from the
//! narrative date when the document has no date or when that narrative date
//! was given in the same paragraph; otherwise from the document date, in the
//! direction the clause's tense points (the nearest occurrence when the
//! tense is silent). Nothing is ever resolved against the clock: with no
//! reference at all a value stays partial (`XXXX-WXX-2`) or empty.
//!
//! The calendar arithmetic itself (units moved and counted, the occurrence
//! the tense points to) lives in `reckon`.

use dossier_doc::Span;

mod reckon;

use crate::calendar::{add_months, month_week, Date};
use crate::expr::{Base, Expr, WeekRel};
use crate::holiday::{Length, Rule};
use crate::lexicon::Unit;
use crate::recognize::Mention;
use crate::value::{Precision, TimexValue};
use reckon::{nearest, nth_of, season_from, shift, span, week_value, weekday_date, with_year};

/// A value already resolved, kept as a possible later reference.
#[derive(Debug, Clone)]
struct Entry {
    value: TimexValue,
    block: usize,
    sentence: Span,
    dateline: bool,
}

/// The result of resolving one mention.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    /// The value, `None` when nothing fixes it.
    pub value: Option<TimexValue>,
    /// What the value was computed from: `absolute`, `document`, `narrative` or `event`.
    pub anchor: &'static str,
}

/// Resolves a document's mentions in text order, remembering each value as
/// the next ones' narrative reference.
pub(crate) struct Resolver<'a> {
    text: &'a str,
    doc: Option<Date>,
    history: Vec<Entry>,
    /// Index in `history` of the latest value of each precision (by
    /// `Precision as usize`), so that finding the latest day among many
    /// years costs no scan.
    latest_of: [Option<usize>; PRECISIONS],
}

/// Number of [`Precision`] levels a remembered value can have (day to year).
const PRECISIONS: usize = Precision::Year as usize + 1;

/// Where a mention stands.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    /// Index of its block.
    pub block: usize,
    /// Its sentence's span.
    pub sentence: Span,
    /// True for the dateline's date.
    pub dateline: bool,
}

impl<'a> Resolver<'a> {
    /// A resolver over `text`, with the document date if there is one.
    pub fn new(text: &'a str, doc: Option<Date>) -> Resolver<'a> {
        Resolver {
            text,
            doc,
            history: Vec::new(),
            latest_of: [None; PRECISIONS],
        }
    }

    /// Resolves `m` and remembers its value.
    pub fn resolve(&mut self, m: &Mention, at: Place) -> Resolved {
        let r = self.value(&m.expr, m.future, at);
        if let Some(v) = &r.value {
            if v.precision() <= Precision::Year {
                if let Some(slot) = self.latest_of.get_mut(v.precision() as usize) {
                    *slot = Some(self.history.len());
                }
                self.history.push(Entry {
                    value: v.clone(),
                    block: at.block,
                    sentence: at.sentence,
                    dateline: at.dateline,
                });
            }
        }
        r
    }

    fn value(&self, e: &Expr, future: Option<bool>, at: Place) -> Resolved {
        match e {
            Expr::Abs(v) => done(Some(v.clone()), "absolute"),
            Expr::MonthDay { month, day } => {
                let (m, d) = (*month, *day);
                let make = move |y| Date::new(y, m, d).map(TimexValue::Day);
                self.yearless(make, future, at, format!("XXXX-{m:02}-{d:02}"))
            }
            Expr::MonthWeek { month, n } => {
                let (m, n) = (*month, *n);
                let make = move |y| week_value(month_week(y, m, n)?);
                self.yearless(make, future, at, format!("XXXX-{m:02}-WXX"))
            }
            Expr::InMonth { base, shift, pick } => match self.reference(*base, Precision::Month) {
                Some((r, a)) => {
                    let day =
                        add_months(r.year, r.month, *shift).and_then(|(y, m)| pick.in_month(y, m));
                    done(day.map(TimexValue::Day), a)
                }
                None => done(None, base_name(*base)),
            },
            Expr::WeekdayDate { dow, month, day } => {
                match self.reference(Base::Document, Precision::Day) {
                    Some((r, a)) => done(weekday_date(r, *dow, *month, *day, future), a),
                    None if *month > 0 => done(
                        Some(TimexValue::Unresolved(format!("XXXX-{month:02}-{day:02}"))),
                        "document",
                    ),
                    None => done(
                        Some(TimexValue::Unresolved(format!("XXXX-WXX-{dow}"))),
                        "document",
                    ),
                }
            }
            Expr::MonthDayOnly(d) => {
                let d = *d;
                match self.reference(Base::Document, Precision::Day) {
                    Some((r, a)) => {
                        let make = |k: i64| {
                            let (y, m) = add_months(r.year, r.month, k)?;
                            Date::new(y, m, d)
                        };
                        let cands = [make(-1), make(0), make(1)];
                        let pick = match future {
                            Some(true) => cands.iter().flatten().find(|c| **c >= r),
                            Some(false) => cands.iter().flatten().rev().find(|c| **c <= r),
                            None => cands
                                .iter()
                                .flatten()
                                .min_by_key(|c| (c.days() - r.days()).abs()),
                        };
                        done(pick.map(|&c| TimexValue::Day(c)), a)
                    }
                    None => done(
                        Some(TimexValue::Unresolved(format!("XXXX-XX-{d:02}"))),
                        "document",
                    ),
                }
            }
            Expr::Holiday(h) => {
                let h = *h;
                let make = move |y| h.value(y);
                let partial = match h.rule {
                    Rule::Fixed { month, day }
                        if h.length == Length::Days(1) && h.moves[0].0 == 0 =>
                    {
                        format!("XXXX-{month:02}-{day:02}")
                    }
                    _ => "XXXX-XX-XX".to_string(),
                };
                self.yearless(make, future, at, partial)
            }
            Expr::Month(m) => {
                let m = *m;
                let make = move |year| Some(TimexValue::Month { year, month: m });
                self.yearless(make, future, at, format!("XXXX-{m:02}"))
            }
            Expr::Season(s) => {
                let s = *s;
                let make = move |year| Some(TimexValue::Season { year, season: s });
                self.yearless(make, future, at, format!("XXXX-{}", s.code()))
            }
            Expr::MonthRel { month, shift, base } => match self.reference(*base, Precision::Year) {
                Some((r, a)) => {
                    let year = r.year.checked_add(i32::try_from(*shift).unwrap_or(0));
                    done(
                        year.map(|year| TimexValue::Month {
                            year,
                            month: *month,
                        }),
                        a,
                    )
                }
                None => done(None, base_name(*base)),
            },
            Expr::MonthNear { month, shift } => {
                match self.reference(Base::Document, Precision::Month) {
                    Some((r, a)) => {
                        let year = match *shift {
                            s if s < 0 => r.year - i32::from(*month >= r.month),
                            0 => r.year,
                            _ => r.year + i32::from(*month <= r.month),
                        };
                        done(
                            Some(TimexValue::Month {
                                year,
                                month: *month,
                            }),
                            a,
                        )
                    }
                    None => done(None, "document"),
                }
            }
            Expr::SeasonRel {
                season,
                shift,
                base,
            } => match self.reference(*base, Precision::Month) {
                Some((r, a)) => done(season_from(r, *season, *shift), a),
                None => done(None, base_name(*base)),
            },
            Expr::Weekday { dow, rel } => self.weekday(*dow, *rel, future),
            Expr::Rel {
                base,
                unit,
                n,
                grain,
            } => match self.reference(*base, need(*grain)) {
                Some((r, a)) => done(shift(r, *unit, *n, *grain), a),
                None => done(None, base_name(*base)),
            },
            Expr::Event {
                unit,
                n,
                appositive: true,
                ..
            } if self
                .history
                .last()
                .is_some_and(|e| e.sentence == at.sentence) =>
            {
                let _ = (unit, n);
                done(self.history.last().map(|e| e.value.clone()), "event")
            }
            Expr::Event {
                unit, n, keywords, ..
            } => match self.event(keywords) {
                Some(d) => done(shift(d, *unit, *n, Unit::Day), "event"),
                None => self.value(
                    &Expr::Rel {
                        base: Base::Narrative,
                        unit: *unit,
                        n: *n,
                        grain: Unit::Day,
                    },
                    future,
                    at,
                ),
            },
            Expr::Offset { unit, n, from } => {
                let r = self.value(from, future, at);
                let start = r.value.as_ref().and_then(TimexValue::start);
                match start {
                    Some(d) => done(shift(d, *unit, *n, Unit::Day), r.anchor),
                    None => done(None, r.anchor),
                }
            }
            Expr::Span { base, unit, n } => match self.reference(*base, need(*unit)) {
                Some((r, a)) => done(span(r, *unit, *n), a),
                None => done(None, base_name(*base)),
            },
            Expr::Part(inner, _) => self.value(inner, future, at),
            Expr::NthOf { n, count, unit, of } => {
                let r = self.value(of, future, at);
                let v = r.value.as_ref().and_then(|v| nth_of(v, *n, *count, *unit));
                done(v, r.anchor)
            }
            Expr::HolidayIn(h, of) => {
                let r = self.value(of, future, at);
                let year = r.value.as_ref().and_then(TimexValue::start).map(|d| d.year);
                done(year.and_then(|y| h.value(y)), r.anchor)
            }
            Expr::WeekOf(inner) | Expr::WeekendOf(inner) => {
                let r = self.value(inner, future, at);
                let day = r.value.as_ref().and_then(TimexValue::start);
                let weekend = matches!(e, Expr::WeekendOf(_));
                let v = day.and_then(|d| {
                    let d = if weekend && d.weekday() == 1 {
                        d.add_days(-1)?
                    } else {
                        d
                    };
                    let (year, week) = d.iso_week();
                    Some(if weekend {
                        TimexValue::Weekend { year, week }
                    } else {
                        TimexValue::Week { year, week }
                    })
                });
                done(v, r.anchor)
            }
            Expr::Range(a, b) => self.range(a, b, future, at),
        }
    }

    /// A range: the later end first, so that a year-less earlier end can
    /// borrow its year ("from March to May 1990").
    fn range(&self, a: &Expr, b: &Expr, future: Option<bool>, at: Place) -> Resolved {
        if let Expr::Weekday {
            dow,
            rel: WeekRel::Nearest,
        } = *b
        {
            // "from next Monday to Friday": the first such day from the start.
            let ra = self.value(a, future, at);
            let first = ra.value.as_ref().and_then(TimexValue::start);
            let end = first.and_then(|d| {
                let fwd = (i64::from(dow) - i64::from(d.weekday())).rem_euclid(7);
                d.add_days(fwd)
            });
            let value = first.zip(end).map(|(a, b)| {
                TimexValue::Range(Box::new(TimexValue::Day(a)), Box::new(TimexValue::Day(b)))
            });
            return done(value, ra.anchor);
        }
        // "between now and November 15th": the end after now, the start
        // before it.
        let now = |e: &Expr| {
            matches!(
                e,
                Expr::Rel {
                    base: Base::Document,
                    unit: Unit::Day,
                    n: 0,
                    ..
                }
            )
        };
        let future = match (now(a), now(b)) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => future,
        };
        let rb = self.value(b, future, at);
        // "between the middle of March and the end of September": a part
        // of a year-less period borrows the year as the period would.
        let a = match a {
            Expr::Part(inner, _) if inner.lacks_year() => inner,
            a => a,
        };
        let ra = match (&rb.value, a) {
            (Some(vb), a) if a.lacks_year() => match vb.start() {
                // "Nov - Feb 5th, 2017", "from 10/25 to 01/25": an earlier
                // end later in the year belongs to the year before.
                Some(d) => {
                    let v = with_year(a, d.year).filter(|v| v.start().is_some_and(|s| s <= d));
                    done(v.or_else(|| with_year(a, d.year - 1)), rb.anchor)
                }
                None => self.value(a, future, at),
            },
            _ => self.value(a, future, at),
        };
        let value = match (ra.value, rb.value) {
            (Some(x), Some(y)) if x.start().is_some() && y.start().is_some() => {
                Some(TimexValue::Range(Box::new(x), Box::new(y)))
            }
            _ => None,
        };
        let anchor = if ra.anchor == "absolute" {
            rb.anchor
        } else {
            ra.anchor
        };
        done(value, anchor)
    }

    /// A day, month or season without a year.
    fn yearless(
        &self,
        make: impl Fn(i32) -> Option<TimexValue>,
        future: Option<bool>,
        at: Place,
        partial: String,
    ) -> Resolved {
        if let Some(anchor) = self.narrative_for_yearless(at) {
            let r = anchor.start();
            let value = match (anchor.precision(), r) {
                (Precision::Year, Some(r)) => make(r.year),
                (_, Some(r)) => nearest(&make, r, None),
                _ => None,
            };
            return done(value, "narrative");
        }
        match self.doc {
            Some(doc) => done(nearest(&make, doc, future), "document"),
            None => done(Some(TimexValue::Unresolved(partial)), "document"),
        }
    }

    /// The narrative date a year-less expression may take its year from.
    ///
    /// Without a document date, always the last one. With a document date,
    /// only a month or day given earlier in the same sentence ("May 2013:
    /// shelling on May 3 and May 9"), or a day given earlier in the same
    /// paragraph: a report's "in September" otherwise means the September
    /// nearest the report, not one of the years it recounts.
    fn narrative_for_yearless(&self, at: Place) -> Option<&TimexValue> {
        let last = self.history.last()?;
        if self.doc.is_none() {
            return Some(&last.value);
        }
        let p = last.value.precision();
        let same_sentence = last.sentence == at.sentence && p <= Precision::Month;
        let same_block = last.block == at.block && p == Precision::Day;
        ((same_sentence || same_block) && !last.dateline).then_some(&last.value)
    }

    /// A weekday against the document date, or else a narrative day.
    fn weekday(&self, dow: u8, rel: WeekRel, future: Option<bool>) -> Resolved {
        let (r, anchor, rel) = match (self.doc, self.latest(Precision::Day)) {
            (Some(d), _) => (d, "document", rel),
            (None, Some(v)) => match v.start() {
                Some(d) => (
                    d,
                    "narrative",
                    if rel == WeekRel::Nearest {
                        WeekRel::Future
                    } else {
                        rel
                    },
                ),
                None => return done(None, "narrative"),
            },
            (None, None) => {
                return done(
                    Some(TimexValue::Unresolved(format!("XXXX-WXX-{dow}"))),
                    "document",
                )
            }
        };
        let back = (i64::from(r.weekday()) - i64::from(dow)).rem_euclid(7);
        let fwd = (i64::from(dow) - i64::from(r.weekday())).rem_euclid(7);
        let days = match rel {
            WeekRel::Nearest if future == Some(true) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            WeekRel::Nearest => -back,
            WeekRel::Past => {
                if back == 0 {
                    -7
                } else {
                    -back
                }
            }
            WeekRel::Future => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            WeekRel::Week(n) => 7 * n + i64::from(dow) - i64::from(r.weekday()),
        };
        done(r.add_days(days).map(TimexValue::Day), anchor)
    }

    /// The reference date for a relative expression and what it is.
    fn reference(&self, base: Base, need: Precision) -> Option<(Date, &'static str)> {
        let doc = self.doc.map(|d| (d, "document"));
        let narrative = self
            .latest(need)
            .and_then(|v| v.start())
            .map(|d| (d, "narrative"));
        match base {
            Base::Document => doc.or(narrative),
            Base::Narrative => narrative.or(doc),
        }
    }

    /// The latest remembered value at least as fine as `need`.
    fn latest(&self, need: Precision) -> Option<&TimexValue> {
        let levels = (need as usize + 1).min(PRECISIONS);
        let k = self.latest_of[..levels].iter().flatten().max()?;
        self.history.get(*k).map(|e| &e.value)
    }

    /// The date of the event `keywords` name: of the recent days given in
    /// sentences that share words with them, the one sharing most, and the
    /// latest among equals.
    fn event(&self, keywords: &[String]) -> Option<Date> {
        let stems: Vec<&str> = keywords
            .iter()
            .map(|k| stem(k))
            .filter(|s| s.len() >= 3)
            .collect();
        let mut seen = vec![false; stems.len()];
        let mut best: Option<(usize, Date)> = None;
        for e in self.history.iter().rev().take(64) {
            let TimexValue::Day(d) = e.value else {
                continue;
            };
            let Some(text) = self.text.get(e.sentence.start..e.sentence.end) else {
                continue;
            };
            seen.fill(false);
            for w in text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() >= 3)
            {
                let w = stem(w);
                for (s, hit) in stems.iter().zip(seen.iter_mut()) {
                    *hit |= s.eq_ignore_ascii_case(w);
                }
            }
            let score = seen.iter().filter(|&&h| h).count();
            if score > 0 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, d));
            }
        }
        best.map(|b| b.1)
    }
}

fn done(value: Option<TimexValue>, anchor: &'static str) -> Resolved {
    Resolved { value, anchor }
}

fn base_name(b: Base) -> &'static str {
    match b {
        Base::Document => "document",
        Base::Narrative => "narrative",
    }
}

/// The reference precision a grain needs.
fn need(grain: Unit) -> Precision {
    match grain {
        Unit::Day | Unit::Week | Unit::Fortnight => Precision::Day,
        Unit::Month | Unit::Quarter => Precision::Month,
        _ => Precision::Year,
    }
}

/// A crude English stem (case is compared later, ignoring ASCII case): enough to match "signing" with "signed" and
/// "raid" with "raided".
fn stem(w: &str) -> &str {
    for suf in ["ings", "ing", "ed", "es", "s"] {
        let cut = w.len().saturating_sub(suf.len());
        let tail = w.get(cut..).unwrap_or("");
        if cut >= 3 && tail.eq_ignore_ascii_case(suf) {
            return w.get(..cut).unwrap_or(w);
        }
    }
    w
}
