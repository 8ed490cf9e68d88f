//! One test per expression shape dossier promises to read.

use dossier_doc::{Annotator, Document, TimeModifier};
use dossier_time::{tag, TimeAnnotator};

/// Values found in `text` against `reference`.
fn values(text: &str, reference: Option<&str>) -> Vec<String> {
    tag(text, reference, false)
        .into_iter()
        .map(|t| t.value.unwrap_or_else(|| "null".into()))
        .collect()
}

/// The single value found in `text`.
fn one(text: &str, reference: Option<&str>) -> String {
    let v = values(text, reference);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v[0].clone()
}

/// Runs segmentation and the time step over a whole document.
fn annotate(text: &str, date: Option<&str>) -> Document {
    let mut doc = Document::new("t", text.to_string());
    doc.date = date.map(String::from);
    dossier_segment::Segmenter::new().annotate(&mut doc);
    TimeAnnotator::new().annotate(&mut doc);
    doc
}

fn doc_values(doc: &Document) -> Vec<(String, String)> {
    doc.times
        .iter()
        .map(|t| {
            (
                doc.slice(t.span).to_string(),
                t.value.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn full_dates_in_every_style() {
    for s in [
        "It began on March 3, 1958.",
        "It began on 3 March 1958.",
        "It began on the 3rd of March, 1958.",
        "It began on March 3rd 1958.",
        "It began on Mar. 3, 1958.",
        "It began on 1958-03-03.",
        "It began on 03/03/1958.",
        "It began on 3/3/1958.",
    ] {
        assert_eq!(one(s, None), "1958-03-03", "{s}");
    }
}

#[test]
fn slashed_dates_follow_the_day_order_setting() {
    assert_eq!(one("It was signed on 03/04/1958.", None), "1958-03-04");
    let t = tag("It was signed on 03/04/1958.", None, true);
    assert_eq!(t[0].value.as_deref(), Some("1958-04-03"));
    assert_eq!(one("It was signed on 23/04/1958.", None), "1958-04-23");
}

#[test]
fn months_and_years() {
    assert_eq!(one("The coup came in September 1962.", None), "1962-09");
    assert_eq!(one("They struck in October of 1964.", None), "1964-10");
    assert_eq!(one("He died in 1971.", None), "1971");
    assert_eq!(one("It has ruled since 1975.", None), "1975");
    assert_eq!(one("After the 1967 war, talks stalled.", None), "1967");
    assert_eq!(one("A 2007 report put it at 5,500.", None), "2007");
}

#[test]
fn counts_pages_and_money_are_not_years() {
    for s in [
        "The army sent 12500 troops.",
        "See p. 77 and No. 12.",
        "It cost $1,900 and $1900.",
        "Estimates range from 2000-2500 fighters.",
        "Some 2000 troops crossed.",
        "(Mahfouz 1997: 23-31)",
        "as Ardalan argues (Ardalan 1999; Lindqvist et al. 2008).",
    ] {
        assert!(values(s, None).is_empty(), "{s}: {:?}", values(s, None));
    }
}

#[test]
fn ranges() {
    assert_eq!(one("The reform of 1961-64 failed.", None), "1961/1964");
    assert_eq!(
        one("The reform of 1961\u{2013}1964 failed.", None),
        "1961/1964"
    );
    assert_eq!(
        one("Shipments arrived between 1996 and 2008.", None),
        "1996/2008"
    );
    assert_eq!(one("He ruled from 1961 to 1964.", None), "1961/1964");
    assert_eq!(
        one("Talks ran 12\u{2013}14 March 2011.", None),
        "2011-03-12/2011-03-14"
    );
}

#[test]
fn decades_and_centuries() {
    assert_eq!(
        one("Baydar doubled in size during the 1950s.", None),
        "195X"
    );
    assert_eq!(one("It was popular in the 60's.", None), "196X");
    assert_eq!(one("Its roots lie in the late 60s.", None), "196X");
    assert_eq!(one("Railways came in the 1880s.", None), "188X");
    assert_eq!(one("It was built in the 19th century.", None), "18");
}

#[test]
fn seasons_and_parts_of_periods() {
    assert_eq!(one("He crossed in the winter of 1990.", None), "1990-WI");
    let t = tag("By the end of 1959 it was over.", None, false);
    assert_eq!(t[0].value.as_deref(), Some("1959"));
    assert_eq!(t[0].modifier, Some(TimeModifier::End));
    let t = tag("It was founded in late 1973.", None, false);
    assert_eq!(
        (t[0].value.as_deref(), t[0].modifier),
        (Some("1973"), Some(TimeModifier::End))
    );
    let t = tag("He reported in mid-July of 1974.", None, false);
    assert_eq!(
        (t[0].value.as_deref(), t[0].modifier),
        (Some("1974-07"), Some(TimeModifier::Mid))
    );
}

#[test]
fn weekdays_resolve_into_the_past_for_news() {
    // 14 March 2011 was a Monday.
    assert_eq!(
        one("He spoke to reporters on Sunday.", Some("2011-03-14")),
        "2011-03-13"
    );
    assert_eq!(
        one("Prosecutors said on Monday that", Some("2011-03-14")),
        "2011-03-14"
    );
    assert_eq!(
        one("The talks will resume on Thursday.", Some("2011-03-14")),
        "2011-03-17"
    );
    assert_eq!(
        one("They meet on Thursday next week.", Some("2013-05-07")),
        "2013-05-16"
    );
}

#[test]
fn relative_news_expressions() {
    let r = Some("2011-03-14");
    assert_eq!(one("The sheet was filed last week.", r), "2011-W10");
    assert_eq!(one("It was filed this week.", r), "2011-W11");
    assert_eq!(one("It was filed last month.", r), "2011-02");
    assert_eq!(one("It was filed earlier this year.", r), "2011");
    assert_eq!(one("It was filed in March this year.", r), "2011-03");
    assert_eq!(one("It was filed two years ago.", r), "2009");
    assert_eq!(one("It was filed yesterday.", r), "2011-03-13");
    assert_eq!(
        one("It was completed in December.", Some("2013-01-21")),
        "2012-12"
    );
    assert_eq!(
        one("It is to meet in September.", Some("2009-08-04")),
        "2009-09"
    );
}

#[test]
fn unresolvable_expressions_never_use_the_clock() {
    assert_eq!(one("They met on Tuesday.", None), "XXXX-WXX-2");
    assert_eq!(one("It ended last week.", None), "null");
}

#[test]
fn narrative_anchoring() {
    let doc = annotate(
        "By May 1968 the strike had spread. On May 14 the police moved in.",
        None,
    );
    assert_eq!(doc_values(&doc)[1].1, "1968-05-14");
    let doc = annotate(
        "The senator spoke on 12 April 2005. The ministry replied three days later. \
         The following year the Front split.",
        None,
    );
    let v: Vec<String> = doc_values(&doc).into_iter().map(|x| x.1).collect();
    assert_eq!(v, ["2005-04-12", "2005-04-15", "2006"]);
    let doc = annotate(
        "It became independent on 3 March 1958, after elections the previous autumn.",
        None,
    );
    assert_eq!(doc_values(&doc)[1].1, "1957-FA");
}

#[test]
fn event_anchoring() {
    let doc = annotate(
        "The ledgers were seized in a raid on 12 June 2009. Hadidi spoke on Sunday. \
         Two days after the raid, police arrested the treasurer.",
        Some("2011-03-14"),
    );
    let last = doc.times.last().unwrap();
    assert_eq!(doc.slice(last.span), "Two days after the raid");
    assert_eq!(
        (last.value.as_deref(), last.anchor),
        (Some("2009-06-14"), "event")
    );
}

#[test]
fn datelines_set_the_document_date() {
    for (text, want) in [
        (
            "BAYDAR, 14 March 2011 (Northwind) -- Prosecutors said on Monday that it was so.",
            "2011-03-14",
        ),
        ("Oslo, 9 Nov 1998 (Agency) - The talks ended.", "1998-11-09"),
        (
            "Transcript: Press briefing\nBaydar, 21 January 2013\n\nSPOKESWOMAN: Good afternoon.",
            "2013-01-21",
        ),
        (
            "A timeline\n\nPosted on June 2, 2014 by Omar Farouk\n\nEvery time the news comes.",
            "2014-06-02",
        ),
    ] {
        assert_eq!(annotate(text, None).date.as_deref(), Some(want), "{text}");
    }
    let history = annotate(
        "The state became independent on 3 March 1958, when power passed.",
        None,
    );
    assert_eq!(history.date, None);
}

#[test]
fn a_given_date_beats_the_dateline() {
    let doc = annotate(
        "BAYDAR, 14 March 2011 (Northwind) -- It was said on Sunday.",
        Some("2011-03-20"),
    );
    assert_eq!(doc.date.as_deref(), Some("2011-03-20"));
    assert_eq!(doc.times[1].value.as_deref(), Some("2011-03-20"));
}

#[test]
fn furniture_is_never_read() {
    let doc = annotate("Skip to main content\nShare this article\n\nThe group was founded in 1979.\n\nRelated stories", None);
    assert_eq!(
        doc_values(&doc),
        [("in 1979".to_string(), "1979".to_string())]
    );
}

#[test]
fn last_weekday_is_that_day_of_last_week() {
    // 31 January 2019 was a Thursday.
    let r = Some("2019-01-31");
    assert_eq!(one("They met last Wednesday.", r), "2019-01-23");
    assert_eq!(one("They met this past Wednesday.", r), "2019-01-30");
    assert_eq!(one("They will meet next Wednesday.", r), "2019-02-06");
}
