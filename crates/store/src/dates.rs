//! Normalized date values as sortable day ranges.
//!
//! Extraction writes dates as TIMEX3 values of mixed precision: `1971`,
//! `1971-03`, `1971-03-05`, `1990-WI`, `2011-W10`, `196X`, `1961/1964`. The
//! store keeps each as an inclusive range of days encoded `YYYYMMDD`, so that
//! one integer comparison orders and filters them: sorting by `(lo, hi DESC)`
//! puts `1971` before `1971-03` before `1971-03-05`, and two values are
//! compatible when their ranges overlap.

/// An inclusive range of days, each encoded `YYYYMMDD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    /// First day.
    pub lo: i64,
    /// Last day.
    pub hi: i64,
}

impl DayRange {
    /// True when the ranges share a day.
    pub fn overlaps(&self, other: &DayRange) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// The first year of the range.
    pub fn first_year(&self) -> i64 {
        self.lo / 10_000
    }

    /// The last year of the range.
    pub fn last_year(&self) -> i64 {
        self.hi / 10_000
    }
}

/// The range a TIMEX3 value covers, or `None` when it is not a calendar
/// date (`XXXX-WXX-2`, `PRESENT_REF`, garbage).
pub fn range(value: &str) -> Option<DayRange> {
    if let Some((a, b)) = value.split_once('/') {
        let (a, b) = (range(a)?, range(b)?);
        return (a.lo <= b.hi).then_some(DayRange { lo: a.lo, hi: b.hi });
    }
    let mut parts = value.split('-');
    let year = parts.next()?;
    let (ylo, yhi) = year_span(year)?;
    let Some(second) = parts.next() else {
        return Some(DayRange {
            lo: ylo * 10_000 + 101,
            hi: yhi * 10_000 + 1231,
        });
    };
    if ylo != yhi {
        return None;
    }
    let y = ylo;
    let third = parts.next();
    if parts.next().is_some() {
        return None;
    }
    if let Some((lo, hi)) = season(second) {
        return Some(DayRange {
            lo: y * 10_000 + lo,
            hi: y * 10_000 + hi,
        });
    }
    if let Some(w) = second.strip_prefix('W') {
        let w: i64 = w.parse().ok().filter(|w| (1..=53).contains(w))?;
        let lo = day_of_year(y, (w - 1) * 7 + 1);
        let hi = day_of_year(y, ((w - 1) * 7 + 7).min(365));
        return Some(DayRange { lo, hi });
    }
    let m: i64 = second
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m) && second.len() == 2)?;
    match third {
        None => Some(DayRange {
            lo: y * 10_000 + m * 100 + 1,
            hi: y * 10_000 + m * 100 + month_days(y, m),
        }),
        Some(d) => {
            if d.len() != 2 {
                return None;
            }
            let d: i64 = d
                .parse()
                .ok()
                .filter(|d| (1..=month_days(y, m)).contains(d))?;
            let day = y * 10_000 + m * 100 + d;
            Some(DayRange { lo: day, hi: day })
        }
    }
}

/// Years covered by the year part: `1971`, a decade `197X`, a century `19XX`.
fn year_span(year: &str) -> Option<(i64, i64)> {
    if year.len() != 4 {
        return None;
    }
    let digits = year.trim_end_matches('X');
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let base: i64 = digits.parse().ok()?;
    let width = 10_i64.pow((4 - digits.len()) as u32);
    Some((base * width, base * width + width - 1))
}

/// Month-day bounds of a season. Winter is read as the start of its year
/// (January and February): TIMEX3 `1990-WI` is what a text calls "the winter
/// of 1990", and readers place it in 1990.
fn season(s: &str) -> Option<(i64, i64)> {
    Some(match s {
        "SP" => (321, 620),
        "SU" => (621, 922),
        "FA" | "AU" => (923, 1220),
        "WI" => (101, 229),
        "H1" => (101, 630),
        "H2" => (701, 1231),
        "Q1" => (101, 331),
        "Q2" => (401, 630),
        "Q3" => (701, 930),
        "Q4" => (1001, 1231),
        _ => return None,
    })
}

fn leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_days(y: i64, m: i64) -> i64 {
    match m {
        2 if leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The `YYYYMMDD` of day `n` (1-based) of year `y`.
fn day_of_year(y: i64, mut n: i64) -> i64 {
    for m in 1..=12 {
        let len = month_days(y, m);
        if n <= len {
            return y * 10_000 + m * 100 + n;
        }
        n -= len;
    }
    y * 10_000 + 1231
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_precision_sorts_coarse_first() {
        let mut v = ["1971-03-05", "1971-03", "1971", "1970"]
            .map(|s| (range(s).unwrap(), s))
            .to_vec();
        v.sort_by_key(|(r, _)| (r.lo, -r.hi));
        let order: Vec<&str> = v.iter().map(|(_, s)| *s).collect();
        assert_eq!(order, ["1970", "1971", "1971-03", "1971-03-05"]);
    }

    #[test]
    fn shapes() {
        assert_eq!(range("196X").unwrap().lo, 19600101);
        assert_eq!(range("196X").unwrap().hi, 19691231);
        assert_eq!(range("1961/1964").unwrap().hi, 19641231);
        assert_eq!(range("1990-WI").unwrap().first_year(), 1990);
        assert_eq!(range("2011-W10").unwrap().lo, 20110305);
        assert_eq!(range("1993-02-29"), None);
        assert!(range("1992-02-29").is_some());
        assert_eq!(range("XXXX-WXX-2"), None);
        assert_eq!(range("19710"), None);
        assert!(range("1971").unwrap().overlaps(&range("1971-03").unwrap()));
        assert!(!range("1990-WI").unwrap().overlaps(&range("1991").unwrap()));
    }
}
