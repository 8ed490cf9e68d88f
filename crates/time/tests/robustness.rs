//! The time step must never panic and must stay linear on any input.

use dossier_doc::{Annotator, Document};
use dossier_time::TimeAnnotator;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const PIECES: &[&str] = &[
    "May",
    "14",
    "1979",
    "-",
    "\u{2013}",
    "/",
    "on",
    "the",
    "Tuesday",
    "last",
    "week",
    "3rd",
    "of",
    ",",
    ".",
    "é",
    "\u{201c}",
    "ago",
    "two",
    "days",
    "after",
    "raid",
    "1961-64",
    "\n",
    "\n\n",
    "BAYDAR",
    "(",
    ")",
    "2009-06",
    "99999999",
    "31/02/2000",
    "late",
    "60's",
    "winter",
    "Q",
    "4",
    "between",
    "and",
    "from",
    "to",
    "date",
    "now",
    "for",
    "starting",
    "weekend",
    "Friday",
    "nineteen",
    "thousand",
    "twenty",
    "first",
    "w/c",
    "Fridays",
    "138-2010-2015",
    "5/1-5/7",
    "through",
    "18q4",
];

#[test]
fn random_token_soup_never_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let n = (rng.next() % 40) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
            if rng.next() % 3 < 2 {
                text.push(' ');
            }
        }
        let mut doc = Document::new("fuzz", text.clone());
        if rng.next() & 1 == 1 {
            doc.date = Some("2011-03-14".into());
        }
        dossier_segment::Segmenter::new().annotate(&mut doc);
        TimeAnnotator::new().annotate(&mut doc);
        for t in &doc.times {
            assert!(text.get(t.span.start..t.span.end).is_some(), "{text:?}");
        }
    }
}

#[test]
fn extreme_numbers_are_refused_not_overflowed() {
    for s in [
        "9999-12-31 and 0001-01-01",
        "10/31/99999",
        "the 4294967295th century",
        "in 2099 and 1000",
    ] {
        let mut doc = Document::new("x", s.to_string());
        dossier_segment::Segmenter::new().annotate(&mut doc);
        TimeAnnotator::new().annotate(&mut doc);
    }
}

#[test]
fn long_runs_of_joined_shapes_stay_sound() {
    let text = "from 3 May to date, for 3 days starting Friday 7/6 to now ".repeat(3000);
    let mut doc = Document::new("x", text.clone());
    doc.date = Some("2011-03-14".into());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    TimeAnnotator::new().annotate(&mut doc);
    assert!(doc.times.len() >= 3000);
    for w in doc.times.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "overlap: {:?}", w);
    }
}
