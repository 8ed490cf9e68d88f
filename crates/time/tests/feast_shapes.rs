//! Feasts of the Hebrew, Islamic, Chinese, Indian and Parsi calendars and
//! the Christian fasts, found by name and dated in the year the text gives
//! or the one the document date points to. One test per calendar.

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
fn hebrew_feasts_are_computed() {
    assert_eq!(
        one("Egypt and Syria attacked on Yom Kippur 1973.", None),
        "1973-10-06"
    );
    assert_eq!(one("Rosh Hashanah 2018", R), "2018-09-10/2018-09-11");
    assert_eq!(one("during Hanukkah 2018", R), "2018-12-03/2018-12-10");
    assert_eq!(one("Passover 2018", R), "2018-03-31/2018-04-07");
    // 9 Av 5778 was a Sabbath: the fast was kept on Sunday.
    assert_eq!(one("Tisha B'Av 2018", R), "2018-07-22");
    // 5 Iyar 5778 was a Friday: Independence Day was kept on Thursday.
    assert_eq!(one("Yom Haatzmaut 2018", R), "2018-04-19");
    // In a leap year Purim falls in Adar II.
    assert_eq!(one("Purim 2019", R), "2019-03-21");
}

#[test]
fn a_feast_naming_a_war_is_not_a_date() {
    let v = tag("the Yom Kippur War ended.", R, false);
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn islamic_feasts_follow_the_umm_al_qura_calendar() {
    assert_eq!(one("Eid al-Fitr 2018", R), "2018-06-15");
    assert_eq!(one("in Ramadan 2018", R), "2018-05-16/2018-06-14");
    assert_eq!(one("Eid al-Adha 1974", R), "1974-01-03");
    assert_eq!(one("Ashura 2017", R), "2017-09-30");
    // The last Friday of Ramadan.
    assert_eq!(one("Jumu'atul-Wida 2018", R), "2018-06-08");
    // Before the table: the arithmetical calendar.
    assert_eq!(one("Eid al-Fitr 1930", R), "1930-03-02");
}

#[test]
fn chinese_new_year_is_listed() {
    assert_eq!(one("Chinese New Year 2014", R), "2014-01-31");
    assert_eq!(
        one("Crowds gathered for the Lunar New Year.", R),
        "2013-02-10"
    );
    assert_eq!(one("the Lantern Festival 2014", R), "2014-02-14");
}

#[test]
fn indian_feasts_are_listed() {
    assert_eq!(one("Diwali in 2019", R), "2019-10-27");
    assert_eq!(one("Holi 2019", R), "2019-03-21");
    assert_eq!(one("Pongal 2018", R), "2018-01-14");
    assert_eq!(one("Vaisakhi 2018", R), "2018-04-14");
    assert_eq!(one("navaratri 2018", R), "2018-10-09/2018-10-18");
}

#[test]
fn fasts_and_other_feasts() {
    assert_eq!(one("Lent 2018", R), "2018-02-14/2018-03-31");
    assert_eq!(one("great lent 2018", R), "2018-02-19/2018-03-30");
    assert_eq!(one("King's Day 2014", R), "2014-04-26");
    assert_eq!(one("Parsi New Year 2022", R), "2022-08-16");
}

#[test]
fn a_feast_in_a_year_counted_from_the_document() {
    assert_eq!(one("Diwali six years hence", R), "2019-10-27");
    assert_eq!(one("Thanksgiving in 9 months", R), "2013-11-28");
    assert_eq!(one("Eid al-Adha of next year", R), "2014-10-04");
}

#[test]
fn names_that_are_ordinary_words_need_a_capital_or_a_year() {
    for text in [
        "The bank lent money to the firm.",
        "a spring festival in the village",
    ] {
        let v = tag(text, R, false);
        assert!(v.is_empty(), "{text}: {v:?}");
    }
    assert_eq!(one("lent 2018", R), "2018-02-14/2018-03-31");
}
