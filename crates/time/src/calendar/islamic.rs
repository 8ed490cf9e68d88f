//! The Islamic (Hijri) calendar.
//!
//! Months begin with the sighting of the new crescent, so no arithmetic
//! gives the days people keep. For 1365 to 1499 AH (1945 to 2076) the days
//! come from `lexicons/time/islamic-months.txt`, the Umm al-Qura calendar's
//! first day of each year and the length of each month, which is what most
//! published holiday dates follow. Other years use the arithmetical
//! (tabular) calendar: months of 30 and 29 days in turn, 11 leap years in
//! 30, which is at most a day or two off.

use std::sync::OnceLock;

use super::Date;

const TABLE: &str = include_str!("../../../../lexicons/time/islamic-months.txt");

/// Days from 1970-01-01 back to 1 Muharram 1 AH (Friday 16 July 622,
/// Julian), the tabular calendar's epoch.
const EPOCH: i64 = -492_148;

/// One year of the table: its number, the day 1 Muharram falls on (days
/// since 1970-01-01), and its month lengths (bit `m - 1` set: 30 days).
struct Year {
    number: i64,
    start: i64,
    long: u16,
}

fn table() -> &'static [Year] {
    static T: OnceLock<Vec<Year>> = OnceLock::new();
    T.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let number = f.next()?.parse().ok()?;
                let start = super::parse_iso(f.next()?)?.days();
                let long = f.next()?.bytes().enumerate().fold(0u16, |acc, (i, b)| {
                    acc | (u16::from(b == b'1') << i.min(15))
                });
                Some(Year {
                    number,
                    start,
                    long,
                })
            })
            .collect()
    })
}

/// True for leap years of the tabular calendar (Dhu al-Hijja has 30 days).
fn tabular_leap(year: i64) -> bool {
    (14 + 11 * year).rem_euclid(30) < 11
}

/// Length of `month` of `year`.
pub fn month_days(year: i64, month: u8) -> i64 {
    if let Some(y) = find(year) {
        return 29 + i64::from(y.long >> (month.saturating_sub(1)).min(15) & 1);
    }
    if month % 2 == 1 || (month == 12 && tabular_leap(year)) {
        30
    } else {
        29
    }
}

fn find(year: i64) -> Option<&'static Year> {
    let t = table();
    let first = t.first()?.number;
    t.get(usize::try_from(year.checked_sub(first)?).ok()?)
        .filter(|y| y.number == year)
}

/// The Gregorian date of `day` of `month` (1 Muharram … 12 Dhu al-Hijja)
/// of Hijri `year`. `None` when the month has no such day.
pub fn to_date(year: i64, month: u8, day: u8) -> Option<Date> {
    if !(1..=10_000).contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    if i64::from(day) > month_days(year, month) {
        return None;
    }
    let before: i64 = (1..month).map(|m| month_days(year, m)).sum();
    let start = match find(year) {
        Some(y) => y.start,
        None => EPOCH + (year - 1) * 354 + (3 + 11 * year).div_euclid(30),
    };
    Date::from_days(start + before + i64::from(day) - 1)
}

/// The Hijri years whose days may fall in Gregorian `year`, in order.
pub fn years_in(year: i32) -> impl Iterator<Item = i64> {
    // A Hijri year is 354 or 355 days: 33 of them make about 32 solar years.
    let h = (i64::from(year) - 622) * 33 / 32;
    h - 1..=h + 1
}

/// The first occurrence in Gregorian `year` of `day` of Hijri `month`.
pub fn in_gregorian_year(year: i32, month: u8, day: u8) -> Option<Date> {
    years_in(year)
        .filter_map(|h| to_date(h, month, day))
        .find(|d| d.year == year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_continuous() {
        let t = table();
        assert!(t.len() > 100);
        for w in t.windows(2) {
            let days: i64 = (1..=12).map(|m| month_days(w[0].number, m)).sum();
            assert_eq!(w[0].start + days, w[1].start, "{}", w[0].number);
        }
    }

    #[test]
    fn feasts() {
        // Eid al-Fitr 1439 was Friday 15 June 2018; Eid al-Adha 1439,
        // Tuesday 21 August 2018; Ramadan 1439 began on 16 May 2018.
        assert_eq!(in_gregorian_year(2018, 10, 1), Date::new(2018, 6, 15));
        assert_eq!(in_gregorian_year(2018, 12, 10), Date::new(2018, 8, 21));
        assert_eq!(in_gregorian_year(2018, 9, 1), Date::new(2018, 5, 16));
        // 1974 held two Eids al-Adha; the first was on 3 January.
        assert_eq!(in_gregorian_year(1974, 12, 10), Date::new(1974, 1, 3));
    }

    #[test]
    fn tabular_years_outside_the_table() {
        // 1 Muharram 1 AH is the epoch; the tabular 1 Muharram 1300 fell on
        // 12 November 1882.
        assert_eq!(to_date(1, 1, 1).map(|d| d.days()), Some(EPOCH));
        assert_eq!(to_date(1300, 1, 1), Date::new(1882, 11, 12));
        assert_eq!(to_date(1300, 2, 30), None);
    }
}
