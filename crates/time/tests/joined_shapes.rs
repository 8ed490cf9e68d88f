//! Shapes built from neighbours or counted inside periods: ranges between
//! any two expressions, lengths with a start, weekdays with their dates,
//! years and days in words, units counted in a period, weeks and weekends
//! of a day, quarters, Orthodox feasts, and numbers that are not dates.
//! One test per shape.

use dossier_time::tag;

/// The values found in `text` against `reference`.
fn all(text: &str, reference: Option<&str>) -> Vec<String> {
    tag(text, reference, false)
        .into_iter()
        .map(|t| t.value.unwrap_or_else(|| "null".into()))
        .collect()
}

/// The single value found in `text` against `reference`.
fn one(text: &str, reference: Option<&str>) -> String {
    let v = all(text, reference);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v[0].clone()
}

// 12 February 2013 was a Tuesday.
const R: Option<&str> = Some("2013-02-12");

#[test]
fn ranges_between_any_two_expressions() {
    assert_eq!(
        one("He stayed from next Friday to Oct 1st 2014.", R),
        "2013-02-22/2014-10-01"
    );
    assert_eq!(one("It ran from 2007 to the end of 2008.", R), "2007/2008");
    assert_eq!(
        one("The sales rose from 2011-q1 to 2012-q3.", R),
        "2011-Q1/2012-Q3"
    );
    assert_eq!(
        one("The range is 2014 through May 2018.", R),
        "2014/2018-05"
    );
}

#[test]
fn ranges_that_end_now() {
    assert_eq!(
        one("Prices rose between Jan 2012 and now.", R),
        "2012-01/2013-02-12"
    );
    assert_eq!(one("from March to date", R), "2012-03/2013-02-12");
    assert_eq!(
        one(
            "It has been closed from 2019/aug/01 to today.",
            Some("2019-10-14")
        ),
        "2019-08-01/2019-10-14"
    );
    assert_eq!(
        one("We work between now and November 15th.", R),
        "2013-02-12/2013-11-15"
    );
}

#[test]
fn a_range_start_later_in_the_year_belongs_to_the_year_before() {
    assert_eq!(
        one("The season ran Nov-Feb 5th, 2017.", R),
        "2016-11/2017-02-05"
    );
    assert_eq!(
        one(
            "It ran from the middle of March to the end of September 2012.",
            R
        ),
        "2012-03/2012-09"
    );
}

#[test]
fn a_weekday_ending_a_range_follows_its_start() {
    assert_eq!(
        one("I am away from next Monday to Friday.", R),
        "2013-02-18/2013-02-22"
    );
}

#[test]
fn lengths_with_a_start() {
    assert_eq!(
        one("He was off for 3 days starting from next Monday.", R),
        "2013-02-18/2013-02-20"
    );
    assert_eq!(
        one("The office closes for 2 weeks starting May 20th 2013.", R),
        "2013-05-20/2013-06-02"
    );
    assert_eq!(
        one("Set it for 3 days from today.", R),
        "2013-02-12/2013-02-14"
    );
    // A year is no day to start from.
    let v = all("He was jailed in 1990 for 3 days.", R);
    assert_eq!(v, ["1990"]);
}

#[test]
fn weekdays_with_their_dates() {
    assert_eq!(one("It happens on Tuesday the 19th.", R), "2013-02-19");
    assert_eq!(one("Fri, Jul 18", R), "2014-07-18");
    assert_eq!(
        one("the call on Friday 7/6", Some("2018-07-01")),
        "2018-07-06"
    );
    assert_eq!(
        one("a call this Friday-Jun-15", Some("2018-06-01")),
        "2018-06-15"
    );
    // Without a reference the date stays partial.
    assert_eq!(one("a call on Friday 7/6", None), "XXXX-07-06");
}

#[test]
fn years_and_days_in_words() {
    assert_eq!(
        one(
            "She was born on January twenty five nineteen eighty six.",
            R
        ),
        "1986-01-25"
    );
    assert_eq!(
        one(
            "On fifteen August nineteen hundred ninety three, it opened.",
            R
        ),
        "1993-08-15"
    );
    assert_eq!(
        one("It was in October two thousand and five.", R),
        "2005-10"
    );
    assert_eq!(
        all(
            "They left in nineteen ninety six and came back in two thousand and fifteen.",
            R
        ),
        ["1996", "2015"]
    );
    assert_eq!(
        one("Let's meet on February twenty second.", R),
        "2013-02-22"
    );
    // A count in words is no year.
    assert!(all("He sold two thousand copies.", R).is_empty());
}

#[test]
fn units_counted_in_a_period() {
    assert_eq!(
        one("They will leave the third month of 2021.", R),
        "2021-03"
    );
    assert_eq!(
        one("Rooms are booked for the first 2 weeks of 2021.", R),
        "2021-W01/2021-W02"
    );
    assert_eq!(
        one("The results for the last four months of 2021 are out.", R),
        "2021-09/2021-12"
    );
    assert_eq!(
        one("They visited Paris the first ten days of last year.", R),
        "2012-01-01/2012-01-10"
    );
    assert_eq!(one("Sales in week 27 of last year fell.", R), "2012-W27");
    assert_eq!(one("Sales in week 31 fell.", R), "2013-W31");
}

#[test]
fn weeks_and_weekends_of_a_day() {
    assert_eq!(one("the week of April 10th 2018", R), "2018-W15");
    assert_eq!(one("a meeting for w/c Feb 4 2019", R), "2019-W06");
    assert_eq!(one("the weekend of Halloween 2021", R), "2021-W43-WE");
    assert_eq!(one("Labor Day 2021 weekend", R), "2021-W35-WE");
    assert_eq!(one("They met last weekend.", R), "2013-W06-WE");
}

#[test]
fn quarters_without_a_year_and_short_years() {
    assert_eq!(one("in the third quarter", R), "2013-Q3");
    assert_eq!(one("sales in 18q4", R), "2018-Q4");
}

#[test]
fn counted_weekdays_and_the_one_after_next() {
    assert_eq!(one("3 Fridays from now", R), "2013-03-01");
    assert_eq!(one("2 Thursdays ago", R), "2013-01-31");
    assert_eq!(one("on Friday after next", R), "2013-02-22");
    assert_eq!(one("the week after next", R), "2013-W09");
}

#[test]
fn holidays_in_a_counted_year_and_orthodox_feasts() {
    assert_eq!(one("Thanksgiving of next year", R), "2014-11-27");
    assert_eq!(one("MLK day of last year", R), "2012-01-16");
    assert_eq!(one("orthodox easter 2018", R), "2018-04-08");
    assert_eq!(one("clean monday 2018", R), "2018-02-19");
}

#[test]
fn spans_counted_before_their_direction() {
    assert_eq!(one("in the 2 upcoming months", R), "2013-03/2013-04");
    assert_eq!(one("What happened in the 5 past years?", R), "2008/2012");
}

#[test]
fn chains_of_digits_are_no_dates() {
    assert!(all("Tel: +86 138-2010-2015", R).is_empty());
    assert!(all("The ssn is 123-12-1234", R).is_empty());
    assert!(all("The code of this object is 133-03-03-2020", R).is_empty());
    assert_eq!(
        one("My vacation is from 10/1/2018-10/7/2018", R),
        "2018-10-01/2018-10-07"
    );
}

#[test]
fn parts_of_the_current_unit_and_the_present() {
    let t = tag("We met earlier in the week.", R, false);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].value.as_deref(), Some("2013-W07"));
    assert_eq!(t[0].modifier, Some(dossier_doc::TimeModifier::Start));
    assert_eq!(one("the past fortnight", R), "2013-W05/2013-W06");
    assert_eq!(
        one("the stock is down in the year to date.", R),
        "2013/2013-02-12"
    );
    assert_eq!(one("No one has claimed it to date.", R), "2013-02-12");
    assert_eq!(one("any time later than 2018", R), "2018");
    assert!(all("more than 2018 people", R).is_empty());
    assert!(all("The list is kept up to date.", R).is_empty());
    let t = tag("Send it by the EOM.", R, false);
    assert_eq!(t[0].value.as_deref(), Some("2013-02"));
    assert_eq!(t[0].modifier, Some(dossier_doc::TimeModifier::End));
    assert_eq!(one("in the upcoming week", R), "2013-W08");
}

#[test]
fn a_count_of_upcoming_units_in_the_singular() {
    assert_eq!(one("2 upcoming week", R), "2013-W08/2013-W09");
    assert_eq!(one("upcoming two month", R), "2013-03/2013-04");
    // A count of something else, said next week.
    assert_eq!(one("We will be only 3 next week.", R), "2013-W08");
}

#[test]
fn this_before_a_date_is_the_reference_year() {
    let r = Some("2019-05-20");
    assert_eq!(one("It should be done this 5/12", r), "2019-05-12");
    // 12 May 2019 is a Sunday: the weekday only restates the day.
    assert_eq!(one("It should be done this friday 5/12", r), "2019-05-12");
}

#[test]
fn a_weekday_fixes_the_year_against_the_tense() {
    // 15 June 2018 is a Friday; the clause speaks of the future.
    let r = Some("2018-06-20");
    assert_eq!(
        one("Please set up a call on Friday June 15.", r),
        "2018-06-15"
    );
}

#[test]
fn a_dotted_day_after_a_weekday() {
    let r = Some("2018-07-02");
    assert_eq!(
        one("Set up a call on Friday 7.6 with Jim.", r),
        "2018-07-06"
    );
    assert!(all("The index rose 7.6 points.", r).is_empty());
}

#[test]
fn a_sum_before_a_month_is_no_day() {
    let r = Some("2019-05-20");
    assert_eq!(one("I bought it for $12 December 27", r), "2018-12-27");
    assert_eq!(one("I bought it for $ 12 December 27", r), "2018-12-27");
}

#[test]
fn a_week_then_its_weekday() {
    assert_eq!(one("We could meet next week on Tuesday.", R), "2013-02-19");
    assert_eq!(one("They met last week on Friday.", R), "2013-02-08");
}

#[test]
fn a_weekday_after_a_day() {
    // 18 July 2014 is a Friday.
    assert_eq!(one("We meet Jul 18, Fri", R), "2014-07-18");
}

#[test]
fn a_slashed_day_then_its_year() {
    assert_eq!(one("I will leave on 5/7, 2020.", R), "2020-05-07");
    assert_eq!(
        one("I will leave from 5/1-5/7, 2020", R),
        "2020-05-01/2020-05-07"
    );
}

#[test]
fn years_with_their_era() {
    assert_eq!(one("Rome fell in 476 AD.", R), "0476");
    assert_eq!(one("It was built in 14 a.d. by the emperor.", R), "0014");
    assert_eq!(one("The city was taken in AD 70.", R), "0070");
    assert_eq!(one("The treaty of 2014 A.D. held.", R), "2014");
    // A year before Christ is never given as the year after.
    assert!(all("The temple was destroyed in 586 BCE.", R).is_empty());
    assert!(all("It was founded in 1500 B.C. or so.", R).is_empty());
    assert!(all("Bronze tools spread from 1500-1400 BC.", R).is_empty());
}
