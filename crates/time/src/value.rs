//! [`TimexValue`]: a normalized time value with the arithmetic a timeline needs.
//!
//! Values are written as ISO 8601 / TIMEX3 strings (`1958-03-03`, `1962-09`,
//! `1971`, `196X`, `1990-WI`, `2011-W10`, `1961/1964`). Every resolved value
//! denotes an interval of days, and that interval is what comparisons use:
//! a value of coarser precision starts where its first day starts and ends
//! where its last day ends, so `1971` contains `1971-03`, sorts before it,
//! and overlaps `1970/1972`.

use std::cmp::Ordering;
use std::fmt;

use crate::calendar::{add_months, Date};

/// A season, as TIMEX3 names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Season {
    /// `SP`: March to May.
    Spring,
    /// `SU`: June to August.
    Summer,
    /// `FA`: September to November.
    Fall,
    /// `WI`: December to February; `1990-WI` is December 1990 to February 1991.
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The season for a TIMEX3 code.
    pub fn from_code(code: &str) -> Option<Season> {
        Some(match code {
            "SP" => Season::Spring,
            "SU" => Season::Summer,
            "FA" | "AU" => Season::Fall,
            "WI" => Season::Winter,
            _ => return None,
        })
    }

    /// The first month of the season.
    pub fn first_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }

    /// The season a month falls in, with the season's year offset: January
    /// and February belong to the winter that began the year before.
    pub fn of_month(month: u8) -> (Season, i32) {
        match month {
            3..=5 => (Season::Spring, 0),
            6..=8 => (Season::Summer, 0),
            9..=11 => (Season::Fall, 0),
            12 => (Season::Winter, 0),
            _ => (Season::Winter, -1),
        }
    }
}

/// How fine a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A day.
    Day,
    /// An ISO week or a weekend.
    Week,
    /// A calendar month.
    Month,
    /// A season or a quarter.
    Season,
    /// Half a year.
    Half,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
    /// A span between two values.
    Range,
    /// Not anchored in time (`XXXX-WXX-2`).
    Unresolved,
}

/// A normalized time value.
///
/// Build one with [`parse_value`] or [`TimexValue::parse`] from a TIMEX3
/// string, or get one from the annotator's output. The `Ord` implementation
/// sorts by the interval a value denotes: earlier start first, and for the
/// same start the wider value first (`1971` < `1971-03` < `1971-03-02`), so a
/// sorted timeline reads from the general to the particular. Unresolved
/// values sort after every resolved one.
///
/// ```
/// use dossier_time::parse_value;
/// let year = parse_value("1971").unwrap();
/// let march = parse_value("1971-03").unwrap();
/// assert!(year < march);
/// assert!(year.contains(&march));
/// assert!(parse_value("1970/1972").unwrap().overlaps(&march));
/// assert!(!parse_value("1990-WI").unwrap().overlaps(&parse_value("1990-06").unwrap()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TimexValue {
    /// A day: `1958-03-03`.
    Day(Date),
    /// A month: `1962-09`.
    Month {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u8,
    },
    /// A year: `1971`.
    Year(i32),
    /// A decade, by its first three digits: `196` is `196X`, the 1960s.
    Decade(i32),
    /// A century, by its first two digits: `18` is the 1800s.
    Century(i32),
    /// A season of a year: `1990-WI`.
    Season {
        /// The year the season starts in.
        year: i32,
        /// Which season.
        season: Season,
    },
    /// A quarter: `2013-Q1`.
    Quarter {
        /// The year.
        year: i32,
        /// The quarter, 1–4.
        quarter: u8,
    },
    /// A half year: `2019-H2`.
    Half {
        /// The year.
        year: i32,
        /// The half, 1 or 2.
        half: u8,
    },
    /// An ISO week: `2011-W10`.
    Week {
        /// The ISO week-numbering year.
        year: i32,
        /// The week, 1–53.
        week: u8,
    },
    /// The weekend of an ISO week: `2011-W10-WE`.
    Weekend {
        /// The ISO week-numbering year.
        year: i32,
        /// The week, 1–53.
        week: u8,
    },
    /// From the start of one value to the end of another: `1961/1964`.
    Range(Box<TimexValue>, Box<TimexValue>),
    /// A value with unknown parts (`XXXX-WXX-2`, `XXXX-05-14`), kept as written.
    Unresolved(String),
}

/// Parses a TIMEX3 value string; see [`TimexValue::parse`].
pub fn parse_value(s: &str) -> Option<TimexValue> {
    TimexValue::parse(s)
}

impl TimexValue {
    /// Parses a TIMEX3 / ISO value: `YYYY-MM-DD` (a time part after `T` is
    /// ignored), `YYYY-MM`, `YYYY`, `YYYX`, `YY` (century), `YYYY-SP|SU|FA|WI`,
    /// `YYYY-Qn`, `YYYY-Hn`, `YYYY-Wnn`, `YYYY-Wnn-WE`, `A/B`, and values with
    /// `X` placeholders, which stay [`TimexValue::Unresolved`].
    pub fn parse(s: &str) -> Option<TimexValue> {
        let s = s.trim();
        if let Some((a, b)) = s.split_once('/') {
            let (a, b) = (TimexValue::parse(a)?, TimexValue::parse(b)?);
            return Some(TimexValue::Range(Box::new(a), Box::new(b)));
        }
        let s = s.split('T').next().unwrap_or(s);
        if s.contains("XX") {
            return Some(TimexValue::Unresolved(s.to_string()));
        }
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str| {
            p.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| p.parse::<i32>().ok())?
        };
        match parts.as_slice() {
            [y] if y.len() == 4 && y.ends_with('X') => Some(TimexValue::Decade(num(&y[..3])?)),
            [y] if y.len() == 4 => Some(TimexValue::Year(num(y)?)),
            [c] if c.len() == 2 => Some(TimexValue::Century(num(c)?)),
            [y, rest] if y.len() == 4 => parse_year_part(num(y)?, rest),
            [y, w, we] if y.len() == 4 && *we == "WE" => match parse_year_part(num(y)?, w)? {
                TimexValue::Week { year, week } => Some(TimexValue::Weekend { year, week }),
                _ => None,
            },
            [y, m, d] if y.len() == 4 => {
                let (m, d) = (u8::try_from(num(m)?).ok()?, u8::try_from(num(d)?).ok()?);
                Date::new(num(y)?, m, d).map(TimexValue::Day)
            }
            _ => None,
        }
    }

    /// How fine the value is.
    pub fn precision(&self) -> Precision {
        match self {
            TimexValue::Day(_) => Precision::Day,
            TimexValue::Week { .. } | TimexValue::Weekend { .. } => Precision::Week,
            TimexValue::Month { .. } => Precision::Month,
            TimexValue::Season { .. } | TimexValue::Quarter { .. } => Precision::Season,
            TimexValue::Half { .. } => Precision::Half,
            TimexValue::Year(_) => Precision::Year,
            TimexValue::Decade(_) => Precision::Decade,
            TimexValue::Century(_) => Precision::Century,
            TimexValue::Range(..) => Precision::Range,
            TimexValue::Unresolved(_) => Precision::Unresolved,
        }
    }

    /// The days the value covers, as a half-open interval `[first, end)`;
    /// `None` for unresolved values.
    pub fn interval(&self) -> Option<(Date, Date)> {
        let month = |y: i32, m: u8| Date::new(y, m, 1);
        let months = |y: i32, m: u8, n: i64| {
            let (ey, em) = add_months(y, m, n)?;
            Some((month(y, m)?, month(ey, em)?))
        };
        match *self {
            TimexValue::Day(d) => Some((d, d.add_days(1)?)),
            TimexValue::Month { year, month } => months(year, month, 1),
            TimexValue::Year(y) => months(y, 1, 12),
            TimexValue::Decade(d) => months(d.checked_mul(10)?, 1, 120),
            TimexValue::Century(c) => months(c.checked_mul(100)?, 1, 1200),
            TimexValue::Season { year, season } => months(year, season.first_month(), 3),
            TimexValue::Quarter { year, quarter } => months(year, quarter * 3 - 2, 3),
            TimexValue::Half { year, half } => months(year, half * 6 - 5, 6),
            TimexValue::Week { year, week } => {
                let monday = Date::from_iso_week(year, week)?;
                Some((monday, monday.add_days(7)?))
            }
            TimexValue::Weekend { year, week } => {
                let saturday = Date::from_iso_week(year, week)?.add_days(5)?;
                Some((saturday, saturday.add_days(2)?))
            }
            TimexValue::Range(ref a, ref b) => Some((a.interval()?.0, b.interval()?.1)),
            TimexValue::Unresolved(_) => None,
        }
    }

    /// The first day the value covers.
    pub fn start(&self) -> Option<Date> {
        self.interval().map(|i| i.0)
    }

    /// True when every day of `other` lies within this value
    /// (`1971` contains `1971-03-02`; an unresolved value contains nothing).
    pub fn contains(&self, other: &TimexValue) -> bool {
        match (self.interval(), other.interval()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b0 && b1 <= a1,
            _ => false,
        }
    }

    /// True when the two values share at least one day. Two reports of one
    /// event whose dates do not overlap disagree.
    pub fn overlaps(&self, other: &TimexValue) -> bool {
        match (self.interval(), other.interval()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 < b1 && b0 < a1,
            _ => false,
        }
    }
}

/// The part after `YYYY-`: a month, season, quarter, half or week.
fn parse_year_part(year: i32, rest: &str) -> Option<TimexValue> {
    if let Some(season) = Season::from_code(rest) {
        return Some(TimexValue::Season { year, season });
    }
    let digits = |s: &str| -> Option<u8> {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (tag, n) = rest.split_at(rest.find(|c: char| c.is_ascii_digit())?);
    let n = digits(n)?;
    match tag {
        "" if (1..=12).contains(&n) => Some(TimexValue::Month { year, month: n }),
        "Q" if (1..=4).contains(&n) => Some(TimexValue::Quarter { year, quarter: n }),
        "H" if (1..=2).contains(&n) => Some(TimexValue::Half { year, half: n }),
        "W" if (1..=53).contains(&n) => Some(TimexValue::Week { year, week: n }),
        _ => None,
    }
}

impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimexValue::Day(d) => write!(f, "{d}"),
            TimexValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            TimexValue::Year(y) => write!(f, "{y:04}"),
            TimexValue::Decade(d) => write!(f, "{d:03}X"),
            TimexValue::Century(c) => write!(f, "{c:02}"),
            TimexValue::Season { year, season } => write!(f, "{year:04}-{}", season.code()),
            TimexValue::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            TimexValue::Half { year, half } => write!(f, "{year:04}-H{half}"),
            TimexValue::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            TimexValue::Weekend { year, week } => write!(f, "{year:04}-W{week:02}-WE"),
            TimexValue::Range(a, b) => write!(f, "{a}/{b}"),
            TimexValue::Unresolved(s) => f.write_str(s),
        }
    }
}

impl Ord for TimexValue {
    fn cmp(&self, other: &TimexValue) -> Ordering {
        let key = |v: &TimexValue| v.interval().map(|(a, b)| (a, std::cmp::Reverse(b)));
        match (key(self), key(other)) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
        .then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

impl PartialOrd for TimexValue {
    fn partial_cmp(&self, other: &TimexValue) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> TimexValue {
        parse_value(s).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn round_trips_every_shape() {
        for s in [
            "1958-03-03",
            "1962-09",
            "1971",
            "196X",
            "18",
            "1990-WI",
            "2013-Q1",
            "2019-H2",
            "2011-W10",
            "2011-W10-WE",
            "1961/1964",
            "XXXX-WXX-2",
            "XXXX-05-14",
        ] {
            assert_eq!(v(s).to_string(), s);
        }
        assert_eq!(v("2012-11-08T09:30:00Z").to_string(), "2012-11-08");
        assert!(parse_value("1958-02-30").is_none());
        assert!(parse_value("banana").is_none());
    }

    #[test]
    fn mixed_precision_sorts_general_first() {
        let mut vals = [
            v("1971-03-02"),
            v("1971-03"),
            v("1970/1972"),
            v("1971"),
            v("197X"),
        ];
        vals.sort();
        let got: Vec<String> = vals.iter().map(|x| x.to_string()).collect();
        assert_eq!(got, ["197X", "1970/1972", "1971", "1971-03", "1971-03-02"]);
    }

    #[test]
    fn containment_and_overlap() {
        assert!(v("196X").contains(&v("1968-10")));
        assert!(!v("1968-10").contains(&v("196X")));
        assert!(v("1990-WI").contains(&v("1991-01-15")));
        assert!(v("2011-W10").contains(&v("2011-03-07")));
        assert!(!v("2011-W10").overlaps(&v("2011-03-14")));
        assert!(!v("XXXX-WXX-2").overlaps(&v("2011")));
    }
}
