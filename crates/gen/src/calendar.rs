//! Calendar arithmetic and the many ways a date is written.
//!
//! The generator needs only proleptic Gregorian days, weekdays and ISO
//! weeks, so they are computed here (Howard Hinnant's civil-day algorithms)
//! instead of pulling in a date library whose formatting could drift.

use crate::rng::Rng;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub y: i32,
    /// Month, 1–12.
    pub m: u32,
    /// Day, 1–31.
    pub d: u32,
}

/// Full month names.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Abbreviations as news style writes them (May, June and July stay whole).
const MONTHS_ABBR: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A valid date; the day is clamped to the month's length.
    pub fn new(y: i32, m: u32, d: u32) -> Date {
        let m = m.clamp(1, 12);
        Date {
            y,
            m,
            d: d.clamp(1, days_in_month(y, m)),
        }
    }

    /// A random day of year `y`.
    pub fn random_in(rng: &mut Rng, y: i32) -> Date {
        let m = 1 + rng.below(12) as u32;
        Date::new(y, m, 1 + rng.below(days_in_month(y, m) as usize) as u32)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Date { y, m, d }
    }

    /// This date moved by `n` days.
    pub fn plus(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (index 3).
        (self.days() + 3).rem_euclid(7) as usize
    }

    /// The ISO week value, `2011-W10`.
    pub fn iso_week(self) -> String {
        let thursday = self.plus(3 - self.weekday() as i64);
        let week = (thursday.days() - Date::new(thursday.y, 1, 1).days()) / 7 + 1;
        format!("{}-W{:02}", thursday.y, week)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// `YYYY-MM`.
    pub fn iso_month(self) -> String {
        format!("{:04}-{:02}", self.y, self.m)
    }

    fn month_name(self) -> &'static str {
        MONTHS[(self.m as usize - 1).min(11)]
    }
}

/// A day written in one of several styles: `14 March 2011`, `March 14, 2011`,
/// `Sept. 14, 2011`, `14 Sept. 2011`, `2011-03-14`.
pub fn write_day(rng: &mut Rng, d: Date) -> String {
    let abbr = MONTHS_ABBR[(d.m as usize - 1).min(11)];
    match rng.below(10) {
        0..=3 => format!("{} {} {}", d.d, d.month_name(), d.y),
        4..=6 => format!("{} {}, {}", d.month_name(), d.d, d.y),
        7 => format!("{abbr} {}, {}", d.d, d.y),
        8 => format!("{} {abbr} {}", d.d, d.y),
        _ => d.iso(),
    }
}

/// A month written as `May 2002` or `Aug. 2002`.
pub fn write_month(rng: &mut Rng, d: Date) -> String {
    if rng.chance(0.8) {
        format!("{} {}", d.month_name(), d.y)
    } else {
        format!("{} {}", MONTHS_ABBR[(d.m as usize - 1).min(11)], d.y)
    }
}

/// The season code and a name for it.
pub fn season(rng: &mut Rng) -> (&'static str, &'static str) {
    match rng.below(4) {
        0 => ("WI", "winter"),
        1 => ("SP", "spring"),
        2 => ("SU", "summer"),
        _ => ("FA", if rng.chance(0.5) { "autumn" } else { "fall" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for n in [-800_000, -1, 0, 1, 15_000, 20_000, 40_000] {
            assert_eq!(Date::from_days(n).days(), n);
        }
        assert_eq!(Date::new(2011, 3, 14).iso(), "2011-03-14");
    }

    #[test]
    fn weekdays_and_weeks() {
        assert_eq!(WEEKDAYS[Date::new(2011, 3, 14).weekday()], "Monday");
        assert_eq!(WEEKDAYS[Date::new(2013, 1, 19).weekday()], "Saturday");
        assert_eq!(Date::new(2011, 3, 7).iso_week(), "2011-W10");
        assert_eq!(Date::new(2013, 1, 28).iso_week(), "2013-W05");
        assert_eq!(Date::new(2010, 1, 3).iso_week(), "2009-W53");
    }

    #[test]
    fn clamps_impossible_days() {
        assert_eq!(Date::new(2001, 2, 31).iso(), "2001-02-28");
        assert_eq!(Date::new(2000, 2, 30).iso(), "2000-02-29");
    }
}
