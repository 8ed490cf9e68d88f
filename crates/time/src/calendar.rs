//! Proleptic Gregorian calendar arithmetic on plain day counts.
//!
//! A date is turned into a count of days since 1970-01-01 (negative before
//! it) with Howard Hinnant's `days_from_civil`, which is exact for every year
//! an `i32` holds and needs no tables; adding days, finding a weekday or an
//! ISO week is then integer arithmetic. This is all the calendar the time
//! normalizer needs, so no date library is pulled in. The feasts of other
//! calendars are found through [`hebrew`] (computed), [`islamic`],
//! [`chinese`] and [`indian`] (compiled tables).

use std::fmt;

pub mod chinese;
pub mod hebrew;
pub mod indian;
pub mod islamic;

/// A calendar day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year (astronomical: 0 is 1 BC).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

/// True for Gregorian leap years.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year` (0 for a month out of range).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, or `None` when no such day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        // Years far outside history only come from garbage input; refusing
        // them keeps every later addition far from overflow.
        (valid && (-9999..=9999).contains(&year)).then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, if its year is in range.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// The date `n` days later (earlier for negative `n`).
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.days().checked_add(n)?)
    }

    /// The date `n` months later, the day clamped to the month's length
    /// (31 January plus one month is 28 or 29 February).
    pub fn add_months(self, n: i64) -> Option<Date> {
        let (year, month) = add_months(self.year, self.month, n)?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// ISO weekday: 1 for Monday … 7 for Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    /// ISO 8601 week-numbering year and week (1–53).
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.days() - i64::from(self.weekday()) + 4;
        let year = Date::from_days(thursday).map_or(self.year, |d| d.year);
        let jan1 = Date {
            year,
            month: 1,
            day: 1,
        };
        let week = (thursday - jan1.days()) / 7 + 1;
        (year, week as u8)
    }

    /// The Monday of ISO week `week` of `year`.
    pub fn from_iso_week(year: i32, week: u8) -> Option<Date> {
        let jan4 = Date::new(year, 1, 4)?;
        let monday1 = jan4.days() - i64::from(jan4.weekday()) + 1;
        Date::from_days(monday1 + (i64::from(week) - 1) * 7)
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous
/// Gregorian computus), for years 1583 to 9999.
pub fn easter(year: i32) -> Option<Date> {
    if !(1583..=9999).contains(&year) {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u8, day as u8)
}

/// Orthodox Easter Sunday of `year` (the Julian computus, carried to the
/// Gregorian calendar), for years 1583 to 4099.
pub fn orthodox_easter(year: i32) -> Option<Date> {
    if !(1583..=4099).contains(&year) {
        return None;
    }
    let (a, b, c) = (year % 4, year % 7, year % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // Julian to Gregorian: the days the calendars have drifted apart.
    let drift = year / 100 - year / 400 - 2;
    Date::new(year, month as u8, day as u8)?.add_days(i64::from(drift))
}

/// The `n`th weekday `dow` (1 Monday … 7 Sunday) of a month; `n = -1` is
/// the last one. `None` when the month has no such day.
pub fn nth_weekday(year: i32, month: u8, n: i8, dow: u8) -> Option<Date> {
    if n < 0 {
        let last = Date::new(year, month, days_in_month(year, month))?;
        let back = (i64::from(last.weekday()) - i64::from(dow)).rem_euclid(7);
        let d = last.add_days(-back - 7 * (i64::from(-n) - 1))?;
        return (d.month == month).then_some(d);
    }
    let first = Date::new(year, month, 1)?;
    let fwd = (i64::from(dow) - i64::from(first.weekday())).rem_euclid(7);
    let d = first.add_days(fwd + 7 * (i64::from(n) - 1))?;
    (d.month == month && n > 0).then_some(d)
}

/// The Monday of the `n`th week (Monday to Sunday) lying wholly in a month;
/// `n = -1` is the last such week.
pub fn month_week(year: i32, month: u8, n: i8) -> Option<Date> {
    let first = nth_weekday(year, month, 1, 1)?;
    let last_sunday = nth_weekday(year, month, -1, 7)?;
    let monday = if n < 0 {
        last_sunday.add_days(-6 - 7 * (i64::from(-n) - 1))?
    } else {
        first.add_days(7 * (i64::from(n) - 1))?
    };
    let sunday = monday.add_days(6)?;
    (monday >= first && sunday <= last_sunday).then_some(monday)
}

/// A `YYYY-MM-DD` date, as the calendar tables write them.
pub(crate) fn parse_iso(s: &str) -> Option<Date> {
    let mut f = s.trim().split('-');
    let (y, m, d) = (f.next()?, f.next()?, f.next()?);
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `(year, month)` moved by `n` months.
pub fn add_months(year: i32, month: u8, n: i64) -> Option<(i32, u8)> {
    let total = i64::from(year)
        .checked_mul(12)?
        .checked_add(i64::from(month) - 1)?
        .checked_add(n)?;
    let y = i32::try_from(total.div_euclid(12)).ok()?;
    Some((y, (total.rem_euclid(12) + 1) as u8))
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for n in [-800_000i64, -1, 0, 1, 15_000, 20_000, 2_000_000] {
            let d = Date::from_days(n).unwrap();
            assert_eq!(d.days(), n, "{d}");
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
    }

    #[test]
    fn weekdays_and_weeks() {
        let d = Date::new(2011, 3, 14).unwrap();
        assert_eq!(d.weekday(), 1);
        assert_eq!(d.iso_week(), (2011, 11));
        assert_eq!(Date::new(2010, 1, 3).unwrap().iso_week(), (2009, 53));
        assert_eq!(
            Date::from_iso_week(2011, 10).unwrap(),
            Date::new(2011, 3, 7).unwrap()
        );
    }

    #[test]
    fn easter_and_weekdays_of_a_month() {
        assert_eq!(easter(2013), Date::new(2013, 3, 31));
        assert_eq!(easter(2010), Date::new(2010, 4, 4));
        assert_eq!(easter(2019), Date::new(2019, 4, 21));
        // Thanksgiving 2013, the last Monday of March 2013.
        assert_eq!(nth_weekday(2013, 11, 4, 4), Date::new(2013, 11, 28));
        assert_eq!(nth_weekday(2013, 3, -1, 1), Date::new(2013, 3, 25));
        assert_eq!(nth_weekday(2013, 2, 5, 1), None);
    }

    #[test]
    fn month_arithmetic_clamps() {
        let d = Date::new(2012, 1, 31).unwrap();
        assert_eq!(d.add_months(1).unwrap(), Date::new(2012, 2, 29).unwrap());
        assert_eq!(d.add_months(-2).unwrap(), Date::new(2011, 11, 30).unwrap());
        assert!(Date::new(2011, 2, 29).is_none());
    }
}
