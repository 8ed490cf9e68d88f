//! Feasts of the Hindu lunisolar and solar calendars, and of the Sikh and
//! Buddhist feasts kept by them.
//!
//! A lunisolar feast falls on a lunar day (*tithi*, the time the moon takes
//! to gain 12° on the sun) of a lunar month named by the sidereal sign the
//! sun enters during it; which civil day keeps it depends on the lunar day
//! in force at a given hour (sunrise, midday, evening, midnight). Solar
//! feasts fall when the sun enters a sidereal sign. Computing either needs
//! ephemerides of the sun and the moon, so the days for 1900 to 2100 are
//! read from `lexicons/time/indian-feasts.txt`, computed once for New Delhi
//! with the Lahiri ayanamsa, one feast and day a line.

use std::sync::OnceLock;

use super::Date;

const TABLE: &str = include_str!("../../../../lexicons/time/indian-feasts.txt");

/// Each feast's key and its days, in order.
fn table() -> &'static [(&'static str, Vec<Date>)] {
    static T: OnceLock<Vec<(&'static str, Vec<Date>)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: Vec<(&'static str, Vec<Date>)> = Vec::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let Some((key, day)) = line.split_once(' ') else {
                continue;
            };
            let Some(day) = super::parse_iso(day) else {
                continue;
            };
            match t.last_mut() {
                Some((k, days)) if *k == key => days.push(day),
                _ => t.push((key, vec![day])),
            }
        }
        for (_, days) in &mut t {
            days.sort_unstable();
        }
        t
    })
}

/// The feasts' keys in table order, read without the days: the holiday
/// lexicon resolves its keys when it loads, and reading the 5,000 days then
/// cost more than a short text's whole recognition. The days are read on
/// the first feast that needs them.
fn keys() -> &'static [&'static str] {
    static K: OnceLock<Vec<&'static str>> = OnceLock::new();
    K.get_or_init(|| {
        let mut k: Vec<&'static str> = Vec::new();
        let bytes = TABLE.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Most lines are "KEY YYYY-MM-DD" with the last key: skipped
            // by their length, without a search for their end.
            if let Some(last) = k.last() {
                let end = at + last.len() + 11;
                let repeat = bytes.get(at..end).is_some_and(|l| {
                    l.starts_with(last.as_bytes()) && l[last.len()] == b' ' && !l.contains(&b'\n')
                });
                if repeat && matches!(bytes.get(end), Some(b'\n') | None) {
                    at = end + 1;
                    continue;
                }
            }
            let rest = &TABLE[at..];
            let (line, next) = rest.split_once('\n').unwrap_or((rest, ""));
            at = TABLE.len() - next.len();
            if next.is_empty() {
                at = TABLE.len();
            }
            if line.starts_with('#') {
                continue;
            }
            match line.split_once(' ') {
                Some((key, _)) if k.last() != Some(&key) => k.push(key),
                _ => {}
            }
        }
        k
    })
}

/// The number of the feast `key` names, if the table has it.
pub fn id(key: &str) -> Option<u16> {
    let i = keys().iter().position(|k| *k == key)?;
    u16::try_from(i).ok()
}

/// The first day of feast `id` in Gregorian `year`.
pub fn in_gregorian_year(id: u16, year: i32) -> Option<Date> {
    let days = &table().get(usize::from(id))?.1;
    let i = days.partition_point(|d| d.year < year);
    days.get(i).filter(|d| d.year == year).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(key: &str, year: i32) -> Option<Date> {
        in_gregorian_year(id(key)?, year)
    }

    #[test]
    fn feasts() {
        // Diwali 2019 was kept on Sunday 27 October; Holi on 21 March 2019;
        // Makar Sankranti on 15 January 2019, the sun having entered
        // Capricorn after sunset on the 14th.
        assert_eq!(day("diwali", 2019), Date::new(2019, 10, 27));
        assert_eq!(day("holi", 2019), Date::new(2019, 3, 21));
        assert_eq!(day("makar-sankranti", 2019), Date::new(2019, 1, 15));
        assert_eq!(day("makar-sankranti", 2018), Date::new(2018, 1, 14));
        assert_eq!(day("diwali", 1899), None);
        assert_eq!(id("no such feast"), None);
    }

    #[test]
    fn keys_are_the_tables() {
        let table: Vec<&str> = table().iter().map(|(k, _)| *k).collect();
        assert_eq!(keys(), table.as_slice());
    }

    #[test]
    fn every_year_has_its_diwali_in_autumn() {
        let id = id("diwali").unwrap();
        for y in 1900..=2100 {
            let d = in_gregorian_year(id, y).unwrap();
            assert!((10..=11).contains(&d.month), "{d}");
        }
    }
}
