//! Shapes that count inside the calendar: moveable feasts, weekdays and
//! weeks of a month, spans of whole units, offsets from a named day, and
//! numeric dates mixed with month names. One test per shape.

use dossier_time::tag;

/// The single value found in `text` against `reference`.
fn one(text: &str, reference: Option<&str>) -> String {
    let v: Vec<String> = tag(text, reference, false)
        .into_iter()
        .map(|t| t.value.unwrap_or_else(|| "null".into()))
        .collect();
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v[0].clone()
}

// 12 February 2013 was a Tuesday.
const R: Option<&str> = Some("2013-02-12");

#[test]
fn moveable_feasts_are_computed() {
    assert_eq!(one("They met on Thanksgiving 2013.", R), "2013-11-28");
    assert_eq!(one("It fell on Easter 2010.", R), "2010-04-04");
    assert_eq!(one("It fell on Good Friday 2019.", R), "2019-04-19");
    assert_eq!(
        one("The march was held on Labor Day 2014.", R),
        "2014-09-01"
    );
    assert_eq!(one("We will meet on Christmas.", R), "2013-12-25");
}

#[test]
fn a_feast_naming_something_else_is_not_a_date() {
    let v = tag("the Easter Rising began.", R, false);
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn weekdays_and_weeks_counted_in_a_month() {
    assert_eq!(one("the third Tuesday of September 2014", R), "2014-09-16");
    assert_eq!(one("the last Friday of October 2013", R), "2013-10-25");
    assert_eq!(one("the last week of September 2014", R), "2014-W39");
    assert_eq!(one("the first week of 2015", R), "2015-W01");
    assert_eq!(one("the last day of October 2015", R), "2015-10-31");
    assert_eq!(one("on the 20th of next month", R), "2013-03-20");
    assert_eq!(one("the first Monday of this month", R), "2013-02-04");
}

#[test]
fn spans_of_whole_units() {
    assert_eq!(one("over the last two weeks", R), "2013-W05/2013-W06");
    assert_eq!(one("in the next three days", R), "2013-02-13/2013-02-15");
    assert_eq!(one("during the past two years", R), "2011/2012");
}

#[test]
fn offsets_from_a_named_day() {
    assert_eq!(
        one("It happened 2 weeks before May 13 1999.", R),
        "1999-04-29"
    );
    // Said in February of a future event: next January.
    assert_eq!(
        one("It will happen 3 days after January 12th.", R),
        "2014-01-15"
    );
    assert_eq!(
        one("It will happen 4 months from tomorrow.", R),
        "2013-06-13"
    );
}

#[test]
fn numeric_dates_with_month_names() {
    assert_eq!(one("31/Oct/1974", R), "1974-10-31");
    assert_eq!(one("31-Oct-74", R), "1974-10-31");
    assert_eq!(one("2019/aug/01", R), "2019-08-01");
    assert_eq!(one("Sep-23-2020", R), "2020-09-23");
    assert_eq!(one("Dec/2018", R), "2018-12");
}

#[test]
fn bare_slashed_days_but_not_fractions() {
    assert_eq!(one("The vote is due 2/15.", R), "2013-02-15");
    assert_eq!(one("from 10/1 to 11/7", R), "2012-10-01/2012-11-07");
    assert!(tag("Add 1/2 cup of flour.", R, false).is_empty());
}

#[test]
fn year_ranges_with_to() {
    assert_eq!(one("The range is 2014 to 2018.", R), "2014/2018");
    assert_eq!(one("The range is 2014~2018.", R), "2014/2018");
}

#[test]
fn parts_of_weeks_and_days_of_the_month() {
    let v = tag("at the end of next week", R, false);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].value.as_deref(), Some("2013-W08"));
    assert_eq!(v[0].modifier, Some(dossier_doc::TimeModifier::End));
    assert_eq!(one("Let's meet on the 18th.", R), "2013-02-18");
    assert_eq!(one("this summer", R), "2013-SU");
    assert_eq!(one("this winter", R), "2012-WI");
}

#[test]
fn future_clauses_resolve_forward() {
    assert_eq!(one("I'll go back on Friday.", R), "2013-02-15");
    assert_eq!(one("He left on Friday.", R), "2013-02-08");
}
