//! Holidays: where a feast falls in a given Gregorian year, by the rule its
//! line in `lexicons/time/holidays.txt` gives.
//!
//! A rule names the first day (a fixed day, the n-th weekday of a month, a
//! count of days from Easter or Orthodox Easter or the Chinese New Year, a
//! day of a Hebrew or Islamic month), how many days the feast lasts, and
//! the moves a state makes when the day falls on a given weekday (a fast
//! put off from the Sabbath, a king's birthday kept the day before when it
//! is a Sunday).

use crate::calendar::{
    chinese, easter, hebrew, indian, islamic, nth_weekday, orthodox_easter, Date,
};
use crate::value::TimexValue;

/// How a holiday's first day is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// The same day every year: Christmas is (12, 25).
    Fixed { month: u8, day: u8 },
    /// The `n`th weekday of a month (`n = -1`: the last), moved by `shift`
    /// days: Thanksgiving is the fourth Thursday of November, Black Friday
    /// the day after it.
    Nth {
        month: u8,
        n: i8,
        dow: u8,
        shift: i8,
    },
    /// Days from Easter Sunday: Good Friday is -2.
    Easter(i16),
    /// Days from Orthodox Easter Sunday: Clean Monday is -48.
    Orthodox(i16),
    /// Days from the Chinese New Year.
    Chinese(i16),
    /// A day of a Hebrew month, numbered from Nisan (1); Adar (12) is
    /// Adar II in a leap year.
    Hebrew { month: u8, day: u8 },
    /// A day of an Islamic month: Eid al-Fitr is (10, 1).
    Islamic { month: u8, day: u8 },
    /// The `n`th weekday of an Islamic month (`n = -1`: the last).
    IslamicNth { month: u8, n: i8, dow: u8 },
    /// Days from a feast of the Indian calendars' table, by its number.
    Indian { id: u16, shift: i8 },
    /// A day of a year of 365 days without leap days (the Parsi calendar),
    /// by one day it fell on (days since 1970-01-01): it comes a day earlier
    /// in the Gregorian calendar after each leap day.
    Vague(i32),
}

/// How long a feast lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Length {
    /// A number of days (1 for most).
    Days(u8),
    /// The whole month its first day opens (Ramadan).
    Month,
}

/// A holiday: its rule, its length, and up to three weekday moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Holiday {
    pub rule: Rule,
    pub length: Length,
    /// `(weekday, days)`: when the day falls on `weekday` (1 Monday … 7
    /// Sunday), it is kept `days` later (earlier when negative). Weekday 0:
    /// no move.
    pub moves: [(u8, i8); 3],
    /// True when the name is also ordinary words ("lent", "spring
    /// festival"): it names the feast only when capitalized or when its
    /// year follows.
    pub word: bool,
}

impl Holiday {
    /// A one-day holiday that never moves.
    pub fn day(rule: Rule) -> Holiday {
        Holiday {
            rule,
            length: Length::Days(1),
            moves: [(0, 0); 3],
            word: false,
        }
    }

    /// The holiday's (first) day in Gregorian `year`.
    pub fn date(self, year: i32) -> Option<Date> {
        let d = self.base(year)?;
        match self.moves.iter().find(|m| m.0 != 0 && m.0 == d.weekday()) {
            Some(&(_, k)) => d.add_days(i64::from(k)),
            None => Some(d),
        }
    }

    /// The holiday's value in Gregorian `year`: its day, or the range of
    /// its days.
    pub fn value(self, year: i32) -> Option<TimexValue> {
        let start = self.date(year)?;
        let days = match (self.length, self.rule) {
            (Length::Days(n), _) => i64::from(n.max(1)),
            (Length::Month, Rule::Islamic { month, .. }) => islamic::years_in(year)
                .find(|&h| islamic::to_date(h, month, 1) == Some(start))
                .map_or(30, |h| islamic::month_days(h, month)),
            (Length::Month, _) => 30,
        };
        if days == 1 {
            return Some(TimexValue::Day(start));
        }
        let end = start.add_days(days - 1)?;
        Some(TimexValue::Range(
            Box::new(TimexValue::Day(start)),
            Box::new(TimexValue::Day(end)),
        ))
    }

    /// The day the rule gives, before weekday moves.
    fn base(self, year: i32) -> Option<Date> {
        match self.rule {
            Rule::Fixed { month, day } => Date::new(year, month, day),
            Rule::Nth {
                month,
                n,
                dow,
                shift,
            } => nth_weekday(year, month, n, dow)?.add_days(i64::from(shift)),
            Rule::Easter(k) => easter(year)?.add_days(i64::from(k)),
            Rule::Orthodox(k) => orthodox_easter(year)?.add_days(i64::from(k)),
            Rule::Chinese(k) => chinese::new_year(year)?.add_days(i64::from(k)),
            Rule::Hebrew { month, day } => hebrew::in_gregorian_year(year, month, day),
            Rule::Islamic { month, day } => islamic::in_gregorian_year(year, month, day),
            Rule::IslamicNth { month, n, dow } => islamic::years_in(year)
                .filter_map(|h| islamic_nth(h, month, n, dow))
                .find(|d| d.year == year),
            Rule::Vague(anchor) => {
                // The occurrence on or after 1 January of `year`.
                let jan1 = Date::new(year, 1, 1)?.days();
                let k = (jan1 - i64::from(anchor)).div_euclid(365) + 1;
                let d = Date::from_days(i64::from(anchor) + 365 * k)?;
                let d = if d.add_days(-365)?.year == year {
                    d.add_days(-365)?
                } else {
                    d
                };
                (d.year == year).then_some(d)
            }
            Rule::Indian { id, shift } => {
                indian::in_gregorian_year(id, year)?.add_days(i64::from(shift))
            }
        }
    }

    /// Parses a rule of `holidays.txt`: `MM-DD` (a fixed day), `MM/N/D` or
    /// `MM/N/D+K` (the `N`th weekday `D` of the month, `N = -1` the last,
    /// `K` days after it), `E±K`, `O±K`, `C±K` (days from Easter Sunday,
    /// Orthodox Easter, the Chinese New Year), `HM.D` (day `D` of Hebrew
    /// month `M`, Nisan 1), `IM.D` (of Islamic month `M`), `IM/N/D` (the
    /// `N`th weekday `D` of Islamic month `M`), `T:KEY±K` (days from the day
    /// of feast `KEY` in `lexicons/time/indian-feasts.txt`), `V:YYYY-MM-DD`
    /// (the day of a 365-day year that fell on that date). Then, in any order, `*N`
    /// (lasts `N` days), `*M` (lasts the month), and `@D±K` (kept `K` days
    /// later when the day falls on weekday `D`).
    pub fn parse(v: &str) -> Option<Holiday> {
        let cut = v.find(['*', '@']).unwrap_or(v.len());
        let (base, extras) = v.split_at(cut);
        let mut h = Holiday::day(rule(base)?);
        let mut moves = 0;
        for (i, part) in extras.match_indices(['*', '@']) {
            let rest = &extras[i + 1..];
            let body = &rest[..rest.find(['*', '@']).unwrap_or(rest.len())];
            match part {
                "*" if body == "M" => h.length = Length::Month,
                "*" => h.length = Length::Days(body.parse().ok()?),
                _ => {
                    let (d, k) = body.split_at(body.find(['+', '-'])?);
                    *h.moves.get_mut(moves)? = (d.parse().ok()?, k.parse().ok()?);
                    moves += 1;
                }
            }
        }
        Some(h)
    }
}

/// The `n`th weekday `dow` of Islamic `month` of `year` (`n = -1`: the
/// last).
fn islamic_nth(year: i64, month: u8, n: i8, dow: u8) -> Option<Date> {
    let first = islamic::to_date(year, month, 1)?;
    let len = islamic::month_days(year, month);
    let d = if n < 0 {
        let last = first.add_days(len - 1)?;
        let back = (i64::from(last.weekday()) - i64::from(dow)).rem_euclid(7);
        last.add_days(-back - 7 * (i64::from(-n) - 1))?
    } else {
        let fwd = (i64::from(dow) - i64::from(first.weekday())).rem_euclid(7);
        first.add_days(fwd + 7 * (i64::from(n) - 1))?
    };
    let offset = d.days() - first.days();
    (n != 0 && (0..len).contains(&offset)).then_some(d)
}

/// The first-day part of a rule (see [`Holiday::parse`]).
fn rule(v: &str) -> Option<Rule> {
    let days = |k: &str| k.trim_start_matches('+').parse().ok();
    let month_day = |k: &str| -> Option<(u8, u8)> {
        let (m, d) = k.split_once('.')?;
        Some((m.parse().ok()?, d.parse().ok()?))
    };
    if let Some(k) = v.strip_prefix('E') {
        return Some(Rule::Easter(days(k)?));
    }
    if let Some(k) = v.strip_prefix('O') {
        return Some(Rule::Orthodox(days(k)?));
    }
    if let Some(k) = v.strip_prefix('C') {
        return Some(Rule::Chinese(days(k)?));
    }
    if let Some(k) = v.strip_prefix("V:") {
        let d = crate::calendar::parse_iso(k)?;
        return Some(Rule::Vague(i32::try_from(d.days()).ok()?));
    }
    if let Some(k) = v.strip_prefix("T:") {
        // Keys hold hyphens ("makar-sankranti-1"): a shift is a signed
        // number at the end.
        let (key, shift) = k
            .rfind(['+', '-'])
            .and_then(|i| Some((&k[..i], k[i..].trim_start_matches('+').parse().ok()?)))
            .unwrap_or((k, 0));
        return Some(Rule::Indian {
            id: indian::id(key)?,
            shift,
        });
    }
    if let Some(k) = v.strip_prefix('H') {
        let (month, day) = month_day(k)?;
        return Some(Rule::Hebrew { month, day });
    }
    if let Some(k) = v.strip_prefix('I') {
        if let Some((month, day)) = month_day(k) {
            return Some(Rule::Islamic { month, day });
        }
        let mut parts = k.split('/');
        return Some(Rule::IslamicNth {
            month: parts.next()?.parse().ok()?,
            n: parts.next()?.parse().ok()?,
            dow: parts.next()?.parse().ok()?,
        });
    }
    if let Some((m, d)) = v.split_once('-').filter(|_| !v.contains('/')) {
        return Some(Rule::Fixed {
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        });
    }
    let mut parts = v.split('/');
    let month = parts.next()?.parse().ok()?;
    let n = parts.next()?.parse().ok()?;
    let rest = parts.next()?;
    let (dow, shift) = match rest.split_once('+') {
        Some((d, k)) => (d.parse().ok()?, k.parse().ok()?),
        None => (rest.parse().ok()?, 0),
    };
    Some(Rule::Nth {
        month,
        n,
        dow,
        shift,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(rule: &str, year: i32) -> String {
        Holiday::parse(rule)
            .and_then(|h| h.value(year))
            .map_or_else(|| "none".into(), |v| v.to_string())
    }

    #[test]
    fn rules_parse() {
        assert_eq!(
            Holiday::parse("12-25"),
            Some(Holiday::day(Rule::Fixed { month: 12, day: 25 }))
        );
        let h = Holiday::parse("H5.9@6+1").unwrap();
        assert_eq!(h.rule, Rule::Hebrew { month: 5, day: 9 });
        assert_eq!(h.moves[0], (6, 1));
        assert_eq!(Holiday::parse("I9.1*M").unwrap().length, Length::Month);
        assert_eq!(Holiday::parse("H9.25*8").unwrap().length, Length::Days(8));
        assert_eq!(Holiday::parse("H5.9@6+1@7+1@1+1@2+1"), None);
        assert_eq!(Holiday::parse("X1"), None);
        assert_eq!(Holiday::parse("E*"), None);
    }

    #[test]
    fn feasts_of_other_calendars() {
        // Hanukkah 5779: eight days from 3 December 2018.
        assert_eq!(value("H9.25*8", 2018), "2018-12-03/2018-12-10");
        // Tisha B'Av 5778 fell on the Sabbath, 21 July 2018: the fast was
        // kept on Sunday.
        assert_eq!(value("H5.9@6+1", 2018), "2018-07-22");
        // Ramadan 1439: 16 May to 14 June 2018; its last Friday, 8 June.
        assert_eq!(value("I9.1*M", 2018), "2018-05-16/2018-06-14");
        assert_eq!(value("I9/-1/5", 2018), "2018-06-08");
        assert_eq!(value("C+0", 2014), "2014-01-31");
        // King's Day: 27 April, the 26th when the 27th is a Sunday (2014).
        assert_eq!(value("04-27@7-1", 2014), "2014-04-26");
        assert_eq!(value("04-27@7-1", 2018), "2018-04-27");
        // Lent 2018: Ash Wednesday (14 February) to Holy Saturday.
        assert_eq!(value("E-46*46", 2018), "2018-02-14/2018-03-31");
        // The Parsi New Year: 17 August 2018, a day earlier from 2020 on.
        assert_eq!(value("V:2018-08-17", 2018), "2018-08-17");
        assert_eq!(value("V:2018-08-17", 2022), "2022-08-16");
        assert_eq!(value("V:2018-08-17", 2014), "2014-08-18");
    }
}
