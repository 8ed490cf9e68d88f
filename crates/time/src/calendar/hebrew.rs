//! The Hebrew calendar, computed.
//!
//! The calendar is fully arithmetical: a year's first day (1 Tishrei) is the
//! day of the mean new moon (the *molad*) of Tishrei, counted in parts of an
//! hour (1,080 to the hour) from the epoch, and moved by the postponement
//! rules (*dechiyot*) so that Rosh Hashanah never falls on a Sunday,
//! Wednesday or Friday and no year is too long or too short. Years 3, 6, 8,
//! 11, 14, 17 and 19 of each 19-year cycle add a thirteenth month. The
//! arithmetic follows Reingold and Dershowitz's *Calendrical Calculations*;
//! no table is needed.
//!
//! Months are numbered from Nisan, as the Bible counts them: Nisan is 1,
//! Tishrei 7, Adar 12 and, in a leap year, Adar II 13. A year begins with
//! month 7.

use super::Date;

/// Days from 1970-01-01 back to 1 Tishrei of year 1 (7 October 3761 BC,
/// Julian).
const EPOCH: i64 = -2_092_590;

/// True when Hebrew `year` has thirteen months.
pub fn is_leap(year: i64) -> bool {
    (7 * year + 1).rem_euclid(19) < 7
}

/// Days from the epoch to the molad of Tishrei of `year`, with the
/// postponement that keeps Rosh Hashanah off Sunday, Wednesday and Friday.
fn elapsed(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The further postponement that keeps a year from having 356 days or its
/// predecessor 382.
fn correction(year: i64) -> i64 {
    let (before, now, after) = (elapsed(year - 1), elapsed(year), elapsed(year + 1));
    if after - now == 356 {
        2
    } else if now - before == 382 {
        1
    } else {
        0
    }
}

/// Days from 1970-01-01 to 1 Tishrei (Rosh Hashanah) of `year`.
fn new_year(year: i64) -> i64 {
    EPOCH + elapsed(year) + correction(year)
}

/// Number of days in `month` of `year`.
fn month_days(year: i64, month: u8) -> i64 {
    let length = new_year(year + 1) - new_year(year);
    match month {
        2 | 4 | 6 | 10 | 13 => 29,
        // Marheshvan has 30 days in a "complete" year (355 or 385 days).
        8 if length % 10 == 5 => 30,
        8 => 29,
        // Kislev has 29 days in a "deficient" year (353 or 383 days).
        9 if length % 10 == 3 => 29,
        12 if !is_leap(year) => 29,
        _ => 30,
    }
}

/// The number of the last month of `year`: 13 in a leap year, else 12.
fn last_month(year: i64) -> u8 {
    if is_leap(year) {
        13
    } else {
        12
    }
}

/// The Gregorian date of `day` of `month` of Hebrew `year`, for years 1 to
/// 9999 of either calendar. `None` when the month has no such day.
pub fn to_date(year: i64, month: u8, day: u8) -> Option<Date> {
    if !(1..=13_760).contains(&year) || month == 0 || month > last_month(year) || day == 0 {
        return None;
    }
    if i64::from(day) > month_days(year, month) {
        return None;
    }
    // Months run Tishrei (7) … Adar (12 or 13), then Nisan (1) … Elul (6).
    let order = |m: u8| {
        if m >= 7 {
            m - 7
        } else {
            m + last_month(year) - 6
        }
    };
    let before: i64 = (1..=last_month(year))
        .filter(|&m| order(m) < order(month))
        .map(|m| month_days(year, m))
        .sum();
    Date::from_days(new_year(year) + before + i64::from(day) - 1)
}

/// The month of the lexicons' numbering in `year`: Adar (12) is Adar II (13)
/// in a leap year, where the feasts of Adar fall.
pub fn month_in(year: i64, month: u8) -> u8 {
    if month == 12 && is_leap(year) {
        13
    } else {
        month
    }
}

/// The first occurrence in Gregorian `year` of `day` of Hebrew `month`
/// (Adar being Adar II in a leap year).
pub fn in_gregorian_year(year: i32, month: u8, day: u8) -> Option<Date> {
    let y = i64::from(year) + 3760;
    (y..=y + 1)
        .filter_map(|h| to_date(h, month_in(h, month), day))
        .find(|d| d.year == year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Option<Date> {
        Date::new(y, m, d)
    }

    #[test]
    fn rosh_hashanah() {
        // 5779 began on Monday 10 September 2018, 5785 on Thursday
        // 3 October 2024, 5734 on Thursday 27 September 1973.
        assert_eq!(to_date(5779, 7, 1), day(2018, 9, 10));
        assert_eq!(to_date(5785, 7, 1), day(2024, 10, 3));
        assert_eq!(to_date(5734, 7, 1), day(1973, 9, 27));
        assert_eq!(to_date(5778, 7, 1), day(2017, 9, 21));
    }

    #[test]
    fn never_on_sunday_wednesday_or_friday() {
        for y in 5600..5900 {
            let d = to_date(y, 7, 1).unwrap();
            assert!(![7, 3, 5].contains(&d.weekday()), "{y}: {d}");
            let length = new_year(y + 1) - new_year(y);
            assert!([353, 354, 355, 383, 384, 385].contains(&length), "{y}");
        }
    }

    #[test]
    fn feasts() {
        // Yom Kippur 5734 (the war of October 1973) was Saturday 6 October.
        assert_eq!(to_date(5734, 7, 10), day(1973, 10, 6));
        // Passover 5778 began on Saturday 31 March 2018.
        assert_eq!(to_date(5778, 1, 15), day(2018, 3, 31));
        // Hanukkah 5779 began on Monday 3 December 2018.
        assert_eq!(in_gregorian_year(2018, 9, 25), day(2018, 12, 3));
        // 5779 was a leap year: Purim fell in Adar II, on 21 March 2019.
        assert!(is_leap(5779));
        assert_eq!(in_gregorian_year(2019, 12, 14), day(2019, 3, 21));
        // In the common year 5773 Purim was Sunday 24 February 2013.
        assert_eq!(in_gregorian_year(2013, 12, 14), day(2013, 2, 24));
    }

    #[test]
    fn refuses_impossible_days() {
        assert_eq!(to_date(5778, 13, 1), None);
        assert_eq!(to_date(5779, 2, 30), None);
        assert_eq!(to_date(0, 7, 1), None);
        assert_eq!(in_gregorian_year(-9999, 7, 1), None);
    }
}
