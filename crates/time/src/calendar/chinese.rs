//! The Chinese (lunisolar) New Year.
//!
//! The Chinese year begins on the day of the second new moon after the
//! winter solstice (rarely the third), reckoned in Beijing time, so it
//! falls between 21 January and 20 February. Computing it needs solar and
//! lunar ephemerides; the published dates for 1900 to 2099 are read instead
//! from `lexicons/time/chinese-new-year.txt`, one a line.

use std::sync::OnceLock;

use super::Date;

const TABLE: &str = include_str!("../../../../lexicons/time/chinese-new-year.txt");

fn table() -> &'static [Date] {
    static T: OnceLock<Vec<Date>> = OnceLock::new();
    T.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(super::parse_iso)
            .collect()
    })
}

/// The first day of the Chinese year that begins in Gregorian `year`.
pub fn new_year(year: i32) -> Option<Date> {
    let t = table();
    let first = t.first()?.year;
    let d = *t.get(usize::try_from(year.checked_sub(first)?).ok()?)?;
    (d.year == year).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_years() {
        assert_eq!(new_year(2013), Date::new(2013, 2, 10));
        assert_eq!(new_year(2014), Date::new(2014, 1, 31));
        assert_eq!(new_year(2018), Date::new(2018, 2, 16));
        assert_eq!(new_year(1900), Date::new(1900, 1, 31));
        assert_eq!(new_year(1899), None);
        assert_eq!(new_year(2100), None);
    }

    #[test]
    fn every_year_is_listed_in_order() {
        let t = table();
        assert_eq!(t.len(), 200);
        for (i, d) in t.iter().enumerate() {
            assert_eq!(d.year, 1900 + i as i32);
            assert!((1..=2).contains(&d.month), "{d}");
        }
    }
}
